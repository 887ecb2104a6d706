"""The client against the local CRM emulator (a real HTTP server speaking the contract)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from optimce_desktop.crm import (
    AuthenticationError,
    ConflictError,
    CrmClient,
    ForbiddenError,
    NotFoundError,
)
from optimce_desktop.domain.enums import MeterStatus, Rate
from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.emulator import (
    CONDROZ_AUTH_ID,
    DEMO_MANAGER,
    GUIDE_EAN,
    TOURNESOLS_AUTH_ID,
    EmulatorServer,
)


@pytest.fixture
def crm(emulator: EmulatorServer, manager_token: str) -> Iterator[CrmClient]:
    with CrmClient(emulator.base_url, lambda: manager_token, community_id=TOURNESOLS_AUTH_ID,
                   language="en", get_retry_delays=()) as client:
        yield client


def full_update(meter: MeterDetail, period: Period, start: dt.date, **changes: Any) -> dict[str, Any]:
    """The whole configuration of ``period`` (holder and sharing operation included) with ``changes``."""
    body: dict[str, Any] = {
        "EAN": meter.EAN, "start_date": start.isoformat(), "status": int(period.status),
        "rate": int(period.rate), "client_type": int(period.client_type), "description": period.description,
        "sampling_power": period.sampling_power, "amperage": period.amperage,
        "total_generating_capacity": period.total_generating_capacity, "grd": period.grd,
    }
    for name, value in (("injection_status", period.injection_status),
                        ("production_chain", period.production_chain)):
        if value is not None:
            body[name] = int(value)
    if period.member is not None:
        body["member_id"] = period.member.id
    if period.sharing_operation is not None:
        body["sharing_operation_id"] = period.sharing_operation.id
    return {**body, **changes}


def test_my_communities_lists_the_roles(crm: CrmClient) -> None:
    roles = {community.auth_community_id: community.role for community in crm.my_communities()}

    assert roles[TOURNESOLS_AUTH_ID] == "MANAGER"
    assert roles[CONDROZ_AUTH_ID] == "MEMBER"


def test_the_whole_list_comes_in_pages(crm: CrmClient) -> None:
    pages = list(crm.iter_meter_pages(page_size=100))

    rows = [row for page in pages for row in page.items]
    assert len(pages) == pages[0].pagination.total_pages > 1
    assert len(rows) == pages[0].pagination.total == len({row.EAN for row in rows})
    assert GUIDE_EAN in {row.EAN for row in rows}


def test_the_guide_meter_in_the_list_and_in_detail(crm: CrmClient) -> None:
    [row] = crm.list_meters(ean=GUIDE_EAN).items
    meter = crm.meter_detail(GUIDE_EAN)

    assert row.status == MeterStatus.ACTIVE
    assert meter.EAN == GUIDE_EAN and meter.is_active
    current = meter.meter_data
    assert current is not None
    assert (current.rate, current.amperage, current.grd) == (Rate.SIMPLE, 40, "ORES")
    assert meter.holder is not None and meter.holder == current.member
    assert row.start_date == current.start_date


def test_an_update_round_trip(crm: CrmClient, emulator: EmulatorServer) -> None:
    before = crm.meter_detail(GUIDE_EAN)
    current = before.meter_data
    assert current is not None and before.latest == current
    start = max(emulator.today, current.start_date + dt.timedelta(days=1))

    crm.update_meter_data(full_update(before, current, start, rate=int(Rate.BI_HORAIRE), amperage=32,
                                      description="New contract"))
    after = crm.meter_detail(GUIDE_EAN)

    changed = after.latest
    assert changed is not None and changed.start_date == start
    assert (changed.rate, changed.amperage, changed.description) == (Rate.BI_HORAIRE, 32, "New contract")
    assert changed.member == current.member and changed.sharing_operation == current.sharing_operation
    closed = next(period for period in after.timeline if period.id == current.id)
    assert closed.end_date == start - dt.timedelta(days=1)


def test_an_update_before_the_latest_period_is_a_conflict(crm: CrmClient) -> None:
    meter = crm.meter_detail(GUIDE_EAN)
    assert meter.meter_data is not None

    with pytest.raises(ConflictError) as caught:
        crm.update_meter_data(full_update(meter, meter.meter_data, meter.meter_data.start_date
                                          - dt.timedelta(days=1)))

    assert (caught.value.error_code, caught.value.field) == (60006, "start_date")
    assert crm.meter_detail(GUIDE_EAN) == meter


def test_an_unknown_meter_and_a_community_without_the_manager_role(crm: CrmClient) -> None:
    with pytest.raises(NotFoundError):
        crm.meter_detail("541448000000000000")

    crm.community_id = CONDROZ_AUTH_ID
    with pytest.raises(ForbiddenError):
        crm.list_meters()


def test_an_expired_token_is_refreshed_once(emulator: EmulatorServer) -> None:
    tokens = [emulator.token_for(DEMO_MANAGER, lifetime=-1)]

    def refresh() -> bool:
        tokens.append(emulator.token_for(DEMO_MANAGER))
        return True

    with CrmClient(emulator.base_url, lambda: tokens[-1], community_id=TOURNESOLS_AUTH_ID,
                   on_unauthorized=refresh) as client:
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    assert len(tokens) == 2

    with CrmClient(emulator.base_url, lambda: tokens[0], community_id=TOURNESOLS_AUTH_ID) as client:
        with pytest.raises(AuthenticationError):
            client.meter_detail(GUIDE_EAN)
