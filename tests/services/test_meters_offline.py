"""Services with the copy of the CRM saved on this computer, against the emulator: the connection's state,
details from the copy, members, drafts kept offline and checked again before sending, "Refresh all"."""

from __future__ import annotations

import datetime as dt

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.cache.drafts import DraftReason
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.domain.update import MeterDataUpdate, UpdateField
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.connection import ConnectionMonitor, Reachability
from optimce_desktop.services.full_refresh import Stage
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.meters import MeterService
from optimce_desktop.services.offline_copy import NotSavedOfflineError
from optimce_desktop.services.pending import PendingChanges
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import KeptAsDraft, SubmitResult, UpdateService


@pytest.fixture
def database(drafts_path) -> Database:
    return Database(drafts_path)


@pytest.fixture
def connection(qtbot, crm_client, service_tasks) -> ConnectionMonitor:
    monitor = ConnectionMonitor(crm_client, service_tasks, recheck_interval_ms=100)
    yield monitor
    monitor.stop()


@pytest.fixture
def meters(crm_client, service_tasks, database, connection) -> MeterService:
    service = MeterService(crm_client, service_tasks, offline_copy=SavedMeters(database),
                           connection=connection)
    yield service
    service.shutdown()


def community(crm_client):
    return next(c for c in crm_client.my_communities() if c.auth_community_id == TOURNESOLS_AUTH_ID)


def collect(signal) -> list:
    """What ``signal`` carries, one item per emission (a tuple when it has several arguments)."""
    seen: list = []
    signal.connect(lambda *args: seen.append(args if len(args) != 1 else args[0]))
    return seen


def test_the_connection_is_rechecked_while_offline_and_its_return_reported(qtbot, emulator, connection):
    states, returns = collect(connection.stateChanged), collect(connection.backOnline)
    emulator.stop()
    connection.check_now()
    qtbot.waitUntil(lambda: connection.state is Reachability.OFFLINE, timeout=5000)
    qtbot.wait(300)  # a few rechecks, each still offline
    assert states == [Reachability.OFFLINE] and returns == []
    emulator.start()
    qtbot.waitUntil(lambda: bool(returns), timeout=5000)  # noticed by a recheck, nobody asked
    assert connection.state is Reachability.ONLINE and not connection.recheck_scheduled


def test_working_offline_checks_nothing_until_asked_to_go_online(qtbot, emulator, crm_client, service_tasks):
    requests = emulator.faults.add(path="/", times=None)
    monitor = ConnectionMonitor(crm_client, service_tasks, work_offline=True, recheck_interval_ms=50)
    returns = collect(monitor.backOnline)
    monitor.check_now()
    qtbot.waitUntil(lambda: service_tasks.pending == 0)
    assert not monitor.recheck_scheduled  # nothing left that could ask the CRM
    assert monitor.state is Reachability.WORKING_OFFLINE and not monitor.allows_requests
    assert requests.hits == 0
    monitor.go_online()
    qtbot.waitUntil(lambda: bool(returns), timeout=5000)
    assert monitor.state is Reachability.ONLINE and requests.hits == 1


def test_a_detail_comes_from_the_copy_then_the_crm_and_offline_from_the_copy_only(
        qtbot, emulator, crm_client, meters, database, connection):
    meters.set_community(community(crm_client))
    loaded, failed = collect(meters.detailLoaded), collect(meters.detailFailed)
    meters.load_detail(GUIDE_EAN)
    qtbot.waitUntil(lambda: bool(loaded), timeout=5000)
    assert SavedMeters(database).detail(TOURNESOLS_AUTH_ID, GUIDE_EAN).detail == loaded[0]

    emulator.stop()
    meters.load_detail(GUIDE_EAN)
    qtbot.waitUntil(lambda: connection.state is Reachability.OFFLINE, timeout=5000)
    assert len(loaded) == 2 and loaded[1] == loaded[0] and failed == []

    meters.load_detail("541448000000099990")  # never saved
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed[0][0] == "541448000000099990"


def test_working_offline_a_detail_never_saved_is_said_so(qtbot, crm_client, service_tasks, database):
    monitor = ConnectionMonitor(crm_client, service_tasks, work_offline=True)
    meters = MeterService(crm_client, service_tasks, offline_copy=SavedMeters(database), connection=monitor)
    meters.set_community(community(crm_client))
    failed = collect(meters.detailFailed)
    meters.load_detail(GUIDE_EAN)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0][1], NotSavedOfflineError)
    meters.shutdown()


