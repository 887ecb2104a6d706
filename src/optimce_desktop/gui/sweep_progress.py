"""The detail sweep's progress in the status bar: "Holders: 3,400 of 20,010" while the holders are being
read, said as a warning when the rows are sorted or searched on what is not complete yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from optimce_desktop.gui.meter_rows import Column, SearchField
from optimce_desktop.gui.widgets.eliding_label import ElidingLabel

if TYPE_CHECKING:
    from optimce_desktop.services.meters import MeterService


class SweepProgressLabel(ElidingLabel):
    def __init__(self, meters: MeterService, table: QTableView, search: QLineEdit,
                 search_field: QComboBox) -> None:
        super().__init__()
        self.setObjectName("sweepLabel")
        self._meters = meters
        self._table = table
        self._search = search
        self._search_field = search_field
        self.hide()
        meters.sweepProgressed.connect(self.show_progress)
        search.textChanged.connect(self.show_progress)
        search_field.currentIndexChanged.connect(self.show_progress)
        table.horizontalHeader().sortIndicatorChanged.connect(self.show_progress)

    def show_progress(self, *_: object) -> None:
        progress = self._meters.sweep_progress
        if progress is None or progress[0] >= progress[1]:
            self.hide()
            return
        locale = QLocale()
        done, total = (locale.toString(number) for number in progress)
        if self._relies_on_holders():
            text = "⚠ " + self.tr("Holders still being read: {0} of {1}").format(done, total)
        else:
            text = self.tr("Holders: {0} of {1}").format(done, total)
        self.setText(text)
        self.setToolTip(self.tr(
            "Holders and sharing operations come from each meter's details, read in the background a few a "
            "second so as not to load the CRM. Until all are read, sorting or searching on them leaves out "
            "the meters not read yet."))
        self.show()

    def _relies_on_holders(self) -> bool:
        field = SearchField(self._search_field.currentData() or 0)
        sorted_on = self._table.horizontalHeader().sortIndicatorSection()
        return (sorted_on in (Column.HOLDER, Column.SHARING_OPERATION)
                or (bool(self._search.text().strip()) and field in (SearchField.HOLDER, SearchField.ANY)))
