"""All the meters of a community and the ones the table shows: what the search finds, in the table's order.

A keystroke must cost a few milliseconds at 50,000 meters. Three things make it so: every row is kept in the
table's order as rows come and change (``DisplayOrder``), so a search filters rows in order instead of sorting
what it found; the last few searches are remembered (``RecentSearches``), so a longer text filters only what a
shorter one found and Backspace finds its rows again; and the rows' positions are looked up only when asked.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import count

from optimce_desktop.gui.meter_rows import Column, MeterRow, RowQuery, Search, matching, sort_key


class DisplayOrder:
    """Every row, in the list's order (the order the rows came in) or sorted on a column, ties in the list's
    order. Each row's sort key is computed when the row comes or changes, not at each sort: putting rows in
    order is then a sort on a dict lookup, and the order kept after a few changes sorts again in about one
    comparison a row."""

    def __init__(self) -> None:
        self.column: Column | None = None
        self.descending = False
        self._rows: list[MeterRow] = []
        self._arrival: dict[MeterRow, int] = {}
        self._arrived = count()
        self._keys: dict[MeterRow, object] = self._arrival
        self._in_order = True

    def add(self, rows: list[MeterRow]) -> None:
        self._arrival.update(zip(rows, self._arrived, strict=False))
        self._rows.extend(rows)
        self.changed(rows)

    def changed(self, rows: Iterable[MeterRow]) -> None:
        """Rows whose values changed: their place in a sorted order may have too."""
        if self.column is None:
            return
        key, arrival = sort_key(self.column), self._arrival
        # ties in the list's order both ways: reverse=True reverses the arrival too, hence its sign
        sign = -1 if self.descending else 1
        self._keys.update((row, (key(row), sign * arrival[row])) for row in rows)
        self._in_order = False

    def remove(self, gone: set[MeterRow]) -> None:
        self._rows = [row for row in self._rows if row not in gone]
        for row in gone:
            del self._arrival[row]
            self._keys.pop(row, None)

    def sort_by(self, column: Column | None, descending: bool) -> None:
        self.column, self.descending = column, descending and column is not None
        self._keys = self._arrival if column is None else {}
        self._in_order = False
        self.changed(self._rows)

    def rows(self) -> list[MeterRow]:
        """Every row, in order. Not to be changed."""
        if not self._in_order:
            self.arrange(self._rows)
            self._in_order = True
        return self._rows

    def arrange(self, rows: list[MeterRow]) -> None:
        """Puts ``rows`` (some of the rows) in order."""
        rows.sort(key=self._keys.__getitem__, reverse=self.descending)


@dataclass
class _Found:
    rows: list[MeterRow]
    """What the search found, in order. Not to be changed."""
    as_of: int
    """The number of row changes noted when it was found."""


class RecentSearches:
    """What the last few searches found. A search that one of them covers (the same with a shorter text, or
    the very same) filters only the rows that one found, and the rows added or changed since it was made,
    which may match now or no longer."""

    KEPT = 16
    CHANGES_NOTED_AT_MOST = 2_000
    """More changes at once (a page of the list) forget the searches: searching everything again is cheaper
    than noting them."""

    def __init__(self) -> None:
        self._found: OrderedDict[Search, _Found] = OrderedDict()
        self._changes: OrderedDict[MeterRow, int] = OrderedDict()
        """The rows changed since the oldest search kept, each with the number of its last change."""
        self._changes_noted = 0

    def forget(self) -> None:
        self._found.clear()
        self._changes.clear()

    def rows_changed(self, rows: list[MeterRow]) -> None:
        if not self._found:
            return
        if len(rows) > self.CHANGES_NOTED_AT_MOST:
            self.forget()
            return
        for row in rows:
            self._changes_noted += 1
            self._changes[row] = self._changes_noted
            self._changes.move_to_end(row)

    def find(self, search: Search, order: DisplayOrder) -> list[MeterRow]:
        """The rows that match ``search`` now, in order (a new list)."""
        base = self._found.get(search) or min(
            (found for earlier, found in self._found.items() if earlier.covers(search)),
            key=lambda found: len(found.rows), default=None)
        if base is None:
            rows = matching(order.rows(), search)
        else:
            changed = self._changed_since(base.as_of)
            rows = base.rows if not changed and search in self._found else matching(base.rows, search)
            if newly_matching := matching(changed, search):
                held = set(rows)
                if extra := [row for row in newly_matching if row not in held]:
                    rows = rows + extra
                    order.arrange(rows)
        self._found[search] = _Found(rows, self._changes_noted)
        self._found.move_to_end(search)
        self._forget_the_oldest()
        return list(rows)

    def _changed_since(self, as_of: int) -> list[MeterRow]:
        changed = []
        for row, number in reversed(self._changes.items()):
            if number <= as_of:
                break
            changed.append(row)
        return changed

    def _forget_the_oldest(self) -> None:
        while len(self._found) > self.KEPT:
            self._found.popitem(last=False)
        oldest = min(found.as_of for found in self._found.values())
        while self._changes and next(iter(self._changes.values())) <= oldest:
            self._changes.popitem(last=False)


class MeterRowSet:
    """All rows of a community, and the visible ones (what the query finds) in the table's order."""

    def __init__(self) -> None:
        self.by_ean: dict[str, MeterRow] = {}
        self.query = RowQuery()
        self._order = DisplayOrder()
        self._searches = RecentSearches()
        self._visible: list[MeterRow] = []
        self._positions: dict[MeterRow, int] | None = None
        self._looked_up = False

    @property
    def visible(self) -> list[MeterRow]:
        """Not to be changed: set it, or ``show_more``."""
        return self._visible

    @visible.setter
    def visible(self, rows: list[MeterRow]) -> None:
        self._visible = rows
        self._positions, self._looked_up = None, False

    @property
    def sort_column(self) -> Column | None:
        return self._order.column

    def clear(self) -> None:
        """No rows; the sort stays (another community's rows come in the order the header shows)."""
        sorted_on, descending = self._order.column, self._order.descending
        self.by_ean = {}
        self._order = DisplayOrder()
        self._order.sort_by(sorted_on, descending)
        self._searches = RecentSearches()
        self.visible = []

    def merge(self, fresh_rows: Iterable[MeterRow]) -> tuple[list[MeterRow], list[MeterRow]]:
        """Takes rows of the server's list: returns (known rows updated in place, new rows)."""
        updated, added = [], []
        for fresh in fresh_rows:
            row = self.by_ean.get(fresh.ean)
            if row is None:
                self.by_ean[fresh.ean] = fresh
                added.append(fresh)
            elif row.update_from(fresh):
                updated.append(row)
        self._order.add(added)
        self.rows_changed(updated)
        self._searches.rows_changed(added)
        return updated, added

    def rows_changed(self, rows: list[MeterRow]) -> None:
        """Rows whose values changed: they may match a search, or sort, differently."""
        self._order.changed(rows)
        self._searches.rows_changed(rows)

    def remove_missing(self, present: set[str]) -> list[MeterRow]:
        """Drops the rows of meters the server no longer lists; returns them."""
        gone = [row for ean, row in self.by_ean.items() if ean not in present]
        if gone:
            for row in gone:
                del self.by_ean[row.ean]
            self._order.remove(set(gone))
            self._searches.forget()
        return gone

    def found(self) -> list[MeterRow]:
        """The rows the query finds now, in the table's order (a new list)."""
        if self.query.is_empty:
            return list(self._order.rows())
        return self._searches.find(self.query.search, self._order)

    def show_more(self, rows: list[MeterRow]) -> None:
        """Shows ``rows`` after the visible ones (call ``arrange_visible`` when sorted)."""
        first = len(self._visible)
        self._visible.extend(rows)
        if self._positions is not None:
            self._positions.update(zip(rows, count(first)))

    def arrange_visible(self) -> None:
        self._order.arrange(self._visible)
        self.visible = self._visible

    def sort(self, column: Column | None, descending: bool) -> None:
        self._order.sort_by(column, descending)
        self._searches.forget()  # what they found is in the former order
        self.arrange_visible()

    def in_display_order(self) -> list[MeterRow]:
        """Every row, the ones not shown included, in the table's order."""
        return list(self._order.rows())

    def position(self, row: MeterRow) -> int | None:
        """Where ``row`` is shown; None when it is not. The first look-up after a change scans the visible
        rows (a C loop); a second one indexes them, as many tend to follow (a page of changed rows)."""
        if self._positions is None:
            if not self._looked_up:
                self._looked_up = True
                try:
                    return self._visible.index(row)
                except ValueError:
                    return None
            self._positions = dict(zip(self._visible, count()))
        return self._positions.get(row)
