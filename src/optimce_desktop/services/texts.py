"""How values read on screen (in the GUI and in the messages services compose): translated enum labels,
dd/MM/yyyy dates, numbers with units, "--" for empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from optimce_desktop.domain import dso
from optimce_desktop.domain.enums import WireEnum
from optimce_desktop.domain.numbers import decimals_of

EMPTY = "--"
DATE_FORMAT = "dd/MM/yyyy"
MAX_SHOWN_DECIMALS = 3


def enum_text(value: WireEnum | None) -> str:
    if value is None:
        return EMPTY
    if not value.is_known:
        return QCoreApplication.translate("enums", "Unknown ({0})").format(int(value))
    return QCoreApplication.translate("enums", value.label)


def date_text(day: dt.date | None) -> str:
    if day is None:
        return EMPTY
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return EMPTY
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{date_text(local.date())} {local.hour:02d}:{local.minute:02d}"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def number_text(value: float | None, unit: str = "", *, zero_is_empty: bool = True) -> str:
    """A number in the user's regional format (``QLocale()``: 12,50 in fr_BE, 12.50 in en_US), with no
    decimals for a whole number, else two, or three when it has them (a stored 12.345 is not shown rounded;
    the CRM keeps three); the server's 0 for "not set" on an optional field reads "--"."""
    if value is None or (zero_is_empty and value == 0):
        return EMPTY
    shown = round(float(value), MAX_SHOWN_DECIMALS)
    decimals = 0 if shown.is_integer() else max(decimals_of(shown), 2)
    text = QLocale().toString(shown, "f", decimals)
    return f"{text} {unit}".strip()


def text_or_empty(value: str | None) -> str:
    value = (value or "").strip()
    return value or EMPTY


def dso_text(code: str) -> str:
    known = dso.lookup(code)
    if known is None:
        return text_or_empty(code)
    if known.is_transmission:
        return QCoreApplication.translate("dso", "{0} (transmission operator)").format(known.display_name)
    return known.display_name


def phases_text(phases: int | None) -> str:
    if not phases:
        return EMPTY
    if phases == 1:
        return QCoreApplication.translate("texts", "Single-phase")
    if phases == 3:
        return QCoreApplication.translate("texts", "Three-phase")
    return QCoreApplication.translate("texts", "{0} phases").format(phases)
