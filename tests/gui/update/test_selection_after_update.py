"""The meter an operator updates stays selected in the list, and in view, once the CRM has acknowledged the
update: in the list as it comes, sorted on a column, or searched; and when the operator reached it from the
keyboard (Tab into the list, which makes its first row current)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_rows import Column
from tests.support.screenshots import save_screenshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")

DESCRIPTION = "Heat pump installed"


def _selected_rows(table: QTableView) -> list[int]:
    return sorted(index.row() for index in table.selectionModel().selectedRows())


def _click_header(qtbot, table: QTableView, column: Column) -> None:
    table.scrollTo(table.model().index(0, column))
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), f"the {column.name} header is not on screen"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _tab_into_the_list(qtbot, window) -> None:
    """From the search field, Tab until the list has the focus, as the operator did."""
    qtbot.mouseClick(window.ui.searchEdit, Qt.MouseButton.LeftButton)
    table = window.ui.meterTable
    for _ in range(10):
        if QApplication.focusWidget() is table:
            return
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table, "Tab does not reach the list"


def _update_description(qtbot, window, emulator_today) -> None:
    """Update data → a new description from today → Validate; returns once the CRM acknowledged it."""
    pane = window.detail_pane
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    dialog = launcher.dialog
    ui = dialog.ui
    ui.descriptionEdit.setFocus()
    ui.descriptionEdit.selectAll()
    qtbot.keyClicks(ui.descriptionEdit, DESCRIPTION)
    ui.effectiveDateEdit.setFocus()
    qtbot.keyClicks(ui.effectiveDateEdit, emulator_today.strftime("%d/%m/%Y"))
    qtbot.keyClick(ui.effectiveDateEdit, Qt.Key.Key_Tab)
    assert ui.validateButton.isEnabled(), ui.footerHint.text()
    qtbot.mouseClick(ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.dialog is None, timeout=10_000)  # closed on the acknowledgement
    qtbot.waitUntil(lambda: pane.card_value("description") == DESCRIPTION, timeout=5000)


@pytest.mark.parametrize(("sorted_by", "searched"), [
    (None, False),
    (Column.STATUS, False),
    (None, True),
    (Column.HOLDER, True),
], ids=["list-order", "sorted-by-status", "searched", "searched-sorted-by-holder"])
def test_the_updated_meter_stays_selected_and_in_view(qtbot, loaded_window, emulator_today, sorted_by,
                                                      searched):
    window = loaded_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table, model, pane = window.ui.meterTable, window.table_model, window.detail_pane
    if sorted_by is not None:
        _click_header(qtbot, table, sorted_by)
        assert table.horizontalHeader().sortIndicatorSection() == sorted_by
    if searched:
        qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN)
        assert model.rowCount() == 1
    assert model.ean_at(0) == GUIDE_EAN  # the row Tab lands on

    _tab_into_the_list(qtbot, window)
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.update_button.isEnabled(), timeout=5000)
    assert _selected_rows(table) == [0], "the row the detail shows is not selected"

    _update_description(qtbot, window, emulator_today)

    row = model.row_of(GUIDE_EAN)
    assert row is not None
    assert _selected_rows(table) == [row]
    assert window.selected_ean == GUIDE_EAN and pane.shown_ean == GUIDE_EAN
    assert table.viewport().rect().intersects(table.visualRect(model.index(row, Column.EAN)))
    assert not pane.listed_note.isVisible()
    sorted_name = sorted_by.name.lower() if sorted_by is not None else "unsorted"
    save_screenshot(window, f"selected-after-update-{sorted_name}{'-searched' if searched else ''}.png")


def test_the_updated_meter_stays_selected_when_it_was_picked_far_down_the_list(qtbot, loaded_window,
                                                                              emulator_today):
    """Picked with the mouse, low in a list sorted on another column: selected and in view after the update,
    the list not scrolled sideways."""
    window = loaded_window
    table, model, pane = window.ui.meterTable, window.table_model, window.detail_pane
    _click_header(qtbot, table, Column.EAN)
    _click_header(qtbot, table, Column.EAN)  # descending: the guide's meter (1234…) far down
    row = model.row_of(GUIDE_EAN)
    assert row is not None and row > 50
    table.scrollTo(model.index(row, Column.EAN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, Column.EAN)).center())
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.update_button.isEnabled(), timeout=5000)
    sideways = table.horizontalScrollBar().value()

    _update_description(qtbot, window, emulator_today)

    assert _selected_rows(table) == [model.row_of(GUIDE_EAN)]
    assert table.currentIndex().column() == Column.EAN
    assert table.viewport().rect().intersects(table.visualRect(model.index(row, Column.EAN)))
    assert table.horizontalScrollBar().value() == sideways
