"""One change's way to the CRM, run on a worker thread (no Qt): kept on disk as a "sending" draft before
anything leaves, the meter read first (nothing is sent when it is no longer what the change was made
against, unless it already shows the change), the change sent once and never retried, the meter read again;
a lost answer settled by that re-read, never by sending again. ``ChangeSender`` runs it and keeps watching
what it could not settle.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from optimce_desktop.cache.drafts import Draft, DraftReason, DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError, write_outcome_unknown
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.meter_form import MeterModification
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, save_detail
from optimce_desktop.services.outcome_checks import read_meter
from optimce_desktop.services.problems import Problem, problem_from
from optimce_desktop.services.tasks import TaskContext

log = logging.getLogger(__name__)


class Sent(StrEnum):
    """What became of a change handed to the ``ChangeSender``: a ``Sending``'s outcome, as the meter actions
    (``WriteResult``) and the update form (``SubmitFailure``) are told it."""

    APPLIED = "applied"
    """The CRM applied the change; ``detail`` is the meter read after (None if that read failed)."""
    CHANGED = "changed"
    """The meter is no longer what the change was made against: nothing was sent; ``detail`` is the meter
    now (None: the CRM has no such meter)."""
    REJECTED = "rejected"
    """The CRM refused it: nothing changed. ``problem.field`` may name the request field."""
    NOT_SENT = "not_sent"
    """The CRM could not be reached: nothing was sent, the change is kept as a draft."""
    UNKNOWN = "unknown"
    """The change may have reached the CRM without an answer; it is kept as a draft and the meter is read
    again until it says (``ChangeSender.settled``)."""
    KEPT = "kept"
    """Offline: the change was kept as a draft without trying to send it."""
    UNCONFIRMED = "unconfirmed"
    """Told after ``UNKNOWN``, once the meter's re-reads ended without it showing the change: it may still
    have been applied (never a ``Sending``'s outcome: the ``ChangeSender`` tells it as a ``Settlement``)."""


@dataclass(frozen=True)
class Sending:
    """What became of one change handed to ``ChangeSender.submit``."""

    change: MeterChange
    community_id: str
    outcome: Sent
    detail: MeterDetail | None = None
    problem: Problem | None = None
    error: CrmError | None = None
    """The CRM's error, when it answered one (its code and the request field it names)."""
    draft: Draft | None = None
    """The draft kept on this computer (``NOT_SENT``, ``UNKNOWN``, ``KEPT``)."""
    draft_problem: Problem | None = None
    """Why no draft could be kept, when that failed."""

    @property
    def ean(self) -> str:
        return self.change.ean

    @property
    def kind(self) -> ChangeKind:
        return self.change.kind


def send_change(client: CrmClient, change: MeterChange, community_id: str) -> None:
    """The CRM request that makes ``change``, for the community it was made in."""
    if isinstance(change, MeterDataUpdate):
        client.update_meter_data(change.to_patch_body(), community_id=community_id)
    elif isinstance(change, NewMeter):
        client.create_meter(change.to_body(), community_id=community_id)
    elif isinstance(change, MeterModification):
        client.modify_meter(change.fields.to_body(), community_id=community_id)
    elif isinstance(change, Deactivation):
        if change.day is None:
            raise ValueError("the deactivation date is missing")
        client.deactivate_meter(change.ean, change.day, community_id=community_id)
    elif isinstance(change, ScheduledChangeCancel):
        client.delete_period(change.period.id, change.reopen_previous, community_id=community_id)
    else:
        raise TypeError(f"No request makes a {type(change).__name__}")


class Submission:
    """One change's way to the CRM, run on a worker thread."""

    def __init__(self, client: CrmClient, drafts: DraftStore, offline_copy: SavedMeters | None,
                 community_id: str, change: MeterChange) -> None:
        self.client, self.drafts, self.community_id = client, drafts, community_id
        self.offline_copy = offline_copy
        self.change, self.ean, self.kind = change, change.ean, change.kind
        self.sent = False
        self.draft_changed = False
        """The change's draft on disk is not the one it had before (kept, or deleted once applied)."""
        self._previous: Draft | None = None

    def run(self, context: TaskContext) -> Sending:
        self._keep_while_sending()
        try:
            before = read_meter(self.client, self.ean, self.community_id)
        except CrmError as exc:
            return self._not_sent(exc)
        if not self.change.is_unchanged_in(before):
            if self.change.is_applied_in(before):
                # An earlier attempt whose answer was lost did reach the CRM after all.
                return self._applied(before, "found applied before sending")
            self._restore_previous()
            return Sending(self.change, self.community_id, Sent.CHANGED, before)
        try:
            self.sent = True
            send_change(self.client, self.change, self.community_id)
        except CrmError as exc:
            if write_outcome_unknown(exc):
                return self._settle_unknown_outcome(exc)
            if exc.offline:
                return self._not_sent(exc)
            self._restore_previous()
            return self._failure(Sent.REJECTED, exc)
        try:
            after = read_meter(self.client, self.ean, self.community_id)
        except CrmError as exc:
            log.warning("Meter %s changed (%s), but its re-read failed: %s", self.ean, self.kind, exc)
            after = None
        return self._applied(after, "confirmed by the CRM")

    def unexpected(self, error: BaseException) -> Sending:
        """A failure nobody foresaw (a bug): the outcome is unknown once the request may have left. The
        "sending" draft stays on disk, to be settled at the next start."""
        log.error("Unexpected failure while sending a change (%s) of meter %s", self.kind, self.ean,
                  exc_info=error)
        outcome = Sent.UNKNOWN if self.sent else Sent.REJECTED
        return Sending(self.change, self.community_id, outcome, problem=problem_from(error))

    def _keep_while_sending(self) -> None:
        """The change on disk before anything leaves: killed from now on, the app finds it at its next
        start."""
        try:
            self._previous = self.drafts.get(self.community_id, self.ean, self.kind)
            self.drafts.save(self.community_id, self.change, DraftReason.SENDING)
        except STORAGE_ERRORS as exc:
            log.warning("The change (%s) of meter %s is sent without a copy on disk: %s", self.kind, self.ean,
                        exc)

    def _restore_previous(self) -> None:
        """Nothing was changed in the CRM: the change's draft is again what it was before sending."""
        previous = self._previous
        try:
            if previous is None:
                self.drafts.delete(self.community_id, self.ean, self.kind)
                return
            reason = previous.reason
            if reason is DraftReason.SENDING:
                reason = DraftReason.OUTCOME_UNKNOWN
            self.drafts.save(previous.community_id, previous.change, reason, saved_at=previous.saved_at)
        except STORAGE_ERRORS as exc:
            log.warning("The draft (%s) of meter %s could not be restored: %s", self.kind, self.ean, exc)

    def _settle_unknown_outcome(self, exc: CrmError) -> Sending:
        failure = self._with_draft(Sent.UNKNOWN, exc, DraftReason.OUTCOME_UNKNOWN)
        try:
            after = read_meter(self.client, self.ean, self.community_id)
        except CrmError as read_error:
            log.info("Meter %s could not be read to settle its change: %s", self.ean, read_error)
            return failure
        if self.change.is_applied_in(after):
            return self._applied(after, "no answer, but the re-read meter shows the change")
        return failure

    def _not_sent(self, exc: CrmError) -> Sending:
        if exc.offline:
            return self._with_draft(Sent.NOT_SENT, exc, DraftReason.CRM_UNREACHABLE)
        self._restore_previous()
        return self._failure(Sent.REJECTED, exc)

    def _failure(self, outcome: Sent, exc: CrmError) -> Sending:
        return Sending(self.change, self.community_id, outcome, problem=problem_from(exc), error=exc)

    def _with_draft(self, outcome: Sent, exc: CrmError, reason: DraftReason) -> Sending:
        try:
            draft = self.drafts.save(self.community_id, self.change, reason)
        except STORAGE_ERRORS as storage_error:
            return Sending(self.change, self.community_id, outcome, problem=problem_from(exc), error=exc,
                           draft_problem=problem_from(storage_error))
        self.draft_changed = True
        return Sending(self.change, self.community_id, outcome, problem=problem_from(exc), error=exc,
                       draft=draft)

    def _applied(self, detail: MeterDetail | None, how: str) -> Sending:
        # The offline copy shows the change at once: a start without the CRM shows the meter with it.
        save_detail(self.offline_copy, self.community_id, detail)
        try:
            self.draft_changed = self.drafts.delete(self.community_id, self.ean, self.kind)
        except STORAGE_ERRORS as exc:
            log.warning("The draft (%s) of meter %s could not be deleted: %s", self.kind, self.ean, exc)
        log.info("Meter %s, %s: applied (%s)", self.ean, self.kind, how)
        return Sending(self.change, self.community_id, Sent.APPLIED, detail)
