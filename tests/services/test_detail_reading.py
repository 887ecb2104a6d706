"""``DetailReads``, the bounded queue behind the detail sweep and "Refresh all": never more reads at once
than its limit, every meter read once, and nothing delivered once it is stopped."""

from __future__ import annotations

import collections
import threading

import pytest

from optimce_desktop.services.detail_reading import DetailReads
from optimce_desktop.services.tasks import TaskRunner

EANS = [f"5414480000000{index:05d}" for index in range(10)]


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner(max_threads=4)
    yield runner
    runner.shutdown()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)


class Reader:
    """Reads on workers once ``release`` is set, noting how many read at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._now = 0
        self.most_at_once = 0

    def __call__(self, eans: list[str], context: object) -> str:
        with self._lock:
            self._now += 1
            self.most_at_once = max(self.most_at_once, self._now)
        self.release.wait(5)
        with self._lock:
            self._now -= 1
        return f"detail of {eans[0]}"


def test_at_most_the_limit_reads_at_once_and_each_meter_once(qtbot, runner):
    reader, queue, read = Reader(), collections.deque(EANS), []
    reads: DetailReads[str]

    def take() -> list[str]:
        return [queue.popleft()] if queue else []

    reads = DetailReads(runner, 2, reader, on_read=lambda eans, detail: read.append(detail),
                        on_error=lambda eans, error: read.append(error), then=lambda: reads.fill(take))
    reads.fill(take)
    assert reads.running == 2 and len(queue) == len(EANS) - 2  # four workers are free, two are taken

    reader.release.set()
    qtbot.waitUntil(lambda: len(read) == len(EANS))

    assert sorted(read) == [f"detail of {ean}" for ean in EANS]
    assert reader.most_at_once <= 2 and reads.running == 0


def test_a_stopped_queue_delivers_nothing_and_reads_again_when_filled(qtbot, runner):
    reader, read, ended = Reader(), [], []
    reads = DetailReads(runner, 3, reader, on_read=lambda eans, detail: read.append(detail),
                        on_error=lambda eans, error: read.append(error), then=lambda: ended.append(True))
    batches = collections.deque([EANS[:1], EANS[1:2]])
    reads.fill(lambda: batches.popleft() if batches else [])

    reads.stop()
    assert reads.running == 0
    reader.release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert read == [] and ended == []

    batches.append(EANS[5:6])
    reads.fill(lambda: batches.popleft() if batches else [])
    qtbot.waitUntil(lambda: bool(ended))
    assert read == [f"detail of {EANS[5]}"]
