"""The emulator's OpenID provider, shaped as the platform's Keycloak realm ``optimce-realm``: discovery,
authorization (the authorization code flow with PKCE S256 only), token (code and refresh token grants),
end of session, revocation and the signing keys.

Its ``profile`` makes it behave like Keycloak (``KEYCLOAK``, the default: Keycloak's endpoints, a revocation
endpoint that ends only the app's session (Keycloak 26.1 and later), ``preferred_username`` in every ID
token, ES256, the app's back-channel logout POST ends the user's whole session) or like a plainer standard
provider (``STANDARD``, as django-oidc-provider: endpoints of its own, no revocation, RS256,
``preferred_username`` only with the ``profile`` scope, and only the browser's visit to its end-session page
ends a session). Both rotate refresh tokens at each use and refuse the old one.

Sessions are nested as in Keycloak: a user session (the user's sign-in at the provider) holds the client
sessions of the sign-ins it gave (each with its refresh tokens, and the ``sid`` of its tokens). Approving
the login form starts a user session and gives the browser its cookie (single sign-on): while that session
lives, the browser's next authorization request is approved at once, as its user, without the form, unless
it asks ``prompt=login``. Ending a client session (revocation, a replayed code) leaves its user session;
ending a user session (the browser's logout, Keycloak's back-channel logout, an administrator) ends all.

The authorization page approves ``auto_approve``'s user at once (the demo's provider, which authenticates
nobody, so ``prompt=login`` changes nothing there), or shows a small form asking which user signs in.
Redirect URIs must be loopback addresses (RFC 8252: any port). Codes live a minute and serve once; refresh
tokens are opaque, rotate at each use and die with their session. Every time comes from the shared
``AuthClock``, which tests can advance.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from optimce_desktop.emulator.auth import TokenIssuer

REALM_PATH = "/realms/optimce-realm"
OIDC_PATH = f"{REALM_PATH}/protocol/openid-connect"
CLIENT_ID = "optimce-desktop"
CODE_LIFETIME = 60.0
PENDING_LIFETIME = 600.0
"""Seconds the login form of one authorization request stays usable."""
REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600.0
SSO_LIFETIME = 10 * 3600.0
"""Seconds the browser's single sign-on lasts after the login form (Keycloak's default SSO Session Max). The
app's refresh tokens (``offline_access``) outlive it."""
SSO_COOKIE = "OPTIMCE_EMULATOR_IDENTITY"
"""The browser's single sign-on cookie (Keycloak's is ``KEYCLOAK_IDENTITY``)."""
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
KEYCLOAK_ENDPOINTS = {"authorization": "/protocol/openid-connect/auth",
                      "token": "/protocol/openid-connect/token",
                      "end_session": "/protocol/openid-connect/logout",
                      "revocation": "/protocol/openid-connect/revoke",
                      "jwks": "/protocol/openid-connect/certs"}
STANDARD_ENDPOINTS = {"authorization": "/authorize", "token": "/token", "end_session": "/end-session",
                      "jwks": "/jwks"}
"""django-oidc-provider's names, under the issuer."""


@dataclass(frozen=True)
class ProviderProfile:
    name: str
    revocation: bool
    """Whether discovery lists the revocation endpoint (RFC 7009), and the endpoint revokes."""
    signing_algorithm: str
    username_without_profile_scope: bool
    """Whether ``preferred_username`` is in the ID token even when the ``profile`` scope was not asked."""
    back_channel_logout: bool
    """Whether a POST from the app itself to the end-session endpoint, with its refresh token, ends the
    user's session (Keycloak's way): a standard provider's session lives in the browser, and such a POST
    ends nothing."""
    endpoints: Mapping[str, str] = field(compare=False)
    """The path of each endpoint under the issuer, as its discovery names them."""


KEYCLOAK = ProviderProfile("keycloak", revocation=True, signing_algorithm="ES256",
                           username_without_profile_scope=True, back_channel_logout=True,
                           endpoints=KEYCLOAK_ENDPOINTS)
STANDARD = ProviderProfile("standard", revocation=False, signing_algorithm="RS256",
                           username_without_profile_scope=False, back_channel_logout=False,
                           endpoints=STANDARD_ENDPOINTS)
PROFILES = {profile.name: profile for profile in (KEYCLOAK, STANDARD)}


