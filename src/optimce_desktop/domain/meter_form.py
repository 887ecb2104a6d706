"""The meter's own fields (the web app's "Modify", and the first half of "+ Add"): validated field by field
before sending, turned into the ``PUT /meters`` / ``POST /meters`` body.

The CRM requires every field and keeps no history of them; it refuses a text longer than its 255-character
column only with a generic database error naming no field (400 / 60001 or 60005), counting each ``<`` or
``>`` as 4 (it stores them escaped). Everything here says so before sending, at the field.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from optimce_desktop.domain import crm_text
from optimce_desktop.domain import ean as ean_rules
from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.enums import ReadingFrequency, TariffGroup
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.text import tidy_line

MAX_HOUSE_NUMBER = 99_999
MAX_PHASES = 3
_BELGIAN_POSTCODE = re.compile(r"[1-9][0-9]{3}")
# "41A", "41 A", "41-a", "41/2", "41 bte 3", "41, boîte 3": a number and what belongs in the box field
_NUMBER_AND_BOX = re.compile(r"\s*([0-9]+)(?:\s*[-/]\s*|,?\s+|(?=[^\W\d_]))(\S.*?)\s*")


class MeterField(StrEnum):
    """The form's fields, named as in the request body (address parts by their own name)."""

    EAN = "EAN"
    METER_NUMBER = "meter_number"
    STREET = "street"
    HOUSE_NUMBER = "number"
    POSTCODE = "postcode"
    CITY = "city"
    SUPPLEMENT = "supplement"
    TARIFF_GROUP = "tarif_group"
    PHASES = "phases_number"
    READING_FREQUENCY = "reading_frequency"


class MeterIssueCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    FORBIDDEN_CHARACTER = "forbidden_character"
    STORED_DIFFERENTLY = "stored_differently"
    OUT_OF_RANGE = "out_of_range"
    NOT_BELGIAN_POSTCODE = "not_belgian_postcode"
    UNUSUAL_PHASES = "unusual_phases"
    EAN_SHAPE = "ean_shape"
    EAN_NOT_BELGIAN = "ean_not_belgian"
    EAN_CHECK_DIGIT = "ean_check_digit"
    EAN_IN_LIST = "ean_in_list"


@dataclass(frozen=True)
class MeterIssue:
    field: MeterField
    code: MeterIssueCode
    is_error: bool = True
    params: dict[str, Any] = field(default_factory=dict)


TEXT_FIELDS = (MeterField.METER_NUMBER, MeterField.STREET, MeterField.POSTCODE, MeterField.CITY,
               MeterField.SUPPLEMENT)
REQUIRED_TEXTS = (MeterField.METER_NUMBER, MeterField.STREET, MeterField.POSTCODE, MeterField.CITY)
REQUIRED_FIELDS = frozenset((MeterField.EAN, *REQUIRED_TEXTS, MeterField.HOUSE_NUMBER, MeterField.PHASES))
"""The fields the CRM needs a value in (the tariff group and the reading frequency always have one)."""


