"""Deactivating a meter (``PATCH /meters/data/deactivate``): who may be deactivated, which date the CRM takes,
and what it will do, so that the operator learns it before sending.

The CRM checks no status: deactivating an inactive meter appends a second INACTIVE period, so it is offered
for an active meter only, and never when an INACTIVE period is already scheduled. A later date than the
latest period's start closes that period and starts an INACTIVE one **without the holder and the sharing
operation**; the latest period's own start date turns that period INACTIVE in place (it keeps both); an
earlier date is refused (60006).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.models import MemberRef, MeterDetail, Period, SharingOperationRef
from optimce_desktop.domain.update import EARLIEST_EFFECTIVE_DATE, MAX_YEARS_AHEAD


class Refusal(StrEnum):
    """Why a meter cannot be deactivated."""

    NO_CURRENT_PERIOD = "no_current_period"
    NOT_ACTIVE = "not_active"
    ALREADY_SCHEDULED = "already_scheduled"
    """Its latest period, a future one, is already INACTIVE: a second would be added."""


class DateIssue(StrEnum):
    REQUIRED = "required"
    OUT_OF_RANGE = "out_of_range"
    BEFORE_LATEST_PERIOD = "before_latest_period"
    CHANGES_PERIOD_IN_PLACE = "changes_period_in_place"
    """A warning: the latest period is changed in place, to be confirmed."""


@dataclass(frozen=True)
class DateFinding:
    issue: DateIssue
    is_error: bool = True
    params: dict[str, Any] = field(default_factory=dict)


def first_free_day(detail: MeterDetail, today: dt.date | None = None) -> dt.date | None:
    """The day a deactivation form opens with: the first day from today that the CRM takes as it is, with
    nothing to confirm: after the latest period's start (a scheduled one included), so that a new INACTIVE
    period starts and no period is changed in place. None when the form's range has no such day."""
    today = today or dt.date.today()
    latest = detail.latest
    day = today if latest is None or latest.start_date < today else latest.start_date + dt.timedelta(days=1)
    return day if not Deactivation.of(detail, day).date_findings(today) else None


def refusal(detail: MeterDetail, today: dt.date | None = None) -> Refusal | None:
    """Why ``detail`` cannot be deactivated, or None when it can."""
    today = today or dt.date.today()
    latest = detail.latest
    if latest is not None and latest.start_date > today and latest.status == MeterStatus.INACTIVE:
        return Refusal.ALREADY_SCHEDULED
    if detail.meter_data is None:
        return Refusal.NO_CURRENT_PERIOD
    if detail.meter_data.status != MeterStatus.ACTIVE:
        return Refusal.NOT_ACTIVE
    return None


@dataclass(frozen=True)
class Deactivation:
    """What the operator asks: meter ``ean`` INACTIVE from ``day``; ``timeline`` as the dialog read it."""

    kind: ClassVar[ChangeKind] = ChangeKind.DEACTIVATE
    ean: str
    day: dt.date | None
    timeline: tuple[Period, ...]

    @classmethod
    def of(cls, detail: MeterDetail, day: dt.date | None) -> Deactivation:
        return cls(detail.EAN, day, tuple(detail.timeline))

    @property
    def latest_period(self) -> Period | None:
        return max(self.timeline, key=lambda p: p.start_date, default=None)

    @property
    def changes_in_place(self) -> bool:
        latest = self.latest_period
        return latest is not None and self.day == latest.start_date

    def date_findings(self, today: dt.date | None = None) -> list[DateFinding]:
        today = today or dt.date.today()
        if self.day is None:
            return [DateFinding(DateIssue.REQUIRED)]
        latest_allowed = dt.date(today.year + MAX_YEARS_AHEAD, 12, 31)
        if not EARLIEST_EFFECTIVE_DATE <= self.day <= latest_allowed:
            return [DateFinding(DateIssue.OUT_OF_RANGE,
                                params={"earliest": EARLIEST_EFFECTIVE_DATE, "latest": latest_allowed})]
        latest = self.latest_period
        if latest is None:
            return []
        params = {"period_start": latest.start_date, "period_status": latest.status,
                  "period_is_future": latest.start_date > today}
        if self.day < latest.start_date:
            return [DateFinding(DateIssue.BEFORE_LATEST_PERIOD, params=params)]
        if self.day == latest.start_date:
            return [DateFinding(DateIssue.CHANGES_PERIOD_IN_PLACE, is_error=False, params=params)]
        return []

    def is_valid(self, today: dt.date | None = None) -> bool:
        return not any(f.is_error for f in self.date_findings(today))

    def dropped_holder(self) -> MemberRef | None:
        """The holder the new INACTIVE period will not have (None when the period changes in place)."""
        latest = self.latest_period
        return None if latest is None or self.changes_in_place else latest.member

    def dropped_sharing_operation(self) -> SharingOperationRef | None:
        latest = self.latest_period
        return None if latest is None or self.changes_in_place else latest.sharing_operation

    def body(self) -> dict[str, Any]:
        if self.day is None:
            raise ValueError("the deactivation date is missing")
        return {"EAN": self.ean, "date": self.day.isoformat()}

    def is_applied(self, detail: MeterDetail) -> bool:
        """True when ``detail`` shows this deactivation and the timeline it was made against did not."""
        return (_inactive_from(detail.timeline, self.day) is not None
                and _inactive_from(list(self.timeline), self.day) is None)

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and self.is_applied(detail)

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and tuple(detail.timeline) == self.timeline


def _inactive_from(timeline: list[Period] | tuple[Period, ...], day: dt.date | None) -> Period | None:
    return next((p for p in timeline if p.start_date == day and p.status == MeterStatus.INACTIVE), None)
