"""The error families: which code means what, the field a validation error names, and the wording."""

from __future__ import annotations

import httpx
import pytest

from optimce_desktop.crm.errors import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    ConnectionFailedError,
    ConnectionLostError,
    CrmError,
    ForbiddenError,
    NetworkError,
    NoDataError,
    NotFoundError,
    ProtocolError,
    ResponseTimeoutError,
    ServerError,
    ValidationError,
    WriteFailedError,
    error_for_code,
    error_for_status,
    is_offline,
)
from optimce_desktop.crm.transport import error_from_transport


@pytest.mark.parametrize(
    ("error_code", "family"),
    [
        (6, AuthenticationError),
        (5, CommunityAccessError),
        (4, ForbiddenError),
        (5000, ValidationError),
        (5011, ValidationError),
        (65000, ValidationError),
        (65006, ValidationError),
        (60000, ConflictError),
        (60006, ConflictError),
        (60004, NotFoundError),
        (60007, NotFoundError),
        (60009, NotFoundError),
        (60005, WriteFailedError),
        (60003, NoDataError),
        (1, ServerError),
        (77777, ServerError),
        (5012, ServerError),
        (65007, ServerError),
    ],
)
def test_each_error_code_maps_to_its_family(error_code: int, family: type[CrmError]) -> None:
    error = error_for_code(error_code, http_status=400, server_message="text")

    assert type(error) is family
    assert (error.http_status, error.error_code, error.server_message) == (400, error_code, "text")


@pytest.mark.parametrize(
    ("error_code", "field"),
    [(65000, "status"), (65001, "rate"), (65002, "client_type"), (65003, "injection_status"),
     (65004, "production_chain"), (65005, "tarif_group"), (65006, "reading_frequency")],
)
def test_an_enum_error_names_its_field_whatever_the_language(error_code: int, field: str) -> None:
    error = error_for_code(error_code, http_status=422, server_message="Valeur invalide")

    assert isinstance(error, ValidationError)
    assert error.field == field


@pytest.mark.parametrize(
    ("message", "field"),
    [
        ("The field 'start_date' is empty", "start_date"),
        ("The field 'limit' must be greater than or equal to 1", "limit"),
        ("Le champ 'sampling_power' doit être un nombre", "sampling_power"),
        ("meter.validation.failed", None),
        ("", None),
    ],
)
def test_a_validation_error_takes_its_field_from_the_message(message: str, field: str | None) -> None:
    error = error_for_code(5008, http_status=422, server_message=message)

    assert error.field == field


def test_a_start_date_conflict_names_the_start_date() -> None:
    error = error_for_code(60006, http_status=400, server_message="Meter data already exists for this period")

    assert isinstance(error, ConflictError)
    assert error.field == "start_date"


def test_the_text_keeps_the_server_message_status_and_code() -> None:
    error = error_for_code(60007, http_status=400, server_message="Compteur introuvable")

    assert str(error) == "Compteur introuvable (HTTP 400, error code 60007)"
    assert repr(error) == "NotFoundError('Compteur introuvable (HTTP 400, error code 60007)')"


def test_an_unknown_code_says_so_and_keeps_the_message() -> None:
    error = error_for_code(77777, http_status=400, server_message="meter.something.new")

    assert str(error) == "Unknown CRM error code: meter.something.new (HTTP 400, error code 77777)"


@pytest.mark.parametrize(
    ("status", "family"),
    [(401, AuthenticationError), (403, ForbiddenError), (404, ServerError), (500, ServerError),
     (502, ServerError), (400, ServerError)],
)
def test_a_status_without_envelope_maps_to_a_family(status: int, family: type[CrmError]) -> None:
    error = error_for_status(status, detail="HTML page")

    assert type(error) is family
    assert (error.http_status, error.error_code, error.server_message) == (status, None, "")


def test_a_bare_404_points_at_the_server_address() -> None:
    assert "check the server address" in str(error_for_status(404, detail="HTML page: Cannot GET /meter"))


@pytest.mark.parametrize(
    ("error", "offline", "outcome_unknown"),
    [
        (ConnectionFailedError("refused"), True, False),
        (ResponseTimeoutError("timed out"), True, True),
        (ConnectionLostError("reset"), True, True),
        (error_for_status(502, detail="bad gateway"), True, True),
        (error_for_status(503, detail="unavailable"), True, False),
        (error_for_status(504, detail="gateway timeout"), True, True),
        (error_for_status(500, detail="HTML page"), False, False),
        (error_for_code(1, http_status=500, server_message="An unexpected error occurred"), False, False),
        (ProtocolError(http_status=502, detail="not JSON"), False, False),
        (error_for_code(60005, http_status=400, server_message="failed"), False, False),
    ],
)
def test_offline_and_unknown_outcome(error: CrmError, offline: bool, outcome_unknown: bool) -> None:
    assert (error.offline, is_offline(error), error.outcome_unknown) == (offline, offline, outcome_unknown)


def test_only_crm_errors_are_offline() -> None:
    assert not is_offline(OSError("no route to host"))


def _request() -> httpx.Request:
    return httpx.Request("PATCH", "http://127.0.0.1/meters/data")


@pytest.mark.parametrize(
    ("exc", "family", "may_have_reached"),
    [
        (httpx.ConnectError("refused", request=_request()), ConnectionFailedError, False),
        (httpx.ConnectTimeout("timed out", request=_request()), ConnectionFailedError, False),
        (httpx.PoolTimeout("no free connection", request=_request()), ConnectionFailedError, False),
        (httpx.ReadTimeout("timed out", request=_request()), ResponseTimeoutError, True),
        (httpx.WriteTimeout("timed out", request=_request()), ResponseTimeoutError, True),
        (httpx.ReadError("reset", request=_request()), ConnectionLostError, True),
        (httpx.WriteError("broken pipe", request=_request()), ConnectionLostError, True),
        (httpx.RemoteProtocolError("disconnected", request=_request()), ConnectionLostError, True),
    ],
)
def test_transport_failures_say_whether_the_server_may_have_seen_the_request(
    exc: httpx.TransportError, family: type[NetworkError], may_have_reached: bool
) -> None:
    error = error_from_transport(exc, "PATCH", "/meters/data")

    assert type(error) is family
    assert isinstance(error, NetworkError)
    assert error.request_may_have_reached_server is may_have_reached
    assert "PATCH /meters/data" in str(error)


def test_a_request_httpx_refuses_to_send_is_not_an_outage() -> None:
    error = error_from_transport(httpx.LocalProtocolError("Illegal header value"), "GET", "/meters")

    assert type(error) is CrmError
    assert not error.offline
