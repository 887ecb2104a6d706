"""The CRM content behind the recorded write-route exchanges
(reference/crm-examples/recorded-exchanges-write-routes.json), as their responses show it: the content of the
first recording plus a guide meter, three test meters and a sharing operation; server date 2026-12-06. The
real seed gave these rows ids of its own (10-13, 900-903) while its sequences went on from 101 (addresses)
and 8 (periods), the ids of the rows the recorded requests create."""

from __future__ import annotations

import dataclasses
import datetime as dt

from optimce_desktop.emulator import AddressSpec, MeterSpec, PeriodSpec, SeedSpec, SharingOperationSpec
from tests.emulator.recording import DUPONT, LEMAIRE, RECORDING_SPEC

WRITE_ROUTES_TODAY = dt.date(2026, 12, 6)
GUIDE_EAN = "123456789012345678"
PARTAGE_STATION = 1


def _test_meter(number: int, ean: str, period_id: int, **period: object) -> MeterSpec:
    return MeterSpec(
        EAN=ean,
        meter_number=f"MTR-T{number}",
        address=AddressSpec("Rue des Essais", number, "4000", "Liège", id=10 + number),
        periods=[
            PeriodSpec(
                id=period_id,
                start_date=dt.date(2026, 2, 1),
                status=1,
                rate=1,
                client_type=1,
                description=f"Test {number}",
                sampling_power=5,
                amperage=25,
                **period,  # type: ignore[arg-type]
            )
        ],
    )


_ADDED_METERS = [
    MeterSpec(
        EAN=GUIDE_EAN,
        meter_number="MTR-GUIDE",
        address=AddressSpec("Rue du Guide", 1, "4000", "Liège", id=10),
        phases_number=3,
        periods=[
            PeriodSpec(
                id=900,
                start_date=dt.date(2026, 1, 1),
                status=1,
                rate=1,
                client_type=1,
                description="Guide meter",
                sampling_power=9.2,
                amperage=40,
                grd="ORES",
                member_id=DUPONT,
                sharing_operation_id=PARTAGE_STATION,
            )
        ],
    ),
    _test_meter(
        1,
        "541448000000000905",
        901,
        injection_status=1,
        production_chain=1,
        total_generating_capacity=3.2,
        grd="RESA",
        member_id=LEMAIRE,
        sharing_operation_id=PARTAGE_STATION,
    ),
    _test_meter(
        2, "541448000000000912", 902, grd="ORES", member_id=DUPONT, sharing_operation_id=PARTAGE_STATION
    ),
    _test_meter(3, "541448000000000929", 903, grd="AIEG", member_id=LEMAIRE),
]

_ACTIVE, *_OTHERS = RECORDING_SPEC.communities

WRITE_ROUTES_SPEC = SeedSpec(
    [
        dataclasses.replace(
            _ACTIVE,
            sharing_operations=[SharingOperationSpec(PARTAGE_STATION, "Partage Station", type=2)],
            meters=[*_ACTIVE.meters, *_ADDED_METERS],
        ),
        *_OTHERS,
    ],
    next_ids={"addresses": 101, "periods": 8},
)
