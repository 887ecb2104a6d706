"""The date field's calendar: its button, Alt+Down or F4 open it on the field's day (on the current month when
the field is empty); a click or Return on a day fills the field; Esc closes it and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView, QToolButton

from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit


def _button(edit: OptionalDateEdit) -> QToolButton:
    button = edit.findChild(QToolButton, "calendarButton")
    assert button.isVisible() and button.geometry().right() >= edit.width() - 2  # at the right of the field
    return button


def _open_with_button(qtbot, edit: OptionalDateEdit):
    qtbot.mouseClick(_button(edit), Qt.MouseButton.LeftButton)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    return calendar


def _click_day(qtbot, calendar, day_number: int) -> None:
    """Clicks a day of the month shown (15 or more: a number the grid shows once)."""
    view = calendar.findChild(QTableView)
    model = view.model()
    cells = [model.index(row, column)
             for row in range(model.rowCount()) for column in range(model.columnCount())]
    cell = next(index for index in cells if str(index.data()) == str(day_number))
    rect = view.visualRect(cell)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_empty_field_opens_the_calendar_on_this_month_and_a_click_fills_it(qtbot, date_form):
    edit = date_form.date_edit
    calendar = _open_with_button(qtbot, edit)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.optional_date() is None and edit.is_empty()  # opening picks nothing

    _click_day(qtbot, calendar, 20)
    assert edit.optional_date() == dt.date(today.year(), today.month(), 20)
    assert edit.text() == f"20/{today.month():02d}/{today.year()}"
    assert not calendar.isVisible() and date_form.changes[-1] == (edit.optional_date(), None)


def test_the_calendar_opens_on_the_day_of_the_field_and_return_picks_the_selected_day(qtbot, date_form):
    edit = date_form.date_edit
    edit.set_optional_date(dt.date(2027, 1, 20))
    calendar = _open_with_button(qtbot, edit)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 1)
    assert calendar.selectedDate() == QDate(2027, 1, 20)

    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the arrows move the selection
    assert calendar.selectedDate() == QDate(2027, 1, 21) and edit.optional_date() == dt.date(2027, 1, 20)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert edit.text() == "21/01/2027" and not calendar.isVisible()


def test_a_field_whose_text_is_no_day_opens_the_calendar_on_this_month(qtbot, date_form):
    date_form.type_in(qtbot, "31/11/2026")
    calendar = _open_with_button(qtbot, date_form.date_edit)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert date_form.date_edit.text() == "31/11/2026"


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                                               (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)])
def test_the_keyboard_opens_the_calendar_and_esc_closes_it(qtbot, date_form, key, modifier):
    edit = date_form.date_edit
    edit.set_optional_date(dt.date(2027, 1, 20))
    edit.setFocus()
    qtbot.keyClick(edit, key, modifier)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert edit.is_calendar_open()

    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and edit.optional_date() == dt.date(2027, 1, 20)


def test_the_calendar_offers_only_the_days_of_the_range(qtbot, date_form):
    edit = date_form.date_edit
    edit.setMaximumDate(QDate(2026, 12, 6))
    calendar = _open_with_button(qtbot, edit)
    assert (calendar.minimumDate(), calendar.maximumDate()) == (QDate(2000, 1, 1), QDate(2026, 12, 6))


def test_a_field_that_cannot_be_edited_opens_no_calendar(qtbot, date_form):
    edit = date_form.date_edit
    edit.setReadOnly(True)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    assert not edit.is_calendar_open()
