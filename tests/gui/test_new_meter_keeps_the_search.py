"""A meter added from the main window keeps the operator's search and status filter: it is selected when they
show it (once its detail is known: a meter not active yet is listed as such only then), and otherwise the
detail pane shows it and says that they hide it; nothing the operator typed is thrown away."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.meter_actions import MeterActions
from tests.e2e.test_meter_actions_add import NEW_EAN, fill_valid
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import install

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


@pytest.fixture
def window(qtbot, loaded_window, manager_client, task_runner, emulator_today):  # noqa: ANN001, ANN201
    install(loaded_window, manager_client, task_runner, emulator_today)
    loaded_window.activateWindow()
    qtbot.waitUntil(loaded_window.isActiveWindow, timeout=2000)
    return loaded_window


def _search(qtbot, window, text: str) -> None:  # noqa: ANN001
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.ui.searchEdit, text)


def _status_filter(window, text: str) -> None:  # noqa: ANN001
    """Picks ``text`` in the closed status filter with the arrow keys."""
    combo = window.ui.statusFilterCombo
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no {text!r} in the status filter")


def _add(qtbot, window, start: dt.date) -> None:  # noqa: ANN001
    """Meter → Add a meter…, the form filled and sent from the keyboard (Rue des Nouveaux 4, Huy)."""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Meter
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # &Add a meter…
    actions = window.findChild(MeterActions)
    qtbot.waitUntil(lambda: isinstance(actions.dialog, AddMeterDialog) and actions.dialog.isVisible(),
                    timeout=5000)
    dialog = actions.dialog
    fill_valid(qtbot, dialog, NEW_EAN, start)
    warned = bool(dialog.form.warnings() + dialog.period_form.warnings())
    QTest.keyClick(dialog.validate_button, Qt.Key.Key_Space)
    if warned:
        answer_box(qtbot, dialog, "warningsConfirmation", "Create anyway")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == NEW_EAN, timeout=5000)


def test_a_new_meter_the_search_and_filter_show_is_selected_without_clearing_them(
        qtbot, window, emulator_today):
    _search(qtbot, window, "nouveaux")
    _status_filter(window, "Not active yet")
    assert window.table_model.rowCount() == 0
    _add(qtbot, window, emulator_today + dt.timedelta(days=9))  # not active yet: listed so once read
    assert window.ui.searchEdit.text() == "nouveaux"
    assert window.ui.statusFilterCombo.currentText() == "Not active yet"
    qtbot.waitUntil(lambda: window.selected_ean == NEW_EAN, timeout=5000)
    assert window.table_model.rowCount() == 1 and not window.detail_pane.listed_note.isVisible()


def test_a_new_meter_the_search_hides_is_shown_in_the_detail_which_says_so(qtbot, window, emulator_today):
    _search(qtbot, window, "grande")
    listed = window.table_model.rowCount()
    assert listed > 0
    _add(qtbot, window, emulator_today)
    assert window.ui.searchEdit.text() == "grande"  # the operator's search, kept
    assert window.table_model.rowCount() == listed and window.table_model.row_of(NEW_EAN) is None
    assert window.selected_ean is None  # no other meter stays selected beside the new one's detail
    pane = window.detail_pane
    assert pane.card_value("meterNumber") == "MTR-NEW1"
    assert pane.listed_note.isVisible() and "hides it" in pane.listed_note.text()

    QTest.keyClick(window.ui.clearFiltersButton, Qt.Key.Key_Space)  # the operator clears them
    qtbot.waitUntil(lambda: window.selected_ean == NEW_EAN, timeout=5000)  # cleared: the meter is selected
    assert not pane.listed_note.isVisible()
