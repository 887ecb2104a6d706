"""Meters for the GUI: the community's list and details, from the offline copy first, then from the CRM.

Opening a community delivers the rows saved on this computer at once, then reads the list from the CRM
(rows update in place; a list that completes is saved as the community's new copy, in one transaction).
Details come from the copy first, then the CRM; each one read is saved. The list's holders come from
the details, read in the background by the detail sweep at a considerate pace (``services/detail_sweep.py``),
planned once the list is read. When the CRM cannot be reached, the copy is what is shown and the
``ConnectionMonitor`` says so.

Every task asked for the community on screen belongs to one ``TaskGroup``, cancelled when another community
is shown: a late answer for what is no longer on screen is dropped instead of shown. The saved rows, the
list and the selected meter's detail each have a ``TaskSlot``: asking again drops the previous answer.
Every request names the community it was started for, so that none leaves with the header of a community
switched to meanwhile.

A list read ends with a ``ListReport`` (``listReport``): meters left out as unreadable, or pages that did
not end as announced. A list whose pages stopped early is shown but neither saved nor used to remove rows:
the meters it may miss stay as the offline copy has them.

The CRM package and the domain models are not imported here at start-up (see ``services/connection.py``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.meters import SavedList, SavedMeters, SavedRow
from optimce_desktop.services.breathing import USER_ACTIVITY_HOLD_S, report_chunks, rows_breathing, saved_rows
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, is_offline_error
from optimce_desktop.services.detail_sweep import DetailSweep, SweepPace, plan_sweep
from optimce_desktop.services.list_report import ListReport
from optimce_desktop.services.offline_copy import (
    STORAGE_ERRORS,
    ListSaver,
    NotSavedOfflineError,
    read_and_save_meter,
    save_listed,
    saved_detail,
)
from optimce_desktop.services.tasks import Priority, TaskContext, TaskGroup, TaskRunner, TaskSlot

if TYPE_CHECKING:
    from optimce_desktop.domain.models import Community, MeterDetail, MeterListItem
    from optimce_desktop.services.detail_sweep import SweepPlan
    from optimce_desktop.services.full_refresh import FullRefresh

log = logging.getLogger(__name__)

LIST_PAGE_SIZE = 2000
DETAILS_IN_FLIGHT = 3


class MeterService(QObject):
    listStarted = Signal()
    listPage = Signal(list, int, int)  # rows (made by the row factories), loaded so far, total
    listFinished = Signal(set, dt.datetime)  # EANs listed, time of the answer
    listReport = Signal(ListReport)
    """What the list just read lacks (clean or not): emitted before ``listFinished``."""
    listFailed = Signal(BaseException)
    copyOpened = Signal(SavedList)
    """Every saved row was delivered: the community's ``SavedList`` (None when nothing is saved for it)."""
    copyReset = Signal(list)
    """The local database could not be read and was moved aside (the paths), then rebuilt: tell the user."""
    storageFailed = Signal(BaseException)
    """Reading or writing the copy failed; the app goes on from the CRM. Emitted once."""
    copyDamaged = Signal()
    """The local database is damaged: it is moved aside and rebuilt at the next start."""
    detailLoaded = Signal(object)
    """A ``MeterDetail`` (its models are not imported at start-up): the selected meter, or a background
    fill."""
    detailFailed = Signal(str, BaseException)  # EAN, why
    communityChanged = Signal(object)
    """The active ``Community`` (its models are not imported at start-up), or None."""
    sweepProgressed = Signal(int, int)
    """The detail sweep (``services/detail_sweep.py``): meters whose detail is fresh, of those listed."""

    def __init__(self, client: ClientSource, tasks: TaskRunner,
                 parent: QObject | None = None, *, page_size: int = LIST_PAGE_SIZE,
                 details_in_flight: int = DETAILS_IN_FLIGHT, offline_copy: SavedMeters | None = None,
                 connection: ConnectionMonitor | None = None, sweep_pace: SweepPace | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks
        self._offline_copy = offline_copy
        self.connection = connection if connection is not None else ConnectionMonitor(client, tasks, self)
        self._page_size = page_size
        self._community: Community | None = None
        self._shown_id: str | None = None
        """The community whose rows are on screen (its copy may be shown before the community list)."""
        self._shown_tasks = TaskGroup(tasks)
        """Every task asked for the community on screen: cancelled when another one is shown."""
        self._copy = TaskSlot(self._shown_tasks)
        self._list = TaskSlot(self._shown_tasks)
        self._detail = TaskSlot(self._shown_tasks)
        self._copy_read = False
        self._refresh_after_copy = False
        self._saved_list: SavedList | None = None
        self.sweep = DetailSweep(tasks, sweep_pace, self, in_flight=details_in_flight,
                                 may_send=lambda: self.connection.allows_requests)
        self.sweep.detailRead.connect(self._swept)
        self.sweep.detailFailed.connect(self.detailFailed)
        self.sweep.unreachable.connect(self.connection.note_failure)
        self.sweep.progressed.connect(self.sweepProgressed)
        self._row_factory: Callable[[MeterListItem], object] = lambda item: item
        self._saved_row_factory: Callable[[SavedRow], object] = lambda row: row
        self._storage_failed = False
        self._integrity_checked = False
        self._full_refresh: FullRefresh | None = None

    @property
    def community(self) -> Community | None:
        return self._community

    @property
    def shown_community_id(self) -> str | None:
        return self._shown_id

    @property
    def saved_list(self) -> SavedList | None:
        """The community's saved list (when it was read from the CRM), if the offline copy has one."""
        return self._saved_list

    @property
    def has_copy(self) -> bool:
        return self._offline_copy is not None

    @property
    def loading_list(self) -> bool:
        return self._list.busy

    @property
    def offline_copy(self) -> SavedMeters | None:
        return self._offline_copy

    def set_row_factory(self, factory: Callable[[MeterListItem], object]) -> None:
        """Turns list items into what the view keeps, on the worker thread rather than the GUI's."""
        self._row_factory = factory

    def set_saved_row_factory(self, factory: Callable[[SavedRow], object]) -> None:
        """Turns rows of the offline copy into what the view keeps (on the worker thread)."""
        self._saved_row_factory = factory

    def hold_background(self, seconds: float = USER_ACTIVITY_HOLD_S) -> None:
        """Pauses the background fill while the user types or scrolls: its parsing competes for the GIL
        with the GUI thread and would make each keystroke wait (``services/breathing.py``)."""
        self.sweep.hold(seconds)

    def set_sweep_pace(self, pace: SweepPace) -> None:
        """The detail sweep's rate and the age under which a saved detail is not read again."""
        self.sweep.set_pace(pace)

    @property
    def sweep_progress(self) -> tuple[int, int] | None:
        """(meters whose detail is fresh, meters listed) once the list was read; None before."""
        return self.sweep.progress

    # -- opening a community -------------------------------------------------------------------------

    def open_copy(self, community_id: str | None) -> None:
        """Shows the saved rows of a community before the community list is known (the app's start);
        with None, only opens the local database (and reports a file it had to move aside)."""
        if self._copy.busy and self._community is None and self._shown_id == community_id:
            return  # already being read (the app starts reading before its window is built)
        self._leave_shown()
        self._shown_id = community_id
        self._read_copy()

    def set_community(self, community: Community | None) -> bool:
        """Makes ``community`` the active one; returns True when the rows on screen are its own (opened
        by ``open_copy``) and stay, False when the caller must clear them. Then call ``load``."""
        keep = community is not None and community.auth_community_id == self._shown_id
        if not keep:
            self._leave_shown()
            self._shown_id = community.auth_community_id if community else None
        self._community = community
        client_of(self._client).community_id = community.auth_community_id if community else None
        if community is not None:
            self.sweep.begin(self._detail_reader(community.auth_community_id))
        else:
            self.sweep.stop()
        self.communityChanged.emit(community)
        return keep

    def load(self) -> None:
        """The active community's rows: the saved ones first (unless already shown), then the CRM's."""
        if self._community is None:
            return
        if self._offline_copy is None or self._copy_read:
            self.refresh_list()
            return
        self._refresh_after_copy = True
        if not self._copy.busy:
            self._read_copy()

    def _read_copy(self) -> None:
        offline_copy, community_id = self._offline_copy, self._shown_id
        if offline_copy is None:
            self._copy_finished(None)
            return
        to_row = self._saved_row_factory

        def work(context: TaskContext) -> SavedList | None:
            offline_copy.database.schema_version()  # opens the file; an unusable one is moved aside here
            moved = offline_copy.database.take_moved_aside()
            if moved:
                context.report(moved)
            saved_list = offline_copy.saved_list(community_id) if community_id else None
            if saved_list is None:
                return None
            loaded = 0
            for rows in saved_rows(functools.partial(offline_copy.iter_rows, community_id or ""), to_row,
                                   before_each=context.raise_if_cancelled):
                loaded += len(rows)
                context.report((rows, loaded, saved_list.meter_count))
            return saved_list

        def on_report(payload: Any) -> None:
            if isinstance(payload, list):
                self.copyReset.emit(payload)
            else:
                self.listPage.emit(*payload)

        def on_error(error: BaseException) -> None:
            self._storage_problem(error)
            self._copy_finished(None)

        self._copy_read = False
        self._copy.run(work, on_progress=on_report, on_success=self._copy_finished, on_error=on_error,
                       priority=Priority.FIRST_PAINT)

    def _copy_finished(self, saved_list: SavedList | None) -> None:
        self._copy_read = True
        self._saved_list = saved_list
        self.copyOpened.emit(saved_list)
        if self._refresh_after_copy:
            self._refresh_after_copy = False
            self.refresh_list()
        self._check_integrity_once()

    def _check_integrity_once(self) -> None:
        """The whole file read once per run, in the background (see ``Database.check_integrity``)."""
        if self._offline_copy is None or self._integrity_checked:
            return
        self._integrity_checked = True
        database = self._offline_copy.database

        def on_done(healthy: bool) -> None:
            if not healthy:
                self.copyDamaged.emit()

        self._tasks.run(lambda context: database.check_integrity(), on_success=on_done,
                        on_error=lambda error: log.warning("Integrity check not run: %s", error),
                        priority=Priority.IDLE)

    # -- list -------------------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Reads the list from the CRM and saves it; does nothing while working offline."""
        if self._community is None or not self.connection.allows_requests:
            return
        page_size = self._page_size
        source, offline_copy = self._client, self._offline_copy
        community_id = self._community.auth_community_id
        to_row = self._row_factory
        max_age = self.sweep.pace.max_age

        def work(context: TaskContext) -> tuple[set[str], dt.datetime, SweepPlan, ListSaver, ListReport]:
            client = client_of(source)
            saver = ListSaver(offline_copy, community_id)
            present: set[str] = set()
            listed: list[str] = []
            changed: set[str] = set()
            loaded = 0
            walk = client.iter_meter_pages(page_size=page_size, community_id=community_id,
                                           before_request=context.raise_if_cancelled)
            try:
                for page in walk:
                    for chunk in report_chunks(page.items):
                        context.raise_if_cancelled()
                        loaded += len(chunk)
                        present.update(item.EAN for item in chunk)
                        listed.extend(item.EAN for item in chunk)
                        changed.update(item.EAN for item in chunk if saver.changed(item))
                        context.report((rows_breathing(chunk, to_row), loaded, page.pagination.total))
                    saver.add(page.items)
            except BaseException:
                saver.discard()
                raise
            report = ListReport.of(walk, community_id)
            when = dt.datetime.now(dt.UTC)
            if report.may_be_incomplete:
                saver.discard()
                missed = _saved_eans(offline_copy, community_id) - present
                present |= missed
                listed.extend(sorted(missed))
            else:
                saver.commit(when)
            # rows whose list fields changed have stale details in the copy: read again whatever their age
            plan = plan_sweep(offline_copy, community_id, listed, changed, max_age)
            return present, when, plan, saver, report

        def on_page(payload: object) -> None:
            rows, loaded, total = payload  # type: ignore[misc]
            self.connection.note_answer()
            self.listPage.emit(rows, loaded, total)

        def on_done(result: tuple[set[str], dt.datetime, SweepPlan, ListSaver, ListReport]) -> None:
            present, when, plan, saver, report = result
            if saver.saved_list is not None:
                self._saved_list = saver.saved_list
            elif saver.error is not None:
                self._storage_problem(saver.error)
            self.sweep.plan(plan)
            self.listReport.emit(report)
            self.listFinished.emit(present, when)

        def on_error(error: BaseException) -> None:
            if not self.connection.note_failure(error) and isinstance(error, STORAGE_ERRORS):
                self._storage_problem(error)
            self.listFailed.emit(error)

        self.listStarted.emit()
        self._list.run(work, on_progress=on_page, on_success=on_done, on_error=on_error,
                       priority=Priority.LIST)

    def refresh_all(self) -> FullRefresh | None:
        """Starts reading the whole community (list and every detail) and saving it as one new copy;
        None when it cannot start (no community, no local copy, or working offline)."""
        if self._community is None or self._offline_copy is None or not self.connection.allows_requests:
            return None
        if self._full_refresh is not None and self._full_refresh.running:
            return self._full_refresh
        self._list.cancel()
        self.sweep.pause()  # it reads every detail itself
        from optimce_desktop.services.full_refresh import FullRefresh  # not on the way to the first rows

        refresh = FullRefresh(self._client, self._tasks, self._offline_copy,
                              self._community.auth_community_id, self.connection, self._row_factory, self)
        refresh.rowsRead.connect(self.listPage)
        refresh.listReport.connect(self.listReport)
        refresh.listRead.connect(self.listFinished)
        refresh.detailRead.connect(self.detailLoaded)
        refresh.finished.connect(self._fully_refreshed)
        refresh.failed.connect(self._full_refresh_failed)
        refresh.cancelled.connect(self._full_refresh_cancelled)
        if self._full_refresh is not None:
            self._full_refresh.deleteLater()  # ended: one "Refresh all" is kept, not every one of the day
        self._full_refresh = refresh
        self.listStarted.emit()
        refresh.start()
        return refresh

    @property
    def refreshing_all(self) -> bool:
        return self._full_refresh is not None and self._full_refresh.running

    def _fully_refreshed(self, saved_list: SavedList) -> None:
        self._saved_list = saved_list
        self.sweep.complete(saved_list.meter_count)

    # Stopped while reading the list, the rows shown are part old, part new, and the meters taken off the
    # detail queue were never read: a failure is reported like a list's, a cancel reads it again.
    def _full_refresh_failed(self, error: BaseException) -> None:
        assert self._full_refresh is not None  # it is held while its signals reach the service
        if self._full_refresh.list_read:
            self._plan_sweep_from_copy()
        else:
            self.listFailed.emit(error)

    def _full_refresh_cancelled(self) -> None:
        assert self._full_refresh is not None
        if self._full_refresh.list_read:
            self._plan_sweep_from_copy()
        else:
            self.refresh_list()

    def _drop_full_refresh(self) -> None:
        """Another community is shown: the refresh of this one stops, and nothing it still says reaches the
        service (while saving, it cannot stop: it ends on its own)."""
        refresh = self._full_refresh
        if refresh is None:
            return
        for signal, slot in ((refresh.finished, self._fully_refreshed),
                             (refresh.failed, self._full_refresh_failed),
                             (refresh.cancelled, self._full_refresh_cancelled)):
            signal.disconnect(slot)
        refresh.cancel()
        self._full_refresh = None

    def _plan_sweep_from_copy(self) -> None:
        """The sweep planned again from the saved list (a full refresh stopped after reading the list)."""
        offline_copy, community_id = self._offline_copy, self._shown_id
        max_age = self.sweep.pace.max_age
        if offline_copy is None or community_id is None:
            return

        def work(context: TaskContext) -> SweepPlan:
            listed = sorted(_saved_eans(offline_copy, community_id))
            return plan_sweep(offline_copy, community_id, listed, (), max_age)

        self._shown_tasks.run(work, on_success=self.sweep.plan, on_error=lambda error: log.warning(
            "The detail sweep could not be planned: %s", error))

    def add_listed_meter(self, item: MeterListItem, community_id: str) -> bool:
        """A meter this app just created in ``community_id``: it joins the community's saved list (its detail
        was saved when it was read), so that a start without the CRM lists it; and its row joins the list on
        screen at once, as a page of one row. False when another community is on screen."""
        offline_copy = self._offline_copy
        if offline_copy is not None:
            self._tasks.run(lambda context: save_listed(offline_copy, community_id, item),
                            priority=Priority.USER_REQUEST)
        if community_id != self._shown_id:
            return False
        self.listPage.emit([self._row_factory(item)], 1, 1)
        return True

    # -- details ----------------------------------------------------------------------------------------

    def load_detail(self, ean: str) -> None:
        """The selected meter: its saved detail at once, then the CRM's, ahead of the background fill; a
        previous ask is dropped."""
        source, offline_copy, community_id = self._client, self._offline_copy, self._shown_id
        asked_community = self._community.auth_community_id if self._community is not None else None
        ask_crm = self.connection.allows_requests

        def work(context: TaskContext) -> MeterDetail | BaseException | None:
            saved = saved_detail(offline_copy, community_id, ean)
            if saved is not None:
                context.report(saved)
            if asked_community is None or not ask_crm:
                if saved is None:
                    raise NotSavedOfflineError(ean)
                return None
            context.raise_if_cancelled()
            try:
                return read_and_save_meter(client_of(source), offline_copy, asked_community, ean)
            except Exception as error:
                if saved is not None and is_offline_error(error):
                    return error  # the saved detail is on screen: only the connection state changes
                raise

        def on_done(result: MeterDetail | BaseException | None) -> None:
            if isinstance(result, BaseException):
                self.connection.note_failure(result)
            elif result is not None:
                self.connection.note_answer()
                self.sweep.note_read(result.EAN)
                self.detailLoaded.emit(result)

        def on_error(error: BaseException) -> None:
            self.connection.note_failure(error)
            self.detailFailed.emit(ean, error)

        self._detail.run(work, on_progress=self.detailLoaded.emit, on_success=on_done, on_error=on_error,
                         priority=Priority.USER_REQUEST)

    def prefetch_details(self, eans: Iterable[str], *, urgent: bool = False) -> None:
        """Details to fill the list's holder and sharing operation: ``urgent`` ones (the rows on screen)
        before any other, the others after those the sweep planned (see ``services/detail_sweep.py``)."""
        if self._community is None or not self.connection.allows_requests or self.refreshing_all:
            return
        if urgent:
            self.sweep.put_first(eans)
        else:
            self.sweep.add(eans)

    def _detail_reader(self, asked_community: str) -> Callable[[str, TaskContext], MeterDetail]:
        """Reads one meter's detail for the sweep (on a worker) and saves it in the offline copy."""
        source, offline_copy = self._client, self._offline_copy

        def read_one(ean: str, context: TaskContext) -> MeterDetail:
            context.raise_if_cancelled()
            return read_and_save_meter(client_of(source), offline_copy, asked_community, ean)

        return read_one

    def _swept(self, detail: MeterDetail) -> None:
        self.connection.note_answer()
        self.detailLoaded.emit(detail)

    # -- state ------------------------------------------------------------------------------------------

    def _leave_shown(self) -> None:
        """Drops whatever was asked for the community on screen: none of it is shown any more."""
        self._drop_full_refresh()
        self._shown_tasks.cancel()
        self._copy_read = False
        self._refresh_after_copy = False
        self._saved_list = None
        self.sweep.stop()

    def _storage_problem(self, error: BaseException) -> None:
        log.warning("The offline copy could not be used: %s", error)
        # a bare DatabaseError is SQLite's "malformed": damaged pages
        if type(error) is sqlite3.DatabaseError and self._offline_copy is not None:
            database = self._offline_copy.database
            self._tasks.run(lambda context: database.mark_damaged())
            self.copyDamaged.emit()
            return
        if not self._storage_failed:
            self._storage_failed = True
            self.storageFailed.emit(error)

    def shutdown(self) -> None:
        self._leave_shown()
        self.connection.stop()


def _saved_eans(offline_copy: SavedMeters | None, community_id: str) -> set[str]:
    """The meters of the community's offline copy (none when it cannot be read)."""
    if offline_copy is None:
        return set()
    try:
        return set(offline_copy.row_signatures(community_id))
    except STORAGE_ERRORS as error:
        log.warning("The saved list could not be read: %s", error)
        return set()
