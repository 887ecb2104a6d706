"""Sign-in with OpenID Connect (authorization code with PKCE, loopback redirect) and the session's tokens.
No Qt: the services run these calls in background tasks."""

from optimce_desktop.crm.auth.config import DEFAULT_CLIENT_ID, ServerConfig
from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.crm.auth.flow import DEFAULT_BROWSER_TIMEOUT, browser_sign_in, follow_to_redirect
from optimce_desktop.crm.auth.loopback import LoopbackRedirect, RedirectPages
from optimce_desktop.crm.auth.oidc import AuthorizationRequest, OidcClient, ProviderMetadata, TokenSet
from optimce_desktop.crm.auth.tokens import EndedSession, TokenManager

__all__ = [
    "DEFAULT_BROWSER_TIMEOUT",
    "DEFAULT_CLIENT_ID",
    "AuthorizationRequest",
    "EndedSession",
    "LoopbackRedirect",
    "OidcClient",
    "ProviderMetadata",
    "RedirectPages",
    "ServerConfig",
    "SignInError",
    "SignInFailure",
    "TokenManager",
    "TokenSet",
    "browser_sign_in",
    "follow_to_redirect",
]
