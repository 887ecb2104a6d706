"""Enter in a long form goes to the next field, as Tab does, and never sends or saves the form: only its
button does (Enter once the button has the cursor, a click, or the button's Alt+letter). The same online and
offline, where the button keeps the form as a draft at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def make_button_explicit(button: QPushButton) -> None:
    """``button`` is pressed by Enter only when it has the cursor: it is no longer the dialog's default."""
    button.setDefault(False)
    button.setAutoDefault(True)


def move_on_enter(dialog: QDialog, event: QKeyEvent, form: QWidget, button: QPushButton) -> bool:
    """Handles Enter pressed in a field of ``form`` (which the field itself did not use): the cursor goes to
    the next field, or from the last one to ``button`` when it is enabled. False: not such a key press."""
    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
    focused = dialog.focusWidget()
    if event.key() not in ENTER_KEYS or not plain or focused is None or not form.isAncestorOf(focused):
        return False
    dialog.focusNextChild()
    now = dialog.focusWidget()
    if (now is None or not form.isAncestorOf(now)) and button.isEnabled():
        button.setFocus(Qt.FocusReason.TabFocusReason)
        now = button
    area = _scroll_area_of(now, dialog) if now is not None else None
    if area is not None and now is not None:
        area.ensureWidgetVisible(now)
    event.accept()
    return True


def _scroll_area_of(widget: QWidget, dialog: QDialog) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
