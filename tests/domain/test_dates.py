"""Reading a typed date: day first in every accepted form, and a reason, never another day, otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optimce_desktop.domain.dates import DateProblem, ParsedDate, parse_typed_date

JANUARY_20 = dt.date(2027, 1, 20)
ANY_DAY = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@pytest.mark.parametrize("text", [
    "20/01/2027", "20-01-2027", "20.01.2027", "20 01 2027", "20/1/2027", "20012027", "2027-01-20",
    " 20/01/2027 ", "20 / 01 / 2027", "2027-1-20",
])
def test_every_accepted_form_of_january_20(text):
    assert parse_typed_date(text) == ParsedDate(day=JANUARY_20)


def test_the_day_comes_first_even_when_it_could_be_a_month():
    assert parse_typed_date("05/01/2027").day == dt.date(2027, 1, 5)
    assert parse_typed_date("5/1/2027").day == dt.date(2027, 1, 5)
    assert parse_typed_date("01122026").day == dt.date(2026, 12, 1)


@pytest.mark.parametrize("text", ["", "   "])
def test_no_text_is_no_date_and_no_problem(text):
    parsed = parse_typed_date(text)
    assert parsed.is_empty and parsed.day is None and parsed.problem is None


@pytest.mark.parametrize(("text", "problem"), [
    ("31/11/2026", DateProblem.NOT_A_DAY),
    ("20/13/2027", DateProblem.NOT_A_DAY),
    ("29/02/2027", DateProblem.NOT_A_DAY),
    ("00/01/2027", DateProblem.NOT_A_DAY),
    ("2027-02-30", DateProblem.NOT_A_DAY),
    ("20272001", DateProblem.NOT_A_DAY),  # ddmmyyyy, not yyyymmdd: month 20
    ("2/2", DateProblem.INCOMPLETE),
    ("2027", DateProblem.INCOMPLETE),
    ("2", DateProblem.INCOMPLETE),
    ("20/01/", DateProblem.INCOMPLETE),
    ("20/01/202", DateProblem.INCOMPLETE),
    ("2001202", DateProblem.INCOMPLETE),
    ("2027-01", DateProblem.INCOMPLETE),
    ("2027-01-", DateProblem.INCOMPLETE),
    ("20/01/27", DateProblem.SHORT_YEAR),
    ("200127", DateProblem.SHORT_YEAR),
    ("20/01-2027", DateProblem.UNREADABLE),  # two separators
    ("2027/01/20", DateProblem.UNREADABLE),  # year first only as ISO
    ("20 jan 2027", DateProblem.UNREADABLE),
    ("20/01/20277", DateProblem.UNREADABLE),
    ("200120277", DateProblem.UNREADABLE),
    ("1/2/3/4", DateProblem.UNREADABLE),
    ("２０/01/2027", DateProblem.UNREADABLE),  # full-width digits
    ("9" * 5000, DateProblem.UNREADABLE),
])
def test_what_is_not_a_day_says_why(text, problem):
    assert parse_typed_date(text) == ParsedDate(problem=problem)


FORMS = {
    "dd/mm/yyyy": lambda day: f"{day.day:02d}/{day.month:02d}/{day.year}",
    "d-m-yyyy": lambda day: f"{day.day}-{day.month}-{day.year}",
    "dd.mm.yyyy": lambda day: f"{day.day:02d}.{day.month:02d}.{day.year}",
    "d m yyyy": lambda day: f"{day.day} {day.month} {day.year}",
    "ddmmyyyy": lambda day: f"{day.day:02d}{day.month:02d}{day.year}",
    "yyyy-mm-dd": lambda day: day.isoformat(),
}


@settings(max_examples=200, deadline=None)
@given(day=ANY_DAY, form=st.sampled_from(sorted(FORMS)))
def test_any_day_written_in_any_form_reads_as_that_day(day, form):
    assert parse_typed_date(FORMS[form](day)).day == day


@settings(max_examples=200, deadline=None)
@given(day=st.integers(0, 99), month=st.integers(0, 99), year=st.integers(1000, 9999))
def test_day_month_year_is_that_day_or_not_a_day_never_another(day, month, year):
    parsed = parse_typed_date(f"{day}/{month}/{year}")
    try:
        expected = dt.date(year, month, day)
    except ValueError:
        assert parsed == ParsedDate(problem=DateProblem.NOT_A_DAY)
    else:
        assert parsed.day == expected


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=14))
def test_any_text_is_a_day_nothing_or_a_reason(text):
    parsed = parse_typed_date(text)
    assert (parsed.day is not None) + (parsed.problem is not None) + parsed.is_empty == 1
