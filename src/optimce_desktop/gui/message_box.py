"""Questions in message boxes that never block: a box is opened window-modal over its parent with ``open()``
and its answer comes to a callback, never through ``exec()``, whose nested event loop would run the app's
signals in the middle of the code that asked. A box deletes itself once answered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from optimce_desktop.gui.widgets.confirm_buttons import mark_buttons

Answer = TypeVar("Answer")
Button = tuple[str, QMessageBox.ButtonRole] | QMessageBox.StandardButton
"""A button's text and role, or one of Qt's standard buttons."""


def ask(parent: QWidget, name: str, *, icon: QMessageBox.Icon, title: str, text: str, informative: str = "",
        rich: bool = False, buttons: Mapping[Answer, Button], escape: Answer, default: Answer | None = None,
        primary: Answer | None = None, on_answer: Callable[[Answer], None]) -> QMessageBox:
    """Opens the box named ``name`` over ``parent`` and returns it at once; ``on_answer`` later gets the
    answer of the button clicked, or ``escape``'s when the box is closed otherwise (Escape included).
    ``text`` and ``informative`` are HTML when ``rich`` (user data escaped), plain text otherwise.
    ``default``: the button Enter presses, marked with a ring, and ``primary``, the one styled as carrying the
    work on (Qt picks the default when neither is given)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)  # both texts
    box.setInformativeText(informative)
    added = {answer: box.addButton(button) if isinstance(button, QMessageBox.StandardButton)
             else box.addButton(*button) for answer, button in buttons.items()}
    box.setEscapeButton(added[escape])
    if default is not None:
        mark_buttons(box, primary=added[primary] if primary is not None else None, default=added[default])

    def answered() -> None:
        clicked = box.clickedButton()
        on_answer(next((answer for answer, button in added.items() if button is clicked), escape))

    box.finished.connect(answered)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def confirm(parent: QWidget, name: str, *, icon: QMessageBox.Icon, title: str, text: str,
            informative: str = "", rich: bool = False, yes: str, back: str, on_yes: Callable[[], None],
            destructive: bool = False) -> QMessageBox:
    """A question that goes on (``yes``, then ``on_yes``) or goes back (``back``: Enter's default, and the
    answer of Escape). ``yes`` is styled as the primary button unless it only destroys (``destructive``)."""
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    return ask(parent, name, icon=icon, title=title, text=text, informative=informative, rich=rich,
               buttons={True: (yes, role), False: (back, QMessageBox.ButtonRole.RejectRole)},
               escape=False, default=False, primary=None if destructive else True,
               on_answer=lambda confirmed: on_yes() if confirmed else None)


def open_boxes(parent: QWidget) -> list[QMessageBox]:
    """The boxes open over ``parent`` (asked and not answered yet)."""
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
