"""The meter list's view: a ``QTableView`` that says when its rows have been painted.

Watching the viewport's paint events would need the viewport object in Python, and PySide then resolves the
type of that plain ``QWidget`` by building every widget class of Qt (tens of milliseconds of enumerations,
before the first rows of a cold start). The view sees its viewport's events anyway, in ``viewportEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTableView


class MeterTableView(QTableView):
    viewportPainted = Signal()
    """The rows on screen (or the empty viewport) have just been painted."""

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Paint:
            self.viewportPainted.emit()
        return handled

    def rows_area_height(self) -> int:
        """The viewport's height, without asking for the viewport (see above): the rows' room, less the
        horizontal scroll bar's when it is shown."""
        height = self.maximumViewportSize().height()
        scroll_bar = self.horizontalScrollBar()
        return height - scroll_bar.height() if scroll_bar.isVisible() else height
