"""The confirmations of the meter actions, from the keyboard, as in "Update data": the primary button (the
green one) is the default, so Enter confirms, and Escape goes back to the form; only the question that
deletes a scheduled period keeps the period on Enter. Each button an operator may want is one Alt+letter
away, and no button of the cancel-a-scheduled-change dialog says "Cancel" for closing it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from tests.e2e.test_meter_actions_add import NEW_EAN, fill_valid
from tests.fixtures.services import shown_box
from tests.gui.actions.helpers import shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


def ask(qtbot, dialog, name: str) -> QMessageBox:  # noqa: ANN001
    """Enter on the dialog's button, as a keyboard user sends; returns the question it asks."""
    dialog.validate_button.setFocus()
    qtbot.keyClick(dialog.validate_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=2000)
    return shown_box(qtbot, dialog, name)


def press(qtbot, box: QMessageBox, key: Qt.Key) -> None:  # noqa: ANN001
    QTest.keyClick(box.focusWidget() or box, key)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)


def primary_is_default(box: QMessageBox, text: str) -> bool:
    default = box.defaultButton()
    return (default is not None and default.text() == text and bool(default.property("primary"))
            and box.focusWidget() is default)


def test_enter_saves_a_modification_and_escape_goes_back_to_the_form(
        qtbot, service, crm_client, guide_detail, window, no_box_left_open):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, TOURNESOLS_AUTH_ID, window))
    city = dialog.form.city_edit
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Huy-Est")
    box = ask(qtbot, dialog, "modifyConfirmation")
    assert primary_is_default(box, "Save changes")
    press(qtbot, box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.is_sending
    assert crm_client.meter_detail(GUIDE_EAN).address.city == guide_detail.address.city

    press(qtbot, ask(qtbot, dialog, "modifyConfirmation"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert crm_client.meter_detail(GUIDE_EAN).address.city == "Huy-Est"


def test_enter_deactivates_and_escape_goes_back_to_the_form(
        qtbot, service, crm_client, guide_detail, window, emulator_today, no_box_left_open):
    dialog = shown(qtbot, DeactivationDialog(guide_detail, service, TOURNESOLS_AUTH_ID, window,
                                             today=emulator_today))
    box = ask(qtbot, dialog, "deactivationConfirmation")
    assert primary_is_default(box, "Deactivate")
    press(qtbot, box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.is_sending
    assert crm_client.meter_detail(GUIDE_EAN).meter_data.status == MeterStatus.ACTIVE

    press(qtbot, ask(qtbot, dialog, "deactivationConfirmation"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    current = crm_client.meter_detail(GUIDE_EAN).meter_data
    assert current.status == MeterStatus.INACTIVE and current.start_date == emulator_today


def test_enter_creates_a_meter_despite_the_warnings_it_repeats(
        qtbot, service, crm_client, window, emulator_today, no_box_left_open):
    dialog = shown(qtbot, AddMeterDialog(service, TOURNESOLS_AUTH_ID, "CE", lambda ean: False, None, window,
                                         today=emulator_today))
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today - dt.timedelta(days=3))  # a past day: a warning
    box = ask(qtbot, dialog, "warningsConfirmation")
    assert primary_is_default(box, "Create anyway")
    press(qtbot, box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.is_sending

    press(qtbot, ask(qtbot, dialog, "warningsConfirmation"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert crm_client.meter_detail(NEW_EAN).meter_number == "MTR-NEW1"


def test_cancelling_a_scheduled_change_closes_with_close_and_deletes_with_an_alt_letter(
        qtbot, service, crm_client, window, emulator_today, no_box_left_open):
    future = crm_client.meter_detail(FUTURE_EAN)
    scheduled = future.futur_meter_data[0]
    dialog = shown(qtbot, CancelScheduledDialog(future, scheduled, service, TOURNESOLS_AUTH_ID, window,
                                                today=emulator_today))
    assert dialog.cancel_button.text() == "Close"
    assert "Cancel" not in [button.text() for button in dialog.findChildren(type(dialog.cancel_button))]

    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the dialog's own button
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=2000)
    box = shown_box(qtbot, dialog, "cancelScheduledConfirmation")
    delete = next(b for b in box.buttons() if b.text().replace("&", "") == "Delete the period")
    keep = box.defaultButton()
    assert keep.text().replace("&", "") == "Keep the period"  # Enter keeps it, as before
    mnemonic = QKeySequence.mnemonic(delete.text())
    assert not mnemonic.isEmpty(), delete.text()
    assert mnemonic != QKeySequence.mnemonic(keep.text())
    QTest.keyClick(box, mnemonic[0].key(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert scheduled.id not in [p.id for p in crm_client.meter_detail(FUTURE_EAN).timeline]
