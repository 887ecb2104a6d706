"""Quarter-hour consumption and injection values, computed from the EAN instead of stored.

The same EAN and day always give the same values, so a date-filtered read agrees with a full read, and a
50,000-meter database does not carry millions of rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from optimce_desktop.emulator.clock import BRUSSELS

HISTORY_DAYS = 21
QUARTER_HOUR = dt.timedelta(minutes=15)
SERIES = ("gross", "net", "shared", "inj_gross", "inj_net", "inj_shared")


def available_days(today: dt.date, start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    """The Brussels days with data (the last three weeks, today excluded) within the inclusive bounds."""
    first = today - dt.timedelta(days=HISTORY_DAYS)
    last = today - dt.timedelta(days=1)
    if start is not None:
        first = max(first, start)
    if end is not None:
        last = min(last, end)
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def empty_series(ean: str) -> dict[str, Any]:
    return {"EAN": ean, "timestamps": [], **{name: [] for name in SERIES}}


def series(ean: str, days: list[dt.date]) -> dict[str, Any]:
    out = empty_series(ean)
    profile = _MeterProfile(ean)
    for day in days:
        for instant, values in profile.day(day):
            out["timestamps"].append(instant.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
            for name, value in zip(SERIES, values, strict=True):
                out[name].append(value)
    return out


def quarter_hours(day: dt.date) -> list[dt.datetime]:
    """The UTC starts of a Brussels day's quarter hours (92 or 100 on daylight-saving days)."""
    start = dt.datetime.combine(day, dt.time(), BRUSSELS).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), BRUSSELS).astimezone(dt.UTC)
    count = int((end - start) / QUARTER_HOUR)
    return [start + n * QUARTER_HOUR for n in range(count)]


class _MeterProfile:
    """A household or business load with, for some meters, solar panels; parameters drawn from the EAN."""

    def __init__(self, ean: str):
        rng = random.Random(f"profile:{ean}")
        self.ean = ean
        self.base_kw = rng.uniform(0.12, 0.6)
        self.peak_kw = rng.uniform(0.6, 2.5)
        self.solar_kwp = rng.choice((0.0, 0.0, rng.uniform(3.0, 10.0)))
        self.shared_ratio = rng.uniform(0.1, 0.35)

    def day(self, day: dt.date) -> list[tuple[dt.datetime, tuple[float, ...]]]:
        rng = random.Random(f"day:{self.ean}:{day.isoformat()}")
        sunshine = rng.uniform(0.15, 1.0)
        season = 0.35 + 0.65 * math.sin(math.pi * (day.timetuple().tm_yday - 80) / 365) ** 2
        rows = []
        for instant in quarter_hours(day):
            local = instant.astimezone(BRUSSELS)
            hour = local.hour + local.minute / 60
            load_kw = (
                self.base_kw
                + self.peak_kw * 0.6 * math.exp(-((hour - 7.5) ** 2) / 1.5)
                + self.peak_kw * math.exp(-((hour - 19.0) ** 2) / 3.0)
            )
            load_kw *= rng.uniform(0.8, 1.2)
            sun_kw = 0.0
            if self.solar_kwp and 7.0 < hour < 19.0:
                sun_kw = self.solar_kwp * sunshine * season * math.sin(math.pi * (hour - 7.0) / 12.0)
            consumption = max(load_kw - sun_kw, 0.0) / 4  # kWh in a quarter hour
            injection = max(sun_kw - load_kw, 0.0) / 4
            shared = consumption * self.shared_ratio
            inj_shared = injection * self.shared_ratio
            values = (
                consumption,
                consumption - shared,
                shared,
                injection,
                injection - inj_shared,
                inj_shared,
            )
            rows.append((instant, tuple(round(v, 4) for v in values)))
        return rows
