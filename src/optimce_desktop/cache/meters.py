"""The offline copy of a community's meters: its list, with the rows as the table shows them, and details.

A list is written as a new *generation* of rows beside the current one, and ``RefreshWriter.commit``
points the community at it in one transaction. A refresh that is cancelled, fails, or whose process is
killed therefore never leaves a half-written list: readers keep the previous generation, and the abandoned
rows are swept by the next refresh. Details read by a full refresh are staged the same way. The tables keep
their older names (``cached_meters``, ``cached_details``, ...; see the package's docstring).

No Qt. No pydantic at import time either: the first rows of a cold start are read as plain tuples, so that
they are painted before the domain models (a few tenths of a second of imports) are loaded. Disk I/O:
call these methods from worker tasks, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from optimce_desktop.cache.database import Database, transaction
from optimce_desktop.domain.meter_status import listed_period

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from optimce_desktop.domain.models import MeterDetail, MeterListItem


class SavedRow(NamedTuple):
    """A meter as the list shows it: the list's fields, and what its saved detail adds."""

    ean: str
    meter_number: str
    status: int
    start_date: dt.date | None
    address_line: str
    address_place: str
    holder: str | None
    sharing_operation: str | None
    details_known: bool


RowSignature = tuple[str, int, str | None, str, str]
"""What a list refresh can change in a row: meter number, status, start date, address lines."""


@dataclass(frozen=True)
class SavedList:
    """A community's list as the offline copy holds it (its rows: ``SavedMeters.iter_rows``)."""

    community_id: str
    fetched_at: dt.datetime
    """When the list was read from the CRM (UTC)."""
    meter_count: int
    details_complete_at: dt.datetime | None
    """When the last full refresh read every meter's detail, if one ever did."""


@dataclass(frozen=True)
class SavedDetail:
    """A meter's detail as the offline copy holds it, and when it was read from the CRM."""

    detail: MeterDetail
    fetched_at: dt.datetime


class RefreshAbandonedError(Exception):
    """A newer refresh of the same community swept this one's rows: it must not be committed."""


