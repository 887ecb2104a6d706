"""One sign-in in a browser, from the authorization request to the tokens (RFC 8252 with PKCE), on the
calling (background) thread."""

from __future__ import annotations

import urllib.error
import urllib.parse
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
    reauthenticate: bool = False,
) -> TokenSet:
    """Listens on the loopback interface, hands the authorization page's address to ``show`` (which opens
    it in a browser), waits for the redirect, checks it and exchanges its code with the PKCE verifier (the
    browser then says whether it worked). ``reauthenticate``: the provider must authenticate the user even
    when the browser is still signed in there. Raises SignInError."""
    with LoopbackRedirect() as listener:
        request = oidc.authorization_request(listener.redirect_uri, login_hint=login_hint,
                                             reauthenticate=reauthenticate)
        show(request.url)
        return listener.wait(request.state, pages, redeem=lambda code: oidc.exchange_code(request, code),
                             timeout=timeout, cancelled=cancelled, issuer=oidc.config.issuer)


def follow_to_redirect(url: str, *, verify: TlsVerification = True, timeout: float = 10.0) -> None:
    """Plays the browser for a provider that approves the user without asking anything (the demo's
    emulator): requests the page (authorization, or end of session) and follows its redirects to this app's
    loopback listener. Raises SignInError when the provider wants the user to act, or cannot be reached.

    With the standard library, not httpx: httpx logs each request's address, and these addresses carry the
    state, the nonce, the code challenge, the ID token hint and, in the last redirect, the code."""
    opener = urllib.request.build_opener(
        _NoRedirects(), urllib.request.HTTPSHandler(context=httpx.create_ssl_context(tls_context(verify))))
    opener.addheaders = [("User-Agent", USER_AGENT)]
    status = 0
    try:
        for _ in range(MAX_REDIRECTS):
            status, location = _visit(opener, url, timeout)
            if location is None:
                break
            url = urllib.parse.urljoin(url, location)
            target = urllib.parse.urlsplit(url)
            if is_loopback(target.hostname or "") and target.path == CALLBACK_PATH:
                _visit(opener, url, timeout)
                return
    except (OSError, ValueError) as exc:  # urllib's errors are OSErrors; a bad address a ValueError
        raise SignInError(SignInFailure.UNREACHABLE, f"provider's page: {type(exc).__name__}") from exc
    raise SignInError(SignInFailure.PROVIDER_ERROR, f"The provider asks the user to act (HTTP {status})")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # each hop is looked at: the last one goes to this app's listener


def _visit(opener: urllib.request.OpenerDirector, url: str, timeout: float) -> tuple[int, str | None]:
    """The status of a GET of ``url`` and where it redirects (None when it does not)."""
    try:
        with opener.open(url, timeout=timeout) as answer:
            answer.read()
            return answer.status, None
    except urllib.error.HTTPError as answer:
        with answer:
            location = answer.headers.get("Location") if 300 <= answer.code < 400 else None
            return answer.code, location
