"""Sign-in with OpenID Connect (authorization code with PKCE, loopback redirect) and the session's tokens.
No Qt: the services run these calls in background tasks.

The configuration and the errors are light; the rest (httpx, Authlib, joserfc, keyring) is imported on first
use (PEP 562), so that a remembered user's window opens before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from optimce_desktop.crm.auth.config import DEFAULT_BROWSER_TIMEOUT, DEFAULT_CLIENT_ID, ServerConfig
from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.lazy_imports import lazy_attributes

if TYPE_CHECKING:
    from optimce_desktop.crm.auth.flow import browser_sign_in, follow_to_redirect
    from optimce_desktop.crm.auth.loopback import LoopbackRedirect, RedirectPages
    from optimce_desktop.crm.auth.oidc import (
        AuthorizationRequest,
        LogoutRequest,
        OidcClient,
        ProviderMetadata,
        TokenSet,
    )
    from optimce_desktop.crm.auth.sign_out import ProviderSignOut, end_provider_session
    from optimce_desktop.crm.auth.tokens import EndedSession, TokenManager

_LAZY = {
    "browser_sign_in": "flow",
    "follow_to_redirect": "flow",
    "LoopbackRedirect": "loopback",
    "RedirectPages": "loopback",
    "AuthorizationRequest": "oidc",
    "LogoutRequest": "oidc",
    "OidcClient": "oidc",
    "ProviderMetadata": "oidc",
    "TokenSet": "oidc",
    "ProviderSignOut": "sign_out",
    "end_provider_session": "sign_out",
    "EndedSession": "tokens",
    "TokenManager": "tokens",
}

__all__ = [
    "DEFAULT_BROWSER_TIMEOUT",
    "DEFAULT_CLIENT_ID",
    "AuthorizationRequest",
    "EndedSession",
    "LogoutRequest",
    "LoopbackRedirect",
    "OidcClient",
    "ProviderMetadata",
    "ProviderSignOut",
    "RedirectPages",
    "ServerConfig",
    "SignInError",
    "SignInFailure",
    "TokenManager",
    "TokenSet",
    "browser_sign_in",
    "end_provider_session",
    "follow_to_redirect",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
