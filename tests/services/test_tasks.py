"""The task runner delivers results, errors and progress on the GUI thread, and drops cancelled ones."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from optimce_desktop.services.tasks import TaskRunner


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
    results = []
    runner.run(lambda context: time.sleep(0.3) or "slow", on_success=results.append)
    started = time.monotonic()
    ticks = 0
    while not results:
        qtbot.wait(10)
        ticks += 1
    assert time.monotonic() - started >= 0.25
    assert ticks >= 5


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
