"""The meter list as the table shows it: rows, their search keys, filtering and ordering.

Plain Python so that it can be tested and timed without a window, and so that filtering 50,000 rows is a
list comprehension over precomputed keys instead of one Python call per row from Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.text import fold

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail, MeterListItem


class Column(IntEnum):
    ADDRESS = 0
    EAN = 1
    METER_NUMBER = 2
    HOLDER = 3
    STATUS = 4
    SHARING_OPERATION = 5
    START_DATE = 6
    PLACE = 7
    """Postcode and town, a column of its own when rows are compact (the address is then one line)."""


class SearchField(IntEnum):
    ANY = 0
    EAN = 1
    METER_NUMBER = 2
    ADDRESS = 3
    HOLDER = 4


@dataclass(slots=True, eq=False)
class MeterRow:
    ean: str
    meter_number: str
    status: MeterStatus
    start_date: dt.date | None
    address_line: str
    address_place: str
    holder: str | None = None
    sharing_operation: str | None = None
    details_known: bool = False
    keys: dict[SearchField, str] = field(default_factory=dict)

    @classmethod
    def from_item(cls, item: MeterListItem) -> MeterRow:
        row = cls(
            ean=item.EAN,
            meter_number=item.meter_number,
            status=item.status,
            start_date=item.start_date,
            address_line=item.address.first_line,
            address_place=item.address.second_line,
            holder=item.holder.name if item.holder else None,
            sharing_operation=item.sharing_operation.name if item.sharing_operation else None,
        )
        row.rebuild_keys()
        return row

    def rebuild_keys(self) -> None:
        keys = {
            SearchField.EAN: self.ean,
            SearchField.METER_NUMBER: fold(self.meter_number),
            SearchField.ADDRESS: fold(f"{self.address_line} {self.address_place}"),
            SearchField.HOLDER: fold(self.holder or ""),
        }
        keys[SearchField.ANY] = "\x1f".join(
            (*keys.values(), fold(self.sharing_operation or "")))
        self.keys = keys

    def update_from(self, other: MeterRow) -> bool:
        """Takes a fresher list row (holder and sharing operation stay: the list lacks them)."""
        fresh = (other.meter_number, other.status, other.start_date, other.address_line, other.address_place)
        if fresh == (self.meter_number, self.status, self.start_date, self.address_line, self.address_place):
            return False
        (self.meter_number, self.status, self.start_date, self.address_line, self.address_place) = fresh
        self.rebuild_keys()
        return True

    def absorb_detail(self, detail: MeterDetail) -> bool:
        """Takes what only the detail knows (holder, sharing operation, current status); True if changed."""
        current = detail.meter_data
        before = (self.holder, self.sharing_operation, self.status, self.start_date, self.details_known)
        self.holder = detail.holder.name if detail.holder else None
        self.sharing_operation = (current.sharing_operation.name
                                  if current and current.sharing_operation else None)
        if current is not None:
            self.status, self.start_date = current.status, current.start_date
        self.details_known = True
        changed = before != (self.holder, self.sharing_operation, self.status, self.start_date, True)
        if changed:
            self.rebuild_keys()
        return changed


def _sort_key(column: Column) -> Callable[[MeterRow], object]:
    match column:
        case Column.ADDRESS:
            return lambda r: (fold(r.address_place), fold(r.address_line))
        case Column.EAN:
            return lambda r: r.ean
        case Column.METER_NUMBER:
            return lambda r: r.keys[SearchField.METER_NUMBER]
        case Column.HOLDER:
            return lambda r: (r.holder is None, r.keys[SearchField.HOLDER])
        case Column.STATUS:
            return lambda r: int(r.status)
        case Column.SHARING_OPERATION:
            return lambda r: (r.sharing_operation is None, fold(r.sharing_operation or ""))
        case Column.START_DATE:
            return lambda r: (r.start_date is None, r.start_date or dt.date.min)
        case Column.PLACE:
            return lambda r: (fold(r.address_place), fold(r.address_line))
    raise ValueError(column)


@dataclass
class RowQuery:
    text: str = ""
    field: SearchField = SearchField.ANY
    status: MeterStatus | None = None

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and self.status is None

    def matches(self, row: MeterRow) -> bool:
        needle = fold(self.text.strip())
        if self.status is not None and row.status != self.status:
            return False
        return not needle or needle in row.keys[self.field]


class MeterRowSet:
    """All rows of a community, and the visible ones in display order."""

    def __init__(self) -> None:
        self.all: list[MeterRow] = []
        self.by_ean: dict[str, MeterRow] = {}
        self.visible: list[MeterRow] = []
        self.query = RowQuery()
        self.sort_column: Column | None = None
        self.descending = False
        self._filtered_for: tuple[str, SearchField, MeterStatus | None] | None = None
        """The (folded text, field, status) ``visible`` was last filtered for; None: filter every row."""
        self._changed: dict[str, MeterRow] = {}
        """Rows added or changed since: they may match a search that the rows shown then did not."""

    def clear(self) -> None:
        self.all, self.by_ean, self.visible = [], {}, []
        self._filtered_for = None

    def rows_changed(self, rows: Iterable[MeterRow]) -> None:
        for row in rows:
            self._changed[row.ean] = row

    def merge(self, fresh_rows: Iterable[MeterRow]) -> tuple[list[MeterRow], list[MeterRow]]:
        """Takes rows of the server's list: returns (known rows updated in place, new rows)."""
        updated, added = [], []
        for fresh in fresh_rows:
            row = self.by_ean.get(fresh.ean)
            if row is None:
                self.all.append(fresh)
                self.by_ean[fresh.ean] = fresh
                added.append(fresh)
            elif row.update_from(fresh):
                updated.append(row)
        self.rows_changed(updated)
        self.rows_changed(added)
        return updated, added

    def remove_missing(self, present: set[str]) -> list[MeterRow]:
        """Drops the rows of meters the server no longer lists; returns them."""
        gone = [row for row in self.all if row.ean not in present]
        if gone:
            self.all = [row for row in self.all if row.ean in present]
            for row in gone:
                del self.by_ean[row.ean]
            self._filtered_for = None
        return gone

    def refilter(self) -> None:
        query = self.query
        needle, status, field_ = fold(query.text.strip()), query.status, query.field
        before, self._filtered_for = self._filtered_for, (needle, field_, status)
        changed, self._changed = self._changed, {}

        def matches(row: MeterRow) -> bool:
            return (status is None or row.status == status) and needle in row.keys[field_]

        if before is not None and before[1:] == (field_, status) and before[0] in needle:
            # A longer text of the same search (a keystroke): only the rows shown, and those changed since,
            # can match; the rows shown are in display order already.
            shown = {row.ean for row in self.visible} if changed else set()
            extra = [row for row in changed.values() if row.ean not in shown and matches(row)]
            if not extra or self.sort_column is not None:
                self.visible = [row for row in self.visible if matches(row)] + extra
                if extra:
                    self.resort()
                return
        self.visible = list(self.all) if query.is_empty else [row for row in self.all if matches(row)]
        self.resort()

    def all_in_display_order(self) -> list[MeterRow]:
        rows = list(self.all)
        if self.sort_column is not None:
            rows.sort(key=_sort_key(self.sort_column), reverse=self.descending)
        return rows

    def resort(self) -> None:
        if self.sort_column is not None:
            self.visible.sort(key=_sort_key(self.sort_column), reverse=self.descending)
