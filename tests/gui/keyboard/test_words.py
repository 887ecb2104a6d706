"""One word per thing, and counts that read right in English: "1 problem", "2 problems"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optimce_desktop.app import install_translations
from optimce_desktop.gui.settings_dialog import SettingsDialog


def test_counts_read_right_in_english(qapp):
    """English, the source language, takes its plural forms from its own plurals-only translation."""
    installed = install_translations(qapp, "en")
    try:
        problems = [QCoreApplication.translate(
            "PendingChangesDialog", "%n problem(s) to correct in the form", "", n) for n in (0, 1, 2)]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert problems == [
        "0 problems to correct in the form", "1 problem to correct in the form",
        "2 problems to correct in the form"]


def test_settings_names(qtbot, app_settings):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.client_id_edit.accessibleName() == "Client ID"
    assert dialog.language_combo.itemText(0) == "System default"
