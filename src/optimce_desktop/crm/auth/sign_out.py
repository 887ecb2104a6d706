"""The end of a session at the provider, the strongest way it offers.

A Keycloak realm first ends the user's whole session at the app's request (``OidcClient.end_user_session``):
since Keycloak 26.1, revoking a refresh token ends only this app's session, and the browser's single sign-on
would sign the next person at this computer in as this user without asking. That step only adds to the
rest: when it fails, it is logged and signing out goes on (the next sign-in asks the provider to
authenticate the user again in any case, ``prompt=login``).

Then the refresh token is revoked (RFC 7009, no browser involved) when the discovery lists a revocation
endpoint; otherwise RP-initiated logout in the browser, which comes back to a loopback listener (as a
sign-in does) once the provider ended the session. A standard provider's session lives in the browser: a
request from the app alone does not end it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from optimce_desktop.crm.auth.config import DEFAULT_SIGN_OUT_TIMEOUT
from optimce_desktop.crm.auth.errors import SignInError
from optimce_desktop.crm.auth.loopback import LoopbackRedirect, RedirectPages
from optimce_desktop.crm.auth.oidc import OidcClient
from optimce_desktop.crm.auth.tokens import EndedSession

logger = logging.getLogger(__name__)


class ProviderSignOut(StrEnum):
    REVOKED = "revoked"
    """The provider revoked the refresh token, and this app's session with it."""
    ENDED = "ended"
    """The provider ended the user's session at the app's request, and offers no revocation."""
    LOGGED_OUT = "logged_out"
    """The browser came back from the provider's end-session page."""
    ALREADY_ENDED = "already_ended"
    """The provider refused the refresh token: the session had ended already."""
    NOT_OFFERED = "not_offered"
    """The provider offers no way for this app to end the session: it lasts until it expires."""


def end_provider_session(
    oidc: OidcClient,
    ended: EndedSession,
    *,
    show: Callable[[str], None] | None,
    pages: RedirectPages | None,
    timeout: float = DEFAULT_SIGN_OUT_TIMEOUT,
    cancelled: Callable[[], bool] = lambda: False,
) -> ProviderSignOut:
    """Ends ``ended`` at the provider; ``show`` opens the provider's end-session page in the browser, and
    ``pages`` are what the browser is shown when it comes back (both None: no browser, only revocation).
    Raises SignInError when the provider could not be reached or refused, when the browser did not come
    back in time (TIMED_OUT), or when the user stopped waiting (CANCELLED)."""
    metadata = oidc.discover()
    user_session_ended = bool(ended.refresh_token and metadata.ends_user_session_on_request
                              and _end_user_session(oidc, ended.refresh_token))
    if metadata.revocation_endpoint and ended.refresh_token:
        oidc.revoke(ended.refresh_token)
        return ProviderSignOut.REVOKED
    if user_session_ended:
        return ProviderSignOut.ENDED
    if metadata.end_session_endpoint is None or show is None or pages is None:
        return ProviderSignOut.NOT_OFFERED
    id_token = ended.id_token
    if id_token is None and ended.refresh_token:
        # Without id_token_hint the provider cannot tell which session to end (or asks the user which):
        # a refresh gives an ID token (a remembered user who signs out before any request restored them).
        try:
            id_token = oidc.refresh(ended.refresh_token).id_token
        except SignInError as exc:
            if exc.session_ended:
                return ProviderSignOut.ALREADY_ENDED
            raise
    with LoopbackRedirect() as listener:
        request = oidc.logout_request(listener.redirect_uri, id_token=id_token)
        show(request.url)
        listener.wait_for_sign_out(request.state, pages, timeout=timeout, cancelled=cancelled)
    return ProviderSignOut.LOGGED_OUT


def _end_user_session(oidc: OidcClient, refresh_token: str) -> bool:
    """Asks the provider to end the user's whole session; False (logged) when it did not."""
    try:
        oidc.end_user_session(refresh_token)
    except SignInError as exc:
        logger.warning("The sign-in server did not end the user's session, which the browser may still "
                       "share (%s): the next sign-in asks the user to authenticate again", exc)
        return False
    logger.info("The sign-in server ended the user's session, in the browser too")
    return True
