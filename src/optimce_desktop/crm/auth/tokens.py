"""The signed-in user's tokens, shared by every thread that calls the CRM.

The access token lives in memory only; the refresh token also goes to the password store (when one is
usable) so that the next start signs in silently. ``access_token()`` is the CRM client's token provider: it
refreshes a token about to expire before handing it out. ``refresh_after_rejection()`` is the client's
``on_unauthorized``: after the gateway refused a token, it replays with a newer one when another request
obtained it meanwhile, and otherwise refreshes at once, however recently the refused token was obtained.
When the provider refuses the refresh token (the session ended, or was revoked), the session is over:
``on_session_ended`` is told, and the caller asks the user to sign in again. Both run on the CRM client's
(worker) threads: the client asks ``access_token()`` for each request and reports a rejection on the same
thread right after, so the token each thread handed out last is the one the gateway refused.

At start, ``defer_restore(user)`` lets the app open at once with the user's saved data: the first request
that needs a token signs the user in silently with the stored refresh token (or reports the session ended).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.crm.auth.oidc import OidcClient, TokenSet
from optimce_desktop.crm.errors import ConnectionFailedError
from optimce_desktop.crm.keyring_store import KeyringUnavailableError, RefreshTokenStore

logger = logging.getLogger(__name__)

REFRESH_MARGIN = 30.0
"""Seconds before its expiry that an access token is refreshed (half its lifetime when that is shorter)."""


@dataclass(frozen=True)
class _Session:
    user: str
    subject: str | None
    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    id_token: str | None = field(repr=False)
    obtained_at: float
    expires_at: float

    @property
    def refresh_at(self) -> float:
        lifetime = self.expires_at - self.obtained_at
        return self.expires_at - min(REFRESH_MARGIN, lifetime / 2)


@dataclass(frozen=True)
class EndedSession:
    """What signing out leaves to tell the provider: the user and the tokens to revoke."""

    user: str
    refresh_token: str | None = field(repr=False)
    id_token: str | None = field(repr=False)


class TokenManager:
    def __init__(
        self,
        oidc: OidcClient,
        store: RefreshTokenStore | None,
        *,
        on_session_ended: Callable[[SignInError], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.oidc = oidc
        self._store = store
        self._store_usable = store is not None
        self._on_session_ended = on_session_ended
        self._clock = clock
        self._lock = threading.Lock()  # guards _session and _generation
        self._refresh_lock = threading.Lock()  # one refresh at a time: refresh tokens may be single-use
        self._session: _Session | None = None
        self._generation = 0
        self._restorable: str | None = None
        self._handed_out = threading.local()  # .token: what this thread's last request carried

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def user(self) -> str | None:
        session = self._session
        return session.user if session else None

    @property
    def signed_in(self) -> bool:
        return self._session is not None

    @property
    def restorable_user(self) -> str | None:
        """The user whose stored sign-in the next request restores (``defer_restore``), or None."""
        return self._restorable

    @property
    def can_remember(self) -> bool:
        """False once the password store failed (or when there is none to use): sessions stay in memory."""
        return self._store_usable

    # -- starting and ending -----------------------------------------------------------------------------

    def start(self, tokens: TokenSet) -> bool:
        """Starts the session of a completed sign-in; returns True when the refresh token was stored for
        the next start of the app."""
        if tokens.user is None:
            raise ValueError("A session needs the user named by an ID token")
        with self._lock:
            self._generation += 1
            self._session = self._session_from(tokens, tokens.user, tokens.subject)
            self._restorable = None
        return self._remember(tokens.user, tokens.refresh_token)

    def defer_restore(self, user: str) -> None:
        """The next request that needs a token first restores ``user``'s stored sign-in (``restore``)."""
        with self._lock:
            if self._session is None:
                self._restorable = user

    def restore(self, user: str) -> bool:
        """Signs ``user`` in silently with the refresh token stored at their last sign-in; False when none
        is stored. Raises KeyringUnavailableError when the password store cannot be read, SignInError when the
        provider refused (the stored token is then forgotten) or could not be reached."""
        if self._store is None or not self._store_usable:
            return False
        try:
            refresh_token = self._store.load(user)
        except KeyringUnavailableError:
            self._store_usable = False
            raise
        if refresh_token is None:
            return False
        try:
            tokens = self.oidc.refresh(refresh_token)
        except SignInError as exc:
            if exc.session_ended:
                self.forget(user)
            raise
        # The user keeps the name the stored token is filed under, whatever claims this answer carries.
        with self._lock:
            self._generation += 1
            self._session = self._session_from(tokens, user, tokens.subject)
            self._restorable = None
        self._remember(user, tokens.refresh_token)
        return True

    def end(self) -> EndedSession | None:
        """Ends the session in this app at once (no token is handed out any more); returns what to revoke
        at the provider and forget in the password store, or None when nobody was signed in."""
        with self._lock:
            session, self._session = self._session, None
            self._restorable = None
            self._generation += 1
        if session is None:
            return None
        return EndedSession(session.user, session.refresh_token, session.id_token)

    def stored_session(self, user: str) -> EndedSession | None:
        """``user``'s stored sign-in as a session to end at the provider (a remembered user who signs out
        before any request restored it), or None when none is stored or the password store is unusable."""
        if self._store is None or not self._store_usable:
            return None
        try:
            refresh_token = self._store.load(user)
        except KeyringUnavailableError:
            self._store_usable = False
            return None
        return EndedSession(user, refresh_token, None) if refresh_token else None

    def forget(self, user: str) -> None:
        """Deletes the user's stored refresh token (when a password store is usable)."""
        if self._store is None or not self._store_usable:
            return
        try:
            self._store.delete(user)
        except KeyringUnavailableError:
            self._store_usable = False

    # -- the CRM client's hooks (worker threads) ---------------------------------------------------------

    def access_token(self) -> str | None:
        """The access token for the next request, refreshed first when it is about to expire; None when
        nobody is signed in. Raises ConnectionFailedError when an expired token could not be refreshed
        because the sign-in server is unreachable."""
        token = self._access_token()
        self._handed_out.token = token
        return token

    def _access_token(self) -> str | None:
        session = self._session
        if session is None:
            session = self._restore_deferred()
            if session is None:
                return None
        if session.refresh_token is None or self._clock() < session.refresh_at:
            return session.access_token
        try:
            fresh = self._refresh(session)
        except SignInError as exc:
            if exc.session_ended:
                return None
            if self._clock() < session.expires_at:
                logger.info("Could not refresh the sign-in early (%s); the current token is still valid",
                            exc.reason.value)
                return session.access_token
            raise ConnectionFailedError(f"Could not refresh the sign-in: {exc.detail}") from exc
        return fresh.access_token if fresh else None

    def refresh_after_rejection(self) -> bool:
        """After the gateway refused the token this thread handed out last: True when a newer one is ready
        for a replay, False when the session is over (nobody signed in, or the provider refused the
        refresh: ``on_session_ended`` is then told at once)."""
        refused = getattr(self._handed_out, "token", None)
        session = self._session
        if session is None:
            return self._restore_deferred() is not None
        if session.access_token != refused:
            return True  # another request obtained a newer token meanwhile: replay with it
        if session.refresh_token is None:
            return False
        try:
            return self._refresh(session) is not None
        except SignInError as exc:
            if exc.session_ended:
                return False
            raise ConnectionFailedError(f"Could not refresh the sign-in: {exc.detail}") from exc

    # -- inside --------------------------------------------------------------------------------------------

    def _restore_deferred(self) -> _Session | None:
        """Restores the sign-in deferred at start; None when there is none to restore, or it ended (then
        ``on_session_ended`` is told). Raises ConnectionFailedError when the provider is unreachable."""
        with self._refresh_lock:
            with self._lock:
                user, session, generation = self._restorable, self._session, self._generation
            if session is not None or user is None:
                return session
            try:
                restored = self.restore(user)
            except KeyringUnavailableError as exc:
                ended = SignInError(SignInFailure.REJECTED, f"The stored sign-in cannot be read: {exc}")
            except SignInError as exc:
                if not exc.session_ended:
                    raise ConnectionFailedError(f"Could not restore the sign-in: {exc.detail}") from exc
                ended = exc
            else:
                if restored:
                    return self._session
                ended = SignInError(SignInFailure.REJECTED, "No stored sign-in")
            with self._lock:
                if self._generation != generation:
                    return self._session
                self._restorable = None
            if self._on_session_ended is not None:
                self._on_session_ended(ended)
            return None

    def _refresh(self, seen: _Session) -> _Session | None:
        """Refreshes ``seen`` unless another thread did it meanwhile; None when the session is gone."""
        with self._refresh_lock:
            with self._lock:
                current, generation = self._session, self._generation
            if current is None:
                return None
            if current is not seen:
                return current
            assert current.refresh_token is not None
            try:
                tokens = self.oidc.refresh(current.refresh_token)
                if tokens.subject is not None and current.subject is not None \
                        and tokens.subject != current.subject:
                    raise SignInError(SignInFailure.INVALID_ANSWER, "Refreshed for another user")
            except SignInError as exc:
                if exc.session_ended:
                    self._ended(generation, exc)
                raise
            with self._lock:
                if self._generation != generation:
                    return self._session  # signed out (or in again) while the refresh was on its way
                fresh = self._session_from(tokens, current.user, current.subject or tokens.subject)
                self._session = fresh
            if tokens.refresh_token != current.refresh_token:
                self._remember(current.user, tokens.refresh_token)
            logger.info("Access token refreshed")
            return fresh

    def _ended(self, generation: int, error: SignInError) -> None:
        with self._lock:
            if self._generation != generation or self._session is None:
                return
            user = self._session.user
            self._session = None
            self._generation += 1
        logger.info("The session of %s ended at the provider: %s", user, error.reason.value)
        self.forget(user)
        if self._on_session_ended is not None:
            self._on_session_ended(error)

    def _session_from(self, tokens: TokenSet, user: str, subject: str | None) -> _Session:
        now = self._clock()
        return _Session(user, subject, tokens.access_token, tokens.refresh_token, tokens.id_token,
                        obtained_at=now, expires_at=now + tokens.expires_in)

    def _remember(self, user: str, refresh_token: str | None) -> bool:
        if self._store is None or not self._store_usable or refresh_token is None:
            return False
        try:
            self._store.save(user, refresh_token)
        except KeyringUnavailableError:
            self._store_usable = False
            return False
        return True
