"""Settling updates whose outcome is not known yet, by reading the meter again (never by sending again).

An update may have reached the CRM without any answer saying so: its answer was lost, a proxy answered an
error page, or the app stopped while sending it. Its form is then a draft on disk (``SENDING`` or
``OUTCOME_UNKNOWN``), and the meter is read again:

- on a short schedule after the lost answer (``RECHECK_DELAYS_S``, on worker threads);
- whenever the meter is read anyway (``note_detail``);
- whenever the community's list is read (``check_drafts``): this is also how, at a start, the drafts of
  updates that were being sent when the app stopped are settled.

The rules that decide live in ``domain/update.py`` (``is_already_applied``). Each outcome is emitted once, as
a ``Settlement`` that says in words what happened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.meters import MeterCache
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate, is_already_applied
from optimce_desktop.services.connection import client_of
from optimce_desktop.services.saved_copy import STORAGE_ERRORS, save_details
from optimce_desktop.services.tasks import Task, TaskContext, TaskRunner

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

RECHECK_DELAYS_S: tuple[float, ...] = (2.0, 4.0, 8.0, 16.0)
"""Seconds between the re-reads after a lost answer: four over the next half minute."""
UNSETTLED_REASONS = (DraftReason.SENDING, DraftReason.OUTCOME_UNKNOWN)


class SettledHow(StrEnum):
    APPLIED = "applied"
    """The meter shows the update: its draft is deleted."""
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
    """The app had stopped while sending the update (its draft was marked "sending")."""

    @property
    def applied(self) -> bool:
        return self.how is SettledHow.APPLIED

    @property
    def message(self) -> str:
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


@dataclass
class _Watch:
    """An update sent in this session whose outcome is not confirmed."""

    community_id: str
    update: MeterDataUpdate
    """The form as sent, with the timeline read just before sending."""
    delays: list[float]
    timer: QTimer | None = None
    task: Task[object] | None = None


@dataclass
class _DraftCheck:
    settled: list[Settlement] = field(default_factory=list)
    unsettled: list[tuple[str, MeterDataUpdate]] = field(default_factory=list)
    """(community, form) of the drafts the meter, read now, does not show."""


ClientSource = CrmClient | Callable[[], CrmClient]


class OutcomeChecks(QObject):
    settled = Signal(str, object)
    """EAN, a ``Settlement``."""

    def __init__(
        self, client: ClientSource, tasks: TaskRunner, drafts: DraftStore, cache: MeterCache | None,
        in_flight: Callable[[], set[str]], parent: QObject | None = None, *,
        delays: Sequence[float] = RECHECK_DELAYS_S,
    ) -> None:
        super().__init__(parent)
        self._client_source = client
        self._tasks = tasks
        self._drafts = drafts
        self._cache = cache
        self._in_flight = in_flight
        self._delays = list(delays)
        self._watched: dict[str, _Watch] = {}
        self._started_at = dt.datetime.now(dt.UTC)
        """A "sending" draft saved before this is one of an app that stopped; later, one being sent now."""
        self._draft_check: Task[_DraftCheck] | None = None
        self._check_again = False
        self._closed = False

    def is_watched(self, ean: str) -> bool:
        return ean in self._watched

    @property
    def checking_drafts(self) -> bool:
        return self._draft_check is not None

    # -- an update sent in this session --------------------------------------------------------------

    def watch(self, community_id: str, update: MeterDataUpdate) -> None:
        """Reads the meter again on the schedule until it shows ``update``."""
        if self._closed:
            return
        self._forget(update.ean)
        watch = _Watch(community_id, update.model_copy(deep=True), list(self._delays))
        self._watched[update.ean] = watch
        self._schedule(update.ean, watch)

    def forget(self, ean: str) -> None:
        """Stops checking (the update is being sent again, or was settled another way)."""
        self._forget(ean)

    def note_detail(self, detail: MeterDetail) -> None:
        """The meter was read anyway: settles its watched update if the detail shows it."""
        watch = self._watched.get(detail.EAN)
        if watch is None or self._closed or not is_already_applied(watch.update, detail):
            return
        self._forget(detail.EAN)
        ean, community_id, drafts = detail.EAN, watch.community_id, self._drafts
        settlement = Settlement(ean, SettledHow.APPLIED, detail)
        self._tasks.run(
            lambda context: _delete_if_applied(drafts, community_id, ean, detail),
            on_success=lambda deleted: self._emit(settlement),
            on_error=lambda error: self._emit(settlement),
        )

    def _schedule(self, ean: str, watch: _Watch) -> None:
        if not watch.delays:
            watch.timer = None
            self._emit(Settlement(ean, SettledHow.STILL_UNCONFIRMED))
            return  # still watched: a later read of the meter may show it
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(int(watch.delays.pop(0) * 1000))
        timer.timeout.connect(lambda: self._check(ean, watch))
        watch.timer = timer
        timer.start()

    def _check(self, ean: str, watch: _Watch) -> None:
        if self._watched.get(ean) is not watch or self._closed:
            return
        if watch.timer is not None:
            watch.timer.deleteLater()
            watch.timer = None
        source, drafts, cache = self._client_source, self._drafts, self._cache
        community_id, update = watch.community_id, watch.update

        def work(context: TaskContext) -> MeterDetail | None:
            client = client_of(source)
            detail = client.meter_detail(ean, community_id=community_id)
            save_details(cache, community_id, [detail])
            if is_already_applied(update, detail):
                _delete_if_applied(drafts, community_id, ean, detail)
            return detail

        def done(detail: MeterDetail | None) -> None:
            watch.task = None
            if self._watched.get(ean) is not watch:
                return
            if detail is not None and is_already_applied(update, detail):
                self._forget(ean)
                self._emit(Settlement(ean, SettledHow.APPLIED, detail))
            else:
                self._schedule(ean, watch)

        def failed(error: BaseException) -> None:
            log.info("Meter %s could not be read to settle its update: %s", ean, error)
            done(None)

        watch.task = self._tasks.run(work, on_success=done, on_error=failed)

    def _forget(self, ean: str) -> None:
        watch = self._watched.pop(ean, None)
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
        source, drafts, cache, started_at = self._client_source, self._drafts, self._cache, self._started_at
        busy = set(self._in_flight()) | {ean for ean, w in self._watched.items() if w.timer or w.task}

        def work(context: TaskContext) -> _DraftCheck:
            client = client_of(source)
            community_id = client.community_id or ""
            result = _DraftCheck()
            for draft in drafts.list(community_id):
                if draft.reason not in UNSETTLED_REASONS or draft.ean in busy:
                    continue
                if draft.reason is DraftReason.SENDING and draft.saved_at >= started_at:
                    continue  # being sent by this app right now
                context.raise_if_cancelled()
                try:
                    detail = client.meter_detail(draft.ean, community_id=community_id)
                except CrmError as error:
                    log.info("Meter %s could not be read to settle its draft: %s", draft.ean, error)
                    if error.offline:
                        break
                    continue
                save_details(cache, community_id, [detail])
                interrupted = draft.reason is DraftReason.SENDING
                if is_already_applied(draft.update, detail):
                    drafts.delete(community_id, draft.ean)
                    result.settled.append(Settlement(draft.ean, SettledHow.APPLIED, detail, interrupted))
                    continue
                if interrupted:
                    drafts.save(community_id, draft.update, DraftReason.OUTCOME_UNKNOWN)
                    result.settled.append(Settlement(draft.ean, SettledHow.NOT_APPLIED, detail, True))
                result.unsettled.append((community_id, draft.update))
            return result

        def done(result: _DraftCheck) -> None:
            self._draft_check = None
            for community_id, update in result.unsettled:
                if update.ean not in self._watched:  # kept to be settled when the meter is next read
                    self._watched[update.ean] = _Watch(community_id, update, [])
            for settlement in result.settled:
                if settlement.applied:
                    self._forget(settlement.ean)
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
        for ean in list(self._watched):
            self._forget(ean)
        if self._draft_check is not None:
            self._draft_check.cancel()
            self._draft_check = None

    def _emit(self, settlement: Settlement) -> None:
        if not self._closed:
            log.info("Update of meter %s settled: %s", settlement.ean, settlement.how)
            self.settled.emit(settlement.ean, settlement)


def _delete_if_applied(drafts: DraftStore, community_id: str, ean: str, detail: MeterDetail) -> bool:
    """Deletes the meter's draft if the CRM shows it applied (a draft edited since is kept)."""
    try:
        draft = drafts.get(community_id, ean)
        if draft is not None and is_already_applied(draft.update, detail):
            return drafts.delete(community_id, ean)
    except STORAGE_ERRORS as error:
        log.warning("The draft of meter %s could not be deleted: %s", ean, error)
    return False
