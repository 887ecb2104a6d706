"""The offline copy of the consumptions read: each meter's totals per Brussels day, with when they were read.

No Qt. Disk I/O: call from workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from optimce_desktop.cache.database import Database, transaction
from optimce_desktop.domain.consumption import DailyConsumption, days_between


@dataclass(frozen=True)
class SavedDays:
    """The saved days of a requested range, and the days of it that have none saved."""

    days: list[DailyConsumption]
    missing: list[dt.date]
    fetched_at: dt.datetime | None
    """When the oldest of these days was read (None when none was)."""


class SavedConsumptions:
    """The offline copy of the consumptions read: each meter's totals per Brussels day."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def save(self, community_id: str, ean: str, days: Sequence[DailyConsumption],
             fetched_at: dt.datetime | None = None) -> None:
        """Saves the days read (replacing an older reading of the same days)."""
        moment = (fetched_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
        rows = [(community_id, ean, day.day.isoformat(), day.consumed_net, day.consumed_shared,
                 day.injected_net, day.injected_shared, moment) for day in days]
        with self._database.connection() as conn, transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO cached_consumptions (community_id, ean, day, consumed_net,"
                " consumed_shared, injected_net, injected_shared, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows)

    def load(self, community_id: str, ean: str, start: dt.date, end: dt.date) -> SavedDays:
        with self._database.connection() as conn:
            rows = conn.execute(
                "SELECT day, consumed_net, consumed_shared, injected_net, injected_shared, fetched_at"
                " FROM cached_consumptions WHERE community_id = ? AND ean = ? AND day BETWEEN ? AND ?"
                " ORDER BY day", (community_id, ean, start.isoformat(), end.isoformat())).fetchall()
        days = [DailyConsumption(dt.date.fromisoformat(row[0]), *row[1:5]) for row in rows]
        saved = {day.day for day in days}
        missing = [day for day in days_between(start, end) if day not in saved]
        fetched = min((dt.datetime.fromisoformat(row[5]) for row in rows), default=None)
        return SavedDays(days, missing, fetched)
