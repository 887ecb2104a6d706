"""A list walk ends, whatever the server announces: on a repeated page, or past the announced total."""

from __future__ import annotations

import logging

import pytest

from optimce_desktop.crm import CrmClient
from optimce_desktop.crm.page_walk import WalkStop
from tests.crm.scripted_server import ScriptedServer, SeenRequest, envelope, paginated
from tests.crm.test_pagination import meter, serve_pages


def lying_page(items: list, *, page: int, limit: int, total: int, total_pages: int):  # noqa: ANN201
    pagination = {"page": page, "limit": limit, "total": total, "total_pages": total_pages}
    return envelope(items, pagination=pagination)


def test_a_server_that_repeats_its_last_page_stops_the_walk(
    crm_server: ScriptedServer, client: CrmClient, caplog: pytest.LogCaptureFixture
) -> None:
    first = [meter(i) for i in range(5)]
    last = [meter(i) for i in range(5, 8)]
    # beyond page 2 the server answers page 2 again, and always announces 1,000 pages
    crm_server.on("GET", "/meters", lying_page(first, page=1, limit=5, total=5000, total_pages=1000),
                  lying_page(last, page=2, limit=5, total=5000, total_pages=1000))

    with caplog.at_level(logging.WARNING, logger="optimce_desktop.crm"):
        walk = client.iter_meter_pages(page_size=5)
        pages = list(walk)

    assert [item.meter_number for page in pages for item in page.items] == [f"MTR-{i}" for i in range(8)]
    assert [r.param("page") for r in crm_server.seen("GET", "/meters")] == ["1", "2", "3"]
    assert walk.stopped is WalkStop.REPEATED_PAGE
    [record] = [r for r in caplog.records if "walk stopped" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        "GET /meters: walk stopped at page 3, the list may be incomplete: a page repeated one already read "
        "(8 item(s) read; the server announced 5000 in 1000 page(s))")


def test_a_server_that_always_answers_the_first_page_stops_at_the_second(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("GET", "/members", lying_page(
        [{"id": 1, "name": "Alice"}, {"id": 2, "name": "Bob"}], page=1, limit=2, total=10, total_pages=5))

    assert [member.id for member in client.iter_members(page_size=2)] == [1, 2]
    assert len(crm_server.seen("GET", "/members")) == 2


def test_more_items_than_the_announced_total_stop_the_walk(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    def respond(request: SeenRequest):  # noqa: ANN202 - new meters on every page, and "total 6" each time
        page = int(request.param("page") or 1)
        items = [meter(page * 10 + i) for i in range(3)]
        return lying_page(items, page=page, limit=3, total=6, total_pages=999_999)

    crm_server.handle("GET", "/meters", respond)

    walk = client.iter_meter_pages(page_size=3)
    pages = list(walk)

    assert [len(page.items) for page in pages] == [3, 3, 3]
    assert len(crm_server.seen("GET", "/meters")) == 3
    assert walk.stopped is WalkStop.OVER_TOTAL


def test_an_honest_walk_says_it_was_not_stopped(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(12)])

    walk = client.iter_meter_pages(page_size=5)

    assert sum(len(page.items) for page in walk) == 12
    assert walk.stopped is None and walk.unreadable == []


def test_a_page_of_only_unreadable_items_that_repeats_stops_the_walk(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    broken = [{**meter(i), "status": None} for i in range(4)]
    crm_server.on("GET", "/meters", paginated(broken, page=1, limit=4, total=40))

    walk = client.iter_meter_pages(page_size=4)

    assert [len(page.items) for page in walk] == [0]
    assert walk.stopped is WalkStop.REPEATED_PAGE and len(walk.unreadable) == 4