class SavedMeters:
    """The offline copy of the communities' meters: each community's list, its rows and details."""

    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def database(self) -> Database:
        return self._database

    # -- reading -------------------------------------------------------------------------------------

    def saved_list(self, community_id: str) -> SavedList | None:
        """The community's current list, or None if it was never saved."""
        with self._database.connection() as conn:
            row = conn.execute(
                "SELECT fetched_at, meter_count, details_complete_at FROM cached_lists"
                " WHERE community_id = ?",
                (community_id,),
            ).fetchone()
        if row is None:
            return None
        return SavedList(community_id, _time(row[0]), row[1], _time(row[2]) if row[2] else None)

    def iter_rows(
        self, community_id: str, chunk_size: int = 500, *, first_chunk: int | None = None
    ) -> Iterator[list[SavedRow]]:
        """The community's rows in list order, ``chunk_size`` at a time (``first_chunk`` for the first),
        all from one consistent read."""
        with self._database.connection() as conn:
            conn.execute("BEGIN")  # one read transaction: a refresh committing meanwhile is not half seen
            try:
                cursor = conn.execute(_ROWS_IN_ORDER, (community_id,))
                size = first_chunk or chunk_size
                while chunk := cursor.fetchmany(size):
                    yield [_saved_row(values) for values in chunk]
                    size = chunk_size
            finally:
                conn.execute("COMMIT")

    def row_signatures(self, community_id: str) -> dict[str, RowSignature]:
        """Each listed meter's list fields, to tell which ones a fresh list changed."""
        with self._database.connection() as conn:
            rows = conn.execute(
                "SELECT m.ean, m.meter_number, m.status, m.start_date, m.address_line, m.address_place"
                " FROM cached_lists l JOIN cached_meters m"
                " ON m.community_id = l.community_id AND m.generation = l.generation"
                " WHERE l.community_id = ?",
                (community_id,),
            ).fetchall()
        return {row[0]: row[1:] for row in rows}

    def fresh_detail_eans(self, community_id: str, since: dt.datetime, chunk_size: int = 2000) -> set[str]:
        """The meters whose saved detail was read at ``since`` or later (the detail sweep skips them). Read a
        chunk at a time: one call building every row would hold the interpreter's lock for tens of ms."""
        fresh: set[str] = set()
        with self._database.connection() as conn:
            cursor = conn.execute(
                "SELECT ean FROM cached_details WHERE community_id = ? AND fetched_at >= ?",
                (community_id, _text(since)),
            )
            while chunk := cursor.fetchmany(chunk_size):
                fresh.update(row[0] for row in chunk)
        return fresh

    def detail(self, community_id: str, ean: str) -> SavedDetail | None:
        with self._database.connection() as conn:
            row = conn.execute(
                "SELECT detail, fetched_at FROM cached_details WHERE community_id = ? AND ean = ?",
                (community_id, ean),
            ).fetchone()
        if row is None:
            return None
        return SavedDetail(_detail_adapter().validate_json(row[0]), _time(row[1]))

    # -- writing -------------------------------------------------------------------------------------

    def save_details(
        self, community_id: str, details: Sequence[MeterDetail], fetched_at: dt.datetime | None = None
    ) -> None:
        """Keeps details read one by one (a selection, the background fill); an older copy never replaces
        a newer one."""
        if not details:
            return
        moment = _text(fetched_at or _now())
        with self._database.connection() as conn, transaction(conn):
            conn.executemany(
                "INSERT INTO cached_details (community_id, ean, holder, sharing_operation, current_status,"
                " current_start, detail, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" + _KEEP_NEWER,
                [(community_id, *_detail_values(detail), moment) for detail in details],
            )
            # the list row shows the number and address the newest read gave (a modified meter)
            conn.executemany(
                "UPDATE cached_meters SET meter_number = ?, address_line = ?, address_place = ?"
                " WHERE community_id = ? AND ean = ?"
                " AND generation = (SELECT generation FROM cached_lists WHERE community_id = ?)"
                " AND EXISTS (SELECT 1 FROM cached_details"
                "             WHERE community_id = ? AND ean = ? AND fetched_at = ?)",
                [(detail.meter_number, detail.address.first_line, detail.address.second_line, community_id,
                  detail.EAN, community_id, community_id, detail.EAN, moment) for detail in details],
            )

    def add_listed(self, community_id: str, item: MeterListItem) -> bool:
        """Adds a meter just created to the community's saved list, at its end, until the next list read
        places it; False when the community has no saved list or already lists it."""
        with self._database.connection() as conn, transaction(conn):
            saved = conn.execute("SELECT generation FROM cached_lists WHERE community_id = ?",
                                 (community_id,)).fetchone()
            if saved is None:
                return False
            generation = saved[0]
            listed = conn.execute(
                "SELECT 1 FROM cached_meters WHERE community_id = ? AND generation = ? AND ean = ?",
                (community_id, generation, item.EAN)).fetchone()
            if listed is not None:
                return False
            position = conn.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM cached_meters"
                " WHERE community_id = ? AND generation = ?", (community_id, generation)).fetchone()[0]
            conn.execute(
                "INSERT INTO cached_meters (community_id, generation, ean, position, meter_number, status,"
                " start_date, address_line, address_place, item, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (community_id, generation, item.EAN, position, item.meter_number, int(item.status),
                 _text_date(item.start_date), item.address.first_line, item.address.second_line,
                 item.model_dump_json(), _text(_now())),
            )
            conn.execute("UPDATE cached_lists SET meter_count = meter_count + 1 WHERE community_id = ?",
                         (community_id,))
        return True

    def begin_refresh(self, community_id: str, *, with_details: bool) -> RefreshWriter:
        """Starts writing a new list (and, ``with_details``, every detail) of the community; sweeps what
        earlier refreshes that never committed left behind."""
        with self._database.connection() as conn, transaction(conn):
            current = conn.execute(
                "SELECT generation FROM cached_lists WHERE community_id = ?", (community_id,)).fetchone()
            keep = current[0] if current else -1
            conn.execute("DELETE FROM cached_meters WHERE community_id = ? AND generation <> ?",
                         (community_id, keep))
            conn.execute("DELETE FROM list_generations WHERE community_id = ?", (community_id,))
            conn.execute("DELETE FROM staged_details WHERE generation NOT IN"
                         " (SELECT generation FROM list_generations)")
            cursor = conn.execute("INSERT INTO list_generations (community_id, started_at) VALUES (?, ?)",
                                  (community_id, _text(_now())))
            generation = int(cursor.lastrowid or 0)
        return RefreshWriter(self._database, community_id, generation, with_details)

    def forget(self, community_ids: Iterable[str]) -> None:
        """Removes everything saved about these communities (drafts excepted)."""
        ids = [(community_id,) for community_id in community_ids]
        if not ids:
            return
        with self._database.connection() as conn, transaction(conn):
            for table in ("cached_lists", "cached_meters", "cached_details", "list_generations",
                          "cached_consumptions"):
                conn.executemany(f"DELETE FROM {table} WHERE community_id = ?", ids)


