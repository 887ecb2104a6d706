"""Lists, filters, pagination, details, consumptions and request validation."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from optimce_desktop.emulator import (
    FUTURE_EAN,
    GUIDE_EAN,
    INACTIVE_EAN,
    SCHEDULED_ONLY_EAN,
    WAITING_EAN,
    EmulatorServer,
)
from optimce_desktop.emulator.consumptions import quarter_hours
from optimce_desktop.emulator.seed import TOURNESOLS_ID
from tests.emulator.support import assert_error, data, day, update_body

LIST_ITEM_KEYS = {"EAN", "meter_number", "status", "start_date", "end_date", "address"}


def all_meters(api: httpx.Client, **params: str | int) -> list[dict]:
    return data(api.get("/meters", params={"limit": 1000, **params}))


def test_meters_are_paginated_and_ordered_by_ean(api: httpx.Client, emulator: EmulatorServer) -> None:
    eans = emulator.store.meter_eans(TOURNESOLS_ID)
    body = api.get("/meters").json()
    assert body["pagination"] == {
        "page": 1,
        "limit": 10,
        "total": len(eans),
        "total_pages": -(-len(eans) // 10),
    }
    assert [m["EAN"] for m in body["data"]] == eans[:10]
    third = api.get("/meters", params={"page": 3, "limit": 7}).json()
    assert [m["EAN"] for m in third["data"]] == eans[14:21]
    assert [m["EAN"] for m in all_meters(api)] == sorted(eans)


def test_list_items_carry_no_holder_nor_sharing_operation(api: httpx.Client) -> None:
    items = all_meters(api)
    assert all(set(item) <= LIST_ITEM_KEYS for item in items)
    assert all(
        set(item["address"]) == {"id", "street", "number", "postcode", "supplement", "city"} for item in items
    )


def test_a_meter_with_only_a_future_period_is_listed_inactive_without_dates(api: httpx.Client) -> None:
    [item] = all_meters(api, EAN=SCHEDULED_ONLY_EAN)
    assert item["status"] == 2 and "start_date" not in item and "end_date" not in item
    # Listed with no period, so no status finds it (the real list's period join, exchanges V3-V5).
    for status in (1, 2):
        assert SCHEDULED_ONLY_EAN not in [m["EAN"] for m in all_meters(api, status=status)]
    detail = data(api.get(f"/meters/{SCHEDULED_ONLY_EAN}"))
    assert "meter_data" not in detail and "holder" not in detail and len(detail["futur_meter_data"]) == 1


def test_status_filter_matches_the_period_in_effect_today(api: httpx.Client) -> None:
    for status in (1, 2, 3, 4):
        items = all_meters(api, status=status)
        assert items and all(item["status"] == status for item in items)
    assert WAITING_EAN in [m["EAN"] for m in all_meters(api, status=3)]
    assert INACTIVE_EAN in [m["EAN"] for m in all_meters(api, status=2)]
    [future] = all_meters(api, EAN=FUTURE_EAN)
    assert future["status"] == 1 and "end_date" in future


def test_text_filters_are_case_sensitive_substrings(api: httpx.Client) -> None:
    assert {m["EAN"] for m in all_meters(api, EAN="3456789012")} == {GUIDE_EAN}
    liege = all_meters(api, city="Liège")
    assert liege and all("Liège" in m["address"]["city"] for m in liege)
    assert all_meters(api, city="liège") == []
    streets = all_meters(api, street="Rue")
    assert streets and all("Rue" in m["address"]["street"] for m in streets)
    boxes = all_meters(api, supplement="bte")
    assert boxes and all("bte" in m["address"]["supplement"] for m in boxes)
    numbers = all_meters(api, meter_number="1SAG")
    assert numbers and all("1SAG" in m["meter_number"] for m in numbers)


def test_postcode_and_address_number_are_exact(api: httpx.Client) -> None:
    huy = all_meters(api, postcode=4500)
    assert GUIDE_EAN in [m["EAN"] for m in huy] and all(m["address"]["postcode"] == "4500" for m in huy)
    assert all(m["address"]["number"] == 41 for m in all_meters(api, address_number=41))
    assert GUIDE_EAN not in [m["EAN"] for m in all_meters(api, address_number=4)]


def test_holder_and_sharing_operation_filters_use_the_current_period(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    guide = emulator.store.periods(GUIDE_EAN)[0]
    holder, operation = guide.member_id, guide.sharing_operation_id
    assert holder is not None and operation is not None
    assert GUIDE_EAN in [m["EAN"] for m in all_meters(api, holder_id=holder)]
    in_operation = {m["EAN"] for m in all_meters(api, sharing_operation_id=operation)}
    outside = {m["EAN"] for m in all_meters(api, not_sharing_operation_id=operation)}
    assert GUIDE_EAN in in_operation and GUIDE_EAN not in outside
    assert in_operation.isdisjoint(outside)
    assert len(in_operation | outside) == len(emulator.store.meter_eans(TOURNESOLS_ID))


def test_filters_follow_writes(api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date) -> None:
    response = api.patch(
        "/meters/data/deactivate", json={"EAN": GUIDE_EAN, "date": emulator_today.isoformat()}
    )
    assert data(response) == "success"
    assert GUIDE_EAN in [m["EAN"] for m in all_meters(api, status=2)]
    assert GUIDE_EAN not in [m["EAN"] for m in all_meters(api, status=1)]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("limit=0", 5011),
        ("page=0", 5011),
        ("limit=abc", 5001),
        ("page=1.5", 5001),
        ("status=9", 65000),
        ("status=ACTIVE", 65000),
        ("postcode=Huy", 5001),
        ("holder_id=x", 5001),
    ],
)
def test_bad_query_values_are_422(api: httpx.Client, query: str, code: int) -> None:
    assert_error(api.get(f"/meters?{query}"), 422, code)


def test_unknown_parameters_are_ignored_and_empty_results_have_no_pages(api: httpx.Client) -> None:
    body = api.get("/meters", params={"EAN": "no such meter", "colour": "green", "limit": 500}).json()
    assert body["data"] == [] and body["pagination"] == {
        "page": 1,
        "limit": 500,
        "total": 0,
        "total_pages": 0,
    }


def test_a_trailing_slash_is_accepted(api: httpx.Client) -> None:
    assert data(api.get("/meters/"))
    assert data(api.get(f"/meters/{GUIDE_EAN}/"))["EAN"] == GUIDE_EAN


def test_unknown_routes_and_methods_answer_the_html_404_page(api: httpx.Client) -> None:
    response = api.get("/meter")
    assert response.status_code == 404 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<pre>Cannot GET /meter</pre>" in response.text
    assert "<pre>Cannot DELETE /meters</pre>" in api.delete("/meters").text


def test_detail_splits_periods_by_today(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    today = emulator_today.isoformat()
    for ean in (GUIDE_EAN, FUTURE_EAN, INACTIVE_EAN, WAITING_EAN):
        detail = data(api.get(f"/meters/{ean}"))
        current = detail["meter_data"]
        assert current["start_date"] <= today and current.get("end_date", "9999") >= today
        assert all(p["start_date"] > today for p in detail["futur_meter_data"])
        assert all(p["end_date"] < today for p in detail["meter_data_history"])
        for periods in (detail["futur_meter_data"], detail["meter_data_history"]):
            assert [p["start_date"] for p in periods] == sorted(
                (p["start_date"] for p in periods), reverse=True
            )
        assert detail.get("holder") == current.get("member")
        count = len(detail["futur_meter_data"]) + 1 + len(detail["meter_data_history"])
        assert count == len(emulator.store.periods(ean))


def test_detail_renders_nulls_as_the_real_server(api: httpx.Client, emulator: EmulatorServer) -> None:
    for ean in emulator.store.meter_eans(TOURNESOLS_ID)[:60]:
        for period in data(api.get(f"/meters/{ean}"))["meter_data_history"]:
            assert isinstance(period["description"], str) and isinstance(period["grd"], str)
            for key in ("sampling_power", "amperage", "totalGenerating_capacity"):
                assert isinstance(period[key], int | float)
            assert "total_generating_capacity" not in period


def test_members_are_paginated_filtered_and_sorted(api: httpx.Client, emulator: EmulatorServer) -> None:
    body = api.get("/members").json()
    total = len(emulator.store.member_ids(TOURNESOLS_ID))
    assert body["pagination"]["total"] == total and body["pagination"]["total_pages"] > 1
    assert all(set(m) == {"id", "name", "member_type", "status"} for m in body["data"])
    every = data(api.get("/members", params={"limit": 1000}))
    names = [m["name"] for m in every]
    assert names[0] <= names[-1]
    descending = data(api.get("/members", params={"limit": 1000, "sort_name": "DESC"}))
    assert [m["id"] for m in descending] == [m["id"] for m in reversed(every)]
    companies = data(api.get("/members", params={"limit": 1000, "member_type": 2}))
    assert companies and all(m["member_type"] == 2 for m in companies)
    name = every[0]["name"]
    found = data(api.get("/members", params={"limit": 1000, "name": name[1:4]}))
    assert every[0]["id"] in [m["id"] for m in found] and all(name[1:4] in m["name"] for m in found)
    assert data(api.get("/members", params={"name": name[1:4].upper()})) == [] or name[1:4].isupper()
    assert_error(api.get("/members?sort_name=up"), 422, 5009)
    assert_error(api.get("/members?member_type=3"), 422, 55000)


def test_member_detail(api: httpx.Client, emulator: EmulatorServer) -> None:
    for member_id in emulator.store.member_ids(TOURNESOLS_ID)[:40]:
        member = data(api.get(f"/members/{member_id}"))
        assert member["id"] == member_id and member["home_address"]["city"]
        if member["member_type"] == 1:
            assert member["first_name"] and member["email"].endswith("@example.test")
        else:
            assert member["vat_number"].startswith("BE0") and member["manager"]["name"]
    assert_error(api.get("/members/999999"), 400, 50003)
    assert_error(api.get("/members/abc"), 422, 5001)


def test_consumptions_are_quarter_hours_of_brussels_days(api: httpx.Client, emulator_today: dt.date) -> None:
    yesterday = day(emulator_today, -1)
    series = data(
        api.get(f"/meters/{GUIDE_EAN}/consumptions", params={"date_start": yesterday, "date_end": yesterday})
    )
    expected = [
        t.strftime("%Y-%m-%dT%H:%M:%S.000Z") for t in quarter_hours(emulator_today - dt.timedelta(days=1))
    ]
    assert series["timestamps"] == expected
    for key in ("gross", "net", "shared", "inj_gross", "inj_net", "inj_shared"):
        assert len(series[key]) == len(expected)
    for gross, net, shared in zip(series["gross"], series["net"], series["shared"], strict=True):
        assert gross == pytest.approx(net + shared, abs=2e-4) and min(gross, net, shared) >= 0
    everything = data(api.get(f"/meters/{GUIDE_EAN}/consumptions"))
    assert len(everything["timestamps"]) in range(21 * 96 - 4, 21 * 96 + 5)
    start = everything["timestamps"].index(expected[0])
    assert everything["gross"][start : start + len(expected)] == series["gross"]


def test_consumption_dates_are_validated(api: httpx.Client) -> None:
    assert_error(api.get(f"/meters/{GUIDE_EAN}/consumptions?date_start=notadate"), 422, 5005)
    assert_error(api.get(f"/meters/{GUIDE_EAN}/consumptions?date_end=2026-02-30"), 422, 5005)
    empty = data(api.get("/meters/000000000000000000/consumptions"))
    assert empty == {
        "EAN": "000000000000000000",
        "timestamps": [],
        "gross": [],
        "net": [],
        "shared": [],
        "inj_gross": [],
        "inj_net": [],
        "inj_shared": [],
    }


def test_daylight_saving_days_have_92_or_100_quarter_hours() -> None:
    assert len(quarter_hours(dt.date(2026, 3, 29))) == 92
    assert len(quarter_hours(dt.date(2026, 10, 25))) == 100
    assert quarter_hours(dt.date(2026, 11, 27))[0] == dt.datetime(2026, 11, 26, 23, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"start_date": "2030-01-01", "status": 1, "rate": 1, "client_type": 1}, 5008),
        ({**update_body(GUIDE_EAN, "2030-01-01"), "EAN": 5}, 5000),
        (update_body(GUIDE_EAN, "2030/01/01"), 5005),
        (update_body(GUIDE_EAN, "2030-01-01", end_date="31/12/2030"), 5005),
        (update_body(GUIDE_EAN, "2030-01-01", rate=4), 65001),
        (update_body(GUIDE_EAN, "2030-01-01", client_type=0), 65002),
        (update_body(GUIDE_EAN, "2030-01-01", injection_status=5), 65003),
        (update_body(GUIDE_EAN, "2030-01-01", production_chain=8), 65004),
        (update_body(GUIDE_EAN, "2030-01-01", status=True), 65000),
        (update_body(GUIDE_EAN, "2030-01-01", amperage="forty"), 5006),
        (update_body(GUIDE_EAN, "2030-01-01", description=12), 5000),
        (update_body(GUIDE_EAN, "2030-01-01", member_id="first"), 5001),
        (update_body(GUIDE_EAN, "2030-01-01", sharing_operation_id=1.5), 5001),
    ],
)
def test_update_validation_answers_the_first_failure(api: httpx.Client, body: dict, code: int) -> None:
    assert_error(api.patch("/meters/data", json=body), 422, code)


def test_only_the_first_failing_field_is_answered(api: httpx.Client) -> None:
    body = {"EAN": GUIDE_EAN, "start_date": "bad", "status": 9, "rate": 9}
    assert api.patch("/meters/data", json=body).json()["error_code"] == 5005


def test_numeric_strings_are_coerced(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    body = update_body(
        GUIDE_EAN, day(emulator_today, -1), status="1", rate="2", client_type=" 2 ", amperage="63"
    )
    assert data(api.patch("/meters/data", json=body)) == "success"
    latest = emulator.store.periods(GUIDE_EAN)[0]
    assert (latest.status, latest.rate, latest.client_type, latest.amperage) == (1, 2, 2, 63)


def test_bodies_need_the_json_content_type_and_valid_json(api: httpx.Client) -> None:
    content = b'{"EAN": "123456789012345678", "date": "2030-01-01"}'
    assert_error(
        api.patch("/meters/data/deactivate", content=content, headers={"Content-Type": "text/plain"}), 500, 1
    )
    assert_error(
        api.patch(
            "/meters/data/deactivate", content=content[:-3], headers={"Content-Type": "application/json"}
        ),
        500,
        1,
    )
    assert_error(api.patch("/meters/data/deactivate", json=[1, 2]), 500, 1)
    assert (
        data(
            api.patch(
                "/meters/data/deactivate",
                content=content,
                headers={"Content-Type": "application/json; charset=utf-8"},
            )
        )
        == "success"
    )
