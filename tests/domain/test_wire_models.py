"""The wire models parse everything the real server was recorded sending."""

from __future__ import annotations

import datetime as dt

import pytest

from optimce_desktop.domain.enums import (
    InjectionStatus,
    MeterStatus,
    ProductionChain,
    Rate,
    TariffGroup,
)
from optimce_desktop.domain.models import (
    Community,
    ConsumptionSeries,
    Member,
    MemberRef,
    MeterDetail,
    MeterListItem,
    Pagination,
)
from tests.support.recordings import exchanges, response_data


def _model_for(path: str, data: object):
    if path.startswith("/communities/my-communities"):
        return [Community.model_validate(item) for item in data]  # type: ignore[union-attr]
    if path.startswith("/members?"):
        return [MemberRef.model_validate(item) for item in data]  # type: ignore[union-attr]
    if path.startswith("/members/"):
        return Member.model_validate(data)
    if path.startswith("/meters?") or path == "/meters":
        return [MeterListItem.model_validate(item) for item in data]  # type: ignore[union-attr]
    if "/consumptions" in path:
        return ConsumptionSeries.model_validate(data)
    return MeterDetail.model_validate(data)


SUCCESSFUL_READS = [
    e for e in exchanges()
    if e["request"]["method"] == "GET" and e["response"]["status"] == 200
]


@pytest.mark.parametrize("recorded", SUCCESSFUL_READS, ids=[e["id"] for e in SUCCESSFUL_READS])
def test_every_recorded_read_parses(recorded):
    body = recorded["response"]["body"]
    parsed = _model_for(recorded["request"]["path"], body["data"])
    assert parsed is not None
    if "pagination" in body:
        Pagination.model_validate(body["pagination"])


def test_recorded_set_covers_every_kind_of_read():
    paths = {e["request"]["path"].split("?")[0].rstrip("0123456789") for e in SUCCESSFUL_READS}
    assert {"/communities/my-communities", "/members", "/members/", "/meters", "/meters/"} <= paths


def test_active_meter_detail_reads_as_the_user_sees_it():
    meter = MeterDetail.model_validate(response_data("D1"))
    assert meter.is_active
    assert meter.holder is not None and meter.holder.name == "Dupont"
    current = meter.meter_data
    assert current is not None
    assert current.total_generating_capacity == 5.5  # sent as totalGenerating_capacity
    assert current.rate is Rate.BI_HORAIRE
    assert current.injection_status is InjectionStatus.AUTOPRODUCER_PROPERTY
    assert current.production_chain is ProductionChain.PHOTOVOLTAIC
    assert meter.tarif_group is TariffGroup.LOW_VOLTAGE
    assert meter.address.first_line == "Rue de la Station 12"
    assert meter.address.second_line == "4000 Liège"


def test_future_period_is_the_latest_even_when_a_current_one_exists():
    meter = MeterDetail.model_validate(response_data("F5"))
    assert meter.meter_data is not None and meter.meter_data.end_date == dt.date(2026, 12, 31)
    assert meter.latest is not None and meter.latest.start_date == dt.date(2027, 1, 1)
    assert [p.start_date for p in meter.timeline] == [
        dt.date(2027, 1, 1), dt.date(2026, 11, 15), dt.date(2026, 3, 1)]
    # the scheduled period was sent without a member: it has no holder
    assert meter.futur_meter_data[0].member is None


def test_nulls_and_server_zeroes_are_kept_apart():
    meter = MeterDetail.model_validate(response_data("D2"))
    current = meter.meter_data
    assert current is not None
    assert current.injection_status is None and current.production_chain is None
    assert current.sampling_power == 0 and current.amperage == 0
    assert meter.phases_number == 3


def test_inactive_meter_without_holder():
    meter = MeterDetail.model_validate(response_data("D3"))
    assert not meter.is_active
    assert meter.holder is None
    assert meter.meter_data_history[0].end_date == dt.date(2026, 9, 30)
    assert meter.address.first_line == "Quai de la Batte 3, bte 2"


def test_unknown_enum_values_are_kept_and_labelled():
    data = dict(response_data("D1"))
    data["meter_data"] = dict(data["meter_data"], status=7, rate=9, injection_status=42)
    data["reading_frequency"] = 5
    meter = MeterDetail.model_validate(data)
    current = meter.meter_data
    assert current is not None
    assert int(current.status) == 7 and current.status.label == "Unknown (7)"
    assert not current.status.is_known
    assert current.rate.label == "Unknown (9)"
    assert current.injection_status is not None and current.injection_status.label == "Unknown (42)"
    assert meter.reading_frequency is not None and meter.reading_frequency.label == "Unknown (5)"
    assert not meter.is_active


def test_list_item_of_a_future_only_meter_has_no_start_date():
    item = MeterListItem.model_validate({
        "EAN": "541448000000000110", "meter_number": "X", "status": 2,
        "address": {"street": "Rue", "number": None, "postcode": 4000, "city": "Liège", "supplement": None},
    })
    assert item.start_date is None and item.status is MeterStatus.INACTIVE
    assert item.address.postcode == "4000"
    assert item.holder is None


def test_manager_can_open_a_community_member_cannot():
    assert Community(id=1, auth_community_id="a", role="MANAGER", name="x").can_manage
    assert Community(id=1, auth_community_id="a", role="ADMIN", name="x").can_manage
    assert not Community(id=1, auth_community_id="a", role="MEMBER", name="x").can_manage
    assert not Community(id=1, auth_community_id="a", role="GUEST", name="x").can_manage


def test_member_detail_keeps_extra_fields():
    member = Member.model_validate(response_data("B3"))
    assert member.display_name == "Jean Dupont"
    assert member.model_extra is not None and member.model_extra["iban"] == "BE68539007547034"
