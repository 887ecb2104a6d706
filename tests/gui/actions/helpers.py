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
