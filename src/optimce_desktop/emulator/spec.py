"""A plain Python description of a CRM's content, written into a new emulator database by ``seed_from_spec``.

Ids may be given (to reproduce recorded exchanges) or left to the database. Members and sharing operations
need ids because periods refer to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MEMBER = "MEMBER"
MANAGER = "MANAGER"
ADMIN = "ADMIN"


@dataclass(frozen=True)
class AddressSpec:
    street: str
    number: int | None
    postcode: str
    city: str
    supplement: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class MemberSpec:
    id: int
    name: str
    member_type: int = 1
    status: int = 1
    first_name: str | None = None
    home_address: AddressSpec | None = None
    billing_address: AddressSpec | None = None
    """None: the same address (and address row) as ``home_address``."""
    details: dict[str, Any] = field(default_factory=dict)
    """The rest of the full record ``GET /members/{id}`` shows (iban, NRN, email, manager...)."""


@dataclass(frozen=True)
class SharingOperationSpec:
    id: int
    name: str
    type: int = 1


@dataclass(frozen=True)
class PeriodSpec:
    start_date: dt.date
    status: int
    rate: int
    client_type: int
    end_date: dt.date | None = None
    description: str | None = None
    sampling_power: float | None = None
    amperage: float | None = None
    total_generating_capacity: float | None = None
    injection_status: int | None = None
    production_chain: int | None = None
    grd: str | None = None
    member_id: int | None = None
    sharing_operation_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class MeterSpec:
    EAN: str
    meter_number: str
    address: AddressSpec
    periods: Sequence[PeriodSpec] = ()
    tarif_group: int = 1
    phases_number: int = 1
    reading_frequency: int = 1
    consumptions: bool = False
    """Whether ``/consumptions`` answers quarter-hour values (computed from the EAN) for the last 3 weeks."""


@dataclass(frozen=True)
class CommunitySpec:
    id: int
    name: str
    auth_community_id: str
    roles: dict[str, str] = field(default_factory=dict)
    """username -> MEMBER / MANAGER / ADMIN"""
    members: list[MemberSpec] = field(default_factory=list)
    sharing_operations: list[SharingOperationSpec] = field(default_factory=list)
    meters: list[MeterSpec] = field(default_factory=list)


@dataclass(frozen=True)
class SeedSpec:
    communities: list[CommunitySpec]
    next_ids: dict[str, int] = field(default_factory=dict)
    """The id the CRM gives the next row it creates, by table (``addresses``, ``periods``): where the real
    database's sequences stood after its seed, which gave some rows higher ids of its own. By default, one
    more than the highest id."""
