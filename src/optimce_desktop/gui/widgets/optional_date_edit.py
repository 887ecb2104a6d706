"""A date edit that can be empty: blank until the user picks or types a date, and blank again on Delete.

Qt's QDateEdit always holds a date. Here the minimum date stands for "no date" and is shown as blank
(``specialValueText``); real dates start the day after. Typing a digit into the blank field starts from
today with the day selected, so that "23062026" reads as 23/06/2026; the calendar opens on the current
month rather than on the hidden minimum.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DISPLAY_FORMAT = "dd/MM/yyyy"
NO_DATE = QDate(1999, 12, 31)
"""Shown blank; the first selectable date is the day after (the domain's earliest effective date)."""
LATEST_DATE = QDate(2099, 12, 31)
_BLANK = " "  # an empty specialValueText would mean "no special text"


class OptionalDateEdit(QDateEdit):
    optionalDateChanged = Signal()
    """The date changed, to another date or to none (read ``optional_date()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setDateRange(NO_DATE, LATEST_DATE)
        self.setSpecialValueText(_BLANK)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(lambda _date: self.optionalDateChanged.emit())

    def optional_date(self) -> dt.date | None:
        day = self.date()
        if day == NO_DATE:
            return None
        return dt.date(day.year(), day.month(), day.day())

    def set_optional_date(self, day: dt.date | None) -> None:
        self.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.is_empty() or self.lineEdit().selectedText() == self.text()
        ):
            self.clear_date()
            return
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
