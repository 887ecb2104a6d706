"""Reading meter details on workers, as the detail sweep and "Refresh all" both do: ``DetailReads``, the
bounded queue of tasks, and ``read_details``, a batch read on a worker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from optimce_desktop.services.connection import is_offline_error
from optimce_desktop.services.tasks import Priority, TaskContext, TaskGroup, TaskRunner

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.domain.models import MeterDetail

T = TypeVar("T")


class DetailReads(Generic[T]):
    """Tasks that read meters' details, at most ``limit`` at once. ``fill(take)`` starts tasks while fewer
    run, each with ``read(eans, context)`` for the meters ``take`` gives (none: none may leave now); its
    result goes to ``on_read(eans, result)``, its failure to ``on_error(eans, error)``, its reports to
    ``on_progress``, and then ``then`` is called (to fill again). ``stop`` drops every read still running:
    none of them delivers anything."""

    def __init__(self, runs: TaskRunner | TaskGroup, limit: int, read: Callable[[list[str], TaskContext], T],
                 *, on_read: Callable[[list[str], T], None],
                 on_error: Callable[[list[str], BaseException], None],
                 on_progress: Callable[[Any], None] | None = None, then: Callable[[], None] = lambda: None,
                 priority: Priority = Priority.NORMAL) -> None:
        self._group = TaskGroup(runs)
        self._limit = limit
        self._read = read
        self._on_read, self._on_error, self._on_progress = on_read, on_error, on_progress
        self._then = then
        self._priority = priority

    @property
    def running(self) -> int:
        return self._group.pending

    @property
    def has_room(self) -> bool:
        return self._group.pending < self._limit

    def fill(self, take: Callable[[], list[str]]) -> None:
        while self.has_room:
            eans = take()
            if not eans:
                return
            self._start(eans)

    def stop(self) -> None:
        self._group.cancel()

    def _start(self, eans: list[str]) -> None:
        read = self._read
        self._group.run(lambda context: read(eans, context), on_progress=self._on_progress,
                        on_success=lambda result: self._on_read(eans, result),
                        on_error=lambda error: self._on_error(eans, error), on_finished=self._then,
                        priority=self._priority)


def read_details(client: CrmClient, community_id: str, eans: Iterable[str], context: TaskContext,
                 read: list[MeterDetail], *, unreadable: Callable[[str, Exception], None],
                 before_each: Callable[[], None] = lambda: None, outage_after: int = 1) -> None:
    """Reads each meter's detail in turn, for the community the meters are listed in, appends it to
    ``read`` and reports it (``context.report``). A meter the CRM cannot give (gone, refused) goes to
    ``unreadable`` and the batch goes on; an unreachable CRM ends the batch, raised, with what was read so
    far in ``read``; with ``outage_after`` > 1, only that many meters in a row that cannot be reached do (a
    lone failure, retries spent, is then one unreadable meter). Cancelling stops it before the next
    request."""
    failures_in_a_row = 0
    for ean in eans:
        before_each()
        context.raise_if_cancelled()
        try:
            detail = client.meter_detail(ean, community_id=community_id)
        except Exception as error:
            if is_offline_error(error):
                failures_in_a_row += 1
                if failures_in_a_row >= outage_after:
                    raise
            unreadable(ean, error)
            continue
        failures_in_a_row = 0
        read.append(detail)
        context.report(detail)
