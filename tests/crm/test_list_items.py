"""A malformed list item costs only itself: the page's other items are read, the bad ones named and logged."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from optimce_desktop.crm import CrmClient, ProtocolError
from optimce_desktop.crm.page_walk import PARSE_CHUNK
from tests.crm.scripted_server import ScriptedServer, envelope, paginated
from tests.crm.test_pagination import meter, serve_pages

PAGE = 2000


def malformed_meters() -> list[dict[str, Any]]:
    """One meter of each kind the CRM was seen to send, with the reason the app gives for it."""
    day_first = {**meter(90001), "start_date": "06/12/2026"}
    no_status = {**meter(90002), "status": None}
    ean_number = {**meter(90003), "EAN": 541448000000090003}
    no_address = {**meter(90004), "address": None}
    no_ean = {key: value for key, value in meter(90005).items() if key != "EAN"}
    return [day_first, no_status, ean_number, no_address, no_ean]


def test_the_good_meters_of_a_page_are_read_and_the_bad_ones_named(
    crm_server: ScriptedServer, client: CrmClient, caplog: pytest.LogCaptureFixture
) -> None:
    good = [meter(i) for i in range(PAGE - 5)]
    bad = malformed_meters()
    # spread over the page, so that several of its validation chunks fail
    items = good[:10] + bad[:2] + good[10:900] + bad[2:4] + good[900:] + bad[4:]
    serve_pages(crm_server, "/meters", items)

    with caplog.at_level(logging.WARNING, logger="optimce_desktop.crm"):
        walk = client.iter_meter_pages(page_size=PAGE)
        pages = list(walk)

    assert [item.EAN for page in pages for item in page.items] == [entry["EAN"] for entry in good]
    assert pages[0].pagination.total == PAGE
    assert [(item.page, item.position, item.key) for item in walk.unreadable] == [
        (1, 10, "541448000000090001"), (1, 11, "541448000000090002"), (1, 902, "541448000000090003"),
        (1, 903, "541448000000090004"), (1, PAGE - 1, None)]
    reasons = [item.reason for item in walk.unreadable]
    assert reasons[0].startswith("start_date:") and reasons[1].startswith("status:")
    assert reasons[2].startswith("EAN:") and reasons[3].startswith("address:")
    assert reasons[4] == "EAN: Field required"
    [record] = [r for r in caplog.records if "could not be read" in r.getMessage()]
    message = record.getMessage()
    assert "GET /meters page 1: 5 of 2000 item(s) could not be read" in message
    assert "#10 (541448000000090001) start_date:" in message and "and 2 more" in message
    assert len(message) < 600  # short: the reasons of the first few, no item content


def test_one_page_read_alone_leaves_the_bad_items_out(crm_server: ScriptedServer, client: CrmClient) -> None:
    items = [meter(1), *malformed_meters(), meter(2)]
    crm_server.on("GET", "/meters", paginated(items, page=1, limit=10, total=len(items)))

    page = client.list_meters(limit=10)

    assert [item.meter_number for item in page.items] == ["MTR-1", "MTR-2"]


def test_a_page_of_good_meters_is_read_in_chunks_in_order(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    count = PARSE_CHUNK * 3 + 7
    serve_pages(crm_server, "/meters", [meter(i) for i in range(count)])

    walk = client.iter_meter_pages(page_size=count)
    [page] = list(walk)

    assert [item.meter_number for item in page.items] == [f"MTR-{i}" for i in range(count)]
    assert walk.unreadable == [] and walk.stopped is None


def test_malformed_members_are_left_out(crm_server: ScriptedServer, client: CrmClient) -> None:
    members = [{"id": 1, "name": "Alice", "member_type": 1, "status": 1}, {"id": None, "name": "No id"},
               "not a member", {"id": 3, "name": "Carol", "member_type": 2, "status": 1}]
    serve_pages(crm_server, "/members", members)

    assert [member.name for member in client.iter_members()] == ["Alice", "Carol"]


@pytest.mark.parametrize("body", [
    envelope({"items": []}, pagination={"page": 1, "limit": 10, "total": 0, "total_pages": 0}),
    envelope([], pagination=None),
    envelope([], pagination={"page": "first", "limit": 10, "total": 0, "total_pages": 0}),
], ids=["data-not-a-list", "no-pagination", "bad-pagination"])
def test_a_page_that_is_not_a_list_page_is_a_protocol_error(
    crm_server: ScriptedServer, client: CrmClient, body: Any
) -> None:
    crm_server.on("GET", "/meters", body)

    with pytest.raises(ProtocolError, match="does not match the CRM contract"):
        list(client.iter_meter_pages())