@dataclass(frozen=True)
class MeterFields:
    """What the operator typed: texts as typed (sent, shown and compared tidied: ``text``), numbers as
    numbers (None: empty)."""

    ean: str
    meter_number: str = ""
    street: str = ""
    number: int | None = None
    postcode: str = ""
    city: str = ""
    supplement: str = ""
    tarif_group: TariffGroup = TariffGroup.LOW_VOLTAGE
    phases_number: int | None = 1
    reading_frequency: ReadingFrequency = ReadingFrequency.MONTHLY

    @classmethod
    def from_detail(cls, detail: MeterDetail) -> MeterFields:
        address = detail.address
        return cls(
            ean=detail.EAN,
            meter_number=crm_text.read_back(detail.meter_number),
            street=crm_text.read_back(address.street),
            number=address.number,
            postcode=crm_text.read_back(address.postcode),
            city=crm_text.read_back(address.city),
            supplement=crm_text.read_back(address.supplement or ""),
            tarif_group=detail.tarif_group or TariffGroup.LOW_VOLTAGE,
            phases_number=detail.phases_number,
            reading_frequency=detail.reading_frequency or ReadingFrequency.MONTHLY,
        )

    def text(self, name: MeterField) -> str:
        """The field's text as it is sent: without the spaces a slip adds (``tidy_line``); the EAN, which
        names a meter the CRM has, only trimmed."""
        value = str(getattr(self, name.value))
        return value.strip() if name is MeterField.EAN else tidy_line(value)

    # -- validation ------------------------------------------------------------------------------------

    def issues(self, kept: MeterFields | None = None) -> list[MeterIssue]:
        """``kept``: the meter as the CRM has it (Modify); a postcode it already holds that is not Belgian
        is a warning, to confirm, rather than an error that would forbid changing any other field."""
        found: list[MeterIssue] = []
        for name in TEXT_FIELDS:
            found.extend(_text_issues(name, self.text(name), required=name in REQUIRED_TEXTS))
        if self.number is None:
            found.append(MeterIssue(MeterField.HOUSE_NUMBER, MeterIssueCode.REQUIRED))
        elif not 1 <= self.number <= MAX_HOUSE_NUMBER:
            found.append(MeterIssue(MeterField.HOUSE_NUMBER, MeterIssueCode.OUT_OF_RANGE,
                                    params={"minimum": 1, "maximum": MAX_HOUSE_NUMBER}))
        postcode = self.text(MeterField.POSTCODE)
        if postcode and not is_belgian_postcode(postcode):
            # The CRM stores any text, but its addresses have no country and its list finds a postcode only
            # as a number: the meters of a Belgian community are in Belgium, so another postcode is a typo.
            kept_as_is = kept is not None and postcode == kept.text(MeterField.POSTCODE)
            found.append(MeterIssue(MeterField.POSTCODE, MeterIssueCode.NOT_BELGIAN_POSTCODE,
                                    is_error=not kept_as_is, params={"postcode": postcode}))
        if self.phases_number is None:
            found.append(MeterIssue(MeterField.PHASES, MeterIssueCode.REQUIRED))
        elif not 1 <= self.phases_number <= MAX_PHASES:
            found.append(MeterIssue(MeterField.PHASES, MeterIssueCode.OUT_OF_RANGE,
                                    params={"minimum": 1, "maximum": MAX_PHASES}))
        elif self.phases_number == 2:
            found.append(MeterIssue(MeterField.PHASES, MeterIssueCode.UNUSUAL_PHASES, is_error=False))
        return found

    def errors(self) -> list[MeterIssue]:
        return [issue for issue in self.issues() if issue.is_error]

    # -- sending ---------------------------------------------------------------------------------------

    def to_body(self) -> dict[str, Any]:
        """The full ``PUT /meters`` body (``POST`` adds ``initial_data``); an empty box is omitted (null)."""
        if self.number is None or self.phases_number is None:
            raise ValueError("the house number and the number of phases are required")
        address: dict[str, Any] = {
            "street": self.text(MeterField.STREET),
            "number": int(self.number),
            "postcode": self.text(MeterField.POSTCODE),
            "city": self.text(MeterField.CITY),
        }
        if self.text(MeterField.SUPPLEMENT):
            address["supplement"] = self.text(MeterField.SUPPLEMENT)
        return {
            "EAN": self.ean,
            "meter_number": self.text(MeterField.METER_NUMBER),
            "address": address,
            "tarif_group": int(self.tarif_group),
            "phases_number": int(self.phases_number),
            "reading_frequency": int(self.reading_frequency),
        }

    # -- comparing -------------------------------------------------------------------------------------

    def comparable(self) -> dict[MeterField, Any]:
        """Each field as the CRM will give it back (texts trimmed and through its HTML filter)."""
        values: dict[MeterField, Any] = {name: crm_text.round_trip(self.text(name)) for name in TEXT_FIELDS}
        values.update({MeterField.HOUSE_NUMBER: self.number, MeterField.TARIFF_GROUP: self.tarif_group,
                       MeterField.PHASES: self.phases_number,
                       MeterField.READING_FREQUENCY: self.reading_frequency})
        return values

    def changes_from(self, before: MeterFields) -> list[tuple[MeterField, Any, Any]]:
        old, new = before.comparable(), self.comparable()
        return [(name, old[name], new[name]) for name in new if old[name] != new[name]]

    def is_shown_by(self, detail: MeterDetail | None) -> bool:
        """True when ``detail`` has exactly these fields (as the CRM stores them)."""
        return detail is not None and not self.changes_from(MeterFields.from_detail(detail))


