"""The drafts that can still be read from a damaged local database, before it is set aside.

A damaged page stops a scan where it lies: the drafts are read in key order, then in reverse order, so that
those on either side of it are found. Each one is checked as the app would read it (a form it can offer);
the count the file gives, when it can still give one, tells how many could not be read.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pydantic

from optimce_desktop.cache.drafts import DraftReason
from optimce_desktop.domain.update import MeterDataUpdate

log = logging.getLogger(__name__)

DraftRow = tuple[str, str, str, str, str]
"""community_id, ean, reason, saved_at, payload: a row of the ``drafts`` table."""

_COLUMNS = "community_id, ean, reason, saved_at, payload"


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
        found: dict[tuple[str, str], tuple[object, ...]] = {}
        for order in ("ASC", "DESC"):
            try:
                for row in conn.execute(f"SELECT {_COLUMNS} FROM drafts"
                                        f" ORDER BY community_id {order}, ean {order}"):
                    found[(row[0], row[1])] = row
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


def _readable(row: tuple[object, ...]) -> bool:
    if not all(isinstance(value, str) for value in row):
        return False
    _, _, reason, saved_at, payload = row
    try:
        MeterDataUpdate.model_validate_json(str(payload))
        DraftReason(reason)
        dt.datetime.fromisoformat(str(saved_at))
    except (pydantic.ValidationError, ValueError):
        return False
    return True
