"""The "let the GUI thread breathe" policy, in one place.

Work on a worker thread competes with the GUI thread for the interpreter's lock: a worker that never sleeps
wins it over and over, and the GUI thread, which needs it for every cell it paints, would wait a switch
interval per cell. So rows are made on workers in small steps with short pauses (``rows_breathing``), sent
to the GUI thread ``ROWS_PER_REPORT`` at a time (``report_chunks``), the offline copy's first screenful at
full speed (``saved_rows``); and the background work waits ``USER_ACTIVITY_HOLD_S`` after each keystroke or
scroll of the operator (``MeterService.hold_background``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

ROWS_PER_REPORT = 500
"""Rows sent to the GUI thread at a time (also how often a long export reports its progress)."""
FIRST_SCREENFUL = 60
"""Rows of the offline copy sent ahead of the others: a screenful, painted before the rest is read."""
FIRST_PAINT_S = 0.05
"""The pause after the first screenful, before the next rows are made: Qt paints a window only once every
other event posted to the GUI thread is handled, and the next 500 rows are some 10 ms of that thread."""
ROWS_PER_BREATH = 100
BREATH_S = 0.002
USER_ACTIVITY_HOLD_S = 0.6
"""How long the background work waits after a keystroke or a scroll."""


def report_chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in chunks of ``ROWS_PER_REPORT``, one report to the GUI thread each."""
    for start in range(0, len(items), ROWS_PER_REPORT):
        yield items[start:start + ROWS_PER_REPORT]


def rows_breathing(items: Sequence[T], to_row: Callable[[T], object]) -> list[object]:
    """Rows made with short pauses, so that the GUI thread gets the lock between them."""
    rows = []
    for start in range(0, len(items), ROWS_PER_BREATH):
        rows.extend(to_row(item) for item in items[start:start + ROWS_PER_BREATH])
        time.sleep(BREATH_S)
    return rows


def saved_rows(read: Callable[..., Iterable[Sequence[T]]], to_row: Callable[[T], object], *,
               before_each: Callable[[], None] = lambda: None) -> Iterator[list[object]]:
    """Rows of the offline copy, read by ``read(size, first_chunk=first)`` (``SavedMeters.iter_rows`` for
    one community) ``FIRST_SCREENFUL`` then ``ROWS_PER_REPORT`` at a time: the first screenful made at full
    speed, since nothing is painted yet; the next chunks once it is painted (``FIRST_PAINT_S``), with pauses,
    as the GUI thread is then painting. ``before_each`` runs before each chunk is made (to stop when
    cancelled)."""
    for number, chunk in enumerate(read(ROWS_PER_REPORT, first_chunk=FIRST_SCREENFUL)):
        if number == 1:
            time.sleep(FIRST_PAINT_S)
        before_each()
        yield [to_row(item) for item in chunk] if number == 0 else rows_breathing(chunk, to_row)
