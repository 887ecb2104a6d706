"""Settings: the CRM gateway and the sign-in server, the client ID, a CA bundle for corporate proxies, and
the interface language. Stored per user (``QSettings``, INI format); addresses are checked as they are
typed, and plain http is refused except for this computer."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.gui.message_box import ask, open_boxes
from optimce_desktop.gui.widgets.field_message import FieldMark, FieldMessage
from optimce_desktop.services.server_settings import (
    ServerField,
    ServerSettings,
    load_server_settings,
    save_server_settings,
)

LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("nl", "Nederlands"), ("de", "Deutsch"))
"""Each language in its own words, as language menus show them."""


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, *, demo: bool = False, signed_in: bool = False,
                 parent: QWidget | None = None) -> None:
        """``demo``: the app runs on its embedded servers, so the addresses apply to a later start without
        ``--demo``. ``signed_in``: server changes apply after signing out."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings — OptimCE Desktop"))
        self._settings = settings
        initial = load_server_settings(settings)
        self._discarding = False

        self.gateway_edit = self._line_edit("gatewayEdit", initial.gateway_url, "https://api.optimce.example")
        self.issuer_edit = self._line_edit("issuerEdit", initial.issuer_url,
                                           "https://sso.optimce.example/realms/optimce-realm")
        self.client_id_edit = self._line_edit("clientIdEdit", initial.client_id, "")
        self.ca_bundle_edit = self._line_edit("caBundleEdit", initial.ca_bundle,
                                              self.tr("System certificates"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseCaBundleButton")
        browse.clicked.connect(self._browse_ca_bundle)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(initial.language)))

        self.messages = {field: FieldMessage(self) for field in ServerField}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._label(self.tr("CRM &gateway"), self.gateway_edit),
                    self._with_message(self.gateway_edit, ServerField.GATEWAY))
        form.addRow(self._label(self.tr("Sign-&in server (OpenID issuer)"), self.issuer_edit),
                    self._with_message(self.issuer_edit, ServerField.ISSUER))
        form.addRow(self._label(self.tr("Client I&D"), self.client_id_edit),
                    self._with_message(self.client_id_edit, ServerField.CLIENT_ID))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle_edit, 1)
        ca_row.addWidget(browse)
        ca_host = QWidget()
        ca_host.setLayout(ca_row)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_host.setFocusProxy(self.ca_bundle_edit)
        form.addRow(self._label(self.tr("Certificate &authorities"), self.ca_bundle_edit),
                    self._with_message(ca_host, ServerField.CA_BUNDLE))
        form.addRow(self._label(self.tr("&Language"), self.language_combo), self.language_combo)

        notes = [self.tr("Certificates are always checked; name a CA bundle only if your network's proxy "
                         "requires one. The language changes the next time the app starts.")]
        if demo:
            notes.append(self.tr("The demo runs on its own servers on this computer: these addresses are "
                                 "used when the app starts without --demo."))
        elif signed_in:
            notes.append(self.tr("New server addresses are used once you sign out."))
        self.note_label = QLabel("\n".join(notes))
        self.note_label.setObjectName("noteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #6E7E70;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self._cancelled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        for edit in (self.gateway_edit, self.issuer_edit, self.client_id_edit):
            edit.setMinimumWidth(400)
        for edit in (self.gateway_edit, self.issuer_edit, self.client_id_edit, self.ca_bundle_edit):
            edit.textChanged.connect(self._check)
        self._check()
        self._initial = self.values()

    def values(self) -> ServerSettings:
        return ServerSettings(
            gateway_url=self.gateway_edit.text().strip(),
            issuer_url=self.issuer_edit.text().strip(),
            client_id=self.client_id_edit.text().strip(),
            ca_bundle=self.ca_bundle_edit.text().strip(),
            language=self.language_combo.currentData() or "",
        )

    def accept(self) -> None:
        values = self.values()
        if self._check():
            return
        save_server_settings(self._settings, values)
        super().accept()

    def has_edits(self) -> bool:
        """Something was typed or chosen since the dialog opened."""
        return self.values() != self._initial

    def _cancelled(self) -> None:
        """Cancel, clicked or pressed: the operator says to throw the edits away."""
        self._discarding = True
        self.reject()

    def reject(self) -> None:
        """Escape and the window's close button: what was typed is thrown away only once the operator says
        so, as in the other dialogs (a key pressed by mistake loses nothing)."""
        if self._discarding or not self.has_edits():
            super().reject()
            return
        if not open_boxes(self):
            self.ask_discard()

    def ask_discard(self) -> QMessageBox:
        """Asks whether to throw the edits away; "Keep editing" is Enter's and Escape's answer."""
        role = QMessageBox.ButtonRole
        return ask(self, "discardConfirmation", icon=QMessageBox.Icon.Question, title=self.windowTitle(),
                   text=self.tr("Discard your changes to the settings?"),
                   informative=self.tr("What you typed here is not saved."),
                   buttons={True: (self.tr("Discard"), role.DestructiveRole),
                            False: (self.tr("Keep editing"), role.RejectRole)},
                   escape=False, default=False, on_answer=self._discard_if)

    def _discard_if(self, discard: bool) -> None:
        if discard:
            self._discarding = True
            super().reject()

    def done(self, result: int) -> None:
        for box in open_boxes(self):
            box.hide()  # a question about a closed dialog goes unanswered
            box.deleteLater()
        super().done(result)

    def _check(self) -> dict[ServerField, str]:
        """Shows what is wrong under each field as it is typed, and returns it. An empty address is only
        wrong once the other is set: both stay empty until a server is chosen (the demo runs meanwhile)."""
        values = self.values()
        problems = values.problems()
        if not values.gateway_url and not values.issuer_url:
            problems.pop(ServerField.GATEWAY, None)
            problems.pop(ServerField.ISSUER, None)
        for field, message in self.messages.items():
            message.show_message(problems.get(field, ""), FieldMark.ERROR)
        self.save_button.setEnabled(not problems)
        if self.isVisible():
            self.adjustSize()  # wrapped messages do not make a dialog grow by themselves
        return problems

    def _line_edit(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    @staticmethod
    def _label(text: str, field_widget: QWidget) -> QLabel:
        """A field's label, whose Alt+letter goes to the field; a screen reader names the field after it
        (the field sits with its message in a widget of its own, out of the label's reach)."""
        label = QLabel(text)
        label.setBuddy(field_widget)
        field_widget.setAccessibleName(text.replace("&", ""))
        return label

    def _with_message(self, field_widget: QWidget, field: ServerField) -> QWidget:
        host = QWidget()
        host.setFocusProxy(field_widget)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field_widget)
        column.addWidget(self.messages[field])
        return host

    def _browse_ca_bundle(self) -> None:
        chooser = QFileDialog(self, self.tr("Certificate authorities (PEM)"), self.ca_bundle_edit.text(),
                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        chooser.setObjectName("caBundleChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.ca_bundle_edit.setText)
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()
