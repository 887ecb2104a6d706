"""How the CRM creates a meter (``POST /meters``) and modifies the meter itself (``PUT /meters``), each in one
transaction, with validated bodies.

Create: a duplicate EAN is 409 / 60000; an unknown holder or sharing operation, an impossible date or a text
longer than its column is 400 / 60001 and nothing is created. Modify: an unknown meter or a text longer than
its column is 400 / 60005; each modification stores a new address row; periods are not touched.

Ids are taken as the real database takes them: the address's before anything can fail, the first period's
after its dates were read (an impossible date uses none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from optimce_desktop.emulator import columns, errors
from optimce_desktop.emulator.clock import parse_calendar_date
from optimce_desktop.emulator.store import Transaction

PERIOD_FIELDS = (
    "start_date",
    "end_date",
    "status",
    "rate",
    "client_type",
    "description",
    "sampling_power",
    "amperage",
    "total_generating_capacity",
    "injection_status",
    "production_chain",
    "grd",
    "member_id",
    "sharing_operation_id",
)


def create_meter(tx: Transaction, community_id: int, body: Mapping[str, Any]) -> None:
    ean = body["EAN"]
    if tx.ean_taken(ean):
        raise errors.meter_already_exists()
    address_id = tx.next_id("addresses")
    address = body["address"]
    if columns.overflows(address, columns.ADDRESS_COLUMNS):
        raise errors.create_failed()
    tx.insert_address(address_id, address)
    if columns.overflows(body, ("meter_number",)):
        raise errors.create_failed()
    tx.insert_meter(community_id, ean, address_id, dict(body))
    period = body["initial_data"]
    for name in ("start_date", "end_date"):
        if name in period and parse_calendar_date(period[name]) is None:
            raise errors.create_failed()
    period_id = tx.next_id("periods")
    member_id = period.get("member_id")
    operation_id = period.get("sharing_operation_id")
    if (
        (member_id is not None and not tx.member_in_community(community_id, member_id))
        or (operation_id is not None and not tx.sharing_operation_in_community(community_id, operation_id))
        or columns.overflows(period, columns.PERIOD_COLUMNS)
        or columns.overflows(body, ("EAN",))  # the meter's EAN column is unbounded, its periods' is not
    ):
        raise errors.create_failed()
    tx.insert_period(ean, {name: period.get(name) for name in PERIOD_FIELDS}, period_id=period_id)


def modify_meter(tx: Transaction, community_id: int, body: Mapping[str, Any]) -> None:
    ean = body["EAN"]
    if not tx.meter_exists(community_id, ean):
        raise errors.write_failed()
    address = body["address"]
    address_id = tx.next_id("addresses")
    if columns.overflows(address, columns.ADDRESS_COLUMNS) or columns.overflows(body, ("meter_number",)):
        raise errors.write_failed()
    tx.insert_address(address_id, address)
    tx.update_meter(ean, address_id, dict(body))
