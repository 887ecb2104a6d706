"""Meters for the GUI: the community's list loaded in large pages, details on demand and in the background.

Every answer carries the generation it was asked in; switching community or refreshing starts a new
generation, so a late answer for what is no longer on screen is dropped instead of shown.
"""

from __future__ import annotations

import collections
import datetime as dt
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError
from optimce_desktop.domain.models import Community, MeterDetail, MeterListItem
from optimce_desktop.services.tasks import Task, TaskContext, TaskRunner

LIST_PAGE_SIZE = 2000
ROWS_PER_REPORT = 500
ROWS_PER_BREATH = 100
BREATH_S = 0.002
DETAILS_IN_FLIGHT = 3
DETAILS_PER_TASK = 8
HOLD_POLL_S = 0.05


def _rows_breathing(items: list[MeterListItem], to_row: Callable[[MeterListItem], object]) -> list[object]:
    """Makes rows with short pauses: a worker that never sleeps wins the GIL over and over and the GUI
    thread, which needs it for every cell it paints, would wait a switch interval per cell."""
    rows = []
    for start in range(0, len(items), ROWS_PER_BREATH):
        rows.extend(to_row(item) for item in items[start:start + ROWS_PER_BREATH])
        time.sleep(BREATH_S)
    return rows


def is_offline(error: BaseException) -> bool:
    return isinstance(error, CrmError) and error.offline


