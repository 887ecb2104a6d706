"""What the user sees of a widget's style: the colours the app's style sheet gives it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ERROR_RED = "#c62828"
"""The colour of an error message under a field (resources/style.qss)."""


def text_colour(widget: QWidget) -> str:
    widget.ensurePolished()
    return widget.palette().color(widget.foregroundRole()).name()
