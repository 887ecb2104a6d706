"""Deactivating a meter: the day the form offers is one the CRM takes as it is, without changing a period
in place and without a refusal."""

from __future__ import annotations

import datetime as dt

from optimce_desktop.domain.deactivation import Deactivation, first_free_day
from optimce_desktop.domain.enums import ClientType, MeterStatus, Rate
from optimce_desktop.domain.models import MeterDetail, Period

TODAY = dt.date(2026, 12, 6)


def meter(*starts: dt.date) -> MeterDetail:
    """A meter whose periods start on ``starts`` (the last one open), split as the CRM splits them."""
    periods = []
    ordered = sorted(starts)
    for index, start in enumerate(ordered):
        end = ordered[index + 1] - dt.timedelta(days=1) if index + 1 < len(ordered) else None
        periods.append(Period(id=index + 1, status=MeterStatus.ACTIVE, rate=Rate.SIMPLE,
                              client_type=ClientType.RESIDENTIAL, start_date=start, end_date=end))
    current = [p for p in periods if p.start_date <= TODAY and (p.end_date is None or p.end_date >= TODAY)]
    past = [p for p in periods if p.end_date is not None and p.end_date < TODAY]
    return MeterDetail(EAN="541448700000030000", meter_data=current[0] if current else None,
                       meter_data_history=past, futur_meter_data=[p for p in periods if p.start_date > TODAY])


def offered(detail: MeterDetail) -> dt.date | None:
    day = first_free_day(detail, TODAY)
    if day is not None:  # the CRM takes it as it is: no refusal, no period changed in place
        assert Deactivation.of(detail, day).date_findings(TODAY) == []
    return day


def test_today_when_the_current_period_started_before() -> None:
    assert offered(meter(dt.date(2026, 1, 1))) == TODAY


def test_the_day_after_a_period_that_starts_today() -> None:
    assert offered(meter(dt.date(2026, 1, 1), TODAY)) == TODAY + dt.timedelta(days=1)


def test_the_day_after_the_start_of_a_scheduled_change() -> None:
    scheduled = TODAY + dt.timedelta(days=30)
    assert offered(meter(dt.date(2026, 1, 1), scheduled)) == scheduled + dt.timedelta(days=1)


def test_none_when_no_day_is_left_in_the_range_the_form_takes() -> None:
    assert offered(meter(dt.date(2026, 1, 1), dt.date(2099, 12, 31))) is None
