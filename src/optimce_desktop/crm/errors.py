"""Typed errors of the CRM client.

The CRM answers errors as ``{"data": "<localised message>", "error_code": <int>}``; the code decides the
family, never the text (some messages are raw translation keys). ``server_message`` keeps the server's text
for display; ``detail`` is this client's own English description for logs. Both are cut to
``SERVER_TEXT_LIMIT`` characters here, where the client reads them: a server may send megabytes of text,
and no log line, banner or GUI thread should have to handle it.
"""

from __future__ import annotations

import re

# The enum validators name the field only in their (localised) text; the code identifies it reliably.
ENUM_FIELD_BY_CODE: dict[int, str] = {
    65000: "status",
    65001: "rate",
    65002: "client_type",
    65003: "injection_status",
    65004: "production_chain",
    65005: "tarif_group",
    65006: "reading_frequency",
}
VALIDATION_CODES = frozenset(range(5000, 5012)) | frozenset(ENUM_FIELD_BY_CODE)
# Statuses a gateway answers when it cannot reach the CRM behind it.
GATEWAY_UNAVAILABLE_STATUSES = frozenset({502, 503, 504})
SERVER_TEXT_LIMIT = 300
"""Characters of a server's text kept for display and for the log."""

# "The field 'start_date' is empty": the first quoted identifier is the field in every validation message.
_QUOTED_FIELD = re.compile(r"['\"‘’«]\s*([A-Za-z_][A-Za-z0-9_]*)\s*['\"‘’»]")


class CrmError(Exception):
    """Any failure of a CRM request.

    ``http_status`` and ``error_code`` are None when no HTTP answer or no envelope came back. ``field``
    names the request field the error is about, when known.
    """

    def __init__(
        self,
        server_message: str = "",
        *,
        http_status: int | None = None,
        error_code: int | None = None,
        detail: str = "",
        field: str | None = None,
    ) -> None:
        self.server_message = cut_text(server_message)
        self.http_status = http_status
        self.error_code = error_code
        self.detail = cut_text(detail)
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        text = ": ".join(part for part in (self.detail, self.server_message) if part) or type(self).__name__
        context = []
        if self.http_status is not None:
            context.append(f"HTTP {self.http_status}")
        if self.error_code is not None:
            context.append(f"error code {self.error_code}")
        return f"{text} ({', '.join(context)})" if context else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    @property
    def offline(self) -> bool:
        """True when the CRM could not be reached (nothing answered, or its gateway said it is away)."""
        return False

    @property
    def outcome_unknown(self) -> bool:
        """True when the server may have applied the request although no answer says so (re-read to know)."""
        return False


class AuthenticationError(CrmError):
    """No valid user identity: the token is missing, expired or rejected (error code 6, or a bare 401)."""


class CommunityAccessError(CrmError):
    """No active community, or the user has no role in the community named by ``X-Community-ID`` (code 5)."""


class ForbiddenError(CrmError):
    """The user's role in the community is below MANAGER (code 4, or a bare 403)."""


class ValidationError(CrmError):
    """The server rejected a value (codes 5000-5011 and 65000-65006). The server reports one field at most."""

    def __init__(
        self,
        server_message: str = "",
        *,
        http_status: int | None = None,
        error_code: int | None = None,
        detail: str = "",
        field: str | None = None,
    ) -> None:
        if field is None:
            field = field_of_validation_error(error_code, server_message)
        super().__init__(
            server_message, http_status=http_status, error_code=error_code, detail=detail, field=field
        )


class ConflictError(CrmError):
    """The write conflicts with existing data: 60006, a start date before the meter's latest period
    (field ``start_date``); 60000, the meter already exists (field ``EAN``)."""


class NotFoundError(CrmError):
    """The meter (60004, 60007) or the period to delete (60009) does not exist."""


class WriteFailedError(CrmError):
    """The database refused the write (60005): unknown member or sharing operation, impossible date."""


class NoDataError(CrmError):
    """There is no consumption data to download (60003)."""


class ServerError(CrmError):
    """The server failed (code 1, any 5xx), answered something that is not the CRM's JSON, or a code we
    do not know."""

    @property
    def offline(self) -> bool:
        return self.envelope_missing and self.http_status in GATEWAY_UNAVAILABLE_STATUSES

    @property
    def outcome_unknown(self) -> bool:
        # A 502/504 from a gateway may come after it forwarded the request; a 503 means it did not.
        return self.envelope_missing and self.http_status in {502, 504}

    @property
    def envelope_missing(self) -> bool:
        """True when the answer did not come from the CRM itself (no error code in a JSON envelope)."""
        return self.error_code is None


