"""The details of the meters on screen, asked for first: their holder and sharing operation fill the rows
the user looks at before the background sweep reaches them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from optimce_desktop.gui.meter_table import MeterTableModel
    from optimce_desktop.gui.meter_table_view import MeterTableView
    from optimce_desktop.services.meters import MeterService

SETTLE_DELAY_MS = 150
"""After a scroll or a new order of rows: the rows that stay on screen, not those passed on the way."""


class RowsOnScreenPrefetch(QObject):
    def __init__(self, table: MeterTableView, model: MeterTableModel, meters: MeterService) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._meters = meters
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_DELAY_MS)
        self._timer.timeout.connect(self.ask_now)
        table.verticalScrollBar().valueChanged.connect(self._scrolled)

    def ask_soon(self) -> None:
        """Once the rows on screen have settled."""
        self._timer.start()

    def ask_now(self) -> None:
        table = self._table
        first = table.rowAt(0)
        if first < 0:
            return
        last = table.rowAt(table.rows_area_height() - 1)
        last = last if last >= 0 else self._model.rowCount() - 1
        eans = self._model.visible_eans(first, last)
        self._meters.prefetch_details(self._model.eans_without_details(eans), urgent=True)

    def _scrolled(self) -> None:
        self._meters.hold_background()
        self._timer.start()
