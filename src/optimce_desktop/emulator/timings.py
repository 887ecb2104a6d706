"""The real CRM's response times, so that the emulator can answer as slowly as the real server does.

Measured on the real OptimCE CRM (a community of 20,010 meters): a page of the meter list took 0.10-0.23 s for
2,000 rows and 0.22-0.47 s for 5,000 rows (the time grows with the page size), one meter's detail 5-9 ms.
``REAL_SERVER`` draws each answer's time from those ranges (linear in the page size between and beyond the
two measured sizes); ``TimingMiddleware`` holds the emulator's answer until that time has passed since the
request arrived (an emulator slower than that, on a loaded machine, is not slowed further).

Only the meter list and a meter's detail are timed: nothing was measured for the other routes.
"""

from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Receive, Scope, Send

from optimce_desktop.emulator.held_answers import answer_late

LIST_PATH = re.compile(r"^/meters/?$")
DETAIL_PATH = re.compile(r"^/meters/[^/]+/?$")
DEFAULT_LIMIT = 10
"""The page size of a list request that names none (the CRM's default)."""


@dataclass(frozen=True)
class ServerTimings:
    """Seconds an answer takes: a list page ``fixed + per_row * rows``, each bound drawn in its range."""

    list_fixed: tuple[float, float]
    list_per_row: tuple[float, float]
    detail: tuple[float, float]

    def list_page_range(self, rows: int) -> tuple[float, float]:
        low = self.list_fixed[0] + self.list_per_row[0] * rows
        high = self.list_fixed[1] + self.list_per_row[1] * rows
        return low, high


def _line_through(size_a: int, time_a: float, size_b: int, time_b: float) -> tuple[float, float]:
    """(fixed, per row) of the line through two measured (page size, seconds) points."""
    per_row = (time_b - time_a) / (size_b - size_a)
    return time_a - per_row * size_a, per_row


_FASTEST = _line_through(2000, 0.10, 5000, 0.22)
_SLOWEST = _line_through(2000, 0.23, 5000, 0.47)
REAL_SERVER = ServerTimings(
    list_fixed=(_FASTEST[0], _SLOWEST[0]),
    list_per_row=(_FASTEST[1], _SLOWEST[1]),
    detail=(0.005, 0.009),
)
PROFILES: dict[str, ServerTimings | None] = {"emulator": None, "real": REAL_SERVER}
"""``--server-timings``: as fast as the emulator answers, or as the real server."""


class TimingMiddleware:
    """Holds each timed answer until its drawn time has passed since the request arrived."""

    def __init__(self, app: ASGIApp, timings: ServerTimings, *, seed: int | None = None) -> None:
        self.app = app
        self.timings = timings
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def answer_time(self, method: str, path: str, query: bytes) -> float | None:
        """Seconds this request's answer takes on the real server; None when it is not timed."""
        if method != "GET":
            return None
        if LIST_PATH.match(path):
            low, high = self.timings.list_page_range(_limit(query))
        elif DETAIL_PATH.match(path):
            low, high = self.timings.detail
        else:
            return None
        with self._lock:
            return self._random.uniform(low, high)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = (self.answer_time(scope["method"], scope["path"], scope.get("query_string", b""))
                  if scope["type"] == "http" else None)
        if target is None:
            await self.app(scope, receive, send)
            return
        arrived = time.monotonic()
        await answer_late(self.app, scope, receive, send, lambda: target - (time.monotonic() - arrived))


def _limit(query: bytes) -> int:
    values = parse_qs(query.decode("latin-1")).get("limit", [])
    try:
        return max(1, int(values[0])) if values else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT
