"""Meter-data updates kept on disk when they could not be confirmed by the CRM, one per meter and community.

A draft is the whole form as the user left it, with the timeline it was validated against, so that it can
be offered again (and checked against the meter as it is then) after a restart of the app. Disk I/O: call
these methods from a worker task, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pydantic

from optimce_desktop.cache.database import Database, transaction
from optimce_desktop.domain.update import MeterDataUpdate

log = logging.getLogger(__name__)


class DraftReason(StrEnum):
    SENDING = "sending"
    """Kept before the update is sent, removed once the CRM answers: found at a start, the app stopped while
    sending it, and the request may have reached the CRM (re-read the meter to know)."""
    CRM_UNREACHABLE = "crm_unreachable"
    """The request certainly did not reach the CRM: nothing was changed there."""
    OUTCOME_UNKNOWN = "outcome_unknown"
    """The request may have reached the CRM, and the meter, read again since, does not show it (yet)."""
    KEPT_BY_USER = "kept_by_user"
    """The user closed the form and chose to keep it for later."""


@dataclass(frozen=True)
class Draft:
    community_id: str
    update: MeterDataUpdate
    reason: DraftReason
    saved_at: dt.datetime
    """When it was saved, timezone-aware (UTC)."""

    @property
    def ean(self) -> str:
        return self.update.ean


class DraftStore:
    def __init__(self, database: Database | Path) -> None:
        self._database = database if isinstance(database, Database) else Database(database)

    @property
    def database(self) -> Database:
        return self._database

    def save(
        self,
        community_id: str,
        update: MeterDataUpdate,
        reason: DraftReason,
        *,
        saved_at: dt.datetime | None = None,
    ) -> Draft:
        """Keeps ``update`` as the draft of its meter, replacing any earlier one."""
        moment = (saved_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        draft = Draft(community_id, update.model_copy(deep=True), DraftReason(reason), moment)
        with self._database.connection() as conn, transaction(conn):
            conn.execute(
                "INSERT OR REPLACE INTO drafts (community_id, ean, reason, saved_at, payload)"
                " VALUES (?, ?, ?, ?, ?)",
                (community_id, update.ean, draft.reason.value, moment.isoformat(), update.model_dump_json()),
            )
        return draft

    def get(self, community_id: str, ean: str) -> Draft | None:
        with self._database.connection() as conn:
            row = conn.execute(
                "SELECT community_id, reason, saved_at, payload FROM drafts"
                " WHERE community_id = ? AND ean = ?",
                (community_id, ean),
            ).fetchone()
        return _draft_from_row(row) if row else None

    def list(self, community_id: str) -> list[Draft]:
        """The community's readable drafts, the most recently saved first."""
        with self._database.connection() as conn:
            rows = conn.execute(
                "SELECT community_id, reason, saved_at, payload FROM drafts WHERE community_id = ?"
                " ORDER BY saved_at DESC, ean",
                (community_id,),
            ).fetchall()
        return [draft for draft in map(_draft_from_row, rows) if draft is not None]

    def delete(self, community_id: str, ean: str) -> bool:
        """Removes the meter's draft; False when there was none."""
        with self._database.connection() as conn, transaction(conn):
            cursor = conn.execute(
                "DELETE FROM drafts WHERE community_id = ? AND ean = ?", (community_id, ean))
        return cursor.rowcount > 0


def _draft_from_row(row: tuple[str, str, str, str]) -> Draft | None:
    community_id, reason, saved_at, payload = row
    try:
        update = MeterDataUpdate.model_validate_json(payload)
        draft_reason = DraftReason(reason)
        moment = dt.datetime.fromisoformat(saved_at)
    except (pydantic.ValidationError, ValueError) as exc:
        # Written by another version of the app: kept on disk, but not offered.
        log.warning("Ignoring an unreadable draft of community %s: %s", community_id, exc)
        return None
    # JSON has no date type: an effective date comes back as text; give the form its date again.
    if update.effective_day is not None:
        update.effective_date = update.effective_day
    return Draft(community_id, update, draft_reason, moment)
