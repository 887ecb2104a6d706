"""Request validation as the real server does it: fields checked in a fixed order, only the first failing
constraint answered (422), numeric strings coerced the way JavaScript's ``Number()`` does.

The emulator is stricter than the real server in two places, never looser: booleans are not numbers, and an
id must be a whole number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from optimce_desktop.domain.enums import (
    ClientType,
    InjectionStatus,
    MemberStatus,
    MemberType,
    MeterStatus,
    ProductionChain,
    Rate,
    ReadingFrequency,
    TariffGroup,
    WireEnum,
)
from optimce_desktop.emulator import errors
from optimce_desktop.emulator.clock import ISO_DATE_PATTERN, parse_calendar_date
from optimce_desktop.emulator.errors import ApiError


class Kind(Enum):
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    ENUM = "enum"
    SORT = "sort"
    NUMERIC_TEXT = "numeric_text"
    """A string; a number is taken as its decimal text (a postcode sent as 4000 is stored "4000")."""
    OBJECT = "object"
    """A nested object checked against ``Field.fields``; any failure inside is 422 / 1, naming no field."""


_WRONG_TYPE: dict[Kind, tuple[int, str]] = {
    Kind.STRING: (5000, "validation.string"),
    Kind.INTEGER: (5001, "validation.integer"),
    Kind.BOOLEAN: (5004, "validation.boolean"),
    Kind.DATE: (5005, "validation.date"),
    Kind.NUMBER: (5006, "validation.number"),
    Kind.SORT: (5009, "validation.sort"),
}
EMPTY = (5008, "validation.empty")
MIN_1 = (5011, "validation.min_1")


@dataclass(frozen=True)
class WireEnumRule:
    enum: type[WireEnum]
    type_name: str
    code: int

    def accepts(self, value: int) -> bool:
        return value in {int(member) for member in self.enum.known()}


METER_STATUS = WireEnumRule(MeterStatus, "MeterDataStatus", 65000)
RATE = WireEnumRule(Rate, "MeterRate", 65001)
CLIENT_TYPE = WireEnumRule(ClientType, "ClientType", 65002)
INJECTION_STATUS = WireEnumRule(InjectionStatus, "InjectionStatus", 65003)
PRODUCTION_CHAIN = WireEnumRule(ProductionChain, "ProductionChain", 65004)
TARIFF_GROUP = WireEnumRule(TariffGroup, "TarifGroup", 65005)
READING_FREQUENCY = WireEnumRule(ReadingFrequency, "ReadingFrequency", 65006)
MEMBER_TYPE = WireEnumRule(MemberType, "MemberType", 55000)
MEMBER_STATUS = WireEnumRule(MemberStatus, "MemberStatus", 55001)


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    enum: WireEnumRule | None = None
    min_1: bool = False
    calendar: bool = False
    """For dates: refuse impossible calendar dates here (queries) rather than later (bodies: 60005)."""
    wrong_type: tuple[int, str] | None = None
    """Overrides the code and message of a wrong type (the real server uses "number" for some ids)."""
    below_1: tuple[int, str] | None = None
    """Overrides the code and message of ``min_1`` (the real server has its own for ``phases_number``)."""
    fields: tuple[Field, ...] = ()
    """The fields of an OBJECT."""


def validate(fields: Sequence[Field], source: Mapping[str, Any]) -> dict[str, Any]:
    """The coerced values of the fields present in ``source``; raises the first failure as a 422."""
    values: dict[str, Any] = {}
    for spec in fields:
        raw = source.get(spec.name)
        if raw is None:
            if spec.required:
                raise _failure(EMPTY, spec)
            continue
        values[spec.name] = _check(spec, raw)
    return values


def _check(spec: Field, raw: object) -> object:
    if spec.required and raw == "":
        raise _failure(EMPTY, spec)
    kind = spec.kind
    wrong_type = spec.wrong_type or _WRONG_TYPE.get(kind)
    if kind is Kind.STRING:
        if not isinstance(raw, str):
            raise _failure(wrong_type, spec)
        return raw
    if kind is Kind.OBJECT:
        if not isinstance(raw, dict):
            raise errors.invalid_nested_object()
        try:
            return validate(spec.fields, raw)
        except ApiError as exc:
            raise errors.invalid_nested_object() from exc
    if kind is Kind.NUMERIC_TEXT:
        if isinstance(raw, str):
            return raw
        number = js_number(raw)
        if number is None:
            raise _failure(_WRONG_TYPE[Kind.STRING], spec)
        return str(int(number)) if number.is_integer() else repr(number)
    if kind is Kind.DATE:
        if not isinstance(raw, str) or not ISO_DATE_PATTERN.match(raw):
            raise _failure(wrong_type, spec)
        if spec.calendar and parse_calendar_date(raw) is None:
            raise _failure(wrong_type, spec)
        return raw
    if kind is Kind.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        raise _failure(wrong_type, spec)
    if kind is Kind.SORT:
        if raw not in ("ASC", "DESC"):
            raise _failure(wrong_type, spec)
        return raw
    number = js_number(raw)
    if kind is Kind.ENUM:
        assert spec.enum is not None
        if number is None or not number.is_integer() or not spec.enum.accepts(int(number)):
            raise ApiError(
                422, spec.enum.code, "validation.enum", {"field": spec.name, "type": spec.enum.type_name}
            )
        return int(number)
    if number is None or (kind is Kind.INTEGER and not number.is_integer()):
        raise _failure(wrong_type, spec)
    if spec.min_1 and number < 1:
        raise _failure(spec.below_1 or MIN_1, spec)
    return int(number) if kind is Kind.INTEGER else number


def _failure(code_and_key: tuple[int, str] | None, spec: Field) -> ApiError:
    assert code_and_key is not None
    code, key = code_and_key
    return ApiError(422, code, key, {"field": spec.name})


_DECIMAL = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def js_number(value: object) -> float | None:
    """``Number(value)`` as JavaScript computes it for JSON values; None stands for NaN (booleans refused)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return 0.0
        if not _DECIMAL.match(text):
            return None
        number = float(text)
    else:
        return None
    return number if math.isfinite(number) else None
