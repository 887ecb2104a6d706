"""Every field label of every dialog has an Alt+letter that goes to its field, and no two controls of a
dialog (or items of a menu) share a letter, in every language the app speaks: a translation that gives two
labels the same letter fails here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QWidget

from optimce_desktop.app import LANGUAGES, install_translations
from optimce_desktop.gui.forms.ui_main_window import Ui_MainWindow
from optimce_desktop.gui.pending_changes import PendingChangesDialog
from optimce_desktop.gui.settings_dialog import SettingsDialog
from optimce_desktop.gui.sign_in import SignInDialog
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.pending import PendingChanges
from optimce_desktop.services.session import SessionService


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    translators = install_translations(qapp, request.param)
    assert request.param == "en" or translators, f"no translation installed for {request.param}"
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def letter(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return key.toString().casefold() if not key.isEmpty() else None


def control_letters(dialog: QWidget) -> dict[str, str]:
    """Each labelled control's text by its letter (labels with a buddy, buttons, group boxes)."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    return _unique_letters(texts, dialog.objectName())


def _unique_letters(texts: list[str], where: str) -> dict[str, str]:
    by_letter = [(letter(text), text) for text in texts if letter(text)]
    counts = Counter(found for found, _ in by_letter)
    shared = {found: [t for f, t in by_letter if f == found] for found, n in counts.items() if n > 1}
    assert not shared, f"{where}: Alt+letters used twice: {shared}"
    return {found: text for found, text in by_letter}


def test_update_form(language, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    control_letters(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.property("role") == "fieldLabel"]
    assert len(labels) == 13
    for label in labels:
        assert letter(label.text()) and label.buddy() is not None, (language, label.objectName())


def test_settings(language, qtbot, app_settings):
    dialog = SettingsDialog(app_settings)
    qtbot.addWidget(dialog)
    found = control_letters(dialog)
    fields = (dialog.gateway_edit, dialog.issuer_edit, dialog.client_id_edit, dialog.ca_bundle_edit,
              dialog.language_combo)
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if letter(label.text())}
    assert set(fields) <= labelled and len(found) >= len(fields)


def test_pending_changes(language, qtbot, crm_client, service_tasks, draft_store):
    connection = ConnectionMonitor(crm_client, service_tasks)
    pending = PendingChanges(crm_client, service_tasks, draft_store, connection)
    from optimce_desktop.services.sending import ChangeSender
    from optimce_desktop.services.updates import UpdateService

    sender = ChangeSender(crm_client, service_tasks, draft_store)
    updates = UpdateService(sender, service_tasks)
    dialog = PendingChangesDialog(pending, updates, sender, connection, lambda checked: None)
    qtbot.addWidget(dialog)
    found = control_letters(dialog)
    assert letter(dialog.send_button.text()) in found and letter(dialog.discard_button.text()) in found
    updates.shutdown()


@pytest.mark.parametrize("prompt", [False, True])
def test_sign_in(language, qtbot, session_tasks, app_settings, prompt):
    session = SessionService(None, session_tasks, app_settings)
    screen = SignInDialog(session, prompt=prompt)
    qtbot.addWidget(screen)
    found = control_letters(screen)
    assert letter(screen.settings_button.text()) in found and letter(screen.sign_out_button.text()) in found
    session.shutdown()


def test_main_window_menus(language, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = Ui_MainWindow()
    ui.setupUi(window)
    menus = [action.menu() for action in ui.menuBar.actions() if isinstance(action.menu(), QMenu)]
    _unique_letters([menu.title() for menu in menus], "menu bar")
    for menu in menus:
        found = _unique_letters([a.text() for a in menu.actions() if not a.isSeparator()], menu.objectName())
        assert len(found) == len([a for a in menu.actions() if not a.isSeparator()]), menu.objectName()


def test_add_meter(language, qtbot, crm_client, service_tasks, draft_store):
    from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
    from optimce_desktop.services.meter_actions import MeterActionService
    from optimce_desktop.services.sending import ChangeSender

    service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))
    dialog = AddMeterDialog(service, "community", "CE", lambda ean: False, None)
    qtbot.addWidget(dialog)
    control_letters(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.property("role") == "fieldLabel"]
    assert len(labels) == 22
    for label in labels:
        assert letter(label.text()) and label.buddy() is not None, (language, label.text())
    service.shutdown()


def test_export(language, qtbot, tmp_path):
    from optimce_desktop.gui.export_dialog import ExportDialog
    from optimce_desktop.services.exports import FileFormat

    dialog = ExportDialog("Export", "", tmp_path / "m.xlsx", lambda *args: None,
                          formats=(FileFormat.XLSX, FileFormat.CSV), scope_counts=(1, 2))
    qtbot.addWidget(dialog)
    found = control_letters(dialog)
    assert letter(dialog.export_button.text()) in found and letter(dialog.browse_button.text()) in found


@pytest.mark.parametrize("kind", ["modify", "deactivate", "cancel_scheduled"])
def test_meter_action_dialogs(language, qtbot, crm_client, service_tasks, draft_store, guide_detail, kind):
    from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
    from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
    from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
    from optimce_desktop.services.meter_actions import MeterActionService
    from optimce_desktop.services.sending import ChangeSender

    service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))
    if kind == "modify":
        dialog = ModifyMeterDialog(guide_detail, service, "community")
    elif kind == "deactivate":
        dialog = DeactivationDialog(guide_detail, service, "community")
    else:
        latest = max(guide_detail.timeline, key=lambda period: period.start_date)
        dialog = CancelScheduledDialog(guide_detail, latest, service, "community")
    qtbot.addWidget(dialog)
    control_letters(dialog)
    if kind == "modify":
        labels = [label for label in dialog.findChildren(QLabel) if label.property("role") == "fieldLabel"]
        assert len(labels) == 10
        for label in labels:
            assert letter(label.text()) and label.buddy() is not None, (language, label.text())
    service.shutdown()
