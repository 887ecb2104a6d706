"""Reading a date typed by an operator: day first, always (Belgian habits), whatever the regional format.

Accepted, with 1- or 2-digit day and month and a 4-digit year:

- ``20/01/2027``, ``20-01-2027``, ``20.01.2027``, ``20 01 2027``, ``20/1/2027`` (the same separator twice,
  spaces allowed around it);
- ``20012027``: eight digits, ddmmyyyy;
- ``2027-01-20``: ISO, year first, with hyphens only.

Nothing is guessed: a 2-digit year (``20/01/27``) is refused with its own reason rather than read as 1927 or
2027, and a date that is not in the calendar (``31/11/2026``) is refused rather than rolled over to another
day. The result is a ``ParsedDate``: a day, nothing (empty text), or the reason it is not a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class DateProblem(StrEnum):
    INCOMPLETE = "incomplete"
    """Part of a date, as while typing it: ``2/2``, ``2027``, ``20/01/202``."""
    SHORT_YEAR = "short_year"
    """A 2-digit year (``20/01/27``, ``200127``): which century is not guessed."""
    NOT_A_DAY = "not_a_day"
    """Read as day, month and year, but no such day: ``31/11/2026``, ``20/13/2027``, ``00/01/2027``."""
    UNREADABLE = "unreadable"
    """Not the shape of a date: letters, mixed separators, too many digits."""


@dataclass(frozen=True)
class ParsedDate:
    day: dt.date | None = None
    problem: DateProblem | None = None

    @property
    def is_empty(self) -> bool:
        return self.day is None and self.problem is None

    @property
    def is_day(self) -> bool:
        return self.day is not None


EMPTY = ParsedDate()

_SEPARATOR = r"\s*([/.\-]|\s)\s*"
_THREE_PARTS = re.compile(rf"([0-9]+){_SEPARATOR}([0-9]+){_SEPARATOR}([0-9]*)", re.ASCII)
_TWO_PARTS = re.compile(rf"([0-9]+){_SEPARATOR}([0-9]*)", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", re.ASCII)


def parse_typed_date(text: str) -> ParsedDate:
    """The day ``text`` names, read day first; empty text is no date; else the reason it is not a day."""
    text = text.strip()
    if not text:
        return EMPTY
    if _DIGITS.fullmatch(text):
        return _digits_only(text)
    if iso := _ISO.fullmatch(text):
        year, month, day = iso.groups()
        return _calendar_day(int(year), int(month), int(day))
    if parts := _THREE_PARTS.fullmatch(text):
        day, first_separator, month, second_separator, year = parts.groups()
        if first_separator != second_separator:
            return ParsedDate(problem=DateProblem.UNREADABLE)
        return _day_month_year(day, month, year)
    if parts := _TWO_PARTS.fullmatch(text):
        first, _separator, second = parts.groups()
        short_enough = len(first) <= 4 and len(second) <= 4
        return ParsedDate(problem=DateProblem.INCOMPLETE if short_enough else DateProblem.UNREADABLE)
    return ParsedDate(problem=DateProblem.UNREADABLE)


def _digits_only(text: str) -> ParsedDate:
    if len(text) == 8:
        return _calendar_day(int(text[4:]), int(text[2:4]), int(text[:2]))
    if len(text) == 6:
        return ParsedDate(problem=DateProblem.SHORT_YEAR)  # ddmmyy
    if len(text) < 8:
        return ParsedDate(problem=DateProblem.INCOMPLETE)
    return ParsedDate(problem=DateProblem.UNREADABLE)


def _day_month_year(day: str, month: str, year: str) -> ParsedDate:
    if not year:  # "20/01/" or "2027-01-" on the way
        return ParsedDate(problem=DateProblem.INCOMPLETE if len(day) <= 4 else DateProblem.UNREADABLE)
    if len(day) > 2 or len(month) > 2 or len(year) > 4:
        return ParsedDate(problem=DateProblem.UNREADABLE)
    if len(year) == 2:
        return ParsedDate(problem=DateProblem.SHORT_YEAR)
    if len(year) != 4:
        return ParsedDate(problem=DateProblem.INCOMPLETE)
    return _calendar_day(int(year), int(month), int(day))


def _calendar_day(year: int, month: int, day: int) -> ParsedDate:
    try:
        return ParsedDate(day=dt.date(year, month, day))
    except ValueError:
        return ParsedDate(problem=DateProblem.NOT_A_DAY)
