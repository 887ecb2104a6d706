"""The meter list as the table shows it: rows, their search keys, how they match a search and sort.

Plain Python so that it can be tested and timed without a window. Each row carries its search keys folded
once (see ``MeterRow.rebuild_keys``), so that a search is a substring test per row run by C loops
(``matching``), not one Python call per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from itertools import compress, repeat
from operator import attrgetter, contains, eq
from typing import TYPE_CHECKING, NamedTuple

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import NOT_ACTIVE_YET, is_not_active_yet, listed_period
from optimce_desktop.domain.text import fold

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.cache.meters import SavedRow
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
    # the search keys, folded (see rebuild_keys); the EAN is its own key
    meter_number_key: str = ""
    address_key: str = ""
    holder_key: str = ""
    any_key: str = ""

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

    @classmethod
    def from_saved(cls, saved: SavedRow) -> MeterRow:
        """A row from the offline copy (made on a worker, like ``from_item``)."""
        row = cls(
            ean=saved.ean,
            meter_number=saved.meter_number,
            status=MeterStatus(saved.status),
            start_date=saved.start_date,
            address_line=saved.address_line,
            address_place=saved.address_place,
            holder=saved.holder,
            sharing_operation=saved.sharing_operation,
            details_known=saved.details_known,
        )
        row.rebuild_keys()
        return row

    def rebuild_keys(self) -> None:
        self.meter_number_key = fold(self.meter_number)
        self.address_key = fold(f"{self.address_line} {self.address_place}")
        self.holder_key = fold(self.holder or "")
        self.any_key = "\x1f".join((self.ean, self.meter_number_key, self.address_key, self.holder_key,
                                    fold(self.sharing_operation or "")))

    def key(self, field: SearchField) -> str:
        """What a search on ``field`` looks in."""
        return _KEY_OF[field](self)

    def update_from(self, other: MeterRow) -> bool:
        """Takes a fresher list row (holder and sharing operation stay: the list lacks them; so does the
        status of a meter not active yet, which the list calls inactive without dates)."""
        status, start = other.status, other.start_date
        if start is None and is_not_active_yet(self.start_date, dt.date.today()):
            status, start = self.status, self.start_date
        fresh = (other.meter_number, status, start, other.address_line, other.address_place)
        if fresh == (self.meter_number, self.status, self.start_date, self.address_line, self.address_place):
            return False
        (self.meter_number, self.status, self.start_date, self.address_line, self.address_place) = fresh
        self.rebuild_keys()
        return True

    def absorb_detail(self, detail: MeterDetail) -> bool:
        """Takes what only the detail knows (holder, sharing operation, current status), and what a later
        read of the meter says of its number and address (a modified meter); True if changed."""
        current = detail.meter_data
        before = (self.holder, self.sharing_operation, self.status, self.start_date, self.details_known,
                  self.meter_number, self.address_line, self.address_place)
        self.holder = detail.holder.name if detail.holder else None
        self.sharing_operation = (current.sharing_operation.name
                                  if current and current.sharing_operation else None)
        shown = listed_period(detail)  # a meter not active yet shows the period it starts with
        if shown is not None:
            self.status, self.start_date = shown.status, shown.start_date
        self.meter_number = detail.meter_number
        self.address_line, self.address_place = detail.address.first_line, detail.address.second_line
        self.details_known = True
        changed = before != (self.holder, self.sharing_operation, self.status, self.start_date, True,
                             self.meter_number, self.address_line, self.address_place)
        if changed:
            self.rebuild_keys()
        return changed


_KEY_OF: dict[SearchField, Callable[[MeterRow], str]] = {
    SearchField.ANY: attrgetter("any_key"),
    SearchField.EAN: attrgetter("ean"),
    SearchField.METER_NUMBER: attrgetter("meter_number_key"),
    SearchField.ADDRESS: attrgetter("address_key"),
    SearchField.HOLDER: attrgetter("holder_key"),
}
_STATUS_OF = attrgetter("status")
_START_OF = attrgetter("start_date")


def _starts_after(start: dt.date | None, today: dt.date) -> bool:
    return start is not None and start > today


def _starts_by(start: dt.date | None, today: dt.date) -> bool:
    return start is None or start <= today


def sort_key(column: Column) -> Callable[[MeterRow], object]:
    match column:
        case Column.ADDRESS:
            return lambda r: (fold(r.address_place), fold(r.address_line))
        case Column.EAN:
            return lambda r: r.ean
        case Column.METER_NUMBER:
            return lambda r: r.meter_number_key
        case Column.HOLDER:
            return lambda r: (r.holder is None, r.holder_key)
        case Column.STATUS:
            today = dt.date.today()
            return lambda r: NOT_ACTIVE_YET if is_not_active_yet(r.start_date, today) else int(r.status)
        case Column.SHARING_OPERATION:
            return lambda r: (r.sharing_operation is None, fold(r.sharing_operation or ""))
        case Column.START_DATE:
            return lambda r: (r.start_date is None, r.start_date or dt.date.min)
        case Column.PLACE:
            return lambda r: (fold(r.address_place), fold(r.address_line))
    raise ValueError(column)


class Search(NamedTuple):
    """A search as it is matched: the text folded, the field it looks in, the status asked (None: any; a
    ``MeterStatus`` or ``NOT_ACTIVE_YET``, as rows read on ``today``, see ``shown_status``)."""

    needle: str
    field: SearchField
    status: int | None
    today: dt.date

    def covers(self, other: Search) -> bool:
        """Whether every row that matches ``other`` matches this search too (a shorter text, say)."""
        return (self.field == other.field and self.needle in other.needle and self.today == other.today
                and self.status in (None, other.status))


def matching(rows: list[MeterRow], search: Search) -> list[MeterRow]:
    """The rows that match ``search``, in their order: C loops over the keys, no Python call per row
    (at 50,000 rows, a few milliseconds a keystroke instead of some twenty)."""
    needle, field, status, today = search
    found = rows
    if status == NOT_ACTIVE_YET:
        found = list(compress(found, map(_starts_after, map(_START_OF, found), repeat(today))))
    elif status is not None:
        found = list(compress(found, map(eq, map(_STATUS_OF, found), repeat(status))))
        found = list(compress(found, map(_starts_by, map(_START_OF, found), repeat(today))))
    if needle:
        found = list(compress(found, map(contains, map(_KEY_OF[field], found), repeat(needle))))
    return found if found is not rows else list(rows)


@dataclass
class RowQuery:
    text: str = ""
    field: SearchField = SearchField.ANY
    status: int | None = None
    """A ``MeterStatus`` or ``NOT_ACTIVE_YET`` (see ``Search``)."""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and self.status is None

    @property
    def search(self) -> Search:
        return Search(fold(self.text.strip()), self.field, self.status, dt.date.today())
