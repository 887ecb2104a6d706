"""Where the keyboard is in the main window, as a French-speaking operator works it without a mouse: in the
meter list from the start, back where it was when a dialog opened from the window closes (the list, when
what had it can no longer take it), never on the community field, whose closed field no arrow key switches;
and in Pending changes, kept there after a draft was sent from it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, INACTIVE_EAN, TOURNESOLS_AUTH_ID
from tests.gui.actions.helpers import install, wait_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key pressed where the keyboard is."""
    QTest.keyClick(focus(), key, modifier)


def active(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """``window`` active, as the system makes it (the offscreen platform activates nothing by itself)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.fixture
def window(qtbot, french_belgian, loaded_window, manager_client, task_runner, emulator_today):  # noqa: ANN001
    """The main window in French, active, with the meter actions as the app installs them."""
    install(loaded_window, manager_client, task_runner, emulator_today)
    active(qtbot, loaded_window)
    return loaded_window


def _find_with_the_list(qtbot, window, ean: str) -> None:  # noqa: ANN001
    """Ctrl+F, the EAN typed, Tab down to the list (on the meter found), as the operator does."""
    QTest.keyClick(focus(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focus() is window.ui.searchEdit
    qtbot.keyClicks(window.ui.searchEdit, ean)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5000)
    while focus() is not window.ui.meterTable:
        press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == ean, timeout=5000)


def test_the_keyboard_starts_in_the_meter_list_and_down_moves_in_it(qtbot, window):
    table, combo = window.ui.meterTable, window.ui.communityCombo
    community, index = window.active_community.name, combo.currentIndex()
    assert focus() is table
    press(Qt.Key.Key_Down)
    assert focus() is table and window.selected_ean == window.table_model.ean_at(0)
    press(Qt.Key.Key_Down)
    assert window.selected_ean == window.table_model.ean_at(1)
    assert combo.currentIndex() == index and window.active_community.name == community


def test_an_arrow_on_the_closed_community_field_opens_its_list_and_switches_nothing(qtbot, window):
    combo = window.ui.communityCombo
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=5000)
    community, index = window.active_community.name, combo.currentIndex()
    while focus() is not combo:  # back from the list to the filter bar's first field
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        press(key)
        assert combo.currentIndex() == index and window.active_community.name == community
        qtbot.waitUntil(combo.view().isVisible, timeout=2000)  # the list opens: the choice is made there
        QTest.keyClick(combo.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_H):  # "H" for "CE Hesbaye Solaire"
        press(key)
        assert combo.currentIndex() == index and not combo.view().isVisible(), key
    assert window.active_community.name == community

    press(Qt.Key.Key_Down, ALT)  # opened as any combo is, the community is picked there with Enter
    qtbot.waitUntil(combo.view().isVisible, timeout=2000)
    QTest.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    assert window.active_community.name == community


def test_the_keyboard_comes_back_to_the_list_when_a_cancelled_scheduled_change_closes_its_dialog(
        qtbot, window):
    actions = window.findChild(QWidget, "deleteScheduledPeriodButton")
    pane = window.detail_pane
    _find_with_the_list(qtbot, window, FUTURE_EAN)
    while focus() is not pane.tabs.tabBar():
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Right)  # « Historique et à venir »
    bar = pane.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width(), timeout=2000)  # no scroll arrows
    press(Qt.Key.Key_Tab)
    assert focus() is pane.timeline_view
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the latest period first: the scheduled one
    assert actions.isEnabled()
    press(Qt.Key.Key_Tab)  # Tab leaves the periods for their action
    assert focus() is actions
    press(Qt.Key.Key_Space)
    from optimce_desktop.gui.meter_actions import MeterActions

    dialog = wait_dialog(qtbot, window.findChild(MeterActions))
    active(qtbot, dialog)
    QTest.keyClick(dialog, Qt.Key.Key_S, ALT)  # « &Supprimer la période planifiée »
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=3000)
    box = next(box for box in dialog.findChildren(QMessageBox) if box.isVisible())
    active(qtbot, box)
    QTest.keyClick(box, Qt.Key.Key_S, ALT)  # « &Supprimer la période »
    qtbot.waitUntil(lambda: window.findChild(MeterActions).dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: not actions.isEnabled(), timeout=5000)  # nothing scheduled is left

    active(qtbot, window)  # the system gives the window back the keyboard
    assert focus() is window.ui.meterTable, focus()
    community = window.active_community.name
    press(Qt.Key.Key_Down)  # meant for the list: it stays on its only meter
    assert window.active_community.name == community and window.selected_ean == FUTURE_EAN


def test_the_keyboard_comes_back_where_it_was_when_a_dialog_closes(qtbot, window):
    _find_with_the_list(qtbot, window, GUIDE_EAN)
    pane = window.detail_pane
    modify = pane.findChild(QWidget, "modifyMeterButton")
    while focus() is not modify:
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # « Modifier »
    from optimce_desktop.gui.meter_actions import MeterActions

    dialog = wait_dialog(qtbot, window.findChild(MeterActions))
    active(qtbot, dialog)
    press(Qt.Key.Key_Escape)  # nothing typed: it closes
    qtbot.waitUntil(lambda: window.findChild(MeterActions).dialog is None, timeout=5000)
    active(qtbot, window)
    assert focus() is modify

    while focus() is not window.ui.meterTable:
        press(Qt.Key.Key_Tab)
    QTest.keyClick(focus(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)  # « Mettre à jour »
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    form = launcher.dialog
    active(qtbot, form)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: launcher.dialog is None, timeout=5000)
    active(qtbot, window)
    assert focus() is window.ui.meterTable


# -- Pending changes ------------------------------------------------------------------------------------


@pytest.fixture
def waiting_update(local_database, manager_client, emulator_today) -> None:
    """An update of the guide meter kept on this computer while the CRM was away."""
    guide = manager_client.meter_detail(GUIDE_EAN, community_id=TOURNESOLS_AUTH_ID)
    draft = MeterDataUpdate.from_detail(guide)
    draft.amperage, draft.effective_date = 50, emulator_today + dt.timedelta(days=25)
    DraftStore(Database(local_database)).save(TOURNESOLS_AUTH_ID, draft, DraftReason.CRM_UNREACHABLE)


@pytest.fixture
def waiting_deactivation(local_database, manager_client, emulator_today) -> None:
    """A deactivation of a meter that is inactive by now: the CRM's meter refuses it."""
    change = Deactivation.of(
        manager_client.meter_detail(INACTIVE_EAN, community_id=TOURNESOLS_AUTH_ID), emulator_today)
    DraftStore(Database(local_database)).save(TOURNESOLS_AUTH_ID, change, DraftReason.CRM_UNREACHABLE)


def _pending_dialog(qtbot, window):  # noqa: ANN001, ANN202 - the dialog, active
    qtbot.waitUntil(window.pending_button.isVisible, timeout=5000)
    press(Qt.Key.Key_C, ALT)  # « &Compteur »
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_O)  # « M&odifications en attente… »
    dialog = window.pending_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible() and dialog.table.rowCount() > 0,
                    timeout=5000)
    active(qtbot, dialog)
    return dialog


