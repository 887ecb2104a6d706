"""A date field that can be empty, typed as text and read day first, with a calendar button.

Qt's QDateEdit edits sections: typing "20/01/2027" there ran into the month and year sections and ended as
another day. Here the text is the user's, kept as typed: ``domain.dates.parse_typed_date`` reads it
(20/01/2027, 20-01-2027, 20.01.2027, 20/1/2027, 20012027, 2027-01-20), and a text that is not a day, or a day
outside the field's range, gives no date and a message (``input_problem()``); it never becomes another day.
On focus-out a date is written again as dd/MM/yyyy (the same day).

The button at the right (or Alt+Down, F4) opens a calendar; picking a day fills the field; Esc closes it.
An empty field opens the calendar on the current month.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QToolButton, QVBoxLayout, QWidget

from optimce_desktop.domain.dates import DateProblem, parse_typed_date
from optimce_desktop.gui.widgets.icons import icon
from optimce_desktop.services.texts import date_text, from_qdate

EARLIEST_DATE = QDate(2000, 1, 1)
"""The first day the field accepts (the domain's earliest effective date)."""
LATEST_DATE = QDate(2099, 12, 31)
BUTTON_WIDTH = 26
_WIDEST_DATE = "00/00/0000"
CALENDAR_TEXT = "#181E18"
CALENDAR_MUTED = "#5C6B5E"
CALENDAR_HEADER = "#F0F4F0"
CALENDAR_TODAY = "#1B5E20"
CALENDAR_TODAY_BACKGROUND = "#E8F5E9"


class CalendarPopup(QFrame):
    """The calendar under a date field, in a popup window: a click, a double-click or Return picks a day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self.picked)
        self.calendar.activated.connect(self.picked)
        self._today: QDate | None = None
        self._theme_days()

    def open_below(self, field: QWidget) -> None:
        """Shows the popup under ``field`` (above it when the screen has no room below)."""
        self.ensurePolished()  # the style sheet's font counts in the size
        self._mark_today()
        size = self.sizeHint().expandedTo(self._comfortable_size())
        below = field.mapToGlobal(QPoint(0, field.height()))
        above = field.mapToGlobal(QPoint(0, -size.height()))
        screen = field.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        position = below if below.y() + size.height() <= area.bottom() or above.y() < area.top() else above
        position.setX(max(area.left(), min(position.x(), area.right() - size.width())))
        self.move(position)
        self.resize(size)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _comfortable_size(self) -> QSize:
        """Room for the month's bar, the days' names and 6 weeks (QCalendarWidget's own hint crops the last
        row)."""
        metrics = self.calendar.fontMetrics()
        locale = self.calendar.locale()
        day_names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        cell_width = max(metrics.horizontalAdvance(text) for text in [*day_names, "00"]) + 14
        row_height = metrics.height() + 10
        bar = self.calendar.findChild(QWidget, "qt_calendar_navigationbar")
        bar_height = bar.sizeHint().height() if bar is not None else row_height
        frame = 2 * self.frameWidth()
        return QSize(7 * cell_width + frame + 2, bar_height + 7 * row_height + frame + 4)

    def _theme_days(self) -> None:
        """The days' names on the app's grey-green, weekends like other days (no red)."""
        names = QTextCharFormat()
        names.setForeground(QColor(CALENDAR_MUTED))
        names.setBackground(QColor(CALENDAR_HEADER))
        names.setFontWeight(QFont.Weight.DemiBold)
        self.calendar.setHeaderTextFormat(names)
        days = QTextCharFormat()
        days.setForeground(QColor(CALENDAR_TEXT))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekend, days)

    def _mark_today(self) -> None:
        """Today in bold green, underlined, on a green tint (at each opening: the app may run past
        midnight)."""
        if self._today is not None:
            self.calendar.setDateTextFormat(self._today, QTextCharFormat())
        self._today = QDate.currentDate()
        today = QTextCharFormat()
        today.setForeground(QColor(CALENDAR_TODAY))
        today.setBackground(QColor(CALENDAR_TODAY_BACKGROUND))
        today.setFontWeight(QFont.Weight.Bold)
        today.setFontUnderline(True)
        self.calendar.setDateTextFormat(self._today, today)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picked.emit(self.calendar.selectedDate())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QLineEdit):
    optionalDateChanged = Signal()
    """``optional_date()`` or ``input_problem()`` changed: another day, no day, or another problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = EARLIEST_DATE
        self._maximum = LATEST_DATE
        self._state: tuple[dt.date | None, str | None] = (None, None)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setToolTip(self.tr("Type the day as dd/mm/yyyy, or pick it in the calendar (Alt+Down)"))
        self._button = QToolButton(self)
        self._button.setObjectName("calendarButton")
        self._button.setIcon(icon("calendar.svg"))
        self._button.setIconSize(QSize(14, 14))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.setCursor(Qt.CursorShape.ArrowCursor)
        self._button.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        self._button.setAccessibleName(self.tr("Calendar"))
        self._button.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)  # a click that closes it: no reopening
        self._button.clicked.connect(self.show_calendar)
        self.setTextMargins(0, 0, BUTTON_WIDTH, 0)
        self._popup = CalendarPopup(self)
        self._popup.picked.connect(self._pick)
        self.textChanged.connect(self._read_text)

    # -- the date --------------------------------------------------------------------------------------------

    def optional_date(self) -> dt.date | None:
        """The day typed or picked; None when the field is empty, or its text is not a day of the range."""
        return self._state[0]

    def input_problem(self) -> str | None:
        """Why the text gives no date (translated), or None when the field is empty or holds a valid day."""
        return self._state[1]

    def is_being_typed(self) -> bool:
        """True while the operator is still typing a date that is not complete yet (``20/01/20``): its
        problem is guidance rather than an error until the field is left."""
        if not self.hasFocus() or self._state[1] is None:
            return False
        return parse_typed_date(self.text()).problem in (DateProblem.INCOMPLETE, DateProblem.SHORT_YEAR)

    def set_optional_date(self, day: dt.date | None) -> None:
        self.setText("" if day is None else date_text(day))

    def is_empty(self) -> bool:
        return not self.text().strip()

    def clear_date(self) -> None:
        self.clear()

    def lineEdit(self) -> QLineEdit:  # Qt's name, as on QDateEdit and QComboBox
        """The text field: the widget itself (code written for QDateEdit reaches its text this way)."""
        return self

    # -- the range -------------------------------------------------------------------------------------------

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setMaximumDate(self, day: QDate) -> None:
        self.setDateRange(self._minimum if self._minimum < day else day, day)

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        """Days outside are refused with a message; the calendar greys them out."""
        self._minimum, self._maximum = QDate(minimum), QDate(maximum)
        self._read_text()

    # -- the calendar ----------------------------------------------------------------------------------------

    def calendarWidget(self) -> QCalendarWidget:
        return self._popup.calendar

    def show_calendar(self) -> None:
        """Opens the calendar on the field's day, or on the current month when it has none."""
        if self.isReadOnly() or not self.isEnabled():
            return
        calendar = self._popup.calendar
        calendar.setDateRange(self._minimum, self._maximum)
        day = self.optional_date()
        shown = QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        self.setFocus(Qt.FocusReason.PopupFocusReason)  # where the focus comes back when the popup closes
        self._popup.open_below(self)

    def is_calendar_open(self) -> bool:
        return self._popup.isVisible()

    # -- events ----------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._write_as_shown()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click sent to the field itself over its button (as by QTest) opens the calendar too.
        on_button = self._button.geometry().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and on_button:
            self.show_calendar()
            return
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._write_as_shown()
        if self._state[1] is not None:
            self.optionalDateChanged.emit()  # an unfinished date is an error from now on (is_being_typed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = 1
        self._button.setGeometry(self.width() - frame - BUTTON_WIDTH, frame, BUTTON_WIDTH,
                                 self.height() - 2 * frame)

    def sizeHint(self) -> QSize:
        """Room for a date or the placeholder, not the 17 characters of a line edit."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = max(metrics.horizontalAdvance(text) for text in (_WIDEST_DATE, self.placeholderText()))
        room = hint.width() - 17 * metrics.horizontalAdvance("x")  # what QLineEdit adds around its text
        return QSize(wanted + metrics.averageCharWidth() + room, hint.height())

    # -- inside ----------------------------------------------------------------------------------------------

    def _pick(self, day: QDate) -> None:
        self._popup.hide()
        self.set_optional_date(from_qdate(day))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _write_as_shown(self) -> None:
        """A day typed in another accepted form is written dd/MM/yyyy (the same day)."""
        parsed = parse_typed_date(self.text())
        if parsed.day is not None and self.text() != date_text(parsed.day):
            self.setText(date_text(parsed.day))

    def _read_text(self) -> None:
        state = self._read()
        if state != self._state:
            self._state = state
            self.optionalDateChanged.emit()

    def _read(self) -> tuple[dt.date | None, str | None]:
        parsed = parse_typed_date(self.text())
        if parsed.day is not None:
            if not from_qdate(self._minimum) <= parsed.day <= from_qdate(self._maximum):
                return None, self.tr("Choose a day between {0} and {1}").format(
                    date_text(from_qdate(self._minimum)), date_text(from_qdate(self._maximum)))
            return parsed.day, None
        if parsed.problem is None:
            return None, None
        return None, self._problem_text(parsed.problem)

    def _problem_text(self, problem: DateProblem) -> str:
        if problem is DateProblem.NOT_A_DAY:
            return self.tr("{0} is not a day of the calendar").format(self.text().strip())
        if problem is DateProblem.SHORT_YEAR:
            return self.tr("Type the year with 4 digits, e.g. 20/01/2027")
        return self.tr("Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027")
