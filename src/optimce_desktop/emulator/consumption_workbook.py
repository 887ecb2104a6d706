"""The CRM's own consumption download (``GET /meters/{EAN}/consumptions/download``), as recorded (S1-S10).

One sheet, "Consommations" in every language, the English header, then one row per quarter hour. The
timestamp cells hold the UTC wall time without a zone, formatted as a date only: a Belgian day's first
quarter shows as the day before. The desktop app writes its own export instead (Brussels local time).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from optimce_desktop.emulator import wire

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_NAME = "Consommations"
HEADER = ("Timestamp", "Gross", "Net", "Shared", "Injection Gross", "Injection Net", "Injection Shared")
SERIES = ("gross", "net", "shared", "inj_gross", "inj_net", "inj_shared")
FILE_NAMES = {"fr": "consommations.xlsx", "nl": "verbruiksgegevens.xlsx", "de": "verbrauchsdaten.xlsx"}
"""By ``Accept-Language``; English (and anything else) is ``consumptions.xlsx``. The German name is ours."""


def file_name(language: str) -> str:
    return FILE_NAMES.get(language, "consumptions.xlsx")


def workbook_bytes(series: Mapping[str, Sequence[Any]]) -> bytes:
    """The xlsx file of a ``/consumptions`` series (its timestamps as ISO UTC texts)."""
    from openpyxl import Workbook  # loaded by the download route only

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_NAME
    sheet.append(list(HEADER))
    for index, stamp in enumerate(series["timestamps"]):
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=None)
        sheet.append([moment, *(wire.number(series[name][index]) for name in SERIES)])
        sheet.cell(row=index + 2, column=1).number_format = "yyyy-mm-dd"
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
