"""Updates whose outcome is not known: the form on disk before anything leaves, the drafts of an app that
stopped while sending settled at the next list read, a read of the meter that settles a watched update,
and the re-reads stopped at shutdown. Emulator over real HTTP, drafts on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import re

from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import (
    Applied,
    DraftReason,
    Sent,
    SettledHow,
    SubmitFailure,
    UpdateService,
)
from tests.services.updates.test_updates import Recorder

DETAIL_PATH = re.compile(rf"^/meters/{GUIDE_EAN}$")
AN_HOUR_AGO = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)


def _update(detail: MeterDetail, day: dt.date, amperage: float = 50) -> MeterDataUpdate:
    update = MeterDataUpdate.from_detail(detail)
    update.effective_date, update.amperage = day, amperage
    return update


def test_the_form_is_on_disk_before_the_meter_is_read_and_before_the_request_leaves(
    qtbot, emulator, update_service, guide_detail, emulator_today, draft_store
):
    recorder = Recorder(update_service)
    read = emulator.faults.add(method="GET", path=DETAIL_PATH, delay_before=0.5)
    patch = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=0.5)
    update = _update(guide_detail, emulator_today)
    update_service.submit(update, recorder.sent)

    qtbot.waitUntil(lambda: read.hits == 1, timeout=5000)  # the re-read before sending is on its way
    sending = draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert sending is not None and sending.reason is DraftReason.SENDING and sending.update == update
    qtbot.waitUntil(lambda: patch.hits == 1, timeout=5000)  # the request has left
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.SENDING

    assert isinstance(recorder.outcome(qtbot), Applied)
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


def test_a_refusal_leaves_the_earlier_draft_as_it_was(qtbot, emulator, update_service, guide_detail,
                                                      emulator_today, draft_store):
    recorder = Recorder(update_service)
    kept = draft_store.save(TOURNESOLS_AUTH_ID, _update(guide_detail, emulator_today, 32),
                            DraftReason.KEPT_BY_USER, saved_at=AN_HOUR_AGO)
    emulator.faults.add(method="PATCH", path="/meters/data", status=422,
                        body={"data": "The field 'amperage' must be a number", "error_code": 5005})
    update_service.submit(_update(guide_detail, emulator_today, 63), recorder.sent)
    failure = recorder.outcome(qtbot)
    assert isinstance(failure, SubmitFailure) and failure.outcome is Sent.REJECTED
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) == kept


def test_drafts_of_an_app_that_stopped_while_sending_are_settled_and_told(
    qtbot, crm_client, service_tasks, draft_store, guide_detail, emulator_today
):
    other_detail = crm_client.meter_detail(_another_active_ean(crm_client))
    applied = _update(guide_detail, emulator_today)
    not_applied = _update(other_detail, emulator_today, 25)
    for update in (applied, not_applied):
        draft_store.save(TOURNESOLS_AUTH_ID, update, DraftReason.SENDING, saved_at=AN_HOUR_AGO)
    crm_client.update_meter_data(applied.to_patch_body())  # it had reached the CRM before the app stopped

    sender = ChangeSender(crm_client, service_tasks, draft_store)
    service = UpdateService(sender, service_tasks)  # the next start
    recorder = Recorder(service, (GUIDE_EAN, other_detail.EAN))
    service.check_unsettled()
    qtbot.waitUntil(lambda: len([e for e in recorder.events if e[0] == "settled"]) == 2, timeout=8000)
    settled = {settlement.ean: settlement for name, settlement in recorder.events if name == "settled"}

    first = settled[GUIDE_EAN]
    assert first.how is SettledHow.APPLIED and first.interrupted
    assert first.message == (f"The update of meter {GUIDE_EAN} that was being sent when the app stopped was "
                             "applied by the CRM: there is nothing left to send.")
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None

    second = settled[other_detail.EAN]
    assert second.how is SettledHow.NOT_APPLIED and second.interrupted
    assert second.message == (
        f"The update of meter {other_detail.EAN} was being sent when the app stopped, and the CRM does not "
        "show it: it was not applied. It is kept in Pending changes, to check and send again.")
    kept = draft_store.get(TOURNESOLS_AUTH_ID, other_detail.EAN)
    assert kept is not None and kept.reason is DraftReason.OUTCOME_UNKNOWN and kept.update == not_applied

    # once settled, a draft is not told again; applied later, a read of the meter settles it
    service.check_unsettled()
    qtbot.waitUntil(lambda: not service.checking_unsettled, timeout=5000)
    assert len([e for e in recorder.events if e[0] == "settled"]) == 2
    crm_client.update_meter_data(not_applied.to_patch_body())
    service.note_detail(crm_client.meter_detail(other_detail.EAN))
    qtbot.waitUntil(lambda: len([e for e in recorder.events if e[0] == "settled"]) == 3, timeout=5000)
    last = recorder.events[-2:]
    assert ("draftsChanged", (other_detail.EAN,)) in last
    assert draft_store.get(TOURNESOLS_AUTH_ID, other_detail.EAN) is None
    service.shutdown()


def test_a_sending_draft_of_this_app_is_left_to_its_submission(
    qtbot, crm_client, service_tasks, draft_store, guide_detail, emulator_today
):
    service = UpdateService(ChangeSender(crm_client, service_tasks, draft_store), service_tasks)
    recorder = Recorder(service)
    draft_store.save(TOURNESOLS_AUTH_ID, _update(guide_detail, emulator_today), DraftReason.SENDING)
    service.check_unsettled()
    qtbot.waitUntil(lambda: not service.checking_unsettled, timeout=5000)
    assert not recorder.events
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.SENDING


def test_shutdown_stops_the_scheduled_checks(qtbot, emulator, crm_client, service_tasks, draft_store,
                                             guide_detail, emulator_today):
    sender = ChangeSender(crm_client, service_tasks, draft_store, check_delays=(60.0,))
    service = UpdateService(sender, service_tasks)
    recorder = Recorder(service)
    emulator.faults.add(method="PATCH", path="/meters/data", status=504, html=True)
    service.submit(_update(guide_detail, emulator_today), recorder.sent)
    assert isinstance(recorder.outcome(qtbot), SubmitFailure)
    assert service.awaits_outcome(GUIDE_EAN)
    service.shutdown()
    assert not service.awaits_outcome(GUIDE_EAN)
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN


def _another_active_ean(client) -> str:
    page = client.list_meters(limit=50, status=1)
    return next(item.EAN for item in page.items if item.EAN != GUIDE_EAN)
