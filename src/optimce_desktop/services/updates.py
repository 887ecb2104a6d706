"""Sends a meter-data update to the CRM from a worker, so that it is applied once and never lost.

The form is kept on disk as a "sending" draft before anything leaves (a crash or a kill then leaves it
there, to be settled at the next start), and removed once the CRM answers. ``submit`` re-reads the meter
first: if another operator changed its timeline since the form opened, the update is not sent and
``timelineChanged`` lets the form re-validate. Otherwise the full body is PATCHed once (never retried) and
the meter re-read for ``acknowledged``. When the request may have reached the CRM without an answer saying
so, the meter is re-read to learn whether the CRM applied it, never by sending it again; while it does not
show it, the outcome is "not confirmed yet", the form stays an outcome-unknown draft, and ``OutcomeChecks``
reads the meter again until it can say (``outcomeSettled``). All disk I/O happens in the workers.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from optimce_desktop.cache.database import DatabaseError
from optimce_desktop.cache.drafts import Draft, DraftReason, DraftStore
from optimce_desktop.cache.meters import MeterCache
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError, write_outcome_unknown
from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.domain.update import (
    MeterDataUpdate,
    find_applied_period,
    is_already_applied,
    newly_applied,
    timeline_differences,
)
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.outcome_checks import RECHECK_DELAYS_S, OutcomeChecks, SettledHow, Settlement
from optimce_desktop.services.problems import Problem, ProblemKind, problem_from
from optimce_desktop.services.tasks import TaskContext, TaskRunner

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate

__all__ = [
    "Draft",
    "DraftReason",
    "SettledHow",
    "Settlement",
    "SubmitFailure",
    "SubmitOutcome",
    "TimelineDifference",
    "UpdateService",
    "find_applied_period",
    "is_already_applied",
]

log = logging.getLogger(__name__)

ClientSource = CrmClient | Callable[[], CrmClient]
TimelineDifference = tuple[Period | None, Period | None]
_STORAGE_ERRORS = (DatabaseError, sqlite3.Error, OSError)


class SubmitOutcome(StrEnum):
    REJECTED = "rejected"
    """The CRM answered with an error: nothing was changed."""
    NOT_SENT = "not_sent"
    """The CRM could not be reached: nothing was sent. A draft was saved."""
    UNKNOWN = "unknown"
    """The request may have reached the CRM, and the meter, read again, does not show it (yet) or could not
    be read. A draft was saved, and the meter is read again until the outcome is known."""


@dataclass(frozen=True)
class SubmitFailure:
    outcome: SubmitOutcome
    problem: Problem
    """What went wrong; ``problem.field`` names the form field when the CRM refused a value."""
    draft: Draft | None = None
    draft_problem: Problem | None = None
    """Why the draft could not be saved, when saving it failed."""

    @property
    def message(self) -> str:
        """The whole story for the user: what happened, what it means for the meter, what to do."""
        if self.outcome is SubmitOutcome.REJECTED:
            return self.problem.message
        if self.outcome is SubmitOutcome.NOT_SENT:
            text = translate(
                "UpdateService", "{0} Nothing was sent: the meter is unchanged.").format(self.problem.message)
        else:
            # Never "not applied": the CRM may apply a request it received after its answer was lost.
            text = translate(
                "UpdateService", "{0} The CRM has not confirmed the update yet: it may have been applied. "
                "The app reads the meter again over the next half minute and tells you what happened. "
                "Sending it again is safe: it never creates a second period.").format(self.problem.message)
        if self.draft is not None:
            text += " " + translate("UpdateService", "Your form is kept as a draft on this computer.")
        elif self.draft_problem is not None:
            text += " " + translate(
                "UpdateService", "It could not be kept as a draft: {0}").format(self.draft_problem.message)
        return text


@dataclass(frozen=True)
class _Acknowledged:
    detail: MeterDetail | None
    how: str
    draft_deleted: bool = False


@dataclass(frozen=True)
class _TimelineChanged:
    detail: MeterDetail
    differences: list[TimelineDifference]


_Result = _Acknowledged | _TimelineChanged | SubmitFailure


class UpdateService(QObject):
    """The update dialog's way to the CRM and to its drafts. Signals arrive on the GUI thread."""

    acknowledged = Signal(str, object)
    """EAN, the fresh ``MeterDetail`` (None if the CRM took the update but its re-read failed: reload)."""
    timelineChanged = Signal(str, object, object)
    """EAN, the fresh ``MeterDetail``, the ``list[TimelineDifference]``: nothing was sent."""
    failed = Signal(str, object)
    """EAN, a ``SubmitFailure``."""
    draftsChanged = Signal(str)
    """EAN whose draft was saved or deleted."""
    savedAsDraft = Signal(str, object)
    """EAN, the ``Draft``: offline, ``submit`` kept the update as a draft, to send from Pending changes."""
    offlineChanged = Signal(bool)
    """Whether ``submit`` now saves drafts instead of sending."""
    outcomeSettled = Signal(str, object)
    """EAN, a ``Settlement``: what became of an update whose outcome was not known."""

    def __init__(
        self, client: ClientSource, tasks: TaskRunner, drafts: DraftStore, parent: QObject | None = None,
        *, connection: ConnectionMonitor | None = None, cache: MeterCache | None = None,
        check_delays: tuple[float, ...] = RECHECK_DELAYS_S,
    ) -> None:
        """``cache`` is the offline copy an acknowledged update's meter is saved to (by default, the one in
        the drafts' database); ``check_delays`` the seconds between re-reads of an unconfirmed update."""
        super().__init__(parent)
        self._client_source = client
        self._tasks = tasks
        self._drafts = drafts
        self._cache = cache if cache is not None else MeterCache(drafts.database)
        self._in_flight: set[str] = set()
        self._connection = connection
        if connection is not None:
            connection.stateChanged.connect(self._connection_changed)
        self._checks = OutcomeChecks(client, tasks, drafts, self._cache, lambda: self._in_flight, self,
                                     delays=check_delays)
        self._checks.settled.connect(self._settled)

    def is_submitting(self, ean: str) -> bool:
        return ean in self._in_flight

    @property
    def works_offline(self) -> bool:
        """True when the CRM is known to be unreachable (or the user works offline): ``submit`` then keeps
        the update as a draft without trying to send it."""
        return self._connection is not None and self._connection.is_offline

    # -- submitting ----------------------------------------------------------------------------------

    def submit(self, update: MeterDataUpdate) -> None:
        """Sends ``update`` (valid, with an effective date); exactly one of the signals follows."""
        ean = update.ean
        if ean in self._in_flight:
            raise RuntimeError(f"An update of meter {ean} is already being sent")
        if self.works_offline:
            self._keep_offline(update)
            return
        body = update.to_patch_body()
        client = self._client()
        job = _Submission(client, self._drafts, self._cache, _community_of(client),
                          update.model_copy(deep=True), body)
        self._in_flight.add(ean)
        self._checks.forget(ean)  # this submission settles it now
        self._tasks.run(
            job.run,
            on_success=lambda result: self._deliver(ean, result, job),
            on_error=lambda error: self._deliver(ean, job.unexpected(error), job),
        )

    # -- updates of unknown outcome ------------------------------------------------------------------

    def note_detail(self, detail: MeterDetail) -> None:
        """The meter was read (selected, refreshed): settles its unconfirmed update if it shows it."""
        self._checks.note_detail(detail)

    def check_unsettled(self) -> None:
        """Reads again the meters of the active community's drafts of unknown outcome, those left by an app
        that stopped while sending included, and tells (``outcomeSettled``) what became of them."""
        if not self.works_offline:
            self._checks.check_drafts()

    @property
    def checking_unsettled(self) -> bool:
        """``check_unsettled`` is reading meters now."""
        return self._checks.checking_drafts

    def awaits_outcome(self, ean: str) -> bool:
        """An update of the meter is not confirmed: the meter is read again to settle it."""
        return self._checks.is_watched(ean)

    def shutdown(self) -> None:
        """Stops the scheduled re-reads (the app closes)."""
        self._checks.shutdown()

    def _settled(self, ean: str, settlement: Settlement) -> None:
        if ean in self._in_flight:
            return  # sent again meanwhile: that submission tells the outcome
        self.outcomeSettled.emit(ean, settlement)
        if settlement.how is not SettledHow.STILL_UNCONFIRMED:
            self.draftsChanged.emit(ean)

    def _connection_changed(self, state: object) -> None:
        self.offlineChanged.emit(self.works_offline)

    def _keep_offline(self, update: MeterDataUpdate) -> None:
        ean, community_id = update.ean, _community_of(self._client())
        drafts, kept = self._drafts, update.model_copy(deep=True)
        self._in_flight.add(ean)

        def saved(draft: Draft) -> None:
            self._in_flight.discard(ean)
            self.draftsChanged.emit(ean)
            self.savedAsDraft.emit(ean, draft)

        def not_saved(error: BaseException) -> None:
            offline = Problem(translate("UpdateService", "The CRM cannot be reached."), None,
                              ProblemKind.OFFLINE)
            failure = SubmitFailure(SubmitOutcome.NOT_SENT, offline, draft_problem=problem_from(error))
            self._deliver(ean, failure)

        self._tasks.run(lambda context: drafts.save(community_id, kept, DraftReason.CRM_UNREACHABLE),
                        on_success=saved, on_error=not_saved)

    def _deliver(self, ean: str, result: _Result, job: _Submission | None = None) -> None:
        self._in_flight.discard(ean)
        if isinstance(result, _Acknowledged):
            log.info("Update of meter %s acknowledged (%s)", ean, result.how)
            self.acknowledged.emit(ean, result.detail)
            if result.draft_deleted:
                self.draftsChanged.emit(ean)
        elif isinstance(result, _TimelineChanged):
            if job is not None and job.draft_changed:
                self.draftsChanged.emit(ean)
            self.timelineChanged.emit(ean, result.detail, result.differences)
        else:
            log.warning("Update of meter %s failed (%s): %s", ean, result.outcome, result.problem.technical)
            if job is not None and result.outcome is SubmitOutcome.UNKNOWN:
                self._checks.watch(job.community_id, job.update)
            if result.draft is not None or (job is not None and job.draft_changed):
                self.draftsChanged.emit(ean)
            self.failed.emit(ean, result)

    # -- drafts --------------------------------------------------------------------------------------

    def find_draft(
        self,
        ean: str,
        on_result: Callable[[Draft | None], None],
        *,
        current: MeterDetail | None = None,
    ) -> None:
        """Looks for the meter's draft on a worker. Given the meter as it is now (``current``), a draft
        whose change the CRM already shows is deleted and not offered. A disk failure reads as no draft."""
        community_id = _community_of(self._client())
        drafts = self._drafts

        def work(context: TaskContext) -> Draft | None:
            draft = drafts.get(community_id, ean)
            if draft is not None and current is not None and is_already_applied(draft.update, current):
                drafts.delete(community_id, ean)
                log.info("Dropped the draft of meter %s: the CRM already shows its change", ean)
                return None
            return draft

        self._tasks.run(work, on_success=on_result,
                        on_error=lambda error: self._draft_io_failed(error, on_result))

    def list_drafts(self, on_result: Callable[[list[Draft]], None]) -> None:
        community_id = _community_of(self._client())
        drafts = self._drafts
        self._tasks.run(lambda context: drafts.list(community_id), on_success=on_result,
                        on_error=lambda error: self._draft_io_failed(error, on_result, []))

    def save_draft(
        self,
        update: MeterDataUpdate,
        on_done: Callable[[Problem | None], None] | None = None,
        *,
        reason: DraftReason = DraftReason.KEPT_BY_USER,
    ) -> None:
        """Keeps the form for later at the user's request; ``reason`` keeps what an earlier draft of it
        said (an update whose outcome is unknown stays so)."""
        community_id = _community_of(self._client())
        drafts, kept = self._drafts, update.model_copy(deep=True)
        if reason is DraftReason.SENDING:
            reason = DraftReason.OUTCOME_UNKNOWN  # kept from the form: it is not being sent any more
        self._tasks.run(
            lambda context: drafts.save(community_id, kept, reason),
            on_success=lambda draft: self._draft_written(update.ean, None, on_done),
            on_error=lambda error: self._draft_written(update.ean, problem_from(error), on_done),
        )

    def discard_draft(self, ean: str, on_done: Callable[[Problem | None], None] | None = None) -> None:
        community_id = _community_of(self._client())
        drafts = self._drafts
        self._tasks.run(
            lambda context: drafts.delete(community_id, ean),
            on_success=lambda deleted: self._draft_written(ean, None, on_done),
            on_error=lambda error: self._draft_written(ean, problem_from(error), on_done),
        )

    def _draft_written(
        self, ean: str, problem: Problem | None, on_done: Callable[[Problem | None], None] | None
    ) -> None:
        if problem is None:
            self.draftsChanged.emit(ean)
        else:
            log.warning("Draft of meter %s not written: %s", ean, problem.technical)
        if on_done is not None:
            on_done(problem)

    @staticmethod
    def _draft_io_failed(error: BaseException, on_result: Callable[[Any], None], empty: Any = None) -> None:
        log.warning("Drafts could not be read: %s", problem_from(error).technical)
        on_result(empty)

    def _client(self) -> CrmClient:
        source = self._client_source
        return source() if callable(source) else source


