"""The demo CRM: three Walloon energy communities with deterministic, real-looking content.

Dates are relative to the emulator's "today", so a demo database always has history and future periods.
The named meters come from ``demo_meters.toml``; the others are drawn with ``random.Random(seed)``, from the
words of ``demo_vocabulary.toml``: the same arguments give the same database.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from optimce_desktop.domain import ean as ean_rules
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
from optimce_desktop.emulator.seed_data import NamedMeter, Place, named_meters, vocabulary
from optimce_desktop.emulator.spec import (
    ADMIN,
    MANAGER,
    MEMBER,
    AddressSpec,
    CommunitySpec,
    MemberSpec,
    MeterSpec,
    PeriodSpec,
    SeedSpec,
    SharingOperationSpec,
)

DEMO_MANAGER = "demo-manager"
"""MANAGER of CE Les Tournesols, only MEMBER of CE Vent du Condroz, ADMIN of CE Hesbaye Solaire."""
MEMBER_ONLY = "demo-member"
"""MEMBER of CE Les Tournesols and CE Vent du Condroz: may sign in, may not see meters."""
DEMO_ADMIN = "demo-admin"
"""ADMIN of CE Les Tournesols and CE Vent du Condroz."""

TOURNESOLS_ID, CONDROZ_ID, HESBAYE_ID = 1, 2, 3
TOURNESOLS_AUTH_ID = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0001"
CONDROZ_AUTH_ID = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0002"
HESBAYE_AUTH_ID = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0003"

DEFAULT_METERS = 300
CONDROZ_METERS = 40
HESBAYE_METERS = 25
DEFAULT_SEED = 20261128

# The named meters of demo_meters.toml.
GUIDE_EAN = "123456789012345678"
"""The user guide's meter (fails the GS1 check on purpose): ACTIVE, single-rate, residential, 40 A, ORES."""
WAITING_EAN = "541448700000010002"
"""Current period WAITING_GRD (pending DSO approval)."""
INACTIVE_EAN = "541448700000020001"
"""Deactivated: an ACTIVE history, then a current INACTIVE period without holder."""
FUTURE_EAN = "541448700000030000"
"""ACTIVE now, with a change of holder and rate scheduled in the future."""
SCHEDULED_ONLY_EAN = "541448700000040009"
"""Only a future period: listed as INACTIVE without start date."""
OTHER_COMMUNITY_EAN = "541448800000010009"
"""A meter of CE Vent du Condroz (where the demo manager is only MEMBER)."""

SHARING_TYPE_LOCAL, SHARING_TYPE_CER = 1, 2

T = TypeVar("T")


@dataclass(frozen=True)
class _Odds(Generic[T]):
    """Values with their relative weights, drawn without rebuilding the weights at each draw."""

    values: tuple[T, ...]
    cumulative: tuple[int, ...]

    @classmethod
    def of(cls, weights: dict[T, int]) -> _Odds[T]:
        return cls(tuple(weights), tuple(itertools.accumulate(weights.values())))

    def draw(self, rng: random.Random) -> T:
        # What rng.choices does for one value, without its per-call set-up.
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