class ProtocolError(ServerError):
    """The answer does not have the shape the contract promises (bad envelope, or data the models reject)."""

    @property
    def offline(self) -> bool:
        return False

    @property
    def outcome_unknown(self) -> bool:
        return False


class NetworkError(CrmError):
    """No HTTP answer came back.

    ``request_may_have_reached_server`` is False when the connection was never made (the request was
    certainly not processed) and True when it failed after sending (the outcome is unknown).
    """

    def __init__(self, detail: str, *, request_may_have_reached_server: bool) -> None:
        self.request_may_have_reached_server = request_may_have_reached_server
        super().__init__(detail=detail)

    @property
    def offline(self) -> bool:
        return True

    @property
    def outcome_unknown(self) -> bool:
        return self.request_may_have_reached_server


class ConnectionFailedError(NetworkError):
    """The connection could not be made: DNS failure, refused, connect timeout, TLS handshake failure."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, request_may_have_reached_server=False)


class ResponseTimeoutError(NetworkError):
    """The request was sent (at least in part) and no answer came in time."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, request_may_have_reached_server=True)


class ConnectionLostError(NetworkError):
    """The connection broke after the request was sent: reset, or closed without an answer."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, request_may_have_reached_server=True)


def write_outcome_unknown(exc: BaseException) -> bool:
    """For a write: True when the server may have applied it although no answer says so (re-read to know).

    Beyond a lost answer, any 5xx that is not the CRM's own JSON envelope counts: a proxy's error page or
    text may come after the CRM applied the change behind it.
    """
    if not isinstance(exc, CrmError):
        return False
    if exc.outcome_unknown:
        return True
    status = exc.http_status or 0
    return isinstance(exc, ServerError) and exc.envelope_missing and 500 <= status < 600


def cut_text(text: str, limit: int = SERVER_TEXT_LIMIT) -> str:
    """``text`` at most ``limit`` characters long, an ellipsis saying where it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_offline(exc: BaseException) -> bool:
    """True when ``exc`` means the CRM could not be reached, so saved data is the best we have."""
    return isinstance(exc, CrmError) and exc.offline


def field_of_validation_error(error_code: int | None, server_message: str) -> str | None:
    if error_code in ENUM_FIELD_BY_CODE:
        return ENUM_FIELD_BY_CODE[error_code]
    match = _QUOTED_FIELD.search(server_message)
    return match.group(1) if match else None


_FAMILY_BY_CODE: dict[int, type[CrmError]] = {
    1: ServerError,
    4: ForbiddenError,
    5: CommunityAccessError,
    6: AuthenticationError,
    60000: ConflictError,
    60003: NoDataError,
    60004: NotFoundError,
    60005: WriteFailedError,
    60006: ConflictError,
    60007: NotFoundError,
    60009: NotFoundError,
}
_FIELD_BY_CODE: dict[int, str] = {60000: "EAN", 60006: "start_date"}


def error_for_code(error_code: int, *, http_status: int | None, server_message: str) -> CrmError:
    """The error the CRM means by a non-zero ``error_code`` (whatever the HTTP status)."""
    if error_code in VALIDATION_CODES:
        return ValidationError(server_message, http_status=http_status, error_code=error_code)
    family = _FAMILY_BY_CODE.get(error_code)
    if family is None:
        return ServerError(
            server_message, http_status=http_status, error_code=error_code, detail="Unknown CRM error code"
        )
    return family(
        server_message, http_status=http_status, error_code=error_code, field=_FIELD_BY_CODE.get(error_code)
    )


def error_for_status(http_status: int, *, detail: str) -> CrmError:
    """The error an HTTP status means when the body carries no CRM envelope (a gateway or proxy answered)."""
    if http_status == 401:
        return AuthenticationError(http_status=http_status, detail=detail)
    if http_status == 403:
        return ForbiddenError(http_status=http_status, detail=detail)
    if http_status == 404:
        # Every CRM route answers its own JSON errors: a bare 404 means the address is not the CRM's.
        detail = f"No such route: check the server address ({detail})"
    return ServerError(http_status=http_status, detail=detail)
