"""What the client sends: headers, query parameters, bodies and paths."""

from __future__ import annotations

import datetime as dt
import json
import logging
import ssl
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import certifi
import pytest

from optimce_desktop.crm import CommunityAccessError, CrmClient, CrmError, NotFoundError
from optimce_desktop.domain.enums import MemberType, MeterStatus
from tests.crm.conftest import COMMUNITY_ID, TOKEN, ClientFactory
from tests.crm.scripted_server import ScriptedServer, envelope, error, paginated
from tests.support.recordings import write_exchange

EAN = "541448000000000011"
EMPTY_PAGE = paginated([], page=1, limit=100, total=0)


def test_a_get_carries_token_community_and_language(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)

    client.list_meters()

    headers = crm_server.seen("GET", "/meters")[0].headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["x-community-id"] == COMMUNITY_ID
    assert headers["accept-language"] == "en"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("OptimCE-Desktop/")
    assert "content-type" not in headers


def test_my_communities_is_sent_without_a_community(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", "/communities/my-communities", EMPTY_PAGE)

    for community_id in (COMMUNITY_ID, None):
        make_client(community_id=community_id).my_communities()

    for request in crm_server.seen("GET", "/communities/my-communities"):
        assert "x-community-id" not in request.headers
        assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_write_sends_its_body_verbatim_as_json(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("PATCH", "/meters/data", envelope("success"))
    body = {"EAN": EAN, "start_date": "2026-12-01", "status": "1", "rate": 2, "client_type": 1,
            "description": "Maison – étage", "member_id": 1, "sharing_operation_id": None}

    client.update_meter_data(body)

    request = crm_server.seen("PATCH", "/meters/data")[0]
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-community-id"] == COMMUNITY_ID
    assert request.json() == body


def test_dates_in_a_body_are_sent_as_iso_days(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("PATCH", "/meters/data", envelope("success"))

    client.update_meter_data({"EAN": EAN, "start_date": dt.date(2026, 12, 1), "status": MeterStatus.ACTIVE})

    sent = crm_server.seen("PATCH")[0].body
    assert sent == b'{"EAN":"541448000000000011","start_date":"2026-12-01","status":1}'


def test_a_body_that_is_not_json_fails_before_sending(crm_server: ScriptedServer, client: CrmClient) -> None:
    with pytest.raises(TypeError, match="set cannot be sent"):
        client.update_meter_data({"EAN": EAN, "member_id": {1}})

    assert crm_server.requests == []


def test_deactivate_and_delete_bodies(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("PATCH", "/meters/data/deactivate", envelope("success"))
    crm_server.on("PATCH", "/meters/data/delete", envelope("success"))

    client.deactivate_meter(EAN, dt.date(2027, 1, 1))
    client.delete_period(9, reopen_previous=False)

    assert crm_server.seen("PATCH", "/meters/data/deactivate")[0].json() == {"EAN": EAN, "date": "2027-01-01"}
    assert crm_server.seen("PATCH", "/meters/data/delete")[0].json() == {
        "id_meter_data": 9, "active_previous_meter_data": False}


def test_the_token_is_asked_for_on_every_request(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)
    tokens = iter(["first", "second", None])
    client = make_client(token_provider=lambda: next(tokens))

    for _ in range(3):
        client.list_meters()

    seen = [request.headers.get("authorization") for request in crm_server.seen("GET", "/meters")]
    assert seen == ["Bearer first", "Bearer second", None]


def test_community_and_language_can_change_between_requests(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)

    client.list_meters()
    client.community_id = "another-community"
    client.language = "NL"
    client.list_meters()

    sent = [(r.headers["x-community-id"], r.headers["accept-language"]) for r in crm_server.seen("GET")]
    assert sent == [(COMMUNITY_ID, "en"), ("another-community", "nl")]
    assert client.language == "nl"


def test_no_community_request_is_sent_without_an_active_community(
    crm_server: ScriptedServer, make_client: ClientFactory
) -> None:
    client = make_client(community_id=None)

    with pytest.raises(CommunityAccessError) as caught:
        client.list_meters()

    assert caught.value.http_status is None
    assert crm_server.requests == []


@pytest.mark.parametrize("language", ["es", "", "french"])
def test_an_unsupported_language_is_refused(client: CrmClient, language: str) -> None:
    with pytest.raises(ValueError, match="Unsupported CRM language"):
        client.language = language


def test_meter_filters_use_the_wire_names(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)

    client.list_meters(page=2, limit=50, ean="0000000011", meter_number="MTR", street="Rue", city="Liège",
                       supplement="bte", postcode=4000, status=MeterStatus.WAITING_GRD,
                       holder_id=1, sharing_operation_id=3, not_sharing_operation_id=4)
    client.list_meters(city=None, status=None)

    full, empty = crm_server.seen("GET", "/meters")
    assert {name: values[0] for name, values in full.query.items()} == {
        "page": "2", "limit": "50", "EAN": "0000000011", "meter_number": "MTR", "street": "Rue",
        "city": "Liège", "supplement": "bte", "postcode": "4000", "status": "3",
        "holder_id": "1", "sharing_operation_id": "3", "not_sharing_operation_id": "4"}
    assert {name: values[0] for name, values in empty.query.items()} == {"page": "1", "limit": "100"}


def test_an_unknown_meter_filter_is_a_programming_error(client: CrmClient) -> None:
    with pytest.raises(TypeError, match="Unknown meter filter"):
        client.list_meters(colour="red")  # type: ignore[call-arg]


def test_the_address_number_filter_the_crm_cannot_answer_is_not_offered(client: CrmClient) -> None:
    with pytest.raises(TypeError, match="Unknown meter filter"):
        client.list_meters(address_number=12)  # type: ignore[call-arg]


def test_text_filters_match_literally_what_the_crm_stored(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)

    client.list_meters(meter_number="50%_<b>", street="a\\b <x>")

    query = {name: values[0] for name, values in crm_server.seen("GET", "/meters")[0].query.items()}
    assert query["meter_number"] == "50\\%\\_<b>"
    assert query["street"] == "a\\\\b &lt;x&gt;"


def test_texts_read_back_as_they_were_typed(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", f"/meters/{EAN}", envelope({**write_exchange("T4")["response"]["body"]["data"],
                                                     "EAN": EAN}))

    detail = client.meter_detail(EAN)

    assert detail.meter_data is not None
    assert detail.meter_data.description == (
        '<script>alert(1)</script> <b>y</b> <i>i</i> <u>u</u> <div>d</div>')
    assert detail.meter_data.grd == "a < b > c &amp; d"


def test_member_filters(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", "/members", EMPTY_PAGE)

    client.list_members(page=3, limit=20, name="Dup", member_type=MemberType.COMPANY, sort_name="DESC")
    client.list_members()

    full, default = crm_server.seen("GET", "/members")
    assert {name: values[0] for name, values in full.query.items()} == {
        "page": "3", "limit": "20", "name": "Dup", "member_type": "2", "sort_name": "DESC"}
    assert {name: values[0] for name, values in default.query.items()} == {
        "page": "1", "limit": "100", "sort_name": "ASC"}


def test_consumption_bounds_are_iso_days_and_optional(crm_server: ScriptedServer, client: CrmClient) -> None:
    path = f"/meters/{EAN}/consumptions"
    crm_server.on("GET", path, envelope({"EAN": EAN, "timestamps": []}))

    client.consumptions(EAN, dt.date(2026, 11, 27), dt.date(2026, 11, 28))
    client.consumptions(EAN, None, None)

    bounded, unbounded = crm_server.seen("GET", path)
    assert bounded.query == {"date_start": ["2026-11-27"], "date_end": ["2026-11-28"]}
    assert unbounded.query == {}


def test_identifiers_are_escaped_in_paths(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("GET", "/meters/54%201%2F2", error(400, 60007, "Meter not found"))

    with pytest.raises(NotFoundError):
        client.meter_detail("54 1/2")
    with pytest.raises(ValueError, match="empty identifier"):
        client.meter_detail("")

    assert [request.path for request in crm_server.requests] == ["/meters/54%201%2F2"]


def test_a_base_url_with_a_path_prefix(crm_server: ScriptedServer, make_client: ClientFactory) -> None:
    crm_server.on("GET", "/gateway/crm/meters", EMPTY_PAGE)

    make_client(base_url=f"{crm_server.base_url}/gateway/crm").list_meters()

    assert len(crm_server.seen("GET", "/gateway/crm/meters")) == 1


@pytest.mark.parametrize(
    ("base_url", "message"),
    [("http://crm.example.be", "must use https"), ("ftp://crm.example.be", "http\\(s\\) URL"),
     ("crm.example.be", "http\\(s\\) URL"), ("https://", "http\\(s\\) URL")],
)
def test_a_base_url_must_be_https_except_on_this_machine(base_url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CrmClient(base_url, lambda: TOKEN)


def test_https_and_loopback_http_addresses_are_accepted() -> None:
    for base_url in ("https://crm.example.be", "http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8080"):
        with CrmClient(base_url, lambda: TOKEN) as client:
            assert client.base_url.rstrip("/") == base_url


def test_certificate_checks_cannot_be_turned_off() -> None:
    with pytest.raises(ValueError, match="cannot be turned off"):
        CrmClient("https://crm.example.be", lambda: TOKEN, verify=False)


def test_a_ca_bundle_file_folder_or_context_is_accepted(tmp_path: Path) -> None:
    certificates_folder = tmp_path / "certs"
    certificates_folder.mkdir()
    for verify in (certifi.where(), Path(certifi.where()), certificates_folder, ssl.create_default_context()):
        CrmClient("https://crm.example.be", lambda: TOKEN, verify=verify).close()


def test_a_missing_ca_bundle_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        CrmClient("https://crm.example.be", lambda: TOKEN, verify=tmp_path / "missing.pem")


def test_a_closed_client_sends_nothing(crm_server: ScriptedServer, make_client: ClientFactory) -> None:
    with make_client() as client:
        pass

    with pytest.raises(RuntimeError, match="closed"):
        client.list_meters()
    assert crm_server.requests == []


def test_tokens_never_reach_the_logs_nor_the_errors(
    crm_server: ScriptedServer, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "eyJ-very-secret-access-token"
    crm_server.on("GET", "/meters", error(401, 6, "Unauthenticated"))
    crm_server.on("PATCH", "/meters/data", envelope("success"))
    client = make_client(token_provider=lambda: secret, on_unauthorized=lambda: True)
    caplog.set_level(logging.DEBUG)

    with pytest.raises(CrmError) as caught:
        client.list_meters()
    client.update_meter_data({"EAN": EAN})

    assert caplog.records, "the client logs its requests"
    assert secret not in caplog.text
    assert secret not in str(caught.value) and secret not in repr(caught.value)


def test_one_client_serves_several_threads(crm_server: ScriptedServer, make_client: ClientFactory) -> None:
    crm_server.on("GET", "/meters", EMPTY_PAGE)
    per_thread = threading.local()
    client = make_client(token_provider=lambda: per_thread.token)

    def list_as(worker: int) -> None:
        per_thread.token = f"token-{worker}"
        for _ in range(5):
            client.list_meters(city=f"city-{worker}")

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(list_as, range(6)))

    requests = crm_server.seen("GET", "/meters")
    assert len(requests) == 30
    for request in requests:
        worker = request.param("city").removeprefix("city-")  # type: ignore[union-attr]
        assert request.headers["authorization"] == f"Bearer token-{worker}"


def test_the_recorded_json_is_what_the_server_got(crm_server: ScriptedServer, client: CrmClient) -> None:
    crm_server.on("PATCH", "/meters/data", envelope("success"))
    body = {"EAN": EAN, "start_date": "2026-12-01", "description": "Café ☕"}

    client.update_meter_data(body)

    raw = crm_server.seen("PATCH")[0].body
    assert json.loads(raw.decode("utf-8")) == body
    assert int(crm_server.seen("PATCH")[0].headers["content-length"]) == len(raw)


def test_an_update_carries_the_community_it_was_made_in(
    crm_server: ScriptedServer, client: CrmClient
) -> None:
    crm_server.on("PATCH", "/meters/data", envelope("success"))
    client.update_meter_data({"EAN": EAN}, community_id="community-where-the-form-opened")

    [sent] = crm_server.seen("PATCH", "/meters/data")
    assert sent.headers["x-community-id"] == "community-where-the-form-opened"