MEMBER_STATUS_ODDS = _Odds.of({MemberStatus.ACTIVE: 90, MemberStatus.INACTIVE: 5, MemberStatus.PENDING: 5})
CLIENT_TYPE_ODDS = _Odds.of(
    {ClientType.RESIDENTIAL: 70, ClientType.PROFESSIONAL: 22, ClientType.INDUSTRIAL: 8}
)
READING_FREQUENCY_ODDS = _Odds.of({ReadingFrequency.MONTHLY: 35, ReadingFrequency.YEARLY: 65})
CURRENT_STATUS_ODDS = _Odds.of(
    {
        MeterStatus.ACTIVE: 74,
        MeterStatus.INACTIVE: 10,
        MeterStatus.WAITING_GRD: 9,
        MeterStatus.WAITING_MANAGER: 7,
    }
)
FUTURE_STATUS_ODDS = _Odds.of(
    {MeterStatus.ACTIVE: 60, MeterStatus.WAITING_MANAGER: 25, MeterStatus.WAITING_GRD: 15}
)
HISTORY_LENGTH_ODDS = _Odds.of({0: 45, 1: 35, 2: 15, 3: 5})
RATE_ODDS = _Odds.of({Rate.SIMPLE: 50, Rate.BI_HORAIRE: 40, Rate.EXCLUSIF_NUIT: 10})
INJECTION_ODDS = _Odds.of(
    {
        InjectionStatus.AUTOPRODUCER_PROPERTY: 60,
        InjectionStatus.AUTOPRODUCER_RIGHT_OF_USE: 15,
        InjectionStatus.INJECTION_PROPERTY: 15,
        InjectionStatus.INJECTION_RIGHT_OF_USE: 10,
    }
)
PRODUCTION_ODDS = _Odds.of(
    {
        ProductionChain.PHOTOVOLTAIC: 80,
        ProductionChain.WIND: 5,
        ProductionChain.HYDRO: 3,
        ProductionChain.SOLID_BIOMASS: 3,
        ProductionChain.BIOGAS: 3,
        ProductionChain.FOSSIL_COGENERATION: 3,
        ProductionChain.OTHER: 3,
    }
)


def is_belgian_ean(ean: str) -> bool:
    """18 digits, starting with 54, ending with the GS1 mod-10 check digit."""
    result = ean_rules.check(ean)
    return result.is_valid and not result.warnings


def demo_spec(today: dt.date, *, meters: int = DEFAULT_METERS, seed: int = DEFAULT_SEED) -> SeedSpec:
    return _DemoBuilder(today, random.Random(seed)).build(meters)


@dataclass
class _Community:
    """What the builder needs while filling one community."""

    spec: CommunitySpec
    places: _Odds[Place]
    prefix: str

    @property
    def dso_by_postcode(self) -> dict[str, str]:
        return {place.postcode: place.dso for place in self.places.values}


