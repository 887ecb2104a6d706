"""Why a sign-in, a silent sign-in or a token refresh did not give a session.

``detail`` is an English description for logs: it never holds a token, a code or a verifier. The services
turn ``reason`` into a sentence for the user.
"""

from __future__ import annotations

from enum import StrEnum


class SignInFailure(StrEnum):
    CANCELLED = "cancelled"
    """The user stopped waiting for the browser."""
    TIMED_OUT = "timed_out"
    """No answer came back from the browser in time."""
    DENIED = "denied"
    """The user (or the provider's policy) refused the sign-in: ``access_denied`` on the redirect."""
    PROVIDER_ERROR = "provider_error"
    """The provider redirected back with another error (``error`` holds its code)."""
    STATE_MISMATCH = "state_mismatch"
    """The redirect carried another sign-in's ``state`` (or issuer): it is not the answer to ours."""
    REJECTED = "rejected"
    """The token endpoint refused the code or the refresh token (``invalid_grant``: expired, already used,
    wrong PKCE verifier, revoked session)."""
    UNREACHABLE = "unreachable"
    """The sign-in server could not be reached, or did not answer in time."""
    INVALID_ANSWER = "invalid_answer"
    """The provider answered something unusable: bad discovery document, bad tokens, a bad ID token."""


class SignInError(Exception):
    def __init__(self, reason: SignInFailure, detail: str = "", *, error: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.error = error
        """The OAuth error code sent by the provider (``access_denied``, ``invalid_grant``...), if any."""
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)

    @property
    def session_ended(self) -> bool:
        """True when the provider says the session is over (sign in again), not that it could not be asked."""
        return self.reason is SignInFailure.REJECTED
