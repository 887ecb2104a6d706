"""Every request carries the community its operation was started for, whatever becomes active meanwhile."""

from __future__ import annotations

import pytest

from optimce_desktop.crm import CommunityAccessError, CrmClient
from tests.crm.conftest import COMMUNITY_ID
from tests.crm.scripted_server import ScriptedServer, envelope
from tests.crm.test_pagination import meter, serve_pages

OTHER_COMMUNITY = "c0ffee00-0000-4000-8000-000000000002"


def headers(server: ScriptedServer, path: str) -> list[str | None]:
    return [request.headers.get("x-community-id") for request in server.seen("GET", path)]


def test_a_meter_walk_keeps_the_community_it_started_with(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(9)])
    walk = iter(client.iter_meter_pages(page_size=3))
    next(walk)

    client.community_id = OTHER_COMMUNITY  # the user switches community while the walk goes on
    list(walk)

    assert headers(crm_server, "/meters") == [COMMUNITY_ID] * 3


def test_the_community_of_a_walk_is_fixed_when_it_is_made_not_when_it_first_runs(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    serve_pages(crm_server, "/members", [{"id": i, "name": f"M{i}"} for i in range(4)])
    members = client.iter_members(page_size=2)
    meters = client.iter_meter_pages(page_size=2)

    client.community_id = OTHER_COMMUNITY
    list(members)
    serve_pages(crm_server, "/meters", [meter(1)])
    list(meters)

    assert headers(crm_server, "/members") == [COMMUNITY_ID] * 2
    assert headers(crm_server, "/meters") == [COMMUNITY_ID]


def test_a_named_community_is_the_one_sent(crm_server: ScriptedServer, client: CrmClient) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(4)])
    serve_pages(crm_server, "/members", [{"id": 1, "name": "Alice"}])
    crm_server.on("GET", f"/meters/{meter(1)['EAN']}", envelope(meter(1)))

    list(client.iter_meter_pages(page_size=2, community_id=OTHER_COMMUNITY))
    client.list_meters(community_id=OTHER_COMMUNITY)
    list(client.iter_members(community_id=OTHER_COMMUNITY))
    client.meter_detail(meter(1)["EAN"], community_id=OTHER_COMMUNITY)

    assert headers(crm_server, "/meters") == [OTHER_COMMUNITY] * 3
    assert headers(crm_server, "/members") == [OTHER_COMMUNITY]
    assert headers(crm_server, f"/meters/{meter(1)['EAN']}") == [OTHER_COMMUNITY]


def test_a_walk_checks_before_each_request_whether_to_stop(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    serve_pages(crm_server, "/meters", [meter(i) for i in range(9)])
    cancelled = False

    class CancelledError(Exception):
        pass

    def before_request() -> None:
        if cancelled:
            raise CancelledError

    walk = iter(client.iter_meter_pages(page_size=3, before_request=before_request))
    next(walk)
    cancelled = True

    with pytest.raises(CancelledError):
        next(walk)
    assert len(crm_server.seen("GET", "/meters")) == 1


def test_a_walk_without_a_community_sends_nothing(crm_server: ScriptedServer, make_client) -> None:
    client = make_client(community_id=None)

    with pytest.raises(CommunityAccessError):
        client.iter_meter_pages()
    with pytest.raises(CommunityAccessError):
        client.iter_members()
    assert crm_server.seen() == []
