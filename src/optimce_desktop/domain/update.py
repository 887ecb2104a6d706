"""The "Update data" form's model: pre-filled from a meter, validated against its timeline, turned into the
full ``PATCH /meters/data`` body.

The server inherits omitted scalars from the latest period but *clears* an omitted holder or sharing
operation, checks no calendar validity and rejects an earlier start date only with a bare 60006. Everything
here exists so that the user learns about those rules before sending, in words tied to a field.

Every update replaces or follows the meter's *latest* period (the greatest start date, a scheduled one
included): the CRM refuses an earlier date, overwrites that period on its own start date, and closes it the
day before any later date. That period is the update's reference, the same for every date the CRM accepts: the
form is filled from it, its changes are counted from it, and what the form leaves as it is reaches the CRM as
that period holds it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict

from optimce_desktop.domain import crm_text
from optimce_desktop.domain.change import ChangeKind
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
    IN_THE_PAST = "in_the_past"
    FOLLOWS_SCHEDULED_PERIOD = "follows_scheduled_period"
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


TimelineDifference = tuple[Period | None, Period | None]
"""A period as the form knew it and as the meter has it now (None: not there)."""

LARGE_CHANGE_FIELDS = frozenset({UpdateField.STATUS, UpdateField.HOLDER, UpdateField.GRD})
TEXT_FIELDS = {UpdateField.DESCRIPTION: True, UpdateField.GRD: False}
"""The form's free texts, and whether each may hold line breaks."""
NUMBER_LIMITS = {
    UpdateField.SAMPLING_POWER: MAX_POWER_KVA,
    UpdateField.TOTAL_GENERATING_CAPACITY: MAX_POWER_KVA,
    UpdateField.AMPERAGE: MAX_AMPERAGE_A,
}
SCALED_FIELDS = frozenset(NUMBER_LIMITS)
INHERITED_WHEN_EMPTY = (UpdateField.PRODUCTION_CHAIN, UpdateField.INJECTION_STATUS)
"""Choices whose "None" can only be said by omitting them: the CRM then keeps the latest period's value."""
_PERIOD_ATTRIBUTES = {UpdateField.HOLDER: "member", UpdateField.START_DATE: "start_date"}
"""The ``Period`` attributes named otherwise than the form's."""


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
    """What the user edits; ``timeline`` is the meter's as it was when the form opened.

    Each form field is annotated with its ``UpdateField``: the lists of fields below are read from there."""

    model_config = ConfigDict(validate_assignment=False, arbitrary_types_allowed=True)
    kind: ClassVar[ChangeKind] = ChangeKind.UPDATE

    ean: str
    description: Annotated[str, UpdateField.DESCRIPTION] = ""
    sampling_power: Annotated[float | None, UpdateField.SAMPLING_POWER] = None
    total_generating_capacity: Annotated[float | None, UpdateField.TOTAL_GENERATING_CAPACITY] = None
    amperage: Annotated[float | None, UpdateField.AMPERAGE] = None
    production_chain: Annotated[ProductionChain | None, UpdateField.PRODUCTION_CHAIN] = None
    injection_status: Annotated[InjectionStatus | None, UpdateField.INJECTION_STATUS] = None
    grd: Annotated[str, UpdateField.GRD] = ""
    rate: Annotated[Rate, UpdateField.RATE] = Rate.SIMPLE
    client_type: Annotated[ClientType, UpdateField.CLIENT_TYPE] = ClientType.RESIDENTIAL
    holder: Annotated[MemberRef | None, UpdateField.HOLDER] = None
    sharing_operation: Annotated[SharingOperationRef | None, UpdateField.SHARING_OPERATION] = None
    status: Annotated[MeterStatus, UpdateField.STATUS] = MeterStatus.ACTIVE
    effective_date: Annotated[dt.date | str | None, UpdateField.START_DATE] = None
    timeline: list[Period] = []

    @classmethod
    def from_period(cls, ean: str, period: Period, *, holder: MemberRef | None = None,
                    timeline: list[Period] | None = None) -> MeterDataUpdate:
        """The form as ``period`` holds it, without an effective date; ``holder`` stands in for a period
        that names none."""
        values = {ATTRIBUTES[name]: getattr(period, _PERIOD_ATTRIBUTES.get(name, ATTRIBUTES[name]))
                  for name in COMPARED_FIELDS}
        values.update({ATTRIBUTES[name]: values[ATTRIBUTES[name]] or None for name in NUMBER_LIMITS})
        values[ATTRIBUTES[UpdateField.HOLDER]] = period.member or holder
        return cls(ean=ean, timeline=timeline or [], **values)

    @classmethod
    def from_detail(cls, detail: MeterDetail) -> MeterDataUpdate:
        """Pre-fills from the meter's latest period, the one any update replaces or follows: the current one,
        or the scheduled one when a period is scheduled (the CRM takes no date before its start); no
        effective date."""
        source = detail.latest or detail.meter_data
        if source is None:
            return cls(ean=detail.EAN, timeline=detail.timeline)
        holder = detail.holder if source is detail.meter_data else None
        return cls.from_period(detail.EAN, source, holder=holder, timeline=detail.timeline)

    # -- reading -----------------------------------------------------------------------------------

    @property
    def latest_period(self) -> Period | None:
        """The period this update replaces (on its start date) or follows (any later date): the timeline's
        latest start, a scheduled period included."""
        return max(self.timeline, key=lambda p: p.start_date, default=None)

    def reference(self) -> MeterDataUpdate | None:
        """The latest period as this form shows it (None: the meter has no period)."""
        latest = self.latest_period
        return None if latest is None else MeterDataUpdate.from_period(self.ean, latest)

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
            value = getattr(self, ATTRIBUTES[name])
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
            text = getattr(self, ATTRIBUTES[name])
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
        return self.grd.strip() if name is UpdateField.GRD else getattr(self, ATTRIBUTES[name])

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
        for name in INHERITED_WHEN_EMPTY:
            chosen, kept = getattr(self, ATTRIBUTES[name]), getattr(latest, ATTRIBUTES[name])
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
        found: list[Issue] = []
        if latest is not None:
            params = {"period_start": latest.start_date, "period_end": latest.end_date,
                      "period_status": latest.status, "period_is_future": latest.start_date > today,
                      "period": latest}
            if day < latest.start_date:
                return [Issue(UpdateField.START_DATE, IssueCode.BEFORE_LATEST_PERIOD, params=params)]
            if day == latest.start_date:
                found.append(
                    Issue(UpdateField.START_DATE, IssueCode.OVERWRITES_PERIOD, Severity.WARNING, params))
            elif latest.start_date > today:
                # a period scheduled by someone, some time: this update ends it and starts from its values
                ends = day - dt.timedelta(days=1)
                found.append(Issue(UpdateField.START_DATE, IssueCode.FOLLOWS_SCHEDULED_PERIOD,
                                   Severity.WARNING, {**params, "period_new_end": ends}))
        past = backdated_issue(day, today)
        return found + ([past] if past is not None else [])

    # -- comparing ---------------------------------------------------------------------------------

    def _comparable(self) -> dict[UpdateField, Any]:
        """Each field as the form means it: an empty number is "not set", the DSO without its spaces."""
        values = {name: getattr(self, ATTRIBUTES[name]) for name in COMPARED_FIELDS}
        values.update({name: values[name] or None for name in NUMBER_LIMITS})
        values[UpdateField.GRD] = self.grd.strip()
        return values

    def changes_from(self, before: MeterDataUpdate) -> list[Change]:
        """What differs from ``before`` (typically the form as it opened), effective date aside."""
        old, new = before._comparable(), self._comparable()
        return [Change(name, old[name], new[name]) for name in new if _differs(old[name], new[name])]

    def large_changes_from(self, before: MeterDataUpdate) -> list[Change]:
        """Changes worth a second look before sending: who holds the meter, its status and DSO, and a
        power or amperage scaled by ``LARGE_CHANGE_FACTOR`` or more."""
        return _large(self.changes_from(before))

    def changes(self) -> list[Change]:
        """What this update changes in the meter: each value the CRM will hold from the effective date that
        differs from the latest period's (the one it replaces or follows). A choice left at "None" is no
        change: the CRM keeps the latest period's value (see ``SERVER_KEEPS_VALUE``). Empty without a
        latest period."""
        reference = self.reference()
        if reference is None:
            return []
        kept = {ATTRIBUTES[name]: getattr(reference, ATTRIBUTES[name]) for name in INHERITED_WHEN_EMPTY
                if getattr(self, ATTRIBUTES[name]) is None}
        return self.model_copy(update=kept).changes_from(reference)

    def large_changes(self) -> list[Change]:
        """The ``changes`` worth a second look before sending (see ``large_changes_from``)."""
        return _large(self.changes())

    def changes_nothing(self) -> bool:
        """True when the meter has a latest period and this update would leave every value as it holds it:
        a new period identical to the one it follows, or a period overwritten with its own values."""
        return self.latest_period is not None and not self.changes()

    def is_shown_by(self, period: Period) -> bool:
        """True when ``period`` holds this update's values as the CRM stores them: its texts through the
        CRM's filter, an empty number as 0; a choice left empty matches any value (the CRM inherits it)."""
        held = MeterDataUpdate.from_period(self.ean, period)._comparable()
        for name, sent in self._comparable().items():
            if name in TEXT_FIELDS:
                same = crm_text.round_trip(sent) == held[name]
            elif name in NUMBER_LIMITS:
                same = math.isclose(float(_number(sent)), float(held[name] or 0), abs_tol=1e-6)
            else:
                same = (sent is None and name in INHERITED_WHEN_EMPTY) or not _differs(sent, held[name])
            if not same:
                return False
        return True

    # -- settling an uncertain outcome ---------------------------------------------------------------

    def applied_period(self, detail: MeterDetail) -> Period | None:
        """The meter's period that starts on the effective date with this update's values, if any."""
        day = self.effective_day
        return next((p for p in detail.timeline if p.start_date == day and self.is_shown_by(p)), None)

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        """Is this update already applied? True when ``detail`` shows it and the timeline the form was
        checked against did not (an answer that was lost, a draft sent once already)."""
        if detail is None or self.effective_day is None:
            return False
        applied = self.applied_period(detail)
        return applied is not None and applied not in self.timeline

    def meter_changes(self, detail: MeterDetail) -> list[TimelineDifference]:
        """Did the meter change meanwhile? How its timeline differs from the one the form was checked
        against (empty: it did not)."""
        return timeline_differences(self.timeline, detail.timeline)

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and not self.meter_changes(detail)

    # -- sending -----------------------------------------------------------------------------------

    def to_patch_body(self, day: dt.date | None = None) -> dict[str, Any]:
        """The full body: every value the form holds, so that nothing is cleared or inherited by accident.

        The holder and the sharing operation are sent as the form holds them (the CRM clears an omitted one:
        that is how "no holder" is said). An empty
        number or text is omitted when the latest period's is empty too: the CRM then inherits it as it is
        (a NULL stays NULL, where a 0 or "" would be stored in its place). An empty number whose latest value
        is not empty is sent as 0 (the CRM reads 0 back as empty, and inherits an omitted number, or a
        null, from the latest period: the contract has no other way to empty it); an emptied text as "".
        "None" choices are omitted because the server rejects any value outside its enums. Texts go as
        typed: the CRM escapes them itself. No value is ever sent as null. ``day`` stands in for the
        effective date (to measure a body before it has one).
        """
        day = day or self.effective_day
        if day is None:
            raise ValueError("the effective date is missing or not a real date")
        body: dict[str, Any] = {"EAN": self.ean, UpdateField.START_DATE.value: day.isoformat()}
        reference = self.reference()
        inherited = {} if reference is None else reference._comparable()
        for name, value in self._comparable().items():
            if name in NUMBER_LIMITS:
                if value is not None or inherited.get(name) is not None:
                    body[name.value] = _number(value)
            elif name in TEXT_FIELDS:
                text = self._sent_text(name)
                if text or inherited.get(name):
                    body[name.value] = text
            elif isinstance(value, MemberRef | SharingOperationRef):
                body[name.value] = value.id
            elif value is not None:  # an empty choice, holder or operation is omitted
                body[name.value] = int(value)
        return body


