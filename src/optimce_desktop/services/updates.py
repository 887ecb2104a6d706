"""The update dialog's way to the CRM: a meter-data update sent through the ``ChangeSender``, which every
change to a meter takes (kept on disk while sending, sent once, an uncertain outcome settled by re-reading),
and its outcome told to the callback given to ``submit``. ``submit`` re-reads the meter first: if another
operator changed its timeline since the form opened, the update is not sent (``MeterChanged``) and the form
re-validates. While an uncertain outcome is not settled, the form stays an outcome-unknown draft, and
``watch_outcome`` says later what became of it. All disk I/O happens in the workers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from optimce_desktop.cache.drafts import Draft, DraftReason
from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate, TimelineDifference
from optimce_desktop.services.outcome_checks import SettledHow, Settlement
from optimce_desktop.services.problems import Problem, meter_gone, problem_from
from optimce_desktop.services.sending import ChangeSender, Sending, Sent
from optimce_desktop.services.tasks import TaskContext, TaskRunner

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate

__all__ = [
    "Applied",
    "Draft",
    "DraftReason",
    "KeptAsDraft",
    "MeterChanged",
    "OutcomeWatch",
    "Sent",
    "SettledHow",
    "Settlement",
    "SubmitFailure",
    "SubmitResult",
    "TimelineDifference",
    "UpdateService",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubmitFailure:
    outcome: Sent
    """``REJECTED`` (nothing was changed), ``NOT_SENT`` (the CRM could not be reached: nothing was sent, a
    draft was saved) or ``UNKNOWN`` (the request may have reached the CRM and the meter, read again, does not
    show it yet or could not be read: a draft was saved, and the meter is read again until it says)."""
    problem: Problem
    """What went wrong; ``problem.field`` names the form field when the CRM refused a value."""
    draft: Draft | None = None
    draft_problem: Problem | None = None
    """Why the draft could not be saved, when saving it failed."""

    @property
    def message(self) -> str:
        """The whole story for the user: what happened, what it means for the meter, what to do."""
        if self.outcome is Sent.REJECTED:
            return self.problem.message
        if self.outcome is Sent.NOT_SENT:
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
class Applied:
    """The CRM applied the update."""

    detail: MeterDetail | None
    """The meter read after it (None if that read failed: reload it)."""


@dataclass(frozen=True)
class KeptAsDraft:
    """Offline: the update was kept as a draft, to send from Pending changes."""

    draft: Draft


@dataclass(frozen=True)
class MeterChanged:
    """Another operator changed the meter's timeline since the form opened: nothing was sent."""

    detail: MeterDetail
    """The meter as it is now."""
    differences: list[TimelineDifference]


SubmitResult = Applied | KeptAsDraft | MeterChanged | SubmitFailure
"""What became of an update handed to ``UpdateService.submit``."""


@dataclass(eq=False)
class OutcomeWatch:
    """Tells ``on_settled`` what became of the meter's updates of unknown outcome, until cancelled."""

    ean: str
    on_settled: Callable[[Settlement], None]
    _watches: set[OutcomeWatch] = field(repr=False)

    def cancel(self) -> None:
        self._watches.discard(self)


