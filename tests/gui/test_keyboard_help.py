"""Help → Keyboard shortcuts (F1) lists the window's shortcuts as its menus have them, in the user's language,
and the keys no menu shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from optimce_desktop.app import install_translations
from optimce_desktop.gui.keyboard_help import KeyboardHelpDialog
from tests.support.screenshots import save_screenshot


def _open_with_f1(qtbot, window) -> KeyboardHelpDialog:  # noqa: ANN001
    window.activateWindow()
    window.ui.meterTable.setFocus()
    # the app's menus are complete once the editing services are attached
    qtbot.waitUntil(lambda: window.update_launcher is not None, timeout=10_000)
    qtbot.keyClick(window.ui.meterTable, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KeyboardHelpDialog)
                    or window.findChild(KeyboardHelpDialog) is not None, timeout=5000)
    dialog = window.findChild(KeyboardHelpDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_f1_lists_the_menus_shortcuts_and_escape_closes_it(qtbot, loaded_window):
    dialog = _open_with_f1(qtbot, loaded_window)
    rows = dict(dialog.rows())

    assert rows["Ctrl+U"] == "Meter › Update data"
    assert rows["Ctrl+F"].endswith("› Search") and rows["F5"].endswith("› Refresh the list")
    assert rows["F1"] == "Help › Keyboard shortcuts"
    assert "Enter" in rows and "Escape" in rows
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: loaded_window.findChild(KeyboardHelpDialog) is None, timeout=5000)


def test_the_list_speaks_french(qtbot, qapp, french_belgian, main_window):
    installed = install_translations(qapp, "fr")
    try:
        main_window.ui.retranslateUi(main_window)
        main_window.start()
        dialog = _open_with_f1(qtbot, main_window)
        rows = dict(dialog.rows())
        assert dialog.windowTitle() == "Raccourcis clavier"
        assert "Mettre à jour les données" in rows["Ctrl+U"]
        assert "Entrée" in rows and "Échap" in rows
        save_screenshot(dialog, "keyboard-help-fr.png")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
