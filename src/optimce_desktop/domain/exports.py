"""What the exports hold, as tables of typed cells (numbers as numbers, dates as dates), with no file format.

A meter's consumption: one row per quarter hour with its **Brussels local** date and time (the CRM's own
download writes the UTC wall time formatted as a date only, so a Belgian day starts on the previous date),
the six series in kWh, and one row per Brussels day with the totals the Consumption tab shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from optimce_desktop.domain.consumption import BRUSSELS, DailyConsumption, daily_totals, days_between
from optimce_desktop.domain.models import ConsumptionSeries

DATE_FORMAT = "dd/mm/yyyy"
TIME_FORMAT = "hh:mm"
KWH_FORMAT = "0.000"


class CellKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    NUMBER = "number"


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT
    width: int = 14


@dataclass
class Table:
    """One sheet: ``rows`` hold str, int, float, ``dt.date``, ``dt.time`` or None (an empty cell)."""

    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ConsumptionHeaders:
    """The translated words of a consumption export (the domain has no translations)."""

    quarter_sheet: str
    days_sheet: str
    date: str
    time: str
    utc_offset: str
    series: tuple[str, str, str, str, str, str]
    """Gross, net, shared, injection gross, injection net, injection shared (kWh)."""
    consumption: str
    from_community: str
    from_grid: str
    injection: str
    to_community: str
    to_grid: str
    note: str
    total: str
    not_saved: str
    no_data: str
    quarters_offline: str


def quarter_hour_table(series: ConsumptionSeries, start: dt.date, end: dt.date,
                       words: ConsumptionHeaders) -> Table:
    """One row per quarter hour of the Brussels days ``start``..``end``: its local date, local time and UTC
    offset (the autumn's repeated hour is told apart by it), then the six series."""
    columns = [Column(words.date, CellKind.DATE, 12), Column(words.time, CellKind.TIME, 8),
               Column(words.utc_offset, CellKind.TEXT, 10),
               *(Column(name, CellKind.NUMBER, 16) for name in words.series)]
    table = Table(words.quarter_sheet, columns)
    values = (series.gross, series.net, series.shared, series.inj_gross, series.inj_net, series.inj_shared)
    for index, instant in enumerate(series.timestamps):
        local = _aware(instant).astimezone(BRUSSELS)
        if not start <= local.date() <= end:
            continue
        table.rows.append([local.date(), local.time().replace(tzinfo=None), offset_text(local),
                           *(float(column[index]) for column in values)])
    return table


def offset_text(local: dt.datetime) -> str:
    offset = local.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    totals: DailyConsumption | None
    """None: no figures for this day."""
    gross: float | None = None
    injected_gross: float | None = None


def day_rows(series: ConsumptionSeries, start: dt.date, end: dt.date) -> list[DayRow]:
    """Every day of the range with its totals, as the Consumption tab sums them (``daily_totals``)."""
    totals = {d.day: d for d in daily_totals(series.timestamps, series.net, series.shared, series.inj_net,
                                             series.inj_shared)}
    gross = {d.day: d for d in daily_totals(series.timestamps, series.gross, series.gross,
                                            series.inj_gross, series.inj_gross)}
    return [DayRow(day, totals.get(day), gross[day].consumed_net if day in gross else None,
                   gross[day].injected_net if day in gross else None)
            for day in days_between(start, end)]


def saved_day_rows(days: Sequence[DailyConsumption], start: dt.date, end: dt.date) -> list[DayRow]:
    """The days saved on this computer (their gross figures were not saved)."""
    by_day = {d.day: d for d in days}
    return [DayRow(day, by_day.get(day)) for day in days_between(start, end)]


def day_table(rows: Sequence[DayRow], words: ConsumptionHeaders, *, from_offline_copy: bool) -> Table:
    """One row per day and a last row of totals; a day without figures says why in the last column."""
    columns = [Column(words.date, CellKind.DATE, 12),
               *(Column(name, CellKind.NUMBER, 18) for name in (
                   words.consumption, words.from_community, words.from_grid, words.injection,
                   words.to_community, words.to_grid, words.series[0], words.series[3])),
               Column(words.note, CellKind.TEXT, 30)]
    table = Table(words.days_sheet, columns)
    sums = [0.0] * 6
    for row in rows:
        day = row.totals
        if day is None:
            why = words.not_saved if from_offline_copy else words.no_data
            table.rows.append([row.day, *([None] * 8), why])
            continue
        figures = [day.consumed, day.consumed_shared, day.consumed_net, day.injected, day.injected_shared,
                   day.injected_net]
        sums = [total + value for total, value in zip(sums, figures, strict=True)]
        table.rows.append([row.day, *figures, row.gross, row.injected_gross, None])
    table.rows.append([words.total, *sums, None, None, None])
    return table


def missing_days(rows: Sequence[DayRow]) -> list[dt.date]:
    return [row.day for row in rows if row.totals is None]


def offline_quarter_table(words: ConsumptionHeaders) -> Table:
    """The quarter-hour sheet of an export made from the offline copy, which keeps days only."""
    return Table(words.quarter_sheet, [Column(words.note, CellKind.TEXT, 90)], [[words.quarters_offline]])


def _aware(instant: dt.datetime) -> dt.datetime:
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)