def test_pending_changes_keep_the_keyboard_after_a_draft_is_sent_from_them(qtbot, waiting_update, window,
                                                                          manager_client):
    dialog = _pending_dialog(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_V, ALT)  # « &Vérifier et envoyer… »
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    form = launcher.dialog
    active(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_V, ALT)  # « &Valider »: sent
    qtbot.waitUntil(lambda: launcher.dialog is None, timeout=10_000)

    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # its title is not greyed
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert focus() is dialog.close_button  # nothing left to send
    assert 50 in {period.amperage for period in manager_client.meter_detail(GUIDE_EAN).timeline}
    press(Qt.Key.Key_Escape)  # closes Pending changes, not the window behind
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.isVisible()


def test_pending_changes_keep_the_keyboard_when_a_draft_cannot_be_sent(qtbot, waiting_deactivation, window):
    dialog = _pending_dialog(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_V, ALT)  # « &Vérifier et envoyer… »
    qtbot.waitUntil(lambda: "Non envoyée" in dialog.check_text(INACTIVE_EAN, Deactivation.kind)
                    or "Non envoyé" in dialog.check_text(INACTIVE_EAN, Deactivation.kind), timeout=5000)
    assert dialog.isActiveWindow() and focus() is dialog.table  # on the change the check refused
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.isVisible()