ATTRIBUTES: dict[UpdateField, str] = {
    meta: name for name, info in MeterDataUpdate.model_fields.items()
    for meta in info.metadata if isinstance(meta, UpdateField)}
"""Each form field's attribute of ``MeterDataUpdate``, in the form's order."""
COMPARED_FIELDS = tuple(name for name in ATTRIBUTES if name is not UpdateField.START_DATE)
"""The fields a period holds (the effective date is its start)."""


def backdated_issue(day: dt.date, today: dt.date) -> Issue | None:
    """A warning when the configuration changes from a day already past: the CRM accepts it, and the
    sharing calculations of the days since then may change."""
    if day >= today:
        return None
    return Issue(UpdateField.START_DATE, IssueCode.IN_THE_PAST, Severity.WARNING,
                 {"day": day, "days_ago": (today - day).days})


def _number(value: float | None) -> int | float:
    if value is None:
        return 0
    return int(value) if float(value).is_integer() else round(float(value), 3)


def _large(changes: list[Change]) -> list[Change]:
    return [c for c in changes
            if c.field in LARGE_CHANGE_FIELDS or (c.field in SCALED_FIELDS and _is_scaled(c.old, c.new))]


def _is_scaled(old: float | None, new: float | None) -> bool:
    if not old or not new:
        return False
    low, high = sorted((abs(float(old)), abs(float(new))))
    return high >= low * LARGE_CHANGE_FACTOR


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, MemberRef | SharingOperationRef) or isinstance(new, MemberRef | SharingOperationRef):
        return getattr(old, "id", None) != getattr(new, "id", None)
    return old != new


def timeline_differences(before: list[Period], after: list[Period]) -> list[TimelineDifference]:
    """Pairs of (before, after) periods that differ, matched by id; used to show what another operator
    changed since the form opened."""
    old = {p.id: p for p in before}
    new = {p.id: p for p in after}
    pairs: list[TimelineDifference] = []
    for period_id in sorted(old.keys() | new.keys()):
        a, b = old.get(period_id), new.get(period_id)
        if a != b:
            pairs.append((a, b))
    return pairs
