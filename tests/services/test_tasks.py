"""The task runner delivers results, errors and progress on the GUI thread, and drops cancelled ones: a task
replaced in its slot, a group cancelled at once. Waiting tasks start in the order of their priority."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer

from optimce_desktop.services.tasks import Priority, TaskGroup, TaskRunner, TaskSlot


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.cancel_all()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(context):
        seen["worker"] = QThread.currentThread()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    runner.run(work, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["callback"] is gui_thread
    assert seen["worker"] is not gui_thread


def test_error_and_progress_reach_their_callbacks(qtbot, runner):
    progress, errors = [], []

    def work(context):
        for step in range(3):
            context.report(step)
        raise ValueError("boom")

    runner.run(work, on_progress=progress.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert progress == [0, 1, 2]
    assert isinstance(errors[0], ValueError)


def test_cancelled_task_result_is_dropped(qtbot, runner):
    release = threading.Event()
    delivered = []

    def work(context):
        release.wait(5)
        return "late"

    task = runner.run(work, on_success=delivered.append, on_error=delivered.append)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert delivered == []


def test_gui_thread_keeps_turning_while_work_runs(qtbot, runner):
    results, ticks = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    started = time.monotonic()
    runner.run(lambda context: time.sleep(0.3) or "slow", on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    timer.stop()
    assert time.monotonic() - started >= 0.25
    assert len([tick for tick in ticks if tick - started < 0.25]) >= 5  # the GUI thread turned meanwhile


def test_shutdown_forgets_tasks_that_never_started(qtbot):
    runner = TaskRunner(max_threads=1)
    release = threading.Event()
    runner.run(lambda context: release.wait(5))
    queued = [runner.run(lambda context: "never") for _ in range(5)]
    assert runner.pending == 6
    runner.shutdown()
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert all(task.cancelled and not task.started for task in queued)


def blocked(release: threading.Event, value: object):  # noqa: ANN201 - a task's function
    """A task that answers ``value`` once ``release`` is set, reporting its progress first."""

    def work(context):
        context.report(f"progress of {value}")
        release.wait(5)
        return value

    return work


def test_a_task_replaced_in_its_slot_never_delivers(qtbot, runner):
    release = threading.Event()
    delivered, progress = [], []
    slot = TaskSlot(runner)

    slot.run(blocked(release, "first"), on_success=delivered.append, on_progress=progress.append,
             on_error=delivered.append)
    slot.run(blocked(release, "latest"), on_success=delivered.append, on_error=delivered.append)
    assert slot.busy
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)

    assert delivered == ["latest"]
    assert "progress of first" not in progress
    assert not slot.busy


def test_a_cancelled_group_delivers_nothing_and_takes_new_tasks(qtbot, runner):
    release = threading.Event()
    outer = TaskGroup(runner)
    inner = TaskGroup(outer)  # e.g. the detail reads of a "Refresh all"
    delivered, finished = [], []
    for group, value in ((outer, "list"), (inner, "details"), (inner, "more details")):
        group.run(blocked(release, value), on_success=delivered.append, on_error=delivered.append,
                  on_progress=delivered.append, on_finished=lambda: finished.append(True))
    assert (outer.pending, inner.pending) == (3, 2)

    outer.cancel()
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert delivered == [] and finished == []
    assert (outer.pending, inner.pending) == (0, 0)

    inner.run(lambda context: "after", on_success=delivered.append)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert delivered == ["after"]


def test_priorities_order_the_waiting_tasks(qtbot):
    runner = TaskRunner(max_threads=1)
    entered, release = threading.Event(), threading.Event()
    ran: list[Priority] = []

    def hold(context):
        entered.set()
        release.wait(5)

    runner.run(hold)
    qtbot.waitUntil(entered.is_set)  # the only worker is busy: the others wait in the pool's queue
    for priority in (Priority.IDLE, Priority.LIST, Priority.NORMAL, Priority.FIRST_PAINT,
                     Priority.USER_REQUEST):
        runner.run(lambda context, priority=priority: priority, on_success=ran.append, priority=priority)
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)

    assert ran == [Priority.FIRST_PAINT, Priority.USER_REQUEST, Priority.LIST, Priority.NORMAL, Priority.IDLE]
