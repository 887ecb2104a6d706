"""The demo seed: valid Belgian identifiers, every value present, the meters that tests and the guide name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from stdnum import iban
from stdnum.be import nn, vat

from optimce_desktop.emulator import (
    FUTURE_EAN,
    GUIDE_EAN,
    INACTIVE_EAN,
    OTHER_COMMUNITY_EAN,
    SCHEDULED_ONLY_EAN,
    TOURNESOLS_AUTH_ID,
    WAITING_EAN,
    EmulatorServer,
    demo_spec,
    is_belgian_ean,
)
from optimce_desktop.emulator.seed import CONDROZ_ID, DEMO_MANAGER, HESBAYE_ID, TOURNESOLS_ID
from optimce_desktop.emulator.spec import MeterSpec
from tests.emulator.support import data


@pytest.fixture(scope="module")
def spec_meters(emulator_today: dt.date) -> list[MeterSpec]:
    return [meter for community in demo_spec(emulator_today).communities for meter in community.meters]


def test_every_ean_but_the_guides_is_a_valid_belgian_ean(spec_meters: list[MeterSpec]) -> None:
    eans = [meter.EAN for meter in spec_meters]
    assert len(eans) == len(set(eans))
    assert [ean for ean in eans if not is_belgian_ean(ean)] == [GUIDE_EAN]
    assert not is_belgian_ean("541448000000000012") and is_belgian_ean("541448000000000011")


def test_every_value_of_every_enum_is_present(spec_meters: list[MeterSpec], emulator_today: dt.date) -> None:
    periods = [p for meter in spec_meters for p in meter.periods]
    assert {p.status for p in periods} == {1, 2, 3, 4}
    assert {p.rate for p in periods} == {1, 2, 3}
    assert {p.client_type for p in periods} == {1, 2, 3}
    assert {p.injection_status for p in periods} == {None, 1, 2, 3, 4}
    assert {p.production_chain for p in periods} == {None, 1, 2, 3, 4, 5, 6, 7}
    assert {m.phases_number for m in spec_meters} == {1, 3}
    assert {m.tarif_group for m in spec_meters} == {1, 2}
    assert {m.reading_frequency for m in spec_meters} == {1, 2}
    today = emulator_today
    assert any(p.start_date > today for p in periods), "no future period"
    assert any(p.end_date is not None and p.end_date < today for p in periods), "no history"


def test_dsos_are_mostly_walloon_with_an_odd_one_and_some_empty(spec_meters: list[MeterSpec]) -> None:
    dsos = [p.grd for meter in spec_meters for p in meter.periods]
    walloon = sum(d in {"ORES", "RESA", "AIEG", "AIESH", "REW"} for d in dsos)
    assert walloon / len(dsos) > 0.9
    assert {"ORES", "RESA", "AIEG", "AIESH", "REW", "Gaselwest", ""} <= set(dsos)


def test_addresses_are_walloon_and_some_have_a_box(spec_meters: list[MeterSpec]) -> None:
    postcodes = {int(m.address.postcode) for m in spec_meters}
    assert all(1300 <= p < 1500 or 4000 <= p < 8000 for p in postcodes)  # Walloon Brabant and the south
    assert any(m.address.supplement for m in spec_meters)
    assert len({m.address.street for m in spec_meters}) > 30


def test_members_are_individuals_and_companies_with_valid_identifiers(emulator_today: dt.date) -> None:
    communities = demo_spec(emulator_today).communities
    members = communities[0].members
    assert len(members) >= 250
    assert {m.member_type for m in members} == {1, 2}
    individuals = [m for m in members if m.member_type == 1]
    assert all(m.first_name for m in individuals)
    assert all(nn.is_valid(m.details["NRN"]) for m in individuals)
    assert all(iban.is_valid(m.details["iban"]) for m in members)
    assert all(vat.is_valid(m.details["vat_number"]) for m in members if m.member_type == 2)
    ids = [m.id for c in communities for m in c.members]
    assert len(ids) == len(set(ids))


def test_the_seed_is_deterministic(emulator_today: dt.date) -> None:
    assert demo_spec(emulator_today, meters=30) == demo_spec(emulator_today, meters=30)
    assert demo_spec(emulator_today, meters=30) != demo_spec(emulator_today, meters=30, seed=1)


def test_the_guides_meter(api: httpx.Client, emulator_today: dt.date) -> None:
    detail = data(api.get(f"/meters/{GUIDE_EAN}"))
    current = detail["meter_data"]
    assert current["status"] == 1 and current["start_date"] < emulator_today.isoformat()
    assert current["start_date"].endswith("-01-01") and "end_date" not in current
    assert (current["rate"], current["client_type"], current["amperage"], current["grd"]) == (
        1,
        1,
        40,
        "ORES",
    )
    assert current["description"] and current["sampling_power"] > 0
    assert detail["holder"] == current["member"]
    assert current["sharing_operation"]["name"]
    assert detail["meter_data_history"] and detail["futur_meter_data"] == []


@pytest.mark.parametrize(("today", "year"), [(dt.date(2027, 1, 14), 2026), (dt.date(2027, 1, 15), 2027)])
def test_named_meters_periods_follow_each_other_from_the_guides_year_start(today: dt.date, year: int) -> None:
    spec = demo_spec(today, meters=0)
    meters = {meter.EAN: meter for community in spec.communities for meter in community.meters}
    assert [(p.start_date, p.end_date) for p in meters[GUIDE_EAN].periods] == [
        (dt.date(year - 3, 1, 1), dt.date(year - 2, 12, 31)),
        (dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
        (dt.date(year, 1, 1), None),
    ]
    future = meters[FUTURE_EAN].periods
    assert [(p.start_date, p.end_date) for p in future] == [
        (today - dt.timedelta(days=200), today + dt.timedelta(days=29)),
        (today + dt.timedelta(days=30), None),
    ]
    assert future[0].member_id != future[1].member_id and future[0].rate != future[1].rate


def test_the_named_meters(api: httpx.Client, emulator: EmulatorServer) -> None:
    waiting = data(api.get(f"/meters/{WAITING_EAN}"))
    assert (waiting["meter_data"]["status"], waiting["phases_number"]) == (3, 3)
    inactive = data(api.get(f"/meters/{INACTIVE_EAN}"))
    assert (
        inactive["meter_data"]["status"] == 2 and "holder" not in inactive and inactive["meter_data_history"]
    )
    future = data(api.get(f"/meters/{FUTURE_EAN}"))
    assert future["meter_data"]["status"] == 1 and future["futur_meter_data"]
    assert future["futur_meter_data"][0]["member"]["id"] != future["holder"]["id"]
    assert data(api.get(f"/meters/{SCHEDULED_ONLY_EAN}"))["futur_meter_data"]
    assert emulator.store.meter_community(OTHER_COMMUNITY_EAN) == CONDROZ_ID


def test_community_sizes(emulator: EmulatorServer) -> None:
    assert len(emulator.store.meter_eans(TOURNESOLS_ID)) == 300 + 5
    assert len(emulator.store.meter_eans(CONDROZ_ID)) == 40 + 1
    assert len(emulator.store.meter_eans(HESBAYE_ID)) == 25
    assert [c.name for c in emulator.communities] == [
        "CE Les Tournesols",
        "CE Vent du Condroz",
        "CE Hesbaye Solaire",
    ]
    assert emulator.community("CE Les Tournesols").auth_community_id == TOURNESOLS_AUTH_ID


def test_seeding_happens_only_for_a_new_database(tmp_path: Path, emulator_today: dt.date) -> None:
    path = tmp_path / "crm.sqlite3"
    EmulatorServer(path, meters=12, today=emulator_today).close()
    server = EmulatorServer(path, meters=500, today=emulator_today)
    try:
        assert len(server.store.meter_eans(TOURNESOLS_ID)) == 12 + 5
    finally:
        server.close()


@pytest.mark.slow
def test_fifty_thousand_meters_seed_and_list_in_big_pages(tmp_path: Path, emulator_today: dt.date) -> None:
    # How fast is the benchmarks' business (benchmarks/browse.py seeds and lists such a community).
    server = EmulatorServer(tmp_path / "big.sqlite3", meters=50_000, today=emulator_today)
    try:
        assert len(server.store.meter_eans(TOURNESOLS_ID)) == 50_000 + 5
        server.start()
        headers = {
            "Authorization": f"Bearer {server.token_for(DEMO_MANAGER)}",
            "X-Community-ID": TOURNESOLS_AUTH_ID,
        }
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
            pages: list[dict[str, str | int]] = [
                {"page": 1},
                {"page": 10},
                {"page": 3, "status": 1},
                {"page": 2, "city": "Li"},
            ]
            for params in pages:
                page = data(client.get("/meters", params={"limit": 5000, **params}))
                assert len(page) == 5000
    finally:
        server.close()
