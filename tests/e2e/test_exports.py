"""The exports from the main window, against the emulator, read back with openpyxl: the meter list as shown
(filtered) or whole, and the Consumption tab's days with the totals the tab shows."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.export_dialog import ExportDialog
from optimce_desktop.gui.meter_exports import MeterExports
from tests.gui.actions.helpers import select_meter
from tests.support.screenshots import save_screenshot


def exports_of(window) -> MeterExports:  # noqa: ANN001
    found = window.findChild(MeterExports, "meterExports")
    assert found is not None
    return found


def export_to(qtbot, exports: MeterExports, path, *, whole: bool = False):  # noqa: ANN001, ANN201
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog) and exports.dialog.isVisible(),
                    timeout=5000)
    dialog = exports.dialog
    if dialog.whole_radio is not None:
        (dialog.whole_radio if whole else dialog.shown_radio).setChecked(True)
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exports.dialog is None, timeout=15_000)
    return exports.last_export


def test_the_meter_list_is_exported_as_shown_then_whole(qtbot, loaded_window, tmp_path):
    window = loaded_window
    exports = exports_of(window)
    action = window.findChild(QAction, "actionExportMeters")
    assert action in window.findChild(QMenu, "menuFile").actions() and action.isEnabled()
    qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN[:-1])
    qtbot.waitUntil(lambda: window.table_model.rowCount() < window.table_model.total_count, timeout=5000)
    shown = window.table_model.rowCount()
    action.trigger()
    save_screenshot(exports.dialog, "export-dialog.png")
    done = export_to(qtbot, exports, tmp_path / "shown.xlsx")
    sheet = load_workbook(done.path)["Meters"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert "EAN" in header and len(rows) == shown + 1
    ean_column = header.index("EAN")
    assert rows[1][ean_column] == window.table_model.ean_at(0)
    assert all(isinstance(row[ean_column], str) and len(row[ean_column]) == 18 for row in rows[1:])
    if "Since" in header:
        dates = [row[header.index("Since")] for row in rows[1:] if row[header.index("Since")] is not None]
        assert dates and all(isinstance(day, dt.datetime) for day in dates)

    action.trigger()
    done = export_to(qtbot, exports, tmp_path / "whole.xlsx", whole=True)
    assert load_workbook(done.path)["Meters"].max_row == window.table_model.total_count + 1


def test_the_consumption_tab_exports_its_days_with_the_tabs_totals(
        qtbot, loaded_window, emulator_today, tmp_path):
    window = loaded_window
    exports = exports_of(window)
    select_meter(qtbot, window, GUIDE_EAN)
    pane = window.detail_pane
    view = pane.consumption_view
    pane.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    button = view.findChild(QPushButton, "exportConsumptionButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    done = export_to(qtbot, exports, tmp_path / "consumption.xlsx")
    book = load_workbook(done.path)
    days = list(book["Days"].iter_rows(values_only=True))
    total = days[-1]
    assert total[0] == "Total"
    locale = QLocale()
    for figure in (total[1], total[2], total[4], total[5]):
        assert f"{locale.toString(float(figure), 'f', 2)} kWh" in view.totals_label.text()
    _, start, end = view.shown
    assert len(days) == (end - start).days + 3
    quarters = list(book["Quarter hours"].iter_rows(values_only=True))[1:]
    assert quarters[0][0] == dt.datetime.combine(start, dt.time()) and quarters[0][1] == dt.time(0, 0)


def test_a_folder_that_does_not_exist_is_said_at_the_path_and_the_export_can_be_made_again(
        qtbot, loaded_window, tmp_path):
    exports = exports_of(loaded_window)
    loaded_window.findChild(QAction, "actionExportMeters").trigger()
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog) and exports.dialog.isVisible(),
                    timeout=5000)
    dialog = exports.dialog
    exports_folder = tmp_path / "exports"
    exports_folder.mkdir()
    folder = exports_folder / "not yet"
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(folder / "meters.xlsx"))
    assert dialog.export_button.isEnabled()  # typing never touches the disk
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.path_message.isVisible(), timeout=10_000)
    assert dialog.path_message.text() == f"The folder {folder} does not exist."
    assert exports.dialog is dialog and dialog.path_edit.text() == str(folder / "meters.xlsx")
    assert not list(exports_folder.iterdir())

    folder.mkdir()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exports.dialog is None, timeout=15_000)
    assert exports.last_export.path == folder / "meters.xlsx"
    total = loaded_window.table_model.total_count
    assert load_workbook(folder / "meters.xlsx")["Meters"].max_row == total + 1


def test_a_folder_as_destination_is_said_at_the_path(qtbot, loaded_window, tmp_path):
    exports = exports_of(loaded_window)
    loaded_window.findChild(QAction, "actionExportMeters").trigger()
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog) and exports.dialog.isVisible(),
                    timeout=5000)
    dialog = exports.dialog
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path) + "/")
    assert dialog.path_message.text() == "This is a folder: add a file name."
    assert not dialog.export_button.isEnabled()
