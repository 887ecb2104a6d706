"""The focus seen on screen, as an operator who works from the keyboard sees it: every control Tab reaches in
the main window (the filter bar, the list, the detail pane and its header, the tabs) looks different once it
has the focus, by a ring of pixels at 3:1 at least against what they were (WCAG 2.2, 2.4.13: at least a
1-pixel ring all around the control), measured on the drawn pixels; the header's read-only lines are no
Tab stops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTabBar, QWidget

from optimce_desktop.emulator import GUIDE_EAN
from tests.gui.test_contrast import GRAPHICS, contrast
from tests.support.screenshots import save_screenshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")

AROUND = 3
"""Pixels around a control where its ring may be drawn."""
RING = 1.6
"""The pixels a focus ring changes at least, in rings of one pixel around the control: 2 pixels thick, less
its rounded corners and where it meets a scroll bar."""


def _shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` drawn in ``window`` (a control in the scrolled pane may be partly hidden),
    with the pixels around it."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.adjusted(-AROUND, -AROUND, AROUND, AROUND).intersected(window.rect())


def changed_pixels(before: QImage, after: QImage, rect: QRect) -> int:
    """Pixels of ``rect`` whose colour changed by 3:1 at least."""
    ratios: dict[tuple[int, int], float] = {}
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pair = (before.pixel(x, y) & 0xFFFFFF, after.pixel(x, y) & 0xFFFFFF)
            if pair[0] == pair[1]:
                continue
            if pair not in ratios:
                ratios[pair] = contrast(QColor(pair[0]).name(), QColor(pair[1]).name())
            count += ratios[pair] >= GRAPHICS
    return count


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()}".strip()


def test_every_control_tab_reaches_in_the_main_window_shows_its_focus(qtbot, loaded_window):
    window = loaded_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN[:6])  # a search (a value in the field), the meter in view
    assert window.select_meter(GUIDE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.ean_warning.isVisible(), timeout=5000)
    window.ui.meterTable.setFocus()
    qtbot.wait(50)

    reached: list[QWidget] = []
    unseen: list[str] = []
    for _ in range(40):
        before = window.grab().toImage()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in reached:
            break
        reached.append(widget)
        QApplication.processEvents()
        after = window.grab().toImage()
        rect = _shown_rect(widget, window)
        if isinstance(widget, QTabBar):  # the control is its current tab
            tab = widget.tabRect(widget.currentIndex())
            rect = QRect(widget.mapTo(window, tab.topLeft()), tab.size()).adjusted(-AROUND, -AROUND, AROUND,
                                                                                  AROUND)
        inner = rect.adjusted(AROUND, AROUND, -AROUND, -AROUND)
        ring = RING * 2 * (inner.width() + inner.height())
        changed = changed_pixels(before, after, rect)
        if changed < ring:
            unseen.append(f"{_name(widget)}: {changed} pixels changed by 3:1, a ring is {ring}")
            save_screenshot(window, f"focus-unseen-{widget.objectName() or type(widget).__name__}.png")
    names = [_name(widget) for widget in reached]
    for expected in ("copyEanButton", "modifyMeterButton", "updateDataButton", "meterTable",
                     "communityCombo", "searchEdit", "statusFilterCombo", "clearFiltersButton"):
        assert any(expected in name for name in names), f"Tab never reached {expected}: {names}"
    assert not [name for name in names if name.startswith("QLabel")], names  # no read-only line
    assert not unseen, unseen


def test_the_header_lines_are_read_not_tab_stops(qtbot, loaded_window):
    window = loaded_window
    assert window.select_meter(GUIDE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.ean_warning.isVisible(), timeout=5000)
    header = pane.findChild(QWidget, "detailHeader")
    for label in header.findChildren(QLabel):
        assert not label.focusPolicy() & Qt.FocusPolicy.TabFocus, label.objectName()
        assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard, (
            label.objectName())  # no text cursor
