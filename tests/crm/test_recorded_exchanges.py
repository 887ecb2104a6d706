"""Contract tests: every exchange recorded from the real CRM, replayed through a loopback server.

``tests/data/recorded-exchanges.json`` is a verbatim copy of ``shared/reference/crm-examples``. For each
exchange the client makes the call that produces the recorded request; the server answers the recorded
response; the test checks both the request the client sent and the model or error it made of the answer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from optimce_desktop.crm import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    CrmClient,
    CrmError,
    ForbiddenError,
    NotFoundError,
    ProtocolError,
    ServerError,
    ValidationError,
)
from optimce_desktop.domain.enums import InjectionStatus, MemberType, MeterStatus, Rate
from optimce_desktop.domain.models import Community, ConsumptionSeries, Member, MeterDetail, Page
from tests.crm.scripted_server import Reply, ScriptedServer
from tests.support.recordings import exchanges

EXCHANGES = {exchange["id"]: exchange for exchange in exchanges()}

M1, M2, M3, SB1 = "541448000000000011", "541448000000000028", "541448000000000035", "541448000000000097"
UNKNOWN_EAN = "000000000000000000"


@dataclass(frozen=True)
class Raises:
    family: type[CrmError]
    field: str | None = None


@dataclass(frozen=True)
class Case:
    call: Callable[[CrmClient, dict[str, Any]], Any]  # (client, recorded request body) -> result
    expect: Callable[[Any], None] | Raises
    # The recorded request cannot be made through the typed API (a malformed body or value, an unknown
    # route): the recorded answer is then served to the nearest call the client can make.
    served_at: str | None = None
    added_body_keys: tuple[str, ...] = ()


def list_meters(**filters: Any) -> Callable[[CrmClient, Any], Any]:
    return lambda client, _: client.list_meters(**filters)


def detail(ean: str) -> Callable[[CrmClient, Any], Any]:
    return lambda client, _: client.meter_detail(ean)


def update(client: CrmClient, body: dict[str, Any]) -> Any:
    return client.update_meter_data(body)


def acknowledged(result: Any) -> None:
    assert result is None


def check_a1(communities: list[Community]) -> None:
    assert communities == [Community(id=1, auth_community_id="c0ffee00-0000-4000-8000-000000000001",
                                     role="MANAGER", name="CE Test Liège")]
    assert communities[0].can_manage


def check_b1(page: Page[Any]) -> None:
    assert [(m.id, m.name, m.member_type) for m in page.items] == [
        (2, "Boulangerie Lemaire SRL", MemberType.COMPANY), (1, "Dupont", MemberType.INDIVIDUAL)]
    assert page.pagination.total == 2


def check_b3(member: Member) -> None:
    assert isinstance(member, Member)
    assert (member.display_name, member.email) == ("Jean Dupont", "jean.dupont@example.test")
    assert member.model_extra is not None and member.model_extra["iban"] == "BE68539007547034"
    # what tells members of the same name apart in the holder picker
    assert (member.first_name, member.address_line) == ("Jean", "Rue de la Station 12, 4000 Liège")


def check_b4(member: Member) -> None:
    assert (member.name, member.member_type) == ("Boulangerie Lemaire SRL", MemberType.COMPANY)
    assert member.model_extra is not None and member.model_extra["vat_number"] == "BE0123456749"


def check_c1(page: Page[Any]) -> None:
    assert [(m.EAN, m.status) for m in page.items] == [
        (M1, MeterStatus.ACTIVE), (M2, MeterStatus.WAITING_GRD), (M3, MeterStatus.INACTIVE),
        (SB1, MeterStatus.ACTIVE), ("541448000000000103", MeterStatus.INACTIVE)]
    assert page.items[2].address.first_line == "Quai de la Batte 3, bte 2"
    assert all(m.holder is None for m in page.items)  # the real list never carries holders


def check_c2(page: Page[Any]) -> None:
    assert [m.EAN for m in page.items] == [M1, M2]
    assert (page.pagination.limit, page.pagination.total, page.pagination.total_pages) == (2, 5, 3)


def eans(*expected: str) -> Callable[[Page[Any]], None]:
    def check(page: Page[Any]) -> None:
        assert [m.EAN for m in page.items] == list(expected)
    return check


def check_d1(meter: MeterDetail) -> None:
    assert isinstance(meter, MeterDetail)
    assert meter.holder is not None and meter.holder.name == "Dupont"
    current = meter.meter_data
    assert current is not None
    assert (current.rate, current.total_generating_capacity, current.grd) == (Rate.BI_HORAIRE, 5.5, "ORES")
    assert (current.injection_status, current.start_date, current.end_date) == (
        InjectionStatus.AUTOPRODUCER_PROPERTY, dt.date(2026, 1, 1), None)
    assert meter.meter_data_history == [] and meter.futur_meter_data == [] and meter.is_active


def check_d2(meter: MeterDetail) -> None:
    assert meter.holder is not None and meter.holder.member_type == MemberType.COMPANY
    assert meter.meter_data is not None and meter.meter_data.status == MeterStatus.WAITING_GRD
    assert (meter.meter_data.injection_status, meter.meter_data.production_chain) == (None, None)
    assert meter.phases_number == 3


def check_d3(meter: MeterDetail) -> None:
    assert meter.holder is None
    assert meter.meter_data is not None and meter.meter_data.status == MeterStatus.INACTIVE
    [closed] = meter.meter_data_history
    assert (closed.end_date, closed.member and closed.member.name) == (dt.date(2026, 9, 30), "Dupont")
    assert meter.address.supplement == "bte 2"


def check_e1(series: ConsumptionSeries) -> None:
    assert isinstance(series, ConsumptionSeries) and series.EAN == M1
    assert len(series.timestamps) == len(series.gross) == len(series.inj_shared) == 8
    assert series.timestamps[0] == dt.datetime(2026, 11, 26, 23, 0, tzinfo=dt.UTC)
    assert (series.gross[3], series.net[3], series.shared[3]) == (0.25, 0.2, 0.02)


def check_e5(series: ConsumptionSeries) -> None:
    assert series.EAN == UNKNOWN_EAN and series.timestamps == [] and series.gross == []


def sandbox(current_start: dt.date, current_end: dt.date | None, history: int,
            future: tuple[MeterStatus, str] | None) -> Callable[[MeterDetail], None]:
    def check(meter: MeterDetail) -> None:
        assert meter.meter_data is not None
        assert (meter.meter_data.start_date, meter.meter_data.end_date) == (current_start, current_end)
        assert len(meter.meter_data_history) == history
        if future is None:
            assert meter.futur_meter_data == []
            assert meter.latest == meter.meter_data
        else:
            [scheduled] = meter.futur_meter_data
            assert (scheduled.start_date, scheduled.status, scheduled.grd) == (dt.date(2027, 1, 1), *future)
            assert scheduled.end_date is None and scheduled.member is None
            assert meter.latest == scheduled
    return check


def check_f10(page: Page[Any]) -> None:
    [row] = page.items
    assert (row.EAN, row.start_date, row.status) == (SB1, dt.date(2026, 11, 15), MeterStatus.ACTIVE)


CASES: dict[str, Case] = {
    "A1": Case(lambda client, _: client.my_communities(), check_a1),
    "B1": Case(lambda client, _: client.list_members(page=1, limit=10), check_b1),
    "B3": Case(lambda client, _: client.member_detail(1), check_b3),
    "B4": Case(lambda client, _: client.member_detail(2), check_b4),
    "C1": Case(list_meters(), check_c1),
    "C2": Case(list_meters(page=1, limit=2), check_c2),
    "C4": Case(list_meters(ean="0000000011"), eans(M1)),
    "C5": Case(list_meters(status=MeterStatus.WAITING_GRD), eans(M2)),
    "C6": Case(list_meters(status=MeterStatus.INACTIVE), eans(M3, "541448000000000103")),
    "C9": Case(list_meters(status=9), Raises(ValidationError, "status")),
    "C10": Case(list_meters(limit=0), Raises(ValidationError, "limit")),
    "D1": Case(detail(M1), check_d1),
    "D2": Case(detail(M2), check_d2),
    "D3": Case(detail(M3), check_d3),
    "D4": Case(detail(UNKNOWN_EAN), Raises(NotFoundError)),
    "E1": Case(lambda client, _: client.consumptions(M1, None, None), check_e1),
    "E2": Case(lambda client, _: client.consumptions(M1, dt.date(2026, 11, 27), dt.date(2026, 11, 27)),
               check_e1),
    "E4": Case(lambda client, _: client.consumptions(M1, None, None), Raises(ValidationError, "date_start"),
               served_at="/meters/541448000000000011/consumptions"),  # a date parameter cannot be "notadate"
    "E5": Case(lambda client, _: client.consumptions(UNKNOWN_EAN, None, None), check_e5),
    "F1": Case(detail(SB1), sandbox(dt.date(2026, 3, 1), None, 0, None)),
    "F2": Case(update, acknowledged),
    "F3": Case(detail(SB1), sandbox(dt.date(2026, 11, 15), None, 1, None)),
    "F4": Case(update, acknowledged),
    "F5": Case(detail(SB1), sandbox(dt.date(2026, 11, 15), dt.date(2026, 12, 31), 1,
                                    (MeterStatus.WAITING_MANAGER, "RESA"))),
    "F6": Case(update, acknowledged),
    "F7": Case(detail(SB1), sandbox(dt.date(2026, 11, 15), dt.date(2026, 12, 31), 1,
                                    (MeterStatus.WAITING_GRD, "AIESH"))),
    "F8": Case(lambda client, _: client.delete_period(9, reopen_previous=True), acknowledged),
    "F9": Case(detail(SB1), sandbox(dt.date(2026, 11, 15), None, 1, None)),
    "F10": Case(list_meters(ean=SB1), check_f10),
    "G1": Case(update, acknowledged),
    "G2": Case(update, Raises(ValidationError, "start_date")),
    "G3": Case(update, Raises(ValidationError, "start_date")),
    "G6": Case(update, Raises(ConflictError, "start_date")),
    "G7": Case(update, Raises(ValidationError, "status")),
    "G10": Case(update, Raises(ValidationError, "status")),
    "G11": Case(update, Raises(ValidationError, "status")),
    "G14": Case(update, Raises(ValidationError, "injection_status")),
    "G15": Case(update, Raises(ValidationError, "production_chain")),
    "G17": Case(update, acknowledged),
    "G19": Case(update, Raises(NotFoundError)),
    "G20": Case(update, acknowledged),
    # The recorded body is truncated JSON, which a dict cannot produce.
    "G22": Case(lambda client, _: client.update_meter_data({"EAN": SB1}), Raises(ServerError),
                served_at="/meters/data"),
    "H1": Case(list_meters(), Raises(AuthenticationError)),
    "H2": Case(list_meters(), Raises(CommunityAccessError)),
    "H4": Case(list_meters(), Raises(CommunityAccessError)),
    "H6": Case(list_meters(), Raises(ForbiddenError)),
    "J-fr": Case(detail(UNKNOWN_EAN), Raises(NotFoundError)),
    "K2": Case(lambda client, _: client.deactivate_meter("541448000000000110", dt.date(2026, 1, 1)),
               Raises(ConflictError, "start_date")),
    "K3": Case(lambda client, _: client.delete_period(99999, reopen_previous=False), Raises(NotFoundError),
               added_body_keys=("active_previous_meter_data",)),
    "K4": Case(list_meters(), Raises(ServerError), served_at="/meters"),  # no client call names GET /meter
}


def test_every_recorded_exchange_has_a_case() -> None:
    assert set(CASES) == set(EXCHANGES)


def recorded_reply(response: dict[str, Any]) -> Reply:
    body = response["body"]
    raw = body.encode() if isinstance(body, str) else json.dumps(body, ensure_ascii=False).encode()
    return Reply(response["status"], raw, response["content_type"])


@pytest.mark.parametrize("exchange_id", list(EXCHANGES))
def test_a_recorded_exchange(crm_server: ScriptedServer, client: CrmClient, exchange_id: str) -> None:
    exchange, case = EXCHANGES[exchange_id], CASES[exchange_id]
    recorded_request, recorded_response = exchange["request"], exchange["response"]
    recorded_url = urlsplit(recorded_request["path"])
    recorded_query = parse_qs(recorded_url.query)
    if language := recorded_query.pop("lng", None):  # the recording chose the language by query
        client.language = language[0]
    served_path = case.served_at or recorded_url.path
    crm_server.on(recorded_request["method"], served_path, recorded_reply(recorded_response))

    outcome: Any
    try:
        outcome = case.call(client, recorded_request["body"])
    except CrmError as exc:
        outcome = exc

    [sent] = crm_server.requests
    assert sent.method == recorded_request["method"]
    if case.served_at is None:
        assert sent.path == recorded_url.path
        assert {name: sent.query.get(name) for name in recorded_query} == recorded_query
        if isinstance(recorded_request["body"], dict):
            sent_body = sent.json()
            for key in case.added_body_keys:
                sent_body.pop(key)
            assert sent_body == recorded_request["body"]
    if language:
        assert sent.headers["accept-language"] == language[0]
    assert ("x-community-id" in sent.headers) is (recorded_url.path != "/communities/my-communities")

    if isinstance(case.expect, Raises):
        assert type(outcome) is case.expect.family, outcome
        assert outcome.http_status == recorded_response["status"]
        assert outcome.field == case.expect.field
        body = recorded_response["body"]
        if isinstance(body, dict):
            assert (outcome.error_code, outcome.server_message) == (body["error_code"], body["data"])
        else:
            assert (outcome.error_code, outcome.server_message) == (None, "")
        assert not isinstance(outcome, ProtocolError)
    else:
        assert not isinstance(outcome, CrmError), outcome
        case.expect(outcome)
