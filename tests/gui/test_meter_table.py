"""The meters table model: Qt's model tester, search, filters, sort, progressive fill, details; a search
typed, erased and changed while rows come and change finds what a search of everything finds, in order."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import NOT_ACTIVE_YET, shown_status
from optimce_desktop.domain.models import MeterDetail, MeterListItem
from optimce_desktop.domain.text import fold
from optimce_desktop.gui.meter_rows import Column, MeterRow, SearchField, sort_key
from optimce_desktop.gui.meter_table import EanRole, MeterTableModel, StatusRole
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
def model(qtbot):
    return MeterTableModel()


def _column(model: MeterTableModel, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _shown(model: MeterTableModel) -> list[str]:
    return [model.ean_at(row) for row in range(model.rowCount())]


def test_model_tester_empty_partial_full_filtered(qtmodeltester, model):
    qtmodeltester.check(model)
    model.merge_rows(_items(40))
    qtmodeltester.check(model)
    model.merge_rows([_item(i, 1 + i % 4) for i in range(40, 200)])
    qtmodeltester.check(model)
    model.set_query("namur", SearchField.ADDRESS, None)
    qtmodeltester.check(model)
    model.sort(Column.HOLDER, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_cells_read_as_the_operator_expects(model):
    model.merge_rows([_item(5)])
    assert model.index(0, Column.ADDRESS).data() == "Quai de la Batte 5, bte 2\n5000 Namur"
    assert model.index(0, Column.EAN).data() == "541448000000000005"
    assert model.index(0, Column.STATUS).data() == "Active"
    assert model.index(0, Column.STATUS).data(StatusRole) == 1
    assert model.index(0, Column.START_DATE).data() == "01/06/2026"
    # the list has no holder: it shows as still loading until the detail arrives
    assert model.index(0, Column.HOLDER).data() == "…"
    assert model.index(0, Column.EAN).data(EanRole) == "541448000000000005"


def test_search_is_case_and_accent_insensitive_per_field(model):
    model.merge_rows(_items(20))
    model.set_query("LIEGE", SearchField.ADDRESS, None)
    assert model.rowCount() == 10  # Liège 4000 and 4020 and Chaussée de Liège rows
    assert all("Liège" in text for text in _column(model, Column.ADDRESS))
    model.set_query("mtr-0007", SearchField.METER_NUMBER, None)
    assert _column(model, Column.METER_NUMBER) == ["MTR-0007"]
    model.set_query("mtr-0007", SearchField.EAN, None)
    assert model.rowCount() == 0
    model.set_query("0000000012", SearchField.ANY, None)
    assert _column(model, Column.EAN) == ["541448000000000012"]


def test_filters_combine(model):
    model.merge_rows(_items(40))
    model.set_query("liege", SearchField.ADDRESS, None)
    statuses = {model.index(r, Column.STATUS).data(StatusRole) for r in range(model.rowCount())}
    assert statuses == {1, 3}
    model.set_query("liege", SearchField.ADDRESS, MeterStatus.WAITING_GRD)
    statuses = {model.index(r, Column.STATUS).data(StatusRole) for r in range(model.rowCount())}
    assert statuses == {3} and model.rowCount() == 10
    assert all("Liège" in text for text in _column(model, Column.ADDRESS))
    model.set_query("", SearchField.ANY, None)
    assert model.rowCount() == 40


def test_another_status_after_typing_finds_every_row_of_that_status(model):
    rows = _items(40)
    model.merge_rows(rows)
    for text in ("l", "li", "lie"):
        model.set_query(text, SearchField.ADDRESS, MeterStatus.ACTIVE)
    for status in (None, MeterStatus.WAITING_GRD, MeterStatus.ACTIVE):
        model.set_query("lie", SearchField.ADDRESS, status)
        assert set(_shown(model)) == _brute_force(rows, "lie", SearchField.ADDRESS, status), status
        model.set_query("li", SearchField.ADDRESS, status)  # Backspace
        assert set(_shown(model)) == _brute_force(rows, "li", SearchField.ADDRESS, status), status


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_both_ways(model, column):
    model.merge_rows(_items(30))
    model.sort(column, Qt.SortOrder.AscendingOrder)
    ascending = [model.ean_at(r) for r in range(model.rowCount())]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    descending = [model.ean_at(r) for r in range(model.rowCount())]
    assert sorted(ascending) == sorted(descending) and len(ascending) == 30
    if column in (Column.EAN, Column.METER_NUMBER):
        assert ascending == sorted(ascending) and descending == ascending[::-1]
    # rows that sort alike (the same status, say) stay in the list's order, both ways
    assert ascending == _expected(_items(30), "", SearchField.ANY, None, column, descending=False)
    assert descending == _expected(_items(30), "", SearchField.ANY, None, column, descending=True)


def test_sort_by_start_date_is_chronological(model):
    model.merge_rows(_items(24))
    model.sort(Column.START_DATE, Qt.SortOrder.AscendingOrder)
    dates = [dt.datetime.strptime(text, "%d/%m/%Y") for text in _column(model, Column.START_DATE)]
    assert dates == sorted(dates)


def test_selection_follows_its_meter_through_sort_and_new_pages(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.merge_rows(_items(30))
    view.selectionModel().setCurrentIndex(
        model.index(model.row_of("541448000000000007"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(Column.EAN, Qt.SortOrder.DescendingOrder)
    current = view.selectionModel().currentIndex()
    assert model.ean_at(current.row()) == "541448000000000007"
    model.merge_rows([_item(i) for i in range(30, 60)])  # a new page while sorted
    current = view.selectionModel().currentIndex()
    assert model.ean_at(current.row()) == "541448000000000007"
    assert model.rowCount() == 60


def test_pages_update_known_rows_in_place_and_removed_meters_go(model):
    model.merge_rows(_items(10))
    changed = _item(3, status=2)
    model.merge_rows([changed])
    assert model.rowCount() == 10
    assert model.index(model.row_of(changed.ean), Column.STATUS).data() == "Inactive"
    model.keep_only({row.ean for row in _items(10)[:8]})
    assert model.rowCount() == 8 and model.total_count == 8


def test_details_fill_holder_and_sharing_operation(qtbot, model):
    data = dict(response_data("D1"))
    data["meter_data"] = dict(data["meter_data"], sharing_operation={"id": 1, "name": "Soleil partagé"})
    detail = MeterDetail.model_validate(data)
    model.merge_rows([_row(response_data("C1")[0])])
    with qtbot.waitSignal(model.dataChanged):
        model.apply_detail(detail)
    assert model.index(0, Column.HOLDER).data() == "Dupont"
    assert model.index(0, Column.SHARING_OPERATION).data() == "Soleil partagé"
    model.set_query("dupont", SearchField.HOLDER, None)
    assert model.rowCount() == 1
    # a detail without holder shows "--", no longer "…"
    model.merge_rows([_row(response_data("C1")[2])])
    model.apply_detail(MeterDetail.model_validate(response_data("D3")))
    model.set_query("", SearchField.ANY, None)
    row = model.row_of("541448000000000035")
    assert model.index(row, Column.HOLDER).data() == "--"


def test_unknown_status_is_shown_not_crashed(model):
    model.merge_rows([_item(1, status=9)])
    assert model.index(0, Column.STATUS).data() == "Unknown (9)"


def _brute_force(rows: list[MeterRow], text: str, field: SearchField, status: int | None) -> set[str]:
    needle = fold(text.strip())
    today = dt.date.today()
    return {r.ean for r in rows
            if status in (None, shown_status(r.status, r.start_date, today)) and needle in r.key(field)}


def _dated_row(ean: str, status: MeterStatus, since: dt.date, street: str) -> MeterRow:
    row = MeterRow(ean=ean, meter_number="", status=status, start_date=since, address_line=street,
                   address_place="4000 Liège")
    row.rebuild_keys()
    return row


def test_the_status_filter_and_sort_go_by_the_status_a_row_reads(model):
    """A meter whose first period starts after today reads "Not active yet": the "Active" filter leaves it
    out, the "Not active yet" filter finds it, and sorting on the status does not mix it with the active."""
    today = dt.date.today()
    soon, long_ago = today + dt.timedelta(days=30), today - dt.timedelta(days=400)
    rows = [
        _dated_row("541448000000000001", MeterStatus.ACTIVE, soon, "Rue Haute 1"),
        _dated_row("541448000000000002", MeterStatus.ACTIVE, long_ago, "Rue Haute 2"),
        _dated_row("541448000000000003", MeterStatus.INACTIVE, long_ago, "Rue Basse 3"),
        _dated_row("541448000000000004", MeterStatus.ACTIVE, today, "Rue Basse 4"),  # active from today
        _dated_row("541448000000000005", MeterStatus.WAITING_GRD, soon, "Rue Basse 5"),
    ]
    model.merge_rows(rows)

    model.set_query("", SearchField.ANY, MeterStatus.ACTIVE)
    assert set(_shown(model)) == {"541448000000000002", "541448000000000004"}
    assert set(_column(model, Column.STATUS)) == {"Active"}

    model.set_query("", SearchField.ANY, NOT_ACTIVE_YET)
    assert set(_shown(model)) == {"541448000000000001", "541448000000000005"}
    assert set(_column(model, Column.STATUS)) == {"Not active yet"}
    model.set_query("basse", SearchField.ADDRESS, NOT_ACTIVE_YET)
    assert _shown(model) == ["541448000000000005"]

    model.set_query("", SearchField.ANY, None)
    model.sort(Column.STATUS)
    statuses = _column(model, Column.STATUS)
    assert statuses == sorted(statuses, key=["Not active yet", "Active", "Inactive"].index)


@pytest.mark.parametrize("status", [None, MeterStatus.ACTIVE])
def test_typing_narrows_the_search_to_exactly_the_rows_a_full_search_finds(model, status):
    rows = _items(300)
    model.merge_rows(rows)
    model.sort(Column.ADDRESS, Qt.SortOrder.DescendingOrder)
    for text in ("l", "li", "lie", "lieg", "liège 2", "liège", "q", "qu"):
        model.set_query(text, SearchField.ANY, status)
        shown = [model.ean_at(row) for row in range(model.rowCount())]
        assert set(shown) == _brute_force(rows, text, SearchField.ANY, status), text
        fresh = MeterTableModel()  # the same search at once, in a new table: same rows, same order
        fresh.merge_rows(_items(300))
        fresh.sort(Column.ADDRESS, Qt.SortOrder.DescendingOrder)
        fresh.set_query(text, SearchField.ANY, status)
        assert shown == [fresh.ean_at(row) for row in range(fresh.visible_count)], text


@pytest.mark.parametrize("sorted_by", [None, Column.EAN])
def test_a_holder_read_while_searching_is_found_at_the_next_keystroke(model, sorted_by):
    model.merge_rows([_row(item) for item in response_data("C1")])
    if sorted_by is not None:
        model.sort(sorted_by)
    model.set_query("d", SearchField.HOLDER, None)
    assert model.rowCount() == 0  # no holder is known yet
    model.apply_detail(MeterDetail.model_validate(response_data("D1")))  # Dupont
    model.set_query("du", SearchField.HOLDER, None)
    assert [model.ean_at(row) for row in range(model.rowCount())] == [response_data("D1")["EAN"]]


def _detail(ean: str, holder: str | None) -> MeterDetail:
    data = dict(response_data("D1"), EAN=ean)
    data["holder"] = dict(data["holder"], name=holder) if holder else None
    return MeterDetail.model_validate(data)


def test_backspace_finds_a_holder_read_meanwhile_and_drops_one_that_changed(model):
    model.merge_rows([_row(item) for item in response_data("C1")])
    first, second = (item["EAN"] for item in response_data("C1")[:2])
    for text in ("d", "du", "dup"):
        model.set_query(text, SearchField.HOLDER, None)
    assert model.rowCount() == 0  # no holder is known yet
    model.apply_detail(_detail(first, "Dupont"))
    model.set_query("du", SearchField.HOLDER, None)  # Backspace
    assert _shown(model) == [first]
    model.set_query("dup", SearchField.HOLDER, None)
    model.apply_detail(_detail(first, "Martin"))  # the holder changed at the CRM meanwhile
    model.apply_detail(_detail(second, "Dumont"))
    model.set_query("du", SearchField.HOLDER, None)  # Backspace
    assert _shown(model) == [second]
    model.set_query("", SearchField.HOLDER, None)
    assert model.rowCount() == len(response_data("C1"))


def _expected(rows: list[MeterRow], text: str, field: SearchField, status: MeterStatus | None,
              sorted_on: Column | None, descending: bool) -> list[str]:
    """What a search of every row finds, in the table's order: sorted on its column, ties in list order."""
    matches = _brute_force(rows, text, field, status)
    found = [row for row in rows if row.ean in matches]
    if sorted_on is not None:
        found.sort(key=sort_key(sorted_on), reverse=descending)
    return [row.ean for row in found]


