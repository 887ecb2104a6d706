"""A one-line label that gives up width before the window does: short of room it ends its text with "…" and
shows the whole text in its tooltip. In a status bar, plain labels add up to a minimum width that can push
the window past a small screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel

SHOWN_AT_LEAST = "…"


class ElidingLabel(QLabel):
    """Plain text only; its tooltip, when set, is kept and shown whole."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._own_tooltip = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._update_tooltip()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt's name
        self._own_tooltip = tip
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance(self.text()[:3] + SHOWN_AT_LEAST)
        margins = self.contentsMargins()
        return QSize(min(hint.width(), shortest + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            super().paintEvent(event)
            return
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(), self.isEnabled(),
                                  shown, self.foregroundRole())
        painter.end()

    def _update_tooltip(self) -> None:
        whole = self.text() if self.is_elided() else ""
        tip = "\n\n".join(part for part in (whole, self._own_tooltip) if part)
        if tip != super().toolTip():
            super().setToolTip(tip)