class _DemoBuilder:
    def __init__(self, today: dt.date, rng: random.Random):
        self.today = today
        self.rng = rng
        self.next_member_id = 1
        self.named_meters = named_meters(today)
        self.used_eans = {meter.EAN for meter in self.named_meters}
        self.words = vocabulary()

    def build(self, meters: int) -> SeedSpec:
        tournesols = self._community(
            TOURNESOLS_ID,
            "CE Les Tournesols",
            TOURNESOLS_AUTH_ID,
            self.words.liege_area,
            "54144",
            roles={DEMO_MANAGER: MANAGER, MEMBER_ONLY: MEMBER, DEMO_ADMIN: ADMIN},
            operations=[
                SharingOperationSpec(1, "Tournesols – partage de quartier", SHARING_TYPE_LOCAL),
                SharingOperationSpec(2, "Tournesols – écoles et commerces", SHARING_TYPE_CER),
            ],
            members=max(meters // 2, 250),
        )
        condroz = self._community(
            CONDROZ_ID,
            "CE Vent du Condroz",
            CONDROZ_AUTH_ID,
            self.words.condroz,
            "54145",
            roles={DEMO_MANAGER: MEMBER, MEMBER_ONLY: MEMBER, DEMO_ADMIN: ADMIN},
            operations=[SharingOperationSpec(3, "Éolien citoyen du Condroz", SHARING_TYPE_CER)],
            members=CONDROZ_METERS // 2,
        )
        hesbaye = self._community(
            HESBAYE_ID,
            "CE Hesbaye Solaire",
            HESBAYE_AUTH_ID,
            self.words.hesbaye,
            "54146",
            roles={DEMO_MANAGER: ADMIN},
            operations=[SharingOperationSpec(4, "Toits solaires de Hesbaye", SHARING_TYPE_LOCAL)],
            members=HESBAYE_METERS // 2 + 3,
        )
        self._add_named_meters([tournesols, condroz, hesbaye])
        for community, count in ((tournesols, meters), (condroz, CONDROZ_METERS), (hesbaye, HESBAYE_METERS)):
            for _ in range(count):
                community.spec.meters.append(self._meter(community))
        return SeedSpec([tournesols.spec, condroz.spec, hesbaye.spec])

    # -- communities and members -------------------------------------------------------------------------

    def _community(
        self,
        community_id: int,
        name: str,
        auth_id: str,
        places: Sequence[Place],
        prefix: str,
        *,
        roles: dict[str, str],
        operations: list[SharingOperationSpec],
        members: int,
    ) -> _Community:
        spec = CommunitySpec(
            id=community_id, name=name, auth_community_id=auth_id, roles=roles, sharing_operations=operations
        )
        community = _Community(spec, _Odds.of({place: place.weight for place in places}), prefix)
        spec.members.extend(self._member(community) for _ in range(members))
        return community

    def _member(self, community: _Community) -> MemberSpec:
        rng = self.rng
        member_id = self.next_member_id
        self.next_member_id += 1
        status = MEMBER_STATUS_ODDS.draw(rng)
        address = self._address(community)
        family = rng.choice(self.words.family_names)
        if rng.random() < 0.25:
            trade = rng.choice(self.words.trades)
            name = f"{trade} {family} {rng.choice(self.words.company_forms)}"
            manager_first, manager_family = rng.choice(self.words.first_names), family
            details: dict[str, object] = {
                "iban": self._iban(),
                "vat_number": self._vat_number(),
                # The recorded server puts the family name in "name" and the first name in "surname".
                "manager": {
                    "name": manager_family,
                    "NRN": self._national_number(),
                    "email": _email(manager_first, manager_family, member_id),
                    "phone_number": self._phone(),
                    "surname": manager_first,
                    "id": member_id,
                },
            }
            return MemberSpec(
                id=member_id,
                name=name,
                member_type=int(MemberType.COMPANY),
                status=int(status),
                home_address=address,
                details=details,
            )
        first = rng.choice(self.words.first_names)
        details = {
            "iban": self._iban(),
            "NRN": self._national_number(),
            "email": _email(first, family, member_id),
            "phone_number": self._phone(),
            "social_rate": rng.random() < 0.12,
        }
        return MemberSpec(
            id=member_id,
            name=family,
            member_type=int(MemberType.INDIVIDUAL),
            status=int(status),
            first_name=first,
            home_address=address,
            details=details,
        )

    def _address(self, community: _Community) -> AddressSpec:
        rng = self.rng
        place = community.places.draw(rng)
        streets = (
            self.words.liege_streets if place.city == "Liège" and rng.random() < 0.6 else self.words.streets
        )
        supplement = rng.choice(self.words.supplements) if rng.random() < 0.12 else None
        return AddressSpec(
            street=rng.choice(streets),
            number=rng.randint(1, 180),
            postcode=place.postcode,
            city=place.city,
            supplement=supplement,
        )

    def _iban(self) -> str:
        account = self.rng.choice(self.words.bank_codes) + f"{self.rng.randrange(10**7):07d}"
        bban = account + f"{int(account) % 97 or 97:02d}"
        # ISO 13616: the country code moved to the end as digits (B=11, E=14), 98 minus the rest mod 97.
        return f"BE{98 - int(bban + '111400') % 97:02d}{bban}"

    def _national_number(self) -> str:
        born = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 60))
        first = f"{born:%y%m%d}{self.rng.randint(1, 997):03d}"
        if born.year >= 2000:
            return first + f"{97 - int('2' + first) % 97:02d}"
        return first + f"{97 - int(first) % 97:02d}"

    def _vat_number(self) -> str:
        base = f"0{self.rng.randrange(2 * 10**6, 10**7):07d}"
        return f"BE{base}{97 - int(base) % 97:02d}"

    def _phone(self) -> str:
        return f"+324{self.rng.choice('5789')}{self.rng.randrange(10**7):07d}"

    # -- meters ------------------------------------------------------------------------------------------

    def _ean(self, community: _Community) -> str:
        while True:
            body = community.prefix + f"{self.rng.randrange(10**12):012d}"
            ean = ean_rules.with_check_digit(body)
            if ean not in self.used_eans:
                self.used_eans.add(ean)
                return ean

    def _meter(self, community: _Community) -> MeterSpec:
        rng = self.rng
        address = self._address(community)
        place_dso = community.dso_by_postcode[address.postcode]
        client_type = CLIENT_TYPE_ODDS.draw(rng)
        three_phase = client_type == ClientType.INDUSTRIAL or rng.random() < 0.3
        high_voltage = client_type == ClientType.INDUSTRIAL and rng.random() < 0.5
        config = _Config.draw(
            rng, client_type, three_phase, self._dso(place_dso), community, self._holder(community)
        )
        return MeterSpec(
            EAN=self._ean(community),
            meter_number=self._meter_number(),
            address=address,
            periods=self._timeline(config, community),
            tarif_group=int(TariffGroup.HIGH_VOLTAGE if high_voltage else TariffGroup.LOW_VOLTAGE),
            phases_number=3 if three_phase else 1,
            reading_frequency=int(READING_FREQUENCY_ODDS.draw(rng)),
            consumptions=rng.random() < 0.35,
        )

    def _meter_number(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.randrange(10**7, 10**8)}"
        return f"1SAG{rng.randrange(10**9, 10**10)}"

    def _dso(self, usual: str) -> str:
        draw = self.rng.random()
        if draw < 0.03:
            return ""
        if draw < 0.035:
            return "Gaselwest"
        if draw < 0.10:
            return self.rng.choice(("ORES", "RESA", "AIEG", "AIESH", "REW"))
        return usual

    def _holder(self, community: _Community) -> int:
        return self.rng.choice(community.spec.members).id

    def _timeline(self, config: _Config, community: _Community) -> list[PeriodSpec]:
        """History, a current period and sometimes a future one, contiguous, latest last."""
        rng, today = self.rng, self.today
        if rng.random() < 0.02:
            start = today + dt.timedelta(days=rng.randint(5, 120))
            return [config.period(start, MeterStatus.WAITING_GRD)]
        status = CURRENT_STATUS_ODDS.draw(rng)
        if status in (MeterStatus.WAITING_GRD, MeterStatus.WAITING_MANAGER):
            current_start = today - dt.timedelta(days=rng.randint(1, 60))
        else:
            current_start = today - dt.timedelta(days=rng.randint(20, 1100))
        history_count = HISTORY_LENGTH_ODDS.draw(rng)
        if status == MeterStatus.INACTIVE:
            history_count = max(history_count, 1)
        periods: list[PeriodSpec] = []
        start = current_start
        for _ in range(history_count):
            end = start - dt.timedelta(days=1)
            start = end - dt.timedelta(days=rng.randint(60, 700))
            previous = config.varied(rng, self._holder(community), community)
            periods.append(previous.period(start, MeterStatus.ACTIVE, end=end))
        periods.reverse()
        if status == MeterStatus.INACTIVE:
            current = config.period(current_start, status)
        else:
            holder = None if rng.random() < 0.05 else config.holder
            operation = config.operation if status == MeterStatus.ACTIVE else None
            current = replace(config, holder=holder, operation=operation).period(current_start, status)
        if rng.random() < 0.08:
            future_start = today + dt.timedelta(days=rng.randint(3, 150))
            current = _replace_end(current, future_start - dt.timedelta(days=1))
            future = config.varied(rng, self._holder(community), community)
            periods.extend([current, future.period(future_start, FUTURE_STATUS_ODDS.draw(rng))])
        else:
            periods.append(current)
        return periods

    # -- the meters tests and the user guide name --------------------------------------------------------

    def _add_named_meters(self, communities: Sequence[_Community]) -> None:
        by_name = {community.spec.name: community.spec for community in communities}
        for named in self.named_meters:
            community = by_name[named.community]
            community.meters.append(_named_meter_spec(named, community))


