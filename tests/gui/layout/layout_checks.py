"""What "fits the screen" means, as checks that return the problems they find (empty: all good).

A window lies within the screen's available area (with room for a title bar, which offscreen windows do
not have); every button outside a scrolled area is wholly visible; identifiers and statuses are shown in
full, measured with the font metrics of the widget that shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollArea, QTableView, QWidget

TITLE_BAR = 32
"""Height of a Windows title bar (logical pixels): offscreen windows have none, so it is allowed for."""


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def window_outside_area(window: QWidget) -> list[str]:
    """The window (its frame) outside the available area, or too tall for it with a title bar (offscreen
    windows have none: the platform would place a real one's frame within the area)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    title = TITLE_BAR if frame == window.geometry() else 0
    if area.contains(frame) and frame.height() + title <= area.height():
        return []
    return [f"{_name(window)}: {_rect(frame)} (and a {title} px title bar) is not within the available "
            f"area {_rect(area)}"]


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def hidden_buttons(window: QWidget) -> list[str]:
    """Buttons shown by the window (not scrolled content) that are cut off, or outside the window."""
    problems = []
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window) or button.window() is not window:
            continue
        top_left = button.mapTo(window, button.rect().topLeft())
        placed = QRect(top_left, button.size())
        shown = button.visibleRegion().boundingRect()
        if not inside.contains(placed) or shown.size() != button.size():
            problems.append(f"{_name(window)}: button {button.text()!r} ({_name(button)}) is cut off: "
                            f"{_rect(placed)} in {_rect(inside)}, visible {_rect(shown)}")
    return problems


def forms_cut_at_the_side(window: QWidget) -> list[str]:
    """Scrolled forms that cannot scroll sideways but are wider than their view: their right edge (fields,
    units, a list's arrow) is cut off."""
    problems = []
    for area in window.findChildren(QScrollArea):
        form = area.widget()
        if (form is None or not area.isVisibleTo(window)
                or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
            continue
        if form.width() > area.viewport().width():
            problems.append(f"{_name(window)}: the form in {_name(area)} is {form.width()} px wide in a "
                            f"{area.viewport().width()} px view")
    return problems


def label_cut(label: QLabel, what: str) -> list[str]:
    """A one-line label narrower than its text (a QLabel clips it without an ellipsis)."""
    if not label.isVisible() or not label.text():
        return []
    needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
    room = label.contentsRect().width() - 2 * label.margin()
    if room >= needed:
        return []
    return [f"{what} {label.text()!r} needs {needed} px, has {room}"]


def column_cut(table: QTableView, column: int, needed_width, what: str, rows: int = 40) -> list[str]:
    """Cells of ``column`` (the first ``rows`` shown) narrower than ``needed_width(text, font)``."""
    if table.isColumnHidden(column):
        return [f"{what}: column hidden"]
    model = table.model()
    width = table.columnWidth(column)
    problems = []
    for row in range(min(rows, model.rowCount())):
        text = model.index(row, column).data()
        needed = needed_width(str(text), table.font())
        if needed > width:
            problems.append(f"{what} {text!r} needs {needed} px, column has {width}")
            break
    return problems


def pill_cut(table: QTableView, column: int, what: str, rows: int = 40) -> list[str]:
    """Status pills of ``column`` (the first ``rows`` shown) that do not show their whole text."""
    from optimce_desktop.gui.meter_table import pill_text

    model, width = table.model(), table.columnWidth(column)
    for row in range(min(rows, model.rowCount())):
        text = str(model.index(row, column).data())
        shown = pill_text(text, table.font(), width)
        if shown != text:
            return [f"{what} {text!r} shows as {shown!r} in a column of {width} px"]
    return []


def status_cut(table: QTableView, column: int, what: str) -> list[str]:
    """Every status the CRM knows, not only those on screen, shown whole in ``column``'s pills."""
    from optimce_desktop.domain.enums import MeterStatus
    from optimce_desktop.gui.meter_table import pill_text
    from optimce_desktop.services.texts import enum_text

    width = table.columnWidth(column)
    return [f"{what} {enum_text(status)!r} shows as {pill_text(enum_text(status), table.font(), width)!r}"
            f" in a column of {width} px" for status in MeterStatus.known()
            if pill_text(enum_text(status), table.font(), width) != enum_text(status)]


def column_beyond_view(table: QTableView, column: int, what: str) -> list[str]:
    """A column whose right edge is past the visible part of the table (off the pane, needs scrolling)."""
    right = table.columnViewportPosition(column) + table.columnWidth(column)
    if table.columnViewportPosition(column) < 0 or right > table.viewport().width():
        return [f"{what}: column ends at {right} px, the table shows {table.viewport().width()} px"]
    return []
