"""How the CRM changes a meter's timeline of periods (rules 1-5 of the API contract), in one transaction.

``latest`` is the period with the greatest start date, a future one included:
1. a start before latest's start is refused (60006);
2. a start equal to latest's start overwrites latest in place;
3. a later start closes latest on the day before and adds a period (a future start schedules one);
4. omitted optional scalars are inherited from latest, but an omitted holder or sharing operation is cleared;
5. no status transition or end-date check; an impossible calendar date fails late (60005).

Unlike the real server, every write is scoped to the active community: another community's meter is "not
found", and a holder or sharing operation of another community is refused like an unknown one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.emulator import columns, errors, route_errors
from optimce_desktop.emulator.clock import parse_calendar_date
from optimce_desktop.emulator.store import PeriodRow, Transaction

INHERITED_SCALARS = (
    "description",
    "sampling_power",
    "amperage",
    "total_generating_capacity",
    "injection_status",
    "production_chain",
    "grd",
)


@dataclass(frozen=True)
class Placement:
    """Where a configuration starting on a given day goes in a meter's timeline."""

    latest: PeriodRow | None
    replace: PeriodRow | None = None
    """Rule 2: the period overwritten in place."""
    close: tuple[int, str] | None = None
    """Rule 3: (id, new end date) of the period that ends the day before."""


def latest_period(periods: Sequence[PeriodRow]) -> PeriodRow | None:
    return max(periods, key=lambda p: (p.start_date, p.id), default=None)


def place(periods: Sequence[PeriodRow], start: str) -> Placement:
    latest = latest_period(periods)
    # Compared as texts, before the calendar check: like the real server, 2026-11-31 fails late.
    if latest is not None and start < latest.start_date:
        raise errors.period_conflict()
    start_day = parse_calendar_date(start)
    if start_day is None:
        raise errors.write_failed()
    if latest is None:
        return Placement(latest=None)
    if start == latest.start_date:
        return Placement(latest=latest, replace=latest)
    if latest.end_date is not None and latest.end_date < start:
        return Placement(latest=latest)  # already ended before the new start: leave the gap as it is
    return Placement(latest=latest, close=(latest.id, (start_day - dt.timedelta(days=1)).isoformat()))


def update_meter_data(tx: Transaction, community_id: int, body: Mapping[str, Any]) -> None:
    """``PATCH /meters/data`` with a validated body."""
    ean = body["EAN"]
    if not tx.meter_exists(community_id, ean):
        raise errors.meter_not_found_on_write()
    placement = place(tx.periods(ean), body["start_date"])
    end_date = body.get("end_date")
    if end_date is not None and parse_calendar_date(end_date) is None:
        raise errors.write_failed()
    member_id = body.get("member_id")
    if member_id is not None and not tx.member_in_community(community_id, member_id):
        raise errors.write_failed()
    operation_id = body.get("sharing_operation_id")
    if operation_id is not None and not tx.sharing_operation_in_community(community_id, operation_id):
        raise errors.write_failed()
    if columns.overflows(body, columns.PERIOD_COLUMNS):
        raise errors.write_failed()
    values = _inherited(placement.latest)
    values.update({key: body[key] for key in INHERITED_SCALARS if body.get(key) is not None})
    values.update(
        start_date=body["start_date"],
        status=body["status"],
        rate=body["rate"],
        client_type=body["client_type"],
        member_id=member_id,
        sharing_operation_id=operation_id,
    )
    if end_date is None and placement.replace is not None:
        end_date = placement.replace.end_date
    values["end_date"] = end_date
    _write(tx, ean, placement, values)


def deactivate_meter(tx: Transaction, community_id: int, ean: str, day: str) -> None:
    """``PATCH /meters/data/deactivate``: an INACTIVE period from ``day``, no holder, no sharing operation;
    on the latest period's own start day, that period turns INACTIVE in place."""
    if not tx.meter_exists(community_id, ean):
        raise errors.meter_not_found_on_write()
    placement = place(tx.periods(ean), day)
    latest = placement.latest
    if latest is None:
        raise errors.write_failed()  # nothing to inherit rate and client type from
    values = _inherited(latest)
    values.update(start_date=day, status=int(MeterStatus.INACTIVE), rate=latest.rate,
                  client_type=latest.client_type)
    if placement.replace is not None:
        # the same day changes that period in place: it keeps its end, holder and sharing operation (Q11-Q12)
        values.update(end_date=latest.end_date, member_id=latest.member_id,
                      sharing_operation_id=latest.sharing_operation_id)
    else:
        values.update(end_date=None, member_id=None, sharing_operation_id=None)
    _write(tx, ean, placement, values)


def delete_period(tx: Transaction, community_id: int, period_id: int, reopen_previous: bool) -> None:
    """``PATCH /meters/data/delete`` of any period; with ``reopen_previous`` the period that ends the day
    before it takes over its end date (open again when that was open)."""
    period = tx.period_in_community(community_id, period_id)
    if period is None:
        raise route_errors.period_to_delete_not_found()
    tx.delete_period(period.id)
    if reopen_previous:
        # only a period ending the day before takes over the deleted period's end (R11-R12: a gap stays)
        day_before = (dt.date.fromisoformat(period.start_date) - dt.timedelta(days=1)).isoformat()
        previous = next((p for p in tx.periods(period.ean) if p.end_date == day_before), None)
        if previous is not None:
            tx.set_end_date(previous.id, period.end_date)


def _inherited(latest: PeriodRow | None) -> dict[str, Any]:
    if latest is None:
        return {}
    return {key: getattr(latest, key) for key in INHERITED_SCALARS}


def _write(tx: Transaction, ean: str, placement: Placement, values: dict[str, Any]) -> None:
    if placement.replace is not None:
        tx.replace_period(placement.replace.id, values)
        return
    if placement.close is not None:
        tx.set_end_date(*placement.close)
    tx.insert_period(ean, values)
