"""The four meter actions without the CRM, as an operator lives them: each done from the offline copy is kept
as a draft ("Save as draft"), listed in Pending changes with what it is, and once the CRM is back checked
against the meter as the CRM has it then, confirmed in its form and found in the CRM exactly once; a draft the
CRM no longer allows is not sent."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_form import MeterField, MeterFields
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.connection import Reachability
from tests.e2e.test_meter_actions_add import NEW_EAN, fill_valid
from tests.e2e.test_meter_actions_cancel_scheduled import show_period
from tests.e2e.test_meter_actions_modify import retype
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import install, select_meter, wait_dialog


def offline_window(qtbot, open_window, manager_client, task_runner, today, eans=()):  # noqa: ANN001, ANN201
    """The app started without the CRM, on a copy saved by an earlier run that showed ``eans``."""
    online = open_window()
    qtbot.waitUntil(lambda: online.table_model.total_count > 0 and not online.meters.loading_list,
                    timeout=15_000)
    for ean in eans:
        select_meter(qtbot, online, ean)  # its detail is saved on this computer
    online.close()
    window = open_window(work_offline=True)
    qtbot.waitUntil(lambda: window.meters.community is not None and window.table_model.total_count > 0,
                    timeout=10_000)
    install(window, manager_client, task_runner, today)
    return window


def save_as_draft(qtbot, window, actions) -> None:  # noqa: ANN001
    """Validates the open form offline: it closes, the change kept on this computer, and says so."""
    dialog = wait_dialog(qtbot, actions)
    assert dialog.validate_button.text() == "Save as draft"
    assert "kept on this computer" in dialog.validate_button.toolTip()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)
    assert any(t.isVisible() and t.text() == "Saved as a draft: send it from Pending changes once the CRM is "
               "back" for t in window.findChildren(Toast))
    qtbot.waitUntil(window.pending_button.isVisible, timeout=5000)


def kept(local_database, ean: str, kind: ChangeKind):  # noqa: ANN001, ANN201 - a Draft
    return DraftStore(Database(local_database)).get(TOURNESOLS_AUTH_ID, ean, kind)


def back_online(qtbot, window) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.offline_banner.action, Qt.MouseButton.LeftButton)  # "Go online"
    qtbot.waitUntil(lambda: window.connection.state is Reachability.ONLINE, timeout=10_000)
    qtbot.waitUntil(lambda: not window.meters.loading_list, timeout=10_000)


def check_and_send(qtbot, window, ean: str, kind: ChangeKind):  # noqa: ANN001, ANN201 - Pending changes
    """Meter → Pending changes, the draft's row, then "Check and send…", until the check is told."""
    window.ui.actionPendingChanges.trigger()
    pending = window.pending_dialog
    qtbot.waitUntil(lambda: pending.isVisible() and pending.select(ean, kind), timeout=5000)
    qtbot.mouseClick(pending.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pending.check_text(ean, kind) not in ("", "Checking against the CRM…"),
                    timeout=10_000)
    return pending


def test_a_deactivation_kept_offline_is_sent_once_from_pending_changes(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [GUIDE_EAN])
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    assert actions.deactivate_action.isEnabled(), actions.deactivate_action.toolTip()
    actions.deactivate_action.trigger()
    save_as_draft(qtbot, window, actions)
    draft = kept(local_database, GUIDE_EAN, ChangeKind.DEACTIVATE)
    assert draft is not None and draft.reason is DraftReason.KEPT_BY_USER  # working offline: a choice
    assert draft.change.day == emulator_today
    before = manager_client.meter_detail(GUIDE_EAN)
    sent = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, GUIDE_EAN, ChangeKind.DEACTIVATE)
    row = next(r for r in range(pending.table.rowCount()) if pending.table.item(r, pending.ACTION).text()
               == "Deactivate meter")
    assert pending.table.item(row, pending.CHANGES).text() == (
        f"Inactive from {emulator_today:%d/%m/%Y}, without holder or sharing operation")
    dialog = wait_dialog(qtbot, actions)
    assert pending.check_text(GUIDE_EAN, ChangeKind.DEACTIVATE) == "Ready: confirm in the form to send"
    assert dialog.date_edit.optional_date() == emulator_today
    assert dialog.banner.message.text().startswith(
        "This form was restored from a draft kept on this computer on ")
    assert dialog.validate_button.text() == "Deactivate"
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "no holder" in answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    after = manager_client.meter_detail(GUIDE_EAN)
    assert sent.hits == 1 and len(after.timeline) == len(before.timeline) + 1
    assert after.meter_data.status == MeterStatus.INACTIVE and after.meter_data.start_date == emulator_today
    qtbot.waitUntil(lambda: pending.table.rowCount() == 0, timeout=5000)
    assert kept(local_database, GUIDE_EAN, ChangeKind.DEACTIVATE) is None
    pending.close()


