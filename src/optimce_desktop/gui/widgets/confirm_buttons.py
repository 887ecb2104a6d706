"""The buttons of a confirmation box, told apart at a glance: the one that acts (sends, replaces, keeps) is
styled as primary, and the default one, which Enter presses, wears a ring. Enter presses the focused button,
so the ring follows the focus from button to button."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton

DEFAULT_RING = "QPushButton:default { border: 2px solid #1B5E20; padding: 4px 11px; }"
"""Belongs in the app's style sheet (``resources/style.qss``), for every dialog's default button."""


def mark_buttons(box: QMessageBox, *, primary: QAbstractButton | None, default: QPushButton) -> None:
    """``primary``: the button that carries the work on (None when acting only destroys)."""
    if primary is not None:
        primary.setProperty("primary", True)
    box.setDefaultButton(default)
    if DEFAULT_RING not in box.styleSheet():
        box.setStyleSheet(box.styleSheet() + DEFAULT_RING)
