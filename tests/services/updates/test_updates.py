"""UpdateService against the emulator: one PATCH at most, outcomes settled by re-reading, drafts on a real
SQLite file. Results and signals are recorded on the GUI thread (the task runner delivers there) and awaited
with ``waitUntil``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from optimce_desktop.cache.drafts import DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.domain.models import MemberRef, MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate, UpdateField
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.problems import ProblemKind
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import (
    Applied,
    DraftReason,
    MeterChanged,
    Sent,
    SettledHow,
    Settlement,
    SubmitFailure,
    SubmitResult,
    UpdateService,
)
from tests.fixtures.services import manager_client_for

DETAIL_PATH = re.compile(rf"^/meters/{GUIDE_EAN}$")


class Recorder:
    """Everything an UpdateService tells, in order: the result of each submission given ``sent``, the drafts
    saved or deleted, and what became of the updates of unknown outcome of the ``watched`` meters."""

    def __init__(self, service: UpdateService, watched: tuple[str, ...] = (GUIDE_EAN,)) -> None:
        self.events: list[tuple[str, object]] = []
        service.draftsChanged.connect(lambda *args: self.events.append(("draftsChanged", args)))
        for ean in watched:
            service.watch_outcome(ean, lambda settlement: self.events.append(("settled", settlement)))

    def sent(self, result: SubmitResult) -> None:
        self.events.append(("sent", result))

    def outcome(self, qtbot) -> SubmitResult:
        return self._first("sent", qtbot)

    def settlement(self, qtbot) -> Settlement:
        return self._first("settled", qtbot)

    def _first(self, kind: str, qtbot):  # noqa: ANN202 - what was recorded as ``kind``
        qtbot.waitUntil(lambda: any(name == kind for name, _ in self.events), timeout=8000)
        return next(event for name, event in self.events if name == kind)


@pytest.fixture
def recorder(update_service) -> Recorder:
    return Recorder(update_service)


def _update(detail: MeterDetail, day: dt.date, **changes) -> MeterDataUpdate:
    update = MeterDataUpdate.from_detail(detail)
    update.effective_date = day
    for name, value in {"amperage": 50, **changes}.items():
        setattr(update, name, value)
    return update


def _failure(qtbot, recorder: Recorder) -> SubmitFailure:
    failure = recorder.outcome(qtbot)
    assert isinstance(failure, SubmitFailure)
    return failure


def test_submit_sends_the_full_body_once_and_acknowledges_with_the_fresh_meter(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, crm_client, draft_store
):
    patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    assert update_service.is_submitting(GUIDE_EAN)
    applied = recorder.outcome(qtbot)
    assert isinstance(applied, Applied) and not update_service.is_submitting(GUIDE_EAN)
    fresh = applied.detail
    assert patches.hits == 1 and fresh == crm_client.meter_detail(GUIDE_EAN)
    current, before = fresh.meter_data, guide_detail.meter_data
    assert current.amperage == 50 and current.start_date == emulator_today
    assert current.member.id == before.member.id
    assert current.sharing_operation.id == before.sharing_operation.id
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None  # the "sending" copy is gone
    # saved to the offline copy at once: a start without the CRM shows the meter as updated
    saved = SavedMeters(draft_store.database).detail(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert saved is not None and saved.detail == fresh


def test_submitting_the_same_meter_twice_at_once_is_a_bug(update_service, recorder, guide_detail,
                                                          emulator_today):
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    with pytest.raises(RuntimeError):
        update_service.submit(_update(guide_detail, emulator_today), recorder.sent)


def test_an_update_that_changes_nothing_is_refused_before_anything_is_kept(
    emulator, update_service, recorder, guide_detail, emulator_today, draft_store
):
    patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    with pytest.raises(ValueError):
        update_service.submit(_update(guide_detail, emulator_today, amperage=40), recorder.sent)
    assert patches.hits == 0 and draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


def test_a_timeline_changed_meanwhile_is_reported_and_nothing_is_sent(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today
):
    with manager_client_for(emulator) as other:
        other.update_meter_data(_update(guide_detail, emulator_today + dt.timedelta(days=9)).to_patch_body())
    patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)
    update_service.submit(_update(guide_detail, emulator_today, amperage=63), recorder.sent)
    changed = recorder.outcome(qtbot)
    assert isinstance(changed, MeterChanged) and patches.hits == 0
    fresh, differences = changed.detail, changed.differences
    [(old, closed)] = [(old, new) for old, new in differences if old is not None]
    [(_, scheduled)] = [(old, new) for old, new in differences if old is None]
    assert old == guide_detail.meter_data and closed.end_date == emulator_today + dt.timedelta(days=8)
    assert scheduled == fresh.futur_meter_data[0]
    assert scheduled.start_date == emulator_today + dt.timedelta(days=9)


def test_an_expired_session_is_refused_before_sending(qtbot, emulator, service_tasks, draft_store,
                                                      guide_detail, emulator_today):
    expired = CrmClient(emulator.base_url, lambda: "a-token-the-gateway-does-not-know",
                        community_id=TOURNESOLS_AUTH_ID, get_retry_delays=())
    service = UpdateService(ChangeSender(expired, service_tasks, draft_store), service_tasks)
    recorder = Recorder(service)
    service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.REJECTED and failure.draft is None
    assert failure.problem.kind is ProblemKind.SESSION_EXPIRED
    assert failure.message == "Your session has expired. Sign in again."
    expired.close()


def test_a_refused_value_names_its_field(qtbot, emulator, update_service, recorder, guide_detail,
                                         emulator_today):
    emulator.faults.add(method="PATCH", path="/meters/data", status=422,
                        body={"data": "The field 'sampling_power' must be a number", "error_code": 5005})
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.REJECTED
    assert failure.problem.field is UpdateField.SAMPLING_POWER
    assert failure.problem.message == "The field 'sampling_power' must be a number"


def test_a_gateway_timeout_is_never_said_not_applied_and_is_checked_again(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, crm_client, draft_store
):
    emulator.faults.add(method="PATCH", path="/meters/data", status=504, html=True)
    update = _update(guide_detail, emulator_today)
    update_service.submit(update, recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.UNKNOWN and failure.problem.kind is ProblemKind.NO_ANSWER
    assert failure.message == (
        "The CRM's gateway gave up waiting for an answer (HTTP 504). The CRM has not confirmed the update "
        "yet: it may have been applied. The app reads the meter again over the next half minute and tells "
        "you what happened. Sending it again is safe: it never creates a second period. Your form is kept "
        "as a draft on this computer.")
    stored = draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert stored is not None and stored.reason is DraftReason.OUTCOME_UNKNOWN and stored.update == update

    settled = recorder.settlement(qtbot)  # the scheduled re-reads never see it
    assert settled.how is SettledHow.STILL_UNCONFIRMED and "not applied" not in settled.message
    assert settled.message.startswith(f"The CRM still does not show the update of meter {GUIDE_EAN}.")
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN
    assert crm_client.meter_detail(GUIDE_EAN) == guide_detail


def test_only_the_watches_not_cancelled_are_told_what_became_of_an_update(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today
):
    told: list[Settlement] = []
    update_service.watch_outcome(GUIDE_EAN, told.append).cancel()  # a form closed meanwhile
    emulator.faults.add(method="PATCH", path="/meters/data", status=504, html=True)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    assert recorder.settlement(qtbot).how is SettledHow.STILL_UNCONFIRMED
    assert told == []


def test_a_dropped_connection_is_an_unknown_outcome(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today
):
    emulator.faults.add(method="PATCH", path="/meters/data", drop=True)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.UNKNOWN and failure.draft is not None
    assert failure.problem.kind is ProblemKind.NO_ANSWER and "not applied" not in failure.message


def test_an_update_the_crm_applies_after_its_answer_was_lost_is_confirmed_by_the_checks(
    qtbot, emulator, crm_client, impatient_client, service_tasks, draft_store, guide_detail, emulator_today
):
    # The CRM has the whole body, answers after the client gave up, and applies it one second later.
    late = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=1.0)
    later_patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    sender = ChangeSender(impatient_client, service_tasks, draft_store, check_delays=(0.3,) * 20)
    service = UpdateService(sender, service_tasks)
    recorder = Recorder(service)
    service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.UNKNOWN and "not applied" not in failure.message

    settled = recorder.settlement(qtbot)
    assert settled.how is SettledHow.APPLIED and not settled.interrupted
    assert settled.message == f"The CRM confirms the update of meter {GUIDE_EAN}: it was applied."
    assert settled.detail == crm_client.meter_detail(GUIDE_EAN)
    assert settled.detail.meter_data.amperage == 50
    assert len(settled.detail.timeline) == len(guide_detail.timeline) + 1
    assert late.hits == 1 and later_patches.hits == 0
    qtbot.waitUntil(lambda: ("draftsChanged", (GUIDE_EAN,)) in recorder.events[-1:])
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None
    assert SavedMeters(draft_store.database).detail(TOURNESOLS_AUTH_ID, GUIDE_EAN).detail == settled.detail
    service.shutdown()


def test_a_proxy_error_page_after_the_crm_applied_the_update_is_acknowledged(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, crm_client
):
    emulator.faults.add(method="PATCH", path="/meters/data", status=500, body="Internal Server Error",
                        apply_first=True)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    applied = recorder.outcome(qtbot)
    assert isinstance(applied, Applied) and applied.detail == crm_client.meter_detail(GUIDE_EAN)
    assert applied.detail.meter_data.amperage == 50


@pytest.mark.parametrize(("status", "html"), [(500, False), (502, True), (503, True)])
def test_any_5xx_without_the_crms_envelope_is_an_unknown_outcome(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, draft_store, status, html
):
    body = None if html else "upstream failed"
    emulator.faults.add(method="PATCH", path="/meters/data", status=status, html=html, body=body)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.UNKNOWN and "has not confirmed the update yet" in failure.message
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN


def test_the_crms_own_500_is_a_refusal(qtbot, emulator, update_service, recorder, guide_detail,
                                       emulator_today, draft_store):
    emulator.faults.add(method="PATCH", path="/meters/data", status=500,
                        body={"data": "An unexpected error occurred", "error_code": 1})
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.REJECTED and failure.draft is None
    assert failure.message == "The CRM failed to process the request. The CRM says: “An unexpected error " \
        "occurred”"
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None  # nothing was changed: no copy kept


def test_an_unreachable_crm_keeps_a_draft(qtbot, emulator, update_service, recorder, guide_detail,
                                         emulator_today, draft_store):
    emulator.stop()
    update = _update(guide_detail, emulator_today)
    update_service.submit(update, recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.NOT_SENT
    assert failure.message.startswith("The CRM cannot be reached. Check the network connection.")
    assert failure.message.endswith("Your form is kept as a draft on this computer.")
    assert ("draftsChanged", (GUIDE_EAN,)) in recorder.events
    stored = draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert stored is not None and stored.reason is DraftReason.CRM_UNREACHABLE and stored.update == update


def test_no_answer_and_no_way_to_check_keeps_a_draft_of_unknown_outcome(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, draft_store
):
    emulator.faults.add(method="GET", path=DETAIL_PATH)  # the check before sending goes through
    emulator.faults.add(method="PATCH", path="/meters/data", drop=True)
    emulator.faults.add(method="GET", path=DETAIL_PATH, status=503, html=True, times=None)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.UNKNOWN
    assert "The CRM has not confirmed the update yet" in failure.message
    assert failure.draft is not None and failure.draft.reason is DraftReason.OUTCOME_UNKNOWN
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is not None


def test_a_draft_that_cannot_be_saved_is_said_so(qtbot, emulator, crm_client, service_tasks, tmp_path,
                                                 guide_detail, emulator_today):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    sender = ChangeSender(crm_client, service_tasks, DraftStore(blocker / "drafts.sqlite3"))
    service = UpdateService(sender, service_tasks)
    recorder = Recorder(service)
    emulator.stop()
    service.submit(_update(guide_detail, emulator_today), recorder.sent)
    failure = _failure(qtbot, recorder)
    assert failure.outcome is Sent.NOT_SENT and failure.draft is None
    assert failure.draft_problem is not None and failure.draft_problem.kind is ProblemKind.LOCAL_STORAGE
    assert "It could not be kept as a draft" in failure.message


def test_acknowledged_even_when_the_meter_cannot_be_read_afterwards(
    qtbot, emulator, update_service, recorder, guide_detail, emulator_today, crm_client
):
    emulator.faults.add(method="GET", path=DETAIL_PATH)
    emulator.faults.add(method="GET", path=DETAIL_PATH, status=503, html=True)
    update_service.submit(_update(guide_detail, emulator_today), recorder.sent)
    applied = recorder.outcome(qtbot)
    assert isinstance(applied, Applied) and applied.detail is None
    assert crm_client.meter_detail(GUIDE_EAN).meter_data.amperage == 50


def test_an_acknowledgement_deletes_the_meters_draft(qtbot, update_service, recorder, guide_detail,
                                                    emulator_today, draft_store):
    update = _update(guide_detail, emulator_today)
    draft_store.save(TOURNESOLS_AUTH_ID, update, DraftReason.CRM_UNREACHABLE)
    update_service.submit(update, recorder.sent)
    assert isinstance(recorder.outcome(qtbot), Applied)
    qtbot.waitUntil(lambda: ("draftsChanged", (GUIDE_EAN,)) in recorder.events)
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


# -- drafts -----------------------------------------------------------------------------------------------


def _result(qtbot, start) -> object:
    found: list[object] = []
    start(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=3000)
    return found[0]


def test_find_draft_offers_a_draft_and_drops_one_the_crm_already_shows(
    qtbot, update_service, guide_detail, emulator_today, draft_store, crm_client
):
    update = _update(guide_detail, emulator_today)
    draft_store.save(TOURNESOLS_AUTH_ID, update, DraftReason.OUTCOME_UNKNOWN)
    offered = _result(qtbot, lambda done: update_service.find_draft(GUIDE_EAN, done, current=guide_detail))
    assert offered.update == update and offered.reason is DraftReason.OUTCOME_UNKNOWN

    crm_client.update_meter_data(update.to_patch_body())  # the lost request had been applied after all
    fresh = crm_client.meter_detail(GUIDE_EAN)
    assert _result(qtbot, lambda done: update_service.find_draft(GUIDE_EAN, done, current=fresh)) is None
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


def test_find_draft_reads_an_unusable_store_as_no_draft(qtbot, crm_client, service_tasks, tmp_path):
    (tmp_path / "store").write_text("not a folder")
    sender = ChangeSender(crm_client, service_tasks, DraftStore(tmp_path / "store" / "x.sqlite3"))
    service = UpdateService(sender, service_tasks)
    assert _result(qtbot, lambda done: service.find_draft(GUIDE_EAN, done)) is None


def test_save_list_and_discard_drafts(qtbot, update_service, recorder, guide_detail, draft_store):
    kept = MeterDataUpdate.from_detail(guide_detail)  # no effective date yet: still worth keeping
    assert _result(qtbot, lambda done: update_service.save_draft(kept, done)) is None
    [draft] = _result(qtbot, update_service.list_drafts)
    assert draft.reason is DraftReason.KEPT_BY_USER and draft.update == kept
    assert _result(qtbot, lambda done: update_service.discard_draft(GUIDE_EAN, done)) is None
    assert _result(qtbot, update_service.list_drafts) == []
    assert recorder.events.count(("draftsChanged", (GUIDE_EAN,))) == 2


# -- recognising an applied update ------------------------------------------------------------------------


def test_an_update_is_found_applied_only_with_every_value_it_sends(guide_detail):
    current = guide_detail.meter_data
    update = MeterDataUpdate.from_detail(guide_detail)
    update.effective_date = current.start_date
    assert update.applied_period(guide_detail) == current

    def applied_with(**changes) -> bool:
        return update.model_copy(update=changes).applied_period(guide_detail) == current

    assert not applied_with(amperage=41)
    assert not applied_with(holder=MemberRef(id=424242, name="Someone else"))
    assert not applied_with(holder=None)  # the holder would have been removed
    assert applied_with(injection_status=None)  # an empty choice is inherited
    assert not applied_with(effective_date=current.start_date + dt.timedelta(days=1))
    # already in the timeline the form was checked against: not applied by this update
    assert not update.is_applied_in(guide_detail)
    assert update.model_copy(update={"timeline": []}).is_applied_in(guide_detail)


def test_drafts_survive_a_new_store_on_the_same_file(drafts_path: Path, guide_detail, emulator_today):
    update = _update(guide_detail, emulator_today)
    DraftStore(drafts_path).save(TOURNESOLS_AUTH_ID, update, DraftReason.CRM_UNREACHABLE)
    again = DraftStore(drafts_path).get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert again is not None and again.update == update and again.update.timeline == guide_detail.timeline
