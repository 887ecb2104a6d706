"""The hook a sign-in can plug in: refresh the token after an authentication failure and replay once."""

from __future__ import annotations

import pytest

from optimce_desktop.crm import AuthenticationError, CommunityAccessError, CrmClient
from tests.crm.conftest import ClientFactory
from tests.crm.scripted_server import Answer, Reply, ScriptedServer, envelope, error

EAN = "541448000000000011"
DETAIL_PATH = f"/meters/{EAN}"
DETAIL = {"EAN": EAN, "meter_number": "MTR-0001"}
UPDATE = {"EAN": EAN, "start_date": "2026-12-01", "status": 1, "rate": 1, "client_type": 1}


class TokenStore:
    """Stands for the sign-in: hands out the current token and refreshes it when asked."""

    def __init__(self, refresh_succeeds: bool = True) -> None:
        self.token = "expired"
        self.refreshes = 0
        self.refresh_succeeds = refresh_succeeds

    def current(self) -> str:
        return self.token

    def refresh(self) -> bool:
        self.refreshes += 1
        if self.refresh_succeeds:
            self.token = f"fresh-{self.refreshes}"
        return self.refresh_succeeds


def client_with(make_client: ClientFactory, tokens: TokenStore) -> CrmClient:
    return make_client(token_provider=tokens.current, on_unauthorized=tokens.refresh)


@pytest.mark.parametrize(
    "rejection",
    [error(401, 6, "Unauthenticated"), error(400, 6, "Unauthenticated"), Reply(401, b"", "text/plain"),
     Reply(401, b'{"error": "invalid_token"}')],
    ids=["401-code-6", "400-code-6", "bare-401", "gateway-json-401"],
)
def test_a_get_is_replayed_once_with_the_refreshed_token(
    crm_server: ScriptedServer, make_client: ClientFactory, rejection: Answer
) -> None:
    crm_server.on("GET", DETAIL_PATH, rejection, envelope(DETAIL))
    tokens = TokenStore()

    detail = client_with(make_client, tokens).meter_detail(EAN)

    assert detail.meter_number == "MTR-0001"
    assert tokens.refreshes == 1
    sent = [request.headers["authorization"] for request in crm_server.seen("GET", DETAIL_PATH)]
    assert sent == ["Bearer expired", "Bearer fresh-1"]


def test_a_patch_is_replayed_once_since_the_server_processed_nothing(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("PATCH", "/meters/data", error(401, 6, "Unauthenticated"), envelope("success"))
    tokens = TokenStore()

    client_with(make_client, tokens).update_meter_data(UPDATE)

    patches = crm_server.seen("PATCH", "/meters/data")
    assert [request.json() for request in patches] == [UPDATE, UPDATE]
    assert patches[1].headers["authorization"] == "Bearer fresh-1"


def test_a_second_rejection_is_raised_without_asking_again(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("PATCH", "/meters/data", error(401, 6, "Unauthenticated"))
    tokens = TokenStore()

    with pytest.raises(AuthenticationError) as caught:
        client_with(make_client, tokens).update_meter_data(UPDATE)

    assert (caught.value.http_status, caught.value.error_code) == (401, 6)
    assert tokens.refreshes == 1
    assert len(crm_server.seen("PATCH")) == 2


def test_nothing_is_replayed_when_the_refresh_fails(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", DETAIL_PATH, Reply(401, b"", "text/plain"), envelope(DETAIL))
    tokens = TokenStore(refresh_succeeds=False)

    with pytest.raises(AuthenticationError):
        client_with(make_client, tokens).meter_detail(EAN)

    assert tokens.refreshes == 1
    assert len(crm_server.seen("GET")) == 1


@pytest.mark.parametrize("status", [400, 401])
def test_no_role_in_the_community_is_not_a_token_problem(
    crm_server: ScriptedServer, make_client: ClientFactory, status: int
) -> None:
    crm_server.on("GET", DETAIL_PATH, error(status, 5, "Authorization missing"), envelope(DETAIL))
    tokens = TokenStore()

    with pytest.raises(CommunityAccessError):
        client_with(make_client, tokens).meter_detail(EAN)

    assert tokens.refreshes == 0
    assert len(crm_server.seen("GET")) == 1


def test_without_a_hook_the_error_is_raised(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", DETAIL_PATH, error(401, 6, "Unauthenticated"), envelope(DETAIL))

    with pytest.raises(AuthenticationError):
        client.meter_detail(EAN)

    assert len(crm_server.seen("GET")) == 1


def test_a_failing_hook_propagates_its_own_error(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", DETAIL_PATH, error(401, 6, "Unauthenticated"))

    def broken_refresh() -> bool:
        raise OSError("the keyring is locked")

    with pytest.raises(OSError, match="keyring is locked"):
        make_client(on_unauthorized=broken_refresh).meter_detail(EAN)
