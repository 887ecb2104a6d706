"""The main window against the emulator: communities, the list, search, the detail pane, errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from optimce_desktop.app import compose_main_window
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.emulator.seed import GUIDE_EAN, INACTIVE_EAN
from optimce_desktop.gui.meter_rows import Column
from tests.support.screenshots import save_screenshot


def _search(qtbot, window, text: str) -> None:
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, text)


def test_guide_steps_1_to_3(qtbot, loaded_window):
    window = loaded_window
    combo = window.ui.communityCombo
    assert combo.currentText().startswith("CE Les Tournesols")
    assert window.table_model.rowCount() == window.table_model.total_count >= 300

    _search(qtbot, window, GUIDE_EAN)
    assert window.table_model.rowCount() == 1
    assert window.table_model.index(0, Column.EAN).data() == GUIDE_EAN
    qtbot.mouseClick(window.ui.meterTable.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.ui.meterTable.visualRect(window.table_model.index(0, 1)).center())
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN, timeout=5000)
    assert pane.status_pill.text() == "Active"
    assert pane.update_button.isEnabled()
    assert pane.card_value("ean") == GUIDE_EAN
    assert pane.card_value("holder") not in ("", "--")
    assert pane.card_value("amperage") == "40 A"
    assert pane.card_value("dso") == "ORES"
    assert pane.card_value("sharingOperation") not in ("", "--")
    assert pane.ean_warning.isVisible()  # the guide's EAN fails the GS1 check
    qtbot.waitUntil(lambda: window.table_model.index(0, Column.HOLDER).data() not in ("…", "--"),
                    timeout=5000)
    assert window.table_model.index(0, Column.HOLDER).data() == pane.card_value("holder")
    save_screenshot(window, "main-window.png")


def test_inactive_meter_cannot_be_updated_and_says_why(qtbot, loaded_window):
    window = loaded_window
    _search(qtbot, window, INACTIVE_EAN)
    assert window.select_meter(INACTIVE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == INACTIVE_EAN, timeout=5000)
    button = window.detail_pane.update_button
    assert not button.isEnabled()
    assert "Only an active meter can be updated" in button.toolTip()
    assert not window.ui.actionUpdateData.isEnabled()


def test_member_only_community_is_listed_but_cannot_be_opened(loaded_window):
    combo = loaded_window.ui.communityCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    member_rows = [i for i, t in enumerate(texts) if "Member" in t]
    assert member_rows
    item = combo.model().item(member_rows[0])
    assert not item.isEnabled()
    assert "only its managers" in item.toolTip()


def test_status_filter_and_clear_filters(qtbot, loaded_window):
    window = loaded_window
    total = window.table_model.rowCount()
    status_filter = window.ui.statusFilterCombo
    status_filter.setCurrentIndex(status_filter.findData(int(MeterStatus.INACTIVE)))
    assert 0 < window.table_model.rowCount() < total
    model = window.table_model
    statuses = {model.index(r, Column.STATUS).data() for r in range(model.rowCount())}
    assert statuses == {"Inactive"}
    _search(qtbot, window, "zzzz-no-such-meter")
    assert window.table_model.rowCount() == 0
    assert window.ui.emptyListLabel.isVisible()
    qtbot.mouseClick(window.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert window.ui.searchEdit.text() == "" and window.ui.statusFilterCombo.currentIndex() == 0
    assert window.table_model.rowCount() == total


def test_keyboard_ctrl_f_and_arrows_move_the_detail(qtbot, loaded_window):
    window = loaded_window
    window.activateWindow()
    window.ui.meterTable.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.ui.searchEdit
    window.select_meter(window.table_model.ean_at(0))
    window.ui.meterTable.setFocus()
    qtbot.keyClick(window.ui.meterTable, Qt.Key.Key_Down)
    second = window.table_model.ean_at(1)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == second, timeout=5000)


def test_switching_community_replaces_the_rows(qtbot, emulator, loaded_window):
    window = loaded_window
    first_eans = {window.table_model.ean_at(r) for r in range(window.table_model.rowCount())}
    combo = window.ui.communityCombo
    other = next(i for i in range(combo.count())
                 if i != combo.currentIndex() and combo.model().item(i).isEnabled())
    combo.setCurrentIndex(other)
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible()
                    and window.table_model.ean_at(0) not in first_eans, timeout=10_000)
    new_eans = {window.table_model.ean_at(r) for r in range(window.table_model.rowCount())}
    assert not new_eans & first_eans


def test_emulator_error_shows_the_banner_and_retry_recovers(qtbot, emulator, main_window):
    emulator.faults.add(method="GET", path="/meters", status=500, times=1)
    main_window.start()
    banner = main_window.banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.action.isVisible() and banner.action.text() == "Retry"
    assert main_window.table_model.total_count == 0
    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.table_model.total_count > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)


def test_selection_survives_refresh_and_resort(qtbot, loaded_window):
    window = loaded_window
    ean = window.table_model.ean_at(5)
    window.select_meter(ean)
    window.ui.meterTable.sortByColumn(Column.EAN, Qt.SortOrder.DescendingOrder)
    assert window.selected_ean == ean
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.ui.loadProgress.isVisible(), timeout=10_000)
    assert window.selected_ean == ean
    assert window.refresh_label.text().startswith("Refreshed")


def test_enter_opens_update_data_for_an_active_meter_only(qtbot, loaded_window, task_runner):
    window = loaded_window
    window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN, timeout=5000)
    window.ui.meterTable.setFocus()
    qtbot.keyClick(window.ui.meterTable, Qt.Key.Key_Return)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    assert GUIDE_EAN in launcher.dialog.windowTitle()
    launcher.dialog.reject()  # nothing changed: closes without asking
    qtbot.waitUntil(lambda: launcher.dialog is None or not launcher.dialog.isVisible(), timeout=5000)

    window.select_meter(INACTIVE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == INACTIVE_EAN, timeout=5000)
    qtbot.keyClick(window.ui.meterTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=5000)  # a draft looked up would open it
    assert launcher.dialog is None or not launcher.dialog.isVisible()


def test_a_remembered_geometry_that_no_longer_fits_the_screen_is_not_restored(qtbot, loaded_window,
                                                                               app_settings):
    window = loaded_window
    window.resize(1200, 700)
    window.close()
    app_settings.sync()
    reopened = compose_main_window(window._meters._client, window._meters._tasks, app_settings,
                                   app_settings.fileName() + ".sqlite3")
    qtbot.addWidget(reopened)
    reopened.show()
    # the offscreen screen is 800 pixels wide: a 1,200-pixel window would not fit, so it is not restored
    available = reopened.screen().availableGeometry()
    assert reopened.width() <= max(available.width(), reopened.minimumWidth())
    assert reopened.size().height() <= available.height()


def test_a_late_detail_for_a_meter_no_longer_selected_is_dropped(qtbot, emulator, loaded_window,
                                                                   task_runner):
    window = loaded_window
    slow = emulator.faults.add(method="GET", path=f"/meters/{GUIDE_EAN}", delay_before=0.6)
    window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: slow.hits == 1, timeout=5000)
    window.select_meter(INACTIVE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == INACTIVE_EAN, timeout=5000)
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=5000)  # the guide meter's answer came
    assert window.detail_pane.shown_ean == INACTIVE_EAN
    assert window.selected_ean == INACTIVE_EAN


def test_history_and_future_tab_shows_the_picked_period(qtbot, loaded_window):
    from optimce_desktop.emulator.seed import FUTURE_EAN

    window = loaded_window
    window.select_meter(FUTURE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == FUTURE_EAN, timeout=5000)
    model = pane.timeline_model
    assert model.rowCount() >= 2
    whens = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert whens[0] == "Future" and "Current" in whens
    pane.tabs.setCurrentIndex(1)
    pane.timeline_view.selectRow(0)
    future = model.period_at(0)
    assert pane.timeline_cards.value("startDate") == future.start_date.strftime("%d/%m/%Y")
    assert pane.timeline_cards.value("endDate") == "--"
    current_row = whens.index("Current")
    pane.timeline_view.selectRow(current_row)
    current = model.period_at(current_row)
    assert pane.timeline_cards.value("startDate") == current.start_date.strftime("%d/%m/%Y")
    assert pane.timeline_cards.value("endDate") == current.end_date.strftime("%d/%m/%Y")
