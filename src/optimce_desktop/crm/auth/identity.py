"""Who signed in, named one way whatever the provider puts in its ID token: the name is the keyring entry,
the ``login_hint`` of a sign-in again, the remembered user in the settings and the name of the user's local
database, so it must not change with the claims a provider happens to send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NAME_CLAIMS = ("preferred_username", "email", "sub")
"""The claims that name the user, best first: ``sub`` is always there, but is an opaque identifier."""


def user_name(claims: Mapping[str, Any]) -> str | None:
    """The user's name from verified ID token claims: ``preferred_username``, else ``email``, else ``sub``
    (None when none of them is a non-empty string)."""
    for claim in NAME_CLAIMS:
        value = claims.get(claim)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
