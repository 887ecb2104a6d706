"""The one way a change to a meter goes to the CRM, whatever it is (an update, a new meter, a modified meter,
a deactivation, a cancelled scheduled change), so that it is applied once and never lost.

``ChangeSender`` runs each change's ``Submission`` on a worker (on disk while it is sent, sent once, the meter
read before and after), keeps the change as a draft without sending it while the CRM cannot be reached
(``KEPT``), and has ``OutcomeChecks`` settle, on one schedule for every kind of change, what may have reached
the CRM without an answer (``UNKNOWN``). Results come back on the GUI thread.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from optimce_desktop.cache.drafts import Draft, DraftReason, DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, community_of
from optimce_desktop.services.outcome_checks import RECHECK_DELAYS_S, OutcomeChecks, SettledHow, Settlement
from optimce_desktop.services.problems import Problem, ProblemKind, problem_from
from optimce_desktop.services.submission import Sending, Sent, Submission
from optimce_desktop.services.tasks import TaskRunner

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate
log = logging.getLogger(__name__)

__all__ = ["ChangeSender", "Sending", "Sent"]


class ChangeSender(QObject):
    """Sends changes and keeps their drafts; one per window, for every kind of change."""

    settled = Signal(str, Settlement)
    """EAN, what became of a change whose outcome was not known."""
    draftsChanged = Signal(str)
    """EAN whose drafts were saved or deleted."""
    offlineChanged = Signal(bool)
    """Whether ``submit`` now keeps changes as drafts instead of sending them."""

    def __init__(self, client: ClientSource, tasks: TaskRunner, drafts: DraftStore,
                 parent: QObject | None = None, *, connection: ConnectionMonitor | None = None,
                 offline_copy: SavedMeters | None = None,
                 check_delays: Sequence[float] = RECHECK_DELAYS_S) -> None:
        """``offline_copy`` is where the meters read are saved (by default, in the drafts'
        database); ``check_delays`` the seconds between re-reads of an unconfirmed change."""
        super().__init__(parent)
        self._client_source = client
        self._tasks = tasks
        self._drafts = drafts
        self._offline_copy = offline_copy if offline_copy is not None else SavedMeters(drafts.database)
        self._connection = connection
        self._in_flight: set[tuple[str, ChangeKind]] = set()
        self._checks = OutcomeChecks(client, tasks, drafts, self._offline_copy, lambda: self._in_flight, self,
                                     delays=check_delays)
        self._checks.settled.connect(self._settled)
        if connection is not None:
            connection.stateChanged.connect(self._connection_changed)

    @property
    def drafts(self) -> DraftStore:
        return self._drafts

    @property
    def works_offline(self) -> bool:
        """True when the CRM is known to be unreachable (or the user works offline): ``submit`` then keeps
        the change as a draft without trying to send it."""
        return self._connection is not None and self._connection.is_offline

    def community_id(self) -> str:
        return community_of(self._client_source)

    def is_busy(self, ean: str, kind: ChangeKind) -> bool:
        """A change of this kind to the meter is being sent (or kept) now."""
        return (ean, kind) in self._in_flight

    def awaits_outcome(self, ean: str, kind: ChangeKind) -> bool:
        """A change of this kind to the meter is not confirmed: the meter is read again to settle it."""
        return self._checks.is_watched(ean, kind)

    def set_check_delays(self, delays: Sequence[float]) -> None:
        self._checks.set_delays(delays)

    # -- sending -------------------------------------------------------------------------------------

    def submit(self, change: MeterChange, on_result: Callable[[Sending], None], *,
               community_id: str | None = None) -> None:
        """Sends ``change`` (or, offline, keeps it as a draft) for ``community_id`` (default: the active
        community); ``on_result`` gets what became of it, on the GUI thread."""
        key = (change.ean, change.kind)
        if key in self._in_flight:
            raise RuntimeError(f"A change ({change.kind}) of meter {change.ean} is already being sent")
        community = community_id if community_id is not None else self.community_id()
        kept = copy.deepcopy(change)
        self._in_flight.add(key)
        if self.works_offline:
            self._keep(kept, community, on_result)
            return
        job = Submission(client_of(self._client_source), self._drafts, self._offline_copy, community, kept)
        self._checks.forget(*key)  # this submission settles it now
        self._tasks.run(
            job.run,
            on_success=lambda result: self._deliver(result, job.draft_changed, on_result),
            on_error=lambda error: self._deliver(job.unexpected(error), job.draft_changed, on_result))

    def _keep(self, change: MeterChange, community_id: str, on_result: Callable[[Sending], None]) -> None:
        drafts = self._drafts

        def kept(draft: Draft) -> None:
            self._deliver(Sending(change, community_id, Sent.KEPT, draft=draft), True, on_result)

        def not_kept(error: BaseException) -> None:
            offline = Problem(translate("UpdateService", "The CRM cannot be reached."), None,
                              ProblemKind.OFFLINE)
            self._deliver(Sending(change, community_id, Sent.NOT_SENT, problem=offline,
                                  draft_problem=problem_from(error)), False, on_result)

        # "the CRM could not be reached" is said only when it could not: working offline is a choice
        chosen = self._connection is not None and not self._connection.allows_requests
        reason = DraftReason.KEPT_BY_USER if chosen else DraftReason.CRM_UNREACHABLE
        self._tasks.run(lambda context: drafts.save(community_id, change, reason),
                        on_success=kept, on_error=not_kept)

    def _deliver(self, result: Sending, drafts_changed: bool, on_result: Callable[[Sending], None]) -> None:
        self._in_flight.discard((result.ean, result.kind))
        if result.outcome is Sent.UNKNOWN:
            self._checks.watch(result.community_id, result.change)
        if result.problem is not None:
            log.warning("Meter %s, %s: %s (%s)", result.ean, result.kind, result.outcome,
                        result.problem.technical)
        if drafts_changed:
            self.draftsChanged.emit(result.ean)
        on_result(result)

    # -- changes of unknown outcome ------------------------------------------------------------------

    def note_detail(self, detail: MeterDetail) -> None:
        """The meter was read (selected, refreshed): settles its unconfirmed changes if it shows them."""
        self._checks.note_detail(detail)

    def check_unsettled(self) -> None:
        """Reads again the meters of the active community's drafts of unknown outcome, those left by an app
        that stopped while sending included, and tells (``settled``) what became of them."""
        if not self.works_offline:
            self._checks.check_drafts()

    @property
    def checking_unsettled(self) -> bool:
        return self._checks.checking_drafts

    def shutdown(self) -> None:
        """Stops the scheduled re-reads (the app closes)."""
        self._checks.shutdown()

    def _connection_changed(self, state: object) -> None:
        self.offlineChanged.emit(self.works_offline)

    def _settled(self, ean: str, settlement: Settlement) -> None:
        if (ean, settlement.kind) in self._in_flight:
            return  # sent again meanwhile: that submission tells the outcome
        self.settled.emit(ean, settlement)
        if settlement.how is not SettledHow.STILL_UNCONFIRMED:
            self.draftsChanged.emit(ean)
