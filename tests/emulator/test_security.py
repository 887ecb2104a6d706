"""Authentication, roles and community isolation: stricter than the real server on purpose."""

from __future__ import annotations

import httpx
import pytest

from optimce_desktop.emulator import (
    CONDROZ_AUTH_ID,
    DEMO_ADMIN,
    DEMO_MANAGER,
    GUIDE_EAN,
    HESBAYE_AUTH_ID,
    MEMBER_ONLY,
    OTHER_COMMUNITY_EAN,
    TOURNESOLS_AUTH_ID,
    EmulatorServer,
)
from optimce_desktop.emulator.auth import TokenIssuer, bearer_token
from optimce_desktop.emulator.seed import CONDROZ_ID
from tests.emulator.support import assert_error, data, headers_for, update_body

METER_ROUTES = [
    ("GET", "/meters", None),
    ("GET", f"/meters/{GUIDE_EAN}", None),
    ("GET", f"/meters/{GUIDE_EAN}/consumptions", None),
    ("GET", "/members", None),
    ("GET", "/members/1", None),
    ("PATCH", "/meters/data", update_body(GUIDE_EAN, "2030-01-01")),
    ("PATCH", "/meters/data/deactivate", {"EAN": GUIDE_EAN, "date": "2030-01-01"}),
    ("PATCH", "/meters/data/delete", {"id_meter_data": 1}),
]


def call(
    emulator: EmulatorServer, method: str, path: str, body: object, headers: dict[str, str]
) -> httpx.Response:
    with httpx.Client(base_url=emulator.base_url, timeout=10) as client:
        return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize(("method", "path", "body"), METER_ROUTES)
