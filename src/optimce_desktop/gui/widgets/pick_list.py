"""An editable combo box that behaves as a list to pick from: a click on its text opens the list (rather than
placing a text cursor), and typing while the list is open goes to the text, so that a value the list lacks
can still be typed. Items may carry a note shown after their text in the list only ("ORES — Wallonia"),
while the field itself shows the value ("ORES").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem

NOTE_ROLE = Qt.ItemDataRole.UserRole + 20
"""The item's note, shown after its text in the open list."""
_TYPING_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier


class _NotedItemDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        note = index.data(NOTE_ROLE)
        if note:
            option.text = f"{option.text} — {note}"  # type: ignore[attr-defined]


class _PickListBehaviour(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        # kept: the filter must not call the combo while Qt destroys it and its parts
        self._line = combo.lineEdit()
        self._view = combo.view()
        self._line.installEventFilter(self)
        self._view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            return False
        combo = self._combo
        if watched is self._line and kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.LeftButton and combo.isEnabled() and combo.count():
                combo.setFocus(Qt.FocusReason.MouseFocusReason)
                combo.showPopup()
                return True
        if watched is self._view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if _is_typing(event):
                combo.hidePopup()
                line = self._line
                line.setFocus(Qt.FocusReason.OtherFocusReason)
                line.selectAll()  # typing replaces the value, as in a list
                QCoreApplication.sendEvent(line, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(),
                    event.count()))
                return True
        return False


def make_pick_list(combo: QComboBox) -> None:
    """Gives an editable ``combo`` the pick-list behaviour and the item notes (``NOTE_ROLE``)."""
    if not combo.isEditable():
        raise ValueError("a pick list is an editable combo box")
    combo.setItemDelegate(_NotedItemDelegate(combo))
    _PickListBehaviour(combo)


def _is_typing(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not (event.modifiers() & _TYPING_MODIFIERS)
