"""Access to the exchanges recorded from the real CRM (the shared reference file)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

RECORDINGS = Path(__file__).resolve().parents[1] / "data" / "recorded-exchanges.json"


@cache
def exchanges() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(RECORDINGS.read_text(encoding="utf-8"))["exchanges"])


def exchange(exchange_id: str) -> dict[str, Any]:
    return next(e for e in exchanges() if e["id"] == exchange_id)


def response_data(exchange_id: str) -> Any:
    return exchange(exchange_id)["response"]["body"]["data"]


WRITE_RECORDINGS = RECORDINGS.with_name("recorded-exchanges-write-routes.json")


@cache
def write_exchanges() -> tuple[dict[str, Any], ...]:
    """The exchanges of the write routes (create, modify, deactivate, delete, download, text handling)."""
    return tuple(json.loads(WRITE_RECORDINGS.read_text(encoding="utf-8"))["exchanges"])


def write_exchange(exchange_id: str) -> dict[str, Any]:
    return next(e for e in write_exchanges() if e["id"] == exchange_id)
