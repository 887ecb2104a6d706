"""Human sentences about meter-data changes: "Status: Active → Inactive", "New period from 01/03/2027".

Used by the update dialog's confirmation boxes and banners. Rich text (HTML) with user data escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from optimce_desktop.domain.enums import WireEnum
from optimce_desktop.domain.models import MemberRef, Period, SharingOperationRef
from optimce_desktop.domain.update import Change, UpdateField
from optimce_desktop.services.problems import field_label
from optimce_desktop.services.texts import (
    EMPTY,
    date_text,
    dso_text,
    enum_text,
    number_text,
    power_text,
    quoted,
)

DESCRIPTION_EXCERPT = 60
_POWERS = (UpdateField.SAMPLING_POWER, UpdateField.TOTAL_GENERATING_CAPACITY)
_NUMBERS = (*_POWERS, UpdateField.AMPERAGE)
# Period attribute -> the form field whose label names it.
_PERIOD_FIELDS: tuple[tuple[str, UpdateField], ...] = (
    ("status", UpdateField.STATUS),
    ("member", UpdateField.HOLDER),
    ("grd", UpdateField.GRD),
    ("rate", UpdateField.RATE),
    ("client_type", UpdateField.CLIENT_TYPE),
    ("description", UpdateField.DESCRIPTION),
    ("sampling_power", UpdateField.SAMPLING_POWER),
    ("total_generating_capacity", UpdateField.TOTAL_GENERATING_CAPACITY),
    ("amperage", UpdateField.AMPERAGE),
    ("production_chain", UpdateField.PRODUCTION_CHAIN),
    ("injection_status", UpdateField.INJECTION_STATUS),
    ("sharing_operation", UpdateField.SHARING_OPERATION),
)

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate



def value_text(field: UpdateField, value: Any) -> str:
    """A field's value as the form shows it (plain text)."""
    if field is UpdateField.HOLDER:
        return value.name if isinstance(value, MemberRef) else translate("ChangeTexts", "No holder")
    if field is UpdateField.SHARING_OPERATION:
        return value.name if isinstance(value, SharingOperationRef) else translate("ChangeTexts", "None")
    if field is UpdateField.GRD:
        return dso_text(value or "")
    if field in _POWERS:
        return power_text(value)
    if field is UpdateField.AMPERAGE:
        return number_text(value, "A")
    if field is UpdateField.DESCRIPTION:
        text = (value or "").strip()
        if not text:
            return EMPTY
        return quoted(f"{text[:DESCRIPTION_EXCERPT]}…" if len(text) > DESCRIPTION_EXCERPT else text)
    if isinstance(value, WireEnum) or value is None:
        return enum_text(value) if value is not None else translate("ChangeTexts", "None")
    return str(value)


def change_line(field: UpdateField, old: Any, new: Any, *, emphasise: bool = False) -> str:
    """``<b>Status</b>: Active → Inactive`` (HTML)."""
    label = escape(field_label(field))
    line = translate("ChangeTexts", "{0}: {1} → {2}").format(
        f"<b>{label}</b>", escape(value_text(field, old)), escape(value_text(field, new)))
    return f"<span style='color:#9A6700'>{line}</span>" if emphasise else line


def change_row(label: str, old: str, new: str) -> str:
    """``Postcode: 4500 → <b>45000</b>`` (HTML, the new value in bold) for texts already shown as in the
    form."""
    return translate("ChangeTexts", "{0}: {1} → {2}").format(
        escape(label), escape(old), f"<b>{escape(new)}</b>")


def change_list(changes: list[Change], large: set[UpdateField]) -> str:
    """An HTML list of ``changes``, the large ones first and highlighted."""
    ordered = sorted(changes, key=lambda c: c.field not in large)
    items = "".join(
        f"<li>{change_line(c.field, c.old, c.new, emphasise=c.field in large)}</li>" for c in ordered)
    return f"<ul style='margin-left:-20px'>{items}</ul>"


def period_span(period: Period) -> str:
    if period.end_date is None:
        return translate("ChangeTexts", "from {0}").format(date_text(period.start_date))
    start, end = date_text(period.start_date), date_text(period.end_date)
    return translate("ChangeTexts", "{0} to {1}").format(start, end)


def period_differences(old: Period, new: Period) -> list[str]:
    """What differs between two versions of one period, as plain-text "label: old → new" lines."""
    lines = []
    if old.start_date != new.start_date:
        lines.append(translate("ChangeTexts", "now starts on {0}").format(date_text(new.start_date)))
    if old.end_date != new.end_date and new.end_date is not None:
        lines.append(translate("ChangeTexts", "now ends on {0}").format(date_text(new.end_date)))
    elif old.end_date != new.end_date:
        lines.append(translate("ChangeTexts", "no longer has an end date"))
    for attribute, field in _PERIOD_FIELDS:
        before, after = getattr(old, attribute), getattr(new, attribute)
        if _differs(before, after):
            lines.append(translate("ChangeTexts", "{0}: {1} → {2}").format(
                field_label(field), value_text(field, _as_form_value(field, before)),
                value_text(field, _as_form_value(field, after))))
    return lines


def timeline_difference_list(differences: list[tuple[Period | None, Period | None]], today: dt.date) -> str:
    """An HTML list saying what another operator changed in the meter's periods."""
    items = []
    for old, new in differences:
        if old is None and new is not None:
            span, summary = escape(period_span(new)), escape(period_summary(new))
            if new.start_date > today:
                items.append(translate("ChangeTexts", "A scheduled period {0}: {1}").format(span, summary))
            else:
                items.append(translate("ChangeTexts", "A new period {0}: {1}").format(span, summary))
        elif new is None and old is not None:
            span = escape(period_span(old))
            items.append(translate("ChangeTexts", "The period {0} was removed").format(span))
        elif old is not None and new is not None:
            span, lines = escape(period_span(old)), period_differences(old, new)
            if lines:  # one line each: no separator to punctuate per language
                details = _html_list(escape(line) for line in lines)
                items.append(translate("ChangeTexts", "The period {0} changed: {1}").format(span, details))
            else:  # e.g. the holder's own record changed, not which member holds the meter
                items.append(translate(
                    "ChangeTexts", "The period {0} changed in details this form does not show").format(span))
    return _html_list(items)


def _html_list(items: Iterable[str]) -> str:
    return "<ul style='margin-left:-20px'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def period_summary(period: Period) -> str:
    """"Active, Bi-hourly, Residential, DSO ORES" (plain text)."""
    parts = [enum_text(period.status), enum_text(period.rate), enum_text(period.client_type)]
    if period.grd.strip():
        parts.append(translate("ChangeTexts", "DSO {0}").format(dso_text(period.grd)))
    if period.member is not None:
        parts.append(translate("ChangeTexts", "holder {0}").format(period.member.name))
    return ", ".join(parts)


def _as_form_value(field: UpdateField, value: Any) -> Any:
    # The server's 0 means "not set", as the form's empty numbers do.
    if field in _NUMBERS and not value:
        return None
    return value


def _differs(old: Any, new: Any) -> bool:
    references = MemberRef | SharingOperationRef
    if isinstance(old, references) or isinstance(new, references):
        return _reference_id(old) != _reference_id(new)
    return old != new


def _reference_id(reference: MemberRef | SharingOperationRef | None) -> int | None:
    return reference.id if reference is not None else None
