"""PATCH /meters/data, deactivate and delete: the period rules 1-5 of the contract, on the demo meters."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from optimce_desktop.emulator import (
    FUTURE_EAN,
    GUIDE_EAN,
    INACTIVE_EAN,
    OTHER_COMMUNITY_EAN,
    EmulatorServer,
)
from optimce_desktop.emulator.seed import CONDROZ_ID, TOURNESOLS_ID
from tests.emulator.support import assert_error, data, day, update_body


def current_start(emulator: EmulatorServer, ean: str) -> dt.date:
    latest = emulator.store.periods(ean)[0]
    return dt.date.fromisoformat(latest.start_date)


def test_an_earlier_start_than_the_latest_period_is_refused(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    start = current_start(emulator, GUIDE_EAN) - dt.timedelta(days=1)
    assert_error(api.patch("/meters/data", json=update_body(GUIDE_EAN, start.isoformat())), 400, 60006)
    assert emulator.store.periods(GUIDE_EAN) == before


def test_the_latest_start_overwrites_that_period_in_place(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    latest = before[0]
    body = update_body(
        GUIDE_EAN,
        latest.start_date,
        rate=2,
        client_type=2,
        amperage=63,
        description="Nouveau",
        member_id=latest.member_id,
        sharing_operation_id=latest.sharing_operation_id,
    )
    assert data(api.patch("/meters/data", json=body)) == "success"
    after = emulator.store.periods(GUIDE_EAN)
    assert [p.id for p in after] == [p.id for p in before]
    assert (after[0].rate, after[0].client_type, after[0].amperage, after[0].description) == (
        2,
        2,
        63,
        "Nouveau",
    )
    assert (after[0].member_id, after[0].sharing_operation_id) == (
        latest.member_id,
        latest.sharing_operation_id,
    )
    assert after[1:] == before[1:]


def test_a_later_start_closes_the_latest_period_the_day_before(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    previous = emulator.store.periods(GUIDE_EAN)[0]
    start = emulator_today - dt.timedelta(days=3)
    assert start > dt.date.fromisoformat(previous.start_date)
    assert (
        data(api.patch("/meters/data", json=update_body(GUIDE_EAN, start.isoformat(), rate=2))) == "success"
    )
    new, closed = emulator.store.periods(GUIDE_EAN)[:2]
    assert closed.id == previous.id and closed.end_date == day(start, -1)
    assert new.start_date == start.isoformat() and new.end_date is None and new.id > previous.id
    detail = data(api.get(f"/meters/{GUIDE_EAN}"))
    assert detail["meter_data"]["id"] == new.id
    assert detail["meter_data_history"][0]["id"] == closed.id


def test_a_future_start_schedules_a_period_and_the_current_one_ends_the_day_before(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    current = emulator.store.periods(GUIDE_EAN)[0]
    start = day(emulator_today, 10)
    assert data(api.patch("/meters/data", json=update_body(GUIDE_EAN, start, status=4))) == "success"
    detail = data(api.get(f"/meters/{GUIDE_EAN}"))
    assert detail["meter_data"]["id"] == current.id
    assert detail["meter_data"]["end_date"] == day(emulator_today, 9)
    [future] = detail["futur_meter_data"]
    assert (future["start_date"], future["status"]) == (start, 4)
    assert "end_date" not in future


def test_omitted_scalars_are_inherited_but_holder_and_sharing_operation_are_cleared(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    previous = emulator.store.periods(GUIDE_EAN)[0]
    assert previous.member_id is not None and previous.sharing_operation_id is not None
    assert data(api.patch("/meters/data", json=update_body(GUIDE_EAN, day(emulator_today, -2)))) == "success"
    new = emulator.store.periods(GUIDE_EAN)[0]
    inherited = (
        "description",
        "sampling_power",
        "amperage",
        "total_generating_capacity",
        "injection_status",
        "production_chain",
        "grd",
    )
    assert {k: getattr(new, k) for k in inherited} == {k: getattr(previous, k) for k in inherited}
    assert (new.member_id, new.sharing_operation_id) == (None, None)
    detail = data(api.get(f"/meters/{GUIDE_EAN}"))
    assert "holder" not in detail
    assert "member" not in detail["meter_data"] and "sharing_operation" not in detail["meter_data"]


def test_holder_and_sharing_operation_are_kept_when_sent(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    previous = emulator.store.periods(GUIDE_EAN)[0]
    body = update_body(
        GUIDE_EAN,
        day(emulator_today, -2),
        member_id=previous.member_id,
        sharing_operation_id=previous.sharing_operation_id,
        grd="RESA",
        sampling_power="12.5",
    )
    assert data(api.patch("/meters/data", json=body)) == "success"
    detail = data(api.get(f"/meters/{GUIDE_EAN}"))
    assert detail["holder"]["id"] == previous.member_id
    assert detail["meter_data"]["sharing_operation"]["id"] == previous.sharing_operation_id
    assert (detail["meter_data"]["grd"], detail["meter_data"]["sampling_power"]) == ("RESA", 12.5)


@pytest.mark.parametrize("start", ["2030-11-31", "2030-02-29", "2030-13-01"])
def test_an_impossible_calendar_date_fails_late_with_60005(
    api: httpx.Client, emulator: EmulatorServer, start: str
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    assert_error(api.patch("/meters/data", json=update_body(GUIDE_EAN, start)), 400, 60005)
    assert emulator.store.periods(GUIDE_EAN) == before


def test_an_impossible_end_date_fails_with_60005(api: httpx.Client, emulator_today: dt.date) -> None:
    body = update_body(GUIDE_EAN, day(emulator_today, -1), end_date="2031-04-31")
    assert_error(api.patch("/meters/data", json=body), 400, 60005)


def test_unknown_or_foreign_holder_and_sharing_operation_fail_with_60005(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    start = day(emulator_today, -1)
    foreign_member = emulator.store.member_ids(CONDROZ_ID)[0]
    foreign_operation = emulator.store.sharing_operation_ids(CONDROZ_ID)[0]
    for extra in (
        {"member_id": 999_999},
        {"member_id": foreign_member},
        {"sharing_operation_id": 999},
        {"sharing_operation_id": foreign_operation},
    ):
        assert_error(api.patch("/meters/data", json=update_body(GUIDE_EAN, start, **extra)), 400, 60005)
    own_member = emulator.store.member_ids(TOURNESOLS_ID)[-1]
    assert (
        data(api.patch("/meters/data", json=update_body(GUIDE_EAN, start, member_id=own_member))) == "success"
    )


def test_an_unknown_meter_is_60004(api: httpx.Client) -> None:
    assert_error(api.patch("/meters/data", json=update_body("541449999999999999", "2026-01-01")), 400, 60004)


def test_the_latest_period_may_be_a_future_one(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    future, current = emulator.store.periods(FUTURE_EAN)[:2]
    assert future.start_date > emulator_today.isoformat() >= current.start_date
    assert_error(api.patch("/meters/data", json=update_body(FUTURE_EAN, day(emulator_today, 1))), 400, 60006)
    later = day(dt.date.fromisoformat(future.start_date), 5)
    assert data(api.patch("/meters/data", json=update_body(FUTURE_EAN, later))) == "success"
    newest, closed = emulator.store.periods(FUTURE_EAN)[:2]
    assert closed.id == future.id and closed.end_date == day(dt.date.fromisoformat(later), -1)
    assert newest.start_date == later


def test_deactivate_appends_an_inactive_period_without_holder_nor_sharing_operation(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    previous = emulator.store.periods(GUIDE_EAN)[0]
    response = api.patch("/meters/data/deactivate", json={"EAN": GUIDE_EAN, "date": day(emulator_today, -1)})
    assert data(response) == "success"
    new, closed = emulator.store.periods(GUIDE_EAN)[:2]
    assert (new.status, new.member_id, new.sharing_operation_id, new.end_date) == (2, None, None, None)
    assert (new.rate, new.client_type, new.grd, new.amperage) == (
        previous.rate,
        previous.client_type,
        previous.grd,
        previous.amperage,
    )
    assert closed.end_date == day(emulator_today, -2)
    listed = data(api.get("/meters", params={"EAN": GUIDE_EAN}))
    assert listed[0]["status"] == 2


def test_deactivate_before_the_latest_period_is_refused(api: httpx.Client, emulator: EmulatorServer) -> None:
    start = current_start(emulator, INACTIVE_EAN) - dt.timedelta(days=1)
    response = api.patch("/meters/data/deactivate", json={"EAN": INACTIVE_EAN, "date": start.isoformat()})
    assert_error(response, 400, 60006)


def test_deactivate_validates_its_body(api: httpx.Client) -> None:
    assert_error(api.patch("/meters/data/deactivate", json={"EAN": GUIDE_EAN}), 422, 5008)
    assert_error(api.patch("/meters/data/deactivate", json={"EAN": GUIDE_EAN, "date": "1/2/2026"}), 422, 5005)
    assert_error(api.patch("/meters/data/deactivate", json={"EAN": 5, "date": "2026-01-02"}), 422, 5000)
    assert_error(
        api.patch("/meters/data/deactivate", json={"EAN": "541449999999999999", "date": "2026-01-02"}),
        400,
        60004,
    )


def test_delete_removes_a_period_and_can_reopen_the_previous_one(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    future, current = emulator.store.periods(FUTURE_EAN)[:2]
    assert current.end_date is not None
    body = {"id_meter_data": future.id, "active_previous_meter_data": True}
    assert data(api.patch("/meters/data/delete", json=body)) == "success"
    remaining = emulator.store.periods(FUTURE_EAN)
    assert remaining[0].id == current.id and remaining[0].end_date is None
    assert future.id not in [p.id for p in remaining]


def test_delete_without_reopening_keeps_the_previous_end(api: httpx.Client, emulator: EmulatorServer) -> None:
    future, current = emulator.store.periods(FUTURE_EAN)[:2]
    assert data(api.patch("/meters/data/delete", json={"id_meter_data": str(future.id)})) == "success"
    assert emulator.store.periods(FUTURE_EAN)[0] == current


def test_delete_of_an_unknown_period_is_60009_and_its_id_is_validated(api: httpx.Client) -> None:
    # the flag itself is read loosely, as the real CRM does (recorded exchanges R24-R28)
    assert_error(api.patch("/meters/data/delete", json={"id_meter_data": 99_999_999}), 400, 60009)
    assert_error(api.patch("/meters/data/delete", json={}), 422, 5008)
    assert_error(api.patch("/meters/data/delete", json={"id_meter_data": "x"}), 422, 5006)


def test_concurrent_updates_of_different_meters_all_land(
    emulator: EmulatorServer, manager_headers: dict[str, str], emulator_today: dt.date
) -> None:
    eans = [e for e in emulator.store.meter_eans(TOURNESOLS_ID) if e != OTHER_COMMUNITY_EAN][:24]
    start = day(emulator_today, 200)  # after every seeded period

    def update(ean: str) -> int:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=10) as client:
            return client.patch(
                "/meters/data", json=update_body(ean, start, description=f"bulk {ean}")
            ).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(update, eans)) == [200] * len(eans)
    for ean in eans:
        periods = emulator.store.periods(ean)
        assert periods[0].start_date == start and periods[0].description == f"bulk {ean}"
        assert periods[1].end_date == day(emulator_today, 199)


def test_an_omitted_number_keeps_a_null_and_an_explicit_0_is_stored_both_read_as_0(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    """What the update form relies on (rule 4, "null numbers come back as 0"): an empty number it did not
    touch is omitted and stays NULL; an emptied one is sent as 0 and stored as 0; both read back as 0. An
    explicit null is inherited like an omitted value, as the real server's ``??`` does for a new period: the
    client never sends one."""
    ean = "541446357683168876"  # a demo meter without a total generating capacity
    [previous] = [p for p in emulator.store.periods(ean) if p.end_date is None]
    assert previous.total_generating_capacity is None and previous.amperage
    body = update_body(ean, day(emulator_today, 3), grd="ORES", amperage=0)
    assert data(api.patch("/meters/data", json=body)) == "success"
    new = emulator.store.periods(ean)[0]
    assert (new.total_generating_capacity, new.amperage) == (None, 0)
    assert data(api.patch("/meters/data", json=update_body(ean, day(emulator_today, 4),
                                                            total_generating_capacity=None))) == "success"
    assert emulator.store.periods(ean)[0].total_generating_capacity is None
    shown = data(api.get(f"/meters/{ean}"))["futur_meter_data"][0]
    assert (shown["totalGenerating_capacity"], shown["amperage"]) == (0, 0)
