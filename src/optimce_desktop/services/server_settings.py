"""The servers the app connects to, as the user set them (``QSettings``, INI file in the config folder), and
what is wrong with an address, in words for the user."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from optimce_desktop.crm.auth.config import DEFAULT_CLIENT_ID, ServerConfig

if TYPE_CHECKING:
    from optimce_desktop.crm.transport import AddressError

translate = QCoreApplication.translate

KEY_GATEWAY = "server/gatewayUrl"
KEY_ISSUER = "server/issuerUrl"
KEY_CLIENT_ID = "server/clientId"
KEY_CA_BUNDLE = "server/caBundle"
KEY_LANGUAGE = "ui/language"


class ServerField(StrEnum):
    GATEWAY = "gateway"
    ISSUER = "issuer"
    CLIENT_ID = "client_id"
    CA_BUNDLE = "ca_bundle"


@dataclass(frozen=True)
class ServerSettings:
    """What the settings dialog edits. Empty strings are unset values."""

    gateway_url: str = ""
    issuer_url: str = ""
    client_id: str = DEFAULT_CLIENT_ID
    ca_bundle: str = ""
    language: str = ""
    """"" follows the system's language."""

    @property
    def configured(self) -> bool:
        """True once both servers are named (whether or not the addresses are usable)."""
        return bool(self.gateway_url and self.issuer_url)

    def problems(self) -> dict[ServerField, str]:
        """What is wrong with each field, translated; empty when the servers can be used."""
        from optimce_desktop.crm.transport import AddressError, checked_base_url  # httpx: only to edit them

        found: dict[ServerField, str] = {}
        for name, url in ((ServerField.GATEWAY, self.gateway_url), (ServerField.ISSUER, self.issuer_url)):
            if not url:
                found[name] = translate("ServerSettings", "Required.")
                continue
            try:
                checked_base_url(url)
            except AddressError as exc:
                found[name] = address_problem(exc)
        if not self.client_id:
            found[ServerField.CLIENT_ID] = translate("ServerSettings", "Required.")
        if self.ca_bundle and not os.path.exists(self.ca_bundle):
            found[ServerField.CA_BUNDLE] = translate("ServerSettings", "No such file or folder.")
        return found

    def with_overrides(self, gateway_url: str | None, issuer_url: str | None) -> ServerSettings:
        """These settings with the addresses given for this run (``--api-url``, ``--issuer``) instead."""
        return replace(self, gateway_url=gateway_url or self.gateway_url,
                                   issuer_url=issuer_url or self.issuer_url)

    def server_config(self) -> ServerConfig:
        """The connection these settings describe; raises ValueError (``AddressError``) when unusable."""
        return ServerConfig(self.gateway_url, self.issuer_url, self.client_id or DEFAULT_CLIENT_ID,
                            self.ca_bundle or None).checked()


def address_problem(error: AddressError) -> str:
    if error.insecure:
        return translate(
            "ServerSettings", "“{0}” uses plain http: only https is allowed, except for an address on this "
            "computer (localhost or 127.0.0.1).").format(error.url)
    return translate("ServerSettings", "“{0}” is not a web address: it must start with https://.").format(
        error.url)


def load_server_settings(settings: QSettings) -> ServerSettings:
    def text(key: str, default: str = "") -> str:
        value = settings.value(key, default)
        return value.strip() if isinstance(value, str) else default

    return ServerSettings(text(KEY_GATEWAY), text(KEY_ISSUER), text(KEY_CLIENT_ID, DEFAULT_CLIENT_ID),
                          text(KEY_CA_BUNDLE), text(KEY_LANGUAGE))


def save_server_settings(settings: QSettings, values: ServerSettings) -> None:
    for key, value in ((KEY_GATEWAY, values.gateway_url), (KEY_ISSUER, values.issuer_url),
                       (KEY_CLIENT_ID, values.client_id), (KEY_CA_BUNDLE, values.ca_bundle),
                       (KEY_LANGUAGE, values.language)):
        if value:
            settings.setValue(key, value)
        else:
            settings.remove(key)
    settings.sync()
