"""The sort the user chose by clicking a column's header: the rows follow it after a community switch and
at the next start (offline too), as the header's arrow says."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from optimce_desktop.gui.meter_rows import Column


def _statuses(window) -> list[int]:
    model = window.table_model
    return [int(model.meter_row(model.ean_at(row)).status) for row in range(model.rowCount())]


def _click_header(qtbot, window, column: Column) -> None:
    header = window.ui.meterTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _shows_sorted_by_status(window) -> bool:
    header = window.ui.meterTable.horizontalHeader()
    statuses = _statuses(window)
    return (header.sortIndicatorSection() == Column.STATUS and len(set(statuses)) > 1
            and statuses == sorted(statuses))


def _loaded(window) -> bool:
    meters = window.meters
    return (meters.community is not None and not meters.loading_list and window.table_model.total_count > 0
            and not window.ui.loadProgress.isVisible())


def _switch_community(qtbot, window) -> None:
    combo = window.ui.communityCombo
    shown = window.meters.community.auth_community_id
    other = next(i for i in range(combo.count())
                 if i != combo.currentIndex() and combo.model().item(i).isEnabled())
    combo.setCurrentIndex(other)
    qtbot.waitUntil(lambda: window.meters.community.auth_community_id != shown and _loaded(window),
                    timeout=15_000)


def test_the_sort_by_status_orders_the_rows_after_a_switch_and_at_the_next_start(qtbot, open_window):
    window = open_window()
    qtbot.waitUntil(lambda: _loaded(window), timeout=15_000)
    assert sorted(_statuses(window)) != _statuses(window)  # in the list's order first
    _click_header(qtbot, window, Column.STATUS)
    assert _shows_sorted_by_status(window)

    _switch_community(qtbot, window)
    assert _shows_sorted_by_status(window)
    _switch_community(qtbot, window)  # back: both communities are saved on this computer
    window.close()

    again = open_window(work_offline=True)
    qtbot.waitUntil(lambda: again.table_model.total_count > 0 and again.meters.community is not None,
                    timeout=15_000)
    assert _shows_sorted_by_status(again)
    _switch_community(qtbot, again)
    assert _shows_sorted_by_status(again)
