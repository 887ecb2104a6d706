"""What a meter action dialog says will happen is read whole: when a longer consequence replaces a shorter
one (a choice unticked, a date typed), the dialog grows to show it, or its form scrolls; no line is cut."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from optimce_desktop.emulator import FUTURE_EAN
from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
from tests.gui.actions.helpers import read_whole, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


def test_unticking_let_it_run_on_shows_the_whole_consequence(qtbot, service, crm_client, window):
    future = crm_client.meter_detail(FUTURE_EAN)
    dialog = shown(qtbot, CancelScheduledDialog(future, future.futur_meter_data[0], service, "community",
                                                window))
    outcome = dialog.outcome_label
    assert read_whole(outcome, dialog)
    check = dialog.reopen_check
    assert QApplication.focusWidget() is check
    for _ in range(3):  # as the tester did: round the dialog's controls (Close, Delete) and back
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is check
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()
    assert outcome.text().endswith("the meter has no configuration.</b>")
    assert read_whole(outcome, dialog)
    qtbot.keyClick(check, Qt.Key.Key_Space)  # and back: the shorter text, whole too
    assert "runs on" in outcome.text() and read_whole(outcome, dialog)
    dialog.done(0)


def test_the_consequences_of_a_typed_deactivation_date_are_shown_whole(qtbot, service, crm_client, window):
    future = crm_client.meter_detail(FUTURE_EAN)
    scheduled = future.futur_meter_data[0]
    dialog = shown(qtbot, DeactivationDialog(future, service, "community", window))
    date = dialog.date_edit
    for day in (scheduled.start_date - dt.timedelta(days=1), scheduled.start_date + dt.timedelta(days=5)):
        date.setFocus()
        date.selectAll()
        qtbot.keyClick(date, Qt.Key.Key_Delete)
        qtbot.keyClicks(date, f"{day:%d/%m/%Y}")
    consequences = dialog.consequences.text()
    assert "Holder until then:" in consequences and "Sharing operation until then:" in consequences
    assert read_whole(dialog.consequences, dialog)
    assert read_whole(dialog.date_hint, dialog)
    dialog.done(0)
