"""The CRM content behind the recorded exchanges (reference/crm-examples/recorded-exchanges.json), as the
recorded responses show it: same ids, same values, server date 2026-11-28."""

from __future__ import annotations

import datetime as dt

from optimce_desktop.emulator import (
    AddressSpec,
    CommunitySpec,
    MemberSpec,
    MeterSpec,
    PeriodSpec,
    SeedSpec,
)
from optimce_desktop.emulator.spec import MANAGER, MEMBER

RECORDING_TODAY = dt.date(2026, 11, 28)
RECORDED_MANAGER = "recorded-manager"
RECORDED_MEMBER = "recorded-member"
ACTIVE_COMMUNITY = "c0ffee00-0000-4000-8000-000000000001"
OTHER_COMMUNITY = "c0ffee00-0000-4000-8000-000000000002"
K2_EAN = "541448000000000110"
"""Deactivated in K2. The real server does not scope writes, so the recorded meter may have been another
community's; the emulator would answer 60004, so here it is in the active community (and in its lists)."""

DUPONT, LEMAIRE = 1, 2


def _liege(
    street: str, number: int, postcode: str, address_id: int, supplement: str | None = None
) -> AddressSpec:
    return AddressSpec(street, number, postcode, "Liège", supplement=supplement, id=address_id)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


RECORDING_SPEC = SeedSpec(
    [
        CommunitySpec(
            id=1,
            name="CE Test Liège",
            auth_community_id=ACTIVE_COMMUNITY,
            roles={RECORDED_MANAGER: MANAGER, RECORDED_MEMBER: MEMBER},
            members=[
                MemberSpec(
                    id=DUPONT,
                    name="Dupont",
                    member_type=1,
                    status=1,
                    first_name="Jean",
                    home_address=_liege("Rue de la Station", 12, "4000", 2),
                    details={
                        "iban": "BE68539007547034",
                        "NRN": "85073003361",
                        "email": "jean.dupont@example.test",
                        "phone_number": "+32470000001",
                        "social_rate": False,
                    },
                ),
                MemberSpec(
                    id=LEMAIRE,
                    name="Boulangerie Lemaire SRL",
                    member_type=2,
                    status=1,
                    home_address=_liege("Rue Neuve", 5, "4020", 3),
                    details={
                        "iban": "BE71096123456769",
                        "vat_number": "BE0123456749",
                        "manager": {
                            "name": "Lemaire",
                            "NRN": "80010100123",
                            "email": "sophie.lemaire@example.test",
                            "phone_number": "+32470000002",
                            "surname": "Sophie",
                            "id": 1,
                        },
                    },
                ),
            ],
            meters=[
                MeterSpec(
                    EAN="541448000000000011",
                    meter_number="MTR-0001",
                    address=_liege("Rue de la Station", 12, "4000", 4),
                    consumptions=True,
                    periods=[
                        PeriodSpec(
                            id=1,
                            start_date=_day("2026-01-01"),
                            status=1,
                            rate=2,
                            client_type=1,
                            description="Maison Dupont",
                            sampling_power=9.2,
                            amperage=40,
                            total_generating_capacity=5.5,
                            injection_status=1,
                            production_chain=1,
                            grd="ORES",
                            member_id=DUPONT,
                        )
                    ],
                ),
                MeterSpec(
                    EAN="541448000000000028",
                    meter_number="MTR-0002",
                    address=_liege("Rue Neuve", 5, "4020", 5),
                    phases_number=3,
                    reading_frequency=2,
                    periods=[
                        PeriodSpec(
                            id=2,
                            start_date=_day("2026-11-01"),
                            status=3,
                            rate=1,
                            client_type=2,
                            description="Boulangerie",
                            grd="RESA",
                            member_id=LEMAIRE,
                        )
                    ],
                ),
                MeterSpec(
                    EAN="541448000000000035",
                    meter_number="MTR-0003",
                    address=_liege("Quai de la Batte", 3, "4000", 6, supplement="bte 2"),
                    periods=[
                        PeriodSpec(
                            id=3,
                            start_date=_day("2025-06-01"),
                            end_date=_day("2026-09-30"),
                            status=1,
                            rate=1,
                            client_type=1,
                            description="Garage",
                            grd="AIEG",
                            member_id=DUPONT,
                        ),
                        PeriodSpec(
                            id=4,
                            start_date=_day("2026-10-01"),
                            status=2,
                            rate=1,
                            client_type=1,
                            description="Garage",
                            grd="AIEG",
                        ),
                    ],
                ),
                MeterSpec(
                    EAN="541448000000000097",
                    meter_number="MTR-SB1",
                    address=_liege("Rue de la Station", 12, "4000", 7),
                    periods=[
                        PeriodSpec(
                            id=5,
                            start_date=_day("2026-03-01"),
                            status=1,
                            rate=1,
                            client_type=1,
                            description="Sandbox 1",
                            sampling_power=5,
                            amperage=25,
                            grd="ORES",
                            member_id=DUPONT,
                        )
                    ],
                ),
                MeterSpec(
                    EAN="541448000000000103",
                    meter_number="MTR-SB2",
                    address=_liege("Rue de la Station", 12, "4000", 8),
                    periods=[
                        PeriodSpec(
                            id=6,
                            start_date=_day("2026-05-01"),
                            status=2,
                            rate=1,
                            client_type=1,
                            description="Sandbox 2",
                            grd="",
                        )
                    ],
                ),
                MeterSpec(
                    EAN=K2_EAN,
                    meter_number="MTR-K2",
                    address=_liege("Rue Neuve", 7, "4020", 9),
                    periods=[
                        PeriodSpec(
                            id=7,
                            start_date=_day("2026-06-01"),
                            status=1,
                            rate=1,
                            client_type=1,
                            description="Atelier",
                            grd="RESA",
                            member_id=LEMAIRE,
                        )
                    ],
                ),
            ],
        ),
        CommunitySpec(
            id=2, name="CE Autre", auth_community_id=OTHER_COMMUNITY, roles={"someone-else": MANAGER}
        ),
    ]
)
