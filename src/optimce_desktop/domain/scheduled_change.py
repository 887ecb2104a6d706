"""Cancelling a scheduled change: deleting a future period (``PATCH /meters/data/delete``).

The CRM deletes any period, past ones included, and checks no dates: this client offers future periods only
(current and past ones are history). With the flag, the period that ends the day before the deleted one
takes over its end date (open again when it was open); when no period ends on that day, nothing reopens.
The flag goes as a JSON boolean: the CRM reads the string "false" as true.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.models import MeterDetail, Period


def is_scheduled(period: Period | None, today: dt.date | None = None) -> bool:
    return period is not None and period.start_date > (today or dt.date.today())


def period_reopened_by(timeline: list[Period], deleted: Period) -> Period | None:
    """The period the CRM reopens when ``deleted`` goes with the flag: the one ending the day before it."""
    day_before = deleted.start_date - dt.timedelta(days=1)
    return next((p for p in timeline if p.id != deleted.id and p.end_date == day_before), None)


@dataclass(frozen=True)
class ScheduledChangeCancel:
    """Delete ``period`` of meter ``ean``; ``timeline`` is the meter's as the dialog read it."""

    kind: ClassVar[ChangeKind] = ChangeKind.CANCEL_SCHEDULED
    ean: str
    period: Period
    reopen_previous: bool = True
    timeline: tuple[Period, ...] = ()

    def body(self) -> dict[str, Any]:
        return {"id_meter_data": self.period.id, "active_previous_meter_data": bool(self.reopen_previous)}

    def is_applied(self, detail: MeterDetail) -> bool:
        return all(p.id != self.period.id for p in detail.timeline)

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and self.is_applied(detail)

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and tuple(detail.timeline) == self.timeline

    def is_still_scheduled_in(self, detail: MeterDetail, today: dt.date | None = None) -> bool:
        """The meter still has the period, and it has not started: cancelling it is no rewrite of history."""
        period = next((p for p in detail.timeline if p.id == self.period.id), None)
        return is_scheduled(period, today)
