"""Replays the recorded write-route exchanges of the real CRM against an emulator seeded with the recording's
data, a fresh one for each series (the recording reset its data before each).

Unlike ``test_contract``, answers must be the recorded ones verbatim: status, content type and body, messages
and generated ids included. Downloads (S) are recorded as a summary of the xlsx file read with openpyxl: the
file is summarised the same way and compared, except its consumption values (the emulator computes them from
the EAN, the recording's seed had its own) and, for the download without dates, how many days it holds.
"""

from __future__ import annotations

import datetime as dt
import io
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
from tests.support.recordings import WRITE_RECORDINGS as RECORDING  # the copy in tests/data

SERIES = ("M", "P", "Q", "R", "S", "T", "U", "V", "W", "X")
"""Create (M) and modify (P) a meter, deactivate it (Q), delete a period (R), download consumptions (S), text
handling (T), column and body limits (U), a period ending today (V), LIKE filters (W), delete a meter (X)."""
UNBOUNDED_DOWNLOADS = {"S2"}
"""Downloads of every day the meter has: the emulator's history is three weeks long, the recording's seed had
three days."""

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


def workbook_summary(content: bytes) -> dict[str, Any]:
    """An xlsx file summarised as the recording summarises the CRM's downloads."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(content))
    sheets = {}
    for sheet in book.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        data = rows[1:]
        sheets[sheet.title] = {
            "dimensions": sheet.dimensions,
            "row_count": len(rows),
            "header_row": rows[0],
            "first_3_data_rows": [[_cell_text(v) for v in row] for row in data[:3]],
            "first_3_data_rows_python_types": [[_type_name(v) for v in row] for row in data[:3]],
            "last_data_row": [_cell_text(v) for v in data[-1]],
        }
    return {"summary_of_binary_xlsx": True, "sheet_names": book.sheetnames, "sheets": sheets}


def _cell_text(value: Any) -> Any:
    return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, dt.datetime) else value


def _type_name(value: Any) -> str:
    return "datetime" if isinstance(value, dt.datetime) else type(value).__name__


def without_values(summary: dict[str, Any], *, whole_range: bool) -> dict[str, Any]:
    """The summary with the consumption values left out (and the number of rows, for ``whole_range``)."""
    sheets = {}
    for name, sheet in summary["sheets"].items():
        first_rows = [row[:1] for row in sheet["first_3_data_rows"]]
        first_types = [row[:1] for row in sheet["first_3_data_rows_python_types"]]
        kept = {**sheet, "first_3_data_rows": first_rows, "last_data_row": sheet["last_data_row"][:1],
                "first_3_data_rows_python_types": first_types}
        if whole_range:
            kept = {key: value for key, value in kept.items() if key in ("header_row",)}
            kept["first_hour"] = first_rows[0][0][11:]
            kept["last_hour"] = sheet["last_data_row"][0][11:]
        sheets[name] = kept
    return {**summary, "sheets": sheets}


def download_differences(exchange: dict[str, Any], response: httpx.Response) -> list[str]:
    recorded = exchange["response"]
    problems = []
    if response.headers.get("content-disposition") != recorded["content_disposition"]:
        problems.append(f"content disposition {response.headers.get('content-disposition')}")
    whole_range = exchange["id"] in UNBOUNDED_DOWNLOADS
    got = without_values(workbook_summary(response.content), whole_range=whole_range)
    expected = without_values(recorded["body"], whole_range=whole_range)
    if got != expected:
        problems.append(f"workbook\n  got      {json.dumps(got)}\n  recorded {json.dumps(expected)}")
    return problems


def differences(exchange: dict[str, Any], response: httpx.Response) -> list[str]:
    recorded = exchange["response"]
    problems = []
    if response.status_code != recorded["status"]:
        problems.append(f"status {response.status_code} instead of {recorded['status']}")
    if response.headers.get("content-type") != recorded["content_type"]:
        problems.append(f"content type {response.headers.get('content-type')}")
        return problems
    if isinstance(recorded["body"], dict) and recorded["body"].get("summary_of_binary_xlsx"):
        return problems + download_differences(exchange, response)
    if isinstance(recorded["body"], str):
        if response.text.rstrip("\n") != recorded["body"].rstrip("\n"):
            problems.append(f"body {response.text!r}")
        return problems
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
