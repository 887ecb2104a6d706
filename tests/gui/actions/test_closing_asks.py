"""Escape, Cancel and the close button never throw an edited meter form away without asking (Modify, Add a
meter, Deactivate, Cancel a scheduled change), as Update data does; a form nobody edited closes at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from optimce_desktop.emulator import FUTURE_EAN
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from tests.fixtures.services import shown_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")




def shown(qtbot, dialog: QDialog) -> QDialog:  # noqa: ANN001
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def press_escape(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def discard_box(qtbot, dialog: QDialog) -> QMessageBox:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=2000)
    return shown_box(qtbot, dialog, "discardConfirmation")


def escape_asks_then_keeps_editing_then_discards(qtbot, dialog: QDialog, field) -> None:  # noqa: ANN001
    """Escape in ``field`` asks; Escape (and Enter) in the question go back to the form as it was;
    "Discard" closes it."""
    press_escape(qtbot)
    box = discard_box(qtbot, dialog)
    assert box.defaultButton().text() == "Keep editing"
    assert {button.text() for button in box.buttons()} == {"Discard", "Keep editing"}
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dialog.isVisible()
    field.setFocus()
    dialog.cancel_button.click()  # Cancel asks the same
    box = discard_box(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dialog.isVisible()
    dialog.close()  # and the window's close button
    box = discard_box(qtbot, dialog)
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_modify_asks_before_throwing_an_edited_street_away(qtbot, service, guide_detail, window):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window))
    street = dialog.form.street_edit
    street.setFocus()
    street.selectAll()
    qtbot.keyClicks(street, "Rue Petite")
    escape_asks_then_keeps_editing_then_discards(qtbot, dialog, street)


def test_modify_asks_for_a_house_number_it_cannot_read(qtbot, service, guide_detail, window):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window))
    number = dialog.form.house_number_edit
    number.setFocus()
    qtbot.keyClicks(number, "A")  # "41A": no number the form could send, but typed
    press_escape(qtbot)
    qtbot.mouseClick(next(b for b in discard_box(qtbot, dialog).buttons() if b.text() == "Discard"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_a_form_nobody_edited_closes_on_escape_without_a_question(qtbot, service, guide_detail,
                                                                   crm_client, window):
    future = crm_client.meter_detail(FUTURE_EAN)
    for dialog in (ModifyMeterDialog(guide_detail, service, "community", window),
                   DeactivationDialog(guide_detail, service, "community", window),
                   CancelScheduledDialog(future, future.futur_meter_data[0], service, "community", window),
                   AddMeterDialog(service, "community", "CE", lambda ean: False, None, window)):
        shown(qtbot, dialog)
        press_escape(qtbot)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=2000)
        assert not dialog.findChildren(QMessageBox), type(dialog).__name__


def test_deactivate_asks_once_its_date_was_changed(qtbot, service, guide_detail, window):
    dialog = shown(qtbot, DeactivationDialog(guide_detail, service, "community", window))
    date = dialog.date_edit
    date.selectAll()
    qtbot.keyClicks(date, "31/12/2099")
    escape_asks_then_keeps_editing_then_discards(qtbot, dialog, date)


def test_add_asks_once_anything_is_typed_even_a_house_number_alone(qtbot, service, window):
    dialog = shown(qtbot, AddMeterDialog(service, "community", "CE", lambda ean: False, None, window))
    number = dialog.form.house_number_edit
    number.setFocus()
    qtbot.keyClicks(number, "41")
    press_escape(qtbot)
    box = discard_box(qtbot, dialog)
    assert box.text() == "Discard this new meter?" and box.defaultButton().text() == "Keep editing"
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_cancel_scheduled_asks_once_its_choice_was_changed(qtbot, service, crm_client, window):
    future = crm_client.meter_detail(FUTURE_EAN)
    dialog = shown(qtbot, CancelScheduledDialog(future, future.futur_meter_data[0], service, "community",
                                                window))
    check = dialog.reopen_check
    assert QApplication.focusWidget() is check and check.isChecked()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()
    escape_asks_then_keeps_editing_then_discards(qtbot, dialog, check)
