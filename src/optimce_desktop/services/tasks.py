"""Background work in one small API, in the spirit of Anki's QueryOp.

A task is a plain function run on a thread pool. Its result, error and progress reports come back on the
GUI thread, through one relay object that lives there, so callbacks may touch widgets. A task that was
cancelled or whose owner went away has its late results dropped: a sync HTTP request cannot be interrupted,
so cancelling means "nobody listens any more", never "it did not happen".

Stale results are dropped by that one path, never by checks on top: a ``TaskSlot`` holds one task for one
purpose (starting another cancels it, so only the latest delivers), a ``TaskGroup`` cancels at once every
task it started (the community on screen changed).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from optimce_desktop.allocator import release_free_memory

log = logging.getLogger(__name__)
T = TypeVar("T")


class Priority(IntEnum):
    """Which waiting task a free worker takes first."""

    FIRST_PAINT = 4
    """The saved rows the window paints first."""
    USER_REQUEST = 3
    """What the operator just asked for: the selected meter's detail, a pending change checked."""
    LIST = 2
    """The community's list read from the CRM, and "Refresh all"."""
    NORMAL = 0
    IDLE = -1
    """Checks nobody waits for (the whole database's integrity)."""


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside a task's function when it notices that it was cancelled."""


class TaskContext:
    """Handed to the task's function: ask whether to stop, report progress to the GUI thread."""

    def __init__(self, task: Task[Any], relay: _Relay) -> None:
        self._task = task
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled

    def raise_if_cancelled(self) -> None:
        if self._task.cancelled:
            raise Cancelled

    def report(self, payload: object) -> None:
        if not self._task.cancelled:
            self._relay.progressed.emit(self._task.id, payload)


@dataclass(eq=False)
class Task(Generic[T]):
    id: int
    on_success: Callable[[T], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[Any], None] | None = None
    on_finished: Callable[[], None] | None = None
    started: bool = False
    delivered: bool = False
    """Its result or error was handed to its callbacks (or dropped): set on the GUI thread."""
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def live(self) -> bool:
        """Still to deliver: neither delivered nor cancelled."""
        return not self.delivered and not self.cancelled

    def cancel(self) -> None:
        """Stops listening; the function sees ``context.cancelled`` at its next check."""
        self._cancel.set()


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from workers are queued to it."""

    succeeded = Signal(int, object)
    failed = Signal(int, BaseException)
    progressed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], work: Callable[[TaskContext], Any], relay: _Relay) -> None:
        super().__init__()
        self._task, self._work, self._relay = task, work, relay

    def run(self) -> None:
        self._task.started = True
        context = TaskContext(self._task, self._relay)
        try:
            context.raise_if_cancelled()
            result = self._work(context)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._relay.failed.emit(self._task.id, exc)
        else:
            self._relay.succeeded.emit(self._task.id, result)


class TaskRunner(QObject):
    """Owns the worker threads. Create it on the GUI thread."""

    idle = Signal()

    def __init__(self, max_threads: int = 8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progressed)
        self._tasks: dict[int, Task[Any]] = {}
        self._ids = itertools.count(1)

    @property
    def pending(self) -> int:
        """Tasks started and not yet delivered (cancelled ones included until their thread ends)."""
        return len(self._tasks)

    def run(
        self,
        work: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> Task[T]:
        task: Task[T] = Task(next(self._ids), on_success, on_error, on_progress, on_finished)
        self._tasks[task.id] = task
        self._pool.start(_Runnable(task, work, self._relay), int(priority))
        return task

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def shutdown(self, wait_ms: int = 0) -> None:
        """Drops every pending result; threads still in a request end on their own timeout.

        ``wait_ms`` is for the end of the app only, once no window is left to freeze: it lets running
        requests finish before the connections they use are closed.
        """
        self.cancel_all()
        self._pool.clear()
        # cleared runnables never run, so nothing would ever deliver their tasks
        for task_id in [task.id for task in self._tasks.values() if not task.started]:
            del self._tasks[task_id]
        if wait_ms:
            self._pool.waitForDone(wait_ms)

    @Slot(int, object)
    def _on_succeeded(self, task_id: int, result: object) -> None:
        task = self._delivered(task_id)
        if task is not None and not task.cancelled and task.on_success is not None:
            self._call(task.on_success, result)
        self._finish(task)

    @Slot(int, BaseException)
    def _on_failed(self, task_id: int, error: BaseException) -> None:
        task = self._delivered(task_id)
        if task is not None and not task.cancelled and not isinstance(error, Cancelled):
            if task.on_error is not None:
                self._call(task.on_error, error)
            else:
                log.error("background task failed", exc_info=error)
        self._finish(task)

    @Slot(int, object)
    def _on_progressed(self, task_id: int, payload: object) -> None:
        task = self._tasks.get(task_id)
        if task is not None and not task.cancelled and task.on_progress is not None:
            self._call(task.on_progress, payload)

    def _delivered(self, task_id: int) -> Task[Any] | None:
        task = self._tasks.pop(task_id, None)
        if task is not None:
            task.delivered = True
        return task

    def _finish(self, task: Task[Any] | None) -> None:
        if task is not None and not task.cancelled and task.on_finished is not None:
            self._call(task.on_finished)
        if not self._tasks:
            release_free_memory()  # what the finished work freed goes back to the system
            self.idle.emit()

    @staticmethod
    def _call(callback: Callable[..., None], *args: object) -> None:
        # Not guarded: a faulty callback is a bug that must surface (pytest-qt fails the test, the app's
        # exception hook reports it), and the relay keeps working for the other tasks.
        callback(*args)


class TaskGroup:
    """Tasks dropped together: ``cancel`` cancels every one not yet delivered (the community on screen
    changed), and the group goes on taking new ones. A group may run its tasks in another group: cancelling
    that one cancels them too."""

    def __init__(self, runs: TaskRunner | TaskGroup) -> None:
        self._runs = runs
        self._tasks: list[Task[Any]] = []

    @property
    def pending(self) -> int:
        """Tasks of the group still to deliver."""
        self._tasks = [task for task in self._tasks if task.live]
        return len(self._tasks)

    def run(self, work: Callable[[TaskContext], T], **options: Any) -> Task[T]:
        """As ``TaskRunner.run``."""
        task = self._runs.run(work, **options)
        self._tasks = [*(known for known in self._tasks if known.live), task]
        return task

    def cancel(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks = []


class TaskSlot:
    """One task at a time for one purpose (the list, the selected meter's detail): starting one cancels the
    one before, so only the latest delivers."""

    def __init__(self, runs: TaskRunner | TaskGroup) -> None:
        self._runs = runs
        self._task: Task[Any] | None = None

    @property
    def busy(self) -> bool:
        """The task started last has yet to deliver (False in its own callbacks)."""
        return self._task is not None and self._task.live

    def run(self, work: Callable[[TaskContext], T], **options: Any) -> Task[T]:
        """As ``TaskRunner.run``, after cancelling the slot's previous task."""
        self.cancel()
        task = self._task = self._runs.run(work, **options)
        return task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
