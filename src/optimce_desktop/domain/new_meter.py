"""A new meter (the web app's "+ Add"): the meter's own fields and its first configuration period, turned into
the ``POST /meters`` body, and how to tell from the meter as read whether the CRM created it.

The first period is a ``MeterDataUpdate`` of a meter with no timeline yet: the same fields and checks as
"Update data", its effective date being the meter's first day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_form import MeterFields, MeterIssue, ean_issues
from optimce_desktop.domain.models import MeterDetail, MeterListItem
from optimce_desktop.domain.update import Issue, MeterDataUpdate


@dataclass(frozen=True)
class NewMeter:
    kind: ClassVar[ChangeKind] = ChangeKind.ADD
    fields: MeterFields
    period: MeterDataUpdate
    """The first period; its ``ean`` is ignored (the fields' EAN is sent) and its timeline is empty."""

    @property
    def ean(self) -> str:
        return self.fields.ean

    def first_period(self) -> MeterDataUpdate:
        return self.period.model_copy(update={"ean": self.ean, "timeline": []})

    # -- checking ----------------------------------------------------------------------------------

    def meter_issues(self, listed: set[str] | frozenset[str] = frozenset()) -> list[MeterIssue]:
        return ean_issues(self.ean, listed) + self.fields.issues()

    def period_issues(self, today: dt.date | None = None) -> list[Issue]:
        return self.first_period().issues(today)

    def is_valid(self, listed: set[str] | frozenset[str] = frozenset(), today: dt.date | None = None) -> bool:
        return (not any(i.is_error for i in self.meter_issues(listed))
                and not any(i.is_error for i in self.period_issues(today)))

    # -- sending -----------------------------------------------------------------------------------

    def to_body(self) -> dict[str, Any]:
        """The whole ``POST /meters`` body: the meter, and ``initial_data`` = the period's PATCH body
        without its EAN."""
        initial = self.first_period().to_patch_body()
        initial.pop("EAN")
        return {**self.fields.to_body(), "initial_data": initial}

    def is_created_in(self, detail: MeterDetail | None) -> bool:
        """True when ``detail`` is this meter: its fields as sent, and a period starting on the first day
        with the period's values."""
        if detail is None or not self.fields.is_shown_by(detail):
            return False
        return self.first_period().applied_period(detail) is not None

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        return self.is_created_in(detail)

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        """The EAN is still free in the CRM."""
        return detail is None


def list_item_of(detail: MeterDetail, today: dt.date) -> MeterListItem:
    """The meter as the CRM's list shows it: the current period's status and dates; a meter with no
    current period (its first one is in the future) is listed INACTIVE without dates (exchange M6)."""
    current = detail.meter_data
    if current is None or current.start_date > today:
        return MeterListItem(EAN=detail.EAN, meter_number=detail.meter_number, status=MeterStatus.INACTIVE,
                             address=detail.address)
    return MeterListItem(EAN=detail.EAN, meter_number=detail.meter_number, status=current.status,
                         start_date=current.start_date, end_date=current.end_date, address=detail.address,
                         holder=detail.holder, sharing_operation=current.sharing_operation)
