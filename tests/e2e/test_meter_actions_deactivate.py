"""Deactivate a meter through the main window, against the emulator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, INACTIVE_EAN
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import install, select_meter, wait_dialog


def test_deactivating_from_today_adds_an_inactive_period_without_holder(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open, tmp_path):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    pane = window.detail_pane
    holder = pane.card_value("holder")
    assert holder != "--"
    button = pane.findChild(type(pane.update_button), "deactivateMeterButton")
    assert actions.deactivate_action.isEnabled() and button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, actions)
    assert dialog.date_edit.objectName() == "deactivationDateEdit"
    assert dialog.date_edit.optional_date() == emulator_today
    assert "no holder" in dialog.consequences.text() and holder in dialog.consequences.text()
    dialog.grab().save(str(tmp_path / "deactivation-dialog.png"))

    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "no holder" in answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    qtbot.waitUntil(lambda: pane.status_pill.text() == "Inactive", timeout=5000)
    assert pane.card_value("holder") == "--"
    fresh = manager_client.meter_detail(GUIDE_EAN)
    assert fresh.meter_data is not None and fresh.meter_data.status == MeterStatus.INACTIVE
    assert fresh.meter_data.start_date == emulator_today and fresh.meter_data.member is None
    assert fresh.meter_data.sharing_operation is None
    assert fresh.meter_data_history[0].end_date == emulator_today - dt.timedelta(days=1)
    # never offered twice: the CRM would add a second inactive period
    assert not actions.deactivate_action.isEnabled() and not button.isEnabled()


def test_a_date_before_the_latest_period_is_refused_at_the_field(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    latest = manager_client.meter_detail(GUIDE_EAN).latest
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, (latest.start_date - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    assert dialog.date_message.isVisible()
    assert "must be on or after" in dialog.date_message.text()
    assert latest.start_date.strftime("%d/%m/%Y") in dialog.date_message.text()
    assert not dialog.validate_button.isEnabled()

    # the latest period's own start changes it in place: said at the field, then confirmed
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, latest.start_date.strftime("%d/%m/%Y"))
    assert "in place" in dialog.date_message.text() and dialog.validate_button.isEnabled()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "keeps its holder" in answer_box(qtbot, dialog, "deactivationConfirmation", "Back to the form")
    assert dialog.isVisible() and not dialog.is_sending
    dialog.reject()  # the date was changed: closing asks first
    answer_box(qtbot, dialog, "discardConfirmation", "Discard")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)


def test_an_inactive_meter_is_not_offered(qtbot, loaded_window, manager_client, task_runner, emulator_today):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, INACTIVE_EAN)
    assert not actions.deactivate_action.isEnabled()
    assert "Only an active meter" in actions.deactivate_action.toolTip()


def test_a_deactivation_whose_answer_is_lost_is_settled_by_reading_again_and_made_once(
        qtbot, loaded_window, manager_client, task_runner, emulator, emulator_today, no_box_left_open):
    """A proxy's error page after the CRM applied it: never "not applied", never a second inactive period."""
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    periods_before = len(manager_client.meter_detail(GUIDE_EAN).timeline)
    emulator.faults.add(method="PATCH", path="/meters/data/deactivate", status=502, body="Bad gateway",
                        apply_first=True)
    later = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", times=None)  # counts only
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    # the re-read right after the lost answer already shows it: applied, said once, the form closes
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail_pane.status_pill.text() == "Inactive", timeout=5000)
    assert later.hits == 0
    assert len(manager_client.meter_detail(GUIDE_EAN).timeline) == periods_before + 1


def test_a_deactivation_not_shown_yet_keeps_the_form_and_says_the_crm_has_not_confirmed_it(
        qtbot, loaded_window, manager_client, task_runner, emulator, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    emulator.faults.add(method="PATCH", path="/meters/data/deactivate", status=502, body="Bad gateway")
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    said = dialog.banner.message.text
    qtbot.waitUntil(lambda: "has not confirmed the change yet" in said(), timeout=10_000)
    assert dialog.isVisible() and not dialog.validate_button.isEnabled()
    assert dialog.date_edit.optional_date() == emulator_today  # nothing the operator chose is lost
    # the quick re-reads never see it: said plainly, and the form may be sent again
    qtbot.waitUntil(lambda: "still does not show the change" in said(), timeout=10_000)
    assert dialog.validate_button.isEnabled()
    assert manager_client.meter_detail(GUIDE_EAN).meter_data.status == MeterStatus.ACTIVE


def test_a_meter_with_a_scheduled_change_opens_without_a_date_and_without_an_error(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    """Today is before the scheduled period's start, which the CRM refuses: the form opens with no date (the
    operator types the day; one nobody chose is not offered, Enter away from being sent) and no error; the
    first day the CRM takes as it is then reads as a new inactive period."""
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    scheduled = manager_client.meter_detail(FUTURE_EAN).futur_meter_data[0]
    assert scheduled.start_date > emulator_today
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    assert dialog.date_edit.optional_date() is None
    assert not dialog.date_message.isVisible() and dialog.date_message.text() == ""
    assert not dialog.validate_button.isEnabled()
    first = scheduled.start_date + dt.timedelta(days=1)
    qtbot.keyClicks(dialog.date_edit, first.strftime("%d/%m/%Y"))
    qtbot.waitUntil(dialog.validate_button.isEnabled, timeout=5000)
    assert f"new inactive period on {first:%d/%m/%Y}" in dialog.consequences.text()
    dialog.reject()  # a typed date: it asks before discarding it
    answer_box(qtbot, dialog, "discardConfirmation", "Discard")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)
