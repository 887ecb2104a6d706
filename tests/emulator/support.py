"""Helpers shared by the emulator tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from optimce_desktop.emulator import TOURNESOLS_AUTH_ID, EmulatorServer


def headers_for(
    server: EmulatorServer, user: str, community: str | None = TOURNESOLS_AUTH_ID
) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {server.token_for(user)}"}
    if community is not None:
        headers["X-Community-ID"] = community
    return headers


def day(today: dt.date, offset: int) -> str:
    return (today + dt.timedelta(days=offset)).isoformat()


def update_body(ean: str, start_date: str, **fields: Any) -> dict[str, Any]:
    """A PATCH /meters/data body: active, single-rate, residential unless told otherwise."""
    return {"EAN": ean, "start_date": start_date, "status": 1, "rate": 1, "client_type": 1, **fields}


def assert_error(response: httpx.Response, status: int, code: int) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert body["error_code"] == code, body
    assert isinstance(body["data"], str) and body["data"]


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["error_code"] == 0, body
    return body["data"]
