"""The main window's layout as the user left it, fitted to the screen it opens on: the window's geometry, the
split between list and detail, the table's columns, and compact rows (View menu). Restored when the window
is built, saved when it closes; the sizes come from ``main_window_layout``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSizePolicy

from optimce_desktop.gui import main_window_layout as layout_rules
from optimce_desktop.gui.meter_rows import Column, MeterRow

if TYPE_CHECKING:
    from optimce_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from optimce_desktop.gui.meter_table import MeterTableModel

SETTINGS_GEOMETRY = "main/geometry"
SETTINGS_SPLITTER = "main/splitter"
SETTINGS_HEADER = "main/tableHeader2"
"""The table's columns (order and widths); "2" since the status moved next to the EAN and grew to fit."""
SETTINGS_COMPACT_ROWS = "main/compactRows"


class RememberedLayout(QObject):
    def __init__(self, window: QMainWindow, ui: Ui_MainWindow, model: MeterTableModel,
                 settings: QSettings) -> None:
        """Puts the columns in their order and adds View → Compact rows; ``restore`` applies the rest."""
        super().__init__(window)
        self._window = window
        self._ui = ui
        self._model = model
        self._settings = settings
        table = ui.meterTable
        header = table.horizontalHeader()
        for position, column in enumerate(layout_rules.VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)
        # the filter bar fits a 1280-pixel-wide window in every language
        ui.communityCombo.setMinimumContentsLength(10)
        ui.searchFieldCombo.setMinimumContentsLength(7)
        ui.statusFilterCombo.setMinimumContentsLength(8)
        ui.filterSpacer.changeSize(8, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        action = QAction(self.tr("Compact ro&ws"), window)
        action.setObjectName("actionCompactRows")
        action.setCheckable(True)
        action.setToolTip(self.tr("One line a meter, the town in its own column: about twice the rows"))
        action.setChecked(settings.value(SETTINGS_COMPACT_ROWS, False, type=bool))
        action.toggled.connect(self._compact_rows_toggled)
        ui.menuView.addSeparator()
        ui.menuView.addAction(action)
        ui.actionCompactRows = action
        self._meter_number_width = 0
        self._show_compact_rows(action.isChecked())

    def restore(self) -> None:
        self._restore_geometry()
        header = self._settings.value(SETTINGS_HEADER)
        if header:
            self._ui.meterTable.horizontalHeader().restoreState(header)
        self._show_compact_rows(self._ui.actionCompactRows.isChecked())
        self._restore_splitter()

    def save(self) -> None:
        self._settings.setValue(SETTINGS_GEOMETRY, self._window.saveGeometry())
        self._settings.setValue(SETTINGS_SPLITTER, self._ui.mainSplitter.saveState())
        self._settings.setValue(SETTINGS_HEADER, self._ui.meterTable.horizontalHeader().saveState())

    def widen_for_meter_numbers(self, rows: list[MeterRow]) -> None:
        """Meter numbers are never cut: their column grows to the longest one listed."""
        table = self._ui.meterTable
        width = layout_rules.text_column_width(table, (row.meter_number for row in rows))
        if width > self._meter_number_width:
            self._meter_number_width = width
            if width > table.columnWidth(Column.METER_NUMBER):
                table.setColumnWidth(Column.METER_NUMBER, width)

    def _compact_rows_toggled(self, compact: bool) -> None:
        self._settings.setValue(SETTINGS_COMPACT_ROWS, compact)
        self._show_compact_rows(compact)

    def _show_compact_rows(self, compact: bool) -> None:
        table = self._ui.meterTable
        line = table.fontMetrics().height()
        table.verticalHeader().setDefaultSectionSize(round(line * (1.35 if compact else 2.6)))
        self._model.set_compact(compact)
        table.setColumnHidden(Column.PLACE, not compact)
        for column, width in layout_rules.column_widths(table, compact).items():
            if column in (Column.ADDRESS, Column.EAN, Column.STATUS) or table.columnWidth(column) < width:
                table.setColumnWidth(column, width)
        if self._meter_number_width > table.columnWidth(Column.METER_NUMBER):
            table.setColumnWidth(Column.METER_NUMBER, self._meter_number_width)

    def _restore_geometry(self) -> None:
        """The remembered geometry when it still fits its screen, else the preferred size within the
        screen's available area."""
        window = self._window
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if geometry and window.restoreGeometry(geometry):
            screen = QGuiApplication.screenAt(window.normalGeometry().center()) or window.screen()
            if screen is not None and layout_rules.fits(window.normalGeometry(), screen.availableGeometry()):
                return
            window.setWindowState(Qt.WindowState.WindowNoState)
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(layout_rules.fitting_geometry(screen.availableGeometry()))

    def _restore_splitter(self) -> None:
        """The remembered split when the list still shows its essential columns, else the list as wide as
        it needs and the detail the rest."""
        splitter = self._ui.mainSplitter
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        essential, full = layout_rules.list_widths(self._ui.meterTable)
        saved = self._settings.value(SETTINGS_SPLITTER)
        if saved and splitter.restoreState(saved) and splitter.sizes()[0] >= essential:
            return
        margins = self._window.centralWidget().layout().contentsMargins()
        total = self._window.width() - margins.left() - margins.right() - splitter.handleWidth()
        splitter.setSizes(layout_rules.splitter_sizes(total, essential, full))
