"""A meter's consumption per day against the emulator: read from the CRM and saved; the saved days shown
when the CRM cannot be reached, with the days never read; a failure reported, never silent."""

from __future__ import annotations

import datetime as dt

import pytest

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.cache.database import Database
from optimce_desktop.domain.consumption import days_between
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID, WAITING_EAN
from optimce_desktop.services.connection import ConnectionMonitor, Reachability
from optimce_desktop.services.consumptions import ConsumptionService
from optimce_desktop.services.problems import ProblemKind


@pytest.fixture
def connection(qtbot, crm_client, service_tasks):
    monitor = ConnectionMonitor(crm_client, service_tasks, recheck_interval_ms=60_000)
    yield monitor
    monitor.stop()


@pytest.fixture
def saved(drafts_path) -> SavedConsumptions:
    return SavedConsumptions(Database(drafts_path))


@pytest.fixture
def consumptions(crm_client, service_tasks, saved, connection):
    return ConsumptionService(crm_client, service_tasks, lambda: TOURNESOLS_AUTH_ID, offline_copy=saved,
                              connection=connection)


def read(qtbot, service: ConsumptionService, start: dt.date, end: dt.date, ean: str = GUIDE_EAN):
    """What ``load`` ended with: ("loaded", reading) or ("failed", (ean, problem))."""
    outcome: list = []
    service.loaded.connect(lambda reading: outcome.append(("loaded", reading)))
    service.failed.connect(lambda *failure: outcome.append(("failed", failure)))
    service.load(ean, start, end)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome[0]


def test_a_week_is_read_from_the_crm_then_shown_offline_from_this_computer(
        qtbot, emulator, emulator_today, crm_client, consumptions, connection):
    start, end = emulator_today - dt.timedelta(days=7), emulator_today - dt.timedelta(days=1)
    raw = crm_client.consumptions(GUIDE_EAN, start, end)

    kind, online = read(qtbot, consumptions, start, end)

    assert kind == "loaded" and online.saved_at is None and online.missing == []
    assert [day.day for day in online.days] == days_between(start, end)
    assert sum(day.consumed for day in online.days) == pytest.approx(sum(raw.net) + sum(raw.shared))
    assert sum(day.injected for day in online.days) == pytest.approx(sum(raw.inj_net) + sum(raw.inj_shared))

    emulator.stop()
    kind, offline = read(qtbot, consumptions, start - dt.timedelta(days=2), end)

    assert kind == "loaded" and offline.saved_at is not None
    assert offline.days == online.days
    assert offline.missing == [start - dt.timedelta(days=2), start - dt.timedelta(days=1)]
    # the app knows it is offline (its banner, and rechecks that tell when the CRM is back)
    assert connection.state is Reachability.OFFLINE and connection.recheck_scheduled


def test_a_read_is_for_the_community_on_screen_whatever_the_client_was_switched_to(
        qtbot, emulator, emulator_today, crm_client, consumptions, saved):
    crm_client.community_id = None  # e.g. at start, before the communities answered
    start, end = emulator_today - dt.timedelta(days=2), emulator_today - dt.timedelta(days=1)

    kind, reading = read(qtbot, consumptions, start, end)

    assert kind == "loaded" and len(reading.days) == 2
    assert saved.load(TOURNESOLS_AUTH_ID, GUIDE_EAN, start, end).days == reading.days
    assert saved.load("", GUIDE_EAN, start, end).days == []


def test_offline_with_nothing_saved_says_so(qtbot, emulator, emulator_today, consumptions):
    emulator.stop()
    kind, (ean, problem) = read(qtbot, consumptions, emulator_today - dt.timedelta(days=3), emulator_today)
    assert kind == "failed" and ean == GUIDE_EAN and problem.kind is ProblemKind.OFFLINE


def test_a_crm_error_is_reported_and_not_replaced_by_older_figures(qtbot, emulator, emulator_today,
                                                                   consumptions):
    start, end = emulator_today - dt.timedelta(days=3), emulator_today - dt.timedelta(days=1)
    read(qtbot, consumptions, start, end)
    emulator.faults.add(path=f"/meters/{GUIDE_EAN}/consumptions", status=500)

    kind, (ean, problem) = read(qtbot, consumptions, start, end)

    assert kind == "failed" and problem.kind is ProblemKind.SERVER and problem.message


def test_a_range_answered_late_for_the_previous_meter_is_not_shown(qtbot, emulator, emulator_today,
                                                                    consumptions, service_tasks):
    emulator.faults.add(path=f"/meters/{WAITING_EAN}/consumptions", delay_before=0.5)
    answered: list[str] = []
    consumptions.loaded.connect(lambda reading: answered.append(reading.ean))
    consumptions.failed.connect(lambda ean, problem: answered.append(ean))
    today = emulator_today
    consumptions.load(WAITING_EAN, today - dt.timedelta(days=9), today - dt.timedelta(days=1))

    kind, latest = read(qtbot, consumptions, today - dt.timedelta(days=2), today - dt.timedelta(days=1))
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)  # the late answer came, and went

    assert kind == "loaded" and latest.ean == GUIDE_EAN and answered == [GUIDE_EAN]
    assert not consumptions.loading