class MeterService(QObject):
    listStarted = Signal()
    listPage = Signal(list, int, int)  # rows (made by the row factory), loaded so far, total
    listFinished = Signal(set, object)  # EANs listed, time of the answer (datetime)
    listFailed = Signal(object)  # the exception
    detailLoaded = Signal(MeterDetail)  # the selected meter, or a background fill
    detailFailed = Signal(str, object)  # EAN, exception
    reachabilityChanged = Signal(bool)
    communityChanged = Signal(object)  # Community | None

    def __init__(self, client: CrmClient, tasks: TaskRunner, parent: QObject | None = None,
                 *, page_size: int = LIST_PAGE_SIZE, details_in_flight: int = DETAILS_IN_FLIGHT) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks
        self._page_size = page_size
        self._details_in_flight = details_in_flight
        self._community: Community | None = None
        self._generation = 0
        self._list_task: Task[object] | None = None
        self._detail_task: Task[object] | None = None
        self._prefetch_queue: collections.deque[str] = collections.deque()
        self._prefetch_known: set[str] = set()
        self._prefetch_tasks: set[Task[object]] = set()
        self._reachable: bool | None = None
        self._row_factory: Callable[[MeterListItem], object] = lambda item: item
        self._hold_until = 0.0

    @property
    def community(self) -> Community | None:
        return self._community

    @property
    def reachable(self) -> bool | None:
        return self._reachable

    @property
    def loading_list(self) -> bool:
        return self._list_task is not None

    def set_row_factory(self, factory: Callable[[MeterListItem], object]) -> None:
        """Turns list items into what the view keeps, on the worker thread rather than the GUI's."""
        self._row_factory = factory

    def hold_background(self, seconds: float) -> None:
        """Pauses the background fill while the user types or scrolls: its parsing competes for the GIL
        with the GUI thread and would make each keystroke wait."""
        self._hold_until = max(self._hold_until, time.monotonic() + seconds)

    def set_community(self, community: Community | None) -> None:
        """Forgets everything about the previous community; the caller then refreshes."""
        self._new_generation()
        self._community = community
        self._client.community_id = community.auth_community_id if community else None
        self.communityChanged.emit(community)

    # -- list -------------------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        if self._community is None:
            return
        if self._list_task is not None:
            self._list_task.cancel()
        generation = self._generation
        page_size = self._page_size
        client = self._client
        to_row = self._row_factory

        def work(context: TaskContext) -> tuple[set[str], dt.datetime]:
            present: set[str] = set()
            loaded = 0
            for page in client.iter_meter_pages(page_size=page_size):
                for start in range(0, len(page.items), ROWS_PER_REPORT):
                    context.raise_if_cancelled()
                    chunk = page.items[start:start + ROWS_PER_REPORT]
                    loaded += len(chunk)
                    present.update(item.EAN for item in chunk)
                    context.report((_rows_breathing(chunk, to_row), loaded, page.pagination.total))
            return present, dt.datetime.now(dt.UTC)

        def on_page(payload: object) -> None:
            rows, loaded, total = payload  # type: ignore[misc]
            if generation == self._generation:
                self._set_reachable(True)
                self.listPage.emit(rows, loaded, total)

        def on_done(result: tuple[set[str], dt.datetime]) -> None:
            if generation == self._generation:
                self._list_task = None
                self._set_reachable(True)
                self.listFinished.emit(*result)

        def on_error(error: BaseException) -> None:
            if generation == self._generation:
                self._list_task = None
                self._note_error(error)
                self.listFailed.emit(error)

        self.listStarted.emit()
        self._list_task = self._tasks.run(work, on_progress=on_page, on_success=on_done, on_error=on_error,
                                          priority=2)

    # -- details ----------------------------------------------------------------------------------------

    def load_detail(self, ean: str) -> None:
        """The selected meter: asked at once, ahead of the background fill; a previous ask is dropped."""
        if self._detail_task is not None:
            self._detail_task.cancel()
        generation = self._generation
        client = self._client

        def on_done(detail: MeterDetail) -> None:
            if generation == self._generation:
                self._detail_task = None
                self._set_reachable(True)
                self.detailLoaded.emit(detail)

        def on_error(error: BaseException) -> None:
            if generation == self._generation:
                self._detail_task = None
                self._note_error(error)
                self.detailFailed.emit(ean, error)

        self._detail_task = self._tasks.run(lambda context: client.meter_detail(ean), on_success=on_done,
                                            on_error=on_error, priority=3)

    def prefetch_details(self, eans: Iterable[str], *, urgent: bool = False) -> None:
        """Queues details to fill the list's holder and sharing operation; urgent ones jump the queue."""
        fresh = [ean for ean in eans if ean not in self._prefetch_known or urgent]
        if urgent:
            for ean in reversed(fresh):
                try:
                    self._prefetch_queue.remove(ean)
                except ValueError:
                    pass
                self._prefetch_queue.appendleft(ean)
        else:
            self._prefetch_queue.extend(fresh)
        self._prefetch_known.update(fresh)
        self._start_prefetching()

    @property
    def prefetch_pending(self) -> int:
        return len(self._prefetch_queue) + len(self._prefetch_tasks)

    def _start_prefetching(self) -> None:
        while self._prefetch_queue and len(self._prefetch_tasks) < self._details_in_flight:
            batch = [self._prefetch_queue.popleft()
                     for _ in range(min(DETAILS_PER_TASK, len(self._prefetch_queue)))]
            self._run_prefetch(batch)

    def _run_prefetch(self, batch: list[str]) -> None:
        generation = self._generation
        client = self._client

        def work(context: TaskContext) -> None:
            for ean in batch:
                while time.monotonic() < self._hold_until and not context.cancelled:
                    time.sleep(HOLD_POLL_S)
                context.raise_if_cancelled()
                try:
                    context.report(client.meter_detail(ean))
                except CrmError as error:
                    if error.offline:
                        raise
                    context.report((ean, error))

        def on_item(payload: object) -> None:
            if generation != self._generation:
                return
            if isinstance(payload, MeterDetail):
                self._set_reachable(True)
                self.detailLoaded.emit(payload)
            else:
                ean, error = payload  # type: ignore[misc]
                self.detailFailed.emit(ean, error)

        def on_error(error: BaseException) -> None:
            if generation == self._generation:
                self._note_error(error)
                # the CRM is unreachable: forget the queue; the next refresh asks again
                self._prefetch_queue.clear()
                self._prefetch_known.clear()

        def on_finished() -> None:
            self._prefetch_tasks.discard(task)
            if generation == self._generation:
                self._start_prefetching()

        task = self._tasks.run(work, on_progress=on_item, on_error=on_error, on_finished=on_finished)
        self._prefetch_tasks.add(task)

    # -- state ------------------------------------------------------------------------------------------

    def _new_generation(self) -> None:
        self._generation += 1
        for task in (self._list_task, self._detail_task, *self._prefetch_tasks):
            if task is not None:
                task.cancel()
        self._list_task = self._detail_task = None
        self._prefetch_tasks.clear()
        self._prefetch_queue.clear()
        self._prefetch_known.clear()

    def _note_error(self, error: BaseException) -> None:
        if is_offline(error):
            self._set_reachable(False)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self._reachable:
            self._reachable = reachable
            self.reachabilityChanged.emit(reachable)

    def shutdown(self) -> None:
        self._new_generation()
