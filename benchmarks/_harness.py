"""Shared pieces of the benchmarks: an emulator in its own process, an event-loop stall meter, memory."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class EmulatorProcess:
    """``python -m optimce_desktop.emulator`` on a free port, so that its work does not share our GIL."""

    def __init__(self, db_path: Path, meters: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "optimce_desktop.emulator", "--port", "0", "--db", str(db_path),
             "--meters", str(meters)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.base_url = ""
        self.issuer_url = ""
        self.manager_token = ""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if match := re.search(r"emulator at (http://\S+)", line):
                self.base_url = match.group(1)
            elif match := re.search(r"OpenID issuer: (http://\S+)", line):
                self.issuer_url = match.group(1)
            elif match := re.search(r"demo-manager \(.*\): (\S+)", line):
                self.manager_token = match.group(1)
            elif "Ctrl+C to stop" in line:
                break
        if not (self.base_url and self.issuer_url and self.manager_token):
            self.stop()
            raise RuntimeError("the emulator did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class StallMeter:
    """Measures the longest gap between two turns of the GUI event loop (a zero-interval timer)."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self.max_gap_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed() / 1e6
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.max_gap_ms = max(self.max_gap_ms, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._tick()
        self._timer.stop()


def wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float) -> float:
    """Turns the event loop until ``condition``; returns the seconds it took."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError(f"condition not met within {timeout_s} s")
        app.processEvents()
        time.sleep(0.0005)
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
