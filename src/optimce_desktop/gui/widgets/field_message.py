"""The small message under a form field (red for an error, amber for a warning) and the matching border.

Both are styled through dynamic properties (``severity`` on the label, ``validation`` on the input), so that
one style sheet decides the colours.

A form whose fields must stay where they are while messages come and go reserves each message's room
(``reserve_lines``): the message then always takes that height, shown or not, and a text longer than the room
ends with "…", whole in its tooltip.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


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


NARROW_FIELD_MESSAGE_LINES = 2
"""The room a form keeps under a narrow field (a column of three or four) for its message."""
WIDE_FIELD_MESSAGE_LINES = 1
"""The room a form keeps under a field half as wide as the form or wider for its message."""


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the operator typed, "<b>" included
        self.setWordWrap(True)
        self.setProperty("severity", FieldMark.NONE.value)
        self._reserved_lines = 0
        self._fitted: str | None = None
        """The text as painted in the reserved room (lines cut, the last one ending in "…"); None: the whole
        text fits, or no room is reserved."""
        self.hide()

    def reserve_lines(self, lines: int) -> None:
        """Keeps room for ``lines`` lines of message whether a message is shown or not, so that what is
        under the message never moves; a longer message is cut to fit, whole in its tooltip."""
        self._reserved_lines = lines
        self.setWordWrap(False)  # painted here, wrapped to the room's width
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        margins = self.contentsMargins()
        self.setFixedHeight(lines_height(self.font(), lines) + margins.top() + margins.bottom())
        self._fit()

    @property
    def reserved_lines(self) -> int:
        return self._reserved_lines

    @property
    def is_cut(self) -> bool:
        """The message is longer than its reserved room: it ends in "…" and is whole in the tooltip."""
        return self._fitted is not None

    @property
    def mark(self) -> FieldMark:
        return FieldMark(self.property("severity") or "")

    def show_message(self, text: str, mark: FieldMark = FieldMark.ERROR) -> None:
        if not text:
            self.clear_message()
            return
        self.setText(text)
        _set_style_property(self, "severity", mark.value)
        self._fit()
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        _set_style_property(self, "severity", FieldMark.NONE.value)
        self._fit()
        self.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self._reserved_lines:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self._fitted is None:
            painter.drawText(self.contentsRect(), flags | Qt.TextFlag.TextWordWrap, self.text())
        else:
            painter.drawText(self.contentsRect(), flags, self._fitted)

    def _fit(self) -> None:
        if not self._reserved_lines:
            return
        fitted = fitted_lines(self.text(), self.font(), self.contentsRect().width(), self._reserved_lines)
        self._fitted = fitted if fitted != self.text() else None
        self.setToolTip(self.text() if self._fitted is not None else "")
        self.update()


def fitted_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` wrapped at ``width`` as the label paints it: itself when it takes at most ``lines`` lines,
    else its first lines, one a line, the last ending in "…"."""
    if not text or width <= 0:
        return text
    starts = _line_starts(text, font, width, lines + 1)
    if len(starts) <= lines:
        return text
    kept = [text[start:end].strip() for start, end in zip(starts[:lines - 1], starts[1:lines], strict=True)]
    rest = text[starts[lines - 1]:].strip()
    kept.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(kept)


def lines_height(font: QFont, lines: int) -> int:
    """The height of ``lines`` lines of text as the label paints them: a painted line can be a pixel taller
    than the font's line spacing (its ascent and descent each rounded up), which would cut the descenders of
    a last line measured with it."""
    layout = QTextLayout("x", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setNumColumns(1)
    layout.endLayout()
    return math.ceil(line.height() * lines)


def wrapped_line_count(text: str, font: QFont, width: int, most: int) -> int:
    """How many lines ``text`` takes wrapped at ``width`` as the label paints it, counted up to ``most``."""
    return len(_line_starts(text, font, width, most)) if text and width > 0 else 0


def _line_starts(text: str, font: QFont, width: int, most: int) -> list[int]:
    """Where each of the first ``most`` lines of ``text`` wrapped at ``width`` starts."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


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
