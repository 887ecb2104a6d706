"""Settling changes whose outcome is not known yet, by reading the meter again (never by sending again).

A change (an update, a new meter, a modified meter, a deactivation, a cancelled scheduled change) may have
reached the CRM without any answer saying so: its answer was lost, a proxy answered an error page, or the
app stopped while sending it. It is then a draft on disk (``SENDING`` or ``OUTCOME_UNKNOWN``), and the meter
is read again, by one schedule for every kind of change:

- on a short schedule after the lost answer (``RECHECK_DELAYS_S``, on worker threads);
- whenever the meter is read anyway (``note_detail``);
- whenever the community's list is read (``check_drafts``): this is also how, at a start, the drafts of
  changes that were being sent when the app stopped are settled.

Each change says itself whether the meter shows it (``is_applied_in``, in ``domain/``). Each outcome is
emitted once, as a ``Settlement`` that says in words what happened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError, NotFoundError
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.i18n import QT_TRANSLATE_NOOP
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.services.connection import ClientSource, client_of, community_of
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, read_and_save_meter
from optimce_desktop.services.tasks import Task, TaskContext, TaskRunner

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

RECHECK_DELAYS_S: tuple[float, ...] = (2.0, 4.0, 8.0, 16.0)
"""Seconds between the re-reads after a lost answer: four over the next half minute."""
UNSETTLED_REASONS = (DraftReason.SENDING, DraftReason.OUTCOME_UNKNOWN)

CHANGE_NAMES = {
    ChangeKind.UPDATE: QT_TRANSLATE_NOOP("OutcomeChecks", "Update data"),
    ChangeKind.ADD: QT_TRANSLATE_NOOP("OutcomeChecks", "Add a meter"),
    ChangeKind.MODIFY: QT_TRANSLATE_NOOP("OutcomeChecks", "Modify meter"),
    ChangeKind.DEACTIVATE: QT_TRANSLATE_NOOP("OutcomeChecks", "Deactivate meter"),
    ChangeKind.CANCEL_SCHEDULED: QT_TRANSLATE_NOOP("OutcomeChecks", "Cancel a scheduled change"),
}


def change_name(kind: ChangeKind) -> str:
    """The action that makes a change of this kind, as the Meter menu names it."""
    return translate("OutcomeChecks", CHANGE_NAMES[kind])


def read_meter(client: CrmClient, ean: str, community_id: str, *,
               save_to: SavedMeters | None = None) -> MeterDetail | None:
    """The meter as the CRM has it now, saved in ``save_to`` (the offline copy) when given; None when the CRM
    has no such meter."""
    try:
        return read_and_save_meter(client, save_to, community_id, ean)
    except NotFoundError:
        return None


class SettledHow(StrEnum):
    APPLIED = "applied"
    """The meter shows the change: its draft is deleted."""
    NOT_APPLIED = "not_applied"
    """Found at a start: the app stopped while sending it, and the meter does not show it."""
    STILL_UNCONFIRMED = "still_unconfirmed"
    """The scheduled re-reads ended without the meter showing it; it stays in Pending changes."""


@dataclass(frozen=True)
class Settlement:
    ean: str
    how: SettledHow
    detail: MeterDetail | None = None
    """The meter as read to settle it."""
    interrupted: bool = False
    """The app had stopped while sending the change (its draft was marked "sending")."""
    kind: ChangeKind = ChangeKind.UPDATE

    @property
    def applied(self) -> bool:
        return self.how is SettledHow.APPLIED

    @property
    def message(self) -> str:
        if self.kind is ChangeKind.UPDATE:
            return self._update_message()
        name = change_name(self.kind)
        if self.how is SettledHow.APPLIED and self.interrupted:
            return translate(
                "OutcomeChecks", "The change to meter {0} (“{1}”) that was being sent when the app stopped "
                "was applied by the CRM: there is nothing left to send.").format(self.ean, name)
        if self.how is SettledHow.APPLIED:
            return translate(
                "OutcomeChecks", "The CRM confirms the change to meter {0} (“{1}”): it was applied.").format(
                self.ean, name)
        if self.how is SettledHow.NOT_APPLIED:
            return translate(
                "OutcomeChecks", "The change to meter {0} (“{1}”) was being sent when the app stopped, and "
                "the CRM does not show it: it was not applied. It is kept in Pending changes, to check and "
                "send again.").format(self.ean, name)
        return translate(
            "OutcomeChecks", "The CRM still does not show the change to meter {0} (“{1}”). It is kept in "
            "Pending changes: check it there, and send it again if needed (it is checked against the meter "
            "first, so it is never made twice).").format(self.ean, name)

    def _update_message(self) -> str:
        if self.how is SettledHow.APPLIED and self.interrupted:
            return translate(
                "OutcomeChecks", "The update of meter {0} that was being sent when the app stopped was "
                "applied by the CRM: there is nothing left to send.").format(self.ean)
        if self.how is SettledHow.APPLIED:
            return translate(
                "OutcomeChecks", "The CRM confirms the update of meter {0}: it was applied.").format(self.ean)
        if self.how is SettledHow.NOT_APPLIED:
            return translate(
                "OutcomeChecks", "The update of meter {0} was being sent when the app stopped, and the CRM "
                "does not show it: it was not applied. It is kept in Pending changes, to check and send "
                "again.").format(self.ean)
        return translate(
            "OutcomeChecks", "The CRM still does not show the update of meter {0}. It is kept in Pending "
            "changes: check it there and send it again if needed (sending it again never creates a second "
            "period).").format(self.ean)


Key = tuple[str, ChangeKind]
"""A meter's EAN and a kind of change: one change of each kind per meter is settled at a time."""


