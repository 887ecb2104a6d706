"""The "Update data" form's model: pre-filled from a meter, validated against its timeline, turned into the
full ``PATCH /meters/data`` body.

The server inherits omitted scalars from the latest period but *clears* an omitted holder or sharing
operation, checks no calendar validity and rejects an earlier start date only with a bare 60006. Everything
here exists so that the user learns about those rules before sending, in words tied to a field.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from optimce_desktop.domain import crm_text
from optimce_desktop.domain.enums import (
    ClientType,
    InjectionStatus,
    MeterStatus,
    ProductionChain,
    Rate,
)
from optimce_desktop.domain.models import MemberRef, MeterDetail, Period, SharingOperationRef

MAX_POWER_KVA = 50_000.0
MAX_AMPERAGE_A = 5_000.0
LARGE_CHANGE_FACTOR = 5
"""A power or amperage multiplied or divided by this much or more is probably a slip (kVA for W, a
misplaced decimal mark): the summary before sending lists it."""
EARLIEST_EFFECTIVE_DATE = dt.date(2000, 1, 1)
MAX_YEARS_AHEAD = 10
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


class UpdateField(StrEnum):
    """The form's fields, named as in the request body."""

    DESCRIPTION = "description"
    SAMPLING_POWER = "sampling_power"
    TOTAL_GENERATING_CAPACITY = "total_generating_capacity"
    AMPERAGE = "amperage"
    PRODUCTION_CHAIN = "production_chain"
    INJECTION_STATUS = "injection_status"
    GRD = "grd"
    RATE = "rate"
    CLIENT_TYPE = "client_type"
    HOLDER = "member_id"
    SHARING_OPERATION = "sharing_operation_id"
    STATUS = "status"
    START_DATE = "start_date"


class IssueCode(StrEnum):
    REQUIRED = "required"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    FORBIDDEN_CHARACTER = "forbidden_character"
    STORED_DIFFERENTLY = "stored_differently"
    INVALID_DATE = "invalid_date"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    BEFORE_LATEST_PERIOD = "before_latest_period"
    OVERWRITES_PERIOD = "overwrites_period"
    SERVER_KEEPS_VALUE = "server_keeps_value"


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """A machine-readable finding on one field; ``params`` carry what a translated message needs."""

    field: UpdateField
    code: IssueCode
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Change:
    field: UpdateField
    old: Any
    new: Any


LARGE_CHANGE_FIELDS = frozenset({UpdateField.STATUS, UpdateField.HOLDER, UpdateField.GRD})
SCALED_FIELDS = frozenset({UpdateField.SAMPLING_POWER, UpdateField.TOTAL_GENERATING_CAPACITY,
                           UpdateField.AMPERAGE})
TEXT_FIELDS = {UpdateField.DESCRIPTION: True, UpdateField.GRD: False}
"""The form's free texts, and whether each may hold line breaks."""
NUMBER_LIMITS = {
    UpdateField.SAMPLING_POWER: MAX_POWER_KVA,
    UpdateField.TOTAL_GENERATING_CAPACITY: MAX_POWER_KVA,
    UpdateField.AMPERAGE: MAX_AMPERAGE_A,
}


