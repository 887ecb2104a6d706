"""One word per thing, and counts that read right in English: "1 problem", "2 problems"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optimce_desktop.gui.settings_dialog import SettingsDialog
from optimce_desktop.services.texts import english_plural


def test_counts_read_right_in_english(qapp):
    def problems(n: int) -> str:
        text = QCoreApplication.translate(
            "PendingChangesDialog", "%n problem(s) to correct in the form", "", n)
        return english_plural(text, n)

    assert [problems(n) for n in (0, 1, 2)] == [
        "0 problems to correct in the form", "1 problem to correct in the form",
        "2 problems to correct in the form"]


def test_settings_names(qtbot, app_settings):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.client_id_edit.accessibleName() == "Client ID"
    assert dialog.language_combo.itemText(0) == "System default"
