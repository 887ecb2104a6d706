"""Helpers of the meter-action tests: the main window with the actions installed, a meter selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.gui.meter_actions import MeterActions
from optimce_desktop.gui.meter_rows import Column

QUICK_CHECKS = (0.1, 0.2, 0.3)
"""Seconds between the re-reads of a write of unknown outcome (the app waits 2, 4, 8 and 16 s)."""


def install(window, client, tasks, today) -> MeterActions:  # noqa: ANN001 - fixtures
    """The window's meter actions, as the app installed them, on the emulator's day and with quick
    re-reads."""
    actions = window.findChild(MeterActions)
    assert actions is not None
    actions.configure(today=lambda: today, check_delays=QUICK_CHECKS)
    return actions


def select_meter(qtbot, window, ean: str) -> None:  # noqa: ANN001 - fixtures
    """Finds the meter with the search box and clicks its row, as an operator does; waits for its detail."""
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, ean)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5000)
    table = window.ui.meterTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.table_model.index(0, Column.EAN)).center())
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == ean, timeout=5000)


def wait_dialog(qtbot, actions: MeterActions):  # noqa: ANN001, ANN201 - the dialog opened
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=5000)
    return actions.dialog


def shown(qtbot, dialog):  # noqa: ANN001, ANN201 - the dialog, shown and active
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def retype(qtbot, field, text: str) -> None:  # noqa: ANN001
    """Types ``text`` over the field's, then leaves it with Tab."""
    from PySide6.QtCore import Qt

    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def read_whole(label, dialog) -> bool:  # noqa: ANN001
    """``label`` (word-wrapped) is as tall as its text at its width and wholly in the dialog's view: in the
    scrolled form's viewport when it is in the form, without scrolling."""
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # laid out as the operator sees it
    needed = label.heightForWidth(label.width())
    area = getattr(dialog, "scroll_area", None)
    view = area.viewport() if area is not None and area.isAncestorOf(label) else dialog
    shown_rect = QRect(label.mapTo(view, QPoint(0, 0)), QSize(label.width(), max(needed, 1)))
    return label.isVisible() and label.height() >= needed and view.rect().contains(shown_rect)
