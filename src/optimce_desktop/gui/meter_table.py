"""The meters table: a QAbstractTableModel over ``MeterRowSet``, the view's model.

The model searches and sorts in Python over keys computed once a row, not through Qt's per-row filter and
comparisons, which would call into Python hundreds of thousands of times for a 50,000-meter community
(seconds per keystroke); this way a keystroke costs a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import NOT_ACTIVE_YET
from optimce_desktop.gui.meter_row_set import MeterRowSet
from optimce_desktop.gui.meter_rows import Column, MeterRow, RowQuery, SearchField, matching
from optimce_desktop.gui.meter_status import (
    NOT_ACTIVE_YET_COLOURS,
    pill_status,
    status_text,
    status_tooltip,
)
from optimce_desktop.services.texts import EMPTY, date_text

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail

StatusRole = Qt.ItemDataRole.UserRole + 1
EanRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_COLOURS: dict[int, tuple[str, str]] = {  # text, background
    MeterStatus.ACTIVE: ("#1B5E20", "#E8F5E9"),
    MeterStatus.INACTIVE: ("#B71C1C", "#FFEBEE"),
    MeterStatus.WAITING_GRD: ("#9A4A00", "#FFF3E0"),
    MeterStatus.WAITING_MANAGER: ("#9A4A00", "#FFF3E0"),
}
UNKNOWN_STATUS_COLOURS = ("#455A64", "#ECEFF1")
MUTED = QColor("#6E7E70")

COLUMNS = tuple(Column)
"""By number: ``Column(n)`` and ``len(Column)`` are Python calls, and Qt asks for both for each cell."""


def status_colours(status: MeterStatus) -> tuple[str, str]:
    if int(status) == NOT_ACTIVE_YET:
        return NOT_ACTIVE_YET_COLOURS
    return STATUS_COLOURS.get(int(status), UNKNOWN_STATUS_COLOURS)


class MeterTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = MeterRowSet()
        self._compact = False

    # -- reading ----------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows.visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.ADDRESS: self.tr("Address"),
            Column.EAN: self.tr("EAN"),
            Column.METER_NUMBER: self.tr("Meter no."),
            Column.HOLDER: self.tr("Holder"),
            Column.STATUS: self.tr("Status"),
            Column.SHARING_OPERATION: self.tr("Sharing operation"),
            Column.START_DATE: self.tr("Since"),
            Column.PLACE: self.tr("Town"),
        }.get(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        visible = self._rows.visible
        if not index.isValid() or index.row() >= len(visible):
            return None
        row = visible[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self._display(row, column) in (EMPTY, "…"):
            return MUTED
        if role == StatusRole:
            return pill_status(row.status, row.start_date)
        if role == EanRole:
            return row.ean
        return None

    def _display(self, row: MeterRow, column: Column) -> str:
        match column:
            case Column.ADDRESS:
                if self._compact or not row.address_place:
                    return row.address_line
                return f"{row.address_line}\n{row.address_place}"
            case Column.PLACE:
                return row.address_place
            case Column.EAN:
                return row.ean
            case Column.METER_NUMBER:
                return row.meter_number or EMPTY
            case Column.HOLDER:
                return row.holder or (EMPTY if row.details_known else "…")
            case Column.STATUS:
                return status_text(row.status, row.start_date)
            case Column.SHARING_OPERATION:
                return row.sharing_operation or (EMPTY if row.details_known else "…")
            case Column.START_DATE:
                return date_text(row.start_date)
        return ""

    def _tooltip(self, row: MeterRow, column: Column) -> str | None:
        if column in (Column.HOLDER, Column.SHARING_OPERATION) and not row.details_known:
            return self.tr("Loading from the meter's details…")
        if column == Column.ADDRESS:
            return f"{row.address_line}, {row.address_place}"
        if column == Column.STATUS:
            return status_tooltip(row.status, row.start_date)
        return None

    # -- lookups --------------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """One line a row: the address without its postcode and town, which get their own column."""
        if compact == self._compact:
            return
        self.layoutAboutToBeChanged.emit()
        self._compact = compact
        self.layoutChanged.emit()

    @property
    def total_count(self) -> int:
        return len(self._rows.by_ean)

    @property
    def visible_count(self) -> int:
        return len(self._rows.visible)

    def all_rows(self) -> list[MeterRow]:
        """Every row, the filtered-out ones included, in the table's order (list order when unsorted)."""
        return self._rows.in_display_order()

    @property
    def query(self) -> RowQuery:
        return self._rows.query

    def row_of(self, ean: str) -> int | None:
        row = self._rows.by_ean.get(ean)
        return None if row is None else self._rows.position(row)

    def ean_at(self, row: int) -> str | None:
        visible = self._rows.visible
        return visible[row].ean if 0 <= row < len(visible) else None

    def meter_row(self, ean: str) -> MeterRow | None:
        return self._rows.by_ean.get(ean)

    def eans_without_details(self, eans: Iterable[str]) -> list[str]:
        by_ean = self._rows.by_ean
        return [e for e in eans if e in by_ean and not by_ean[e].details_known]

    def visible_eans(self, first: int, last: int) -> list[str]:
        return [row.ean for row in self._rows.visible[max(first, 0):last + 1]]

    # -- changes ------------------------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def merge_rows(self, rows: list[MeterRow]) -> None:
        """Takes rows of the list (see ``MeterRow.from_item``): updates known ones in place, appends new."""
        updated, added = self._rows.merge(rows)
        for row in updated:
            self._row_changed(row)
        shown = matching(added, self._rows.query.search)
        if not shown:
            return
        first = len(self._rows.visible)
        self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
        self._rows.show_more(shown)
        self.endInsertRows()
        if self._rows.sort_column is not None:
            self._relayout(self._rows.arrange_visible)

    def keep_only(self, present: set[str]) -> None:
        """After a complete load: meters the server no longer lists disappear."""
        gone = self._rows.remove_missing(present)
        if gone:
            self._apply_query()

    def apply_detail(self, detail: MeterDetail) -> None:
        row = self._rows.by_ean.get(detail.EAN)
        if row is not None and row.absorb_detail(detail):
            self._rows.rows_changed([row])  # its holder may now match the search
            self._row_changed(row)
        elif row is not None:
            self._row_changed(row)  # "…" placeholders become "--"

    def set_query(self, text: str, field: SearchField, status: int | None) -> None:
        """``status``: a ``MeterStatus``, ``NOT_ACTIVE_YET`` or None (any)."""
        query = self._rows.query
        if (query.text, query.field, query.status) == (text, field, status):
            return
        query.text, query.field, query.status = text, field, status
        self._apply_query()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sorted_on = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        self._relayout(lambda: self._rows.sort(sorted_on, order == Qt.SortOrder.DescendingOrder))

    # -- plumbing ---------------------------------------------------------------------------------------

    def refilter(self) -> None:
        """Matches the rows against the search again: rows whose detail came since may match it now (the
        table leaves its rows as they are while details come in, so that nothing moves under the eyes)."""
        self._apply_query()

    def _apply_query(self) -> None:
        found = self._rows.found()
        if found == self._rows.visible:  # the same rows in the same order (a longer text, say)
            return
        # A reset is the cheapest change to announce, for the view too: after it, the view asks only for
        # the rows it shows; removals and insertions would move 50,000 rows' worth of its bookkeeping.
        self.beginResetModel()
        self._rows.visible = found
        self.endResetModel()

    def _relayout(self, reorder: Any) -> None:
        """Reorders the visible rows and moves persistent indexes (the view's selection) with them."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        visible = self._rows.visible
        tracked = [(visible[index.row()] if 0 <= index.row() < len(visible) else None, index.column())
                   for index in persistent]
        reorder()
        moved = []
        for row, column in tracked:
            position = self._rows.position(row) if row is not None else None
            moved.append(self.index(position, column) if position is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _row_changed(self, row: MeterRow) -> None:
        position = self._rows.position(row)
        if position is not None:
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))


PILL_PADDING = 9
"""Pixels between a status pill's text and its rounded ends."""
PILL_MARGIN = 6
"""Pixels between a status pill and its cell's edges."""


