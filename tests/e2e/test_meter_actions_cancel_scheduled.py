"""Cancel a scheduled change through the main window, against the emulator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.emulator import FUTURE_EAN
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
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    after = manager_client.meter_detail(FUTURE_EAN)
    assert after.futur_meter_data == [] and after.meter_data.end_date == before.meter_data.end_date
