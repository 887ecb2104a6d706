"""The OpenID Connect client of a public desktop app: discovery, the authorization request with PKCE (S256),
the code exchange, refresh, revocation (RFC 7009), the address of RP-initiated logout and, with Keycloak, the
end of the user's whole session without a browser.

Authlib's OAuth 2 client does the protocol (PKCE, state, token requests and their errors, RFC 7009
revocation) over this app's httpx client, with its TLS rules; joserfc verifies the ID token against the
provider's published keys. Thread-safe: every operation uses a fresh Authlib client over the shared,
thread-safe httpx client. No token, code or verifier is ever logged.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.auth import ClientAuth
from authlib.oauth2.base import OAuth2Error
from authlib.oauth2.client import OAuth2Client
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from optimce_desktop.crm.auth.config import ServerConfig
from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.crm.auth.identity import user_name
from optimce_desktop.crm.transport import USER_AGENT, AddressError, checked_base_url, tls_context

logger = logging.getLogger(__name__)

DISCOVERY_PATH = "/.well-known/openid-configuration"
ID_TOKEN_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
"""Asymmetric signatures only: a public client has no secret to check an HMAC with."""
CLOCK_LEEWAY = 120
"""Seconds of clock difference tolerated between this computer and the provider for the ID token."""
DEFAULT_EXPIRES_IN = 60.0
"""Lifetime assumed for an access token whose answer gives none (the provider's default is unknown)."""
VERIFIER_BYTES = 48
"""The PKCE code verifier: 64 characters of base64url (RFC 7636 asks for 43 to 128)."""
KEYCLOAK_REALM_PATH = re.compile(r"/realms/[^/]+$")
KEYCLOAK_LOGOUT_PATH = "/protocol/openid-connect/logout"


@dataclass(frozen=True)
class ProviderMetadata:
    """What the discovery document says about the provider (OpenID Connect Discovery 1.0)."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    end_session_endpoint: str | None = None
    revocation_endpoint: str | None = None
    scopes_supported: frozenset[str] | None = None
    """None when the provider does not say."""
    ends_user_session_on_request: bool = False
    """Whether the provider is a Keycloak realm, whose end-session endpoint ends the user's whole session
    (the browser's single sign-on included) when the app itself posts its refresh token there
    (``is_keycloak_logout``)."""


@dataclass(frozen=True)
class AuthorizationRequest:
    """One sign-in in the browser: the page to open, and what the answer must match."""

    url: str
    redirect_uri: str
    state: str = field(repr=False)
    nonce: str = field(repr=False)
    code_verifier: str = field(repr=False)


@dataclass(frozen=True)
class LogoutRequest:
    """RP-initiated logout in the browser: the page to open, and the state its redirect must bring back."""

    url: str
    redirect_uri: str
    state: str = field(repr=False)


@dataclass(frozen=True)
class TokenSet:
    """A token endpoint's answer. ``user`` (``identity.user_name``) and ``subject`` come from the verified
    ID token (None when the answer carried none, as some refresh answers do)."""

    access_token: str = field(repr=False)
    expires_in: float
    refresh_token: str | None = field(default=None, repr=False)
    id_token: str | None = field(default=None, repr=False)
    user: str | None = None
    subject: str | None = None


class _HttpxClientAuth(httpx.Auth, ClientAuth):
    """Authlib's client authentication (for a public client: ``client_id`` in the form) as an httpx auth."""

    requires_request_body = True

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url, headers, body = self.prepare(request.method, str(request.url), dict(request.headers),
                                          request.content.decode())
        headers = {name: value for name, value in headers.items() if name.lower() != "content-length"}
        yield httpx.Request(request.method, url, headers=headers, content=body.encode(),
                            extensions=request.extensions)


class _Protocol(OAuth2Client):
    """Authlib's OAuth 2 protocol client over an ``httpx.Client`` (the session)."""

    client_auth_class = _HttpxClientAuth


class OidcClient:
    """Talks to the OpenID provider of ``config``. ``transport`` is for tests (httpx's mock transports)."""

    def __init__(
        self,
        config: ServerConfig,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config.checked()
        self._clock = clock
        self._http = httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            verify=tls_context(config.verify),
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )
        self._lock = threading.Lock()
        self._metadata: ProviderMetadata | None = None
        self._keys: KeySet | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OidcClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- discovery --------------------------------------------------------------------------------------

    def discover(self) -> ProviderMetadata:
        """The provider's metadata, fetched once from ``<issuer>/.well-known/openid-configuration``."""
        with self._lock:
            if self._metadata is not None:
                return self._metadata
        url = self.config.issuer + DISCOVERY_PATH
        with _failures("discovery"):
            response = self._http.get(url)
        document = _json_object(response, "the discovery document")
        metadata = _metadata_from(document, self.config.issuer)
        with self._lock:
            self._metadata = metadata
        return metadata

    # -- the authorization code flow ----------------------------------------------------------------------

    def authorization_request(
        self, redirect_uri: str, *, login_hint: str | None = None, reauthenticate: bool = False
    ) -> AuthorizationRequest:
        """The authorization page to open in the browser, with a fresh state, nonce and PKCE verifier.
        ``reauthenticate`` asks the provider to authenticate the user even when the browser is still
        signed in there (``prompt=login``, OpenID Connect Core 1.0, section 3.1.2.1)."""
        metadata = self.discover()
        verifier = secrets.token_urlsafe(VERIFIER_BYTES)
        nonce = generate_token(32)
        extra = {"nonce": nonce}
        if login_hint:
            extra["login_hint"] = login_hint
        if reauthenticate:
            extra["prompt"] = "login"
        url, state = self._protocol(redirect_uri, scope=_requested_scope(self.config.scope, metadata)) \
            .create_authorization_url(metadata.authorization_endpoint, code_verifier=verifier, **extra)
        return AuthorizationRequest(url=url, redirect_uri=redirect_uri, state=state, nonce=nonce,
                                    code_verifier=verifier)

    def exchange_code(self, request: AuthorizationRequest, code: str) -> TokenSet:
        """The tokens for the code the browser brought back, proving the PKCE verifier; the ID token must
        answer this very request (its nonce)."""
        metadata = self.discover()
        with _failures("code exchange"):
            answer = self._protocol(request.redirect_uri).fetch_token(
                metadata.token_endpoint, grant_type="authorization_code", code=code,
                redirect_uri=request.redirect_uri, code_verifier=request.code_verifier)
        tokens = self._token_set(dict(answer), nonce=request.nonce)
        if tokens.user is None:
            raise SignInError(SignInFailure.INVALID_ANSWER, "The token answer carries no ID token")
        return tokens

    def refresh(self, refresh_token: str) -> TokenSet:
        """New tokens for a refresh token; REJECTED when the provider says the session is over."""
        metadata = self.discover()
        with _failures("refresh"):
            answer = self._protocol(None).refresh_token(metadata.token_endpoint, refresh_token=refresh_token)
        tokens = self._token_set(dict(answer), nonce=None)
        if tokens.refresh_token is None:  # the provider keeps the refresh token it had given
            tokens = TokenSet(tokens.access_token, tokens.expires_in, refresh_token, tokens.id_token,
                              tokens.user, tokens.subject)
        return tokens

    def revoke(self, refresh_token: str) -> None:
        """Revokes the refresh token, and with it the session it belongs to (RFC 7009); raises SignInError
        when the provider offers no revocation or could not be told."""
        endpoint = self.discover().revocation_endpoint
        if endpoint is None:
            raise SignInError(SignInFailure.INVALID_ANSWER, "The provider offers no revocation endpoint")
        with _failures("revocation"):
            response = self._protocol(None).revoke_token(endpoint, token=refresh_token,
                                                         token_type_hint="refresh_token")
        _expect_success(response, "revocation")

    def end_user_session(self, refresh_token: str) -> None:
        """Ends the user's whole session at a Keycloak realm, the browser's single sign-on included, without
        a browser: Keycloak's logout of a public client, a POST of the client id and the refresh token to its
        end-session endpoint. It must come before the token is revoked (Keycloak refuses a revoked token).
        Raises SignInError when the provider is no Keycloak realm, refused (the session had ended) or could
        not be reached."""
        metadata = self.discover()
        endpoint = metadata.end_session_endpoint
        if endpoint is None or not metadata.ends_user_session_on_request:
            raise SignInError(SignInFailure.INVALID_ANSWER,
                              "The provider does not end a session at the app's request")
        what = "end of the user's session"
        with _failures(what):
            response = self._http.post(endpoint, data={"client_id": self.config.client_id,
                                                       "refresh_token": refresh_token})
        if response.status_code == 400:  # Keycloak's OAuth error: invalid_grant once the session ended
            error = _oauth_error(response)
            reason = SignInFailure.REJECTED if error == "invalid_grant" else SignInFailure.PROVIDER_ERROR
            raise SignInError(reason, f"{what}: {error or 'HTTP 400'}", error=error)
        _expect_success(response, what)

    def logout_request(self, redirect_uri: str, *, id_token: str | None) -> LogoutRequest:
        """The provider's end-session page (OpenID Connect RP-Initiated Logout 1.0), which sends the browser
        back to ``redirect_uri`` with a fresh state once the session ended; raises SignInError when the
        provider has none."""
        endpoint = self.discover().end_session_endpoint
        if endpoint is None:
            raise SignInError(SignInFailure.INVALID_ANSWER, "The provider offers no end-session endpoint")
        state = generate_token(30)
        params = {"client_id": self.config.client_id, "post_logout_redirect_uri": redirect_uri,
                  "state": state}
        if id_token:
            params["id_token_hint"] = id_token
        return LogoutRequest(str(httpx.URL(endpoint).copy_merge_params(params)), redirect_uri, state)

    # -- tokens --------------------------------------------------------------------------------------------

    def _protocol(self, redirect_uri: str | None, *, scope: str | None = None) -> _Protocol:
        return _Protocol(self._http, client_id=self.config.client_id, token_endpoint_auth_method="none",
                         revocation_endpoint_auth_method="none", scope=scope,
                         redirect_uri=redirect_uri, code_challenge_method="S256")

    def _token_set(self, answer: dict[str, Any], *, nonce: str | None) -> TokenSet:
        access_token = answer.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise SignInError(SignInFailure.INVALID_ANSWER, "The token answer carries no access token")
        token_type = answer.get("token_type")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise SignInError(SignInFailure.INVALID_ANSWER, f"Unexpected token type {token_type!r}")
        expires_in = answer.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, int | float) and expires_in > 0 \
            else DEFAULT_EXPIRES_IN
        refresh_token = answer.get("refresh_token")
        id_token = answer.get("id_token")
        user = subject = None
        if isinstance(id_token, str) and id_token:
            claims = self._verified_id_token(id_token, nonce)
            subject = claims["sub"]
            user = user_name(claims)
        return TokenSet(access_token, lifetime, refresh_token if isinstance(refresh_token, str) else None,
                        id_token if isinstance(id_token, str) else None, user, subject)

    def _verified_id_token(self, id_token: str, nonce: str | None) -> dict[str, Any]:
        """The ID token's claims, once its signature (with the provider's published keys), issuer,
        audience, expiry and nonce are checked."""
        try:
            try:
                token = jwt.decode(id_token, self._key_set(), algorithms=ID_TOKEN_ALGORITHMS)
            except InvalidKeyIdError:  # the provider may have rotated its keys since we fetched them
                token = jwt.decode(id_token, self._key_set(refetch=True), algorithms=ID_TOKEN_ALGORITHMS)
            options: dict[str, Any] = {
                "iss": {"essential": True, "value": self.config.issuer},
                "aud": {"essential": True, "value": self.config.client_id},
                "sub": {"essential": True},
                "exp": {"essential": True},
            }
            if nonce is not None:
                options["nonce"] = {"essential": True, "value": nonce}
            jwt.JWTClaimsRegistry(now=lambda: int(self._clock()), leeway=CLOCK_LEEWAY, **options) \
                .validate(token.claims)
        except JoseError as exc:
            raise SignInError(SignInFailure.INVALID_ANSWER, f"The ID token is not valid: {exc}") from exc
        return token.claims

    def _key_set(self, *, refetch: bool = False) -> KeySet:
        with self._lock:
            if self._keys is not None and not refetch:
                return self._keys
        with _failures("signing keys"):
            response = self._http.get(self.discover().jwks_uri)
        document = _json_object(response, "the provider's signing keys")
        try:
            keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
        except (JoseError, ValueError, TypeError, KeyError) as exc:
            raise SignInError(SignInFailure.INVALID_ANSWER, f"Unusable signing keys: {exc}") from exc
        with self._lock:
            self._keys = keys
        return keys


@contextmanager
def _failures(what: str) -> Iterator[None]:
    """Turns what can go wrong in a request to the provider into a SignInError."""
    try:
        yield
    except SignInError:
        raise
    except OAuth2Error as exc:
        error = exc.error or "error"
        reason = SignInFailure.REJECTED if error == "invalid_grant" else SignInFailure.PROVIDER_ERROR
        raise SignInError(reason, f"{what}: {error}: {exc.description or ''}".rstrip(": "),
                          error=error) from exc
    except httpx.HTTPStatusError as exc:
        status = exc.response.status_code
        reason = SignInFailure.UNREACHABLE if status >= 500 else SignInFailure.INVALID_ANSWER
        raise SignInError(reason, f"{what}: HTTP {status}") from exc
    except httpx.TransportError as exc:
        raise SignInError(SignInFailure.UNREACHABLE, f"{what}: {type(exc).__name__}: {exc}") from exc
    except ValueError as exc:  # Authlib: a token answer that is not a JSON object
        raise SignInError(SignInFailure.INVALID_ANSWER, f"{what}: {exc}") from exc


def _json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    if response.status_code >= 500:
        raise SignInError(SignInFailure.UNREACHABLE, f"{what}: HTTP {response.status_code}")
    try:
        document = response.json() if response.is_success else None
    except ValueError:
        document = None
    if not isinstance(document, dict):
        raise SignInError(SignInFailure.INVALID_ANSWER,
                          f"{what}: not a JSON object (HTTP {response.status_code})")
    return document


def _requested_scope(wanted: str, metadata: ProviderMetadata) -> str:
    """The scopes of ``wanted`` the provider says it supports (all of them when it does not say):
    some providers refuse a sign-in that asks for a scope they do not know."""
    supported = metadata.scopes_supported
    return " ".join(s for s in wanted.split() if supported is None or s == "openid" or s in supported)


def _oauth_error(response: httpx.Response) -> str | None:
    """The ``error`` code of an OAuth error answer (RFC 6749, section 5.2), or None."""
    try:
        document = response.json()
    except ValueError:
        return None
    error = document.get("error") if isinstance(document, dict) else None
    return error if isinstance(error, str) and error else None


def _expect_success(response: httpx.Response, what: str) -> None:
    if response.status_code >= 500:
        raise SignInError(SignInFailure.UNREACHABLE, f"{what}: HTTP {response.status_code}")
    if not response.is_success:
        raise SignInError(SignInFailure.PROVIDER_ERROR, f"{what}: HTTP {response.status_code}")


def _metadata_from(document: dict[str, Any], issuer: str) -> ProviderMetadata:
    """The metadata, checked: the issuer is the configured one, every endpoint is https (or on this
    machine), and the provider supports PKCE with S256 when it says which methods it supports."""
    if str(document.get("issuer", "")).rstrip("/") != issuer:
        raise SignInError(SignInFailure.INVALID_ANSWER,
                          f"The discovery document names another issuer: {document.get('issuer')!r}")
    methods = document.get("code_challenge_methods_supported")
    if isinstance(methods, list) and "S256" not in methods:
        raise SignInError(SignInFailure.INVALID_ANSWER, "The provider does not support PKCE with S256")

    def endpoint(name: str, *, required: bool = True) -> str | None:
        value = document.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise SignInError(SignInFailure.INVALID_ANSWER, f"The discovery document has no {name}")
        try:
            checked_base_url(value, f"The provider's {name}")
        except AddressError as exc:
            raise SignInError(SignInFailure.INVALID_ANSWER, str(exc)) from exc
        return value

    end_session_endpoint = endpoint("end_session_endpoint", required=False)
    return ProviderMetadata(
        issuer=issuer,
        authorization_endpoint=endpoint("authorization_endpoint") or "",
        token_endpoint=endpoint("token_endpoint") or "",
        jwks_uri=endpoint("jwks_uri") or "",
        end_session_endpoint=end_session_endpoint,
        revocation_endpoint=endpoint("revocation_endpoint", required=False),
        scopes_supported=_string_set(document.get("scopes_supported")),
        ends_user_session_on_request=is_keycloak_logout(issuer, end_session_endpoint),
    )


def is_keycloak_logout(issuer: str, end_session_endpoint: str | None) -> bool:
    """Whether ``end_session_endpoint`` is a Keycloak realm's own, ``<issuer>/protocol/openid-connect/logout``
    with an issuer ending in ``/realms/<realm>``. Only there is the refresh token posted to end the user's
    session: another provider's end-session endpoint does not expect a refresh token (the standard one
    ends the session the browser is in), and a secret goes nowhere it is not expected."""
    return (end_session_endpoint == issuer + KEYCLOAK_LOGOUT_PATH
            and KEYCLOAK_REALM_PATH.search(urlsplit(issuer).path) is not None)


def _string_set(value: Any) -> frozenset[str] | None:
    if not isinstance(value, list):
        return None
    return frozenset(item for item in value if isinstance(item, str))