def pill_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def pill_width(text: str, font: QFont) -> int:
    """The width a cell needs to show ``text`` as a whole status pill, in the view's ``font``."""
    return QFontMetrics(pill_font(font)).horizontalAdvance(text) + 2 * PILL_PADDING + 2 * PILL_MARGIN


def pill_text(text: str, font: QFont, cell_width: int) -> str:
    """The text a pill shows in a cell ``cell_width`` wide: whole when ``pill_width`` fits (the app sizes
    the column so), elided only in a column the user narrowed by hand."""
    metrics = QFontMetrics(pill_font(font))
    room = max(cell_width - 2 * PILL_MARGIN, 2 * PILL_PADDING) - 2 * PILL_PADDING
    if metrics.horizontalAdvance(text) <= room:  # elidedText would cut a text that fits exactly
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


class StatusPillDelegate(QStyledItemDelegate):
    """Paints the status as a rounded, coloured pill, the same colours as in the detail pane."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        status_value = index.data(StatusRole)
        if status_value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        foreground, background = status_colours(MeterStatus(status_value))
        font = pill_font(option.font)
        metrics = QFontMetrics(font)
        room = max(option.rect.width() - 2 * PILL_MARGIN, 2 * PILL_PADDING)
        text = pill_text(text, option.font, option.rect.width())
        height = min(metrics.height() + 6, option.rect.height() - 2)  # compact rows: a slimmer pill
        rect = QRect(option.rect.left() + PILL_MARGIN, option.rect.center().y() - height // 2 + 1,
                     min(metrics.horizontalAdvance(text) + 2 * PILL_PADDING, room), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return QSize(max(size.width(), pill_width(str(text or ""), option.font)), size.height())
