"""Rows made on a worker thread in small steps, so that the GUI thread keeps painting meanwhile."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

ROWS_PER_REPORT = 500
"""Rows sent to the GUI thread at a time."""
ROWS_PER_BREATH = 100
BREATH_S = 0.002


def rows_breathing(items: Sequence[Any], to_row: Callable[[Any], object]) -> list[object]:
    """Makes rows with short pauses: a worker that never sleeps wins the GIL over and over and the GUI
    thread, which needs it for every cell it paints, would wait a switch interval per cell."""
    rows = []
    for start in range(0, len(items), ROWS_PER_BREATH):
        rows.extend(to_row(item) for item in items[start:start + ROWS_PER_BREATH])
        time.sleep(BREATH_S)
    return rows