class UpdateService(QObject):
    """The update dialog's way to the CRM and to its drafts. Signals and callbacks come on the GUI thread."""

    draftsChanged = Signal(str)
    """EAN whose draft was saved or deleted."""
    offlineChanged = Signal(bool)
    """Whether ``submit`` now saves drafts instead of sending."""

    def __init__(self, sender: ChangeSender, tasks: TaskRunner, parent: QObject | None = None) -> None:
        """``sender`` is the window's way to the CRM for every change to a meter (the meter actions' too)."""
        super().__init__(parent)
        self._tasks = tasks
        self._sender = sender
        self._drafts = sender.drafts
        self._watches: set[OutcomeWatch] = set()
        self._sender.settled.connect(self._settled)
        self._sender.draftsChanged.connect(self.draftsChanged)
        self._sender.offlineChanged.connect(self.offlineChanged)

    def is_submitting(self, ean: str) -> bool:
        return self._sender.is_busy(ean, ChangeKind.UPDATE)

    @property
    def works_offline(self) -> bool:
        """True when the CRM is known to be unreachable (or the user works offline): ``submit`` then keeps
        the update as a draft without trying to send it."""
        return self._sender.works_offline

    # -- submitting ----------------------------------------------------------------------------------

    def submit(self, update: MeterDataUpdate, on_sent: Callable[[SubmitResult], None]) -> None:
        """Sends ``update`` (valid, with an effective date, changing something in the meter's latest period);
        ``on_sent`` gets what became of it."""
        update.to_patch_body()  # a form that cannot be sent is refused before anything is kept
        if update.changes_nothing():
            raise ValueError("the update changes nothing: it would only repeat the meter's latest period")
        self._sender.submit(update, lambda sending: on_sent(_result_of(sending)))

    # -- updates of unknown outcome ------------------------------------------------------------------

    def note_detail(self, detail: MeterDetail) -> None:
        """The meter was read (selected, refreshed): settles its unconfirmed changes if it shows them."""
        self._sender.note_detail(detail)

    def check_unsettled(self) -> None:
        """Reads again the meters of the active community's drafts of unknown outcome, those left by an app
        that stopped while sending included, and tells what became of them (``watch_outcome`` for the
        updates, the sender's ``settled`` for every change)."""
        self._sender.check_unsettled()

    @property
    def checking_unsettled(self) -> bool:
        """``check_unsettled`` is reading meters now."""
        return self._sender.checking_unsettled

    def awaits_outcome(self, ean: str) -> bool:
        """An update of the meter is not confirmed: the meter is read again to settle it."""
        return self._sender.awaits_outcome(ean, ChangeKind.UPDATE)

    def watch_outcome(self, ean: str, on_settled: Callable[[Settlement], None]) -> OutcomeWatch:
        """Calls ``on_settled`` with what became of each update of the meter whose outcome was not known
        (sent without an answer, or by an app that stopped), until the returned watch is cancelled."""
        watch = OutcomeWatch(ean, on_settled, self._watches)
        self._watches.add(watch)
        return watch

    def shutdown(self) -> None:
        """Stops the scheduled re-reads (the app closes)."""
        self._sender.shutdown()

    def _settled(self, ean: str, settlement: Settlement) -> None:
        if settlement.kind is ChangeKind.UPDATE:
            for watch in [watch for watch in self._watches if watch.ean == ean]:
                watch.on_settled(settlement)

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
        community_id = self._sender.community_id()
        drafts = self._drafts

        def work(context: TaskContext) -> Draft | None:
            draft = drafts.get(community_id, ean)
            if draft is not None and draft.update.is_applied_in(current):
                drafts.delete(community_id, ean)
                log.info("Dropped the draft of meter %s: the CRM already shows its change", ean)
                return None
            return draft

        self._tasks.run(work, on_success=on_result,
                        on_error=lambda error: self._draft_io_failed(error, on_result))

    def list_drafts(self, on_result: Callable[[list[Draft]], None]) -> None:
        community_id = self._sender.community_id()
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
        community_id = self._sender.community_id()
        drafts, kept = self._drafts, update.model_copy(deep=True)
        if reason is DraftReason.SENDING:
            reason = DraftReason.OUTCOME_UNKNOWN  # kept from the form: it is not being sent any more
        self._tasks.run(
            lambda context: drafts.save(community_id, kept, reason),
            on_success=lambda draft: self._draft_written(update.ean, None, on_done),
            on_error=lambda error: self._draft_written(update.ean, problem_from(error), on_done),
        )

    def discard_draft(self, ean: str, on_done: Callable[[Problem | None], None] | None = None, *,
                      kind: ChangeKind = ChangeKind.UPDATE) -> None:
        """Deletes the meter's draft of that kind (an update's by default)."""
        community_id = self._sender.community_id()
        drafts = self._drafts
        self._tasks.run(
            lambda context: drafts.delete(community_id, ean, kind),
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


def _result_of(sending: Sending) -> SubmitResult:
    match sending.outcome:
        case Sent.APPLIED:
            return Applied(sending.detail)
        case Sent.KEPT:
            assert sending.draft is not None
            return KeptAsDraft(sending.draft)
        case Sent.CHANGED if sending.detail is not None:
            assert isinstance(sending.change, MeterDataUpdate)
            return MeterChanged(sending.detail, sending.change.meter_changes(sending.detail))
        case Sent.CHANGED:  # the CRM no longer has the meter
            return SubmitFailure(Sent.REJECTED, meter_gone())
        case _:
            assert sending.problem is not None
            return SubmitFailure(sending.outcome, sending.problem, sending.draft, sending.draft_problem)
