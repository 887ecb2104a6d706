"""Help → Keyboard shortcuts (F1): every shortcut of the window's menus, read from its actions when the list
opens (so it never goes stale as actions are added), then the keys of the list and the forms that no menu
shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

HELP_KEY = QKeySequence.StandardKey.HelpContents
"""F1 on Windows and Linux."""


def install_keyboard_help(window: QMainWindow) -> QAction:
    """Adds Help → Keyboard shortcuts (F1) to ``window``."""
    action = QAction(QCoreApplication.translate("KeyboardHelpDialog", "&Keyboard shortcuts"), window)
    action.setObjectName("actionKeyboardShortcuts")
    action.setShortcut(QKeySequence(HELP_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: KeyboardHelpDialog(window).open())
    menu = window.findChild(QMenu, "menuHelp")
    if menu is not None:
        menu.insertAction(menu.actions()[0] if menu.actions() else None, action)
    else:
        window.addAction(action)
    return action


class KeyboardHelpDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardHelpDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = [*menu_shortcuts(window), *self._other_keys()]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # a wrapped description is as tall as it needs at the column's width of the moment
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Alt with the underlined letter of a field or a button goes to it or "
                               "presses it."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) as listed."""
        return [(self.table.item(row, 0).text(), self.table.item(row, 1).text())
                for row in range(self.table.rowCount())]

    def _other_keys(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Enter"), self.tr("In the meter list: update the selected meter's data")),
            (self.tr("Up, Down, Page Up, Page Down"), self.tr("In the meter list: go to another meter")),
            (self.tr("Tab, Shift+Tab"), self.tr("Next or previous field")),
            (self.tr("Ctrl+Tab"), self.tr("Leave the meter list for the next control")),
            (self.tr("Alt+Down, F4"), self.tr("Open a drop-down list")),
            (self.tr("Escape"), self.tr("Close a form (it asks before discarding what you typed)")),
        ]


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """Each menu action that has a shortcut, in menu order: (its keys, "Menu › Action")."""
    found: list[tuple[str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.isVisible():
                found.append((keys, f"{_plain(menu_action.text())} › {_plain(action.text())}"))
    return found


def _plain(text: str) -> str:
    """A menu text as read: no "&" of its mnemonic, no "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
