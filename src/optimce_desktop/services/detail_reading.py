"""Reading meter details on workers, as the detail sweep and "Refresh all" both do: ``DetailReads``, the
bounded queue of tasks; for "Refresh all", ``RetryQueue``, the meters to read and to try again, and
``read_details_once``, a batch read on a worker."""

from __future__ import annotations

import collections
import heapq
import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
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


class RetryQueue:
    """The meters a "Refresh all" reads, each tried up to ``len(delays) + 1`` times (as many as the CRM
    client tries a GET). A meter whose read failed for a passing reason (``retry``) waits ``delays[n - 1]``
    after its n-th try, then goes before the meters not tried yet: no reader waits for it meanwhile, and its
    tries are as far apart as the client's own. ``clock`` gives seconds (``time.monotonic``)."""

    def __init__(self, eans: Iterable[str], delays: Sequence[float], *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._untried = collections.deque(eans)
        self._waiting: list[tuple[float, int, str]] = []
        """Meters to try again: a heap of (not before, order of their failure, EAN)."""
        self._failures = itertools.count()
        self._tries: dict[str, int] = {}
        self._delays = tuple(delays)
        self._clock = clock

    def __len__(self) -> int:
        """Meters to read, those waiting to be tried again included (not those being read)."""
        return len(self._untried) + len(self._waiting)

    def take(self, size: int) -> list[str]:
        """Up to ``size`` meters to read now: those whose retry is due first, then those not tried yet."""
        now = self._clock()
        batch: list[str] = []
        while self._waiting and self._waiting[0][0] <= now and len(batch) < size:
            batch.append(heapq.heappop(self._waiting)[2])
        while self._untried and len(batch) < size:
            batch.append(self._untried.popleft())
        return batch

    def put_back(self, eans: Sequence[str]) -> None:
        """Meters taken but not tried: read next, their tries unchanged."""
        self._untried.extendleft(reversed(eans))

    def retry(self, ean: str) -> bool:
        """A try of ``ean`` failed for a passing reason: True when it will be tried again (``due_in``),
        False when its tries are spent."""
        tries = self._tries.get(ean, 0) + 1
        if tries > len(self._delays):
            self._tries.pop(ean, None)
            return False
        self._tries[ean] = tries
        heapq.heappush(self._waiting, (self._clock() + self._delays[tries - 1], next(self._failures), ean))
        return True

    def done(self, ean: str) -> None:
        """``ean`` is read, or given up for good."""
        self._tries.pop(ean, None)

    def due_in(self) -> float | None:
        """Seconds until the next retry may leave (0: now); None when no meter waits for one."""
        if not self._waiting:
            return None
        return max(0.0, self._waiting[0][0] - self._clock())

    def clear(self) -> None:
        self._untried.clear()
        self._waiting.clear()
        self._tries.clear()


@dataclass
class BatchRead:
    """What one try of each meter of a batch gave: ``details`` read, ``tried`` each meter tried, in order,
    with the error of its try (None when read) and whether the error may pass if tried again, and
    ``untried`` the meters left when the batch stopped early (the CRM looked unreachable)."""

    details: list[MeterDetail] = field(default_factory=list)
    tried: list[tuple[str, Exception | None, bool]] = field(default_factory=list)
    untried: list[str] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """The CRM answered at least one of these requests (even with an error)."""
        return any(error is None or not is_offline_error(error) for _, error, _ in self.tried)


def read_details_once(client: CrmClient, community_id: str, eans: Sequence[str], context: TaskContext,
                      *, stop_after: int) -> BatchRead:
    """On a worker: tries each meter's detail once, for the community the meters are listed in, and reports
    each detail read (``context.report``); retrying a failure is the caller's (``RetryQueue``), so that no
    worker sits waiting to retry. ``stop_after`` meters in a row that cannot be reached end the batch: the
    rest is left untried. Cancelling stops it before the next request."""
    from optimce_desktop.crm.client import is_transient  # loaded with the client

    batch = BatchRead()
    unreachable_in_a_row = 0
    for index, ean in enumerate(eans):
        context.raise_if_cancelled()
        try:
            detail = client.meter_detail(ean, community_id=community_id, retried=False)
        except Exception as error:
            batch.tried.append((ean, error, is_transient(error)))
            unreachable_in_a_row = unreachable_in_a_row + 1 if is_offline_error(error) else 0
            if unreachable_in_a_row >= stop_after:
                batch.untried = list(eans[index + 1:])
                break
            continue
        unreachable_in_a_row = 0
        batch.tried.append((ean, None, False))
        batch.details.append(detail)
        context.report(detail)
    return batch
