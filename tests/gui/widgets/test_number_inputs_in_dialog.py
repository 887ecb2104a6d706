"""The update dialog's number inputs, in a C regional format (where a spin box read "12,5" as 125)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.widgets.field_message import FieldMark, field_mark


@pytest.fixture
def c_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def dialog(c_locale, open_dialog, guide_detail, emulator_today):
    dialog = open_dialog(guide_detail)
    dialog.ui.effectiveDateEdit.set_optional_date(emulator_today)
    return dialog


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_decimal_comma_is_sent_as_typed(qtbot, dialog):
    _retype(qtbot, dialog.ui.samplingPowerInput, "12,5")
    _retype(qtbot, dialog.ui.generatingCapacityInput, "3.25")
    dialog.ui.amperageInput.setFocus()  # the powers are left: written again in the regional format
    assert dialog.ui.samplingPowerInput.text() == "12.50"
    body = dialog.current_update().to_patch_body()
    assert body["sampling_power"] == 12.5 and body["total_generating_capacity"] == 3.25
    assert dialog.ui.validateButton.isEnabled()


@pytest.mark.parametrize(("widget", "field", "typed"), [
    ("samplingPowerInput", UpdateField.SAMPLING_POWER, "1,234.5"),
    ("generatingCapacityInput", UpdateField.TOTAL_GENERATING_CAPACITY, "1.2.3"),
    ("amperageInput", UpdateField.AMPERAGE, "12.5"),
])
def test_unreadable_text_is_said_at_the_field_kept_and_blocks_sending(qtbot, dialog, widget, field, typed):
    number_input = getattr(dialog.ui, widget)
    _retype(qtbot, number_input, typed)
    dialog.ui.descriptionEdit.setFocus()
    message = dialog.field_message(field)
    assert message.isVisible() and message.mark is FieldMark.ERROR
    assert message.text().endswith(number_input.input_problem())
    assert field_mark(number_input) is FieldMark.ERROR and not dialog.ui.validateButton.isEnabled()
    assert number_input.text() == typed and number_input.optional_value() is None
