"""The demo's data files, read: the words its drawn members and meters are made of (``demo_vocabulary.toml``)
and its named meters (``demo_meters.toml``)."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from optimce_desktop.domain.enums import (
    ClientType,
    InjectionStatus,
    MeterStatus,
    ProductionChain,
    Rate,
    ReadingFrequency,
    TariffGroup,
)
from optimce_desktop.emulator.spec import AddressSpec

DATA_FOLDER = Path(__file__).resolve().parent
Configurations = dict[str, dict[str, Any]]
"""A name of demo_meters.toml's configurations -> the fields of ``seed._Config``."""
_CONFIGURATION_KEYS = {
    "description", "sampling_power", "amperage", "total_generating_capacity", "injection_status",
    "production_chain", "grd", "rate", "client_type", "holder", "sharing_operation",
}


class Place(NamedTuple):
    city: str
    postcode: str
    dso: str
    weight: int = 1


@dataclass(frozen=True)
class Vocabulary:
    liege_area: tuple[Place, ...]
    condroz: tuple[Place, ...]
    hesbaye: tuple[Place, ...]
    streets: tuple[str, ...]
    liege_streets: tuple[str, ...]
    supplements: tuple[str, ...]
    first_names: tuple[str, ...]
    family_names: tuple[str, ...]
    trades: tuple[str, ...]
    company_forms: tuple[str, ...]
    home_descriptions: tuple[str, ...]
    business_descriptions: tuple[str, ...]
    bank_codes: tuple[str, ...]


@dataclass(frozen=True)
class NamedPeriod:
    start: dt.date
    end: dt.date | None
    status: MeterStatus
    configuration: dict[str, Any]
    """The fields of ``seed._Config``; the holder named as in demo_meters.toml ("first member"...)."""


@dataclass(frozen=True)
class NamedMeter:
    EAN: str
    community: str
    """The community's name."""
    meter_number: str
    address: AddressSpec
    periods: tuple[NamedPeriod, ...]
    tarif_group: int = int(TariffGroup.LOW_VOLTAGE)
    phases_number: int = 1
    reading_frequency: int = int(ReadingFrequency.MONTHLY)
    consumptions: bool = False


@functools.cache
def vocabulary() -> Vocabulary:
    data = _read("demo_vocabulary.toml")
    places = {area: tuple(Place(**place) for place in places) for area, places in data["places"].items()}
    words = {name: tuple(values) for name, values in data["words"].items()}
    return Vocabulary(**places, **words)


def named_meters(today: dt.date) -> list[NamedMeter]:
    """The named meters as of ``today``, in the file's order."""
    data = _read("demo_meters.toml")
    configurations = {name: _configuration(values) for name, values in data["configurations"].items()}
    return [_named_meter(meter, configurations, today) for meter in data["meters"]]


@functools.cache
def _read(name: str) -> dict[str, Any]:
    with (DATA_FOLDER / name).open("rb") as file:
        return tomllib.load(file)


def _named_meter(meter: dict[str, Any], configurations: Configurations, today: dt.date) -> NamedMeter:
    fields = dict(meter)
    starts = [_day(period["start"], today) for period in fields["periods"]]
    ends = [start - dt.timedelta(days=1) for start in starts[1:]] + [None]
    fields["periods"] = tuple(
        NamedPeriod(start, end, MeterStatus[period["status"]], _period_configuration(period, configurations))
        for period, start, end in zip(fields["periods"], starts, ends, strict=True)
    )
    fields["address"] = AddressSpec(**fields["address"])
    if "tarif_group" in fields:
        fields["tarif_group"] = int(TariffGroup[fields["tarif_group"]])
    if "reading_frequency" in fields:
        fields["reading_frequency"] = int(ReadingFrequency[fields["reading_frequency"]])
    return NamedMeter(**fields)


def _period_configuration(period: dict[str, Any], configurations: Configurations) -> dict[str, Any]:
    configuration = dict(configurations[period["configuration"]])
    if "holder" in period:
        configuration["holder"] = period["holder"]
    if "rate" in period:
        configuration["rate"] = Rate[period["rate"]]
    return configuration


def _configuration(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - _CONFIGURATION_KEYS
    if unknown:
        raise ValueError(f"unknown configuration keys in demo_meters.toml: {', '.join(sorted(unknown))}")

    def named(enum: Any, key: str) -> int | None:
        return int(enum[values[key]]) if key in values else None

    return {
        "description": values.get("description"),
        "sampling_power": values.get("sampling_power"),
        "amperage": values.get("amperage"),
        "total_generating_capacity": values.get("total_generating_capacity"),
        "injection_status": named(InjectionStatus, "injection_status"),
        "production_chain": named(ProductionChain, "production_chain"),
        "grd": values["grd"],
        "rate": Rate[values["rate"]],
        "client_type": ClientType[values["client_type"]],
        "holder": values["holder"],
        "operation": values.get("sharing_operation"),
    }


def _day(start: dict[str, int], today: dt.date) -> dt.date:
    if "days" in start:
        return today + dt.timedelta(days=start["days"])
    year_start = dt.date(today.year, 1, 1)
    if today < year_start + dt.timedelta(days=14):
        year_start = dt.date(today.year - 1, 1, 1)
    return dt.date(year_start.year + start["year_start"], 1, 1)
