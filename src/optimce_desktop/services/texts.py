"""How values read on screen (in the GUI and in the messages services compose): translated enum labels,
dd/MM/yyyy dates, numbers with units, "--" for empty, a field's label before its message, quoted text and
uppercase captions, each with the language's punctuation."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from optimce_desktop.domain import dso
from optimce_desktop.domain.enums import WireEnum
from optimce_desktop.domain.numbers import decimals_of

EMPTY = "--"
DATE_FORMAT = "dd/MM/yyyy"
MAX_SHOWN_DECIMALS = 3
POWER_DECIMALS = 2
"""A power (kVA) is written with two decimals at least, as the forms take it: 5,00 kVA beside 9,20 kVA."""
_UNIT_IN_PARENTHESES = re.compile(r"(\((?:[kMG]?(?:VA|W|Wc|Wp|Wh)|A|V|%)\))")


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


def number_text(value: float | None, unit: str = "", *, zero_is_empty: bool = True,
                least_decimals: int = 0) -> str:
    """A number in the user's regional format (``QLocale()``: 12,50 in fr_BE, 12.50 in en_US), with no
    decimals for a whole number (or ``least_decimals``), else two, or three when it has them (a stored
    12.345 is not shown rounded; the CRM keeps three); the server's 0 for "not set" on an optional field
    reads "--"."""
    if value is None or (zero_is_empty and value == 0):
        return EMPTY
    shown = round(float(value), MAX_SHOWN_DECIMALS)
    decimals = max(least_decimals, 0 if shown.is_integer() else max(decimals_of(shown), 2))
    text = QLocale().toString(shown, "f", decimals)
    return f"{text} {unit}".strip()


def power_text(value: float | None) -> str:
    """A meter's power as every card and list shows it: "5,00 kVA", "9,20 kVA", "12,345 kVA" (never
    rounded, never shorter than the form writes it); "--" when not set."""
    return number_text(value, "kVA", least_decimals=POWER_DECIMALS)


def labelled(label: str, text: str) -> str:
    """A field's message after its label, "Postcode: a Belgian postcode has 4 digits", punctuated as the
    language wants it (French: "Code postal : …")."""
    # the translation of the update form's messages, which say the same thing
    return QCoreApplication.translate("Problems", "{0}: {1}").format(label, text)


def quoted(text: str) -> str:
    """``text`` between the language's quotation marks: “text” in English, « text » in French."""
    return QCoreApplication.translate("texts", "“{0}”").format(text)


def caption_text(caption: str) -> str:
    """A field's caption in capitals, a unit in parentheses as written: "WITHDRAWAL POWER (kVA)", never
    "(KVA)"; an accelerator's & is kept."""
    return "".join(part if _UNIT_IN_PARENTHESES.fullmatch(part) else part.upper()
                   for part in _UNIT_IN_PARENTHESES.split(caption))


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
