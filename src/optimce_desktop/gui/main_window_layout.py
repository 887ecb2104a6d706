"""Sizes of the main window's parts for the screen it opens on: the window within the screen's available
area, the table's columns wide enough for what they show (identifiers and statuses whole, in the
interface's language), and the list given its essential columns beside a detail whose cards stay side by
side, the address and the holder narrowed as far as needed for both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.gui.meter_table import pill_width
from optimce_desktop.services.texts import enum_text

if TYPE_CHECKING:
    from optimce_desktop.gui.meter_detail import DetailPane

PREFERRED_SIZE = QSize(1440, 860)
FRAME_ALLOWANCE = QSize(16, 40)
"""Logical pixels of a window's frame and title bar on Windows, kept free when sizing to a screen."""
SIDE_BORDER = FRAME_ALLOWANCE.width() // 2
TITLE_BAR = 32
DETAIL_PREFERRED_WIDTH = 780
"""The detail's width beside a list that shows all its columns (a wide window)."""
DETAIL_CARDS_WIDTH = 630
"""The detail's width that keeps its three cards side by side until the detail pane is built (after the
first rows are painted) and measured (``detail_width_for_cards``): what the French cards take, 626 px
(English 596, German 653, Dutch 683)."""
ESSENTIAL_COLUMNS = (Column.ADDRESS, Column.PLACE, Column.HOLDER, Column.EAN, Column.STATUS)
"""What the list shows at its narrowest (the place only when rows are compact)."""
VISUAL_ORDER = (Column.ADDRESS, Column.PLACE, Column.HOLDER, Column.EAN, Column.STATUS, Column.METER_NUMBER,
                Column.SHARING_OPERATION, Column.START_DATE)
"""The essential columns first: the holder next to the address, the status right after the EAN."""
CELL_MARGINS = 16
COLUMN_WIDTHS = {Column.ADDRESS: 190, Column.PLACE: 130, Column.METER_NUMBER: 105, Column.HOLDER: 150,
                 Column.SHARING_OPERATION: 150, Column.START_DATE: 90}
COMPACT_ADDRESS_WIDTH = 170
NARROWEST = {Column.ADDRESS: 114, Column.PLACE: 90, Column.HOLDER: 80}
"""How far the columns of names and places (elided in the middle) give way, when the list and the
detail's cards do not both fit: the EAN and the status are never cut. At 1280 pixels, the width of a
1920x1080 screen at 150%, the essential columns then fit beside the cards in every language."""


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


def list_extra(table: QTableView) -> int:
    """What the list takes beside its columns: its frame and its scroll bar."""
    return table.frameWidth() * 2 + table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2


def essential_widths(table: QTableView) -> dict[Column, int]:
    """The essential columns the list shows, and their widths."""
    return {column: table.columnWidth(column) for column in ESSENTIAL_COLUMNS
            if not table.isColumnHidden(column)}


def list_widths(table: QTableView, narrowest: dict[Column, int]) -> tuple[int, int, int]:
    """(least, essential, full): the list's width showing its essential columns, those of ``narrowest`` as
    narrow as they go, at their widths, and all its columns."""
    extra = list_extra(table)
    essential = essential_widths(table)
    least = sum(min(width, narrowest.get(column, width)) for column, width in essential.items())
    full = sum(table.columnWidth(column) for column in Column if not table.isColumnHidden(column))
    return least + extra, sum(essential.values()) + extra, full + extra


def splitter_sizes(total: int, widths: tuple[int, int, int], detail_needs: int) -> list[int]:
    """The list gets all its columns if the detail keeps its preferred width, else its essential columns
    if the detail keeps what its cards need (narrowed as far as they go to leave it); the detail gets the
    rest."""
    least, essential, full = widths
    list_width = max(least, min(essential, total - detail_needs), min(full, total - DETAIL_PREFERRED_WIDTH))
    return [list_width, max(total - list_width, 0)]


def narrowed(widths: dict[Column, int], room: int, narrowest: dict[Column, int]) -> dict[Column, int]:
    """``widths`` with the columns of ``narrowest`` narrowed, each in proportion to how far it can go,
    until they all fit ``room`` or those columns are as narrow as they go."""
    slack = {column: max(widths[column] - narrowest[column], 0) for column in narrowest if column in widths}
    excess = min(sum(widths.values()) - room, sum(slack.values()))
    if excess <= 0:
        return dict(widths)
    total_slack = sum(slack.values())
    # rounded up, so that the columns fit (a pixel more than needed at most)
    return {column: width - min(slack.get(column, 0), -(-excess * slack.get(column, 0) // total_slack))
            for column, width in widths.items()}


def detail_width_for_cards(pane: DetailPane) -> int:
    """The detail pane's width that shows the current period's cards side by side: as many equal columns
    as the widest card needs (see ``CardRow``), the pane's margins and its scroll bar. (The meter's cards,
    further down, may go two across.)"""
    from optimce_desktop.gui.widgets.card import DataCard  # with the pane, built after the first paint

    pane.ensurePolished()  # the style sheet's fonts, which a pane just built does not have yet
    row = pane.current_cards.row
    cards = row.findChildren(DataCard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    spacing = row.layout().horizontalSpacing()
    body = pane.scroll_area.widget().layout().contentsMargins()
    scroll_bar = pane.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    widest = max(card.one_column_width() for card in cards)
    return len(cards) * (widest + spacing) - spacing + body.left() + body.right() + scroll_bar
