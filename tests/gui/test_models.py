"""Qt's model tester on every model of the app, filled with the emulator's demo data and changed as the
operator changes it. A model that breaks Qt's rules (rows that appear without being announced, a wrong row
count, an index that outlives its row...) makes the tester log a Qt warning, which fails the test; the views
would otherwise show wrong rows or crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from optimce_desktop.domain.text import fold
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, HESBAYE_AUTH_ID, INACTIVE_EAN, SCHEDULED_ONLY_EAN
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.gui.timeline_model import TimelineModel
from optimce_desktop.gui.widgets.member_combo import FoldedContainsFilter, MemberComboBox


def _wait_for_whole_list(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible(),
                    timeout=15_000)


def test_meter_table_model_as_the_window_loads_searches_sorts_and_switches_community(
        qtbot, qtmodeltester, main_window):
    window, model = main_window, main_window.table_model
    qtmodeltester.check(model)  # from the empty table on: every page of the list is checked as it arrives
    window.start()
    _wait_for_whole_list(qtbot, window)
    total = model.total_count
    assert model.rowCount() == total >= 300

    assert window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: model.meter_row(GUIDE_EAN).details_known, timeout=5000)
    guide = model.meter_row(GUIDE_EAN)
    assert model.index(model.row_of(GUIDE_EAN), Column.HOLDER).data() == guide.holder

    town = guide.address_place.split(" ", 1)[1]
    qtbot.keyClicks(window.ui.searchEdit, town)
    assert 0 < model.rowCount() < total
    assert all(fold(town) in fold(model.index(row, Column.ADDRESS).data()) for row in range(model.rowCount()))

    window.ui.meterTable.sortByColumn(Column.HOLDER, Qt.SortOrder.DescendingOrder)
    assert window.selected_ean == GUIDE_EAN  # the selection follows its row

    window.ui.actionCompactRows.setChecked(not window.ui.actionCompactRows.isChecked())
    window.ui.searchEdit.clear()
    assert model.rowCount() == total

    combo = window.ui.communityCombo
    combo.setCurrentIndex(combo.findData(HESBAYE_AUTH_ID))
    qtbot.waitUntil(lambda: model.meter_row(GUIDE_EAN) is None, timeout=5000)
    _wait_for_whole_list(qtbot, window)
    assert 0 < model.rowCount() < total
    assert all(model.index(row, Column.EAN).data().startswith("54146") for row in range(model.rowCount()))


def _whens(model: TimelineModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_timeline_model_of_meters_with_past_current_and_future_periods(qtmodeltester, crm_client,
                                                                      emulator_today):
    model = TimelineModel()
    qtmodeltester.check(model)

    model.set_detail(crm_client.meter_detail(FUTURE_EAN), today=emulator_today)
    assert "Current" in _whens(model) and _whens(model)[0] == "Future"
    current = model.row_of_current()
    assert current is not None and model.index(current, 0).data(Qt.ItemDataRole.FontRole).bold()

    inactive = crm_client.meter_detail(INACTIVE_EAN)
    model.set_detail(inactive, today=emulator_today)
    assert model.rowCount() == len(inactive.timeline) >= 2
    assert model.index(model.row_of_current(), TimelineModel.STATUS_COLUMN).data() == "Inactive"

    model.set_detail(crm_client.meter_detail(SCHEDULED_ONLY_EAN), today=emulator_today)
    assert _whens(model) == ["Future"] and model.row_of_current() is None

    model.set_detail(None)
    assert model.rowCount() == 0


def test_member_filter_over_the_communitys_members(qtbot, qtmodeltester, member_directory):
    member_directory.load()
    qtbot.waitUntil(lambda: member_directory.is_loaded, timeout=5000)
    members = member_directory.members
    combo = MemberComboBox()
    qtbot.addWidget(combo)
    completer = combo.completer()
    assert isinstance(completer, QCompleter)
    member_filter = completer.model()
    assert isinstance(member_filter, FoldedContainsFilter)
    qtmodeltester.check(member_filter)

    combo.set_members(members)
    assert member_filter.rowCount() == len(members) + 1  # and "No holder"

    surname = members[len(members) // 2].name.split()[-1]
    query = surname[:4].upper()
    combo.show()
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), query)
    shown = [member_filter.index(row, 0).data() for row in range(member_filter.rowCount())]
    assert 0 < len(shown) < len(members)
    assert all(fold(query) in fold(text) for text in shown)

    combo.set_members(members[:10])  # another community's, fewer
    member_filter.set_query("")
    assert member_filter.rowCount() == 11
