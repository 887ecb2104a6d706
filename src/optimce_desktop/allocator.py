"""Keeps the process's memory level over a working day, and the garbage collector's pauses short.

Worker threads each get a malloc arena of their own in Linux's C library (glibc), and freed memory inside an
arena stays with the process: over hours of reading pages and details on worker threads, resident memory grew
by about 100 MB an hour while the memory actually in use stayed flat (measured with ``benchmarks/soak.py``).
Two arenas at most, and handing free pages back when the background work goes quiet, keep it level. Elsewhere
(Windows' heap, musl) these calls do not exist and nothing is done.

Each full collection of Python's cyclic garbage collector walks every object alive, holding the interpreter's
lock: some 60 ms with a community of 50,000 meters shown, several times while its list loads. What lives as
long as the app (what its start made) or as a community is shown (its rows) is frozen out of those walks
(``gc.freeze``); the start itself runs without collections, which would only walk what it has just made.
"""

from __future__ import annotations

import gc
import sys
import time
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

_M_ARENA_MAX = -8  # mallopt's parameter number in glibc's malloc.h
ARENAS = 2
TRIM_AT_MOST_EVERY_S = 30.0
_last_trim = 0.0


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: elsewhere the start need not load it

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


def hold_collections() -> None:
    """At start: no garbage collection until ``start_done``. A start allocates some 40,000 objects that live
    as long as the app (modules, classes, the window); a full collection of them (20-40 ms) would come
    before the first rows are painted."""
    gc.disable()


def start_done() -> None:
    """The first screen is shown: what the start made is frozen out of the collector's walks, and
    collections resume. Only the first call does something."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def keep_out_of_collections() -> None:
    """Rows of a community arrived: they live as long as it is shown, and full collections stop walking them.

    ``gc.freeze()`` freezes every object alive, not only the rows: garbage is collected first (frozen, it
    would never be freed; cheap, as only what is not frozen yet is walked), and objects in use now and
    dropped later are collected once the rows go (``collect_again``). While the start holds collections,
    nothing: its end freezes them."""
    if gc.isenabled():
        gc.collect()
        gc.freeze()


def collect_again() -> None:
    """The rows of another community are shown: what was frozen with the former ones may be collected."""
    gc.unfreeze()