class RefreshWriter:
    """One refresh of a community's list; usable from any thread, one call at a time."""

    def __init__(self, database: Database, community_id: str, generation: int, with_details: bool) -> None:
        self._database = database
        self.community_id = community_id
        self.generation = generation
        self.with_details = with_details
        self._next_position = 0
        self.closed = False

    def add_items(self, items: Sequence[MeterListItem], fetched_at: dt.datetime | None = None) -> None:
        """Appends list items, in the CRM's order."""
        if not items:
            return
        moment = _text(fetched_at or _now())
        first = self._next_position
        self._next_position += len(items)
        values = [
            (self.community_id, self.generation, item.EAN, first + offset, item.meter_number,
             int(item.status), _text_date(item.start_date), item.address.first_line,
             item.address.second_line, item.model_dump_json(), moment)
            for offset, item in enumerate(items)
        ]
        with self._database.connection() as conn, transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO cached_meters (community_id, generation, ean, position, meter_number,"
                " status, start_date, address_line, address_place, item, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )

    def add_details(self, details: Sequence[MeterDetail], fetched_at: dt.datetime | None = None) -> None:
        if not self.with_details:
            raise RuntimeError("this refresh was started without details")
        if not details:
            return
        moment = _text(fetched_at or _now())
        with self._database.connection() as conn, transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO staged_details (generation, ean, holder, sharing_operation,"
                " current_status, current_start, detail, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.generation, *_detail_values(detail), moment) for detail in details],
            )

    def commit(self, fetched_at: dt.datetime | None = None) -> SavedList:
        """Makes the written list the community's list, in one transaction; drops the details of meters
        it no longer lists. Raises ``RefreshAbandonedError`` if a newer refresh swept this one."""
        moment = fetched_at or _now()
        community, generation = self.community_id, self.generation
        with self._database.connection() as conn, transaction(conn):
            if conn.execute("SELECT 1 FROM list_generations WHERE generation = ?",
                            (generation,)).fetchone() is None:
                raise RefreshAbandonedError(f"refresh {generation} of {community} was superseded")
            count = conn.execute(
                "SELECT COUNT(*) FROM cached_meters WHERE community_id = ? AND generation = ?",
                (community, generation),
            ).fetchone()[0]
            complete_at = _text(moment) if self.with_details else None
            conn.execute(
                "INSERT INTO cached_lists (community_id, generation, fetched_at, meter_count,"
                " details_complete_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (community_id) DO UPDATE SET generation = excluded.generation,"
                " fetched_at = excluded.fetched_at, meter_count = excluded.meter_count,"
                " details_complete_at = COALESCE(excluded.details_complete_at, details_complete_at)",
                (community, generation, _text(moment), count, complete_at),
            )
            conn.execute("DELETE FROM cached_meters WHERE community_id = ? AND generation <> ?",
                         (community, generation))
            conn.execute(
                "DELETE FROM cached_details WHERE community_id = ? AND ean NOT IN"
                " (SELECT ean FROM cached_meters WHERE community_id = ? AND generation = ?)",
                (community, community, generation),
            )
            if self.with_details:
                conn.execute(
                    "INSERT INTO cached_details (community_id, ean, holder, sharing_operation,"
                    " current_status, current_start, detail, fetched_at) SELECT ?, ean, holder,"
                    " sharing_operation, current_status, current_start, detail, fetched_at"
                    " FROM staged_details WHERE generation = ? AND ean IN (SELECT ean FROM cached_meters"
                    " WHERE community_id = ? AND generation = ?)" + _KEEP_NEWER,
                    (community, generation, community, generation),
                )
                conn.execute("DELETE FROM staged_details WHERE generation = ?", (generation,))
            conn.execute("DELETE FROM list_generations WHERE generation = ?", (generation,))
        self.closed = True
        return SavedList(community, moment.astimezone(dt.UTC), count,
                            moment.astimezone(dt.UTC) if self.with_details else None)

    def discard(self) -> None:
        """Forgets what this refresh wrote; the community keeps its list."""
        if self.closed:
            return
        with self._database.connection() as conn, transaction(conn):
            conn.execute("DELETE FROM cached_meters WHERE community_id = ? AND generation = ?",
                         (self.community_id, self.generation))
            conn.execute("DELETE FROM staged_details WHERE generation = ?", (self.generation,))
            conn.execute("DELETE FROM list_generations WHERE generation = ?", (self.generation,))
        self.closed = True


_ROWS_IN_ORDER = """
    SELECT m.ean, m.meter_number,
           COALESCE(d.current_status, m.status),
           CASE WHEN d.current_status IS NULL THEN m.start_date ELSE d.current_start END,
           m.address_line, m.address_place, d.holder, d.sharing_operation, d.ean IS NOT NULL
    FROM cached_lists l
    JOIN cached_meters m ON m.community_id = l.community_id AND m.generation = l.generation
    LEFT JOIN cached_details d ON d.community_id = m.community_id AND d.ean = m.ean
    WHERE l.community_id = ?
    ORDER BY m.position
"""

_KEEP_NEWER = (
    " ON CONFLICT (community_id, ean) DO UPDATE SET holder = excluded.holder,"
    " sharing_operation = excluded.sharing_operation, current_status = excluded.current_status,"
    " current_start = excluded.current_start, detail = excluded.detail, fetched_at = excluded.fetched_at"
    " WHERE excluded.fetched_at >= cached_details.fetched_at"
)


def _saved_row(values: tuple[Any, ...]) -> SavedRow:
    ean, number, status, start, line, place, holder, sharing, known = values
    return SavedRow(ean, number, status, dt.date.fromisoformat(start) if start else None, line, place,
                     holder, sharing, bool(known))


def _detail_values(detail: MeterDetail) -> tuple[Any, ...]:
    """The columns of a detail's row, as the list shows them (see ``MeterRow.absorb_detail``): the status and
    start of the period in effect, or of the first scheduled one for a meter not active yet (the list calls
    it inactive, without dates)."""
    current = detail.meter_data
    shown = listed_period(detail)
    return (
        detail.EAN,
        detail.holder.name if detail.holder else None,
        current.sharing_operation.name if current and current.sharing_operation else None,
        int(shown.status) if shown else None,
        _text_date(shown.start_date) if shown else None,
        detail.model_dump_json(),
    )


@functools.cache
def _detail_adapter() -> TypeAdapter[MeterDetail]:
    # Imported on first use, off the start-up path (see the module's docstring).
    from pydantic import TypeAdapter

    from optimce_desktop.domain.models import MeterDetail

    return TypeAdapter(MeterDetail)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _text_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


__all__ = [
    "RefreshAbandonedError",
    "RefreshWriter",
    "RowSignature",
    "SavedDetail",
    "SavedList",
    "SavedMeters",
    "SavedRow",
]
