"""A meter's consumption and injection per Brussels calendar day, from the CRM's quarter-hour series.

The CRM's timestamps are UTC; a day is a Belgian day (the web app shifted its days by one for Belgian
users: a quarter hour from 23:00 UTC in winter belongs to the next Brussels day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class DailyConsumption:
    """One day's totals in kWh. Consumption is what the meter took (``consumed_shared`` from the energy
    community, ``consumed_net`` from the grid); injection is what it gave (``injected_shared`` to the
    community, ``injected_net`` to the grid)."""

    day: dt.date
    consumed_net: float
    consumed_shared: float
    injected_net: float
    injected_shared: float

    @property
    def consumed(self) -> float:
        return self.consumed_net + self.consumed_shared

    @property
    def injected(self) -> float:
        return self.injected_net + self.injected_shared


def brussels_day(instant: dt.datetime) -> dt.date:
    """The Belgian calendar day of a UTC (or aware) instant."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(BRUSSELS).date()


def daily_totals(
    timestamps: Iterable[dt.datetime],
    net: Iterable[float],
    shared: Iterable[float],
    inj_net: Iterable[float],
    inj_shared: Iterable[float],
) -> list[DailyConsumption]:
    """Sums parallel quarter-hour series (as the CRM sends them) per Brussels day, in day order."""
    sums: dict[dt.date, list[float]] = {}
    for instant, *values in zip(timestamps, net, shared, inj_net, inj_shared, strict=True):
        totals = sums.setdefault(brussels_day(instant), [0.0, 0.0, 0.0, 0.0])
        for index, value in enumerate(values):
            totals[index] += value
    return [DailyConsumption(day, *(round(value, 6) for value in totals))
            for day, totals in sorted(sums.items())]


def days_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """The days from ``start`` to ``end``, both included."""
    return [start + dt.timedelta(days=offset) for offset in range((end - start).days + 1)]
