"""The exports from the main window, against the emulator, read back with openpyxl: the meter list as shown
(filtered) or whole, and the Consumption tab's days with the totals the tab shows; the meter list as a CSV
file read back byte by byte, as Excel will open it."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.export_dialog import ExportDialog
from optimce_desktop.gui.meter_exports import MeterExports
from optimce_desktop.services.texts import date_text
from tests.gui.actions.helpers import select_meter
from tests.support.screenshots import save_screenshot

BOM = b"\xef\xbb\xbf"


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


# -- the meter list as CSV -------------------------------------------------------------------------------


@pytest.fixture
def documents(tmp_path) -> Path:
    """The user's Documents folder, where the export proposes to write (XDG_CONFIG_HOME is the test's)."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    Path(os.environ["XDG_CONFIG_HOME"], "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n')
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) == str(folder)
    return folder


def open_meter_export(qtbot, window) -> ExportDialog:  # noqa: ANN001
    exports = exports_of(window)
    window.findChild(QAction, "actionExportMeters").trigger()
    qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog) and exports.dialog.isActiveWindow(),
                    timeout=5000)
    return exports.dialog


def alt(qtbot, dialog: ExportDialog, key: Qt.Key) -> None:  # noqa: ANN001
    qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)


def read_csv(path: Path, delimiter: str) -> tuple[bytes, list[list[str]]]:
    """The file's bytes and its rows, read as any CSV reader reads them (no Excel there to evaluate ="…")."""
    data = path.read_bytes()
    assert data.startswith(BOM), "UTF-8 with a byte-order mark, or Excel garbles the accents"
    text = data[len(BOM):].decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return data, list(csv.reader(text.splitlines(), delimiter=delimiter))


def as_excel_shows(field: str) -> str:
    """The text Excel shows for a field: a formula ="…" shows what is between its quotes."""
    found = re.fullmatch(r'="([^"]*)"', field)
    return found.group(1) if found else field


def test_switching_to_csv_names_the_proposed_file_csv_and_writes_it_so(
        qtbot, french_belgian, loaded_window, documents):
    """The tester's steps: File → Export, Alt+T (the whole list), Alt+F (the format), Down (CSV), Enter."""
    exports = exports_of(loaded_window)
    dialog = open_meter_export(qtbot, loaded_window)
    assert dialog.path_edit.text() == str(documents / "compteurs-CE-Les-Tournesols.xlsx")
    alt(qtbot, dialog, Qt.Key.Key_T)
    qtbot.waitUntil(dialog.whole_radio.isChecked, timeout=2000)  # a button's Alt+letter clicks it, animated
    alt(qtbot, dialog, Qt.Key.Key_F)
    assert dialog.focusWidget() is dialog.format_combo
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    assert dialog.format_combo.currentText().startswith("CSV")
    assert dialog.path_edit.text() == str(documents / "compteurs-CE-Les-Tournesols.csv")
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: exports.dialog is None, timeout=15_000)

    assert [path.name for path in documents.iterdir()] == ["compteurs-CE-Les-Tournesols.csv"]
    assert exports.last_export.path == documents / "compteurs-CE-Les-Tournesols.csv"
    _, rows = read_csv(documents / "compteurs-CE-Les-Tournesols.csv", ";")
    assert len(rows) == loaded_window.table_model.total_count + 1


def export_csv_in_french(qtbot, window, folder: Path) -> tuple[bytes, list[list[str]]]:  # noqa: ANN001
    """The whole list as CSV, its name typed, on a French-speaking Belgian computer: read back."""
    exports = exports_of(window)
    dialog = open_meter_export(qtbot, window)
    alt(qtbot, dialog, Qt.Key.Key_T)
    qtbot.waitUntil(dialog.whole_radio.isChecked, timeout=2000)
    alt(qtbot, dialog, Qt.Key.Key_F)
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    alt(qtbot, dialog, Qt.Key.Key_S)  # « Enregistrer &sous »
    assert dialog.focusWidget() is dialog.path_edit
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(folder / "compteurs.csv"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: exports.dialog is None, timeout=15_000)
    return read_csv(folder / "compteurs.csv", ";")  # Belgian regional format: decimal comma, so ";"


def test_the_csv_keeps_every_ean_whole_for_excel(qtbot, french_belgian, loaded_window, tmp_path):
    data, rows = export_csv_in_french(qtbot, loaded_window, tmp_path)
    header = rows[0]
    meters = loaded_window.table_model.all_rows()
    assert len(rows) == len(meters) + 1 and all(len(row) == len(header) for row in rows)
    ean = header.index("EAN")
    # ="541…" in the file (its quotes doubled by the CSV quoting): Excel shows the 18 digits as text
    assert f'"=""{meters[0].ean}"""'.encode() in data
    assert [row[ean] for row in rows[1:]] == [f'="{meter.ean}"' for meter in meters]
    assert all(re.fullmatch(r"\d{18}", as_excel_shows(row[ean])) for row in rows[1:])


def test_the_csv_writes_the_start_dates_dd_mm_yyyy(qtbot, french_belgian, loaded_window, tmp_path):
    data, rows = export_csv_in_french(qtbot, loaded_window, tmp_path)
    header = rows[0]
    since = header.index("Depuis")
    meters = loaded_window.table_model.all_rows()
    dates = [row[since] for row in rows[1:]]
    assert dates == [date_text(meter.start_date) if meter.start_date else "" for meter in meters]
    assert any(dates) and all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", day) for day in dates if day)
    assert not re.search(rb"\d{4}-\d{2}-\d{2}", data)


def test_the_export_name_follows_the_format_and_a_typed_name_is_kept(qtbot, loaded_window, tmp_path):
    window = loaded_window
    exports = exports_of(window)
    dialog = open_meter_export(qtbot, window)
    combo = dialog.format_combo
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "Liste.XLSX"))
    alt(qtbot, dialog, Qt.Key.Key_F)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.path_edit.text() == str(tmp_path / "Liste.csv")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert dialog.path_edit.text() == str(tmp_path / "Liste.xlsx")
    # a name without the format's extension is the operator's: kept as typed, the export adds it
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "compteurs.2026"))
    alt(qtbot, dialog, Qt.Key.Key_F)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.path_edit.text() == str(tmp_path / "compteurs.2026")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exports.dialog is None, timeout=15_000)

    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file() and "compteurs" in path.name) \
        == ["compteurs.2026.csv"]
    delimiter = ";" if QLocale().decimalPoint() == "," else ","
    _, rows = read_csv(tmp_path / "compteurs.2026.csv", delimiter)
    header = rows[0]
    model = window.table_model
    meters = [model.meter_row(model.ean_at(row)) for row in range(model.visible_count)]
    assert len(rows) == len(meters) + 1
    ean, number = header.index("EAN"), header.index("Meter no.")
    assert [as_excel_shows(row[ean]) for row in rows[1:]] == [meter.ean for meter in meters]
    # a meter number of digits is kept as text too; one with letters is written as it is
    numbers = [row[number] for row in rows[1:]]
    assert [as_excel_shows(field) for field in numbers] == [meter.meter_number for meter in meters]
    assert any(field.startswith('="') for field in numbers)
    assert any(field.startswith("1SAG") for field in numbers)
