"""The drafts that can still be read from a damaged local database, before it is set aside.

A damaged page stops a scan where it lies: the drafts are read in key order, then in reverse order, so that
those on either side of it are found. Each one is checked as the app would read it (a form it can offer);
the count the file gives, when it can still give one, tells how many could not be read.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from optimce_desktop.cache.drafts import draft_from_row

log = logging.getLogger(__name__)

DraftRow = tuple[str, str, str, str, str, str]
"""community_id, ean, kind, reason, saved_at, payload: a row of the ``drafts`` table."""


@dataclass(frozen=True)
class Salvage:
    rows: list[DraftRow]
    """The drafts that read as forms the app can offer again."""
    unreadable: int | None
    """How many more the file held; None when it is too damaged to say."""


def read_drafts(path: Path) -> Salvage:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        log.warning("No draft can be read from %s: %s", path, exc)
        return Salvage([], None)
    with closing(conn):
        found: dict[tuple[object, ...], tuple[object, ...]] = {}
        kind = _kind_column(conn)
        for order in ("ASC", "DESC"):
            try:
                for row in conn.execute(f"SELECT community_id, ean, {kind}, reason, saved_at, payload"
                                        f" FROM drafts ORDER BY community_id {order}, ean {order},"
                                        f" {kind} {order}"):
                    found[row[:3]] = row
            except sqlite3.Error as exc:
                log.warning("Reading the drafts of %s in %s order stopped: %s", path, order, exc)
        total = _count(conn)
    rows = [row for row in found.values() if _readable(row)]
    unreadable = None if total is None else max(total - len(rows), 0)
    return Salvage(rows, unreadable)  # type: ignore[arg-type]  # _readable checked each column


def _count(conn: sqlite3.Connection) -> int | None:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "drafts" not in tables:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])
    except sqlite3.Error:
        return None


def _kind_column(conn: sqlite3.Connection) -> str:
    """The column that says which kind of change a draft is; files of the app's first versions, whose drafts
    were all updates, have none."""
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(drafts)")}
    except sqlite3.Error:
        columns = set()
    return "kind" if "kind" in columns else "'update'"


def _readable(row: tuple[object, ...]) -> bool:
    if not all(isinstance(value, str) for value in row):
        return False
    community_id, _, kind, reason, saved_at, payload = (str(value) for value in row)
    return draft_from_row(community_id, kind, reason, saved_at, payload) is not None
