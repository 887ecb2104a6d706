"""``DetailReads``, the bounded queue behind the detail sweep and "Refresh all": never more reads at once
than its limit, every meter read once, and nothing delivered once it is stopped. ``RetryQueue``, the meters
of "Refresh all": a failed meter tried again after its pause, before the others, as many times as the client
tries a request."""

from __future__ import annotations

import collections
import threading

import pytest

from optimce_desktop.services.detail_reading import DetailReads, RetryQueue
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


class Clock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_failed_meter_waits_its_pause_while_the_others_are_taken_then_goes_first():
    clock = Clock()
    queue = RetryQueue(EANS[:4], (0.2, 0.6), clock=clock)
    first = queue.take(2)
    assert first == EANS[:2]

    assert queue.retry(EANS[0])  # its first try failed: tried again in 0.2 s
    assert queue.take(1) == [EANS[2]] and queue.due_in() == pytest.approx(0.2)
    clock.now += 0.2
    assert queue.take(2) == [EANS[0], EANS[3]]  # due: before those not tried yet
    assert len(queue) == 0 and queue.take(1) == []


def test_a_meter_is_tried_as_many_times_as_the_client_tries_a_request():
    clock = Clock()
    queue = RetryQueue(EANS[:1], (0.2, 0.6), clock=clock)
    tries, pauses = 0, []
    while True:
        assert queue.take(1) == EANS[:1]
        tries += 1
        if not queue.retry(EANS[0]):
            break
        pauses.append(queue.due_in())
        clock.now += queue.due_in()
    assert tries == 3 and pauses == [pytest.approx(0.2), pytest.approx(0.6)]
    assert len(queue) == 0 and queue.due_in() is None

    no_retries = RetryQueue(EANS[:1], ())
    assert no_retries.take(1) == EANS[:1] and not no_retries.retry(EANS[0])


def test_meters_put_back_are_taken_next_without_a_try_counted():
    clock = Clock()
    queue = RetryQueue(EANS[:5], (0.2,), clock=clock)
    batch = queue.take(4)
    queue.put_back(batch[2:])
    assert queue.take(5) == [EANS[2], EANS[3], EANS[4]]
    assert queue.retry(EANS[3])  # its first failure
    assert not queue.retry(EANS[3])  # its second: the tries are spent
