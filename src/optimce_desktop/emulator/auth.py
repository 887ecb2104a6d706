"""Who is calling: bearer tokens issued by the emulator itself.

The real gateway checks OpenID Connect tokens from Keycloak. Here a token is an opaque random string that
the emulator remembers until it expires; everything that issues or checks one goes through ``TokenIssuer``
so that it can be replaced by signed JWTs later without touching the routes.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_TOKEN_LIFETIME = 3600.0


@dataclass(frozen=True)
class IssuedToken:
    username: str
    expires_at: float


class TokenIssuer:
    def __init__(self, lifetime: float = DEFAULT_TOKEN_LIFETIME, *, clock: Callable[[], float] = time.time):
        self.lifetime = lifetime
        self._clock = clock
        self._tokens: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()

    def issue(self, username: str, lifetime: float | None = None) -> str:
        token = secrets.token_urlsafe(32)
        expires_at = self._clock() + (self.lifetime if lifetime is None else lifetime)
        with self._lock:
            self._forget_expired()
            self._tokens[token] = IssuedToken(username, expires_at)
        return token

    def username_for(self, token: str) -> str | None:
        """The token's user, or None when the token is unknown or expired."""
        with self._lock:
            issued = self._tokens.get(token)
            if issued is None:
                return None
            if issued.expires_at <= self._clock():
                del self._tokens[token]
                return None
            return issued.username

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)

    def _forget_expired(self) -> None:
        now = self._clock()
        for token in [t for t, issued in self._tokens.items() if issued.expires_at <= now]:
            del self._tokens[token]


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
