"""Escape in Settings, as in the other dialogs: with nothing typed it closes; with an address typed it asks
first, and Escape (or Enter) on the question goes back to what was typed; "Discard" throws it away, as Cancel
pressed on purpose does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from optimce_desktop.gui.settings_dialog import SettingsDialog
from optimce_desktop.services.server_settings import load_server_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


@pytest.fixture
def opened(qtbot, styled_app, app_settings):  # noqa: ANN001, ANN201 - a function opening the dialog
    owner = QWidget()  # File → Settings… opens it over the window
    qtbot.addWidget(owner)
    owner.show()

    def open_settings() -> SettingsDialog:
        dialog = SettingsDialog(app_settings, parent=owner)
        dialog.open()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    return open_settings


def _question(qtbot, dialog) -> QMessageBox:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=2000)
    [box] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    return box


def test_escape_with_nothing_typed_closes_settings(qtbot, opened):
    dialog = opened()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not dialog.findChildren(QMessageBox)


def test_escape_after_typing_asks_before_discarding(qtbot, opened, app_settings):
    dialog = opened()
    QTest.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # CRM &gateway
    assert QApplication.focusWidget() is dialog.gateway_edit
    qtbot.keyClicks(dialog.gateway_edit, "https://api.optimce.example")
    QTest.keyClick(dialog.gateway_edit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert box.objectName() == "discardConfirmation" and dialog.isVisible()
    assert box.text() == "Discard your changes to the settings?"

    QTest.keyClick(box, Qt.Key.Key_Escape)  # back to what was typed
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dialog.isVisible() and dialog.gateway_edit.text() == "https://api.optimce.example"

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert QApplication.focusWidget() is box.defaultButton()  # Enter keeps editing
    discard = next(button for button in box.buttons() if button.text() == "Discard")
    while QApplication.focusWidget() is not discard:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(discard, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert load_server_settings(app_settings).gateway_url == ""  # nothing saved


def test_cancel_pressed_on_purpose_throws_the_edits_away_without_asking(qtbot, opened, app_settings):
    dialog = opened()
    QTest.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.gateway_edit, "https://api.optimce.example")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    while QApplication.focusWidget() is not cancel:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(cancel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert load_server_settings(app_settings).gateway_url == ""
