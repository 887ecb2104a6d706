"""Typing in the update dialog as an operator does, key by key: what the fields say while typing and after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.field_message import FieldMark, field_mark


def _message(dialog: MeterDataUpdateDialog, field: UpdateField) -> tuple[FieldMark, str]:
    label = dialog.field_message(field)
    return (label.mark, label.text()) if label.isVisible() else (FieldMark.NONE, "")


def test_a_date_being_typed_is_guided_then_refused_once_left_unfinished(qtbot, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    dialog.show()
    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "20/01/20")

    mark, text = _message(dialog, UpdateField.START_DATE)
    assert mark is FieldMark.INFO and text.startswith("Effective date: ")
    assert field_mark(edit) is FieldMark.NONE
    assert not dialog.ui.validateButton.isEnabled()

    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert _message(dialog, UpdateField.START_DATE) == (
        FieldMark.ERROR, "Effective date: Type the year with 4 digits, e.g. 20/01/2027")
    assert field_mark(edit) is FieldMark.ERROR
    assert edit.text() == "20/01/20"  # never turned into another date


def test_an_impossible_date_is_an_error_at_once_and_blocks_validate(qtbot, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    dialog.show()
    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "31/11/2026")

    assert _message(dialog, UpdateField.START_DATE) == (
        FieldMark.ERROR, "Effective date: 31/11/2026 is not a day of the calendar")
    assert not dialog.ui.validateButton.isEnabled()


def test_a_number_with_a_thousands_separator_is_refused_and_kept_as_typed(qtbot, open_dialog, guide_detail,
                                                                          emulator_today):
    dialog = open_dialog(guide_detail)
    dialog.show()
    dialog.ui.effectiveDateEdit.set_optional_date(emulator_today + dt.timedelta(days=1))
    power = dialog.ui.samplingPowerInput
    power.setFocus()
    power.selectAll()
    qtbot.keyClicks(power, "1,234.5")
    qtbot.keyClick(power, Qt.Key.Key_Tab)

    mark, text = _message(dialog, UpdateField.SAMPLING_POWER)
    assert mark is FieldMark.ERROR and text.startswith("Withdrawal power: ")
    assert power.text() == "1,234.5" and power.optional_value() is None
    assert not dialog.ui.validateButton.isEnabled()


def test_a_field_reached_with_its_alt_letter_is_scrolled_into_view(qtbot, open_dialog, guide_detail):
    """Qt scrolls a form to a field reached with Tab, not to one reached with its Alt+letter: on a small
    screen the operator would type in a field they cannot see."""
    dialog = open_dialog(guide_detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), 420)  # a small screen: the form scrolls
    area = dialog.ui.formScrollArea
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=5000)
    area.verticalScrollBar().setValue(0)
    dialog.ui.descriptionEdit.setFocus()

    ui = dialog.ui
    for letter, field in ((Qt.Key.Key_E, ui.effectiveDateEdit), (Qt.Key.Key_D, ui.descriptionEdit)):
        qtbot.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(field.hasFocus, timeout=5000)
        top_left = field.mapTo(area.viewport(), field.rect().topLeft())
        shown = area.viewport().rect()
        assert shown.contains(top_left) and shown.contains(top_left + field.rect().bottomRight()), letter
