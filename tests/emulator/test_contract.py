"""Replays every recorded exchange of the real CRM against an emulator seeded with the recording's data.

Each answer must have the recorded HTTP status, content type, error code and body shape (keys and value
types, recursively). Success bodies must also have the recorded values, except generated consumption values
and the K2 meter's presence in lists (see ``recording.K2_EAN``). Message texts may differ.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimce_desktop.emulator import EmulatorServer, seed_from_spec
from tests.emulator.recording import (
    ACTIVE_COMMUNITY,
    K2_EAN,
    OTHER_COMMUNITY,
    RECORDED_MANAGER,
    RECORDED_MEMBER,
    RECORDING_SPEC,
    RECORDING_TODAY,
)
from tests.support.recordings import RECORDINGS as RECORDING  # the copy in tests/data

GENERATED_VALUES = {"E1", "E2"}  # consumption values are computed by the emulator


@pytest.fixture
def recorded_crm(tmp_path: Path) -> Iterator[EmulatorServer]:
    db_path = tmp_path / "recorded-crm.sqlite3"
    seed_from_spec(db_path, RECORDING_SPEC)
    server = EmulatorServer(db_path, today=RECORDING_TODAY).start()
    try:
        yield server
    finally:
        server.close()


def identity_headers(server: EmulatorServer, identity: str) -> dict[str, str]:
    manager = {"Authorization": f"Bearer {server.token_for(RECORDED_MANAGER)}"}
    if identity.startswith("as the gateway sets it"):
        return {**manager, "X-Community-ID": ACTIVE_COMMUNITY}
    if identity == "no user identity at all":
        return {}
    if identity == "user known but no active community header":
        return manager
    if identity.startswith("active community header names a community the user has no role in"):
        return {**manager, "X-Community-ID": OTHER_COMMUNITY}
    if identity.startswith("user is only a MEMBER"):
        return {
            "Authorization": f"Bearer {server.token_for(RECORDED_MEMBER)}",
            "X-Community-ID": ACTIVE_COMMUNITY,
        }
    raise AssertionError(f"unknown identity in the recording: {identity!r}")


def kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def shape_mismatches(expected: Any, actual: Any, where: str = "$") -> list[str]:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: an object was expected, got {kind(actual)}"]
        if set(expected) != set(actual):
            return [f"{where}: keys {sorted(actual)} instead of {sorted(expected)}"]
        return [m for key in expected for m in shape_mismatches(expected[key], actual[key], f"{where}.{key}")]
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{where}: a list was expected, got {kind(actual)}"]
        if bool(expected) != bool(actual):
            return [f"{where}: {len(actual)} items where the recording has {len(expected)}"]
        return [
            f"{where}[{i}]: matches no recorded item"
            for i, item in enumerate(actual)
            if all(shape_mismatches(model, item) for model in expected)
        ]
    if kind(expected) != kind(actual):
        return [f"{where}: {kind(actual)} instead of {kind(expected)}"]
    return []


def without_k2_meter(body: dict[str, Any], k2_matches: bool) -> dict[str, Any]:
    """A list answer as it would be without the K2 meter (see ``recording.K2_EAN``)."""
    if "pagination" not in body or not k2_matches:
        return body
    pagination = dict(body["pagination"])
    pagination["total"] -= 1
    pagination["total_pages"] = math.ceil(pagination["total"] / pagination["limit"])
    return {
        **body,
        "data": [item for item in body["data"] if item.get("EAN") != K2_EAN],
        "pagination": pagination,
    }


def k2_matches(client: httpx.Client, request: httpx.Request) -> bool:
    """Whether the K2 meter is among all the answers of a list request, on whatever page."""
    if request.url.path != "/meters":
        return False
    everything = client.get(
        request.url.copy_merge_params({"page": 1, "limit": 1000}), headers=request.headers
    )
    return any(item["EAN"] == K2_EAN for item in everything.json()["data"])


def replay(client: httpx.Client, server: EmulatorServer, exchange: dict[str, Any]) -> httpx.Response:
    request = exchange["request"]
    headers = {**request["headers"], **identity_headers(server, request["identity"])}
    body = request["body"]
    content = None if body is None else (body if isinstance(body, str) else json.dumps(body)).encode()
    return client.request(request["method"], request["path"], headers=headers, content=content)


def check(client: httpx.Client, exchange: dict[str, Any], response: httpx.Response) -> list[str]:
    recorded = exchange["response"]
    problems = []
    if response.status_code != recorded["status"]:
        problems.append(
            f"status {response.status_code} instead of {recorded['status']}: {response.text[:200]}"
        )
    if response.headers.get("content-type") != recorded["content_type"]:
        problems.append(
            f"content type {response.headers.get('content-type')} instead of {recorded['content_type']}"
        )
    expected = recorded["body"]
    if isinstance(expected, str):
        if response.text != expected:
            problems.append(f"body {response.text!r} instead of {expected!r}")
        return problems
    actual = response.json()
    if actual.get("error_code") != expected["error_code"]:
        problems.append(f"error_code {actual.get('error_code')} instead of {expected['error_code']}")
    problems += shape_mismatches(expected, actual)
    if expected["error_code"] == 0 and exchange["id"] not in GENERATED_VALUES and not problems:
        comparable = without_k2_meter(actual, k2_matches(client, response.request))
        if comparable != expected:
            problems.append(
                f"values differ:\n  got      {json.dumps(comparable)}\n  recorded {json.dumps(expected)}"
            )
    return problems


def test_every_recorded_exchange_is_answered_as_the_real_crm_did(recorded_crm: EmulatorServer) -> None:
    exchanges = json.loads(RECORDING.read_text(encoding="utf-8"))["exchanges"]
    assert len(exchanges) >= 40
    failures = []
    with httpx.Client(base_url=recorded_crm.base_url, timeout=10) as client:
        for exchange in exchanges:
            problems = check(client, exchange, replay(client, recorded_crm, exchange))
            failures += [f"{exchange['id']}: {problem}" for problem in problems]
    assert not failures, "\n".join(failures)


def test_shape_check_catches_a_missing_key_and_a_wrong_type() -> None:
    recorded = {"data": [{"EAN": "1", "status": 1, "address": {"id": 4}}], "error_code": 0}
    assert (
        shape_mismatches(
            recorded, {"data": [{"EAN": "2", "status": 3, "address": {"id": 9}}], "error_code": 0}
        )
        == []
    )
    assert shape_mismatches(
        recorded, {"data": [{"EAN": "2", "status": "1", "address": {"id": 9}}], "error_code": 0}
    )
    assert shape_mismatches(recorded, {"data": [{"EAN": "2", "status": 1, "address": {}}], "error_code": 0})
    assert shape_mismatches(recorded, {"data": [], "error_code": 0})
