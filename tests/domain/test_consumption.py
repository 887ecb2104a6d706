"""Consumption per Belgian day: the CRM's UTC quarter hours summed per Brussels calendar day (the web app
shifted its days by one for Belgian users)."""

from __future__ import annotations

import datetime as dt

import pytest

from optimce_desktop.domain.consumption import DailyConsumption, brussels_day, daily_totals, days_between
from optimce_desktop.domain.models import ConsumptionSeries
from optimce_desktop.emulator.consumptions import quarter_hours
from tests.support.recordings import response_data


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(("instant", "day"), [
    ("2026-01-15T22:59:59", dt.date(2026, 1, 15)),
    ("2026-01-15T23:00:00", dt.date(2026, 1, 16)),  # midnight in Brussels in winter (UTC+1)
    ("2026-07-01T21:59:59", dt.date(2026, 7, 1)),
    ("2026-07-01T22:00:00", dt.date(2026, 7, 2)),  # midnight in summer (UTC+2)
])
def test_a_quarter_hour_belongs_to_its_brussels_day(instant, day):
    assert brussels_day(utc(instant)) == day


def test_the_recorded_series_of_the_real_crm_makes_one_belgian_day():
    series = ConsumptionSeries.model_validate(response_data("E1"))  # from 23:00 UTC on 26/11: the 27th

    totals = daily_totals(series.timestamps, series.net, series.shared, series.inj_net, series.inj_shared)

    assert totals == [DailyConsumption(dt.date(2026, 11, 27), consumed_net=1.12, consumed_shared=0.16,
                                       injected_net=0.0, injected_shared=0.0)]
    assert totals[0].consumed == pytest.approx(1.28)  # what the web app stacks: shared + net


@pytest.mark.parametrize("day", [dt.date(2026, 3, 29), dt.date(2026, 10, 25)],
                         ids=["92 quarters", "100 quarters"])
def test_daylight_saving_days_keep_all_their_quarter_hours(day):
    instants = quarter_hours(day)
    ones = [1.0] * len(instants)
    zeros = [0.0] * len(instants)

    totals = daily_totals(instants, ones, zeros, zeros, ones)

    assert [(t.day, t.consumed, t.injected) for t in totals] == [(day, len(instants), len(instants))]


def test_days_come_in_order_and_ranges_include_both_ends():
    later, earlier = utc("2026-11-20T12:00:00"), utc("2026-11-18T12:00:00")
    totals = daily_totals([later, earlier], [1.0, 2.0], [0.5, 0.0], [0.0, 0.0], [0.0, 0.0])
    assert [t.day for t in totals] == [dt.date(2026, 11, 18), dt.date(2026, 11, 20)]
    assert days_between(dt.date(2026, 11, 30), dt.date(2026, 12, 2)) == [
        dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2)]
