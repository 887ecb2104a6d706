"""The refresh token in the operating system's password store (Windows Credential Locker, macOS Keychain,
Secret Service), through ``keyring``: one entry per sign-in server and user, never a file of ours.

When no store is usable (none installed, locked, or refusing the secret), every call raises
``KeyringUnavailableError``: the caller keeps the session in memory and says it will not be remembered.
Whatever a backend raises counts as such a failure, not only keyring's errors: Windows' backend raises
``pywintypes.error`` (Credential Manager blocked by a policy, no logon session, a secret over its size limit),
others their own.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

logger = logging.getLogger(__name__)

SERVICE_PREFIX = "OptimCE Desktop"


class KeyringUnavailableError(Exception):
    """The password store cannot be used; the message says why (it never holds the secret)."""


class RefreshTokenStore:
    """Refresh tokens of the users of one sign-in server (``issuer``)."""

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer.rstrip("/")

    @property
    def service(self) -> str:
        """The name of the entries in the password store: the app and the sign-in server."""
        return f"{SERVICE_PREFIX} ({self.issuer})"

    def load(self, user: str) -> str | None:
        """The user's stored refresh token, or None when there is none."""
        try:
            return keyring.get_password(self.service, user)
        except Exception as exc:  # any failure of the store: see the module's docstring
            raise _unavailable("read", exc) from exc

    def save(self, user: str, refresh_token: str) -> None:
        try:
            keyring.set_password(self.service, user, refresh_token)
        except Exception as exc:  # any failure of the store: see the module's docstring
            raise _unavailable("store", exc) from exc

    def delete(self, user: str) -> None:
        """Forgets the user's refresh token; nothing happens when none is stored."""
        try:
            keyring.delete_password(self.service, user)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored
        except Exception as exc:  # any failure of the store: see the module's docstring
            raise _unavailable("delete", exc) from exc


def _unavailable(action: str, exc: BaseException) -> KeyringUnavailableError:
    # The backend's own message, never the secret: keyring's exceptions do not carry it.
    reason = f"Could not {action} the sign-in in the password store: {type(exc).__name__}: {exc}"
    logger.info("%s", reason)
    return KeyringUnavailableError(reason)
