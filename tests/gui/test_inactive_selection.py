"""The meter the operator picked stays visibly selected in the list when the focus is elsewhere, in the same
window or in another one: its row keeps the selection colour, and its text stays readable on it (measured on
the drawn pixels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableView, QWidget

from optimce_desktop.emulator.seed import GUIDE_EAN
from optimce_desktop.gui.meter_rows import Column
from tests.gui.test_contrast import TEXT, colour, contrast
from tests.gui.test_toolbar_combos import INK_PIXELS, entry_ink

SELECTION = colour("QTableView", "selection-background-color")
SELECTION_TEXT = colour("QTableView", "selection-color")


def assert_row_looks_selected(table: QTableView, row: int, what: str) -> None:
    image = table.viewport().grab().toImage()
    rect = table.visualRect(table.model().index(row, Column.EAN))
    background, ink, readable = entry_ink(image, rect)
    # the style may blend the selection a little with the row's own background: near it, far from white
    assert contrast(background, SELECTION) < 1.05 < 1.15 < contrast(background, "#FFFFFF"), (
        f"{what}: the selected row is drawn on {background}")
    assert readable >= INK_PIXELS, f"{what}: its text ({ink}) is unreadable on {background}"


def test_the_selected_row_stays_visible_and_readable_when_the_focus_is_elsewhere(qtbot, loaded_window):
    window = loaded_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table = window.ui.meterTable
    row = window.table_model.row_of(GUIDE_EAN)
    table.scrollTo(window.table_model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.table_model.index(row, Column.EAN)).center())
    assert table.hasFocus()
    assert_row_looks_selected(table, row, "the list focused")

    qtbot.mouseClick(window.ui.searchEdit, Qt.MouseButton.LeftButton)
    assert window.ui.searchEdit.hasFocus()
    assert_row_looks_selected(table, row, "the focus in the search field")

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    assert_row_looks_selected(table, row, "another window active")


def test_the_inactive_selection_reaches_4_5_to_1(styled_app):
    table = QTableView()
    table.ensurePolished()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette = table.palette()
        text = palette.color(group, QPalette.ColorRole.HighlightedText).name()
        background = palette.color(group, QPalette.ColorRole.Highlight).name()
        assert contrast(text, background) >= TEXT, f"{group.name}: {contrast(text, background):.2f}:1"
        assert (background.upper(), text.upper()) == (SELECTION, SELECTION_TEXT)

