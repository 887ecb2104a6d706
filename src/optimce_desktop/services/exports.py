"""Exports to files, on a worker: the tables of ``domain/exports.py`` written as an ``.xlsx`` workbook
(openpyxl) or a CSV file, and a meter's consumption read as the Consumption tab reads it: from the CRM (the
days then saved on this computer) or, offline, from the days saved there.

Each export reports its progress as ``(rows written, rows in all)`` and can be cancelled. The file is written
next to its destination under a temporary name and moved over it only once complete, so that a failure or a
cancel leaves whatever was there before untouched; a file that cannot be written says why (a ``Problem``).
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.domain import exports as sheets
from optimce_desktop.domain.exports import CellKind, ConsumptionHeaders, Table
from optimce_desktop.services.breathing import ROWS_PER_REPORT
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, is_offline_error
from optimce_desktop.services.consumptions import ConsumptionReader, ConsumptionReading
from optimce_desktop.services.offline_copy import unavailable_without_crm
from optimce_desktop.services.problems import Problem, ProblemKind, problem_from
from optimce_desktop.services.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from optimce_desktop.domain.models import ConsumptionSeries

log = logging.getLogger(__name__)


class FileFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class ExportDone:
    path: Path
    rows: int
    missing_days: list[dt.date] = field(default_factory=list)
    """Consumption: the days of the range without figures (offline: not saved on this computer)."""
    from_offline_copy: bool = False
    reading: ConsumptionReading | None = field(default=None, repr=False, compare=False)
    """Consumption: the days as read (what the read says about the CRM reaches the connection monitor)."""


class ExportJob(QObject):
    """One export under way: ``progressed(done, total)``, then ``finished(ExportDone)`` or
    ``failed(Problem)``. ``cancel()`` stops it and leaves the destination as it was (no signal follows)."""

    progressed = Signal(int, int)
    finished = Signal(ExportDone)
    failed = Signal(Problem)
    refused = Signal(str)
    """The destination cannot take the file (a folder, a folder that does not exist): said at the path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task[ExportDone] | None = None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, payload: object) -> None:
        done, total = payload  # type: ignore[misc]
        self.progressed.emit(done, total)

    def _done(self, result: ExportDone) -> None:
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        log.warning("Export failed: %s", error)
        if isinstance(error, DestinationError):
            self.refused.emit(error.message())
        else:
            self.failed.emit(export_problem(error))


