"""Typing a date into the date field (the update dialog's effective date, the consumption range): every
accepted form gives that very day, in every regional format; anything else gives no date, a message, and
keeps the text as typed. A typed date never turns into another day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt

from tests.gui.widgets.conftest import open_date_form

ACCEPTED_DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
FORMS = {
    "dd/mm/yyyy": lambda day: f"{day.day:02d}/{day.month:02d}/{day.year}",
    "d/m/yyyy": lambda day: f"{day.day}/{day.month}/{day.year}",
    "dd-mm-yyyy": lambda day: f"{day.day:02d}-{day.month:02d}-{day.year}",
    "d-m-yyyy": lambda day: f"{day.day}-{day.month}-{day.year}",
    "dd.mm.yyyy": lambda day: f"{day.day:02d}.{day.month:02d}.{day.year}",
    "d.m.yyyy": lambda day: f"{day.day}.{day.month}.{day.year}",
    "dd mm yyyy": lambda day: f"{day.day:02d} {day.month:02d} {day.year}",
    "d m yyyy": lambda day: f"{day.day} {day.month} {day.year}",
    "ddmmyyyy": lambda day: f"{day.day:02d}{day.month:02d}{day.year}",
    "yyyy-mm-dd": lambda day: day.isoformat(),
}
NOT_A_DATE = "Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027"
REGIONAL_FORMATS = ["C", "en_US", "en_GB", "fr_BE", "nl_BE", "de_BE", "de_DE"]
WIDGET_SETTINGS = settings(max_examples=50, deadline=None,
                           suppress_health_check=[HealthCheck.function_scoped_fixture])


def _impossible_days() -> st.SearchStrategy[str]:
    """day/month/year texts of a 4-digit year that name no day: 31/11, 29/02 of a common year, month 13..."""
    def impossible(parts: tuple[int, int, int]) -> bool:
        day, month, year = parts
        try:
            dt.date(year, month, day)
        except ValueError:
            return True
        return False

    parts = st.tuples(st.integers(0, 39), st.integers(0, 19), st.integers(2000, 2099)).filter(impossible)
    separators = st.sampled_from(["/", "-", ".", " "])
    return st.builds(lambda p, sep: f"{p[0]:02d}{sep}{p[1]:02d}{sep}{p[2]}", parts, separators)


def _incomplete_dates() -> st.SearchStrategy[str]:
    """What is on screen on the way to a date: day and month, a year alone, a year not finished."""
    return st.one_of(
        st.builds(lambda d, m: f"{d}/{m}", st.integers(1, 31), st.integers(1, 12)),
        st.integers(1000, 9999).map(str),
        st.builds(lambda d, m, y: f"{d:02d}/{m:02d}/{y}", st.integers(1, 28), st.integers(1, 12),
                  st.one_of(st.integers(1, 9), st.integers(100, 999))),  # 2 digits: a message of its own
        st.integers(1, 9_999_999).map(str).filter(lambda text: len(text) != 6),
    )


@WIDGET_SETTINGS
@given(day=ACCEPTED_DAYS, form=st.sampled_from(sorted(FORMS)))
def test_a_date_typed_in_any_accepted_form_is_that_day(qtbot, day, form):
    date_form = open_date_form(qtbot)
    edit = date_form.date_edit
    date_form.type_in(qtbot, FORMS[form](day))
    assert edit.optional_date() == day and edit.input_problem() is None
    assert edit.text() == f"{day:%d/%m/%Y}"  # written again as dd/mm/yyyy on leaving: the same day


@WIDGET_SETTINGS
@given(text=st.one_of(_impossible_days(), _incomplete_dates()))
def test_a_text_that_is_no_day_gives_no_date_a_message_and_stays_as_typed(qtbot, text):
    date_form = open_date_form(qtbot)
    edit = date_form.date_edit
    date_form.type_in(qtbot, text)
    assert edit.optional_date() is None
    assert edit.input_problem() in (NOT_A_DATE, f"{text} is not a day of the calendar")
    assert edit.text() == text


@pytest.mark.parametrize(("typed", "message"), [
    ("31/11/2026", "31/11/2026 is not a day of the calendar"),
    ("20/13/2027", "20/13/2027 is not a day of the calendar"),
    ("2/2", NOT_A_DATE),
    ("2027", NOT_A_DATE),
    ("20 jan 2027", NOT_A_DATE),
    ("20/01/27", "Type the year with 4 digits, e.g. 20/01/2027"),
])
def test_what_the_operator_reads_under_a_text_that_is_no_day(qtbot, date_form, typed, message):
    date_form.type_in(qtbot, typed)
    edit = date_form.date_edit
    assert (edit.optional_date(), edit.input_problem(), edit.text()) == (None, message, typed)
    assert date_form.changes[-1] == (None, message)


def test_the_dates_of_the_issue_are_the_days_typed(qtbot, date_form):
    edit = date_form.date_edit
    for typed, day in (("20/01/2027", dt.date(2027, 1, 20)), ("05/01/2027", dt.date(2027, 1, 5)),
                       ("20012027", dt.date(2027, 1, 20))):
        edit.setFocus()
        edit.clear_date()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert (edit.optional_date(), edit.text()) == (day, typed[:2] + "/01/2027")


@pytest.fixture
def regional_format(request):
    """Makes ``request.param`` the default locale (the user's regional format) for one test."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize("regional_format", REGIONAL_FORMATS, indirect=True)
def test_the_regional_format_changes_nothing(qtbot, date_form, regional_format):
    edit = date_form.date_edit
    for day in (dt.date(2027, 1, 20), dt.date(2027, 1, 5), dt.date(2026, 12, 31)):
        for form in FORMS.values():
            date_form.type_in(qtbot, form(day))
            assert (edit.optional_date(), edit.text()) == (day, f"{day:%d/%m/%Y}"), form(day)
    date_form.type_in(qtbot, "31/11/2026")
    assert (edit.optional_date(), edit.input_problem()) == (None, "31/11/2026 is not a day of the calendar")
    edit.set_optional_date(dt.date(2027, 1, 20))
    assert edit.text() == "20/01/2027"


def test_a_day_outside_the_range_is_refused_with_the_range(qtbot, date_form):
    edit = date_form.date_edit
    date_form.type_in(qtbot, "31/12/1999")
    assert (edit.optional_date(), edit.input_problem()) == (
        None, "Choose a day between 01/01/2000 and 31/12/2099")
    edit.setMaximumDate(QDate(2026, 12, 6))
    date_form.type_in(qtbot, "07/12/2026")
    assert (edit.optional_date(), edit.input_problem()) == (
        None, "Choose a day between 01/01/2000 and 06/12/2026")
    edit.setMaximumDate(QDate(2026, 12, 7))  # the range moves: the same text is now a day
    assert (edit.optional_date(), edit.input_problem()) == (dt.date(2026, 12, 7), None)


def test_delete_on_the_whole_text_empties_the_field(qtbot, date_form):
    edit = date_form.date_edit
    date_form.type_in(qtbot, "20/01/2027")
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        edit.setFocus()
        edit.set_optional_date(dt.date(2027, 1, 20))
        edit.selectAll()
        qtbot.keyClick(edit, key)
        assert edit.is_empty() and edit.optional_date() is None and edit.input_problem() is None
        assert date_form.changes[-1] == (None, None)


def test_the_field_says_each_change_of_day_or_problem_once(qtbot, date_form):
    edit = date_form.date_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "20/01/2027")
    assert date_form.changes == [
        (None, NOT_A_DATE),  # from "2" to "20/01/2"
        (None, "Type the year with 4 digits, e.g. 20/01/2027"),  # "20/01/20"
        (None, NOT_A_DATE),  # "20/01/202"
        (dt.date(2027, 1, 20), None),
    ]
    date_form.leave()  # the same text on leaving: no change
    edit.set_optional_date(dt.date(2027, 1, 20))
    assert len(date_form.changes) == 4
