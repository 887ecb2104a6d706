"""The hook a sign-in can plug in: refresh the token after an authentication failure and replay once."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pytest

from optimce_desktop.crm import (
    AuthenticationError,
    CommunityAccessError,
    ConnectionFailedError,
    ConnectionLostError,
    CrmClient,
    ServerError,
)
from tests.crm.conftest import ClientFactory
from tests.crm.scripted_server import Answer, Reply, Reset, ScriptedServer, envelope, error

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


Write = tuple[str, str, Callable[[CrmClient], None]]
"""Method, path, and how the client sends it."""
WRITES: dict[str, Write] = {
    "create": ("POST", "/meters", lambda client: client.create_meter(UPDATE)),
    "modify": ("PUT", "/meters", lambda client: client.modify_meter(UPDATE)),
    "delete": ("DELETE", DETAIL_PATH, lambda client: client.delete_meter(EAN)),
    "deactivate": ("PATCH", "/meters/data/deactivate",
                   lambda client: client.deactivate_meter(EAN, dt.date(2027, 1, 1))),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_every_write_is_replayed_once_with_the_same_body(
    crm_server: ScriptedServer, make_client: ClientFactory, write: Write
) -> None:
    method, path, send = write
    crm_server.on(method, path, error(400, 6, "Unauthenticated"), envelope("success"))
    tokens = TokenStore()

    send(client_with(make_client, tokens))

    sent = crm_server.seen(method, path)
    assert [request.headers["authorization"] for request in sent] == ["Bearer expired", "Bearer fresh-1"]
    assert sent[0].body == sent[1].body
    assert tokens.refreshes == 1


def test_a_replayed_write_that_may_have_reached_the_crm_is_not_sent_again(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("PATCH", "/meters/data", error(401, 6, "Unauthenticated"), Reset(), envelope("success"))
    tokens = TokenStore()

    with pytest.raises(ConnectionLostError) as caught:
        client_with(make_client, tokens).update_meter_data(UPDATE)

    assert caught.value.outcome_unknown
    assert len(crm_server.seen("PATCH")) == 2
    assert tokens.refreshes == 1


@pytest.mark.parametrize("status", [502, 504])
def test_a_write_whose_outcome_is_unknown_is_neither_refreshed_nor_replayed(
    crm_server: ScriptedServer, make_client: ClientFactory, status: int
) -> None:
    crm_server.on("PATCH", "/meters/data", Reply(status, b"Bad gateway", "text/plain"), envelope("success"))
    tokens = TokenStore()

    with pytest.raises(ServerError) as caught:
        client_with(make_client, tokens).update_meter_data(UPDATE)

    assert caught.value.outcome_unknown
    assert len(crm_server.seen("PATCH")) == 1
    assert tokens.refreshes == 0


def test_a_replayed_get_is_still_retried_after_a_transient_failure(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", DETAIL_PATH, error(401, 6, "Unauthenticated"), Reply(503, b"", "text/plain"),
                  envelope(DETAIL))
    tokens = TokenStore()

    assert client_with(make_client, tokens).meter_detail(EAN).meter_number == "MTR-0001"

    sent = [request.headers["authorization"] for request in crm_server.seen("GET", DETAIL_PATH)]
    assert sent == ["Bearer expired", "Bearer fresh-1", "Bearer fresh-1"]
    assert tokens.refreshes == 1


def test_a_refresh_that_cannot_reach_the_sign_in_server_leaves_the_write_unsent(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("PATCH", "/meters/data", error(401, 6, "Unauthenticated"), envelope("success"))

    def unreachable() -> bool:
        raise ConnectionFailedError("Could not refresh the sign-in: the provider is unreachable")

    with pytest.raises(ConnectionFailedError) as caught:
        make_client(on_unauthorized=unreachable).update_meter_data(UPDATE)

    assert caught.value.offline and not caught.value.outcome_unknown
    assert len(crm_server.seen("PATCH")) == 1


def test_the_replay_is_logged_without_either_token(
    crm_server: ScriptedServer, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    crm_server.on("GET", DETAIL_PATH, error(401, 6, "Unauthenticated"), envelope(DETAIL))
    tokens = TokenStore()
    tokens.token = "eyJ-refused-access-token"
    caplog.set_level(logging.DEBUG)

    client_with(make_client, tokens).meter_detail(EAN)

    assert f"Replaying GET {DETAIL_PATH} after the sign-in was refreshed" in caplog.messages
    assert "eyJ-refused-access-token" not in caplog.text and "fresh-1" not in caplog.text


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