class ExportService(QObject):
    def __init__(self, client: ClientSource, tasks: TaskRunner, parent: QObject | None = None, *,
                 consumptions: SavedConsumptions | None = None,
                 connection: ConnectionMonitor | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._consumption_reader = ConsumptionReader(client, consumptions, connection)

    def export_tables(self, path: Path, tables: Sequence[Table], file_format: FileFormat, *,
                      csv_delimiter: str = ",", csv_decimal: str = ".") -> ExportJob:
        """Writes ``tables`` (CSV: the first one only, its fields separated by ``csv_delimiter`` and its
        numbers written with ``csv_decimal``) to ``path``."""
        def work(context: TaskContext) -> ExportDone:
            rows = write_tables(path, tables, file_format, context, csv_delimiter=csv_delimiter,
                                csv_decimal=csv_decimal)
            return ExportDone(path, rows)

        return self._start(work)

    def export_consumption(self, path: Path, ean: str, start: dt.date, end: dt.date, community_id: str,
                           words: ConsumptionHeaders) -> ExportJob:
        """The quarter hours and the days of ``ean`` from ``start`` to ``end`` (Brussels days), read as the
        Consumption tab reads them (``ConsumptionReader``): from the CRM, the days then saved on this
        computer; from the days saved earlier when it cannot be reached (or the app works offline)."""
        reader = self._consumption_reader
        read = reader.reader(community_id, ean, start, end)

        def work(context: TaskContext) -> ExportDone:
            context.report((0, 0))
            try:
                reading, quarter_hours = read(context)
            except Exception as error:
                if unavailable_without_crm(error):
                    raise NothingSavedError(ean, error) from error
                raise
            tables, missing = _consumption_tables(reading, quarter_hours, words)
            context.raise_if_cancelled()
            rows = write_tables(path, tables, FileFormat.XLSX, context)
            return ExportDone(path, rows, missing, quarter_hours is None, reading)

        def read_said(done: ExportDone) -> None:
            if done.reading is not None:
                reader.note_read(done.reading)

        def failed(error: BaseException) -> None:
            reader.note_failure(error.why if isinstance(error, NothingSavedError) else error)

        return self._start(work, before_success=read_said, before_error=failed)

    def _start(self, work: Callable[[TaskContext], ExportDone], *,
               before_success: Callable[[ExportDone], None] | None = None,
               before_error: Callable[[BaseException], None] | None = None) -> ExportJob:
        job = ExportJob(self)

        def done(result: ExportDone) -> None:
            if before_success is not None:
                before_success(result)
            job._done(result)

        def failed(error: BaseException) -> None:
            if before_error is not None:
                before_error(error)
            job._failed(error)

        job.task = self._tasks.run(work, on_progress=job._progress, on_success=done, on_error=failed)
        return job


def _consumption_tables(reading: ConsumptionReading, quarter_hours: ConsumptionSeries | None,
                        words: ConsumptionHeaders) -> tuple[list[Table], list[dt.date]]:
    """The quarter-hour sheet and the day sheet, and the days without figures; from the offline copy (no
    ``quarter_hours``), the saved days only."""
    start, end = reading.start, reading.end
    if quarter_hours is not None:
        rows = sheets.day_rows(quarter_hours, start, end)
        tables = [sheets.quarter_hour_table(quarter_hours, start, end, words),
                  sheets.day_table(rows, words, from_offline_copy=False)]
    else:
        rows = sheets.saved_day_rows(reading.days, start, end)
        tables = [sheets.offline_quarter_table(words), sheets.day_table(rows, words, from_offline_copy=True)]
    return tables, sheets.missing_days(rows)


# -- writing ---------------------------------------------------------------------------------------------


def write_tables(path: Path, tables: Sequence[Table], file_format: FileFormat, context: TaskContext | None,
                 *, csv_delimiter: str = ",", csv_decimal: str = ".") -> int:
    """Writes the file under a temporary name beside ``path``, then moves it over ``path``; returns the
    number of data rows written."""
    path = Path(path)
    check_destination(path)
    total = sum(len(table.rows) for table in (tables if file_format is FileFormat.XLSX else tables[:1]))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".{file_format.value}.part",
                                         dir=path.parent)
    os.close(handle)
    try:
        progress = _Progress(context, total)
        if file_format is FileFormat.XLSX:
            _write_xlsx(Path(temporary), tables, progress)
        else:
            _write_csv(Path(temporary), tables[0], progress, csv_delimiter, csv_decimal)
        if context is not None:
            context.raise_if_cancelled()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return total


class _Progress:
    def __init__(self, context: TaskContext | None, total: int) -> None:
        self._context = context
        self._total = total
        self.done = 0

    def row_written(self) -> None:
        self.done += 1
        if self._context is not None and self.done % ROWS_PER_REPORT == 0:
            self._context.raise_if_cancelled()
            self._context.report((self.done, self._total))


_FORMATS = {CellKind.DATE: sheets.DATE_FORMAT, CellKind.TIME: sheets.TIME_FORMAT,
            CellKind.NUMBER: sheets.KWH_FORMAT}


def _write_xlsx(path: Path, tables: Sequence[Table], progress: _Progress) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        _fill_workbook(book, tables, progress)
    except BaseException:
        for sheet in book.worksheets:  # a sheet left half-written keeps its temporary file open
            sheet.close()
        raise
    book.save(path)


def _fill_workbook(book: Any, tables: Sequence[Table], progress: _Progress) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title))
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=column.header)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        kinds = [column.kind for column in table.columns]
        for row in table.rows:
            cells: list[Any] = []
            for kind, value in zip(kinds, row, strict=True):
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    text = WriteOnlyCell(sheet, value=value)
                    text.data_type = "s"  # openpyxl makes a formula of a text starting with "=": kept as text
                    cells.append(text)
                    continue
                if value is None or kind is CellKind.TEXT or isinstance(value, str):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = _FORMATS[kind]
                cells.append(cell)
            sheet.append(cells)
            progress.row_written()


def _write_csv(path: Path, table: Table, progress: _Progress, delimiter: str, decimal: str) -> None:
    """The CSV as Excel opens it with a double click: fields separated by the regional list separator
    (``delimiter``: ``;`` where the decimal separator is a comma, as in Belgium), dates and numbers as the
    .xlsx export shows them (``_csv_text``), CRLF line ends (RFC 4180), quotes only where needed."""
    # UTF-8 with a byte-order mark: without it Excel reads the file in the Windows code page (accents
    # garbled). No "sep=;" first line: only Excel knows it, any other program reads a data row.
    kinds = [column.kind for column in table.columns]
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([column.header for column in table.columns])
        for row in table.rows:
            writer.writerow([_csv_text(value, kind, decimal) for kind, value in zip(kinds, row, strict=True)])
            progress.row_written()


