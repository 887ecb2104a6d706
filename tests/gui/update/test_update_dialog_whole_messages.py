"""A French-speaking operator types a wrong number in "Update data" and reads, under the field, the whole of
what is wrong: no "…", no tooltip to find (they work from the keyboard), no line cut at the bottom; the
fields around stay where they were while the message comes and goes.

The test screen is 800x800: the form does not fit it and scrolls, as on a 1366x768 laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.field_message import FieldMessage, fitted_lines

SEPARATOR_MESSAGE = "Puissance de prélèvement\u00a0: utilisez un seul séparateur décimal (virgule ou point)"


def _retype(qtbot, field: QWidget, text: str) -> None:  # noqa: ANN001
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _at(widget: QWidget, dialog: QWidget) -> QPoint:
    QApplication.processEvents()  # the layouts' pending requests done: where the operator sees it now
    return widget.mapTo(dialog, QPoint(0, 0))


def _wrapped_height(message: FieldMessage) -> int:
    """The height the message's text takes wrapped at the label's width, as a painter lays it out."""
    room = message.contentsRect()
    return QFontMetrics(message.font()).boundingRect(
        QRect(0, 0, room.width(), 100_000),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        message.text()).height()


def _assert_read_whole(dialog: MeterDataUpdateDialog, message: FieldMessage, text: str) -> None:
    QApplication.processEvents()
    room = message.contentsRect()
    assert message.isVisible() and message.text() == text
    # what the label paints: the whole text, not its first lines ending in "…"
    assert fitted_lines(text, message.font(), room.width(), message.reserved_lines) == text
    assert not message.is_cut and message.toolTip() == ""
    # tall enough for every line it wraps to, the last one's descenders included
    assert _wrapped_height(message) <= room.height(), (_wrapped_height(message), room.height())
    below = dialog.ui.productionChainLabel
    assert message.mapTo(dialog, QPoint(0, message.height())).y() <= _at(below, dialog).y()
    # scrolled into the form's view, whole
    viewport = dialog.ui.formScrollArea.viewport()
    shown = QRect(message.mapTo(viewport, QPoint(0, 0)), message.size())
    assert viewport.rect().contains(shown), (shown, viewport.rect())


@pytest.fixture
def french_dialog(qtbot, french_belgian, styled_app, open_dialog, guide_detail) -> MeterDataUpdateDialog:
    dialog = open_dialog(guide_detail)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_withdrawal_powers_message_is_read_whole_and_moves_no_field(qtbot, french_dialog):
    dialog = french_dialog
    ui = dialog.ui
    message = ui.samplingPowerMessage
    around = [ui.generatingCapacityInput, ui.productionChainCombo, ui.holderCombo, ui.effectiveDateEdit]
    before = [_at(widget, dialog) for widget in around]

    _retype(qtbot, ui.samplingPowerInput, "12,5,3")

    qtbot.waitUntil(message.isVisible, timeout=2000)
    _assert_read_whole(dialog, message, SEPARATOR_MESSAGE)
    assert _wrapped_height(message) > 2 * message.fontMetrics().lineSpacing()  # more than two lines
    assert ui.formScrollArea.verticalScrollBar().maximum() > 0  # a screen too small for the whole form
    assert [_at(widget, dialog) for widget in around] == before
    _retype(qtbot, ui.samplingPowerInput, "12,5")
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=2000)
    assert [_at(widget, dialog) for widget in around] == before
    assert dialog.current_update().sampling_power == 12.5


def test_a_message_longer_than_its_room_takes_the_lines_it_needs(qtbot, french_dialog):
    ui = french_dialog.ui
    message = ui.samplingPowerMessage
    message.setMaximumWidth(160)  # a narrower column: a longer translation or a larger font does the same
    room = message.reserved_lines
    _retype(qtbot, ui.samplingPowerInput, "12,5,3")
    qtbot.waitUntil(lambda: message.isVisible() and message.reserved_lines > room, timeout=2000)
    _assert_read_whole(french_dialog, message, SEPARATOR_MESSAGE)