class _Submission:
    """One submission's work, run on a worker thread."""

    def __init__(
        self, client: CrmClient, drafts: DraftStore, cache: MeterCache | None, community_id: str,
        update: MeterDataUpdate, body: dict[str, Any],
    ) -> None:
        self.client, self.drafts, self.cache, self.community_id = client, drafts, cache, community_id
        self.update, self.body, self.ean = update, body, update.ean
        self.sent = False
        self.draft_changed = False
        """The meter's draft on disk is not the one it had before (a failure kept the form)."""
        self._previous: Draft | None = None

    def run(self, context: TaskContext) -> _Result:
        self._keep_while_sending()
        try:
            before = self.client.meter_detail(self.ean, community_id=self.community_id)
        except CrmError as exc:
            return self._not_sent(exc)
        differences = timeline_differences(self.update.timeline, before.timeline)
        if differences:
            if newly_applied(self.body, before, self.update.timeline):
                # An earlier attempt whose answer was lost did reach the CRM after all.
                return self._acknowledged(before, "found applied before sending")
            self._restore_previous()
            return _TimelineChanged(before, differences)
        try:
            self.sent = True
            self.client.update_meter_data(self.body, community_id=self.community_id)
        except CrmError as exc:
            if write_outcome_unknown(exc):
                return self._settle_unknown_outcome(exc, before)
            if exc.offline:
                return self._not_sent(exc)
            self._restore_previous()
            return SubmitFailure(SubmitOutcome.REJECTED, problem_from(exc))
        try:
            after: MeterDetail | None = self.client.meter_detail(self.ean, community_id=self.community_id)
        except CrmError as exc:
            log.warning("Meter %s updated, but its re-read failed: %s", self.ean, exc)
            after = None
        return self._acknowledged(after, "confirmed by the CRM")

    def unexpected(self, error: BaseException) -> SubmitFailure:
        """A failure nobody foresaw (a bug): the outcome is unknown once the request may have left. The
        "sending" draft stays on disk, to be settled at the next start."""
        log.error("Unexpected failure while sending the update of meter %s", self.ean, exc_info=error)
        outcome = SubmitOutcome.UNKNOWN if self.sent else SubmitOutcome.REJECTED
        return SubmitFailure(outcome, problem_from(error))

    def _keep_while_sending(self) -> None:
        """The form on disk before anything leaves: killed from now on, the app finds it at its next start."""
        try:
            self._previous = self.drafts.get(self.community_id, self.ean)
            self.drafts.save(self.community_id, self.update, DraftReason.SENDING)
        except _STORAGE_ERRORS as exc:
            log.warning("The update of meter %s is sent without a copy on disk: %s", self.ean, exc)

    def _restore_previous(self) -> None:
        """Nothing was changed in the CRM: the meter's draft is again what it was before sending."""
        previous = self._previous
        try:
            if previous is None:
                self.drafts.delete(self.community_id, self.ean)
                return
            reason = previous.reason
            if reason is DraftReason.SENDING:
                reason = DraftReason.OUTCOME_UNKNOWN
            self.drafts.save(previous.community_id, previous.update, reason, saved_at=previous.saved_at)
        except _STORAGE_ERRORS as exc:
            log.warning("The draft of meter %s could not be restored: %s", self.ean, exc)

    def _settle_unknown_outcome(self, exc: CrmError, before: MeterDetail) -> _Result:
        failure = self._with_draft(SubmitOutcome.UNKNOWN, exc, DraftReason.OUTCOME_UNKNOWN)
        try:
            after = self.client.meter_detail(self.ean, community_id=self.community_id)
        except CrmError as read_error:
            log.info("Meter %s could not be read to settle its update: %s", self.ean, read_error)
            return failure
        if newly_applied(self.body, after, before.timeline):
            return self._acknowledged(after, "no answer, but the re-read meter shows the change")
        return failure

    def _not_sent(self, exc: CrmError) -> SubmitFailure:
        if exc.offline:
            return self._with_draft(SubmitOutcome.NOT_SENT, exc, DraftReason.CRM_UNREACHABLE)
        self._restore_previous()
        return SubmitFailure(SubmitOutcome.REJECTED, problem_from(exc))

    def _with_draft(self, outcome: SubmitOutcome, exc: CrmError, reason: DraftReason) -> SubmitFailure:
        try:
            draft = self.drafts.save(self.community_id, self.update, reason)
        except _STORAGE_ERRORS as storage_error:
            return SubmitFailure(outcome, problem_from(exc), draft_problem=problem_from(storage_error))
        self.draft_changed = True
        return SubmitFailure(outcome, problem_from(exc), draft=draft)

    def _acknowledged(self, detail: MeterDetail | None, how: str) -> _Acknowledged:
        if detail is not None and self.cache is not None:
            # The offline copy shows the update at once: a start without the CRM pre-fills the form with it.
            try:
                self.cache.save_details(self.community_id, [detail])
            except _STORAGE_ERRORS as exc:
                log.warning("The updated meter %s could not be saved on this computer: %s", self.ean, exc)
        try:
            deleted = self.drafts.delete(self.community_id, self.ean)
        except _STORAGE_ERRORS as exc:
            log.warning("The draft of meter %s could not be deleted: %s", self.ean, exc)
            deleted = False
        return _Acknowledged(detail, how, deleted)


def _community_of(client: CrmClient) -> str:
    return client.community_id or ""
