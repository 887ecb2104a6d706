"""The toast: a non-modal notice over a window that fades away by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from optimce_desktop.gui.widgets.toast import MARGIN, Toast


def _window(qtbot, width: int = 900, height: int = 600) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    return window


def test_shows_over_the_window_without_taking_focus_and_fades_away(qtbot):
    window = _window(qtbot)
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    assert window.focusWidget() is field
    # any widget of the window; shown long enough for its fade-in to be seen on a busy machine
    toast = Toast.show_message(field, "Meter data updated", duration_ms=1500)
    assert toast.parent() is window and toast.isVisible() and toast.text() == "Meter data updated"
    assert not toast.isWindow() and window.focusWidget() is field
    assert toast.geometry().bottom() == window.height() - MARGIN - 1
    assert abs(toast.geometry().center().x() - window.width() // 2) <= 1
    qtbot.waitUntil(lambda: toast.opacity == 1.0, timeout=2000)
    destroyed = []
    toast.destroyed.connect(lambda: destroyed.append(True))
    qtbot.waitUntil(lambda: bool(destroyed), timeout=5000)


def test_follows_the_window_when_it_is_resized_and_wraps_long_texts(qtbot):
    window = _window(qtbot, 400, 300)
    text = "A notice far longer than the window is wide, " * 3
    toast = Toast.show_message(window, text, duration_ms=10_000)
    assert toast.wordWrap() and toast.width() <= window.width() - 2 * MARGIN
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: toast.geometry().bottom() == 700 - MARGIN - 1, timeout=2000)


def test_a_new_toast_replaces_the_previous_one_and_a_click_dismisses(qtbot):
    window = _window(qtbot)
    first = Toast.show_message(window, "First", duration_ms=10_000)
    closed = []
    first.destroyed.connect(lambda: closed.append("first"))
    second = Toast.show_message(window, "Second", duration_ms=10_000)
    qtbot.waitUntil(lambda: closed == ["first"], timeout=2000)
    second.destroyed.connect(lambda: closed.append("second"))
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed == ["first", "second"], timeout=2000)