@dataclass
class _Watch:
    """A change sent in this session whose outcome is not confirmed."""

    community_id: str
    change: MeterChange
    """The change as sent, with the meter it was made against."""
    delays: list[float]
    timer: QTimer | None = None
    task: Task[object] | None = None


@dataclass
class _DraftCheck:
    settled: list[Settlement] = field(default_factory=list)
    unsettled: list[tuple[str, MeterChange]] = field(default_factory=list)
    """(community, change) of the drafts the meter, read now, does not show."""


class OutcomeChecks(QObject):
    settled = Signal(str, Settlement)  # EAN, what became of its change

    def __init__(
        self, client: ClientSource, tasks: TaskRunner, drafts: DraftStore, offline_copy: SavedMeters | None,
        in_flight: Callable[[], set[Key]], parent: QObject | None = None, *,
        delays: Sequence[float] = RECHECK_DELAYS_S,
    ) -> None:
        super().__init__(parent)
        self._client_source = client
        self._tasks = tasks
        self._drafts = drafts
        self._offline_copy = offline_copy
        self._in_flight = in_flight
        self._delays = list(delays)
        self._watched: dict[Key, _Watch] = {}
        self._started_at = dt.datetime.now(dt.UTC)
        """A "sending" draft saved before this is one of an app that stopped; later, one being sent now."""
        self._draft_check: Task[_DraftCheck] | None = None
        self._check_again = False
        self._closed = False

    def is_watched(self, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> bool:
        return (ean, kind) in self._watched

    def set_delays(self, delays: Sequence[float]) -> None:
        """Seconds between the re-reads of a change whose answer was lost, from the next one on."""
        self._delays = list(delays)

    @property
    def checking_drafts(self) -> bool:
        return self._draft_check is not None

    # -- a change sent in this session ---------------------------------------------------------------

    def watch(self, community_id: str, change: MeterChange) -> None:
        """Reads the meter again on the schedule until it shows ``change``."""
        if self._closed:
            return
        key = (change.ean, change.kind)
        self._forget(key)
        watch = _Watch(community_id, change, list(self._delays))
        self._watched[key] = watch
        self._schedule(key, watch)

    def forget(self, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> None:
        """Stops checking (the change is being sent again, or was settled another way)."""
        self._forget((ean, kind))

    def note_detail(self, detail: MeterDetail) -> None:
        """The meter was read anyway: settles its watched changes that the detail shows."""
        if self._closed:
            return
        for key, watch in list(self._watched.items()):
            if key[0] == detail.EAN and watch.change.is_applied_in(detail):
                self._forget(key)
                self._settle_applied(watch, detail)

    def _settle_applied(self, watch: _Watch, detail: MeterDetail | None) -> None:
        change, community_id, drafts = watch.change, watch.community_id, self._drafts
        settlement = Settlement(change.ean, SettledHow.APPLIED, detail, kind=change.kind)
        self._tasks.run(
            lambda context: _delete_if_applied(drafts, community_id, change, detail),
            on_success=lambda deleted: self._emit(settlement),
            on_error=lambda error: self._emit(settlement),
        )

    def _schedule(self, key: Key, watch: _Watch) -> None:
        if not watch.delays:
            watch.timer = None
            self._emit(Settlement(key[0], SettledHow.STILL_UNCONFIRMED, kind=key[1]))
            return  # still watched: a later read of the meter may show it
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(int(watch.delays.pop(0) * 1000))
        timer.timeout.connect(lambda: self._check(key, watch))
        watch.timer = timer
        timer.start()

    def _check(self, key: Key, watch: _Watch) -> None:
        # No check that the watch is still the key's: ``_forget`` stops its timer and cancels its task.
        if watch.timer is not None:
            watch.timer.deleteLater()
            watch.timer = None
        source, offline_copy = self._client_source, self._offline_copy
        change, community_id = watch.change, watch.community_id

        def work(context: TaskContext) -> MeterDetail | None:
            return read_meter(client_of(source), change.ean, community_id, save_to=offline_copy)

        def done(detail: MeterDetail | None) -> None:
            watch.task = None
            if change.is_applied_in(detail):
                self._forget(key)
                self._settle_applied(watch, detail)
            else:
                self._schedule(key, watch)

        def failed(error: BaseException) -> None:
            log.info("Meter %s could not be read to settle its change (%s): %s", change.ean, change.kind,
                     error)
            watch.task = None
            self._schedule(key, watch)

        watch.task = self._tasks.run(work, on_success=done, on_error=failed)

    def _forget(self, key: Key) -> None:
        watch = self._watched.pop(key, None)
        if watch is None:
            return
        if watch.timer is not None:
            watch.timer.stop()
            watch.timer.deleteLater()
        if watch.task is not None:
            watch.task.cancel()

    # -- the drafts on disk --------------------------------------------------------------------------

    def check_drafts(self) -> None:
        """Reads again the meters of the active community's drafts of unknown outcome (those of a stopped
        app included) and settles what the CRM shows. One check at a time; a call meanwhile runs another."""
        if self._closed:
            return
        if self._draft_check is not None:
            self._check_again = True
            return
        source, drafts, offline_copy = self._client_source, self._drafts, self._offline_copy
        started_at = self._started_at
        busy = set(self._in_flight()) | {key for key, w in self._watched.items() if w.timer or w.task}

        def work(context: TaskContext) -> _DraftCheck:
            client = client_of(source)
            community_id = community_of(client)
            result = _DraftCheck()
            for draft in drafts.list(community_id):
                if draft.reason not in UNSETTLED_REASONS or (draft.ean, draft.kind) in busy:
                    continue
                if draft.reason is DraftReason.SENDING and draft.saved_at >= started_at:
                    continue  # being sent by this app right now
                context.raise_if_cancelled()
                try:
                    detail = read_meter(client, draft.ean, community_id, save_to=offline_copy)
                except CrmError as error:
                    log.info("Meter %s could not be read to settle its draft: %s", draft.ean, error)
                    if error.offline:
                        break
                    continue
                interrupted = draft.reason is DraftReason.SENDING
                if draft.change.is_applied_in(detail):
                    drafts.delete(community_id, draft.ean, draft.kind)
                    result.settled.append(Settlement(draft.ean, SettledHow.APPLIED, detail, interrupted,
                                                     draft.kind))
                    continue
                if interrupted:
                    drafts.save(community_id, draft.change, DraftReason.OUTCOME_UNKNOWN)
                    result.settled.append(Settlement(draft.ean, SettledHow.NOT_APPLIED, detail, True,
                                                     draft.kind))
                result.unsettled.append((community_id, draft.change))
            return result

        def done(result: _DraftCheck) -> None:
            self._draft_check = None
            for community_id, change in result.unsettled:
                key = (change.ean, change.kind)
                if key not in self._watched:  # kept to be settled when the meter is next read
                    self._watched[key] = _Watch(community_id, change, [])
            for settlement in result.settled:
                if settlement.applied:
                    self._forget((settlement.ean, settlement.kind))
                self._emit(settlement)
            if self._check_again:
                self._check_again = False
                self.check_drafts()

        def failed(error: BaseException) -> None:
            log.warning("The drafts of unknown outcome could not be checked: %s", error)
            done(_DraftCheck())

        self._draft_check = self._tasks.run(work, on_success=done, on_error=failed)

    # -- the end -------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stops every scheduled re-read; what runs now ends on its own timeout, its result dropped."""
        self._closed = True
        for key in list(self._watched):
            self._forget(key)
        if self._draft_check is not None:
            self._draft_check.cancel()
            self._draft_check = None

    def _emit(self, settlement: Settlement) -> None:
        if not self._closed:
            log.info("Meter %s, %s: settled, %s", settlement.ean, settlement.kind, settlement.how)
            self.settled.emit(settlement.ean, settlement)


def _delete_if_applied(drafts: DraftStore, community_id: str, change: MeterChange,
                       detail: MeterDetail | None) -> bool:
    """Deletes the change's draft if the CRM shows it applied (a draft edited since is kept)."""
    try:
        draft = drafts.get(community_id, change.ean, change.kind)
        if draft is not None and draft.change.is_applied_in(detail):
            return drafts.delete(community_id, change.ean, change.kind)
    except STORAGE_ERRORS as error:
        log.warning("The draft (%s) of meter %s could not be deleted: %s", change.kind, change.ean, error)
    return False