@pytest.mark.parametrize("seed", range(6))
def test_searches_typed_and_erased_while_rows_come_and_change_find_what_a_full_search_finds(model, seed):
    """Typing, Backspace, another field or status, sorting, new pages, changed rows and details, in any
    order: each search shows exactly the rows a search of every row finds, in the table's order."""
    rng = random.Random(seed)
    listed = [_item(i, status=1 + rng.randrange(4)) for i in range(120)]  # the list's order
    model.merge_rows(listed)
    text, field, status, sorted_on, descending = "", SearchField.ANY, None, None, False
    searched = (text, field, status)
    holders = ["Dupont", "Dumont", "Lambert", "Liégeois", None]
    for _ in range(150):
        action = rng.randrange(10)
        if action <= 3:
            text += rng.choice("liège namur 0124-bdu")
        elif action <= 5:
            text = text[:-1]
        elif action == 6 and rng.random() < 0.5:
            field = rng.choice(list(SearchField))
        elif action == 6:
            status = rng.choice([None, None, *MeterStatus.known()])
        elif action == 7:
            sorted_on = rng.choice([None, *Column])
            descending = rng.random() < 0.5
            model.sort(-1 if sorted_on is None else sorted_on,
                       Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            descending = descending and sorted_on is not None
        elif action == 8:
            new = [_item(i, status=1 + rng.randrange(4)) for i in range(len(listed), len(listed) + 5)]
            changed = _item(rng.randrange(len(listed)), status=1 + rng.randrange(4))
            model.merge_rows([*new, changed])
            listed += new
        else:
            model.apply_detail(_detail(rng.choice(listed).ean, rng.choice(holders)))
        if (text, field, status) != searched:  # rows that changed stay until the search does
            searched = (text, field, status)
            model.set_query(text, field, status)
            assert _shown(model) == _expected(listed, text, field, status, sorted_on, descending), searched


def test_a_search_that_shows_the_same_rows_leaves_the_table_as_it_is(qtbot, model):
    """A longer text that finds the same rows keeps the selection and the place in the list: the view is not
    reset."""
    model.merge_rows(_items(30))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_query("rue de la s", SearchField.ADDRESS, None)
    shown = _shown(model)
    assert len(shown) == 8
    view.selectionModel().setCurrentIndex(model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_query("rue de la st", SearchField.ADDRESS, None)
        model.set_query("rue de la sta", SearchField.ADDRESS, None)
    assert _shown(model) == shown
    assert model.ean_at(view.selectionModel().currentIndex().row()) == shown[3]
