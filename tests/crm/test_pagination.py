"""Walking paginated lists: meters, members and communities."""

from __future__ import annotations

from typing import Any

from optimce_desktop.crm import CrmClient
from optimce_desktop.domain.enums import MeterStatus
from tests.crm.scripted_server import ScriptedServer, SeenRequest, paginated

ADDRESS = {"id": 1, "street": "Rue de la Station", "number": 12, "postcode": "4000", "city": "Liège"}


def meter(index: int) -> dict[str, Any]:
    return {"EAN": f"5414480000000{index:05d}", "meter_number": f"MTR-{index}", "status": 1,
            "address": ADDRESS}


def serve_pages(server: ScriptedServer, path: str, items: list[dict[str, Any]]) -> None:
    """Answers ``path`` like the CRM: the page and limit of the query, total_pages 0 when nothing matches."""

    def respond(request: SeenRequest) -> Any:
        page, limit = int(request.param("page") or 1), int(request.param("limit") or 10)
        chunk = items[(page - 1) * limit: page * limit]
        return paginated(chunk, page=page, limit=limit, total=len(items))

    server.handle("GET", path, respond)


def test_all_meter_pages_are_walked(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(12)])

    pages = list(client.iter_meter_pages(page_size=5, status=MeterStatus.ACTIVE))

    assert [len(page.items) for page in pages] == [5, 5, 2]
    assert [item.meter_number for page in pages for item in page.items] == [f"MTR-{i}" for i in range(12)]
    assert [page.pagination.total for page in pages] == [12, 12, 12]
    requests = crm_server.seen("GET", "/meters")
    assert [(r.param("page"), r.param("limit"), r.param("status")) for r in requests] == [
        ("1", "5", "1"), ("2", "5", "1"), ("3", "5", "1")]


def test_a_full_last_page_ends_the_walk(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(10)])

    pages = list(client.iter_meter_pages(page_size=5))

    assert len(pages) == 2
    assert len(crm_server.seen("GET", "/meters")) == 2


def test_no_match_gives_one_empty_page(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [])

    pages = list(client.iter_meter_pages(city="Nowhere"))

    assert len(pages) == 1
    assert pages[0].items == [] and pages[0].pagination.total_pages == 0
    assert len(crm_server.seen("GET", "/meters")) == 1


def test_an_empty_page_ends_the_walk_even_if_the_total_says_more(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("GET", "/meters", paginated([meter(1)], page=1, limit=1, total=3),
                  paginated([], page=2, limit=1, total=3))

    pages = list(client.iter_meter_pages(page_size=1))

    assert [len(page.items) for page in pages] == [1, 0]


def test_the_default_page_size_is_large(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(3)])

    list(client.iter_meter_pages())

    assert crm_server.seen("GET", "/meters")[0].param("limit") == "5000"


def test_members_are_walked_item_by_item(crm_server: ScriptedServer, client: CrmClient) -> None:
    members = [{"id": i, "name": f"Member {i}", "member_type": 1, "status": 1} for i in range(7)]
    serve_pages(crm_server, "/members", members)

    found = list(client.iter_members(page_size=3, name="Member"))

    assert [member.id for member in found] == list(range(7))
    assert [r.param("page") for r in crm_server.seen("GET", "/members")] == ["1", "2", "3"]
    assert {r.param("name") for r in crm_server.seen("GET", "/members")} == {"Member"}


def test_my_communities_gathers_every_page(crm_server: ScriptedServer, client: CrmClient) -> None:
    communities = [{"id": i, "auth_community_id": f"community-{i}", "role": "MANAGER", "name": f"CE {i}"}
                   for i in range(150)]
    serve_pages(crm_server, "/communities/my-communities", communities)

    found = client.my_communities()

    assert [community.auth_community_id for community in found] == [f"community-{i}" for i in range(150)]
    assert len(crm_server.seen("GET", "/communities/my-communities")) == 2
