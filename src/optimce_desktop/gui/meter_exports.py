"""The exports in the main window: File → Export the meter list (as shown or whole, .xlsx or CSV, from the
rows on screen, so offline too) and the Consumption tab's Export (the chosen days of the meter, .xlsx)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.domain.exports import ConsumptionHeaders
from optimce_desktop.gui.export_dialog import ExportDialog
from optimce_desktop.gui.meter_export import meter_table
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.connection import ClientSource
from optimce_desktop.services.exports import ExportDone, ExportJob, ExportService, FileFormat
from optimce_desktop.services.tasks import TaskRunner
from optimce_desktop.services.texts import date_text

if TYPE_CHECKING:
    from optimce_desktop.gui.main_window import MainWindow

MAX_LISTED_MISSING_DAYS = 10


class MeterExports(QObject):
    def __init__(self, window: MainWindow, client: ClientSource, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.setObjectName("meterExports")
        self._window = window
        offline_copy = window.meters.offline_copy
        self.service = ExportService(client, tasks, self, connection=window.connection,
                                     consumptions=SavedConsumptions(offline_copy.database)
                                     if offline_copy else None)
        self.dialog: ExportDialog | None = None
        self.last_export: ExportDone | None = None
        self.export_meters_action = QAction(self.tr("&Export the meter list…"), window)
        self.export_meters_action.setObjectName("actionExportMeters")
        self.export_meters_action.triggered.connect(self.open_meter_export)
        menu = window.findChild(QMenu, "menuFile")
        if menu is not None:
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.export_meters_action)
            menu.insertSeparator(menu.actions()[1] if len(menu.actions()) > 1 else None)
        else:
            window.addAction(self.export_meters_action)
        view = window.detail_pane.consumption_view
        if view is not None:
            view.exportRequested.connect(self.open_consumption_export)
        meters = window.meters
        for signal in (meters.listFinished, meters.copyOpened, meters.communityChanged, meters.listPage):
            signal.connect(self.sync)
        self.sync()

    def sync(self, *_: object) -> None:
        model = self._window.table_model
        has_rows = model.total_count > 0
        self.export_meters_action.setEnabled(has_rows)
        tip = (self.tr("Save the meter list to an Excel workbook or a CSV file") if has_rows
               else self.tr("The list is empty: there is nothing to export."))
        self.export_meters_action.setToolTip(tip)
        self.export_meters_action.setStatusTip(tip)

    # -- the meter list --------------------------------------------------------------------------------

    def open_meter_export(self) -> None:
        window = self._window
        model, view = window.table_model, window.ui.meterTable
        if model.total_count == 0:
            return
        community = window.active_community
        name = community.name if community is not None else self.tr("meters")
        suggested = _documents() / f"{_file_stem(self.tr('meters'), name)}.xlsx"
        # Excel reads a CSV with Windows' list separator: ";" where the decimal separator is a comma
        decimal = "," if QLocale().decimalPoint() == "," else "."
        delimiter = ";" if decimal == "," else ","

        def start(path: Path, file_format: FileFormat, whole: bool) -> ExportJob:
            table = meter_table(model, view, whole_list=whole)
            return self.service.export_tables(path, [table], file_format, csv_delimiter=delimiter,
                                              csv_decimal=decimal)

        intro = self.tr("The meter list of {0}, with the columns shown in the table. Working offline, it is "
                        "the list saved on this computer.").format(name)
        dialog = ExportDialog(self.tr("Export the meter list"), intro, suggested, start, window,
                              formats=(FileFormat.XLSX, FileFormat.CSV),
                              scope_counts=(model.visible_count, model.total_count))
        self._open(dialog)

    # -- a meter's consumption -------------------------------------------------------------------------

    def open_consumption_export(self, ean: str, start: dt.date, end: dt.date) -> None:
        window = self._window
        community_id = window.meters.shown_community_id
        if not community_id:
            return
        name = self.tr("consumption")  # a file name: lupdate reads only a plain call
        suggested = _documents() / f"{_file_stem(name, ean)}-{start}-{end}.xlsx"
        offline = window.connection.is_offline
        intro = self.tr("Meter {0}, from {1} to {2}: every quarter hour in Brussels time, and each day's "
                        "totals.").format(ean, date_text(start), date_text(end))
        if offline:
            intro += " " + self.tr("Offline, only the days saved on this computer are exported, without "
                                   "their quarter hours.")
        words = self.consumption_words()

        def begin(path: Path, file_format: FileFormat, whole: bool) -> ExportJob:
            return self.service.export_consumption(path, ean, start, end, community_id, words)

        self._open(ExportDialog(self.tr("Export the consumption"), intro, suggested, begin, window))

    def consumption_words(self) -> ConsumptionHeaders:
        return ConsumptionHeaders(
            quarter_sheet=self.tr("Quarter hours"), days_sheet=self.tr("Days"), date=self.tr("Date"),
            time=self.tr("Time (Brussels)"), utc_offset=self.tr("UTC offset"),
            series=(self.tr("Gross (kWh)"), self.tr("Net (kWh)"), self.tr("Shared (kWh)"),
                    self.tr("Injection gross (kWh)"), self.tr("Injection net (kWh)"),
                    self.tr("Injection shared (kWh)")),
            consumption=self.tr("Consumption (kWh)"), from_community=self.tr("From the community (kWh)"),
            from_grid=self.tr("From the grid (kWh)"), injection=self.tr("Injection (kWh)"),
            to_community=self.tr("To the community (kWh)"), to_grid=self.tr("To the grid (kWh)"),
            note=self.tr("Note"), total=self.tr("Total"),
            not_saved=self.tr("Not saved on this computer"), no_data=self.tr("No data in the CRM"),
            quarters_offline=self.tr("The quarter hours are not saved on this computer: export again once "
                                     "the CRM can be reached to have them."))

    # -- both ------------------------------------------------------------------------------------------

    def _open(self, dialog: ExportDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.exported.connect(self._exported)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _exported(self, done: ExportDone) -> None:
        text = self.tr("Exported to {0}").format(done.path.name)
        kind = "success"
        if done.missing_days:
            shown = ", ".join(date_text(day) for day in done.missing_days[:MAX_LISTED_MISSING_DAYS])
            if len(done.missing_days) > MAX_LISTED_MISSING_DAYS:
                shown += ", …"
            text += " " + self.tr("Days without figures ({0}): {1}.").format(len(done.missing_days), shown)
            kind = "warning"
        Toast.show_message(self._window, text, kind=kind)
        self.last_export = done


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


def _file_stem(kind: str, name: str) -> str:
    safe = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-") or "export"
    return f"{kind}-{safe}"