def parse_date(value: dt.date | str | None) -> dt.date | None:
    """A real calendar date from a date or from ISO / dd/mm/yyyy text; None when it is not one."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class MeterDataUpdate(BaseModel):
    """What the user edits. ``timeline`` and ``original`` are the meter as it was when the form opened."""

    model_config = ConfigDict(validate_assignment=False, arbitrary_types_allowed=True)

    ean: str
    description: str = ""
    sampling_power: float | None = None
    total_generating_capacity: float | None = None
    amperage: float | None = None
    production_chain: ProductionChain | None = None
    injection_status: InjectionStatus | None = None
    grd: str = ""
    rate: Rate = Rate.SIMPLE
    client_type: ClientType = ClientType.RESIDENTIAL
    status: MeterStatus = MeterStatus.ACTIVE
    holder: MemberRef | None = None
    sharing_operation: SharingOperationRef | None = None
    effective_date: dt.date | str | None = None
    timeline: list[Period] = []

    @classmethod
    def from_detail(cls, detail: MeterDetail) -> MeterDataUpdate:
        """Pre-fills from the current period (the latest one if the meter has none); no effective date."""
        source = detail.meter_data or detail.latest
        if source is None:
            return cls(ean=detail.EAN, timeline=detail.timeline)
        holder = source.member or (detail.holder if source is detail.meter_data else None)
        return cls(
            ean=detail.EAN,
            description=source.description,
            sampling_power=source.sampling_power or None,
            total_generating_capacity=source.total_generating_capacity or None,
            amperage=source.amperage or None,
            production_chain=source.production_chain,
            injection_status=source.injection_status,
            grd=source.grd,
            rate=source.rate,
            client_type=source.client_type,
            status=source.status,
            holder=holder,
            sharing_operation=source.sharing_operation,
            timeline=detail.timeline,
        )

    # -- reading -----------------------------------------------------------------------------------

    @property
    def latest_period(self) -> Period | None:
        return max(self.timeline, key=lambda p: p.start_date, default=None)

    @property
    def effective_day(self) -> dt.date | None:
        return parse_date(self.effective_date)

    def overwritten_period(self) -> Period | None:
        """The period this update replaces in place (same start date as the latest), if any."""
        latest, day = self.latest_period, self.effective_day
        return latest if latest is not None and day == latest.start_date else None

    # -- validation --------------------------------------------------------------------------------

    def issues(self, today: dt.date | None = None) -> list[Issue]:
        today = today or dt.date.today()
        found = self._text_issues()
        for name, limit in NUMBER_LIMITS.items():
            value = getattr(self, name.value)
            if value is None:
                continue
            if value < 0:
                found.append(Issue(name, IssueCode.NEGATIVE, params={"value": value}))
            elif value > limit:
                found.append(Issue(name, IssueCode.TOO_LARGE, params={"value": value, "limit": limit}))
        if not self.grd.strip():
            found.append(Issue(UpdateField.GRD, IssueCode.REQUIRED))
        found.extend(self._inherited_choices())
        found.extend(self._effective_date_issues(today))
        return found

    def errors(self, today: dt.date | None = None) -> list[Issue]:
        return [issue for issue in self.issues(today) if issue.is_error]

    def is_valid(self, today: dt.date | None = None) -> bool:
        return not self.errors(today)

    def _text_issues(self) -> list[Issue]:
        found: list[Issue] = []
        for name, multiline in TEXT_FIELDS.items():
            text = getattr(self, name.value)
            bad = crm_text.forbidden_character(text, multiline=multiline)
            if bad is not None:
                found.append(Issue(name, IssueCode.FORBIDDEN_CHARACTER, params={
                    "position": bad.position, "code_point": bad.code_point, "name": bad.name}))
                continue
            sent = self._sent_text(name)
            stored = crm_text.round_trip(sent)
            if stored != sent:
                found.append(Issue(name, IssueCode.STORED_DIFFERENTLY, Severity.WARNING, {"stored": stored}))
            elif crm_text.may_come_back_changed(sent):
                found.append(Issue(name, IssueCode.STORED_DIFFERENTLY, Severity.WARNING, {"stored": None}))
        grd_length = crm_text.stored_length(self.grd.strip())
        if grd_length > crm_text.COLUMN_LIMIT:
            found.append(Issue(UpdateField.GRD, IssueCode.TOO_LONG, params={
                "limit": crm_text.COLUMN_LIMIT, "length": grd_length,
                "escaped": grd_length != len(self.grd.strip())}))
        overflow = self._body_overflow()
        if overflow > 0:
            found.append(Issue(UpdateField.DESCRIPTION, IssueCode.TOO_LONG, params={
                "limit": max(len(self.description) - overflow, 0), "length": len(self.description),
                "escaped": False}))
        return found

    def _sent_text(self, name: UpdateField) -> str:
        return self.grd.strip() if name is UpdateField.GRD else getattr(self, name.value)

    def _body_overflow(self) -> int:
        """Bytes over the CRM's body limit (0 or less: it fits), with the longest body the form can send."""
        body = self.to_patch_body(dt.date(2000, 1, 1)) if self.effective_day is None else self.to_patch_body()
        return crm_text.body_size(body) - crm_text.BODY_LIMIT_BYTES

    def _inherited_choices(self) -> list[Issue]:
        # "None" can only be said by omitting the field, and the server then inherits the latest value.
        latest = self.latest_period
        if latest is None:
            return []
        found = []
        for name, chosen, kept in (
            (UpdateField.PRODUCTION_CHAIN, self.production_chain, latest.production_chain),
            (UpdateField.INJECTION_STATUS, self.injection_status, latest.injection_status),
        ):
            if chosen is None and kept is not None:
                found.append(Issue(name, IssueCode.SERVER_KEEPS_VALUE, Severity.WARNING, {"kept": kept}))
        return found

    def _effective_date_issues(self, today: dt.date) -> list[Issue]:
        if self.effective_date is None or self.effective_date == "":
            return [Issue(UpdateField.START_DATE, IssueCode.REQUIRED)]
        day = self.effective_day
        if day is None:
            return [Issue(UpdateField.START_DATE, IssueCode.INVALID_DATE,
                          params={"text": self.effective_date})]
        latest_allowed = dt.date(today.year + MAX_YEARS_AHEAD, 12, 31)
        if not EARLIEST_EFFECTIVE_DATE <= day <= latest_allowed:
            return [Issue(UpdateField.START_DATE, IssueCode.DATE_OUT_OF_RANGE,
                          params={"earliest": EARLIEST_EFFECTIVE_DATE, "latest": latest_allowed})]
        latest = self.latest_period
        if latest is None:
            return []
        params = {"period_start": latest.start_date, "period_end": latest.end_date,
                  "period_status": latest.status, "period_is_future": latest.start_date > today}
        if day < latest.start_date:
            return [Issue(UpdateField.START_DATE, IssueCode.BEFORE_LATEST_PERIOD, params=params)]
        if day == latest.start_date:
            return [Issue(UpdateField.START_DATE, IssueCode.OVERWRITES_PERIOD, Severity.WARNING, params)]
        return []

    # -- comparing ---------------------------------------------------------------------------------

    def _comparable(self) -> dict[UpdateField, Any]:
        return {
            UpdateField.DESCRIPTION: self.description,
            UpdateField.SAMPLING_POWER: self.sampling_power or None,
            UpdateField.TOTAL_GENERATING_CAPACITY: self.total_generating_capacity or None,
            UpdateField.AMPERAGE: self.amperage or None,
            UpdateField.PRODUCTION_CHAIN: self.production_chain,
            UpdateField.INJECTION_STATUS: self.injection_status,
            UpdateField.GRD: self.grd.strip(),
            UpdateField.RATE: self.rate,
            UpdateField.CLIENT_TYPE: self.client_type,
            UpdateField.HOLDER: self.holder,
            UpdateField.SHARING_OPERATION: self.sharing_operation,
            UpdateField.STATUS: self.status,
        }

    def changes_from(self, before: MeterDataUpdate) -> list[Change]:
        """What differs from ``before`` (typically the form as it opened), effective date aside."""
        old, new = before._comparable(), self._comparable()
        return [Change(name, old[name], new[name]) for name in new if _differs(old[name], new[name])]

    def large_changes_from(self, before: MeterDataUpdate) -> list[Change]:
        """Changes worth a second look before sending: who holds the meter, its status and DSO, and a
        power or amperage scaled by ``LARGE_CHANGE_FACTOR`` or more."""
        return [c for c in self.changes_from(before)
                if c.field in LARGE_CHANGE_FIELDS or (c.field in SCALED_FIELDS and _is_scaled(c.old, c.new))]

    # -- sending -----------------------------------------------------------------------------------

    def to_patch_body(self, day: dt.date | None = None) -> dict[str, Any]:
        """The full body: every field, so that nothing is cleared or inherited by accident.

        An empty number is sent as 0, which is how the server itself stores "not set"; "None" choices
        are omitted because the server rejects any value outside its enums. Texts go as typed: the CRM
        escapes them itself. ``day`` stands in for the effective date (to measure a body before it has one).
        """
        day = day or self.effective_day
        if day is None:
            raise ValueError("the effective date is missing or not a real date")
        body: dict[str, Any] = {
            "EAN": self.ean,
            "start_date": day.isoformat(),
            "status": int(self.status),
            "rate": int(self.rate),
            "client_type": int(self.client_type),
            "description": self.description,
            "sampling_power": _number(self.sampling_power),
            "amperage": _number(self.amperage),
            "total_generating_capacity": _number(self.total_generating_capacity),
            "grd": self.grd.strip(),
        }
        if self.injection_status is not None:
            body["injection_status"] = int(self.injection_status)
        if self.production_chain is not None:
            body["production_chain"] = int(self.production_chain)
        if self.holder is not None:
            body["member_id"] = self.holder.id
        if self.sharing_operation is not None:
            body["sharing_operation_id"] = self.sharing_operation.id
        return body


