"""The small message under a form field (red for an error, amber for a warning) and the matching border.

Both are styled through dynamic properties (``severity`` on the label, ``validation`` on the input), so that
one style sheet decides the colours.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Finding(Protocol):
    """A validation finding of a form's model (``Issue``, ``MeterIssue``, ``DateFinding``)."""

    @property
    def is_error(self) -> bool: ...


class FieldMark(StrEnum):
    """How a form field is marked: the colour of its message and of its border (INFO: a message only)."""

    NONE = ""
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @classmethod
    def of(cls, finding: Finding) -> FieldMark:
        """An error blocks the form; any other finding is a warning."""
        return cls.ERROR if finding.is_error else cls.WARNING


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the operator typed, "<b>" included
        self.setWordWrap(True)
        self.setProperty("severity", FieldMark.NONE.value)
        self.hide()

    @property
    def mark(self) -> FieldMark:
        return FieldMark(self.property("severity") or "")

    def show_message(self, text: str, mark: FieldMark = FieldMark.ERROR) -> None:
        if not text:
            self.clear_message()
            return
        self.setText(text)
        _set_style_property(self, "severity", mark.value)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        _set_style_property(self, "severity", FieldMark.NONE.value)
        self.setVisible(False)


def mark_field(widget: QWidget, mark: FieldMark) -> None:
    """Gives ``widget`` the border of ``mark`` (none for ``FieldMark.NONE``)."""
    _set_style_property(widget, "validation", mark.value)


def field_mark(widget: QWidget) -> FieldMark:
    return FieldMark(widget.property("validation") or "")


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    # Style sheets read dynamic properties only when the widget is polished again.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
