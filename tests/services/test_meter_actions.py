"""The meter actions' service against the emulator: sent once from a worker through the sender every change
takes, a lost answer settled by reading the meter again, an unreachable CRM and a changed meter sending
nothing, the change on disk while it is sent and kept as a draft when it could not be sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from optimce_desktop.cache.drafts import DraftReason
from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite, WriteResult
from optimce_desktop.services.sending import ChangeSender, Sent
from tests.fixtures.services import IMPATIENT_READ_TIMEOUT

QUICK_CHECKS = (0.1, 0.2, 0.3)


def service_of(client, tasks, drafts) -> MeterActionService:  # noqa: ANN001 - fixtures
    return MeterActionService(ChangeSender(client, tasks, drafts, check_delays=QUICK_CHECKS))


@pytest.fixture
def action_service(crm_client, service_tasks, draft_store) -> Iterator[MeterActionService]:
    service = service_of(crm_client, service_tasks, draft_store)
    yield service
    service.sender.shutdown()


def deactivation_write(detail, day: dt.date) -> MeterWrite:  # noqa: ANN001 - a MeterDetail
    return MeterWrite(Deactivation.of(detail, day), TOURNESOLS_AUTH_ID)


def collect(qtbot, service: MeterActionService, write: MeterWrite, count: int = 1) -> list[WriteResult]:  # noqa: ANN001
    results: list[WriteResult] = []
    service.resultReady.connect(results.append)
    service.submit(write)
    qtbot.waitUntil(lambda: len(results) >= count, timeout=10_000)
    return results


def test_a_deactivation_is_on_disk_while_it_is_sent_then_applied_and_the_meter_read_again(
        qtbot, emulator, action_service, crm_client, emulator_today, draft_store):
    detail = crm_client.meter_detail(GUIDE_EAN)
    sent = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", delay_before=0.5)
    results: list[WriteResult] = []
    action_service.resultReady.connect(results.append)
    action_service.submit(deactivation_write(detail, emulator_today))
    qtbot.waitUntil(lambda: sent.hits == 1, timeout=5000)  # the request has left: the change is on disk
    sending = draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN, ChangeKind.DEACTIVATE)
    assert sending is not None and sending.reason is DraftReason.SENDING
    assert sending.change == Deactivation.of(detail, emulator_today)
    assert action_service.is_busy(GUIDE_EAN)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    [result] = results
    assert result.outcome is Sent.APPLIED
    assert result.detail.meter_data.status == MeterStatus.INACTIVE
    assert not action_service.is_busy(GUIDE_EAN)
    assert draft_store.list(TOURNESOLS_AUTH_ID) == []


def test_a_lost_answer_is_settled_by_reading_again_and_never_sent_twice(
        qtbot, emulator, impatient_client, service_tasks, emulator_today, draft_store):
    service = service_of(impatient_client, service_tasks, draft_store)
    detail = impatient_client.meter_detail(GUIDE_EAN)
    late = emulator.faults.add(method="PATCH", path="/meters/data/deactivate",
                               delay_before=IMPATIENT_READ_TIMEOUT + 0.5)
    sent = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", times=None)  # counts only
    results = collect(qtbot, service, deactivation_write(detail, emulator_today), count=2)
    assert [r.outcome for r in results] == [Sent.UNKNOWN, Sent.APPLIED]
    assert results[1].detail.meter_data.status == MeterStatus.INACTIVE
    assert late.hits == 1 and sent.hits == 0
    assert draft_store.list(TOURNESOLS_AUTH_ID) == []  # the outcome-unknown draft went once applied
    service.sender.shutdown()


def test_a_meter_changed_meanwhile_sends_nothing(qtbot, action_service, crm_client, emulator, emulator_today,
                                                draft_store):
    detail = crm_client.meter_detail(GUIDE_EAN)
    crm_client.deactivate_meter(GUIDE_EAN, emulator_today + dt.timedelta(days=3))  # another operator
    sent = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", times=None)
    [result] = collect(qtbot, action_service, deactivation_write(detail, emulator_today))
    assert result.outcome is Sent.CHANGED and sent.hits == 0
    assert result.detail.latest.start_date == emulator_today + dt.timedelta(days=3)
    assert draft_store.list(TOURNESOLS_AUTH_ID) == []


def test_an_unreachable_crm_sends_nothing_and_keeps_a_draft(qtbot, action_service, crm_client, emulator,
                                                             emulator_today, draft_store):
    detail = crm_client.meter_detail(GUIDE_EAN)
    emulator.faults.add(method="GET", path=f"/meters/{GUIDE_EAN}", status=503, html=True)
    [result] = collect(qtbot, action_service, deactivation_write(detail, emulator_today))
    assert result.outcome is Sent.NOT_SENT
    assert result.draft is not None and result.draft.reason is DraftReason.CRM_UNREACHABLE
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN, ChangeKind.DEACTIVATE) == result.draft
    assert crm_client.meter_detail(GUIDE_EAN).meter_data.status == MeterStatus.ACTIVE


def test_a_refusal_names_its_field(qtbot, action_service, crm_client):
    detail = crm_client.meter_detail(GUIDE_EAN)
    [result] = collect(qtbot, action_service, deactivation_write(detail, detail.latest.start_date
                                                                  - dt.timedelta(days=1)))
    assert result.outcome is Sent.REJECTED
    assert result.request_field == "start_date" and result.error_code == 60006
