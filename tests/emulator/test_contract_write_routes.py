"""Replays the recorded write-route exchanges of the real CRM against an emulator seeded with the recording's
data, a fresh one for each series (the recording reset its data before each).

Unlike ``test_contract``, answers must be the recorded ones verbatim: status, content type and body, messages
and generated ids included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from optimce_desktop.emulator import EmulatorServer, seed_from_spec
from tests.emulator.recording_write_routes import WRITE_ROUTES_SPEC, WRITE_ROUTES_TODAY
from tests.emulator.test_contract import replay

RECORDING = Path("/work/shared/reference/crm-examples/recorded-exchanges-write-routes.json")
SERIES = ("M", "P", "T", "U", "V", "W")
"""Create (M) and modify (P) a meter, text handling (T), column and body limits (U), a period ending today
(V), LIKE filters (W). Not yet replayed: Q, R, S, X (deactivate, period delete, download, meter delete)."""

_ABBREVIATED = re.compile(r"<'(.)' x (\d+)>")


def series(letter: str) -> list[dict[str, Any]]:
    exchanges = json.loads(RECORDING.read_text(encoding="utf-8"))["exchanges"]
    return [e for e in exchanges if re.fullmatch(rf"{letter}\d+", e["id"])]


def as_sent(exchange: dict[str, Any]) -> dict[str, Any]:
    """The exchange with its request body as it was sent: the recording abbreviates long strings
    ("<'D' x 100000>") where the exchange has a note saying so."""
    if "note" not in exchange:
        return exchange

    def expand(value: Any) -> Any:
        if isinstance(value, str) and (match := _ABBREVIATED.fullmatch(value)):
            return match[1] * int(match[2])
        if isinstance(value, dict):
            return {key: expand(item) for key, item in value.items()}
        return value

    return {**exchange, "request": {**exchange["request"], "body": expand(exchange["request"]["body"])}}


@pytest.fixture
def recorded_crm(tmp_path: Path) -> Iterator[EmulatorServer]:
    db_path = tmp_path / "recorded-crm.sqlite3"
    seed_from_spec(db_path, WRITE_ROUTES_SPEC)
    server = EmulatorServer(db_path, today=WRITE_ROUTES_TODAY).start()
    try:
        yield server
    finally:
        server.close()


def differences(exchange: dict[str, Any], response: httpx.Response) -> list[str]:
    recorded = exchange["response"]
    problems = []
    if response.status_code != recorded["status"]:
        problems.append(f"status {response.status_code} instead of {recorded['status']}")
    if response.headers.get("content-type") != recorded["content_type"]:
        problems.append(f"content type {response.headers.get('content-type')}")
    if response.json() != recorded["body"]:
        problems.append(
            f"body\n  got      {response.text[:1500]}\n  recorded {json.dumps(recorded['body'])[:1500]}"
        )
    return problems


@pytest.mark.parametrize("letter", SERIES)
def test_a_series_is_answered_as_the_real_crm_did(recorded_crm: EmulatorServer, letter: str) -> None:
    exchanges = series(letter)
    assert exchanges
    failures = []
    with httpx.Client(base_url=recorded_crm.base_url, timeout=10) as client:
        for exchange in exchanges:
            response = replay(client, recorded_crm, as_sent(exchange))
            failures += [f"{exchange['id']}: {problem}" for problem in differences(exchange, response)]
    assert not failures, "\n".join(failures)
