""""Refresh all": the community's list, every meter's detail and the members (the holders the update form
offers) read from the CRM, saved as one new copy.

What is read is shown as it arrives (rows update in place, details fill in: that is what the CRM says
now), but the offline copy changes only at the end, in one transaction. Cancelling, a failure, or a crash
keeps the previous copy whole. Details are read by a few tasks at once, each a batch of meters
(``DetailReads``), each meter tried once by a task: a meter whose read failed for a passing reason is tried
again by a later task, after the CRM client's pause (``RetryQueue``), as many times as the client tries a
request, while the tasks go on with other meters. Every request is for the community the refresh started
for.

Meters the CRM lists in a form the app cannot read are left out (``listReport`` counts them). A list whose
pages do not end as announced fails the refresh: the copy would lose the meters it may miss.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.cache.meters import RefreshWriter, SavedList, SavedMeters
from optimce_desktop.services.breathing import report_chunks, rows_breathing
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, is_offline_error
from optimce_desktop.services.detail_reading import BatchRead, DetailReads, RetryQueue, read_details_once
from optimce_desktop.services.list_report import ListReport
from optimce_desktop.services.tasks import Priority, TaskContext, TaskGroup, TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from optimce_desktop.domain.models import MemberRef, MeterListItem

log = logging.getLogger(__name__)

LIST_PAGE_SIZE = 2000
MEMBER_PAGE_SIZE = 500
DETAIL_TASKS = 4
DETAILS_PER_BATCH = 25


class Stage(Enum):
    LIST = "list"
    DETAILS = "details"
    SAVING = "saving"


OUTAGE_AFTER = 5
"""Meters in a row that cannot be reached, their tries spent and none read between them, before "Refresh
all" takes the CRM for gone: one lost answer, its tries spent, leaves that meter's previous copy and the
refresh goes on. A task also ends its batch after as many meters in a row that cannot be reached."""


class FullRefresh(QObject):
    progressed = Signal(Stage, int, int)
    """The stage, done, total (meters listed so far, or details read)."""
    rowsRead = Signal(list, int, int)
    """Rows of the list (made by the row factory), loaded so far, total: as ``MeterService.listPage``."""
    listReport = Signal(ListReport)
    """What the list lacks, once read: as ``MeterService.listReport``."""
    listRead = Signal(set, dt.datetime)
    """Every EAN listed, and when: as ``MeterService.listFinished``."""
    detailRead = Signal(object)
    """A ``MeterDetail`` (its models are not imported at start-up)."""
    finished = Signal(SavedList)
    """The new copy's ``SavedList``."""
    failed = Signal(BaseException)
    """Why; the previous copy is kept."""
    cancelled = Signal()

    def __init__(
        self,
        client: ClientSource,
        tasks: TaskRunner,
        offline_copy: SavedMeters,
        community_id: str,
        connection: ConnectionMonitor,
        row_factory: Callable[[MeterListItem], object],
        parent: QObject | None = None,
        *,
        detail_tasks: int = DETAIL_TASKS,
        details_per_batch: int = DETAILS_PER_BATCH,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = TaskGroup(tasks)
        self._offline_copy = offline_copy
        self.community_id = community_id
        self._connection = connection
        self._to_row = row_factory
        self._per_batch = details_per_batch
        self._writer: RefreshWriter | None = None
        self._members: list[MemberRef] = []
        self._queue = RetryQueue((), ())
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._retry_timer.timeout.connect(self._read_more_details)
        self._unreachable_in_a_row = 0
        self._reads = DetailReads(self._tasks, detail_tasks, self._read_batch, on_read=self._batch_read,
                                  on_error=lambda eans, error: self._fail(error),
                                  on_progress=self.detailRead.emit, then=self._read_more_details,
                                  priority=Priority.LIST)
        self._total = 0
        self._done = 0
        self._stage: Stage | None = None
        self._over = False
        self.unread: list[str] = []
        """The meters whose detail could not be read (their previous copy is kept)."""

    @property
    def running(self) -> bool:
        return self._stage is not None and not self._over

    @property
    def stage(self) -> Stage | None:
        return self._stage

    @property
    def list_read(self) -> bool:
        return self._stage is not None and self._stage is not Stage.LIST

    @property
    def can_cancel(self) -> bool:
        return self.running and self._stage is not Stage.SAVING

    def start(self) -> None:
        if self._stage is not None:
            raise RuntimeError("a full refresh runs once")
        self._stage = Stage.LIST
        source, offline_copy = self._client, self._offline_copy
        community_id, to_row = self.community_id, self._to_row

        def read_list(context: TaskContext) -> tuple[RefreshWriter, list[str], dt.datetime, list[MemberRef]]:
            writer = offline_copy.begin_refresh(community_id, with_details=True)
            context.report(writer)
            client = client_of(source)
            eans: list[str] = []
            walk = client.iter_meter_pages(page_size=LIST_PAGE_SIZE, community_id=community_id,
                                           before_request=context.raise_if_cancelled)
            for page in walk:
                for chunk in report_chunks(page.items):
                    context.raise_if_cancelled()
                    eans.extend(item.EAN for item in chunk)
                    context.report((rows_breathing(chunk, to_row), len(eans), page.pagination.total))
                writer.add_items(page.items)
            report = ListReport.of(walk, community_id)
            context.report(report)
            if report.may_be_incomplete:
                from optimce_desktop.crm.errors import ProtocolError  # loaded with the client

                raise ProtocolError(detail=f"GET /meters: {walk.stopped.value if walk.stopped else ''}; "
                                           "the list may be incomplete, the saved copy is kept")
            when = dt.datetime.now(dt.UTC)
            members = list(client.iter_members(page_size=MEMBER_PAGE_SIZE, community_id=community_id,
                                               before_request=context.raise_if_cancelled))
            return writer, eans, when, members

        def on_report(payload: Any) -> None:
            if isinstance(payload, RefreshWriter):
                self._writer = payload  # known at once, so that cancelling can discard it
                return
            if isinstance(payload, ListReport):
                self.listReport.emit(payload)
                return
            rows, loaded, total = payload
            self._connection.note_answer()
            self.rowsRead.emit(rows, loaded, total)
            self.progressed.emit(Stage.LIST, loaded, total)

        self._run(read_list, on_progress=on_report, on_success=self._list_done)

    def cancel(self) -> None:
        """Stops reading and forgets what was read; the offline copy stays as it was."""
        if not self.can_cancel:
            return
        self._over = True
        self._stop_tasks()
        self._discard()
        self.cancelled.emit()

    # -- stages ------------------------------------------------------------------------------------

    def _list_done(self, result: tuple[RefreshWriter, list[str], dt.datetime, list[MemberRef]]) -> None:
        self._writer, eans, when, self._members = result
        self.listRead.emit(set(eans), when)
        self._stage = Stage.DETAILS
        self._queue = RetryQueue(eans, client_of(self._client).get_retry_delays)
        self._total = len(eans)
        self.progressed.emit(Stage.DETAILS, 0, self._total)
        self._read_more_details()

    def _read_more_details(self) -> None:
        if self._over:
            return
        self._reads.fill(lambda: self._queue.take(self._per_batch))
        if not self._queue and not self._reads.running:
            self._save()
            return
        due_in = self._queue.due_in()
        if due_in is not None and self._reads.has_room:  # a task is free, and no retry is due yet
            self._retry_timer.start(max(1, math.ceil(due_in * 1000)))

    def _read_batch(self, batch: list[str], context: TaskContext) -> BatchRead:
        """On a worker: each meter tried once, the details read saved with the refresh."""
        read = read_details_once(client_of(self._client), self.community_id, batch, context,
                                 stop_after=OUTAGE_AFTER)
        assert self._writer is not None  # known since the list was read
        self._writer.add_details(read.details)
        return read

    def _batch_read(self, batch: list[str], read: BatchRead) -> None:
        """A meter that failed is tried again later, or, its tries spent or the failure lasting, is left
        unread (a meter listed a moment ago but gone or unreadable now keeps its previous copy)."""
        for ean, error, may_pass in read.tried:
            if error is not None and may_pass and self._queue.retry(ean):
                log.warning("Detail of %s not read yet, tried again later: %s", ean, error)
                continue
            self._queue.done(ean)
            self._done += 1
            if error is None:
                self._unreachable_in_a_row = 0
                continue
            self.unread.append(ean)
            log.warning("Detail of %s not read during the full refresh: %s", ean, error)
            if is_offline_error(error):
                self._unreachable_in_a_row += 1
                if self._unreachable_in_a_row >= OUTAGE_AFTER:
                    self._fail(error)
                    return
        self._queue.put_back(read.untried)
        if read.answered:
            self._connection.note_answer()
        self.progressed.emit(Stage.DETAILS, self._done, self._total)

    def _save(self) -> None:
        self._stage = Stage.SAVING
        self.progressed.emit(Stage.SAVING, self._total, self._total)
        writer, members, community_id = self._writer, self._members, self.community_id
        directory = SavedDirectory(self._offline_copy.database)
        assert writer is not None

        def save(context: TaskContext) -> SavedList:
            saved_list = writer.commit()
            directory.save_members(community_id, members)
            return saved_list

        self._run(save, on_success=self._saved)

    def _saved(self, saved_list: SavedList) -> None:
        self._over = True
        self.finished.emit(saved_list)

    # -- plumbing ----------------------------------------------------------------------------------

    def _run(self, work: Any, *, on_success: Any, on_progress: Any = None) -> None:
        self._tasks.run(work, on_success=on_success, on_progress=on_progress, on_error=self._fail,
                        priority=Priority.LIST)

    def _fail(self, error: BaseException) -> None:
        if self._over:
            return
        self._over = True
        self._connection.note_failure(error)
        self._stop_tasks()
        self._discard()
        self.failed.emit(error)

    def _stop_tasks(self) -> None:
        self._queue.clear()
        self._retry_timer.stop()
        self._tasks.cancel()  # the detail reads with them

    def _discard(self) -> None:
        writer = self._writer
        if writer is None:
            return
        # Tasks still reading may stage a last batch after this: the next refresh sweeps it.
        self._tasks.run(lambda context: writer.discard(),
                        on_error=lambda error: log.warning("Full refresh not discarded: %s", error))
