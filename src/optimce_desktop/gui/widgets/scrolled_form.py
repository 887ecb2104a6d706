"""The height of a dialog whose form is in a scroll area: the whole form when the screen allows it, the
form scrolled (and the buttons on screen) when it does not. Left to Qt, a window opens at most 2/3 of the
screen's height, and a form that grows (a banner, a message) is squeezed rather than the window grown."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

WINDOW_FRAME_ALLOWANCE = 40
"""Pixels kept free for the window's title bar when sizing the dialog to the screen."""
MIN_SCROLLED_FORM_HEIGHT = 240
"""The least height of the scrolled form, however small the screen."""


def fit_height_to_form(dialog: QWidget, area: QScrollArea) -> None:
    """Grows ``dialog`` to show all of ``area``'s form, up to the screen's available height, where the form
    scrolls instead; never shrinks it (a height the user chose is kept)."""
    form = area.widget()
    assert form is not None and form.layout() is not None, "the scroll area holds a form with a layout"
    content = height_for_width(form.layout(), area.viewport().width())
    # what the dialog shows besides the form (header, banner, buttons): the area counts in the dialog's
    # layout for the larger of its minimum and its size hint
    chrome = (height_for_width(dialog.layout(), dialog.width())
              - max(area.minimumHeight(), area.sizeHint().height()))
    screen = dialog.screen()
    limit = screen.availableGeometry().height() - WINDOW_FRAME_ALLOWANCE if screen else chrome + content
    # set once: a minimum taller than the screen, even for a moment, would grow the window past it
    fitting = content if chrome + content <= limit else max(MIN_SCROLLED_FORM_HEIGHT, limit - chrome)
    area.setMinimumHeight(fitting)
    needed = chrome + area.minimumHeight()
    height = min(max(dialog.height(), needed), max(limit, needed))
    if height != dialog.height():
        dialog.layout().activate()  # the dialog's minimum follows the form's new one before the resize
        dialog.resize(dialog.width(), height)


def height_for_width(layout: QLayout, width: int) -> int:
    """The height ``layout`` needs at ``width`` (wrapped labels included), or its size hint's."""
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() and width > 0 else -1
    return height if height >= 0 else layout.totalSizeHint().height()