def test_members_come_from_the_copy_when_the_crm_cannot_be_reached(
        qtbot, emulator, crm_client, service_tasks, database, connection):
    directory = SavedDirectory(database)
    online = MemberDirectory(crm_client, service_tasks, offline_copy=directory, connection=connection)
    online.load()
    qtbot.waitUntil(lambda: online.is_loaded and not online.is_reading_identities, timeout=10_000)
    emulator.stop()
    offline = MemberDirectory(crm_client, service_tasks, offline_copy=directory, connection=connection)
    offline.load()
    qtbot.waitUntil(lambda: offline.is_loaded or offline.last_problem is not None, timeout=5000)
    assert offline.members == online.members and len(offline.members) > 3


def test_working_offline_by_choice_keeps_a_draft_without_saying_the_crm_was_unreachable(
        qtbot, emulator, crm_client, service_tasks, draft_store, guide_detail, emulator_today):
    requests = emulator.faults.add(path="/", times=None)
    monitor = ConnectionMonitor(crm_client, service_tasks, work_offline=True)
    sender = ChangeSender(crm_client, service_tasks, draft_store, connection=monitor)
    updates = UpdateService(sender, service_tasks)
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage, form.effective_date = 50, emulator_today
    sent: list[SubmitResult] = []
    updates.submit(form, sent.append)
    qtbot.waitUntil(lambda: bool(sent), timeout=5000)
    [kept] = sent
    assert isinstance(kept, KeptAsDraft) and kept.draft.reason is DraftReason.KEPT_BY_USER
    assert requests.hits == 0


def test_offline_submit_keeps_a_draft_and_sends_nothing(
        qtbot, emulator, crm_client, service_tasks, draft_store, connection, guide_detail, emulator_today):
    sender = ChangeSender(crm_client, service_tasks, draft_store, connection=connection)
    updates = UpdateService(sender, service_tasks)
    offline_changes = collect(updates.offlineChanged)
    emulator.stop()
    connection.check_now()
    qtbot.waitUntil(lambda: updates.works_offline, timeout=5000)
    assert offline_changes[-1] is True
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage, form.effective_date = 50, emulator_today
    sent: list[SubmitResult] = []
    updates.submit(form, sent.append)
    qtbot.waitUntil(lambda: bool(sent), timeout=5000)
    [kept] = sent
    assert isinstance(kept, KeptAsDraft) and kept.draft.reason is DraftReason.CRM_UNREACHABLE
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).update.amperage == 50


def test_a_draft_is_checked_against_the_meter_as_the_crm_has_it_now(
        qtbot, crm_client, service_tasks, draft_store, connection, guide_detail, emulator_today):
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage, form.effective_date = 50, emulator_today + dt.timedelta(days=10)
    draft_store.save(TOURNESOLS_AUTH_ID, form, DraftReason.CRM_UNREACHABLE)
    # meanwhile, another operator schedules a later period
    later = MeterDataUpdate.from_detail(guide_detail)
    later.description = "Scheduled by someone else"
    later.effective_date = emulator_today + dt.timedelta(days=20)
    crm_client.update_meter_data(later.to_patch_body())

    pending = PendingChanges(crm_client, service_tasks, draft_store, connection, today=lambda: emulator_today)
    listed, checked = collect(pending.listed), collect(pending.revalidated)
    pending.refresh()
    qtbot.waitUntil(lambda: bool(listed), timeout=5000)
    assert [change.ean for change in listed[0]] == [GUIDE_EAN]
    pending.revalidate(GUIDE_EAN)
    qtbot.waitUntil(lambda: bool(checked), timeout=5000)
    result = checked[0]
    assert result.update.timeline == result.detail.timeline != form.timeline
    added = [after for before, after in result.differences if before is None]
    assert [period.start_date for period in added] == [emulator_today + dt.timedelta(days=20)]
    assert [issue.field for issue in result.errors] == [UpdateField.START_DATE]
    assert not result.already_applied


def test_refresh_all_saves_every_detail_and_the_members(qtbot, crm_client, meters, database):
    meters.set_community(community(crm_client))
    refresh = meters.refresh_all()
    stages, finished = collect(refresh.progressed), collect(refresh.finished)
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    saved_list = finished[0]
    assert saved_list.details_complete_at is not None and meters.saved_list == saved_list
    assert {stage for stage, *_ in stages} == {Stage.LIST, Stage.DETAILS, Stage.SAVING}
    offline_copy = SavedMeters(database)
    rows = [row for chunk in offline_copy.iter_rows(TOURNESOLS_AUTH_ID) for row in chunk]
    assert len(rows) == saved_list.meter_count and all(row.details_known for row in rows)
    assert SavedDirectory(database).members(TOURNESOLS_AUTH_ID) is not None
