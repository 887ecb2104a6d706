"""Who is calling: signed JWT access tokens, issued by the emulator's OpenID provider (``oidc.py``) and
checked by its gateway, as the real gateway checks the tokens of the platform's Keycloak.

Tokens are signed with ES256 by default (a key fast to make when the emulator starts), or RS256 as a
plainer provider signs (``algorithm``); clients take whatever algorithm the published key names. A token is
valid when it carries this issuer's signature, names this issuer, is an access token (``typ`` Bearer, not an
ID token), has not expired by ``clock`` and, when it belongs to a sign-in session (``sid``), that session is
still active at the provider (``session_active``): the gateway notices a revoked session at once, as one
that introspects tokens does.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, RSAKey

ACCESS_TOKEN_LIFETIME = 300.0
"""Seconds an access token lives (Keycloak's default: five minutes)."""
ALGORITHM = "ES256"
"""The default signing algorithm; ``RS256`` is the other one."""
RSA_KEY_BITS = 2048
DEFAULT_ISSUER = "urn:optimce:emulator"
"""The issuer until the runner knows its address (``EmulatorServer.issuer_url``)."""
_SUBJECTS = uuid.UUID("6f1c9f0e-2d4b-4c1a-9a57-0b3e6c1d2e4f")


class AuthClock:
    """Wall-clock seconds for tokens and codes; ``advance()`` ages every one of them at once (tests)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def subject_of(username: str) -> str:
    """The user's stable identifier (``sub``), a UUID as Keycloak's."""
    return str(uuid.uuid5(_SUBJECTS, username))


class TokenIssuer:
    def __init__(
        self,
        lifetime: float = ACCESS_TOKEN_LIFETIME,
        *,
        clock: Callable[[], float] = time.time,
        issuer: str = DEFAULT_ISSUER,
        algorithm: str = ALGORITHM,
    ) -> None:
        self.lifetime = lifetime
        self.clock = clock
        self.issuer = issuer
        self.session_active: Callable[[str], bool] = lambda session_id: True
        """Whether the sign-in session ``sid`` is still active (set by the provider)."""
        self._keys: dict[str, ECKey | RSAKey] = {}
        self.algorithm = algorithm

    @property
    def algorithm(self) -> str:
        """The algorithm new tokens are signed with (ES256 or RS256); tokens signed before a change stay
        valid."""
        return self._algorithm

    @algorithm.setter
    def algorithm(self, algorithm: str) -> None:
        if algorithm not in self._keys:
            parameters = {"use": "sig", "alg": algorithm}
            if algorithm == "ES256":
                key: ECKey | RSAKey = ECKey.generate_key("P-256", parameters=parameters)
            elif algorithm == "RS256":
                key = RSAKey.generate_key(RSA_KEY_BITS, parameters=parameters)
            else:
                raise ValueError(f"Unsupported signing algorithm {algorithm!r}")
            key.ensure_kid()
            self._keys[algorithm] = key
        self._algorithm = algorithm

    def public_keys(self) -> dict[str, Any]:
        """The JSON Web Key Set that verifies this issuer's tokens (the provider's ``jwks_uri``)."""
        return {"keys": [self._keys[self._algorithm].as_dict(private=False)]}

    def issue(
        self,
        username: str,
        lifetime: float | None = None,
        *,
        client_id: str = "optimce-desktop",
        session_id: str | None = None,
        scope: str = "openid",
    ) -> str:
        """An access token of ``username`` (``lifetime`` seconds, default the issuer's; negative: expired)."""
        now = self.clock()
        claims = {
            **self._common(username, now, lifetime),
            "typ": "Bearer",
            "preferred_username": username,  # the gateway's user, whatever the scope
            "azp": client_id,
            "aud": "account",
            "scope": scope,
        }
        if session_id is not None:
            claims["sid"] = session_id
        return self.sign(claims)

    def id_token(
        self, username: str, *, audience: str, nonce: str | None, session_id: str, auth_time: float,
        profile: bool = True,
    ) -> str:
        """An ID token for the client ``audience``: who signed in, for the sign-in that sent ``nonce``;
        their names (``preferred_username``, ``name``) only with ``profile``."""
        now = self.clock()
        claims: dict[str, Any] = {
            **self._common(username, now, None),
            "typ": "ID",
            "aud": audience,
            "azp": audience,
            "sid": session_id,
            "auth_time": int(auth_time),
        }
        if profile:
            claims["preferred_username"] = username
            claims["name"] = username.replace("-", " ").title()
        if nonce is not None:
            claims["nonce"] = nonce
        return self.sign(claims)

    def sign(self, claims: dict[str, Any]) -> str:
        key = self._keys[self._algorithm]
        return jwt.encode({"alg": self._algorithm, "kid": key.kid}, claims, key, algorithms=[self._algorithm])

    def verified_claims(self, token: str, *, check_expiry: bool = True) -> dict[str, Any] | None:
        """The claims of a token this issuer signed (and, by default, that has not expired), else None."""
        try:
            claims = jwt.decode(token, KeySet(list(self._keys.values())), algorithms=list(self._keys)).claims
        except (JoseError, ValueError):
            return None
        if claims.get("iss") != self.issuer:
            return None
        expires = claims.get("exp")
        if check_expiry and (not isinstance(expires, int | float) or expires <= self.clock()):
            return None
        return claims

    def username_for(self, token: str) -> str | None:
        """The user of a valid access token, or None when the token is not one (forged, another issuer's,
        an ID token, expired)."""
        claims = self.verified_claims(token)
        if claims is None or claims.get("typ") != "Bearer":
            return None
        session_id = claims.get("sid")
        if isinstance(session_id, str) and not self.session_active(session_id):
            return None
        username = claims.get("preferred_username")
        return username if isinstance(username, str) and username else None

    def _common(self, username: str, now: float, lifetime: float | None) -> dict[str, Any]:
        return {
            "iss": self.issuer,
            "sub": subject_of(username),
            "iat": int(now),
            "exp": int(now + (self.lifetime if lifetime is None else lifetime)),
            "jti": secrets.token_urlsafe(12),
        }


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
