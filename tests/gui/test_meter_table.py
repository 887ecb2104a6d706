"""The meters table model: Qt's model tester, search, filters, sort, progressive fill, details."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.models import MeterDetail, MeterListItem
from optimce_desktop.gui.meter_rows import Column, MeterRow, SearchField
from optimce_desktop.gui.meter_table import EanRole, MeterProxyModel, MeterTableModel, StatusRole
from tests.support.recordings import response_data

STREETS = ["Rue de la Station", "Quai de la Batte", "Chaussée de Liège", "Place Saint-Lambert"]
CITIES = [("4000", "Liège"), ("5000", "Namur"), ("4020", "Liège"), ("1348", "Louvain-la-Neuve")]


def _item(i: int, status: int = 1) -> MeterRow:
    postcode, city = CITIES[i % len(CITIES)]
    return _row({
        "EAN": f"54144800000{i:07d}", "meter_number": f"MTR-{i:04d}", "status": status,
        "start_date": f"2026-{1 + i % 12:02d}-01",
        "address": {"street": STREETS[i % len(STREETS)], "number": i, "postcode": postcode, "city": city,
                    "supplement": "bte 2" if i % 5 == 0 else None},
    })


def _row(data: dict) -> MeterRow:
    return MeterRow.from_item(MeterListItem.model_validate(data))


def _items(n: int) -> list[MeterRow]:
    return [_item(i, status=1 + i % 4) for i in range(n)]


@pytest.fixture
def models(qtbot):
    source = MeterTableModel()
    proxy = MeterProxyModel()
    proxy.setSourceModel(source)
    return source, proxy


def _column(proxy: MeterProxyModel, column: Column) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_model_tester_empty_partial_full_filtered(qtmodeltester, models):
    source, proxy = models
    qtmodeltester.check(source)
    source.merge_rows(_items(40))
    qtmodeltester.check(source)
    qtmodeltester.check(proxy)
    source.merge_rows([_item(i, 1 + i % 4) for i in range(40, 200)])
    qtmodeltester.check(proxy)
    proxy.set_query("namur", SearchField.ADDRESS, None)
    qtmodeltester.check(proxy)
    proxy.sort(Column.HOLDER, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_cells_read_as_the_operator_expects(models):
    source, proxy = models
    source.merge_rows([_item(5)])
    assert proxy.index(0, Column.ADDRESS).data() == "Quai de la Batte 5, bte 2\n5000 Namur"
    assert proxy.index(0, Column.EAN).data() == "541448000000000005"
    assert proxy.index(0, Column.STATUS).data() == "Active"
    assert proxy.index(0, Column.STATUS).data(StatusRole) == 1
    assert proxy.index(0, Column.START_DATE).data() == "01/06/2026"
    # the list has no holder: it shows as still loading until the detail arrives
    assert proxy.index(0, Column.HOLDER).data() == "…"
    assert proxy.index(0, Column.EAN).data(EanRole) == "541448000000000005"


def test_search_is_case_and_accent_insensitive_per_field(models):
    source, proxy = models
    source.merge_rows(_items(20))
    proxy.set_query("LIEGE", SearchField.ADDRESS, None)
    assert proxy.rowCount() == 10  # Liège 4000 and 4020 and Chaussée de Liège rows
    assert all("Liège" in text for text in _column(proxy, Column.ADDRESS))
    proxy.set_query("mtr-0007", SearchField.METER_NUMBER, None)
    assert _column(proxy, Column.METER_NUMBER) == ["MTR-0007"]
    proxy.set_query("mtr-0007", SearchField.EAN, None)
    assert proxy.rowCount() == 0
    proxy.set_query("0000000012", SearchField.ANY, None)
    assert _column(proxy, Column.EAN) == ["541448000000000012"]


def test_filters_combine(models):
    source, proxy = models
    source.merge_rows(_items(40))
    proxy.set_query("liege", SearchField.ADDRESS, None)
    statuses = {proxy.index(r, Column.STATUS).data(StatusRole) for r in range(proxy.rowCount())}
    assert statuses == {1, 3}
    proxy.set_query("liege", SearchField.ADDRESS, MeterStatus.WAITING_GRD)
    statuses = {proxy.index(r, Column.STATUS).data(StatusRole) for r in range(proxy.rowCount())}
    assert statuses == {3} and proxy.rowCount() == 10
    assert all("Liège" in text for text in _column(proxy, Column.ADDRESS))
    proxy.set_query("", SearchField.ANY, None)
    assert proxy.rowCount() == 40


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_both_ways(models, column):
    source, proxy = models
    source.merge_rows(_items(30))
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    ascending = [proxy.ean_at(r) for r in range(proxy.rowCount())]
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    descending = [proxy.ean_at(r) for r in range(proxy.rowCount())]
    assert sorted(ascending) == sorted(descending) and len(ascending) == 30
    if column in (Column.EAN, Column.METER_NUMBER):
        assert ascending == sorted(ascending) and descending == ascending[::-1]


def test_sort_by_start_date_is_chronological(models):
    source, proxy = models
    source.merge_rows(_items(24))
    proxy.sort(Column.START_DATE, Qt.SortOrder.AscendingOrder)
    dates = [dt.datetime.strptime(text, "%d/%m/%Y") for text in _column(proxy, Column.START_DATE)]
    assert dates == sorted(dates)


def test_selection_follows_its_meter_through_sort_and_new_pages(qtbot, models):
    source, proxy = models
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    source.merge_rows(_items(30))
    view.selectionModel().setCurrentIndex(
        proxy.index(proxy.row_of("541448000000000007"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    proxy.sort(Column.EAN, Qt.SortOrder.DescendingOrder)
    current = view.selectionModel().currentIndex()
    assert proxy.ean_at(current.row()) == "541448000000000007"
    source.merge_rows([_item(i) for i in range(30, 60)])  # a new page while sorted
    current = view.selectionModel().currentIndex()
    assert proxy.ean_at(current.row()) == "541448000000000007"
    assert proxy.rowCount() == 60


def test_pages_update_known_rows_in_place_and_removed_meters_go(models):
    source, proxy = models
    source.merge_rows(_items(10))
    changed = _item(3, status=2)
    source.merge_rows([changed])
    assert proxy.rowCount() == 10
    assert proxy.index(proxy.row_of(changed.ean), Column.STATUS).data() == "Inactive"
    source.keep_only({row.ean for row in _items(10)[:8]})
    assert proxy.rowCount() == 8 and source.total_count == 8


def test_details_fill_holder_and_sharing_operation(qtbot, models):
    source, proxy = models
    data = dict(response_data("D1"))
    data["meter_data"] = dict(data["meter_data"], sharing_operation={"id": 1, "name": "Soleil partagé"})
    detail = MeterDetail.model_validate(data)
    source.merge_rows([_row(response_data("C1")[0])])
    with qtbot.waitSignal(source.dataChanged):
        source.apply_detail(detail)
    assert proxy.index(0, Column.HOLDER).data() == "Dupont"
    assert proxy.index(0, Column.SHARING_OPERATION).data() == "Soleil partagé"
    proxy.set_query("dupont", SearchField.HOLDER, None)
    assert proxy.rowCount() == 1
    # a detail without holder shows "--", no longer "…"
    source.merge_rows([_row(response_data("C1")[2])])
    source.apply_detail(MeterDetail.model_validate(response_data("D3")))
    proxy.set_query("", SearchField.ANY, None)
    row = proxy.row_of("541448000000000035")
    assert proxy.index(row, Column.HOLDER).data() == "--"


def test_unknown_status_is_shown_not_crashed(models):
    source, proxy = models
    source.merge_rows([_item(1, status=9)])
    assert proxy.index(0, Column.STATUS).data() == "Unknown (9)"


class _Cycle:
    """An object in a reference cycle: only the cyclic garbage collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_loading_rows_freezes_no_garbage_and_clearing_them_unfreezes(models):
    """A load freezes its rows out of the garbage collector's walks, but no garbage made before it (a
    finished request's objects) for good; objects in use meanwhile (a request in flight on a worker) are
    freed once they are dropped and the rows go (a community switch)."""
    model, _ = models
    garbage, in_use = _Cycle(), _Cycle()
    garbage_ref, in_use_ref = weakref.ref(garbage), weakref.ref(in_use)
    del garbage
    for start in range(0, 3000, 1000):
        model.merge_rows([_item(i) for i in range(start, start + 1000)])
    assert model.total_count == 3000 and gc.get_freeze_count() > 3000
    gc.collect()
    assert garbage_ref() is None
    del in_use
    model.clear()
    gc.collect()
    assert in_use_ref() is None and gc.get_freeze_count() == 0


