"""What the real server does to the texts it is sent: the HTML filter on every body string, the 255-character
columns counted after it, the 100 kB body limit, and list filters that are SQL LIKE patterns."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

from optimce_desktop.emulator import GUIDE_EAN, EmulatorServer
from tests.emulator.support import assert_error, data, update_body

NEW_EAN = "541448000000999990"


def meter_body(ean: str = NEW_EAN, **address: Any) -> dict[str, Any]:
    """A POST /meters body (without initial_data, it is a PUT body)."""
    return {
        "EAN": ean,
        "meter_number": "MTR-TXT",
        "address": {"street": "Rue", "number": 1, "postcode": "4000", "city": "Liège", **address},
        "tarif_group": 1,
        "phases_number": 1,
        "reading_frequency": 1,
    }


def create(api: httpx.Client, body: dict[str, Any], **initial: Any) -> httpx.Response:
    first = {"start_date": "2026-01-01", "status": 1, "rate": 1, "client_type": 1, **initial}
    return api.post("/meters", json={**body, "initial_data": first})


def guide_period(api: httpx.Client, emulator_today: dt.date, **fields: Any) -> dict[str, Any]:
    start = data(api.get(f"/meters/{GUIDE_EAN}"))["meter_data"]["start_date"]
    assert data(api.patch("/meters/data", json=update_body(GUIDE_EAN, start, **fields))) == "success"
    return data(api.get(f"/meters/{GUIDE_EAN}"))["meter_data"]


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ('<b class="x" onclick="y()">bold</b>', "<b>bold</b>"),
        ("<DIV>d</DIV> <br/> <i/>", "<div>d</div> &lt;br/&gt; <i />"),
        ('<b title="a>b">z</b>', "<b>z</b>"),  # a quoted value hides its ">"
        ("x <b", "x &lt;b"),
        ("1 < 2 && 3 > 2 &eacute; \"q\" 'a'", "1 &lt; 2 && 3 &gt; 2 &eacute; \"q\" 'a'"),
        ("<<b>>", "&lt;<b>&gt;"),
        ("no markup at all", "no markup at all"),
    ],
)
def test_body_strings_go_through_the_html_filter(
    api: httpx.Client, emulator_today: dt.date, sent: str, stored: str
) -> None:
    period = guide_period(api, emulator_today, description=sent, grd=sent)
    assert (period["description"], period["grd"]) == (stored, stored)


def test_create_and_modify_store_escaped_texts_that_list_filters_see_escaped(api: httpx.Client) -> None:
    assert data(create(api, meter_body(street="Rue <Haute>", city="<i>Liège</i>"))) == "success"
    address = data(api.get(f"/meters/{NEW_EAN}"))["address"]
    assert (address["street"], address["city"]) == ("Rue &lt;Haute&gt;", "<i>Liège</i>")
    assert data(api.get("/meters", params={"street": "<Haute>"})) == []
    assert [m["EAN"] for m in data(api.get("/meters", params={"street": "&lt;Haute&gt;"}))] == [NEW_EAN]
    assert data(api.put("/meters", json=meter_body(supplement="<script>x</script>"))) == "success"
    assert data(api.get(f"/meters/{NEW_EAN}"))["address"]["supplement"] == "&lt;script&gt;x&lt;/script&gt;"


def test_columns_hold_255_characters_counted_after_escaping(
    api: httpx.Client, emulator_today: dt.date
) -> None:
    fits, too_long = "<" * 63 + "xxx", "<" * 64  # 255 and 256 characters once escaped
    assert data(create(api, meter_body(city=fits), grd=fits)) == "success"
    assert_error(create(api, meter_body(ean="541448000000999983", city=too_long)), 400, 60001)
    assert_error(create(api, meter_body(ean="541448000000999983"), grd=too_long), 400, 60001)
    assert_error(api.get("/meters/541448000000999983"), 400, 60007)  # nothing created
    assert_error(api.put("/meters", json=meter_body(supplement=too_long)), 400, 60005)
    assert data(api.get(f"/meters/{NEW_EAN}"))["address"]["supplement"] is None  # nothing changed
    start = data(api.get(f"/meters/{GUIDE_EAN}"))["meter_data"]["start_date"]
    assert_error(api.patch("/meters/data", json=update_body(GUIDE_EAN, start, grd=too_long)), 400, 60005)
    assert guide_period(api, emulator_today, description="D" * 20_000)["description"] == "D" * 20_000


def test_a_body_over_100_kb_is_refused_before_anything_else(
    api: httpx.Client, anonymous_api: httpx.Client
) -> None:
    body = update_body(GUIDE_EAN, "2030-01-01", description="")
    padding = 100 * 1024 - len(json.dumps(body).encode())
    at_limit = json.dumps({**body, "description": "D" * padding}).encode()
    over = json.dumps({**body, "description": "D" * (padding + 1)}).encode()
    headers = {"Content-Type": "application/json"}
    assert len(at_limit) == 102_400
    assert data(api.patch("/meters/data", content=at_limit, headers=headers)) == "success"
    for client in (api, anonymous_api):
        response = client.patch("/meters/data", content=over, headers=headers)
        assert_error(response, 500, 1)
        assert response.json()["data"] == "An unexpected error occurred"


def test_list_text_filters_are_like_patterns(api: httpx.Client) -> None:
    for number, ean in (("QX*B?[1]", "541448000000999990"), ("QX-B%_2", "541448000000999983")):
        body = meter_body(ean=ean)
        assert data(create(api, {**body, "meter_number": number})) == "success"

    def numbers(value: str) -> set[str]:
        listed = data(api.get("/meters", params={"meter_number": value, "limit": 500}))
        return {m["meter_number"] for m in listed}

    assert numbers("QX_B") == {"QX*B?[1]", "QX-B%_2"}  # "_" is any one character
    assert numbers("QX%2") == {"QX-B%_2"}  # "%" any run of characters
    assert numbers("*") == {"QX*B?[1]"} and numbers("?[1]") == {"QX*B?[1]"}  # no other wildcards
    assert numbers("\\%\\_") == {"QX-B%_2"} and numbers("X\\_") == set()  # "\" escapes
    assert numbers("qx") == set()  # case-sensitive
    assert numbers("\\Q\\X") == {"QX*B?[1]", "QX-B%_2"}  # "\" before any character: that character


def test_a_period_ending_today_is_current_in_the_detail_but_not_in_the_list(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    today = emulator_today.isoformat()
    holder = emulator.store.periods(GUIDE_EAN)[0].member_id
    period = guide_period(api, emulator_today, end_date=today, member_id=holder)
    assert period["end_date"] == today
    [item] = data(api.get("/meters", params={"EAN": GUIDE_EAN}))
    assert item["status"] == 2 and "start_date" not in item and "end_date" not in item
    for query in ({"status": 1}, {"status": 2}, {"holder_id": holder}):
        assert data(api.get("/meters", params={"EAN": GUIDE_EAN, **query})) == []
    tomorrow = (emulator_today + dt.timedelta(days=1)).isoformat()
    guide_period(api, emulator_today, end_date=tomorrow, member_id=holder)
    [item] = data(api.get("/meters", params={"EAN": GUIDE_EAN, "status": period["status"]}))
    assert item["end_date"] == tomorrow
