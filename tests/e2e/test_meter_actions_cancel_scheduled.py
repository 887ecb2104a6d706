"""Cancel a scheduled change through the main window, against the emulator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from optimce_desktop.emulator import FUTURE_EAN
from tests.fixtures.services import answer_box, shown_box
from tests.gui.actions.helpers import install, select_meter, wait_dialog


def show_period(window, start) -> None:  # noqa: ANN001
    pane = window.detail_pane
    pane.tabs.setCurrentWidget(pane.timeline_view.parentWidget())
    model = pane.timeline_model
    row = next(r for r in range(model.rowCount()) if model.period_at(r).start_date == start)
    pane.timeline_view.selectRow(row)


def test_cancelling_a_scheduled_period_reopens_the_previous_one(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open, tmp_path):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    before = manager_client.meter_detail(FUTURE_EAN)
    scheduled, current = before.futur_meter_data[0], before.meter_data
    assert current.end_date is not None

    show_period(window, current.start_date)
    button = actions.delete_scheduled_button
    assert button.objectName() == "deleteScheduledPeriodButton"
    assert not button.isEnabled() and "history" in button.toolTip()
    show_period(window, scheduled.start_date)
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, actions)
    assert dialog.reopen_check.isChecked()
    assert "runs on" in dialog.outcome_label.text()
    dialog.grab().save(str(tmp_path / "cancel-scheduled-dialog.png"))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "runs on" in answer_box(qtbot, dialog, "cancelScheduledConfirmation", "&Delete the period")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    model = window.detail_pane.timeline_model
    qtbot.waitUntil(lambda: all(model.period_at(r).id != scheduled.id for r in range(model.rowCount())),
                    timeout=5000)
    after = manager_client.meter_detail(FUTURE_EAN)
    assert after.futur_meter_data == [] and after.meter_data.id == current.id
    assert after.meter_data.end_date is None


def test_without_reopening_the_previous_period_keeps_its_end(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    before = manager_client.meter_detail(FUTURE_EAN)
    show_period(window, before.futur_meter_data[0].start_date)
    actions.delete_scheduled_button.click()
    dialog = wait_dialog(qtbot, actions)
    dialog.reopen_check.setChecked(False)
    assert "has no configuration" in dialog.outcome_label.text()
    dialog.validate_button.click()
    assert "has no configuration" in answer_box(qtbot, dialog, "cancelScheduledConfirmation",
                                                "&Delete the period")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    after = manager_client.meter_detail(FUTURE_EAN)
    assert after.futur_meter_data == [] and after.meter_data.end_date == before.meter_data.end_date


def test_enter_never_deletes_the_scheduled_period(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    scheduled = manager_client.meter_detail(FUTURE_EAN).futur_meter_data[0]
    show_period(window, scheduled.start_date)
    actions.delete_scheduled_button.click()
    dialog = wait_dialog(qtbot, actions)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert not dialog.validate_button.isDefault() and not dialog.validate_button.autoDefault()

    # Enter on the check box, then on the delete button itself: nothing is asked, nothing is sent
    assert QApplication.focusWidget() is dialog.reopen_check
    qtbot.keyClick(dialog.reopen_check, Qt.Key.Key_Return)
    dialog.validate_button.setFocus()
    qtbot.keyClick(dialog.validate_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.validate_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and not dialog.is_sending
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]

    # the button's Alt+letter asks first, and Enter there keeps the period
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=2000)
    box = shown_box(qtbot, dialog, "cancelScheduledConfirmation")
    assert box.defaultButton().text() == "&Keep the period"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dialog.isVisible() and not dialog.is_sending
    ids = [p.id for p in manager_client.meter_detail(FUTURE_EAN).futur_meter_data]
    assert scheduled.id in ids

    dialog.reject()  # nothing changed in the form: it closes without a question
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)
