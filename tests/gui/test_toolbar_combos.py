"""The drop-down lists of the main window's filter bar (community, search field, status), as the operator sees
them once open: a list under the field, which keeps showing its text, and the highlighted entry, moved with
the arrow keys, readable (WCAG 2.1 text contrast, measured on the drawn pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox

from tests.gui.test_contrast import TEXT, contrast
from tests.support.screenshots import save_screenshot

INK_PIXELS = 12
"""Pixels a readable entry's letters cover at least: a blank entry has none (its text, not its frame)."""


def entry_ink(image: QImage, rect: QRect) -> tuple[str, str, int]:
    """The background of ``rect`` (its most common colour), the drawn colour that contrasts most with it, and
    how many pixels reach 4.5:1 against it; the rect's edges (a frame) are left out."""
    inner = rect.intersected(image.rect()).adjusted(3, 3, -3, -3)
    counts: dict[int, int] = {}
    for y in range(inner.top(), inner.bottom() + 1):
        for x in range(inner.left(), inner.right() + 1):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor(max(counts, key=counts.__getitem__)).name()
    ratios = {QColor(rgb).name(): contrast(QColor(rgb).name(), background) for rgb in counts}
    ink = max(ratios, key=ratios.__getitem__)
    readable = sum(n for rgb, n in counts.items() if ratios[QColor(rgb).name()] >= TEXT)
    return background, ink, readable


def assert_highlighted_entry_readable(combo: QComboBox, row: int, what: str) -> None:
    view = combo.view()
    highlighted = view.currentIndex().row()
    assert highlighted == row, f"{what}: the highlighted entry is row {highlighted}"
    assert view.selectionModel().isSelected(view.currentIndex()), f"{what}: the entry is not highlighted"
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    background, ink, readable = entry_ink(image, rect)
    assert readable >= INK_PIXELS, (
        f"{what}: the highlighted entry {combo.itemText(row)!r} is blank ({background} background, "
        f"best text colour {ink}, {contrast(ink, background):.2f}:1)")
    others = [r for r in range(combo.count()) if r != row and view.model().index(r, 0).flags()
              & Qt.ItemFlag.ItemIsEnabled]
    if others:  # the highlight is seen as such: not the background of the other entries
        other_background, _, _ = entry_ink(image, view.visualRect(view.model().index(others[0], 0)))
        assert background != other_background, f"{what}: the highlighted entry looks like the others"


def assert_field_keeps_its_text(combo: QComboBox, text: str, what: str) -> None:
    """The open list, under the field or above it, does not cover it (their frames may share a line), and the
    field still says ``text``."""
    popup = combo.view().window().geometry()
    field = QRect(combo.mapToGlobal(QPoint(0, 0)), combo.size())
    assert popup.top() >= field.bottom() or popup.bottom() <= field.top(), (
        f"{what}: the open list {popup} covers the field {field}")
    assert combo.currentText() == text


def open_list(qtbot, combo: QComboBox) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)


@pytest.mark.parametrize("name", ["communityCombo", "searchFieldCombo", "statusFilterCombo"])
def test_the_highlighted_entry_of_an_open_list_is_readable(qtbot, loaded_window, name):
    window = loaded_window
    combo: QComboBox = getattr(window.ui, name)
    current, text = combo.currentIndex(), combo.currentText()
    open_list(qtbot, combo)
    view = combo.view()

    assert_highlighted_entry_readable(combo, current, f"{name}, just opened")
    assert_field_keeps_its_text(combo, text, name)
    for row in range(combo.count()):  # whole, not elided
        needed = view.sizeHintForIndex(view.model().index(row, 0)).width()
        assert needed <= view.viewport().width(), f"{name}: {combo.itemText(row)!r} is cut"

    enabled = [r for r in range(combo.count())
               if view.model().index(r, 0).flags() & Qt.ItemFlag.ItemIsEnabled]
    following = next((r for r in enabled if r > current), None)
    assert following is not None, f"{name}: nothing to move to"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert_highlighted_entry_readable(combo, following, f"{name}, after Down")
    assert_field_keeps_its_text(combo, text, name)  # only Enter picks the entry
    save_screenshot(view, f"{name}-open.png")

    hovered = enabled[-1]
    qtbot.mouseMove(view.viewport(), view.visualRect(view.model().index(hovered, 0)).center())
    qtbot.waitUntil(lambda: view.currentIndex().row() == hovered, timeout=2000)
    assert_highlighted_entry_readable(combo, hovered, f"{name}, hovered")

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert combo.currentIndex() == current