class OAuthError(Exception):
    """An error answer of the token endpoint (RFC 6749, section 5.2)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status


@dataclass
class _Authorization:
    """A validated authorization request, waiting for the user (the login form) or for its code."""

    client_id: str
    redirect_uri: str
    state: str | None
    code_challenge: str
    nonce: str | None
    scope: str
    login_hint: str | None
    created_at: float


@dataclass
class _Code:
    request: _Authorization
    username: str
    session_id: str
    expires_at: float
    used: bool = False


@dataclass
class _UserSession:
    """The user's sign-in at the provider: the browser's single sign-on while ``cookie`` is set and
    ``sso_until`` has not passed; it holds the client sessions of the sign-ins it gave."""

    username: str
    auth_time: float
    cookie: str | None = field(default=None, repr=False)
    sso_until: float = 0.0
    client_sessions: set[str] = field(default_factory=set)


@dataclass
class _Session:
    """A client session: one sign-in of the app (the ``sid`` of its tokens), inside a user session."""

    username: str
    auth_time: float
    user_session_id: str
    refresh_tokens: set[str] = field(default_factory=set)


@dataclass
class _RefreshToken:
    session_id: str
    client_id: str
    scope: str
    expires_at: float


class OidcProvider:
    """``users()`` names the users who may sign in; ``clock`` gives wall-clock seconds."""

    def __init__(
        self,
        tokens: TokenIssuer,
        users: Callable[[], set[str]],
        *,
        clock: Callable[[], float],
        auto_approve: str | None = None,
        client_id: str = CLIENT_ID,
        profile: ProviderProfile = KEYCLOAK,
    ) -> None:
        self.tokens = tokens
        self.users = users
        self.clock = clock
        self.auto_approve = auto_approve
        self.client_id = client_id
        self._lock = threading.Lock()
        self._pending: dict[str, _Authorization] = {}
        self._codes: dict[str, _Code] = {}
        self._user_sessions: dict[str, _UserSession] = {}
        self._sessions: dict[str, _Session] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self._secrets: set[str] = set()
        self.profile = profile
        tokens.session_active = self._session_active
        _hide_queries_from_the_access_log()

    @property
    def profile(self) -> ProviderProfile:
        return self._profile

    @profile.setter
    def profile(self, profile: ProviderProfile) -> None:
        """Behaves as ``profile`` from now on (tests switch it before any sign-in)."""
        self._profile = profile
        self.tokens.algorithm = profile.signing_algorithm

    # -- what tests ask ----------------------------------------------------------------------------------

    def active_sessions(self, username: str | None = None) -> int:
        """The app's sign-ins still going (client sessions), of ``username`` or everyone's."""
        with self._lock:
            return sum(1 for s in self._sessions.values() if username is None or s.username == username)

    def single_sign_on_sessions(self, username: str | None = None) -> int:
        """The browser sessions that would sign ``username`` (or anyone) in again without the login form."""
        with self._lock:
            now = self.clock()
            return sum(1 for s in self._user_sessions.values()
                       if s.cookie is not None and now < s.sso_until
                       and (username is None or s.username == username))

    def secrets_seen(self) -> set[str]:
        """Every secret value of the sign-ins so far, for tests that check none of them leaks (into a log):
        states, nonces, code challenges, codes, code verifiers, refresh, access and ID tokens, and the
        browsers' single sign-on cookies."""
        with self._lock:
            return set(self._secrets)

    def end_sessions(self, username: str | None = None) -> int:
        """Ends the sessions of ``username`` (everyone's by default), as an administrator would: their
        refresh tokens stop working, and their browsers are signed out. Returns how many of the app's
        sign-ins ended."""
        with self._lock:
            ended = [user_session_id for user_session_id, s in self._user_sessions.items()
                     if username is None or s.username == username]
            return sum(self._end_user_session(user_session_id) for user_session_id in ended)

    # -- routes ------------------------------------------------------------------------------------------

    def routes(self) -> list[Route]:
        handlers: dict[str, tuple[Callable[[Request], Any], list[str]]] = {
            "authorization": (self.authorize, ["GET", "POST"]),
            "token": (self.token, ["POST"]),
            "end_session": (self.logout, ["GET", "POST"]),
            "revocation": (self.revoke, ["POST"]),
            "jwks": (self.certs, ["GET"]),
        }
        paths = {(name, path) for profile in PROFILES.values() for name, path in profile.endpoints.items()}
        return [
            Route(f"{REALM_PATH}/.well-known/openid-configuration", self.discovery),
            *(Route(f"{REALM_PATH}{path}", handlers[name][0], methods=handlers[name][1])
              for name, path in sorted(paths)),
        ]

    async def discovery(self, request: Request) -> Response:
        issuer = self.tokens.issuer
        endpoints = {f"{name}_endpoint" if name != "jwks" else "jwks_uri": f"{issuer}{path}"
                     for name, path in self.profile.endpoints.items()
                     if name != "revocation" or self.profile.revocation}
        return JSONResponse({
            "issuer": issuer,
            **endpoints,
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": [self.profile.signing_algorithm],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "scopes_supported": ["openid", "offline_access", "profile"],
            "authorization_response_iss_parameter_supported": True,
        })

    async def certs(self, request: Request) -> Response:
        return JSONResponse(self.tokens.public_keys())

    async def authorize(self, request: Request) -> Response:
        browser_cookie = request.cookies.get(SSO_COOKIE)
        if request.method == "POST":
            return self._login_form_submitted(await _form(request), browser_cookie)
        query = request.query_params
        client_id, redirect_uri = query.get("client_id", ""), query.get("redirect_uri", "")
        if client_id != self.client_id:
            return _error_page("Unknown client", f"No client {client_id!r} in this realm.")
        if not _is_loopback_redirect(redirect_uri):
            return _error_page("Invalid redirect URI", "A desktop app must redirect to a loopback address.")
        state = query.get("state")

        def refuse(error: str, description: str) -> Response:
            return _redirect(redirect_uri, {"error": error, "error_description": description, "state": state,
                                            "iss": self.tokens.issuer})

        if query.get("response_type") != "code":
            return refuse("unsupported_response_type", "Only the authorization code flow is supported")
        if not query.get("code_challenge") or query.get("code_challenge_method") != "S256":
            return refuse("invalid_request", "Missing parameter: code_challenge_method (S256 required)")
        scope = query.get("scope", "")
        if "openid" not in scope.split():
            return refuse("invalid_scope", "The openid scope is required")
        authorization = _Authorization(client_id, redirect_uri, state, query["code_challenge"],
                                       query.get("nonce"), scope, query.get("login_hint"), self.clock())
        self._remember_secrets(state, authorization.nonce, authorization.code_challenge)
        with self._lock:
            signed_in = self._single_sign_on(browser_cookie)
            user = self._user_sessions[signed_in].username if signed_in is not None else None
        if user is not None and "login" not in query.get("prompt", "").split():
            return self._approve(authorization, user, signed_in)
        if self.auto_approve is not None:
            return self._approve(authorization, self.auto_approve)
        request_id = secrets.token_urlsafe(16)
        with self._lock:
            self._forget_stale()
            self._pending[request_id] = authorization
        return _login_page(request_id, authorization.login_hint or "", "")

    async def token(self, request: Request) -> Response:
        form = await _form(request)
        self._remember_secrets(form.get("code"), form.get("code_verifier"), form.get("refresh_token"))
        try:
            if form.get("client_id") != self.client_id:
                raise OAuthError("invalid_client", "Unknown client", 401)
            grant_type = form.get("grant_type")
            if grant_type == "authorization_code":
                answer = self._exchange_code(form)
            elif grant_type == "refresh_token":
                answer = self._refresh(form)
            else:
                raise OAuthError("unsupported_grant_type", f"Unsupported grant_type {grant_type!r}")
        except OAuthError as exc:
            return _oauth_error(exc)
        return JSONResponse(answer, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    async def logout(self, request: Request) -> Response:
        """RP-initiated logout: the browser's visit (a GET, or a form's POST) with ``id_token_hint`` or the
        single sign-on cookie, and ``post_logout_redirect_uri`` (a loopback address, where the browser goes
        back with ``state``); it ends the user session. With Keycloak's profile, a POST from the app with the
        client id and its refresh token ends the user session too (back-channel: 204, or 400 when the token
        is not active); a standard provider ignores that token."""
        posted = request.method == "POST"
        params = await _form(request) if posted else dict(request.query_params)
        self._remember_secrets(params.get("id_token_hint"), params.get("refresh_token"), params.get("state"))
        if posted and "refresh_token" in params and self.profile.back_channel_logout:
            return self._back_channel_logout(params)
        redirect_uri = params.get("post_logout_redirect_uri")
        if redirect_uri is not None and not _is_loopback_redirect(redirect_uri):
            return _error_page("Invalid redirect URI", "A desktop app must redirect to a loopback address.")
        with self._lock:
            named = (self._user_session_named_by(params.get("id_token_hint")),
                     self._single_sign_on(request.cookies.get(SSO_COOKIE)))
            for user_session_id in {s for s in named if s is not None}:
                self._end_user_session(user_session_id)
        if redirect_uri is not None:
            response = _redirect(redirect_uri, {"state": params.get("state")})
        else:
            response = HTMLResponse("<!DOCTYPE html><html><body><p>You are signed out.</p></body></html>")
        response.delete_cookie(SSO_COOKIE, path=REALM_PATH)
        return response

    async def revoke(self, request: Request) -> Response:
        """RFC 7009: revoking a refresh token ends the app's session it belongs to, not the user's session
        (as Keycloak 26.1 and later: the browser stays signed in); unknown tokens are no error. Only where the
        profile offers revocation."""
        if not self.profile.revocation:
            return JSONResponse({"error": "not_found"}, status_code=404)
        form = await _form(request)
        self._remember_secrets(form.get("token"))
        if form.get("client_id") != self.client_id:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        with self._lock:
            record = self._refresh_tokens.get(form.get("token", ""))
            if record is not None:
                self._end_session(record.session_id)
        return Response(status_code=200)

    # -- inside ------------------------------------------------------------------------------------------

    def _login_form_submitted(self, form: Mapping[str, str], browser_cookie: str | None) -> Response:
        with self._lock:
            authorization = self._pending.pop(form.get("request_id", ""), None)
        if authorization is None or self.clock() - authorization.created_at > PENDING_LIFETIME:
            return _error_page("Sign-in expired", "This page is no longer valid: start again from the app.")
        if form.get("action") == "cancel":
            return _redirect(authorization.redirect_uri, {
                "error": "access_denied", "error_description": "The user cancelled the sign-in",
                "state": authorization.state, "iss": self.tokens.issuer})
        username = form.get("username", "").strip()
        if username not in self.users():
            request_id = secrets.token_urlsafe(16)
            with self._lock:
                self._pending[request_id] = authorization
            return _login_page(request_id, username, "Unknown user: try demo-manager.")
        user_session_id, cookie = self._authenticated_in_browser(username, browser_cookie)
        response = self._approve(authorization, username, user_session_id)
        response.set_cookie(SSO_COOKIE, cookie, path=REALM_PATH, httponly=True, samesite="lax")
        return response

    def _authenticated_in_browser(self, username: str, browser_cookie: str | None) -> tuple[str, str]:
        """The user session of a browser where ``username`` just authenticated, and its cookie: the
        browser's session again when it was this user's (authenticated anew), else a new one (the other
        user's session ends)."""
        now = self.clock()
        with self._lock:
            signed_in = self._single_sign_on(browser_cookie)
            if signed_in is not None and self._user_sessions[signed_in].username != username:
                self._end_user_session(signed_in)
                signed_in = None
            if signed_in is None:
                signed_in = secrets.token_urlsafe(12)
                self._user_sessions[signed_in] = _UserSession(username, now, cookie=secrets.token_urlsafe(32))
            user_session = self._user_sessions[signed_in]
            user_session.auth_time, user_session.sso_until = now, now + SSO_LIFETIME
            assert user_session.cookie is not None
            self._secrets.add(user_session.cookie)
            return signed_in, user_session.cookie

    def _approve(self, authorization: _Authorization, username: str,
                 user_session_id: str | None = None) -> Response:
        """Gives the app a code: a new sign-in (client session) in ``user_session_id``, or in a user session
        of its own (no browser's single sign-on: the demo's approval)."""
        code = secrets.token_urlsafe(32)
        now = self.clock()
        self._remember_secrets(code)
        with self._lock:
            if user_session_id is None or user_session_id not in self._user_sessions:
                user_session_id = secrets.token_urlsafe(12)
                self._user_sessions[user_session_id] = _UserSession(username, now)
            user_session = self._user_sessions[user_session_id]
            session_id = secrets.token_urlsafe(12)
            self._sessions[session_id] = _Session(username, user_session.auth_time, user_session_id)
            user_session.client_sessions.add(session_id)
            self._codes[code] = _Code(authorization, username, session_id, now + CODE_LIFETIME)
        return _redirect(authorization.redirect_uri, {"code": code, "state": authorization.state,
                                                      "iss": self.tokens.issuer})

    def _back_channel_logout(self, params: Mapping[str, str]) -> Response:
        """Keycloak's logout by the app itself: the user session of the refresh token ends, the browser's
        single sign-on with it."""
        if params.get("client_id") != self.client_id:
            return _oauth_error(OAuthError("invalid_client", "Unknown client", 401))
        with self._lock:
            record = self._refresh_tokens.get(params.get("refresh_token", ""))
            session = self._sessions.get(record.session_id) if record is not None else None
            if record is None or session is None or record.expires_at <= self.clock():
                return _oauth_error(OAuthError("invalid_grant", "Invalid refresh token"))
            self._end_user_session(session.user_session_id)
        return Response(status_code=204)

    def _exchange_code(self, form: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            issued = self._codes.get(form.get("code", ""))
            if issued is None:
                raise OAuthError("invalid_grant", "Code not valid")
            if issued.used:  # a replayed code: end what it gave (RFC 6749, section 4.1.2)
                self._end_session(issued.session_id)
                raise OAuthError("invalid_grant", "Code already used")
            issued.used = True
            if issued.expires_at <= self.clock():
                self._end_session(issued.session_id)
                raise OAuthError("invalid_grant", "Code expired")
            if form.get("redirect_uri") != issued.request.redirect_uri:
                raise OAuthError("invalid_grant", "Incorrect redirect_uri")
            verifier = form.get("code_verifier", "")
            if not verifier or not secrets.compare_digest(_s256(verifier), issued.request.code_challenge):
                self._end_session(issued.session_id)
                raise OAuthError("invalid_grant", "PKCE verification failed: code verifier does not match")
            session = self._sessions.get(issued.session_id)
            if session is None:
                raise OAuthError("invalid_grant", "Session not active")
            return self._tokens(issued.session_id, session, issued.request.scope, issued.request.nonce)

    def _refresh(self, form: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            token = form.get("refresh_token", "")
            record = self._refresh_tokens.pop(token, None)
            session = self._sessions.get(record.session_id) if record else None
            if record is None or session is None:
                raise OAuthError("invalid_grant", "Token is not active")
            session.refresh_tokens.discard(token)
            if record.expires_at <= self.clock():
                raise OAuthError("invalid_grant", "Token is not active")
            return self._tokens(record.session_id, session, record.scope, None)

    def _tokens(self, session_id: str, session: _Session, scope: str, nonce: str | None) -> dict[str, Any]:
        """A token answer (called with the lock held)."""
        refresh_token = secrets.token_urlsafe(32)
        self._refresh_tokens[refresh_token] = _RefreshToken(
            session_id, self.client_id, scope, self.clock() + REFRESH_TOKEN_LIFETIME)
        session.refresh_tokens.add(refresh_token)
        access = self.tokens.issue(session.username, client_id=self.client_id, session_id=session_id,
                                   scope=scope)
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.tokens.lifetime),
            "refresh_token": refresh_token,
            "refresh_expires_in": int(REFRESH_TOKEN_LIFETIME),
            "scope": scope,
            "session_state": session_id,
        }
        scopes = scope.split()
        if "openid" in scopes:
            answer["id_token"] = self.tokens.id_token(
                session.username, audience=self.client_id, nonce=nonce, session_id=session_id,
                auth_time=session.auth_time,
                profile="profile" in scopes or self.profile.username_without_profile_scope)
        self._secrets.update((refresh_token, access, answer.get("id_token", refresh_token)))
        return answer

    def _user_session_named_by(self, id_token_hint: str | None) -> str | None:
        """The user session of the sign-in an ID token names (called with the lock held)."""
        claims = self.tokens.verified_claims(id_token_hint, check_expiry=False) if id_token_hint else None
        session = self._sessions.get(claims.get("sid", "")) if claims else None
        return session.user_session_id if session is not None else None

    def _single_sign_on(self, cookie: str | None) -> str | None:
        """The user session a browser's cookie signs in, while its single sign-on lasts (called with the lock
        held)."""
        if not cookie:
            return None
        now = self.clock()
        for user_session_id, user_session in self._user_sessions.items():
            if user_session.cookie is not None \
                    and secrets.compare_digest(user_session.cookie.encode(), cookie.encode()):
                return user_session_id if now < user_session.sso_until else None
        return None

    def _session_active(self, session_id: str) -> bool:
        with self._lock:
            return session_id in self._sessions

    def _remember_secrets(self, *values: str | None) -> None:
        with self._lock:
            self._secrets.update(value for value in values if value)

    def _end_session(self, session_id: str) -> None:
        """Ends one sign-in of the app (a client session); its user session goes on while a browser can
        still sign in with it (called with the lock held)."""
        session = self._sessions.pop(session_id, None)
        if session is None:
            return
        for token in session.refresh_tokens:
            self._refresh_tokens.pop(token, None)
        user_session = self._user_sessions.get(session.user_session_id)
        if user_session is not None:
            user_session.client_sessions.discard(session_id)
            if not user_session.client_sessions and user_session.cookie is None:
                del self._user_sessions[session.user_session_id]

    def _end_user_session(self, user_session_id: str) -> int:
        """Ends a user session and every sign-in it gave; returns how many sign-ins ended (called with the
        lock held)."""
        user_session = self._user_sessions.pop(user_session_id, None)
        if user_session is None:
            return 0
        for session_id in list(user_session.client_sessions):
            self._end_session(session_id)
        return len(user_session.client_sessions)

    def _forget_stale(self) -> None:
        now = self.clock()
        for request_id in [r for r, a in self._pending.items() if now - a.created_at > PENDING_LIFETIME]:
            del self._pending[request_id]
        for code in [c for c, issued in self._codes.items() if issued.expires_at <= now]:
            del self._codes[code]
        for user_session_id in [u for u, s in self._user_sessions.items()
                                if not s.client_sessions and s.sso_until <= now]:
            del self._user_sessions[user_session_id]


class _ProviderQueryFilter(logging.Filter):
    """Cuts the query off the provider's addresses in uvicorn's access log (when anyone turns it on): they
    carry states, nonces, code challenges, codes and ID token hints."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) \
                and args[2].startswith(REALM_PATH) and "?" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0] + "?…", *args[3:])
        return True


def _hide_queries_from_the_access_log() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _ProviderQueryFilter) for f in logger.filters):
        logger.addFilter(_ProviderQueryFilter())


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _is_loopback_redirect(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS and not parts.fragment


async def _form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (the first value of each name)."""
    body = (await request.body()).decode("utf-8", "replace")
    form: dict[str, str] = {}
    for name, value in parse_qsl(body, keep_blank_values=True):
        form.setdefault(name, value)
    return form


def _oauth_error(error: OAuthError) -> Response:
    return JSONResponse({"error": error.error, "error_description": error.description},
                        status_code=error.status, headers={"Cache-Control": "no-store"})


def _redirect(uri: str, params: Mapping[str, str | None]) -> Response:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    separator = "&" if urlsplit(uri).query else "?"
    return RedirectResponse(f"{uri}{separator}{query}", status_code=302)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:26em;margin:12vh auto;color:#1F2A21}}
label,input,button{{display:block;margin:.4em 0;font-size:1em}} .error{{color:#B71C1C}}</style></head>
<body><h1>{title}</h1>{body}</body></html>
"""


def _login_page(request_id: str, username: str, error: str) -> Response:
    message = f'<p class="error">{html.escape(error)}</p>' if error else ""
    body = (
        f"<p>OptimCE emulator: choose the demo user who signs in.</p>{message}"
        '<form method="post">'
        f'<input type="hidden" name="request_id" value="{html.escape(request_id)}">'
        '<label for="username">Username</label>'
        f'<input id="username" name="username" value="{html.escape(username)}" autofocus>'
        '<button name="action" value="approve" type="submit">Sign in</button>'
        '<button name="action" value="cancel" type="submit">Cancel</button>'
        "</form>"
    )
    page = _PAGE.format(title="Sign in to OptimCE", body=body)
    return HTMLResponse(page, status_code=400 if error else 200)


def _error_page(title: str, text: str) -> Response:
    body = f'<p class="error">{html.escape(text)}</p>'
    return HTMLResponse(_PAGE.format(title=html.escape(title), body=body), status_code=400)
