"""Fixtures of the CRM client tests: a scripted loopback server and clients pointed at it."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from optimce_desktop.crm import CrmClient
from tests.crm.scripted_server import ScriptedServer

COMMUNITY_ID = "c0ffee00-0000-4000-8000-000000000001"
TOKEN = "token-one"


@pytest.fixture
def crm_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    yield server
    server.stop()
    assert not server.handler_errors, f"the scripted server failed: {server.handler_errors!r}"


ClientFactory = Callable[..., CrmClient]


@pytest.fixture(scope="session")
def shared_tls_context() -> ssl.SSLContext:
    """Loading the CA bundle takes ~40 ms per client; the tests' clients share one context."""
    return ssl.create_default_context()


@pytest.fixture
def make_client(crm_server: ScriptedServer, shared_tls_context: ssl.SSLContext) -> Iterator[ClientFactory]:
    """Builds clients for the scripted server: fast retries and a short read timeout unless overridden."""
    clients: list[CrmClient] = []

    def make(**overrides: Any) -> CrmClient:
        settings: dict[str, Any] = {
            "token_provider": lambda: TOKEN,
            "community_id": COMMUNITY_ID,
            "language": "en",
            "read_timeout": 2.0,
            "get_retry_delays": (0.01, 0.01),
            "verify": shared_tls_context,
            **overrides,
        }
        base_url = settings.pop("base_url", crm_server.base_url)
        client = CrmClient(base_url, **settings)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> CrmClient:
    return make_client()
