"""Shared pieces of the benchmarks: an emulator in its own process, an event-loop stall meter, memory."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class EmulatorProcess:
    """``python -m optimce_desktop.emulator`` on a free port, so that its work does not share our GIL.

    ``extra_args`` go to its command line (``--fail-rate``, ``--latency-ms``...); ``restart()`` serves the
    same database on the same port again (with new tokens), after a ``stop()`` or while it runs."""

    def __init__(self, db_path: Path, meters: int, *, extra_args: tuple[str, ...] = ()) -> None:
        self._command = [sys.executable, "-m", "optimce_desktop.emulator", "--db", str(db_path),
                         "--meters", str(meters), *extra_args]
        self.port = 0
        self.base_url = ""
        self.issuer_url = ""
        self.manager_token = ""
        self.process = self._start()

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen([*self._command, "--port", str(self.port)],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.process = process
        base_url = issuer_url = manager_token = ""
        assert process.stdout is not None
        for line in process.stdout:
            if match := re.search(r"emulator at (http://\S+)", line):
                base_url = match.group(1)
            elif match := re.search(r"OpenID issuer: (http://\S+)", line):
                issuer_url = match.group(1)
            elif match := re.search(r"demo-manager \(.*\): (\S+)", line):
                manager_token = match.group(1)
            elif "Ctrl+C to stop" in line:
                break
        if not (base_url and issuer_url and manager_token):
            self.stop()
            raise RuntimeError("the emulator did not start")
        self.base_url, self.issuer_url, self.manager_token = base_url, issuer_url, manager_token
        self.port = int(base_url.rsplit(":", 1)[1])
        # keeps reading what it prints, so that a long run never blocks it on a full pipe
        threading.Thread(target=process.stdout.read, daemon=True).start()
        return process

    def restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(10)


class CountingTransport(httpx.HTTPTransport):
    """The app's HTTP transport, noting when each meter detail request (``GET /meters/{EAN}``) left."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.detail_times: list[float] = []
        """``time.perf_counter()`` of each detail request."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and re.fullmatch(r"/meters/[^/]+", request.url.path):
            with self._lock:
                self.detail_times.append(time.perf_counter())
        return super().handle_request(request)

    def details_between(self, start: float, end: float) -> int:
        with self._lock:
            return sum(1 for moment in self.detail_times if start <= moment < end)


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


def rss_mb() -> float:
    """This process's resident memory now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def malloc_mb() -> tuple[float, float]:
    """glibc's heap: (bytes in use, bytes held from the system) in MB; (0, 0) elsewhere. Held growing while in
    use stays flat is fragmentation, not a leak."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
            "keepcost")]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
    except (OSError, AttributeError):
        return 0.0, 0.0
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20, (info.arena + info.hblkhd) / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
