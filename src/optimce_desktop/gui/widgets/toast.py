"""A short, non-modal notice ("Meter data updated") that fades in over a window and fades away by itself.

It is a child of the window (never a window of its own), so it takes no focus and moves with the window.
Over a main window it sits in the free part of the status bar, where it hides nothing the operator reads
(above the status bar, at the right, when the text is wider than that free part); over another window, at the
bottom centre. It follows the window when resized. A click dismisses it at once.

    Toast.show_message(main_window, main_window.tr("Meter data updated"))
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPoint, QPropertyAnimation, QRect, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QMainWindow, QSizeGrip, QStatusBar, QWidget

DEFAULT_DURATION_MS = 3500
FADE_MS = 250
MARGIN = 24
STATUS_BAR_MARGIN = 8
"""Space kept free between the toast and the status bar's own texts."""
SIDE_PADDING, COMPACT_SIDE_PADDING = 18, 14
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
        self._colours = STYLES.get(kind, STYLES["info"])
        self._compact: bool | None = None
        self._set_compact(False)
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
        self._status_bar = _status_bar_of(window)
        if self._status_bar is not None:
            self._status_bar.installEventFilter(self)  # its texts change: the free part moves

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
        elif watched is self._status_bar and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            QTimer.singleShot(0, self, self._place)  # once the status bar has laid its texts out
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        if self._place_in_status_bar(host):
            return
        self._set_compact(False)
        # One line when it fits; wrapped within the window otherwise.
        widest = max(240, host.width() - 2 * MARGIN)
        one_line = self._one_line_width()
        self.setWordWrap(one_line > widest)
        self.setFixedWidth(min(one_line, widest))
        height = self.heightForWidth(self.width()) if self.wordWrap() else self.sizeHint().height()
        self.setFixedHeight(height)
        # over a main window, at the right: the list, where the operator works, stays clear
        x = host.width() - self.width() - MARGIN if self._status_bar is not None \
            else (host.width() - self.width()) // 2
        bar = self._status_bar
        bottom = bar.mapTo(host, QPoint(0, 0)).y() - STATUS_BAR_MARGIN if bar and bar.isVisible() \
            else host.height() - MARGIN
        self.move(max(0, x), max(0, bottom - self.height()))

    def _place_in_status_bar(self, host: QWidget) -> bool:
        """In the widest free part of the status bar, on one line, when the text fits there."""
        bar = self._status_bar
        if bar is None or not bar.isVisible():
            return False
        free = _widest_free_part(bar)
        self._set_compact(True)
        width = self._one_line_width()
        if free.width() - 2 * STATUS_BAR_MARGIN < width:
            return False
        self.setWordWrap(False)
        self.setFixedSize(width, max(1, bar.height() - 4))
        origin = bar.mapTo(host, QPoint(free.left(), 0))
        self.move(origin.x() + (free.width() - width) // 2, origin.y() + 2)
        return True

    def _one_line_width(self) -> int:
        self.ensurePolished()  # the style sheet's bold font decides the width
        side = COMPACT_SIDE_PADDING if self._compact else SIDE_PADDING
        return self.fontMetrics().horizontalAdvance(self.text()) + 2 * side + 8

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        self.setStyleSheet(
            f"QLabel#toast {{ {self._colours} border-radius: {6 if compact else 8}px;"
            f" padding: {'1px' if compact else '10px'} {COMPACT_SIDE_PADDING if compact else SIDE_PADDING}px;"
            " font-weight: 600; }")
        self.ensurePolished()

    def _animate_to(self, opacity: float) -> None:
        self._fade.stop()
        self._fade.setStartValue(self._opacity.opacity())
        self._fade.setEndValue(opacity)
        self._fade.start()


def _status_bar_of(window: QWidget) -> QStatusBar | None:
    if not isinstance(window, QMainWindow):
        return None
    return window.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)


def _widest_free_part(bar: QStatusBar) -> QRect:
    """The widest stretch of the status bar where none of its widgets is, in its coordinates."""
    taken = sorted((child.geometry() for child in bar.findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not isinstance(child, (Toast, QSizeGrip))), key=lambda r: r.left())
    inside = bar.contentsRect()
    widest, start = QRect(), inside.left()
    for rect in [*taken, QRect(inside.right() + 1, 0, 0, 0)]:
        if rect.left() - start > widest.width():
            widest = QRect(start, inside.top(), rect.left() - start, inside.height())
        start = max(start, rect.right() + 1)
    return widest