_KWH_DECIMALS = len(sheets.KWH_FORMAT.partition(".")[2])
_NUMBER_LIKE = re.compile(r"[+-]?[\d .,/:-]*\d[\d .,/:-]*(?:[eE][+-]?\d+)?")
"""A text Excel would turn into a number or a date: digits, with signs, separators or an exponent."""
_EXCEL_FORMULA_TEXT_LIMIT = 255
"""Excel's longest text between quotes in a formula."""
FORMULA_STARTS = ("=", "+", "-", "@")
"""How a cell Excel reads as a formula starts."""


def _csv_text(value: Any, kind: CellKind, decimal: str) -> str:
    """A cell as the .xlsx export shows it: dates dd/MM/yyyy, times hh:mm, kWh with three decimals."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel makes a number of digits: an EAN becomes 5,41E+17 (past 15 digits lost), leading zeros go.
        # As the formula ="5414…" (CSV quoting doubles its quotes) the cell holds exactly that text. A leading
        # apostrophe, tab or invisible space would stay in the cell (copies and look-ups then fail); a program
        # reading the file as data sees ="…" around the digits, plain to strip. Only digits and separators
        # are wrapped: the formula never computes anything.
        # A text that starts like a formula ("=", "+", "-", "@": a holder named "=HYPERLINK(…)") is written
        # the same way, so that Excel shows it and never runs it.
        if len(value) <= _EXCEL_FORMULA_TEXT_LIMIT and (
                _NUMBER_LIKE.fullmatch(value) or value.startswith(FORMULA_STARTS)):
            return '="{}"'.format(value.replace('"', '""'))
        return value
    if isinstance(value, dt.datetime):
        if kind is CellKind.DATE:
            return _csv_date(value.date())
        return f"{_csv_date(value.date())} {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return _csv_date(value)
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if kind is CellKind.NUMBER:
        text = f"{value:.{_KWH_DECIMALS}f}"
    elif isinstance(value, float):
        text = format(Decimal(repr(value)), "f")
    else:
        text = str(value)
    return text.replace(".", decimal)


def _csv_date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"  # sheets.DATE_FORMAT


def _sheet_title(title: str) -> str:
    # Excel limits a sheet's name to 31 characters, without []:*?/\
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31] or "Sheet"


def export_problem(error: BaseException) -> Problem:
    """Why the export failed; a file that could not be written says the system's reason."""
    if isinstance(error, NothingSavedError):
        return Problem(QCoreApplication.translate(
            "Exports", "This meter's consumption for these days was not saved on this computer, and the CRM "
            "cannot be reached."), None, ProblemKind.OFFLINE, technical=str(error))
    if isinstance(error, OSError) and not is_offline_error(error):
        reason = error.strerror or str(error)
        where = error.filename or ""
        message = QCoreApplication.translate("Exports", "The file could not be written: {0}.").format(
            f"{reason} ({where})" if where else reason)
        return Problem(message, None, ProblemKind.LOCAL_STORAGE, technical=f"{type(error).__name__}: {error}")
    return problem_from(error)


class DestinationError(Exception):
    """``path`` cannot be written as a file: it is a folder, or its folder does not exist."""

    def __init__(self, path: Path, is_folder: bool) -> None:
        super().__init__(f"{path}: {'a folder' if is_folder else 'its folder does not exist'}")
        self.path, self.is_folder = path, is_folder

    def message(self) -> str:
        if self.is_folder:
            return QCoreApplication.translate("Exports", "This is a folder: add a file name.")
        return QCoreApplication.translate("Exports", "The folder {0} does not exist.").format(
            str(self.path.parent))


def check_destination(path: Path) -> None:
    """Raises ``DestinationError`` when ``path`` cannot take the file (on a worker: a network folder may
    take seconds to answer)."""
    if path.is_dir():
        raise DestinationError(path, is_folder=True)
    if not path.parent.is_dir():
        raise DestinationError(path, is_folder=False)


class NothingSavedError(Exception):
    """The CRM could not be reached (or the app works offline), and not one day of the range was saved on
    this computer; ``why`` is the CRM's error, or ``NotSavedOfflineError``."""

    def __init__(self, ean: str, why: BaseException) -> None:
        super().__init__(ean)
        self.why = why
