"""Turns a push button into a busy indicator ("Sending", with animated dots) while work is in flight."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

FRAME_MILLISECONDS = 350
_DOTS = ("", ".", "..", "...")


class BusyIndicator(QObject):
    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self._button = button
        self._idle_text = button.text()
        self._busy_text = ""
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MILLISECONDS)
        self._timer.timeout.connect(self._next_frame)

    @property
    def is_busy(self) -> bool:
        return self._timer.isActive()

    def start(self, busy_text: str) -> None:
        """Disables the button and animates ``busy_text``; the dots never change the button's width."""
        if not self.is_busy:
            self._idle_text = self._button.text()
        self._busy_text = busy_text
        self._frame = 0
        width = self._button.fontMetrics().horizontalAdvance(busy_text + _DOTS[-1])
        self._button.setMinimumWidth(max(self._button.minimumWidth(), width + 32))
        self._button.setEnabled(False)
        self._set_busy_property(True)
        self._show_frame()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._set_busy_property(False)
        self._button.setText(self._idle_text)

    def _set_busy_property(self, busy: bool) -> None:
        """``busy`` lets a style sheet tell a working button from a merely disabled one."""
        self._button.setProperty("busy", busy)
        self._button.style().unpolish(self._button)
        self._button.style().polish(self._button)

    def _next_frame(self) -> None:
        self._frame = (self._frame + 1) % len(_DOTS)
        self._show_frame()

    def _show_frame(self) -> None:
        dots = _DOTS[self._frame]
        self._button.setText(self._busy_text + dots + " " * (len(_DOTS[-1]) - len(dots)))
