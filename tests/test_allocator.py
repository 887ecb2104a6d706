"""The allocator's settings on Linux's C library: taken at start, and free memory handed back, not too often."""

from __future__ import annotations

import sys

import pytest

from optimce_desktop import allocator

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator only")


def test_the_arena_limit_is_taken():
    assert allocator.limit_arenas()


def test_free_memory_is_handed_back_at_most_every_30_seconds(monkeypatch):
    monkeypatch.setattr(allocator, "_last_trim", -1e9)

    assert [allocator.release_free_memory(now) for now in (1000.0, 1010.0, 1031.0)] == [True, False, True]
