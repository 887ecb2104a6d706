"""Answers of a real HTTP server become the right typed error, with status, code and message kept."""

from __future__ import annotations

import json

import pytest

from optimce_desktop.crm import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    CrmClient,
    CrmError,
    ForbiddenError,
    NoDataError,
    NotFoundError,
    ProtocolError,
    ServerError,
    ValidationError,
    WriteFailedError,
)
from tests.crm.scripted_server import JSON, Reply, ScriptedServer, envelope, error, html

EAN = "541448000000000011"
DETAIL_PATH = f"/meters/{EAN}"


@pytest.mark.parametrize(
    ("answer", "family", "status", "code", "field"),
    [
        (error(400, 6, "Unauthenticated"), AuthenticationError, 400, 6, None),
        (error(400, 5, "Authorization missing"), CommunityAccessError, 400, 5, None),
        (error(401, 5, "Authorization missing"), CommunityAccessError, 401, 5, None),
        (error(403, 4, "Unauthorized"), ForbiddenError, 403, 4, None),
        (error(422, 5008, "The field 'start_date' is empty"), ValidationError, 422, 5008, "start_date"),
        (error(422, 65003, "The field 'injection_status' must be of type 'InjectionStatus'"),
         ValidationError, 422, 65003, "injection_status"),
        (error(400, 60006, "Meter data already exists for this period"), ConflictError, 400, 60006,
         "start_date"),
        (error(400, 60004, "Meter not found"), NotFoundError, 400, 60004, None),
        (error(400, 60007, "Meter not found"), NotFoundError, 400, 60007, None),
        (error(400, 60009, "delete_meter_data.not_found"), NotFoundError, 400, 60009, None),
        (error(400, 60005, "Error while updating meter data"), WriteFailedError, 400, 60005, None),
        (error(400, 60003, "No data to download"), NoDataError, 400, 60003, None),
        (error(500, 1, "An unexpected error occurred"), ServerError, 500, 1, None),
        (error(400, 77777, "something.new"), ServerError, 400, 77777, None),
        (error(200, 60007, "Meter not found"), NotFoundError, 200, 60007, None),
        (html(500, "Internal Server Error"), ServerError, 500, None, None),
        (html(404, "Cannot GET /meters"), ServerError, 404, None, None),
        (Reply(401, b"", "text/plain"), AuthenticationError, 401, None, None),
        (Reply(401, b'{"error": "invalid_token"}'), AuthenticationError, 401, None, None),
        (Reply(403, b"Forbidden", "text/plain"), ForbiddenError, 403, None, None),
        (Reply(500, b"\xff\xfe not utf-8", "application/octet-stream"), ServerError, 500, None, None),
    ],
)
def test_an_answer_becomes_its_error(
    crm_server: ScriptedServer,
    client: CrmClient,
    answer: Reply,
    family: type[CrmError],
    status: int,
    code: int | None,
    field: str | None,
) -> None:
    crm_server.on("GET", DETAIL_PATH, answer)

    with pytest.raises(CrmError) as caught:
        client.meter_detail(EAN)

    error = caught.value
    assert type(error) is family
    assert (error.http_status, error.error_code, error.field) == (status, code, field)
    assert error.server_message == (json.loads(answer.body)["data"] if code is not None else "")


def test_the_server_message_is_kept_verbatim(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", DETAIL_PATH, error(400, 60007, "Compteur introuvable — vérifiez l'EAN"))

    with pytest.raises(NotFoundError) as caught:
        client.meter_detail(EAN)

    assert caught.value.server_message == "Compteur introuvable — vérifiez l'EAN"


def test_an_html_error_page_is_described_not_dumped(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", DETAIL_PATH, html(500, "Internal Server Error " + "x" * 1000))

    with pytest.raises(ServerError) as caught:
        client.meter_detail(EAN)

    text = str(caught.value)
    assert text.startswith("HTML page: Internal Server Error")
    assert "<" not in text and len(text) < 250


@pytest.mark.parametrize(
    "answer",
    [
        Reply(200, b"<!DOCTYPE html><html><body>OptimCE web app</body></html>", "text/html"),
        Reply(200, b"", JSON),
        Reply(200, b'{"data": {"EAN": "541448000000000011"}}'),
        Reply(200, b'{"data": {}, "error_code": "0"}'),
        Reply(200, b"[1, 2, 3]"),
    ],
    ids=["html", "empty", "no-error-code", "string-error-code", "not-an-object"],
)
def test_a_success_that_is_not_an_envelope_is_a_protocol_error(
    crm_server: ScriptedServer, client: CrmClient, answer: Reply
) -> None:
    crm_server.on("GET", DETAIL_PATH, answer)

    with pytest.raises(ProtocolError) as caught:
        client.meter_detail(EAN)

    assert caught.value.http_status == 200


def test_data_the_model_rejects_is_a_protocol_error_that_says_where(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("GET", DETAIL_PATH, envelope({"EAN": EAN, "meter_data": {"id": 1}}))

    with pytest.raises(ProtocolError) as caught:
        client.meter_detail(EAN)

    message = str(caught.value)
    assert caught.value.http_status == 200
    assert message.startswith("GET /meters/{EAN}: the answer does not match the CRM contract:")
    assert "meter_data.status: Field required; meter_data.rate: Field required" in message
    assert message.endswith("(and 1 more) (HTTP 200)")  # start_date is missing too: three are listed


def test_a_list_without_pagination_is_a_protocol_error(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", "/meters", envelope([]))

    with pytest.raises(ProtocolError, match="pagination"):
        client.list_meters()