@dataclass(frozen=True)
class MeterModification:
    """The meter's fields as the operator wants them (``fields``), made against ``baseline``: the meter as it
    was when the form opened. The CRM keeps no history of them, so what changes is shown before sending."""

    kind: ClassVar[ChangeKind] = ChangeKind.MODIFY
    fields: MeterFields
    baseline: MeterFields

    @property
    def ean(self) -> str:
        return self.fields.ean

    def changes(self) -> list[tuple[MeterField, Any, Any]]:
        """(field, old, new) of each field that changes."""
        return self.fields.changes_from(self.baseline)

    def against(self, detail: MeterDetail) -> MeterModification:
        """The same wish made against the meter as it is now: the fields this change changes take its values,
        the others keep the meter's (another operator's changes to them stay)."""
        now = MeterFields.from_detail(detail)
        # the fields that change are attributes named as in the body (the EAN, named otherwise, never changes)
        wished = {name.value: getattr(self.fields, name.value) for name, _, _ in self.changes()}
        return MeterModification(dataclasses.replace(now, **wished), now)

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        return bool(self.changes()) and self.fields.is_shown_by(detail)

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        return detail is not None and MeterFields.from_detail(detail) == self.baseline


def is_belgian_postcode(text: str) -> bool:
    """Belgian postcodes have 4 digits, from 1000 to 9999."""
    return bool(_BELGIAN_POSTCODE.fullmatch(text.strip()))


def split_house_number(text: str) -> tuple[int, str] | None:
    """A house number typed with what follows it ("41A", "41 bte 3") as the number the CRM keeps (an
    integer) and the rest, which belongs in the box / supplement field; None when ``text`` is not such."""
    match = _NUMBER_AND_BOX.fullmatch(text)
    if match is None or not 1 <= int(match[1]) <= MAX_HOUSE_NUMBER:
        return None
    return int(match[1]), match[2]


def ean_issues(text: str, listed: set[str] | frozenset[str] = frozenset()) -> list[MeterIssue]:
    """The EAN of a new meter: 18 digits (an error), the Belgian 54 prefix and GS1 check digit (warnings, to
    confirm), and not already in the community's list."""
    check = ean_rules.check(text)
    if ean_rules.EanProblem.EMPTY in check.errors:
        return [MeterIssue(MeterField.EAN, MeterIssueCode.REQUIRED)]
    if check.errors:
        return [MeterIssue(MeterField.EAN, MeterIssueCode.EAN_SHAPE,
                           params={"length": len(check.ean), "problem": check.errors[0].value})]
    if check.ean in listed:
        return [MeterIssue(MeterField.EAN, MeterIssueCode.EAN_IN_LIST, params={"ean": check.ean})]
    found = []
    if ean_rules.EanProblem.NOT_BELGIAN in check.warnings:
        found.append(MeterIssue(MeterField.EAN, MeterIssueCode.EAN_NOT_BELGIAN, is_error=False))
    if ean_rules.EanProblem.BAD_CHECK_DIGIT in check.warnings:
        found.append(MeterIssue(MeterField.EAN, MeterIssueCode.EAN_CHECK_DIGIT, is_error=False,
                                params={"expected": ean_rules.check_digit(check.ean[:-1])}))
    return found


def _text_issues(name: MeterField, text: str, *, required: bool) -> list[MeterIssue]:
    if not text:
        return [MeterIssue(name, MeterIssueCode.REQUIRED)] if required else []
    bad = crm_text.forbidden_character(text, multiline=False)
    if bad is not None:
        return [MeterIssue(name, MeterIssueCode.FORBIDDEN_CHARACTER, params={
            "position": bad.position, "code_point": bad.code_point, "name": bad.name})]
    length = crm_text.stored_length(text)
    if length > crm_text.COLUMN_LIMIT:
        return [MeterIssue(name, MeterIssueCode.TOO_LONG, params={
            "limit": crm_text.COLUMN_LIMIT, "length": length, "escaped": length != len(text)})]
    stored = crm_text.round_trip(text)
    if stored != text:
        return [MeterIssue(name, MeterIssueCode.STORED_DIFFERENTLY, is_error=False,
                           params={"stored": stored})]
    return []
