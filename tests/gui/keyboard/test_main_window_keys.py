"""The main window from the keyboard and for a screen reader: Ctrl+U opens "Update data" (said in its menu
and tooltip), Help → About tells the version, licence and servers, every control has a name; toasts sit
where they hide nothing; an update that takes effect later says when and shows its period."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from optimce_desktop import __version__
from optimce_desktop.emulator.seed import GUIDE_EAN
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.texts import date_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


def _on_guide_meter(qtbot, window) -> None:
    qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN)
    assert window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN
                    and window.ui.actionUpdateData.isEnabled() and window.update_launcher is not None,
                    timeout=5000)
    window.ui.meterTable.setFocus()


def _opened_form(qtbot, window):
    QTest.keyClick(window.ui.meterTable, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher.dialog


def test_ctrl_u_opens_update_data_and_the_menu_and_tooltip_say_so(qtbot, loaded_window):
    window = loaded_window
    action = window.ui.actionUpdateData
    assert action.shortcut() == QKeySequence("Ctrl+U")
    others = [a.text() for a in window.findChildren(QAction)
              if a is not action and a.shortcut() == action.shortcut()]
    assert not others
    assert "Ctrl+U" in action.toolTip()
    _on_guide_meter(qtbot, window)
    dialog = _opened_form(qtbot, window)
    assert dialog.ean == GUIDE_EAN
    dialog.done(dialog.DialogCode.Rejected)


def test_help_about_tells_version_licence_and_servers(qtbot, main_window):
    window = main_window
    assert [a.objectName() for a in window.ui.menuHelp.actions()] == [
        "actionKeyboardShortcuts", "actionAbout", "actionOpenLogFolder"]
    window.set_server_addresses("https://api.optimce.example", "https://sso.optimce.example/realms/optimce")
    window.ui.actionAbout.trigger()
    from optimce_desktop.gui.about_dialog import AboutDialog

    about = window.findChild(AboutDialog)
    qtbot.waitUntil(lambda: about is not None and about.isVisible(), timeout=2000)
    assert about.version_value.text() == __version__
    assert "AGPL-3.0-or-later" in about.licence_value.text()
    assert about.gateway_value.text() == "https://api.optimce.example"
    assert about.issuer_value.text() == "https://sso.optimce.example/realms/optimce"
    QTest.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible(), timeout=2000)


def _unnamed(root: QWidget) -> list[str]:
    """The controls a keyboard reaches that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        reachable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root)
        if not reachable or widget.focusProxy():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and interface.role() in (QAccessible.Role.Client, QAccessible.Role.Dialog,
                                                           QAccessible.Role.Window):
            continue  # a window, named by its title
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def test_every_control_has_a_name_for_screen_readers(qtbot, loaded_window, emulator_today):
    window = loaded_window
    assert QAccessible.queryAccessibleInterface(window.ui.meterTable).text(QAccessible.Text.Name) == "Meters"
    _on_guide_meter(qtbot, window)
    assert not _unnamed(window)
    dialog = _opened_form(qtbot, window)
    assert not _unnamed(dialog)
    dialog.done(dialog.DialogCode.Rejected)


def test_a_control_without_a_label_is_found_unnamed(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    form = QWidget()
    qtbot.addWidget(form)
    QVBoxLayout(form).addWidget(QLineEdit(objectName="orphan"))
    assert _unnamed(form) == ["QLineEdit orphan"]


def test_a_toast_in_the_main_window_covers_neither_the_list_nor_the_detail_nor_the_status(qtbot,
                                                                                         loaded_window):
    window = loaded_window
    _on_guide_meter(qtbot, window)
    toast = Toast.show_message(window, "Meter data updated: takes effect on 15/12/2026", duration_ms=10_000)
    qtbot.waitUntil(lambda: toast.opacity == 1.0, timeout=2000)
    place = toast.geometry()
    for widget in (window.ui.meterTable, window.ui.detailPaneHost, window.ui.filterBar):
        assert not place.intersects(_in_window(widget, window)), widget.objectName()
    bar = window.findChild(QStatusBar)
    for part in bar.findChildren(QWidget):
        if part.isVisible() and part is not toast and part.parentWidget() is bar:
            assert not place.intersects(_in_window(part, window)), part.objectName()
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: not toast.geometry().intersects(_in_window(window.ui.meterTable, window)),
                    timeout=2000)


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_an_update_that_takes_effect_later_says_when_and_shows_its_period(qtbot, loaded_window,
                                                                          emulator_today):
    window = loaded_window
    _on_guide_meter(qtbot, window)
    dialog = _opened_form(qtbot, window)
    later = emulator_today + dt.timedelta(days=20)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.descriptionEdit, timeout=2000)
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Heat pump ")
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), f"{later:%d/%m/%Y}")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # no large change: sent at once
    qtbot.waitUntil(lambda: window.findChild(Toast) is not None, timeout=10_000)
    toast = window.findChild(Toast)
    assert toast.text() == f"Meter data updated: takes effect on {date_text(later)}"
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.tabs.currentWidget() is pane.timeline_view.parentWidget(), timeout=5000)
    period = pane.timeline_model.period_at(pane.timeline_view.currentIndex().row())
    assert period is not None and period.start_date == later
    assert period.description.startswith("Heat pump ")


def _tab_through(window, key: Qt.Key, times: int,
                 modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    """Presses ``key`` ``times`` times where the focus is; returns the widgets the focus went to."""
    reached = []
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        reached.append(QApplication.focusWidget())
    return reached


def test_tab_leaves_the_table_for_the_detail_pane_and_its_tabs_and_shift_tab_comes_back(qtbot, loaded_window):
    window = loaded_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    _on_guide_meter(qtbot, window)
    table, pane = window.ui.meterTable, window.detail_pane
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    current = table.currentIndex()

    reached = _tab_through(window, Qt.Key.Key_Tab, 12)
    assert reached[0] is not table and table.currentIndex() == current
    assert table.horizontalScrollBar().value() == 0  # the table did not scroll sideways
    assert pane.isAncestorOf(reached[0])
    modify = pane.findChild(QWidget, "modifyMeterButton")
    in_order = [pane.copy_button, modify, pane.update_button, pane.refresh_button, pane.tabs.tabBar()]
    assert [control for control in reached if control in in_order] == in_order  # as on screen

    while QApplication.focusWidget() is not pane.tabs.tabBar():
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(pane.tabs.tabBar(), Qt.Key.Key_Right)  # the tabs from the keyboard
    assert pane.tabs.tabText(pane.tabs.currentIndex()) == "History and future"
    bar = pane.tabs.tabBar()  # whole, though its selected tab, in bold, is wider: no scroll arrows
    qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width(), timeout=2000)
    QTest.keyClick(pane.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.timeline_view  # then its periods
    QTest.keyClick(pane.timeline_view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(pane.tabs.tabBar(), Qt.Key.Key_Right)
    assert pane.tabs.tabText(pane.tabs.currentIndex()) == "Consumption"

    back = _tab_through(window, Qt.Key.Key_Backtab, 30, Qt.KeyboardModifier.ShiftModifier)
    assert table in back and back[back.index(table) + 1] is window.ui.refreshAllButton
    assert back.index(table) > back.index(pane.copy_button)  # back through the pane, then the table

    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert pane.isAncestorOf(QApplication.focusWidget()) and table.currentIndex() == current
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Right)  # arrows stay in the table
    assert QApplication.focusWidget() is table