def _brute_force(rows: list[MeterRow], text: str, field: SearchField, status: MeterStatus | None) -> set[str]:
    from optimce_desktop.domain.text import fold

    needle = fold(text.strip())
    return {r.ean for r in rows if (status is None or r.status == status) and needle in r.keys[field]}


@pytest.mark.parametrize("status", [None, MeterStatus.ACTIVE])
def test_typing_narrows_the_search_to_exactly_the_rows_a_full_search_finds(models, status):
    source, proxy = models
    rows = _items(300)
    source.merge_rows(rows)
    proxy.sort(Column.ADDRESS, Qt.SortOrder.DescendingOrder)
    for text in ("l", "li", "lie", "lieg", "liège 2", "liège", "q", "qu"):
        proxy.set_query(text, SearchField.ANY, status)
        shown = [proxy.ean_at(row) for row in range(proxy.rowCount())]
        assert set(shown) == _brute_force(rows, text, SearchField.ANY, status), text
        fresh = MeterTableModel()  # the same search at once, in a new table: same rows, same order
        fresh.merge_rows(_items(300))
        fresh.sort(Column.ADDRESS, Qt.SortOrder.DescendingOrder)
        fresh.set_query(text, SearchField.ANY, status)
        assert shown == [fresh.ean_at(row) for row in range(fresh.visible_count)], text


@pytest.mark.parametrize("sorted_by", [None, Column.EAN])
def test_a_holder_read_while_searching_is_found_at_the_next_keystroke(models, sorted_by):
    source, proxy = models
    source.merge_rows([_row(item) for item in response_data("C1")])
    if sorted_by is not None:
        proxy.sort(sorted_by)
    proxy.set_query("d", SearchField.HOLDER, None)
    assert proxy.rowCount() == 0  # no holder is known yet
    source.apply_detail(MeterDetail.model_validate(response_data("D1")))  # Dupont
    proxy.set_query("du", SearchField.HOLDER, None)
    assert [proxy.ean_at(row) for row in range(proxy.rowCount())] == [response_data("D1")["EAN"]]
