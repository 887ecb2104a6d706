"""Pending changes: the drafts of updates kept on this computer, waiting to be sent to the CRM.

A draft is never sent as it was saved. Sending starts with ``revalidate``: the meter is read again from the
CRM, the draft's form is checked against that fresh timeline (``MeterDataUpdate.issues``), and the result
is offered to the user in the update form, pre-filled from the draft, to confirm and send.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.drafts import Draft, DraftStore
from optimce_desktop.cache.meters import MeterCache
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import Change, Issue, MeterDataUpdate, timeline_differences
from optimce_desktop.services.connection import ConnectionMonitor, client_of
from optimce_desktop.services.problems import problem_from
from optimce_desktop.services.saved_copy import STORAGE_ERRORS
from optimce_desktop.services.tasks import TaskContext, TaskRunner
from optimce_desktop.services.updates import TimelineDifference, is_already_applied

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingChange:
    draft: Draft
    changes: list[Change] = field(default_factory=list)
    """What the draft changes from the meter as saved on this computer (empty when it is not saved)."""
    address: str = ""

    @property
    def ean(self) -> str:
        return self.draft.ean


@dataclass(frozen=True)
class Revalidation:
    """A draft checked against the meter as the CRM has it now."""

    draft: Draft
    detail: MeterDetail
    update: MeterDataUpdate
    """The draft's form, its timeline replaced by the fresh one."""
    issues: list[Issue]
    differences: list[TimelineDifference]
    """How the meter's timeline changed since the draft was saved."""
    already_applied: bool
    """The CRM already shows the draft's change (an earlier attempt did reach it): nothing to send."""

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_error]


class PendingChanges(QObject):
    listed = Signal(list)
    """list[PendingChange] of the active community, the most recently saved first."""
    revalidated = Signal(object)
    """A ``Revalidation``."""
    revalidationFailed = Signal(str, object)
    """EAN, a ``Problem``."""

    def __init__(
        self,
        client: CrmClient | Callable[[], CrmClient],
        tasks: TaskRunner,
        drafts: DraftStore,
        connection: ConnectionMonitor,
        parent: QObject | None = None,
        *,
        cache: MeterCache | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks
        self._drafts = drafts
        self._connection = connection
        self._cache = cache
        self._today = today
        self.pending: list[PendingChange] = []
        self._asked = 0

    def refresh(self) -> None:
        """Lists the active community's drafts (``listed``)."""
        source, drafts, cache = self._client, self._drafts, self._cache
        # Refreshes may overlap (community switch, a saved draft, back online) and end in any order:
        # only the latest one's answer counts, or another community's drafts could show.
        self._asked += 1
        asked = self._asked

        def work(context: TaskContext) -> list[PendingChange]:
            community_id = client_of(source).community_id or ""
            return [_pending(draft, cache) for draft in drafts.list(community_id)]

        def on_done(pending: list[PendingChange]) -> None:
            if asked != self._asked:
                return
            self.pending = pending
            self.listed.emit(pending)

        def on_error(error: BaseException) -> None:
            log.warning("The drafts could not be read: %s", problem_from(error).technical)
            on_done([])

        self._tasks.run(work, on_success=on_done, on_error=on_error)

    def revalidate(self, ean: str) -> None:
        """Reads the meter from the CRM and checks the draft against it (``revalidated``); the fresh
        detail is saved on this computer too."""
        source, drafts, cache, today = self._client, self._drafts, self._cache, self._today()

        def work(context: TaskContext) -> Revalidation | None:
            client = client_of(source)
            community_id = client.community_id or ""
            draft = drafts.get(community_id, ean)
            if draft is None:
                return None
            detail = client.meter_detail(ean, community_id=community_id)
            if cache is not None:
                try:
                    cache.save_details(community_id, [detail])
                except STORAGE_ERRORS as error:
                    log.warning("The detail of %s could not be saved: %s", ean, error)
            update = draft.update.model_copy(update={"timeline": detail.timeline}, deep=True)
            return Revalidation(draft, detail, update, update.issues(today),
                                timeline_differences(draft.update.timeline, detail.timeline),
                                is_already_applied(draft.update, detail))

        def on_done(result: Revalidation | None) -> None:
            self._connection.note_answer()
            if result is None:
                self.refresh()  # sent or discarded meanwhile
            else:
                self.revalidated.emit(result)

        def on_error(error: BaseException) -> None:
            self._connection.note_failure(error)
            self.revalidationFailed.emit(ean, problem_from(error))

        self._tasks.run(work, on_success=on_done, on_error=on_error, priority=3)


def _pending(draft: Draft, cache: MeterCache | None) -> PendingChange:
    saved = None
    if cache is not None:
        try:
            saved = cache.detail(draft.community_id, draft.ean)
        except STORAGE_ERRORS as error:
            log.warning("The saved detail of %s could not be read: %s", draft.ean, error)
    if saved is None:
        return PendingChange(draft)
    baseline = MeterDataUpdate.from_detail(saved.detail)
    return PendingChange(draft, draft.update.changes_from(baseline), saved.detail.address.one_line)
