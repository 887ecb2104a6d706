"""All configuration periods of a meter, latest first: the History and Future tab's table."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from optimce_desktop.gui.meter_table import StatusRole
from optimce_desktop.services.texts import EMPTY, date_text, dso_text, enum_text, number_text, power_text

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail, Period

AnyIndex = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    COLUMN_COUNT = 12
    STATUS_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._periods: list[Period] = []
        self._current_id: int | None = None
        self._today = dt.date.today()

    def set_detail(self, detail: MeterDetail | None, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._periods = detail.timeline if detail else []
        self._current_id = detail.meter_data.id if detail and detail.meter_data else None
        self._today = today or dt.date.today()
        self.endResetModel()

    def period_at(self, row: int) -> Period | None:
        return self._periods[row] if 0 <= row < len(self._periods) else None

    def row_of_current(self) -> int | None:
        for row, period in enumerate(self._periods):
            if period.id == self._current_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._periods)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return self._header(section)
        return None

    def _header(self, section: int) -> str:
        return [self.tr("When"), self.tr("Start"), self.tr("End"), self.tr("Status"), self.tr("Tariff"),
                self.tr("Usage"), self.tr("DSO"), self.tr("Withdrawal power"), self.tr("Amperage"),
                self.tr("Generating capacity"), self.tr("Holder"), self.tr("Sharing operation")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._periods):
            return None
        period = self._periods[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(period)[index.column()]
        if role == StatusRole and index.column() == self.STATUS_COLUMN:
            return int(period.status)
        if role == Qt.ItemDataRole.FontRole and period.id == self._current_id:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _when(self, period: Period) -> str:
        if period.id == self._current_id:
            return self.tr("Current")
        if period.start_date > self._today:
            return self.tr("Future")
        return self.tr("Past")

    def _cells(self, p: Period) -> list[str]:
        return [
            self._when(p), date_text(p.start_date), date_text(p.end_date), enum_text(p.status),
            enum_text(p.rate), enum_text(p.client_type), dso_text(p.grd),
            power_text(p.sampling_power), number_text(p.amperage, "A"),
            power_text(p.total_generating_capacity),
            p.member.name if p.member else EMPTY,
            p.sharing_operation.name if p.sharing_operation else EMPTY,
        ]