def test_a_modification_kept_offline_is_sent_once_from_pending_changes(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [GUIDE_EAN])
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    before = manager_client.meter_detail(GUIDE_EAN)
    actions.modify_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    retype(qtbot, dialog.form.street_edit, "Rue du Pont Neuf")
    save_as_draft(qtbot, window, actions)
    assert kept(local_database, GUIDE_EAN, ChangeKind.MODIFY).change.fields.street == "Rue du Pont Neuf"
    sent = emulator.faults.add(method="PUT", path="/meters", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, GUIDE_EAN, ChangeKind.MODIFY)
    dialog = wait_dialog(qtbot, actions)
    assert dialog.form.street_edit.text() == "Rue du Pont Neuf"
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert f"{before.address.street} → <b>Rue du Pont Neuf</b>" in answer_box(
        qtbot, dialog, "modifyConfirmation", "Save changes")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    assert sent.hits == 1 and manager_client.meter_detail(GUIDE_EAN).address.street == "Rue du Pont Neuf"
    qtbot.waitUntil(lambda: pending.table.rowCount() == 0, timeout=5000)
    pending.close()


def test_a_new_meter_kept_offline_is_created_once_from_pending_changes(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today)
    actions = install(window, manager_client, task_runner, emulator_today)
    qtbot.waitUntil(actions.add_action.isEnabled, timeout=5000)
    actions.add_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today)
    save_as_draft(qtbot, window, actions)
    assert kept(local_database, NEW_EAN, ChangeKind.ADD).change.fields.meter_number == "MTR-NEW1"
    sent = emulator.faults.add(method="POST", path="/meters", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, NEW_EAN, ChangeKind.ADD)
    row = next(r for r in range(pending.table.rowCount()) if pending.table.item(r, pending.ACTION).text()
               == "Add a meter")
    assert pending.table.item(row, pending.METER).text() == f"{NEW_EAN}\nRue des Nouveaux 4, bte 1 4000 Huy"
    dialog = wait_dialog(qtbot, actions)
    assert isinstance(dialog, AddMeterDialog) and dialog.form.ean_edit.text() == NEW_EAN
    assert dialog.period_form.effective_date_edit.optional_date() == emulator_today
    assert dialog.validate_button.isEnabled(), dialog.footer_hint.text()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    assert sent.hits == 1 and manager_client.meter_detail(NEW_EAN).meter_number == "MTR-NEW1"
    qtbot.waitUntil(lambda: window.selected_ean == NEW_EAN, timeout=5000)
    qtbot.waitUntil(lambda: pending.table.rowCount() == 0, timeout=5000)
    pending.close()


def test_a_scheduled_change_cancelled_offline_is_sent_once_from_pending_changes(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [FUTURE_EAN])
    scheduled = manager_client.meter_detail(FUTURE_EAN).futur_meter_data[0]
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    show_period(window, scheduled.start_date)
    assert actions.delete_scheduled_button.isEnabled(), actions.delete_scheduled_button.toolTip()
    actions.delete_scheduled_button.click()
    save_as_draft(qtbot, window, actions)
    sent = emulator.faults.add(method="PATCH", path="/meters/data/delete", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED)
    dialog = wait_dialog(qtbot, actions)
    assert dialog.reopen_check.isChecked() and "runs on" in dialog.outcome_label.text()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "cancelScheduledConfirmation", "&Delete the period")  # online: asked now
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    after = manager_client.meter_detail(FUTURE_EAN)
    assert sent.hits == 1 and after.futur_meter_data == [] and after.meter_data.end_date is None
    qtbot.waitUntil(lambda: pending.table.rowCount() == 0, timeout=5000)
    pending.close()


# -- checked against the meter as the CRM has it when sent later ------------------------------------------


