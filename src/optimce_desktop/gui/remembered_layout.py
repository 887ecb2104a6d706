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
    from optimce_desktop.gui.meter_detail import DetailPane
    from optimce_desktop.gui.meter_table import MeterTableModel

SETTINGS_GEOMETRY = "main/geometry"
SETTINGS_LIST_WIDTH = "main/listWidth"
"""The list's width beside the detail. It replaces the splitter's state ("main/splitter"), which was never
restored: the window is built before it is shown, when the splitter's sizes are not known yet."""
SETTINGS_HEADER = "main/tableHeader2"
"""The table's columns (their widths; their order is ``VISUAL_ORDER``, put back after a saved one); "2"
since the status moved next to the EAN and grew to fit."""
SETTINGS_SIZED_BY_HAND = "main/columnsSizedByHand"
"""The columns the user sized with the mouse: their width is kept as it is, neither reset nor fitted (the EAN
and the status excepted, always shown whole)."""
SETTINGS_COMPACT_ROWS = "main/compactRows"
ALWAYS_WHOLE = (Column.EAN, Column.STATUS)


class RememberedLayout(QObject):
    def __init__(self, window: QMainWindow, ui: Ui_MainWindow, model: MeterTableModel,
                 settings: QSettings) -> None:
        """Puts the columns in their order and adds View → Compact rows; ``restore`` applies the rest."""
        super().__init__(window)
        self._window = window
        self._ui = ui
        self._model = model
        self._settings = settings
        self._put_columns_in_order()
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
        self._split_remembered = False
        ui.mainSplitter.splitterMoved.connect(self._split_by_hand)
        sized = settings.value(SETTINGS_SIZED_BY_HAND, [], type=list)
        self._sized_by_hand = {Column(int(column)) for column in sized if int(column) in set(Column)}
        ui.meterTable.horizontalHeader().sectionResized.connect(self._section_resized)
        self._show_compact_rows(action.isChecked())

    def restore(self) -> None:
        self._restore_geometry()
        header = self._settings.value(SETTINGS_HEADER)
        if header:
            self._ui.meterTable.horizontalHeader().restoreState(header)
            self._put_columns_in_order()  # a header saved before the holder moved next to the address
        self._show_compact_rows(self._ui.actionCompactRows.isChecked())
        self._restore_splitter()

    def fit_detail(self, pane: DetailPane) -> None:
        """The split measured on the detail pane once it is built, unless the remembered one is kept."""
        if not self._split_remembered:
            self._set_column_widths(self._ui.actionCompactRows.isChecked())  # before the estimate's fit
            self._split(layout_rules.detail_width_for_cards(pane))

    def save(self) -> None:
        self._settings.setValue(SETTINGS_GEOMETRY, self._window.saveGeometry())
        self._settings.setValue(SETTINGS_LIST_WIDTH, self._ui.mainSplitter.sizes()[0])
        self._settings.setValue(SETTINGS_HEADER, self._ui.meterTable.horizontalHeader().saveState())
        self._settings.setValue(SETTINGS_SIZED_BY_HAND, sorted(int(column) for column in self._sized_by_hand))

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
        self._fit_columns(self._ui.mainSplitter.sizes()[0])

    def _section_resized(self, column: int, *_: int) -> None:
        """A column resized while the mouse button is down was dragged by the user (the last column
        follows: it fills the rest)."""
        if not QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            return
        header = self._ui.meterTable.horizontalHeader()
        last = max(header.visualIndex(c) for c in Column if not header.isSectionHidden(c))
        if not (header.stretchLastSection() and header.visualIndex(column) == last):
            self._sized_by_hand.add(Column(column))

    def _put_columns_in_order(self) -> None:
        header = self._ui.meterTable.horizontalHeader()
        for position, column in enumerate(layout_rules.VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)

    def _show_compact_rows(self, compact: bool) -> None:
        table = self._ui.meterTable
        line = table.fontMetrics().height()
        table.verticalHeader().setDefaultSectionSize(round(line * (1.35 if compact else 2.6)))
        self._model.set_compact(compact)
        table.setColumnHidden(Column.PLACE, not compact)
        self._set_column_widths(compact)

    def _set_column_widths(self, compact: bool) -> None:
        table = self._ui.meterTable
        for column, width in layout_rules.column_widths(table, compact).items():
            if column in self._sized_by_hand and column not in ALWAYS_WHOLE:
                continue
            if column in (Column.ADDRESS, *ALWAYS_WHOLE) or table.columnWidth(column) < width:
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
        """The remembered list's width when it still shows its essential columns, else the list as wide as
        it needs and the detail the rest; the address and holder columns narrowed to fit the list."""
        splitter = self._ui.mainSplitter
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        least = layout_rules.list_widths(self._ui.meterTable, self._giving_way())[0]
        saved = self._settings.value(SETTINGS_LIST_WIDTH, 0, type=int)
        self._split_remembered = saved >= least
        if self._split_remembered:
            self._split_at(saved)
        else:
            self._split(layout_rules.DETAIL_CARDS_WIDTH)

    def _split_by_hand(self) -> None:
        self._split_remembered = True  # the user's split is kept from now on

    def _split(self, detail_needs: int) -> None:
        """The list as wide as its columns need beside a detail ``detail_needs`` wide, the detail the rest."""
        widths = layout_rules.list_widths(self._ui.meterTable, self._giving_way())
        self._split_at(layout_rules.splitter_sizes(self._splitter_width(), widths, detail_needs)[0])

    def _split_at(self, list_width: int) -> None:
        self._ui.mainSplitter.setSizes([list_width, max(self._splitter_width() - list_width, 0)])
        self._fit_columns(list_width)

    def _splitter_width(self) -> int:
        """The list's and the detail's width together (the window's, as the splitter is not laid out yet)."""
        splitter = self._ui.mainSplitter
        splitter.ensurePolished()  # its handle's width from the style sheet
        margins = self._window.centralWidget().layout().contentsMargins()
        return self._window.width() - margins.left() - margins.right() - splitter.handleWidth()

    def _fit_columns(self, list_width: int) -> None:
        """Narrows the address, town and holder columns, as far as they go, so that the essential columns
        fit a list this wide; a column the user sized keeps its width."""
        table = self._ui.meterTable
        widths = layout_rules.essential_widths(table)
        room = list_width - layout_rules.list_extra(table)
        for column, width in layout_rules.narrowed(widths, room, self._giving_way()).items():
            if width != widths[column]:
                table.setColumnWidth(column, width)

    def _giving_way(self) -> dict[Column, int]:
        """The columns narrowed to fit the list, and how far: those the user did not size."""
        return {column: least for column, least in layout_rules.NARROWEST.items()
                if column not in self._sized_by_hand}
