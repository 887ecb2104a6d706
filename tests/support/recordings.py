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
