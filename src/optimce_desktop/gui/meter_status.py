"""How a meter's status reads in the list, its export and the detail header: a meter whose first period
starts after today reads "Not active yet" in a pill of its own colour, not the CRM's "Inactive" (see
``domain/meter_status.py``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import NOT_ACTIVE_YET_LABEL, is_not_active_yet, shown_status
from optimce_desktop.services.texts import date_text, enum_text

NOT_ACTIVE_YET_COLOURS = ("#0D47A1", "#E3F2FD")  # text, background


def pill_status(status: MeterStatus, since: dt.date | None, today: dt.date | None = None) -> int:
    """What picks a row's pill colours: its status, or ``NOT_ACTIVE_YET``."""
    return shown_status(status, since, today or dt.date.today())


def not_active_yet_text() -> str:
    return QCoreApplication.translate("enums", NOT_ACTIVE_YET_LABEL)


def status_text(status: MeterStatus, since: dt.date | None, today: dt.date | None = None) -> str:
    """A row's status as the list shows it."""
    if is_not_active_yet(since, today or dt.date.today()):
        return not_active_yet_text()
    return enum_text(status)


def starts_text(status: MeterStatus, since: dt.date) -> str:
    """When the period of a meter not active yet starts: "Active from 15/12/2026"."""
    text = QCoreApplication.translate("MeterStatus", "{0} from {1}")
    return text.format(enum_text(status), date_text(since))


def status_tooltip(status: MeterStatus, since: dt.date | None, today: dt.date | None = None) -> str | None:
    """What the list's status cell says on hover: when a meter not active yet starts."""
    if since is None or not is_not_active_yet(since, today or dt.date.today()):
        return None
    return starts_text(status, since)


def exported_status(status: MeterStatus, since: dt.date | None, today: dt.date | None = None) -> str:
    """A row's status in an export, which has no tooltip: "Not active yet (Active from 15/12/2026)"."""
    if since is None or not is_not_active_yet(since, today or dt.date.today()):
        return enum_text(status)
    return f"{not_active_yet_text()} ({starts_text(status, since)})"
