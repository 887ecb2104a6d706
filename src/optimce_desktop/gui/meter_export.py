"""The meter table as a ``Table`` to export: its visible columns in their order on screen, and its rows as
shown (filtered and sorted) or the whole list, each cell of its type (the start date a date, the rest text;
an EAN stays text, as 18 digits would lose their last ones as a number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from optimce_desktop.domain.exports import CellKind, Column, Table
from optimce_desktop.gui.meter_rows import Column as MeterColumn
from optimce_desktop.gui.meter_rows import MeterRow
from optimce_desktop.gui.meter_status import exported_status
from optimce_desktop.gui.meter_table import MeterTableModel

_KINDS = {MeterColumn.START_DATE: CellKind.DATE}
_WIDTHS = {MeterColumn.ADDRESS: 40, MeterColumn.EAN: 22, MeterColumn.METER_NUMBER: 16, MeterColumn.HOLDER: 28,
           MeterColumn.STATUS: 22, MeterColumn.SHARING_OPERATION: 28, MeterColumn.START_DATE: 12,
           MeterColumn.PLACE: 24}


def visible_columns(view: QTableView) -> list[MeterColumn]:
    header = view.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [MeterColumn(index) for index in logical
            if 0 <= index < len(MeterColumn) and not header.isSectionHidden(index)]


def shown_rows(model: MeterTableModel) -> list[MeterRow]:
    rows = (model.meter_row(ean) for ean in model.visible_eans(0, model.visible_count - 1))
    return [row for row in rows if row is not None]


def meter_table(model: MeterTableModel, view: QTableView, *, whole_list: bool) -> Table:
    columns = visible_columns(view)
    table = Table(QCoreApplication.translate("MeterExport", "Meters"), [
        Column(str(model.headerData(column, Qt.Orientation.Horizontal)), _KINDS.get(column, CellKind.TEXT),
               _WIDTHS.get(column, 16)) for column in columns])
    rows = model.all_rows() if whole_list else shown_rows(model)
    table.rows = [[cell(row, column, model.compact) for column in columns] for row in rows]
    return table


def cell(row: MeterRow, column: MeterColumn, compact: bool) -> Any:
    """The value of one cell, as the table shows it but typed; None for an empty cell."""
    match column:
        case MeterColumn.ADDRESS:
            if compact or not row.address_place:
                return row.address_line or None
            return f"{row.address_line}, {row.address_place}"
        case MeterColumn.PLACE:
            return row.address_place or None
        case MeterColumn.EAN:
            return row.ean
        case MeterColumn.METER_NUMBER:
            return row.meter_number or None
        case MeterColumn.HOLDER:
            return row.holder
        case MeterColumn.STATUS:
            return exported_status(row.status, row.start_date)
        case MeterColumn.SHARING_OPERATION:
            return row.sharing_operation
        case MeterColumn.START_DATE:
            return row.start_date
    return None
