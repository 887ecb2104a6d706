"""Changes to meters kept on disk while the CRM has not confirmed them: one per community, meter and kind of
change (an update, a new meter, a modified meter, a deactivation, a cancelled scheduled change).

A draft is the whole change as the user left it, with the meter it was made against, so that it can be
offered again (and checked against the meter as it is then) after a restart of the app. A new meter is kept
under the EAN it will have. Disk I/O: call these methods from a worker task, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pydantic

from optimce_desktop.cache.database import Database, transaction
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.meter_form import MeterModification
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import MeterDataUpdate

log = logging.getLogger(__name__)

_FORMATS: dict[ChangeKind, pydantic.TypeAdapter[Any]] = {
    kind: pydantic.TypeAdapter(change_type)
    for kind, change_type in ((ChangeKind.UPDATE, MeterDataUpdate), (ChangeKind.ADD, NewMeter),
                              (ChangeKind.MODIFY, MeterModification), (ChangeKind.DEACTIVATE, Deactivation),
                              (ChangeKind.CANCEL_SCHEDULED, ScheduledChangeCancel))
}
"""How each kind of change is written as JSON, and read back."""


class DraftReason(StrEnum):
    SENDING = "sending"
    """Kept before the change is sent, removed once the CRM answers: found at a start, the app stopped while
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
    change: MeterChange
    reason: DraftReason
    saved_at: dt.datetime
    """When it was saved, timezone-aware (UTC)."""

    @property
    def kind(self) -> ChangeKind:
        return self.change.kind

    @property
    def ean(self) -> str:
        return self.change.ean

    @property
    def update(self) -> MeterDataUpdate:
        """The form of an update's draft."""
        if not isinstance(self.change, MeterDataUpdate):
            raise TypeError(f"The draft of meter {self.ean} is a {self.kind}, not an update")
        return self.change


def new_draft(community_id: str, change: MeterChange, reason: DraftReason,
              saved_at: dt.datetime | None = None) -> Draft:
    """A draft of ``change``, saved now unless ``saved_at`` says when; it holds a copy of the change."""
    moment = (saved_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return Draft(community_id, _copy(change), DraftReason(reason), moment)


class DraftStore:
    def __init__(self, database: Database | Path) -> None:
        self._database = database if isinstance(database, Database) else Database(database)

    @property
    def database(self) -> Database:
        return self._database

    def save(
        self,
        community_id: str,
        change: MeterChange,
        reason: DraftReason,
        *,
        saved_at: dt.datetime | None = None,
    ) -> Draft:
        """Keeps ``change`` as the draft of its meter and kind, replacing any earlier one."""
        draft = new_draft(community_id, change, reason, saved_at)
        with self._database.connection() as conn, transaction(conn):
            conn.execute(
                "INSERT OR REPLACE INTO drafts (community_id, ean, kind, reason, saved_at, payload)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (community_id, draft.ean, draft.kind.value, draft.reason.value, draft.saved_at.isoformat(),
                 payload_of(draft.change)),
            )
        return draft

    def get(self, community_id: str, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> Draft | None:
        with self._database.connection() as conn:
            row = conn.execute(
                "SELECT community_id, kind, reason, saved_at, payload FROM drafts"
                " WHERE community_id = ? AND ean = ? AND kind = ?",
                (community_id, ean, kind.value),
            ).fetchone()
        return draft_from_row(*row) if row else None

    def list(self, community_id: str) -> list[Draft]:
        """The community's readable drafts, the most recently saved first."""
        with self._database.connection() as conn:
            rows = conn.execute(
                "SELECT community_id, kind, reason, saved_at, payload FROM drafts WHERE community_id = ?"
                " ORDER BY saved_at DESC, ean, kind",
                (community_id,),
            ).fetchall()
        return [draft for draft in (draft_from_row(*row) for row in rows) if draft is not None]

    def delete(self, community_id: str, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> bool:
        """Removes the meter's draft of that kind; False when there was none."""
        with self._database.connection() as conn, transaction(conn):
            cursor = conn.execute(
                "DELETE FROM drafts WHERE community_id = ? AND ean = ? AND kind = ?",
                (community_id, ean, kind.value))
        return cursor.rowcount > 0


def payload_of(change: MeterChange) -> str:
    return _FORMATS[change.kind].dump_json(change).decode()


def draft_from_row(community_id: str, kind: str, reason: str, saved_at: str, payload: str) -> Draft | None:
    """The draft a row of the ``drafts`` table holds; None when this version of the app cannot read it."""
    try:
        change_kind = ChangeKind(kind)
        change = _FORMATS[change_kind].validate_json(payload)
        draft_reason = DraftReason(reason)
        moment = dt.datetime.fromisoformat(saved_at)
    except (pydantic.ValidationError, ValueError) as exc:
        # Written by another version of the app: kept on disk, but not offered.
        log.warning("Ignoring an unreadable draft of community %s: %s", community_id, exc)
        return None
    return Draft(community_id, _with_dates(change), draft_reason, moment)


def _copy(change: MeterChange) -> MeterChange:
    if isinstance(change, MeterDataUpdate):
        return change.model_copy(deep=True)
    if isinstance(change, NewMeter):
        return NewMeter(change.fields, change.period.model_copy(deep=True))
    return change  # frozen, of frozen parts


def _with_dates(change: MeterChange) -> MeterChange:
    """JSON has no date type: an effective date may come back as text; gives the form its date again."""
    form = change.period if isinstance(change, NewMeter) else change
    if isinstance(form, MeterDataUpdate) and form.effective_day is not None:
        form.effective_date = form.effective_day
    return change
