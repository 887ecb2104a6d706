"""Memory over a working day: the allocator's settings on Linux's C library, taken at start, and free memory
handed back, not too often; the garbage collector spared what lives long (what the start made, the rows of
the community shown) without keeping any garbage for good."""

from __future__ import annotations

import gc
import sys
import weakref

import pytest

from optimce_desktop import allocator

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator only")


@linux_only
def test_the_arena_limit_is_taken():
    assert allocator.limit_arenas()


@linux_only
def test_free_memory_is_handed_back_at_most_every_30_seconds(monkeypatch):
    monkeypatch.setattr(allocator, "_last_trim", -1e9)

    assert [allocator.release_free_memory(now) for now in (1000.0, 1010.0, 1031.0)] == [True, False, True]


class _Cycle:
    """An object in a reference cycle: only the cyclic garbage collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector():
    """The collector collecting, nothing frozen, before and after each test."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_start_runs_without_collections_then_freezes_what_it_made(collector):
    allocator.hold_collections()
    made_at_start = _Cycle()
    allocator.keep_out_of_collections()  # the first saved rows, before the first paint
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    allocator.start_done()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    allocator.start_done()  # a later window settling: nothing more
    assert gc.get_freeze_count() == frozen
    assert made_at_start.me is made_at_start


def test_rows_kept_out_of_collections_keep_no_garbage_and_are_let_go(collector):
    """Rows are frozen out of the collector's walks as they arrive, but no garbage made before (a finished
    request's objects) for good; objects in use meanwhile (a request in flight) are freed once dropped and
    the rows go (another community)."""
    garbage, in_use = _Cycle(), _Cycle()
    garbage_ref, in_use_ref = weakref.ref(garbage), weakref.ref(in_use)
    del garbage
    rows = [_Cycle() for _ in range(3000)]
    allocator.keep_out_of_collections()
    assert gc.get_freeze_count() > len(rows)
    gc.collect()
    assert garbage_ref() is None
    del in_use, rows
    allocator.collect_again()
    gc.collect()
    assert in_use_ref() is None and gc.get_freeze_count() == 0


def test_the_window_keeps_its_rows_out_of_collections_until_another_community_shows(
        qtbot, collector, loaded_window):
    window = loaded_window
    assert gc.get_freeze_count() > window.table_model.total_count
    in_use = _Cycle()
    in_use_ref = weakref.ref(in_use)
    window.meters.refresh_list()  # pages of the same community: still frozen
    qtbot.waitUntil(lambda: not window.ui.loadProgress.isVisible(), timeout=10_000)
    assert gc.get_freeze_count() > window.table_model.total_count
    del in_use
    combo = window.ui.communityCombo
    other = next(i for i in range(combo.count())
                 if i != combo.currentIndex() and combo.model().item(i).isEnabled())
    with qtbot.waitSignal(window.meters.communityChanged):
        combo.setCurrentIndex(other)
    gc.collect()
    assert in_use_ref() is None  # frozen with the former rows, collected once they went
