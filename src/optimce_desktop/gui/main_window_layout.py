"""Sizes of the main window's parts for the screen it opens on: the window within the screen's available
area, the table's columns wide enough for what they show (identifiers and statuses whole, in the
interface's language), and the list given the width it needs before the detail pane gets the rest."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.gui.meter_table import pill_width
from optimce_desktop.services.texts import enum_text

PREFERRED_SIZE = QSize(1440, 860)
FRAME_ALLOWANCE = QSize(16, 40)
"""Logical pixels of a window's frame and title bar on Windows, kept free when sizing to a screen."""
SIDE_BORDER = FRAME_ALLOWANCE.width() // 2
TITLE_BAR = 32
DETAIL_PREFERRED_WIDTH = 780
"""Room for the detail's three cards side by side: the list is narrowed down to its essential columns to
leave it, never further."""
ESSENTIAL_COLUMNS = (Column.ADDRESS, Column.PLACE, Column.EAN, Column.STATUS)
"""What the list shows at its narrowest (the place only when rows are compact)."""
VISUAL_ORDER = (Column.ADDRESS, Column.PLACE, Column.EAN, Column.STATUS, Column.METER_NUMBER, Column.HOLDER,
                Column.SHARING_OPERATION, Column.START_DATE)
"""The essential columns first, the status right after the EAN, so that a narrow list still shows it."""
CELL_MARGINS = 16
COLUMN_WIDTHS = {Column.ADDRESS: 190, Column.PLACE: 130, Column.METER_NUMBER: 105, Column.HOLDER: 150,
                 Column.SHARING_OPERATION: 150, Column.START_DATE: 90}
COMPACT_ADDRESS_WIDTH = 170


def fitting_geometry(area: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The window's client geometry: its preferred size, shrunk to the available area less a frame,
    centred in that area (frame included)."""
    width = min(preferred.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), area.height() - FRAME_ALLOWANCE.height())
    frame_left = area.left() + (area.width() - width - FRAME_ALLOWANCE.width()) // 2
    frame_top = area.top() + (area.height() - height - FRAME_ALLOWANCE.height()) // 2
    return QRect(frame_left + SIDE_BORDER, frame_top + TITLE_BAR, width, height)


def fits(geometry: QRect, area: QRect) -> bool:
    """Whether a window of this client geometry lies within ``area`` with room for its frame."""
    return (area.contains(geometry) and geometry.width() + FRAME_ALLOWANCE.width() <= area.width()
            and geometry.height() + FRAME_ALLOWANCE.height() <= area.height())


def column_widths(table: QTableView, compact: bool) -> dict[Column, int]:
    """Each column as wide as its header, and the EAN and status columns as wide as their longest text."""
    table.ensurePolished()  # the style sheet's font, which a table not shown yet does not have
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    widths = dict(COLUMN_WIDTHS)
    if compact:
        widths[Column.ADDRESS] = COMPACT_ADDRESS_WIDTH
    grid = 1 if table.showGrid() else 0  # a cell is its column less the grid line
    widths[Column.EAN] = metrics.horizontalAdvance("0" * 18) + CELL_MARGINS + grid
    widths[Column.STATUS] = grid + max(pill_width(enum_text(status), table.font())
                                       for status in MeterStatus.known())
    return {column: max(width, header.sectionSizeFromContents(column).width())
            for column, width in widths.items()}


def text_column_width(table: QTableView, texts: Iterable[str]) -> int:
    """The width that shows the longest of ``texts`` whole (the longest few by length are measured)."""
    longest = sorted(set(texts), key=len, reverse=True)[:12]
    table.ensurePolished()
    metrics = QFontMetrics(table.font())
    return max((metrics.horizontalAdvance(text) for text in longest), default=0) + CELL_MARGINS


def list_widths(table: QTableView) -> tuple[int, int]:
    """(essential, full): the list's width showing its essential columns, and all its columns."""
    extra = table.frameWidth() * 2 + table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2
    shown = [column for column in Column if not table.isColumnHidden(column)]
    essential = sum(table.columnWidth(column) for column in shown if column in ESSENTIAL_COLUMNS)
    full = sum(table.columnWidth(column) for column in shown)
    return essential + extra, full + extra


def splitter_sizes(total: int, essential: int, full: int) -> list[int]:
    """The list gets all its columns if the detail keeps its preferred width, else down to its essential
    columns; the detail gets the rest."""
    list_width = max(essential, min(full, total - DETAIL_PREFERRED_WIDTH))
    return [list_width, max(total - list_width, 0)]
