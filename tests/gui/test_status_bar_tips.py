"""A menu item's tip, shown in the status bar as the operator moves through a menu with the keyboard, is
shown whole on a 1366-pixel-wide window, in French, beside everything the status bar shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QSizeGrip, QStatusBar, QWidget

from optimce_desktop.emulator import DEMO_MANAGER
from optimce_desktop.gui.meter_actions import MeterActions
from tests.support.screenshots import save_screenshot


def message_room(bar: QStatusBar) -> tuple[int, str]:
    """The width QStatusBar paints its message in (``QStatusBarPrivate::messageRect``: from 6 px to the
    size grip, or 12 px short of its right end), less what the widgets shown over it take (Qt's permanent
    widgets, and any other left shown): the message is cut where the first of them begins, without an
    ellipsis. And what cuts it."""
    right, by = bar.width() - 12, "the status bar's end"
    grip = bar.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right, by = grip.x(), "the size grip"
    for child in bar.children():
        if (isinstance(child, QWidget) and child.isVisible() and not isinstance(child, QSizeGrip)
                and child.x() - 2 < right):
            right, by = child.x() - 2, f"{type(child).__name__} {child.objectName()!r}"
    return right - 6, by


def walk_menu(qtbot, window, menu: QMenu) -> list[str]:
    """Moves down through ``menu`` (opened) with the keyboard, item by item, and returns the problems: tips
    not shown, or shown cut."""
    bar = window.statusBar()
    metrics = QFontMetrics(bar.font())
    problems, seen = [], set()
    for _ in range(len(menu.actions())):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        action = menu.activeAction()
        if action is None or action in seen:
            break
        seen.add(action)
        tip = action.statusTip()
        if not tip:
            continue
        QApplication.processEvents()  # the status bar laid out without what it hides for the message
        save_screenshot(bar, f"status-bar-tip-{action.objectName()}.png")
        if bar.currentMessage() != tip:
            problems.append(f"{action.text()!r}: the status bar says {bar.currentMessage()!r}, not its tip")
        elif metrics.horizontalAdvance(tip) > message_room(bar)[0]:
            room, by = message_room(bar)
            problems.append(f"{tip!r} needs {metrics.horizontalAdvance(tip)} px, is cut at {room} px by {by}")
    return problems


def test_menu_tips_are_shown_whole_on_a_laptop_screen(qtbot, french_belgian, loaded_window):
    window = loaded_window
    # who is signed in, as the session shell adds it to the app's windows (this one is composed without it)
    user = QLabel(QApplication.translate("SessionShell", "Signed in as {0}").format(DEMO_MANAGER))
    window.statusBar().addPermanentWidget(user)
    window.resize(1366 - 16, 728 - 40)  # a 1366x768 laptop's work area, less the window's frame
    window.activateWindow()
    qtbot.waitUntil(lambda: user.x() > 0, timeout=2000)  # laid out
    qtbot.waitUntil(lambda: window.sweep_label.isVisible(), timeout=5000)  # "Titulaires : 14 sur 305"
    labels = [window.count_label, window.refresh_label, window.sweep_label]
    texts = [label.text() for label in labels]
    assert all(texts), texts
    actions = window.findChild(MeterActions)
    window.select_meter(window.table_model.ean_at(0))
    qtbot.waitUntil(lambda: actions.modify_action.isEnabled(), timeout=5000)  # its tip, not why it cannot

    problems, tips = [], 0
    for letter, name in ((Qt.Key.Key_F, "menuFile"), (Qt.Key.Key_C, "menuMeter")):  # Fichier, Compteur
        menu = window.findChild(QMenu, name)
        qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        tips += sum(1 for action in menu.actions() if action.statusTip())
        problems += walk_menu(qtbot, window, menu)
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda menu=menu: not menu.isVisible(), timeout=2000)
    assert tips >= 4  # Export the meter list; Add, Modify, Deactivate a meter
    assert not problems, "\n".join(problems)

    # the menus closed, the status bar shows what it showed before
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)
    assert all(label.isVisible() for label in labels)
    assert [label.text() for label in labels[:2]] == texts[:2]
