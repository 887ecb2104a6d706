"""Sends the meter actions (add, modify, deactivate, cancel a scheduled change) from a worker, once, and
settles an uncertain outcome by reading the meter again, never by sending again.

Each action is a ``MeterWrite``: how to send it, and how to tell from the meter as read whether the CRM
applied it. The worker reads the meter first: if another operator changed what the form was made against,
nothing is sent (``CHANGED``). A write whose answer was lost is settled by a re-read; while the meter does
not show it, the outcome is ``UNKNOWN`` and the meter is read again on a schedule until it does
(``APPLIED``) or the schedule ends (``UNCONFIRMED``). Every result arrives on the GUI thread as
``resultReady``, the write it answers attached.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from optimce_desktop.cache.meters import MeterCache
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.crm.errors import CrmError, NotFoundError, write_outcome_unknown
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.services.connection import ConnectionMonitor, client_of
from optimce_desktop.services.outcome_checks import RECHECK_DELAYS_S
from optimce_desktop.services.problems import Problem, problem_from
from optimce_desktop.services.saved_copy import save_details
from optimce_desktop.services.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

ClientSource = CrmClient | Callable[[], CrmClient]
_tokens = itertools.count(1)


class WriteOutcome(StrEnum):
    APPLIED = "applied"
    """The CRM applied the write; ``detail`` is the meter read after (None if that read failed)."""
    REJECTED = "rejected"
    """The CRM refused it: nothing changed. ``problem.field`` may name the request field."""
    NOT_SENT = "not_sent"
    """The CRM could not be reached: nothing was sent."""
    CHANGED = "changed"
    """The meter changed since the form was made: nothing was sent; ``detail`` is the meter now."""
    UNKNOWN = "unknown"
    """The write may have reached the CRM without an answer; the meter is read again until it says."""
    UNCONFIRMED = "unconfirmed"
    """The re-reads ended without the meter showing the write: it may still have been applied."""


@dataclass(frozen=True, eq=False)
class MeterWrite:
    """One write to one meter of the community the form was opened in."""

    kind: str
    """``add``, ``modify``, ``deactivate`` or ``cancel_scheduled``: lets each listener pick its own."""
    ean: str
    community_id: str
    send: Callable[[CrmClient, str], None]
    """Sends the write with the client, for the community."""
    is_applied: Callable[[MeterDetail | None], bool]
    """True when the meter as read (None: it does not exist) shows the write."""
    unchanged: Callable[[MeterDetail | None], bool] = lambda detail: True
    """True when the meter as read before sending is still what the form was made against."""
    token: int = field(default_factory=lambda: next(_tokens))


@dataclass(frozen=True)
class WriteResult:
    write: MeterWrite
    outcome: WriteOutcome
    detail: MeterDetail | None = None
    problem: Problem | None = None
    error_code: int | None = None
    request_field: str | None = None
    """The request field the CRM's refusal is about, when it said (``EAN``, ``start_date``...)."""