@dataclass(frozen=True)
class _Config:
    """A meter's configuration, from which its periods are cut."""

    description: str | None
    sampling_power: float | None
    amperage: float | None
    total_generating_capacity: float | None
    injection_status: int | None
    production_chain: int | None
    grd: str
    rate: Rate
    client_type: ClientType
    holder: int | None
    operation: int | None

    @classmethod
    def draw(
        cls,
        rng: random.Random,
        client_type: ClientType,
        three_phase: bool,
        grd: str,
        community: _Community,
        holder: int,
    ) -> _Config:
        if client_type == ClientType.INDUSTRIAL:
            amperage = rng.choice((63, 100, 160, 250))
        elif three_phase:
            amperage = rng.choice((16, 20, 25, 32, 40, 63))
        else:
            amperage = rng.choice((25, 32, 40, 40, 50, 63))
        sampling_power = round(amperage * (400 * 3**0.5 if three_phase else 230) / 1000, 1)
        producer = rng.random() < 0.4
        injection = production = capacity = None
        if producer:
            injection = int(INJECTION_ODDS.draw(rng))
            production = None if rng.random() < 0.05 else int(PRODUCTION_ODDS.draw(rng))
            capacity = round(
                rng.uniform(2.5, 10.0) if client_type == ClientType.RESIDENTIAL else rng.uniform(10.0, 250.0),
                1,
            )
        elif rng.random() < 0.5:
            capacity = 0.0
        descriptions = (
            vocabulary().home_descriptions
            if client_type == ClientType.RESIDENTIAL
            else vocabulary().business_descriptions
        )
        description = rng.choice(descriptions) if rng.random() < 0.85 else rng.choice((None, ""))
        operations = [op.id for op in community.spec.sharing_operations]
        operation = operations[0] if rng.random() < 0.55 else (operations[-1] if rng.random() < 0.4 else None)
        rate = RATE_ODDS.draw(rng)
        return cls(
            description=description,
            sampling_power=sampling_power if rng.random() < 0.95 else None,
            amperage=amperage,
            total_generating_capacity=capacity,
            injection_status=injection,
            production_chain=production,
            grd=grd,
            rate=rate,
            client_type=client_type,
            holder=holder,
            operation=operation,
        )

    def varied(self, rng: random.Random, other_holder: int, community: _Community) -> _Config:
        """The configuration of another period of the same meter: a few things changed."""
        changes: dict[str, object] = {}
        if rng.random() < 0.5:
            changes["holder"] = other_holder
        if rng.random() < 0.4:
            changes["rate"] = rng.choice(list(Rate))
        if rng.random() < 0.3 and self.amperage:
            changes["amperage"] = max(16, self.amperage - rng.choice((8, 10, 15)))
        if rng.random() < 0.3:
            changes["operation"] = None
        return _Config(**{**self.__dict__, **changes})

    def period(self, start: dt.date, status: MeterStatus, *, end: dt.date | None = None) -> PeriodSpec:
        """A period of this configuration; an INACTIVE one has no holder and no sharing operation."""
        inactive = status == MeterStatus.INACTIVE
        return PeriodSpec(
            start_date=start,
            end_date=end,
            status=int(status),
            rate=int(self.rate),
            client_type=int(self.client_type),
            description=self.description,
            sampling_power=self.sampling_power,
            amperage=self.amperage,
            total_generating_capacity=self.total_generating_capacity,
            injection_status=self.injection_status,
            production_chain=self.production_chain,
            grd=self.grd,
            member_id=None if inactive else self.holder,
            sharing_operation_id=None if inactive else self.operation,
        )


def _named_meter_spec(named: NamedMeter, community: CommunitySpec) -> MeterSpec:
    members = community.members
    holders = {"first member": members[0].id, "second member": members[1].id,
               "first company": _first_company(members)}
    periods = [
        _Config(**{**period.configuration, "holder": holders[period.configuration["holder"]]}).period(
            period.start, period.status, end=period.end
        )
        for period in named.periods
    ]
    return MeterSpec(
        EAN=named.EAN,
        meter_number=named.meter_number,
        address=named.address,
        periods=periods,
        tarif_group=named.tarif_group,
        phases_number=named.phases_number,
        reading_frequency=named.reading_frequency,
        consumptions=named.consumptions,
    )


def _replace_end(period: PeriodSpec, end: dt.date) -> PeriodSpec:
    return PeriodSpec(**{**period.__dict__, "end_date": end})


def _first_company(members: Sequence[MemberSpec]) -> int:
    return next(m.id for m in members if m.member_type == MemberType.COMPANY)


def _email(first: str, family: str, unique: int) -> str:
    local = f"{first}.{family}".lower().replace(" ", "-").replace("'", "")
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{ascii_local}.{unique}@example.test"
