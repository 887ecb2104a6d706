"""The meter list's view tells the height of its rows' room without the viewport object (asking for that
object makes PySide build every widget class, tens of milliseconds at a cold start): the same height as the
viewport's, with or without a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from optimce_desktop.gui.meter_table_view import MeterTableView


def test_the_rows_room_is_the_viewports_height(qtbot) -> None:
    view = MeterTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(200, 3)
    for row in range(200):
        model.setItem(row, 0, QStandardItem(f"Rue de la Station {row}"))
    view.setModel(model)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)

    assert not view.horizontalScrollBar().isVisible()
    assert view.rows_area_height() == view.viewport().height()

    view.setColumnWidth(0, 900)  # wider than the view: the horizontal scroll bar takes its room
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible())
    assert view.rows_area_height() == view.viewport().height()
