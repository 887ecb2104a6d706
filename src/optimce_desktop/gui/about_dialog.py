"""Help → About: the app's version and licence, and the CRM and sign-in server it works with (what support
asks first)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from optimce_desktop import __version__

LICENCE = "AGPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/agpl-3.0.html"
SOURCE_URL = "https://github.com/OptimCE"


class AboutDialog(QDialog):
    def __init__(self, gateway_url: str, issuer_url: str, parent: QWidget | None = None) -> None:
        """``gateway_url`` and ``issuer_url``: the CRM and the sign-in server in use ("" when not known)."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About OptimCE Desktop"))
        title = QLabel(self.tr("OptimCE Desktop {0}").format(__version__))
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: 700;")
        intro = QLabel(self.tr("The back-office client of OptimCE, the platform of renewable-energy "
                               "communities in Belgium."))
        intro.setWordWrap(True)

        not_known = self.tr("Not known yet (shown once signed in)")
        self.version_value = self._value("versionValue", __version__)
        source_code = escape(self.tr("source code"))  # outside the f-string, where lupdate finds it
        self.licence_value = self._value(
            "licenceValue",
            f'<a href="{LICENCE_URL}">{LICENCE}</a> · <a href="{SOURCE_URL}">{source_code}</a>', rich=True)
        self.gateway_value = self._value("gatewayValue", gateway_url or not_known)
        self.issuer_value = self._value("issuerValue", issuer_url or not_known)
        form = QFormLayout()
        for text, value in ((self.tr("Version"), self.version_value),
                            (self.tr("Licence"), self.licence_value),
                            (self.tr("CRM"), self.gateway_value),
                            (self.tr("Sign-in server"), self.issuer_value)):
            label = QLabel(text)
            label.setStyleSheet("color: #6E7E70;")
            value.setAccessibleName(text)
            form.addRow(label, value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        intro.setMinimumWidth(420)

    @staticmethod
    def _value(name: str, text: str, *, rich: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        flags = Qt.TextInteractionFlag.TextBrowserInteraction if rich else (
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setTextInteractionFlags(flags)
        label.setOpenExternalLinks(rich)
        return label
