"""Pending changes checked against the meter as the CRM has it when they are sent later, for the kinds of
change and the moments the main window's tests cannot reach (time passing): emulator over real HTTP, drafts
on a real SQLite file."""

from __future__ import annotations

import datetime as dt

from optimce_desktop.cache.drafts import DraftReason
from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.enums import Rate
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import IssueCode, MeterDataUpdate, UpdateField
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.pending import PendingChanges, Refusal, Revalidation, Verdict


def checked(qtbot, client, tasks, drafts, ean: str, kind: ChangeKind, today: dt.date) -> Revalidation:  # noqa: ANN001
    pending = PendingChanges(client, tasks, drafts, ConnectionMonitor(client, tasks), today=lambda: today)
    results: list[Revalidation] = []
    pending.revalidated.connect(results.append)
    pending.revalidate(ean, kind)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def test_a_cancelled_scheduled_change_whose_period_has_started_since_is_not_sent(
        qtbot, crm_client, service_tasks, draft_store):
    detail = crm_client.meter_detail(FUTURE_EAN)
    period = detail.futur_meter_data[0]
    cancel = ScheduledChangeCancel(FUTURE_EAN, period, True, tuple(detail.timeline))
    draft_store.save(TOURNESOLS_AUTH_ID, cancel, DraftReason.CRM_UNREACHABLE)
    before = checked(qtbot, crm_client, service_tasks, draft_store, FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED,
                     period.start_date - dt.timedelta(days=1))
    assert before.verdict is Verdict.READY
    started = checked(qtbot, crm_client, service_tasks, draft_store, FUTURE_EAN, ChangeKind.CANCEL_SCHEDULED,
                      period.start_date)
    assert (started.verdict, started.refusal) == (Verdict.REFUSED, Refusal.NO_LONGER_SCHEDULED)


def test_a_deactivation_made_meanwhile_by_another_operator_is_applied_or_already_scheduled(
        qtbot, crm_client, service_tasks, draft_store, emulator_today):
    detail = crm_client.meter_detail(GUIDE_EAN)
    later = emulator_today + dt.timedelta(days=3)
    draft_store.save(TOURNESOLS_AUTH_ID, Deactivation.of(detail, later), DraftReason.CRM_UNREACHABLE)
    crm_client.deactivate_meter(GUIDE_EAN, later)  # the same deactivation, made by another operator
    same = checked(qtbot, crm_client, service_tasks, draft_store, GUIDE_EAN, ChangeKind.DEACTIVATE,
                   emulator_today)
    assert same.verdict is Verdict.APPLIED  # nothing left to send

    draft_store.save(TOURNESOLS_AUTH_ID, Deactivation.of(detail, later + dt.timedelta(days=1)),
                     DraftReason.CRM_UNREACHABLE)
    other = checked(qtbot, crm_client, service_tasks, draft_store, GUIDE_EAN, ChangeKind.DEACTIVATE,
                    emulator_today)
    assert (other.verdict, other.refusal) == (Verdict.REFUSED, Refusal.DEACTIVATION_SCHEDULED)


def test_an_update_is_checked_against_a_period_scheduled_since_it_was_kept(
        qtbot, crm_client, service_tasks, draft_store, emulator_today):
    detail = crm_client.meter_detail(GUIDE_EAN)
    day = emulator_today + dt.timedelta(days=40)
    kept = MeterDataUpdate.from_detail(detail)  # the current period's values, 50 A, from that day
    kept.amperage, kept.effective_date = 50, day
    draft_store.save(TOURNESOLS_AUTH_ID, kept, DraftReason.CRM_UNREACHABLE)
    colleague = MeterDataUpdate.from_detail(detail)  # meanwhile: exclusive night, 80 A, from that day
    colleague.rate, colleague.amperage, colleague.effective_date = Rate.EXCLUSIF_NUIT, 80, day
    crm_client.update_meter_data(colleague.to_patch_body())

    result = checked(qtbot, crm_client, service_tasks, draft_store, GUIDE_EAN, ChangeKind.UPDATE,
                     emulator_today)
    assert result.verdict is Verdict.CHANGED and not result.errors
    [overwrites] = [i for i in result.issues if i.code is IssueCode.OVERWRITES_PERIOD]
    assert overwrites.params["period_is_future"] and overwrites.params["period"].start_date == day
    assert {c.field: (c.old, c.new) for c in result.changes} == {
        UpdateField.RATE: (Rate.EXCLUSIF_NUIT, detail.meter_data.rate), UpdateField.AMPERAGE: (80, 50)}
    assert not result.changes_nothing

    # the same draft one day later follows the colleague's period: its changes are counted from it too
    a_day_later = kept.model_copy(update={"effective_date": day + dt.timedelta(days=1)})
    draft_store.save(TOURNESOLS_AUTH_ID, a_day_later, DraftReason.CRM_UNREACHABLE)
    later = checked(qtbot, crm_client, service_tasks, draft_store, GUIDE_EAN, ChangeKind.UPDATE,
                    emulator_today)
    assert [i.code for i in later.issues] == [IssueCode.FOLLOWS_SCHEDULED_PERIOD]
    assert {c.field for c in later.changes} == {UpdateField.RATE, UpdateField.AMPERAGE}
