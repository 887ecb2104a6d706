"""Database rows rendered as the real server's JSON, quirks included.

Quirks kept on purpose: ``futur_meter_data``, the output name ``totalGenerating_capacity``, null numbers as 0
and null texts as "", list items without holder or sharing operation, a meter with no period in effect
listed as INACTIVE without dates.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Sequence
from typing import Any

from optimce_desktop.domain.enums import MeterStatus


def number(value: float | int | None) -> int | float:
    """A JSON number as JavaScript prints it: 5.0 becomes 5, None becomes 0."""
    if value is None:
        return 0
    if isinstance(value, float) and value.is_integer() and math.isfinite(value):
        return int(value)
    return value


def pagination(page: int, limit: int, total: int) -> dict[str, int]:
    return {"page": page, "limit": limit, "total": total, "total_pages": math.ceil(total / limit)}


def address(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "city": row["city"],
        "number": row["number"],
        "street": row["street"],
        "postcode": row["postcode"],
        "supplement": row["supplement"],
        "id": row["address_id"],
    }


def member_ref(member_id: int, name: str, member_type: int, status: int) -> dict[str, Any]:
    return {"member_type": member_type, "status": status, "name": name, "id": member_id}


def member_list_item(row: sqlite3.Row) -> dict[str, Any]:
    return member_ref(row["id"], row["name"], row["member_type"], row["status"])


def meter_list_item(row: sqlite3.Row) -> dict[str, Any]:
    item: dict[str, Any] = {"EAN": row["ean"], "meter_number": row["meter_number"] or ""}
    if row["status"] is None:
        item["status"] = int(MeterStatus.INACTIVE)
    else:
        item["status"] = row["status"]
        item["start_date"] = row["start_date"]
        if row["end_date"]:
            item["end_date"] = row["end_date"]
    item["address"] = address(row)
    return item


def period(row: sqlite3.Row) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row["id"],
        "description": row["description"] or "",
        "sampling_power": number(row["sampling_power"]),
        "status": row["status"],
        "amperage": number(row["amperage"]),
        "rate": row["rate"],
        "client_type": row["client_type"],
        "start_date": row["start_date"],
    }
    if row["end_date"]:
        out["end_date"] = row["end_date"]
    out["injection_status"] = row["injection_status"]
    out["production_chain"] = row["production_chain"]
    out["totalGenerating_capacity"] = number(row["total_generating_capacity"])
    if row["member_id"] is not None:
        out["member"] = member_ref(
            row["member_id"], row["member_name"], row["member_type"], row["member_status"]
        )
    out["grd"] = row["grd"] or ""
    if row["sharing_operation_id"] is not None:
        out["sharing_operation"] = {
            "id": row["sharing_operation_id"],
            "name": row["sharing_operation_name"],
            "type": row["sharing_operation_type"],
            "municipalities": [],
        }
    return out


def meter_detail(meter: sqlite3.Row, periods: Sequence[sqlite3.Row], today: dt.date) -> dict[str, Any]:
    """The detail with periods split by ``today``: future (start after today), history (ended before
    today), current (the rest; should two cover today, the later-starting one), each latest start first."""
    day = today.isoformat()
    future, history, current = [], [], None
    for row in periods:  # already sorted by start date, latest first
        if row["start_date"] > day:
            future.append(row)
        elif (row["end_date"] and row["end_date"] < day) or current is not None:
            history.append(row)
        else:
            current = row
    detail: dict[str, Any] = {
        "EAN": meter["ean"],
        "meter_number": meter["meter_number"] or "",
        "address": address(meter),
    }
    if current is not None and current["member_id"] is not None:
        detail["holder"] = member_ref(
            current["member_id"], current["member_name"], current["member_type"], current["member_status"]
        )
    detail.update(
        tarif_group=meter["tarif_group"],
        phases_number=meter["phases_number"],
        reading_frequency=meter["reading_frequency"],
    )
    if current is not None:
        detail["meter_data"] = period(current)
    detail["meter_data_history"] = [period(row) for row in history]
    detail["futur_meter_data"] = [period(row) for row in future]
    return detail