def test_a_new_meter_whose_ean_was_taken_meanwhile_is_refused_at_the_ean(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today)
    actions = install(window, manager_client, task_runner, emulator_today)
    qtbot.waitUntil(actions.add_action.isEnabled, timeout=5000)
    actions.add_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today)
    other = dialog.new_meter().to_body()
    save_as_draft(qtbot, window, actions)
    manager_client.create_meter({**other, "meter_number": "MTR-OTHER"})  # another operator, meanwhile
    sent = emulator.faults.add(method="POST", path="/meters", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, NEW_EAN, ChangeKind.ADD)
    dialog = wait_dialog(qtbot, actions)
    assert pending.check_text(NEW_EAN, ChangeKind.ADD) == (
        "Not sent: the CRM now has a meter with this EAN; see the form")
    assert dialog.form.messages[MeterField.EAN].text() == (
        "EAN: a meter with this EAN already exists in the CRM (perhaps in another community): it cannot be "
        "created twice")
    assert not dialog.validate_button.isEnabled()
    dialog.done(0)
    assert sent.hits == 0 and manager_client.meter_detail(NEW_EAN).meter_number == "MTR-OTHER"
    assert kept(local_database, NEW_EAN, ChangeKind.ADD) is not None  # the operator decides what to do
    pending.close()


def test_a_deactivation_of_a_meter_deactivated_meanwhile_is_not_sent_twice(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [GUIDE_EAN])
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    dialog.restore(emulator_today + dt.timedelta(days=5))
    save_as_draft(qtbot, window, actions)
    manager_client.deactivate_meter(GUIDE_EAN, emulator_today)  # another operator, meanwhile
    inactive = manager_client.meter_detail(GUIDE_EAN)
    sent = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, GUIDE_EAN, ChangeKind.DEACTIVATE)
    assert pending.check_text(GUIDE_EAN, ChangeKind.DEACTIVATE) == (
        "Not sent: the meter is no longer active, and a second deactivation would add another inactive "
        "period")
    assert actions.dialog is None and sent.hits == 0
    assert manager_client.meter_detail(GUIDE_EAN) == inactive
    pending.close()


def test_a_modification_of_a_meter_changed_meanwhile_shows_old_and_new_again(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [GUIDE_EAN])
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    before = manager_client.meter_detail(GUIDE_EAN)
    actions.modify_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    retype(qtbot, dialog.form.street_edit, "Rue du Pont Neuf")
    save_as_draft(qtbot, window, actions)
    meanwhile = dataclasses.replace(MeterFields.from_detail(before), street="Rue Haute", city="Huy")
    manager_client.modify_meter(meanwhile.to_body())  # another operator, meanwhile

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, GUIDE_EAN, ChangeKind.MODIFY)
    dialog = wait_dialog(qtbot, actions)
    assert pending.check_text(GUIDE_EAN, ChangeKind.MODIFY) == (
        "The meter changed since: check the form, then send")
    assert "The meter changed since then" in dialog.banner.message.text()
    assert (dialog.form.street_edit.text(), dialog.form.city_edit.text()) == ("Rue du Pont Neuf", "Huy")
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    confirmation = answer_box(qtbot, dialog, "modifyConfirmation", "Save changes")
    assert "Rue Haute → <b>Rue du Pont Neuf</b>" in confirmation and "City" not in confirmation
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    after = manager_client.meter_detail(GUIDE_EAN).address
    assert (after.street, after.city) == ("Rue du Pont Neuf", "Huy")  # the other operator's city stays
    pending.close()


def test_a_cancelled_scheduled_change_whose_period_went_meanwhile_is_not_sent(
        qtbot, emulator, open_window, manager_client, task_runner, emulator_today, local_database,
        no_box_left_open):
    window = offline_window(qtbot, open_window, manager_client, task_runner, emulator_today, [FUTURE_EAN])
    scheduled = manager_client.meter_detail(FUTURE_EAN).futur_meter_data[0]
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, FUTURE_EAN)
    show_period(window, scheduled.start_date)
    actions.delete_scheduled_button.click()
    save_as_draft(qtbot, window, actions)
    manager_client.delete_period(scheduled.id, True)  # another operator, meanwhile
    sent = emulator.faults.add(method="PATCH", path="/meters/data/delete", times=None)  # counts only

    back_online(qtbot, window)
    pending = check_and_send(qtbot, window, FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED)
    assert pending.check_text(FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED) == (
        "Already applied in the CRM: nothing left to send")
    assert actions.dialog is None and sent.hits == 0
    qtbot.waitUntil(lambda: kept(local_database, FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED) is None,
                    timeout=5000)
    pending.close()
