"""The detail pane and the list as an operator scrolls and filters: the wheel never changes a tab, the empty
state stands in the table, a meter the filter hides keeps its detail and says so, compact rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from optimce_desktop.emulator import GUIDE_EAN, INACTIVE_EAN
from optimce_desktop.gui.main_window_layout import fits, fitting_geometry
from optimce_desktop.gui.meter_rows import Column


def _show_meter(qtbot, window, ean: str):
    assert window.select_meter(ean)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == ean, timeout=5000)
    return window.detail_pane


def _wheel(widget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_tab_bar_scrolls_the_pane_and_never_changes_the_tab(qtbot, loaded_window):
    window = loaded_window
    window.resize(1200, 500)  # short: the pane scrolls
    pane = _show_meter(qtbot, window, GUIDE_EAN)
    bar = pane.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    for tab in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(tab)
        bar.setValue(0)
        _wheel(pane.tabs.tabBar(), 2)
        _wheel(pane.tabs.tabBar(), -1)
        assert pane.tabs.currentIndex() == tab
        assert bar.value() > 0  # scrolled down, as over the rest of the pane


def test_the_empty_state_stands_in_the_table_and_clears_the_filters(qtbot, loaded_window):
    window = loaded_window
    total = window.table_model.rowCount()
    window.ui.searchEdit.setText("zzzz-no-such-meter")
    overlay = window.empty_state
    qtbot.waitUntil(overlay.isVisible, timeout=2000)
    viewport = window.ui.meterTable.viewport()
    assert overlay.parentWidget() is viewport and overlay.geometry() == viewport.rect()
    assert overlay.message.text() == "No meter matches these filters."
    qtbot.mouseClick(overlay.clear_button, Qt.MouseButton.LeftButton)
    assert window.ui.searchEdit.text() == "" and window.table_model.rowCount() == total
    assert not overlay.isVisible()


def test_a_meter_the_filter_hides_keeps_its_detail_and_says_it_is_not_listed(qtbot, loaded_window):
    window = loaded_window
    pane = _show_meter(qtbot, window, GUIDE_EAN)
    assert not pane.listed_note.isVisible()
    window.ui.searchEdit.setText(INACTIVE_EAN)
    assert window.table_model.row_of(GUIDE_EAN) is None
    assert pane.shown_ean == GUIDE_EAN
    assert pane.listed_note.isVisible() and "not in the current list" in pane.listed_note.text()
    window.clear_filters()
    assert not pane.listed_note.isVisible() and window.selected_ean == GUIDE_EAN


def test_why_a_meter_cannot_be_updated_is_written_under_the_button(qtbot, loaded_window):
    pane = _show_meter(qtbot, loaded_window, INACTIVE_EAN)
    assert not pane.update_button.isEnabled()
    assert pane.update_reason.isVisible()
    assert "Only an active meter can be updated" in pane.update_reason.text()
    assert not pane.update_reason.focusPolicy() & Qt.FocusPolicy.TabFocus  # read, no hovering; not a Tab stop
    pane = _show_meter(qtbot, loaded_window, GUIDE_EAN)
    assert not pane.update_reason.isVisible()
    assert pane.ean_warning.isVisible() and "check digit" in pane.ean_warning.text()


def test_compact_rows_show_about_twice_the_rows_and_are_remembered(qtbot, loaded_window, app_settings):
    window = loaded_window
    table = window.ui.meterTable
    action = window.ui.actionCompactRows
    assert action in window.ui.menuView.actions() and not action.isChecked()
    normal_height = table.verticalHeader().defaultSectionSize()
    assert table.isColumnHidden(Column.PLACE) and "\n" in window.table_model.index(0, Column.ADDRESS).data()
    action.trigger()
    assert normal_height / table.verticalHeader().defaultSectionSize() >= 1.8
    assert not table.isColumnHidden(Column.PLACE)
    assert "\n" not in window.table_model.index(0, Column.ADDRESS).data()
    assert window.table_model.index(0, Column.PLACE).data()
    saved = QSettings(app_settings.fileName(), QSettings.Format.IniFormat).value("main/compactRows")
    assert saved in (True, "true")
    action.trigger()
    assert table.verticalHeader().defaultSectionSize() == normal_height


def test_the_window_opens_within_the_available_area_and_restores_only_a_geometry_that_fits():
    laptop = QRect(0, 0, 1366, 728)
    geometry = fitting_geometry(laptop)
    assert fits(geometry, laptop) and geometry.width() >= 1340 and geometry.height() >= 680
    wide = QRect(0, 0, 2560, 1400)
    assert fitting_geometry(wide).size().toTuple() == (1440, 860) and fits(fitting_geometry(wide), wide)
    assert not fits(fitting_geometry(wide), laptop)



def test_the_address_cards_follow_the_shown_tab_without_a_gap(qtbot, loaded_window):
    window = loaded_window
    window.resize(1366, 700)  # the pane scrolls: the tabs take the height they ask for
    pane = _show_meter(qtbot, window, GUIDE_EAN)
    address = pane.address_card
    for tab in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(tab)
        page = pane.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: pane.tabs.height() - page.height() < 80, timeout=3000)
        page_bottom = page.mapTo(pane, page.rect().bottomLeft()).y()
        gap = address.mapTo(pane, address.rect().topLeft()).y() - page_bottom
        assert gap < 40, f"tab {tab}: {gap} px between its page and the address cards"
    pane.tabs.setCurrentIndex(0)
    short = pane.tabs.currentWidget()
    qtbot.waitUntil(lambda: short.height() <= short.sizeHint().height() + 10, timeout=3000)


def test_the_status_column_is_sized_in_the_font_it_is_painted_in(qtbot, styled_app):
    """Sized before the window is shown (as at a start), in the style sheet's font, not the app's."""
    from PySide6.QtWidgets import QTableView

    from optimce_desktop.domain.enums import MeterStatus
    from optimce_desktop.gui.main_window_layout import column_widths
    from optimce_desktop.gui.meter_table import MeterTableModel, pill_text
    from optimce_desktop.services.texts import enum_text

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(MeterTableModel(table))
    width = column_widths(table, compact=False)[Column.STATUS]
    table.show()
    qtbot.waitExposed(table)
    for status in MeterStatus.known():
        assert pill_text(enum_text(status), table.font(), width) == enum_text(status)
