"""The CRM's calendar: Belgian local dates, as the real server splits periods by its local date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")

Clock = Callable[[], dt.date]
"""Answers the emulator's "today"; called once per request so a long-running demo follows midnight."""

ISO_DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def brussels_today() -> dt.date:
    return dt.datetime.now(BRUSSELS).date()


def fixed_clock(day: dt.date) -> Clock:
    return lambda: day


def parse_calendar_date(text: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` text as a date, or None when the pattern or the calendar rejects it (2026-11-31)."""
    if not ISO_DATE_PATTERN.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
