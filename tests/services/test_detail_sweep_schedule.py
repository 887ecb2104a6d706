"""The detail sweep's scheduling on its own, with a clock the test moves: rows on screen first, then the rest
in order, never faster than the set rate; its pace from the settings; its plan from the offline copy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.emulator import TOURNESOLS_AUTH_ID
from optimce_desktop.services.detail_sweep import (
    SETTINGS_MAX_AGE_DAYS,
    SETTINGS_REQUESTS_PER_S,
    SweepPace,
    SweepSchedule,
    pace_from_settings,
    plan_sweep,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run_for(schedule: SweepSchedule, clock: FakeClock, seconds: float,
            step: float = 0.01) -> list[tuple[float, str]]:
    """Takes every meter the schedule lets go during ``seconds``, checking every ``step``: (when, EAN)."""
    taken = []
    end = clock.now + seconds
    while clock.now < end:
        while (ean := schedule.take()) is not None:
            taken.append((clock.now, ean))
        clock.now += step
    return taken


def eans(count: int, prefix: str = "54") -> list[str]:
    return [f"{prefix}{i:016d}" for i in range(count)]


def test_the_rest_goes_in_order_at_the_set_rate():
    clock = FakeClock()
    schedule = SweepSchedule(5.0, burst=50, clock=clock)
    planned = eans(1000)
    schedule.plan(planned)

    taken = run_for(schedule, clock, 60)

    assert [ean for _, ean in taken] == planned[:len(taken)]
    assert 299 <= len(taken) <= 301  # 5 a second for 60 s
    gaps = [later - earlier for (earlier, _), (later, _) in zip(taken, taken[1:], strict=False)]
    assert min(gaps) >= 0.2 - 1e-9


def test_rows_on_screen_go_first_and_at_once():
    clock = FakeClock()
    schedule = SweepSchedule(5.0, burst=50, clock=clock)
    schedule.plan(eans(1000))
    schedule.take()  # the sweep had started
    on_screen = eans(30, prefix="99")

    schedule.put_first(on_screen)
    taken = run_for(schedule, clock, 0.05)

    assert [ean for _, ean in taken] == on_screen  # all 30 now, before the rest goes on


def test_no_window_ever_sees_more_than_the_burst_plus_the_rate():
    clock = FakeClock()
    rate, burst = 5.0, 50
    schedule = SweepSchedule(rate, burst=burst, clock=clock)
    schedule.plan(eans(5000))
    started = clock.now
    taken = []
    for second in range(120):  # the operator scrolls to a new screen every 10 s
        if second % 10 == 0:
            schedule.put_first(eans(40, prefix=f"7{second:03d}"))
        taken += run_for(schedule, clock, 1.0)

    moments = [when for when, _ in taken]
    for window in (1.0, 10.0, 60.0):
        busiest = max(sum(1 for m in moments if start <= m < start + window) for start in moments)
        assert busiest <= burst + rate * window + 1
    assert len(taken) <= burst + rate * (clock.now - started) + 1


def test_meters_already_asked_are_not_asked_again_unless_out_of_date():
    clock = FakeClock()
    schedule = SweepSchedule(100.0, clock=clock)
    first, second, third = eans(3)
    schedule.put_first([first, second])
    assert [ean for _, ean in run_for(schedule, clock, 0.1)] == [first, second]

    schedule.plan([first, second, third], again=[second])  # the list says second changed

    assert [ean for _, ean in run_for(schedule, clock, 1.0)] == [second, third]


def test_a_meter_read_another_way_is_not_asked_for():
    clock = FakeClock()
    schedule = SweepSchedule(100.0, clock=clock)
    planned = eans(3)
    schedule.plan(planned)
    schedule.forget([planned[1]])  # the operator selected it

    assert [ean for _, ean in run_for(schedule, clock, 1.0)] == [planned[0], planned[2]]


def test_the_pace_comes_from_the_settings_within_bounds(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert pace_from_settings(settings) == SweepPace(5.0, dt.timedelta(days=7))

    settings.setValue(SETTINGS_REQUESTS_PER_S, "2.5")
    settings.setValue(SETTINGS_MAX_AGE_DAYS, 1)
    assert pace_from_settings(settings) == SweepPace(2.5, dt.timedelta(days=1))

    settings.setValue(SETTINGS_REQUESTS_PER_S, "10000")
    settings.setValue(SETTINGS_MAX_AGE_DAYS, "soon")
    assert pace_from_settings(settings) == SweepPace(100.0, dt.timedelta(days=7))


def test_the_plan_skips_fresh_details_and_keeps_stale_missing_and_changed_ones(tmp_path, crm_client):
    offline_copy = SavedMeters(Database(tmp_path / "local.sqlite3"))
    listed = [item.EAN for page in crm_client.iter_meter_pages(page_size=500) for item in page.items][:8]
    details = {ean: crm_client.meter_detail(ean) for ean in listed[:6]}
    now = dt.datetime.now(dt.UTC)
    recent, old = now - dt.timedelta(hours=1), now - dt.timedelta(days=8)
    offline_copy.save_details(TOURNESOLS_AUTH_ID, [details[e] for e in listed[:4]], fetched_at=recent)
    offline_copy.save_details(TOURNESOLS_AUTH_ID, [details[e] for e in listed[4:6]], fetched_at=old)

    plan = plan_sweep(offline_copy, TOURNESOLS_AUTH_ID, listed, {listed[0]}, dt.timedelta(days=7))

    # fresh: 1, 2, 3; changed in the list: 0; stale: 4, 5; never read: 6, 7
    assert plan.to_read == [listed[0], *listed[4:]]
    assert plan.total == 8 and plan.waiting == set(plan.to_read)