def _number(value: float | None) -> int | float:
    if value is None:
        return 0
    return int(value) if float(value).is_integer() else round(float(value), 3)


def _is_scaled(old: float | None, new: float | None) -> bool:
    if not old or not new:
        return False
    low, high = sorted((abs(float(old)), abs(float(new))))
    return high >= low * LARGE_CHANGE_FACTOR


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, MemberRef | SharingOperationRef) or isinstance(new, MemberRef | SharingOperationRef):
        return getattr(old, "id", None) != getattr(new, "id", None)
    return old != new


def timeline_differences(
    before: list[Period], after: list[Period]
) -> list[tuple[Period | None, Period | None]]:
    """Pairs of (before, after) periods that differ, matched by id; used to show what another operator
    changed since the form opened."""
    old = {p.id: p for p in before}
    new = {p.id: p for p in after}
    pairs: list[tuple[Period | None, Period | None]] = []
    for period_id in sorted(old.keys() | new.keys()):
        a, b = old.get(period_id), new.get(period_id)
        if a != b:
            pairs.append((a, b))
    return pairs


# -- settling an uncertain outcome: is this update already in the meter's timeline? ----------------------


def find_applied_period(detail: MeterDetail, body: Mapping[str, Any]) -> Period | None:
    """The meter's period that starts on the body's effective date with the body's values, if any."""
    start = dt.date.fromisoformat(body["start_date"])
    return next((p for p in detail.timeline if p.start_date == start and _period_matches(p, body)), None)


