"""The height and place of a dialog whose form is in a scroll area: the whole form when the screen allows
it, the form scrolled (and the buttons on screen) when it does not, and the window, title bar included,
within the screen's available area, centred on its parent. Left to Qt, a window opens at most 2/3 of the
screen's height, a form that grows (a banner, a message) is squeezed rather than the window grown, and a
window as tall as the area is pushed up until its title bar is off the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

WINDOW_FRAME_ALLOWANCE = 40
"""Pixels kept for the window's title bar and borders when no window on screen tells their real height."""
MIN_SCROLLED_FORM_HEIGHT = 240
"""The least height of the scrolled form, however small the screen."""


FOCUS_MARGIN = 24
"""Pixels shown around a field that takes the focus in a scrolled form (its label, the start of its
message)."""


class FocusKeptInView(QObject):
    """Scrolls ``area`` to the field that takes the focus, however it came: Qt scrolls to a field reached with
    Tab, not to one reached with its Alt+letter, which could then be typed in unseen. Watches the fields the
    form holds when it is made."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        form = area.widget()
        assert form is not None, "the scroll area holds its form"
        for field in form.findChildren(QWidget):
            if field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._area.ensureWidgetVisible(watched, FOCUS_MARGIN, FOCUS_MARGIN)
        return False


def fit_height_to_form(dialog: QWidget, area: QScrollArea) -> None:
    """Grows ``dialog`` to show all of ``area``'s form, up to the screen's available height less the
    window's frame, where the form scrolls instead; never shrinks it (a height the user chose is kept)."""
    form = area.widget()
    assert form is not None and form.layout() is not None, "the scroll area holds a form with a layout"
    content = height_for_width(form.layout(), area.viewport().width())
    chrome = _around_the_form(dialog, area)
    screen = dialog.screen()
    limit = screen.availableGeometry().height() - frame_allowance(dialog) if screen else chrome + content
    # set once: a minimum taller than the screen, even for a moment, would grow the window past it
    fitting = content if chrome + content <= limit else max(MIN_SCROLLED_FORM_HEIGHT, limit - chrome)
    area.setMinimumHeight(fitting)
    needed = chrome + area.minimumHeight()
    height = min(max(dialog.height(), needed), max(limit, needed))
    if height != dialog.height():
        dialog.layout().activate()  # the dialog's minimum follows the form's new one before the resize
        dialog.resize(dialog.width(), height)
        if dialog.isVisible():
            keep_on_screen(dialog)


def _around_the_form(dialog: QWidget, area: QScrollArea) -> int:
    """The height of what ``dialog`` shows besides the scrolled form (header, banner, buttons), from the
    items of its layout that do not hold the form (the whole layout's height would count the form's
    minimum, which the previous fit set)."""
    layout = dialog.layout()
    margins = layout.contentsMargins()
    width = dialog.width() - margins.left() - margins.right()
    shown = [layout.itemAt(index) for index in range(layout.count()) if not layout.itemAt(index).isEmpty()]
    height = margins.top() + margins.bottom() + max(layout.spacing(), 0) * (len(shown) - 1)
    for item in shown:
        widget = item.widget()
        if widget is not None and (widget is area or widget.isAncestorOf(area)):
            continue
        height += item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
    return height


def frame_allowance(dialog: QWidget) -> int:
    """The height a window frame adds to ``dialog``: measured on its parent window once that is on screen
    with a frame, and never less than ``WINDOW_FRAME_ALLOWANCE``."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    measured = (window.frameGeometry().height() - window.geometry().height()
                if window is not None and window.isVisible() else 0)
    return max(WINDOW_FRAME_ALLOWANCE, measured)


def place_over_parent(dialog: QWidget) -> None:
    """Centres ``dialog`` on its parent window (on the screen when it has none), keeping the window and
    its title bar within the screen's available area."""
    parent = dialog.parentWidget()
    screen = dialog.screen()
    if screen is None:
        return
    over = parent.window().frameGeometry() if parent is not None else screen.availableGeometry()
    frame = frame_allowance(dialog)
    left = over.center().x() - dialog.width() // 2
    top = over.center().y() - (dialog.height() + frame) // 2
    dialog.move(*_within(screen.availableGeometry(), left, top, dialog.width(), dialog.height(), frame))


def keep_on_screen(dialog: QWidget) -> None:
    """Moves ``dialog`` (grown, say) back within the available area, title bar included."""
    screen = dialog.screen()
    if screen is None:
        return
    position = dialog.pos()
    place = _within(screen.availableGeometry(), position.x(), position.y(), dialog.width(), dialog.height(),
                    frame_allowance(dialog))
    if place != (position.x(), position.y()):
        dialog.move(*place)


def _within(area: QRect, left: int, top: int, width: int, height: int, frame: int) -> tuple[int, int]:
    """Where a window placed at ``left``, ``top`` (its frame's corner, as ``move`` takes it), whose content
    is ``width`` by ``height`` under ``frame`` pixels of title bar and borders, goes to be inside ``area``;
    the title bar stays on screen when the window cannot all fit."""
    left = max(area.left(), min(left, area.right() + 1 - width))
    top = min(top, area.bottom() + 1 - height - frame)
    return left, max(area.top(), top)


def height_for_width(layout: QLayout, width: int) -> int:
    """The height ``layout`` needs at ``width`` (wrapped labels included), or its size hint's."""
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() and width > 0 else -1
    return height if height >= 0 else layout.totalSizeHint().height()
