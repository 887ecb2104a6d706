"""Where the app signs in and what it talks to: the CRM gateway, the OpenID provider, the client id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optimce_desktop.crm.transport import TlsVerification

DEFAULT_CLIENT_ID = "optimce-desktop"
DEFAULT_SCOPE = "openid profile email offline_access"
"""``profile`` and ``email`` ask for the claims that name the user (``identity.user_name``: many providers
send ``preferred_username`` only with ``profile``); ``offline_access`` asks for a refresh token that outlives
the browser session, so that the next start of the app signs in silently (Keycloak's default roles grant
it). Scopes the provider's discovery does not list are left out of the request."""
DEFAULT_BROWSER_TIMEOUT = 300.0
"""Seconds the app waits for the browser to come back before giving up."""
DEFAULT_SIGN_OUT_TIMEOUT = 120.0
"""Seconds the app waits for the browser to come back from the provider's sign-out page."""


@dataclass(frozen=True)
class ServerConfig:
    """The servers of one OptimCE platform. ``ca_bundle`` is a CA file (or folder) that replaces the system's
    certificate authorities, for corporate proxies; TLS verification itself cannot be turned off."""

    gateway_url: str
    issuer_url: str
    client_id: str = DEFAULT_CLIENT_ID
    ca_bundle: str | None = None
    scope: str = DEFAULT_SCOPE

    def checked(self) -> ServerConfig:
        """This configuration, once both addresses are usable; raises ``AddressError`` (a ValueError) for
        an address that is not an http(s) URL, or plain http to another machine, and ValueError for an
        empty client id."""
        from optimce_desktop.crm.transport import checked_base_url  # httpx: not needed to read the settings

        checked_base_url(self.gateway_url, "The CRM gateway address")
        checked_base_url(self.issuer_url, "The sign-in server address")
        if not self.client_id.strip():
            raise ValueError("The client id must not be empty")
        return self

    @property
    def issuer(self) -> str:
        """The issuer as the provider names itself: without a trailing slash."""
        return self.issuer_url.rstrip("/")

    @property
    def verify(self) -> TlsVerification:
        """What the HTTP clients verify certificates with: the CA bundle when set, else the system's."""
        return self.ca_bundle or True
