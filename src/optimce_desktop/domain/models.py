"""Pydantic models of the CRM's wire shapes (see the API contract).

Field names follow the wire, including its quirks: ``EAN``, ``tarif_group``, ``futur_meter_data`` and the
output name ``totalGenerating_capacity``. Extra keys are ignored so that a newer server does not break us.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
)

T = TypeVar("T")

ROLE_RANK = {"MEMBER": 1, "MANAGER": 2, "ADMIN": 3}


class WireModel(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


def _empty_to_none(value: Any) -> Any:
    return None if value == "" else value


class Pagination(WireModel):
    page: int
    limit: int
    total: int
    total_pages: int


class Address(WireModel):
    id: int | None = None
    street: str = ""
    number: int | None = None
    postcode: str = ""
    supplement: str | None = None
    city: str = ""

    @field_validator("postcode", mode="before")
    @classmethod
    def _postcode_as_text(cls, value: Any) -> Any:
        return "" if value is None else str(value)

    @field_validator("street", "city", mode="before")
    @classmethod
    def _text_or_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @property
    def first_line(self) -> str:
        """``street number, box`` as Belgians write it."""
        parts = [self.street.strip()]
        if self.number is not None:
            parts.append(str(self.number))
        line = " ".join(p for p in parts if p)
        if self.supplement:
            line = f"{line}, {self.supplement}" if line else self.supplement
        return line

    @property
    def second_line(self) -> str:
        return " ".join(p for p in (self.postcode.strip(), self.city.strip()) if p)

    @property
    def one_line(self) -> str:
        return " ".join(p for p in (self.first_line, self.second_line) if p)


class MemberRef(WireModel):
    id: int
    name: str = ""
    member_type: MemberType | None = None
    status: MemberStatus | None = None


class ListedMember(MemberRef):
    """A member as the holder picker lists it: the list's fields and, for a member whose name another member
    of the community has too, what an operator tells them apart by, read from the full record (the first
    name and the home address). Both stay None until read, and for a member whose name is not shared."""

    first_name: str | None = None
    home_address: Address | None = None

    @classmethod
    def with_identity(cls, member: MemberRef, record: ListedMember | None) -> ListedMember:
        """``member`` as the list gives it, with the first name and home address of ``record`` (its full
        record, or its saved copy) and nothing else of it: no e-mail, bank account or national number."""
        return cls(id=member.id, name=member.name, member_type=member.member_type,
                   status=member.status,
                   first_name=None if record is None else record.first_name,
                   home_address=None if record is None else record.home_address)

    @property
    def has_identity(self) -> bool:
        """The first name or the home address is known (read from the full record)."""
        return bool((self.first_name or "").strip()) or bool(self.address_line)

    @property
    def address_line(self) -> str:
        """The home address on one line, as Belgians write it: ``Rue de la Station 12, 4000 Liège``."""
        if self.home_address is None:
            return ""
        lines = (self.home_address.first_line, self.home_address.second_line)
        return ", ".join(line for line in lines if line)


class Member(ListedMember):
    """A member's full record (``GET /members/{id}``); the rest of its keys are kept in ``extra``."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=True)
    email: str | None = None

    @property
    def display_name(self) -> str:
        if self.first_name:
            return f"{self.first_name} {self.name}"
        return self.name


class SharingOperationRef(WireModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=True)
    id: int
    name: str = ""
    type: int | str | None = None


class Community(WireModel):
    id: int
    auth_community_id: str
    role: str
    name: str

    @property
    def can_manage(self) -> bool:
        """Meter and member routes need MANAGER or ADMIN."""
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK["MANAGER"]


class Period(WireModel):
    """One configuration period of a meter ("meter data")."""

    id: int
    description: str = ""
    sampling_power: float = 0
    amperage: float = 0
    status: MeterStatus
    rate: Rate
    client_type: ClientType
    start_date: dt.date
    end_date: dt.date | None = None
    injection_status: InjectionStatus | None = None
    production_chain: ProductionChain | None = None
    total_generating_capacity: float = Field(default=0, alias="totalGenerating_capacity")
    grd: str = ""
    member: MemberRef | None = None
    sharing_operation: SharingOperationRef | None = None

    @field_validator("description", "grd", mode="before")
    @classmethod
    def _text_or_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("sampling_power", "amperage", "total_generating_capacity", mode="before")
    @classmethod
    def _number_or_zero(cls, value: Any) -> Any:
        return 0 if value is None else value

    @field_validator("end_date", "injection_status", "production_chain", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return _empty_to_none(value)


class MeterListItem(WireModel):
    """A row of ``GET /meters``. The real server never fills holder nor sharing operation here."""

    EAN: str
    meter_number: str = ""
    status: MeterStatus
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    address: Address = Field(default_factory=Address)
    holder: MemberRef | None = None
    sharing_operation: SharingOperationRef | None = None

    @field_validator("meter_number", mode="before")
    @classmethod
    def _text_or_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("start_date", "end_date", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return _empty_to_none(value)


class MeterDetail(WireModel):
    EAN: str
    meter_number: str = ""
    address: Address = Field(default_factory=Address)
    tarif_group: TariffGroup | None = None
    phases_number: int | None = None
    reading_frequency: ReadingFrequency | None = None
    holder: MemberRef | None = None
    meter_data: Period | None = None
    meter_data_history: list[Period] = Field(default_factory=list)
    futur_meter_data: list[Period] = Field(default_factory=list)

    @field_validator("meter_data_history", "futur_meter_data", mode="before")
    @classmethod
    def _null_list_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    @field_validator("meter_number", mode="before")
    @classmethod
    def _text_or_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @property
    def timeline(self) -> list[Period]:
        """Every period, latest start first (future, current, history)."""
        periods = [*self.futur_meter_data, *([self.meter_data] if self.meter_data else []),
                   *self.meter_data_history]
        return sorted(periods, key=lambda p: p.start_date, reverse=True)

    @property
    def latest(self) -> Period | None:
        """The period with the greatest start date, future included: the server's rule-1 reference."""
        timeline = self.timeline
        return timeline[0] if timeline else None

    @property
    def is_active(self) -> bool:
        return self.meter_data is not None and self.meter_data.status == MeterStatus.ACTIVE

    @property
    def sharing_operation(self) -> SharingOperationRef | None:
        return self.meter_data.sharing_operation if self.meter_data else None


class ConsumptionSeries(WireModel):
    """Quarter-hour values in kWh, as parallel arrays with UTC timestamps."""

    EAN: str
    timestamps: list[dt.datetime] = Field(default_factory=list)
    gross: list[float] = Field(default_factory=list)
    net: list[float] = Field(default_factory=list)
    shared: list[float] = Field(default_factory=list)
    inj_gross: list[float] = Field(default_factory=list)
    inj_net: list[float] = Field(default_factory=list)
    inj_shared: list[float] = Field(default_factory=list)


class Page(WireModel, Generic[T]):
    items: list[T]
    pagination: Pagination
