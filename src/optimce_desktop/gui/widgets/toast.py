"""A short, non-modal notice ("Meter data updated") that fades in over a window and fades away by itself.

It is a child of the window (never a window of its own), so it takes no focus and moves with the window;
it stays anchored at the bottom centre when the window is resized. A click dismisses it at once.

    Toast.show_message(main_window, main_window.tr("Meter data updated"))
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

DEFAULT_DURATION_MS = 3500
FADE_MS = 250
MARGIN = 24
STYLES = {
    "success": "background: #2E7D32; color: white;",
    "info": "background: #37474F; color: white;",
    "error": "background: #C62828; color: white;",
}


class Toast(QLabel):
    def __init__(self, window: QWidget, text: str, kind: str = "success",
                 duration_ms: int = DEFAULT_DURATION_MS) -> None:
        super().__init__(text, window)
        self.setObjectName("toast")
        self.setProperty("kind", kind)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"QLabel#toast {{ {STYLES.get(kind, STYLES['info'])} border-radius: 8px; padding: 10px 18px;"
            " font-weight: 600; }")
        self._opacity = QGraphicsOpacityEffect(self)
        self._opacity.setOpacity(0.0)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(duration_ms)
        self._hide_timer.timeout.connect(self.dismiss)
        self._dismissing = False
        window.installEventFilter(self)

    @classmethod
    def show_message(cls, window: QWidget, text: str, kind: str = "success",
                     duration_ms: int = DEFAULT_DURATION_MS) -> Toast:
        """Shows a toast over ``window`` (any widget; its top-level window is used) and returns it."""
        host = window.window()
        for earlier in host.findChildren(Toast, options=Qt.FindChildOption.FindDirectChildrenOnly):
            earlier.dismiss()
        toast = cls(host, text, kind, duration_ms)
        toast._place()
        toast.show()
        toast.raise_()
        toast._animate_to(1.0)
        toast._hide_timer.start()
        return toast

    @property
    def opacity(self) -> float:
        return self._opacity.opacity()

    def dismiss(self) -> None:
        if self._dismissing:
            return
        self._dismissing = True
        self._hide_timer.stop()
        self._animate_to(0.0)
        self._fade.finished.connect(self.close)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dismiss()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        # One line when it fits; wrapped within the window otherwise.
        self.ensurePolished()  # the style sheet's bold font decides the width
        widest = max(240, host.width() - 2 * MARGIN)
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * 18 + 8
        self.setWordWrap(one_line > widest)
        self.setFixedWidth(min(one_line, widest))
        height = self.heightForWidth(self.width()) if self.wordWrap() else self.sizeHint().height()
        self.setFixedHeight(height)
        x = (host.width() - self.width()) // 2
        y = host.height() - self.height() - MARGIN
        self.move(max(0, x), max(0, y))

    def _animate_to(self, opacity: float) -> None:
        self._fade.stop()
        self._fade.setStartValue(self._opacity.opacity())
        self._fade.setEndValue(opacity)
        self._fade.start()
