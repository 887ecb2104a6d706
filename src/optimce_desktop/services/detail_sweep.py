"""The detail sweep: the list's Holder (and sharing operation) column filled from each meter's detail.

The CRM's list never carries holders, so each meter's detail is read, one request a meter. A community of
20,000 meters read as fast as possible is minutes of steady load on a CRM every other user shares, at each
opening. So the sweep is considerate:

- the rows on screen go first (a screenful at once, ``VISIBLE_BURST``), then the rest in list order at
  ``SweepPace.requests_per_s`` (a setting, 5 a second by default): in any window of t seconds, at most
  ``VISIBLE_BURST + rate * t`` requests leave;
- a detail saved on this computer less than ``SweepPace.max_age`` ago (a setting, 7 days by default) is not
  read again when a community opens; "Refresh this meter" and "Refresh all" read it when the operator asks.
  Each detail is saved as soon as it is read, so a sweep stopped by closing the app resumes, at the next
  opening, with the meters it had not reached;
- it pauses while the operator types or scrolls (``hold``), and stops when the CRM cannot be reached.

``SweepSchedule`` is the scheduling alone (no Qt, a clock passed in); ``DetailSweep`` runs it on the task
runner and reports progress.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from optimce_desktop.services.connection import is_offline_error
from optimce_desktop.services.detail_reading import DetailReads
from optimce_desktop.services.offline_copy import STORAGE_ERRORS
from optimce_desktop.services.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from optimce_desktop.cache.meters import SavedMeters
    from optimce_desktop.domain.models import MeterDetail

log = logging.getLogger(__name__)

SETTINGS_REQUESTS_PER_S = "details/requestsPerSecond"
SETTINGS_MAX_AGE_DAYS = "details/maxAgeDays"
DEFAULT_REQUESTS_PER_S = 5.0
DEFAULT_MAX_AGE_DAYS = 7.0
RATE_RANGE = (0.1, 100.0)
VISIBLE_BURST = 50
"""Requests the rows on screen may use at once (about a screenful), on top of the steady rate."""
IN_FLIGHT = 3


@dataclass(frozen=True)
class SweepPace:
    requests_per_s: float = DEFAULT_REQUESTS_PER_S
    max_age: dt.timedelta = dt.timedelta(days=DEFAULT_MAX_AGE_DAYS)


def pace_from_settings(settings: QSettings) -> SweepPace:
    """The pace set in the settings (``details/requestsPerSecond``, ``details/maxAgeDays``); a missing or
    unusable value is the default."""
    rate = _number(settings.value(SETTINGS_REQUESTS_PER_S), DEFAULT_REQUESTS_PER_S)
    days = _number(settings.value(SETTINGS_MAX_AGE_DAYS), DEFAULT_MAX_AGE_DAYS)
    return SweepPace(min(max(rate, RATE_RANGE[0]), RATE_RANGE[1]), dt.timedelta(days=max(days, 0.0)))


def _number(value: object, default: float) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


class SweepSchedule:
    """Which meter's detail to read next, and when: the visible ones first (a token bucket of
    ``burst`` requests refilled at ``rate`` a second), the rest in order, ``1 / rate`` seconds apart and only
    while the bucket has a token. ``asked`` are the meters taken so far: a later plan skips them."""

    def __init__(self, rate: float, *, burst: int = VISIBLE_BURST,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()
        self._last_background: float | None = None
        self._visible: collections.deque[str] = collections.deque()
        self._rest: collections.deque[str] = collections.deque()
        self.asked: set[str] = set()
        """Meters taken so far (the rest's copies of them are skipped when their turn comes)."""

    def plan(self, eans: Iterable[str], *, again: Iterable[str] = ()) -> None:
        """Replaces the background order with ``eans`` (those already asked are skipped, unless named in
        ``again``: their saved detail is out of date). Cheap for a long plan: this runs on the GUI thread."""
        self.asked.difference_update(again)
        self._rest = collections.deque(eans)

    def put_first(self, eans: Iterable[str]) -> None:
        """Meters on screen: read before any other (the last named first in line is the first given)."""
        first = [ean for ean in eans if ean not in self.asked]
        named = set(first)
        self._visible = collections.deque([*first, *(e for e in self._visible if e not in named)])

    def add(self, eans: Iterable[str]) -> None:
        """Meters to read after the others."""
        self._rest.extend(eans)

    def delay(self) -> float | None:
        """Seconds until the next request may leave (0: now); None when nothing waits."""
        now = self._refill()
        lacking = max(0.0, (1.0 - self._tokens) / self.rate)
        if self._visible:
            return lacking
        if self._rest:
            spacing = 0.0 if self._last_background is None else self._last_background + 1 / self.rate - now
            return max(lacking, spacing, 0.0)
        return None

    def take(self) -> str | None:
        """The meter to read now, if one may leave now (counted against the rate)."""
        while True:
            wait = self.delay()
            if wait is None or wait > 1e-9:
                return None
            visible = bool(self._visible)
            ean = self._visible.popleft() if visible else self._rest.popleft()
            if ean in self.asked:
                continue
            self.asked.add(ean)
            self._tokens -= 1.0
            if not visible:
                self._last_background = self._stamp
            return ean

    def forget(self, eans: Iterable[str]) -> None:
        """Meters read some other way (the selected one): no request for them."""
        self.asked.update(eans)

    def clear(self) -> None:
        self._visible.clear()
        self._rest.clear()

    def _refill(self) -> float:
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        return now


@dataclass(frozen=True)
class SweepPlan:
    """The meters a sweep reads, in order, out of ``total`` listed; ``again``: listed fields changed."""

    total: int
    to_read: list[str]
    waiting: set[str]
    """``to_read`` as a set, made on the worker (the sweep takes it over): not on the GUI thread."""
    again: frozenset[str] = frozenset()


def plan_sweep(offline_copy: SavedMeters | None, community_id: str, listed: list[str], changed: Iterable[str],
               max_age: dt.timedelta) -> SweepPlan:
    """On a worker: the listed meters (in list order) whose saved detail is missing or older than
    ``max_age``, and those whose listed fields ``changed`` (their saved detail is out of date)."""
    renew = frozenset(changed)
    fresh: set[str] = set()
    if offline_copy is not None:
        try:
            fresh = offline_copy.fresh_detail_eans(community_id, dt.datetime.now(dt.UTC) - max_age)
        except STORAGE_ERRORS as error:
            log.warning("The saved details could not be read: %s", error)
    to_read = [e for e in listed if e not in fresh or e in renew]
    return SweepPlan(len(listed), to_read, set(to_read), renew)


class DetailSweep(QObject):
    """Runs a ``SweepSchedule``: one task a detail, at most ``IN_FLIGHT`` at once (``DetailReads``), paced on
    the GUI thread by a timer. ``read_one(ean, context)`` reads and saves one detail on a worker (the service
    gives it, for the community shown). A stopped or paused sweep's reads deliver nothing."""

    detailRead = Signal(object)
    """A ``MeterDetail`` read (and saved); its models are not imported at start-up."""
    detailFailed = Signal(str, BaseException)
    """The CRM could not give this meter (gone, refused): the sweep goes on."""
    unreachable = Signal(BaseException)
    """The CRM cannot be reached: the sweep stops; the next list read plans it again."""
    progressed = Signal(int, int)
    """Meters whose detail is fresh, of those listed (only once a plan is known)."""

    def __init__(self, tasks: TaskRunner, pace: SweepPace | None = None, parent: QObject | None = None, *,
                 in_flight: int = IN_FLIGHT, may_send: Callable[[], bool] = lambda: True,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._in_flight = in_flight
        self._may_send = may_send
        self._clock = clock
        self.pace = pace or SweepPace()
        self._schedule = SweepSchedule(self.pace.requests_per_s, clock=clock)
        self._reads: DetailReads[MeterDetail] | None = None
        """The reads of the community shown; None while there is none."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._dispatch)
        self._hold_until = 0.0
        self._total: int | None = None
        self._pending: set[str] = set()
        self.requests = 0
        """Requests sent by this sweep since it was made (benchmarks read it)."""

    # -- what the service asks ----------------------------------------------------------------------

    def set_pace(self, pace: SweepPace) -> None:
        self.pace = pace
        self._schedule.rate = pace.requests_per_s

    def begin(self, read_one: Callable[[str, TaskContext], MeterDetail]) -> None:
        """A new community (or the same one opened again): forgets everything of the previous one."""
        self.stop()
        self._reads = DetailReads(self._tasks, self._in_flight,
                                  lambda eans, context: read_one(eans[0], context),
                                  on_read=self._read, on_error=self._failed, then=self._dispatch)

    def stop(self) -> None:
        """Stops at once; late answers are dropped; the progress is forgotten."""
        self.pause()
        self._schedule = SweepSchedule(self.pace.requests_per_s, clock=self._clock)
        self._reads = None
        self._total = None
        self._pending = set()

    def pause(self) -> None:
        """Stops sending (a full refresh reads everything, or the CRM is away); the progress stays."""
        if self._reads is not None:
            self._reads.stop()
        self._timer.stop()
        self._schedule.clear()

    def plan(self, plan: SweepPlan) -> None:
        """Reads ``plan.to_read`` in the background (those already read this time are skipped)."""
        if self._reads is None:
            return
        self._schedule.plan(plan.to_read, again=plan.again)
        self._total = plan.total
        self._pending = plan.waiting
        self._pending.difference_update(self._schedule.asked)  # read (or being read) since it was made
        self._report()
        self._dispatch()

    def complete(self, total: int) -> None:
        """Every listed meter's detail is fresh (a full refresh read them all)."""
        self._schedule.clear()
        self._total, self._pending = total, set()
        self._report()

    def put_first(self, eans: Iterable[str]) -> None:
        if self._reads is None:
            return
        self._schedule.put_first(eans)
        self._dispatch()

    def add(self, eans: Iterable[str]) -> None:
        """Meters to read after those planned (not counted in the progress)."""
        if self._reads is None:
            return
        self._schedule.add(eans)
        self._dispatch()

    def note_read(self, ean: str) -> None:
        """A detail read another way (the selected meter): the sweep need not ask for it."""
        self._schedule.forget([ean])
        if ean in self._pending:
            self._pending.discard(ean)
            self._report()

    def hold(self, seconds: float) -> None:
        """No new request for ``seconds`` (the operator types or scrolls: the GUI thread goes first)."""
        self._hold_until = max(self._hold_until, self._clock() + seconds)

    @property
    def progress(self) -> tuple[int, int] | None:
        """(meters with a fresh detail, meters listed), once a plan is known."""
        if self._total is None:
            return None
        return self._total - len(self._pending), self._total

    # -- pacing ---------------------------------------------------------------------------------------

    def _dispatch(self) -> None:
        reads = self._reads
        if reads is None:
            return
        held = self._hold_until - self._clock()
        if held > 0:
            self._timer.start(math.ceil(held * 1000))
            return
        if not self._may_send():
            return  # working offline: the next list read plans the sweep again
        reads.fill(self._take)
        wait = self._schedule.delay()
        if wait is not None and reads.has_room:
            self._timer.start(max(1, math.ceil(wait * 1000)))

    def _take(self) -> list[str]:
        ean = self._schedule.take()
        if ean is None:
            return []
        self.requests += 1
        return [ean]

    def _read(self, eans: list[str], detail: MeterDetail) -> None:
        self._settled(eans[0])
        self.detailRead.emit(detail)

    def _failed(self, eans: list[str], error: BaseException) -> None:
        if is_offline_error(error):
            self.pause()
            self.unreachable.emit(error)
            return
        self._settled(eans[0])
        self.detailFailed.emit(eans[0], error)

    def _settled(self, ean: str) -> None:
        if ean in self._pending:
            self._pending.discard(ean)
            self._report()

    def _report(self) -> None:
        progress = self.progress
        if progress is not None:
            self.progressed.emit(*progress)
