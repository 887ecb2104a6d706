"""The detail pane's consumption tab: a range of Brussels days, the chart of what the meter took and gave
each day, the totals, and where the figures come from (the CRM now, or the copy saved on this computer).

Unlike the web app, the days are Belgian days, a failure is said (with Retry), and Show reads again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from optimce_desktop.domain.consumption import brussels_day
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.consumption_chart import ConsumptionChart
from optimce_desktop.gui.widgets.field_message import FieldMark, FieldMessage, mark_field
from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit
from optimce_desktop.services.consumptions import ConsumptionReading, ConsumptionService
from optimce_desktop.services.problems import Problem, ProblemKind
from optimce_desktop.services.texts import date_text, datetime_text

DEFAULT_DAYS = 7
MAX_DAYS = 366


class ConsumptionView(QWidget):
    exportRequested = Signal(str, dt.date, dt.date)
    """Export to a file was asked for: the EAN, the first and the last day."""

    def __init__(self, service: ConsumptionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consumptionView")
        self._service = service
        self._ean: str | None = None
        self._asked: str | None = None  # the meter whose days were asked for (read, failed or on the way)
        self._shown: tuple[str, dt.date, dt.date] | None = None
        self._read_when_online = False  # what is shown came from the offline copy, or failed offline
        service.loaded.connect(self._loaded)
        service.failed.connect(self._failed)

        yesterday = self._today() - dt.timedelta(days=1)
        self.start_edit = self._date_edit("consumptionStart", yesterday - dt.timedelta(days=DEFAULT_DAYS - 1))
        self.end_edit = self._date_edit("consumptionEnd", yesterday)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showConsumptionButton")
        self.show_button.setToolTip(self.tr("Read these days from the CRM"))
        self.show_button.clicked.connect(self.show_range)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportConsumptionButton")
        self.export_button.setToolTip(self.tr(
            "Save these days to an Excel workbook: every quarter hour in Brussels time, and each day's "
            "totals"))
        self.export_button.clicked.connect(self.request_export)
        self.range_message = FieldMessage()
        self.range_message.setObjectName("consumptionRangeMessage")
        self.banner = Banner()
        self.banner.setObjectName("consumptionBanner")
        self.banner.actionTriggered.connect(self.show_range)
        self.chart = ConsumptionChart()
        self.totals_label = QLabel()
        self.totals_label.setObjectName("consumptionTotals")
        self.totals_label.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setObjectName("consumptionSource")
        self.source_label.setWordWrap(True)

        dates = QHBoxLayout()
        # Alt+R and Alt+T: Alt+F opens the File menu
        for text, edit in ((self.tr("F&rom"), self.start_edit), (self.tr("&To"), self.end_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            # Qt measures "To" kerned but draws it unkerned around the underlined mnemonic: a little more room
            label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth() // 2)
            dates.addWidget(label)
            dates.addWidget(edit)
            dates.addSpacing(8)
        dates.addWidget(self.show_button)
        dates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.range_message)
        layout.addWidget(self.banner)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.totals_label)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label, 1)
        source_row.addWidget(self.export_button)
        layout.addLayout(source_row)
        for edit in (self.start_edit, self.end_edit):
            edit.optionalDateChanged.connect(self._check_range)
        self._check_range()

    @property
    def shown(self) -> tuple[str, dt.date, dt.date] | None:
        """The meter and days on screen, once read."""
        return self._shown

    def set_meter(self, ean: str | None) -> None:
        """Another meter is selected: what was shown goes (call ``show_range`` to read its days). The
        chosen days stay, to compare meters over the same days: what is read names the meter and days."""
        if ean == self._ean:
            return
        self._ean = ean
        self.export_button.setEnabled(ean is not None and self._check_range() is not None)
        self._asked = None
        self._shown = None
        self._read_when_online = False
        self.chart.set_days([])
        self.banner.hide()
        self.totals_label.clear()
        self.source_label.setText(self.tr("Press Show to read this meter's consumption.") if ean else "")

    def request_export(self) -> None:
        """Asks for the chosen days of the meter to be exported (see ``exportRequested``)."""
        days = self._check_range()
        if self._ean is not None and days is not None:
            self.exportRequested.emit(self._ean, *days)

    def needs_reading(self) -> bool:
        """The meter's days were not asked for yet (a failure is retried by the user, not by itself)."""
        return self._ean is not None and self._asked != self._ean

    def read_again_after_offline(self) -> None:
        """The CRM answers again: what came from the offline copy, or could not be read, is read again."""
        if self._read_when_online and self._ean is not None and self._asked == self._ean:
            self.show_range()

    def show_range(self) -> None:
        """Reads the chosen days of the meter (again)."""
        days = self._check_range()
        if self._ean is None or days is None:
            return
        self._asked = self._ean
        self.banner.hide()
        self.show_button.setEnabled(False)
        self.source_label.setText(self.tr("Reading the consumption…"))
        self._service.load(self._ean, *days)

    # -- inside --------------------------------------------------------------------------------------------

    def _date_edit(self, name: str, day: dt.date) -> OptionalDateEdit:
        edit = OptionalDateEdit()
        edit.setObjectName(name)
        today = self._today()
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
        edit.set_optional_date(day)
        return edit

    def _today(self) -> dt.date:
        return brussels_day(dt.datetime.now(dt.UTC))

    def _check_range(self) -> tuple[dt.date, dt.date] | None:
        """The days to read, or None after saying next to the dates why they cannot be read."""
        for edit in (self.start_edit, self.end_edit):
            mark_field(edit, FieldMark.ERROR if edit.input_problem() else FieldMark.NONE)
        start, end = self.start_edit.optional_date(), self.end_edit.optional_date()
        if start is None or end is None:
            self._show_range_problem(self._typing_problem())
            return None
        problem = None
        if start > end:
            problem = self.tr("The first day must be on or before the last day ({0}).").format(date_text(end))
        elif (end - start).days + 1 > MAX_DAYS:
            problem = self.tr("Choose at most {0} days.").format(MAX_DAYS)
        self._show_range_problem(problem)
        return None if problem is not None else (start, end)

    def _typing_problem(self) -> str:
        """Why a date field gives no day: its text is not a day, or it is empty."""
        if problem := self.start_edit.input_problem():
            return self.tr("From: {0}").format(problem)
        if problem := self.end_edit.input_problem():
            return self.tr("To: {0}").format(problem)
        if self.start_edit.optional_date() is None:
            return self.tr("Type the first day.")
        return self.tr("Type the last day.")

    def _show_range_problem(self, problem: str | None) -> None:
        if problem is not None:
            self.range_message.show_message(problem)
        else:
            self.range_message.clear_message()
        self.show_button.setEnabled(problem is None and not self._service.loading)
        self.export_button.setEnabled(problem is None and self._ean is not None)

    def _loaded(self, reading: ConsumptionReading) -> None:
        self._check_range()
        if reading.ean != self._ean:
            return
        self._shown = (reading.ean, reading.start, reading.end)
        self._read_when_online = reading.saved_at is not None
        ean, first, last = reading.ean, date_text(reading.start), date_text(reading.end)
        # one message when nothing is known of these days: in the chart, where the figures would be
        self.chart.set_days(reading.days, self.tr("No data for meter {0} from {1} to {2}.").format(
            ean, first, last))
        if reading.days:
            self._show_totals(reading)
        else:
            self.totals_label.clear()
        if reading.saved_at is None:
            self.source_label.setText(self.tr("Read from the CRM at {0}.").format(
                datetime_text(dt.datetime.now(dt.UTC))))
            return
        source = self.tr("Offline: showing the consumption saved on {0}.").format(
            datetime_text(reading.saved_at))
        if reading.missing:
            source += " " + self.tr("Days not saved on this computer: {0}.").format(len(reading.missing))
        self.source_label.setText(source)

    def _show_totals(self, reading: ConsumptionReading) -> None:
        consumed = sum(day.consumed for day in reading.days)
        shared = sum(day.consumed_shared for day in reading.days)
        injected = sum(day.injected for day in reading.days)
        injected_shared = sum(day.injected_shared for day in reading.days)
        self.totals_label.setText(self.tr(
            "Meter {0}, from {1} to {2}: consumption {3} kWh, of which {4} kWh from the community; injection "
            "{5} kWh, of which {6} kWh to the community.").format(
            reading.ean, date_text(reading.start), date_text(reading.end), _kwh(consumed), _kwh(shared),
            _kwh(injected), _kwh(injected_shared)))

    def _failed(self, ean: str, problem: Problem) -> None:
        self._check_range()
        if ean != self._ean:
            return
        self._shown = None
        self._read_when_online = problem.kind is ProblemKind.OFFLINE
        self.chart.set_days([])  # the figures of the days asked for are not known
        self.totals_label.clear()
        self.source_label.clear()
        self.banner.show_message(self.tr("The consumption could not be read. {0}").format(problem.message),
                                 action=self.tr("Retry"))


def _kwh(value: float) -> str:
    return QLocale().toString(float(value), "f", 2)  # an int (a sum of no days is 0) raises in PySide6 6.11