class MeterActionService(QObject):
    resultReady = Signal(object)
    """A ``WriteResult``. An ``UNKNOWN`` one is followed by an ``APPLIED`` or ``UNCONFIRMED`` one."""

    def __init__(self, client: ClientSource, tasks: TaskRunner, parent: QObject | None = None, *,
                 connection: ConnectionMonitor | None = None, cache: MeterCache | None = None,
                 check_delays: Sequence[float] = RECHECK_DELAYS_S) -> None:
        super().__init__(parent)
        self._client_source = client
        self._tasks = tasks
        self._connection = connection
        self._cache = cache
        self._delays = tuple(check_delays)
        self._in_flight: set[str] = set()
        self._timers: dict[int, QTimer] = {}
        self._closed = False

    def set_check_delays(self, delays: Sequence[float]) -> None:
        """Seconds between the re-reads of a write whose answer was lost, from the next write on."""
        self._delays = tuple(delays)

    @property
    def works_offline(self) -> bool:
        return self._connection is not None and self._connection.is_offline

    def is_busy(self, ean: str) -> bool:
        """A write of this meter is being sent or its outcome is not known yet."""
        return ean in self._in_flight

    def community_id(self) -> str:
        return client_of(self._client_source).community_id or ""

    def submit(self, write: MeterWrite) -> None:
        if write.ean in self._in_flight:
            raise RuntimeError(f"A change of meter {write.ean} is already being sent")
        self._in_flight.add(write.ean)
        client, cache = client_of(self._client_source), self._cache
        self._tasks.run(lambda context: _send(client, cache, write),
                        on_success=self._deliver,
                        on_error=lambda error: self._deliver(_unexpected(write, error)))

    def shutdown(self) -> None:
        self._closed = True
        for timer in self._timers.values():
            timer.stop()
        self._timers.clear()

    def _deliver(self, result: WriteResult) -> None:
        write = result.write
        if result.outcome is WriteOutcome.UNKNOWN:
            self._check_later(write, list(self._delays))
        else:
            self._in_flight.discard(write.ean)
        log.info("Meter %s, %s: %s", write.ean, write.kind, result.outcome)
        if not self._closed:
            self.resultReady.emit(result)

    def _check_later(self, write: MeterWrite, delays: list[float]) -> None:
        if self._closed:
            return
        if not delays:
            self._in_flight.discard(write.ean)
            self.resultReady.emit(WriteResult(write, WriteOutcome.UNCONFIRMED))
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(int(delays.pop(0) * 1000))
        timer.timeout.connect(lambda: self._check(write, delays))
        self._timers[write.token] = timer
        timer.start()

    def _check(self, write: MeterWrite, delays: list[float]) -> None:
        timer = self._timers.pop(write.token, None)
        if timer is not None:
            timer.deleteLater()
        if self._closed:
            return
        client, cache = client_of(self._client_source), self._cache

        def work(context: TaskContext) -> MeterDetail | None:
            detail = _read(client, write)
            save_details(cache, write.community_id, [detail] if detail is not None else [])
            return detail

        def done(detail: MeterDetail | None) -> None:
            if write.is_applied(detail):
                self._deliver(WriteResult(write, WriteOutcome.APPLIED, detail))
            else:
                self._check_later(write, delays)

        self._tasks.run(work, on_success=done, on_error=lambda error: self._check_later(write, delays))


def _read(client: CrmClient, write: MeterWrite) -> MeterDetail | None:
    """The meter as the CRM has it now; None when it does not exist."""
    try:
        return client.meter_detail(write.ean, community_id=write.community_id)
    except NotFoundError:
        return None


def _send(client: CrmClient, cache: MeterCache | None, write: MeterWrite) -> WriteResult:
    """The whole write, on a worker: read, send once, read again."""
    try:
        before = _read(client, write)
    except CrmError as exc:
        return _failure(write, WriteOutcome.NOT_SENT if exc.offline else WriteOutcome.REJECTED, exc)
    if not write.unchanged(before):
        if write.is_applied(before):  # an earlier attempt whose answer was lost did reach the CRM
            return WriteResult(write, WriteOutcome.APPLIED, before)
        return WriteResult(write, WriteOutcome.CHANGED, before)
    try:
        write.send(client, write.community_id)
    except CrmError as exc:
        if write_outcome_unknown(exc):
            return _settle_now(client, cache, write, exc)
        return _failure(write, WriteOutcome.NOT_SENT if exc.offline else WriteOutcome.REJECTED, exc)
    try:
        after = _read(client, write)
    except CrmError as exc:
        log.warning("Meter %s changed (%s), but its re-read failed: %s", write.ean, write.kind, exc)
        return WriteResult(write, WriteOutcome.APPLIED, None)
    save_details(cache, write.community_id, [after] if after is not None else [])
    return WriteResult(write, WriteOutcome.APPLIED, after)


def _settle_now(client: CrmClient, cache: MeterCache | None, write: MeterWrite, exc: CrmError) -> WriteResult:
    try:
        after = _read(client, write)
    except CrmError:
        return _failure(write, WriteOutcome.UNKNOWN, exc)
    if write.is_applied(after):
        save_details(cache, write.community_id, [after] if after is not None else [])
        return WriteResult(write, WriteOutcome.APPLIED, after)
    return _failure(write, WriteOutcome.UNKNOWN, exc)


def _failure(write: MeterWrite, outcome: WriteOutcome, exc: CrmError) -> WriteResult:
    return WriteResult(write, outcome, problem=problem_from(exc), error_code=exc.error_code,
                       request_field=exc.field)


def _unexpected(write: MeterWrite, error: BaseException) -> WriteResult:
    log.error("Unexpected failure while sending a change of meter %s", write.ean, exc_info=error)
    return WriteResult(write, WriteOutcome.UNKNOWN, problem=problem_from(error))
