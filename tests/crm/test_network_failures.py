"""No answer, or a transient one: what the client retries, what it never retries, and what it reports."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Callable

import pytest

from optimce_desktop.crm import (
    ConnectionFailedError,
    ConnectionLostError,
    CrmClient,
    NetworkError,
    ResponseTimeoutError,
    ServerError,
    is_offline,
)
from tests.crm.conftest import ClientFactory
from tests.crm.scripted_server import Close, Reply, Reset, ScriptedServer, envelope, html

EAN = "541448000000000011"
DETAIL_PATH = f"/meters/{EAN}"
DETAIL = {"EAN": EAN, "meter_number": "MTR-0001"}
UPDATE = {"EAN": EAN, "start_date": "2026-12-01", "status": 1, "rate": 1, "client_type": 1}
SLOW = 3.0  # seconds a hanging answer waits: far beyond the 0.3 s read timeout of these tests


@pytest.fixture
def unused_port() -> int:
    """A loopback port with nothing listening (bound then released, so the OS does not reuse it at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused_means_the_request_never_reached_the_server(
    make_client: ClientFactory, unused_port: int
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{unused_port}", get_retry_delays=())

    with pytest.raises(ConnectionFailedError) as caught:
        client.meter_detail(EAN)

    error = caught.value
    assert error.request_may_have_reached_server is False
    assert is_offline(error) and not error.outcome_unknown
    assert (error.http_status, error.error_code) == (None, None)


def test_a_read_timeout_means_the_outcome_is_unknown(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", DETAIL_PATH, Reply(200, b"{}", delay=SLOW))
    client = make_client(read_timeout=0.3, get_retry_delays=())

    started = time.monotonic()
    with pytest.raises(ResponseTimeoutError) as caught:
        client.meter_detail(EAN)

    assert time.monotonic() - started < 1.5
    assert caught.value.request_may_have_reached_server is True
    assert caught.value.offline and caught.value.outcome_unknown


@pytest.mark.parametrize("answer", [Reset(), Close()], ids=["reset", "closed"])
def test_a_connection_broken_after_sending_means_the_outcome_is_unknown(
    crm_server: ScriptedServer, make_client: ClientFactory, answer: Reset | Close
) -> None:
    crm_server.on("PATCH", "/meters/data", answer)
    client = make_client()

    with pytest.raises(ConnectionLostError) as caught:
        client.update_meter_data(UPDATE)

    assert caught.value.request_may_have_reached_server is True
    assert len(crm_server.seen("PATCH")) == 1


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_get_is_retried_after_a_gateway_error(
    crm_server: ScriptedServer, client: CrmClient, status: int
) -> None:
    crm_server.on("GET", DETAIL_PATH, html(status, "Bad Gateway"), envelope(DETAIL))

    assert client.meter_detail(EAN).meter_number == "MTR-0001"
    assert len(crm_server.seen("GET", DETAIL_PATH)) == 2


@pytest.mark.parametrize(
    "failure", [Reply(200, b"{}", delay=SLOW), Reset(), Close()], ids=["timeout", "reset", "closed"]
)
def test_a_get_is_retried_after_a_network_failure(
    crm_server: ScriptedServer, make_client: ClientFactory, failure: Reply | Reset | Close
) -> None:
    crm_server.on("GET", DETAIL_PATH, failure, envelope(DETAIL))
    client = make_client(read_timeout=0.3)

    assert client.meter_detail(EAN).EAN == EAN
    assert len(crm_server.seen("GET", DETAIL_PATH)) == 2


def test_a_get_is_retried_after_a_refused_connection(make_client: ClientFactory, unused_port: int) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{unused_port}", get_retry_delays=(0.05, 0.1))

    started = time.monotonic()
    with pytest.raises(ConnectionFailedError):
        client.meter_detail(EAN)

    assert time.monotonic() - started >= 0.15  # both back-off delays were waited


def test_a_get_gives_up_after_its_attempts_with_the_last_error(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", DETAIL_PATH, html(503, "Service Unavailable"))
    client = make_client(get_retry_delays=(0.05, 0.1))

    started = time.monotonic()
    with pytest.raises(ServerError) as caught:
        client.meter_detail(EAN)

    assert caught.value.http_status == 503 and caught.value.offline
    assert len(crm_server.seen("GET", DETAIL_PATH)) == 3
    assert time.monotonic() - started >= 0.15


def test_retries_can_be_turned_off(crm_server: ScriptedServer, make_client: ClientFactory) -> None:
    crm_server.on("GET", DETAIL_PATH, html(502, "Bad Gateway"), envelope(DETAIL))
    client = make_client(get_retry_delays=())

    with pytest.raises(ServerError):
        client.meter_detail(EAN)

    assert len(crm_server.seen("GET", DETAIL_PATH)) == 1


def test_a_crm_error_is_not_retried(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", DETAIL_PATH, html(500, "Internal Server Error"), envelope(DETAIL))

    with pytest.raises(ServerError):
        client.meter_detail(EAN)

    assert len(crm_server.seen("GET", DETAIL_PATH)) == 1


def test_a_patch_is_never_retried_after_a_gateway_error(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("PATCH", "/meters/data", html(503, "Service Unavailable"), envelope("success"))

    with pytest.raises(ServerError) as caught:
        client.update_meter_data(UPDATE)

    assert caught.value.http_status == 503
    assert len(crm_server.seen("PATCH", "/meters/data")) == 1


@pytest.mark.parametrize(
    ("path", "send"),
    [
        ("/meters/data", lambda client: client.update_meter_data(UPDATE)),
        ("/meters/data/deactivate", lambda client: client.deactivate_meter(EAN, dt.date(2027, 1, 1))),
        ("/meters/data/delete", lambda client: client.delete_period(9, reopen_previous=True)),
    ],
    ids=["update", "deactivate", "delete"],
)
def test_a_write_is_never_retried_after_a_read_timeout(
    crm_server: ScriptedServer, make_client: ClientFactory, path: str, send: Callable[[CrmClient], None]
) -> None:
    crm_server.on("PATCH", path, Reply(200, b"{}", delay=SLOW), envelope("success"))
    client = make_client(read_timeout=0.3)

    with pytest.raises(NetworkError) as caught:
        send(client)

    assert caught.value.request_may_have_reached_server is True
    assert len(crm_server.seen("PATCH", path)) == 1
