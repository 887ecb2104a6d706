"""Writes a ``SeedSpec`` into a new emulator database: the demo's content (``seed.py``) or a test's own."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from optimce_desktop.emulator.spec import AddressSpec, SeedSpec
from optimce_desktop.emulator.store import PERIOD_VALUE_COLUMNS, Store


def load_seed(store: Store, spec: SeedSpec) -> None:
    """Writes a whole description in one transaction."""
    with store.transaction() as tx:
        _Loader(tx.conn).load(spec)


def seed_from_spec(db_path: str | Path, spec: SeedSpec) -> None:
    """Creates a new emulator database holding exactly ``spec`` (for contract tests and custom demos)."""
    store = Store(db_path)
    try:
        if not store.is_empty():
            raise ValueError(f"{db_path} already holds a CRM: seed only a new database")
        load_seed(store, spec)
    finally:
        store.close()


class _Loader:
    """Writes a ``SeedSpec`` with bulk inserts (50,000 meters in a few seconds)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.address_rows: list[tuple[Any, ...]] = []
        self.known_address_ids: set[int] = set()
        row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM addresses").fetchone()
        self.next_address_id = row[0] + 1

    def address_id(self, address: AddressSpec) -> int:
        if address.id is not None:
            if address.id not in self.known_address_ids:
                self.known_address_ids.add(address.id)
                self.address_rows.append(
                    (
                        address.id,
                        address.street,
                        address.number,
                        address.postcode,
                        address.supplement,
                        address.city,
                    )
                )
                self.next_address_id = max(self.next_address_id, address.id + 1)
            return address.id
        while self.next_address_id in self.known_address_ids:
            self.next_address_id += 1
        new_id = self.next_address_id
        self.next_address_id += 1
        self.known_address_ids.add(new_id)
        self.address_rows.append(
            (new_id, address.street, address.number, address.postcode, address.supplement, address.city)
        )
        return new_id

    def load(self, spec: SeedSpec) -> None:
        communities: list[tuple[Any, ...]] = []
        roles: list[tuple[Any, ...]] = []
        members: list[tuple[Any, ...]] = []
        operations: list[tuple[Any, ...]] = []
        meters: list[tuple[Any, ...]] = []
        explicit_periods: list[tuple[Any, ...]] = []
        generated_periods: list[tuple[Any, ...]] = []
        # Explicit address ids first, so that generated ids never collide with them.
        for community in spec.communities:
            for member in community.members:
                for address in (member.home_address, member.billing_address):
                    if address is not None and address.id is not None:
                        self.address_id(address)
            for meter in community.meters:
                if meter.address.id is not None:
                    self.address_id(meter.address)
        for community in spec.communities:
            communities.append((community.id, community.auth_community_id, community.name))
            roles.extend((username, community.id, role) for username, role in community.roles.items())
            for member in community.members:
                home = self.address_id(member.home_address) if member.home_address else None
                billing = self.address_id(member.billing_address) if member.billing_address else home
                members.append(
                    (
                        member.id,
                        community.id,
                        member.name,
                        member.member_type,
                        member.status,
                        member.first_name,
                        name_sort_key(member.name),
                        home,
                        billing,
                        json.dumps(member.details, ensure_ascii=False),
                    )
                )
            operations.extend((op.id, community.id, op.name, op.type) for op in community.sharing_operations)
            for meter in community.meters:
                meters.append(
                    (
                        meter.EAN,
                        community.id,
                        meter.meter_number,
                        self.address_id(meter.address),
                        meter.tarif_group,
                        meter.phases_number,
                        meter.reading_frequency,
                        int(meter.consumptions),
                    )
                )
                for period in meter.periods:
                    values = (
                        meter.EAN,
                        period.start_date.isoformat(),
                        period.end_date.isoformat() if period.end_date else None,
                        period.status,
                        period.rate,
                        period.client_type,
                        period.description,
                        period.sampling_power,
                        period.amperage,
                        period.total_generating_capacity,
                        period.injection_status,
                        period.production_chain,
                        period.grd,
                        period.member_id,
                        period.sharing_operation_id,
                    )
                    if period.id is None:
                        generated_periods.append(values)
                    else:
                        explicit_periods.append((period.id, *values))
        conn = self.conn
        conn.executemany(
            "INSERT INTO communities (id, auth_community_id, name) VALUES (?, ?, ?)", communities
        )
        conn.executemany("INSERT INTO roles (username, community_id, role) VALUES (?, ?, ?)", roles)
        conn.executemany(
            "INSERT INTO addresses (id, street, number, postcode, supplement, city) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            self.address_rows,
        )
        conn.executemany(
            "INSERT INTO members (id, community_id, name, member_type, status, first_name, sort_key, "
            "home_address_id, billing_address_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            members,
        )
        conn.executemany(
            "INSERT INTO sharing_operations (id, community_id, name, type) VALUES (?, ?, ?, ?)", operations
        )
        conn.executemany(
            "INSERT INTO meters (ean, community_id, meter_number, address_id, tarif_group, "
            "phases_number, reading_frequency, consumptions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            meters,
        )
        columns = ", ".join(("ean", *PERIOD_VALUE_COLUMNS))
        conn.executemany(
            f"INSERT INTO periods (id, {columns}) VALUES ({', '.join('?' * 16)})", explicit_periods
        )
        conn.executemany(f"INSERT INTO periods ({columns}) VALUES ({', '.join('?' * 15)})", generated_periods)
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(f"next_id.{table}", str(next_id)) for table, next_id in spec.next_ids.items()],
        )



def name_sort_key(name: str) -> str:
    """Sorts names as people expect: "Électricité" with the E's, case ignored."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
