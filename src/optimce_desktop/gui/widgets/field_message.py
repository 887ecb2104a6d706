"""The small message under a form field (red for an error, amber for a warning) and the matching border.

Both are styled through dynamic properties (``severity`` on the label, ``validation`` on the input), so that
one style sheet decides the colours.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Severity(StrEnum):
    NONE = ""
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the operator typed, "<b>" included
        self.setWordWrap(True)
        self.setProperty("severity", Severity.NONE.value)
        self.hide()

    @property
    def severity(self) -> Severity:
        return Severity(self.property("severity") or "")

    def show_message(self, text: str, severity: Severity = Severity.ERROR) -> None:
        if not text:
            self.clear_message()
            return
        self.setText(text)
        _set_style_property(self, "severity", severity.value)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        _set_style_property(self, "severity", Severity.NONE.value)
        self.setVisible(False)


def mark_field(widget: QWidget, severity: Severity) -> None:
    """Gives ``widget`` the border of ``severity`` (none for ``Severity.NONE``)."""
    _set_style_property(widget, "validation", severity.value)


def field_mark(widget: QWidget) -> Severity:
    return Severity(widget.property("validation") or "")


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    # Style sheets read dynamic properties only when the widget is polished again.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
