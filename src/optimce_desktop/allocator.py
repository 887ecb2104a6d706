"""Keeps the process's memory level over a working day on Linux's C library (glibc).

Worker threads each get a malloc arena of their own, and freed memory inside an arena stays with the process:
over hours of reading pages and details on worker threads, resident memory grew by about 100 MB an hour while
the memory actually in use stayed flat (measured with ``benchmarks/soak.py``). Two arenas at most, and
handing free pages back when the background work goes quiet, keep it level. Elsewhere (Windows' heap, musl)
these calls do not exist and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
import time
from functools import cache

_M_ARENA_MAX = -8  # mallopt's parameter number in glibc's malloc.h
ARENAS = 2
TRIM_AT_MOST_EVERY_S = 30.0
_last_trim = 0.0


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # by name: find_library would run ldconfig at every start
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def limit_arenas() -> bool:
    """At start, before the worker threads exist. True when the C library took the limit."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, ARENAS))


def release_free_memory(now: float | None = None) -> bool:
    """Hands free heap pages back to the system, at most every ``TRIM_AT_MOST_EVERY_S`` (it walks the
    heap: a few milliseconds). True when it ran."""
    global _last_trim
    libc = _glibc()
    now = time.monotonic() if now is None else now
    if libc is None or now - _last_trim < TRIM_AT_MOST_EVERY_S:
        return False
    _last_trim = now
    libc.malloc_trim(0)
    return True