def newly_applied(body: Mapping[str, Any], detail: MeterDetail, earlier_timeline: list[Period]) -> bool:
    """True when ``detail`` shows the body applied and ``earlier_timeline`` did not already show it so."""
    applied = find_applied_period(detail, body)
    return applied is not None and applied not in earlier_timeline


def is_already_applied(update: MeterDataUpdate, current: MeterDetail) -> bool:
    """True when ``current`` shows ``update`` applied, and its own timeline did not (a lost answer)."""
    if update.effective_day is None:
        return False
    return newly_applied(update.to_patch_body(), current, update.timeline)


def _period_matches(period: Period, body: Mapping[str, Any]) -> bool:
    # Texts are compared as they read back: the CRM stores some characters escaped.
    exact = {
        "status": int(period.status),
        "rate": int(period.rate),
        "client_type": int(period.client_type),
        "description": period.description,
        "grd": period.grd.strip(),
        "member_id": period.member.id if period.member else None,
        "sharing_operation_id": period.sharing_operation.id if period.sharing_operation else None,
    }
    sent = {**body, **{name: crm_text.round_trip(body.get(name, "")) for name in ("description", "grd")}}
    if any(sent.get(name) != value for name, value in exact.items()):
        return False
    numbers = {
        "sampling_power": period.sampling_power,
        "amperage": period.amperage,
        "total_generating_capacity": period.total_generating_capacity,
    }
    if any(not math.isclose(float(body.get(name, 0)), float(value), abs_tol=1e-6)
           for name, value in numbers.items()):
        return False
    # An omitted choice is inherited by the server: only a value that was sent must match.
    choices = {"injection_status": period.injection_status, "production_chain": period.production_chain}
    return all(name not in body or body[name] == value for name, value in choices.items())