def test_every_meter_and_member_route_needs_a_token_a_community_and_a_manager_role(
    emulator: EmulatorServer, method: str, path: str, body: object
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    assert_error(call(emulator, method, path, body, {}), 400, 6)
    assert_gateway_rejection(call(emulator, method, path, body, {"Authorization": "Bearer not-a-token"}))
    assert_error(
        call(emulator, method, path, body, headers_for(emulator, DEMO_MANAGER, community=None)), 400, 5
    )
    unknown_community = headers_for(emulator, DEMO_MANAGER, community="c0ffee00-dead-beef-0000-000000000000")
    assert_error(call(emulator, method, path, body, unknown_community), 401, 5)
    no_role = headers_for(emulator, DEMO_ADMIN, community=HESBAYE_AUTH_ID)
    assert_error(call(emulator, method, path, body, no_role), 401, 5)
    assert_error(call(emulator, method, path, body, headers_for(emulator, MEMBER_ONLY)), 403, 4)
    only_member = headers_for(emulator, DEMO_MANAGER, community=CONDROZ_AUTH_ID)
    assert_error(call(emulator, method, path, body, only_member), 403, 4)
    assert emulator.store.periods(GUIDE_EAN) == before


def test_admin_and_manager_roles_may_read_meters(emulator: EmulatorServer) -> None:
    assert data(call(emulator, "GET", "/meters", None, headers_for(emulator, DEMO_MANAGER, HESBAYE_AUTH_ID)))
    assert data(call(emulator, "GET", "/meters", None, headers_for(emulator, DEMO_ADMIN, CONDROZ_AUTH_ID)))
    assert data(
        call(emulator, "GET", "/meters", None, headers_for(emulator, DEMO_MANAGER, TOURNESOLS_AUTH_ID))
    )


def test_my_communities_needs_only_a_valid_token(emulator: EmulatorServer) -> None:
    assert_error(call(emulator, "GET", "/communities/my-communities", None, {}), 400, 6)
    member = data(
        call(
            emulator,
            "GET",
            "/communities/my-communities",
            None,
            headers_for(emulator, MEMBER_ONLY, community=None),
        )
    )
    assert [(c["name"], c["role"]) for c in member] == [
        ("CE Les Tournesols", "MEMBER"),
        ("CE Vent du Condroz", "MEMBER"),
    ]
    manager = data(
        call(
            emulator,
            "GET",
            "/communities/my-communities",
            None,
            headers_for(emulator, DEMO_MANAGER, community=CONDROZ_AUTH_ID),
        )
    )
    assert {c["auth_community_id"]: c["role"] for c in manager} == {
        TOURNESOLS_AUTH_ID: "MANAGER",
        CONDROZ_AUTH_ID: "MEMBER",
        HESBAYE_AUTH_ID: "ADMIN",
    }
    assert all(set(c) == {"id", "auth_community_id", "role", "name"} for c in manager)


def test_another_communitys_meter_is_not_found_for_reads_and_writes(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    assert emulator.store.meter_community(OTHER_COMMUNITY_EAN) == CONDROZ_ID
    before = emulator.store.periods(OTHER_COMMUNITY_EAN)
    assert_error(api.get(f"/meters/{OTHER_COMMUNITY_EAN}"), 400, 60007)
    assert_error(api.patch("/meters/data", json=update_body(OTHER_COMMUNITY_EAN, "2031-01-01")), 400, 60004)
    deactivate = {"EAN": OTHER_COMMUNITY_EAN, "date": "2031-01-01"}
    assert_error(api.patch("/meters/data/deactivate", json=deactivate), 400, 60004)
    delete = {"id_meter_data": before[0].id, "active_previous_meter_data": True}
    assert_error(api.patch("/meters/data/delete", json=delete), 400, 60009)
    assert emulator.store.periods(OTHER_COMMUNITY_EAN) == before
    consumptions = data(api.get(f"/meters/{OTHER_COMMUNITY_EAN}/consumptions"))
    assert consumptions["timestamps"] == [] and consumptions["gross"] == []
    assert data(api.get("/meters", params={"EAN": OTHER_COMMUNITY_EAN})) == []
    foreign_member = emulator.store.member_ids(CONDROZ_ID)[0]
    assert_error(api.get(f"/members/{foreign_member}"), 400, 50003)


def test_the_meter_is_found_with_its_own_community_active(emulator: EmulatorServer) -> None:
    headers = headers_for(emulator, DEMO_ADMIN, CONDROZ_AUTH_ID)
    detail = data(call(emulator, "GET", f"/meters/{OTHER_COMMUNITY_EAN}", None, headers))
    assert detail["EAN"] == OTHER_COMMUNITY_EAN


def assert_gateway_rejection(response: httpx.Response) -> None:
    """The gateway's own refusal of a bearer token (RFC 6750), before the CRM sees the request."""
    assert response.status_code == 401, response.text
    assert response.json()["error"] == "invalid_token"
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_an_expired_token_is_refused_by_the_gateway(emulator: EmulatorServer) -> None:
    token = emulator.token_for(DEMO_MANAGER, lifetime=0)
    headers = {"Authorization": f"Bearer {token}", "X-Community-ID": TOURNESOLS_AUTH_ID}
    assert_gateway_rejection(call(emulator, "GET", "/meters", None, headers))


def test_a_token_ages_with_the_emulators_sign_in_clock(emulator: EmulatorServer) -> None:
    headers = headers_for(emulator, DEMO_MANAGER)
    assert data(call(emulator, "GET", "/meters", None, headers))
    emulator.auth_clock.advance(emulator.tokens.lifetime)
    assert_gateway_rejection(call(emulator, "GET", "/meters", None, headers))


def test_token_issuer_signs_access_tokens_that_expire() -> None:
    now = [1000.0]
    issuer = TokenIssuer(lifetime=60, clock=lambda: now[0], issuer="https://sso.example.be/realms/r")
    first, second = issuer.issue("alice"), issuer.issue("bob", lifetime=600)
    assert first != second and first.count(".") == 2
    assert issuer.username_for(first) == "alice"
    now[0] += 60
    assert issuer.username_for(first) is None
    assert issuer.username_for(second) == "bob"
    assert issuer.username_for("made-up") is None


def test_token_issuer_accepts_only_its_own_access_tokens() -> None:
    issuer = TokenIssuer(issuer="https://sso.example.be/realms/r")
    stranger = TokenIssuer(issuer="https://sso.example.be/realms/r")
    moved = TokenIssuer(issuer="https://sso.example.be/realms/other")
    token = issuer.issue("alice")
    header, payload, signature = token.split(".")
    assert issuer.username_for(stranger.issue("alice")) is None  # same name, another key
    assert moved.username_for(token) is None
    forged_payload = payload[:-4] + ("AAAA" if not payload.endswith("AAAA") else "BBBB")
    assert issuer.username_for(f"{header}.{forged_payload}.{signature}") is None
    id_token = issuer.id_token("alice", audience="optimce-desktop", nonce="n", session_id="s", auth_time=0)
    assert issuer.verified_claims(id_token) is not None
    assert issuer.username_for(id_token) is None  # an ID token is no access token


def test_bearer_token_parsing() -> None:
    assert bearer_token("Bearer abc") == "abc"
    assert bearer_token("bearer  abc ") == "abc"
    assert bearer_token("Basic abc") is None
    assert bearer_token("Bearer ") is None
    assert bearer_token(None) is None


def test_token_for_an_unknown_user_is_refused(emulator: EmulatorServer) -> None:
    with pytest.raises(ValueError, match="no user"):
        emulator.token_for("mallory")
