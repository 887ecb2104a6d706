"""One sign-in in a browser, from the authorization request to the tokens (RFC 8252 with PKCE), on the
calling (background) thread."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable

import httpx

from optimce_desktop.crm.auth.config import DEFAULT_BROWSER_TIMEOUT
from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.crm.auth.loopback import CALLBACK_PATH, LoopbackRedirect, RedirectPages
from optimce_desktop.crm.auth.oidc import OidcClient, TokenSet
from optimce_desktop.crm.transport import USER_AGENT, TlsVerification, is_loopback, tls_context

MAX_REDIRECTS = 5


def browser_sign_in(
    oidc: OidcClient,
    *,
    show: Callable[[str], None],
    pages: RedirectPages,
    timeout: float = DEFAULT_BROWSER_TIMEOUT,
    cancelled: Callable[[], bool] = lambda: False,
    login_hint: str | None = None,
) -> TokenSet:
    """Listens on the loopback interface, hands the authorization page's address to ``show`` (which opens
    it in a browser), waits for the redirect, checks it and exchanges its code with the PKCE verifier (the
    browser then says whether it worked). Raises SignInError."""
    with LoopbackRedirect() as listener:
        request = oidc.authorization_request(listener.redirect_uri, login_hint=login_hint)
        show(request.url)
        return listener.wait(request.state, pages, redeem=lambda code: oidc.exchange_code(request, code),
                             timeout=timeout, cancelled=cancelled, issuer=oidc.config.issuer)


def follow_to_redirect(url: str, *, verify: TlsVerification = True, timeout: float = 10.0) -> None:
    """Plays the browser for a provider that approves the user without asking anything (the demo's
    emulator): requests the authorization page and follows its redirects to this app's loopback listener.
    Raises SignInError when the provider wants the user to act, or cannot be reached."""
    try:
        with httpx.Client(verify=tls_context(verify), timeout=timeout, follow_redirects=False,
                          headers={"User-Agent": USER_AGENT}) as client:
            response = client.get(url)
            for _ in range(MAX_REDIRECTS):
                target = response.next_request
                if target is None:
                    break
                if is_loopback(target.url.host) and target.url.path == CALLBACK_PATH:
                    _visit_quietly(str(target.url), timeout)
                    return
                response = client.send(target)
    except (httpx.HTTPError, OSError) as exc:
        raise SignInError(SignInFailure.UNREACHABLE, f"authorization page: {type(exc).__name__}") from exc
    raise SignInError(SignInFailure.PROVIDER_ERROR,
                      f"The provider asks the user to sign in (HTTP {response.status_code})")


def _visit_quietly(url: str, timeout: float) -> None:
    """The last hop, to the loopback listener, with the standard library: httpx would log the address,
    which holds the authorization code."""
    with urllib.request.urlopen(url, timeout=timeout) as answer:  # noqa: S310 - a loopback http URL
        answer.read()
