""""Refresh all" trying a meter again: a meter whose read failed waits for its retry without holding a
reader back, is tried as many times as the CRM client tries a request, and then keeps its previous copy;
meters in a row that cannot be reached end the refresh and keep the copy saved before."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.emulator import DEMO_MANAGER, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.services.connection import ConnectionMonitor, is_offline_error
from optimce_desktop.services.full_refresh import FullRefresh

RETRY_DELAYS = (0.05, 0.05)
DETAIL_REQUEST = re.compile(r"^/meters/[^/]+$")


@pytest.fixture
def client(emulator: EmulatorServer) -> Iterator[CrmClient]:
    """A client that retries a failed read as the app's does, only quicker."""
    token = emulator.token_for(DEMO_MANAGER)
    with CrmClient(emulator.base_url, lambda: token, community_id=TOURNESOLS_AUTH_ID, language="en",
                   read_timeout=5.0, get_retry_delays=RETRY_DELAYS) as client:
        yield client


@pytest.fixture
def connection(client, service_tasks) -> Iterator[ConnectionMonitor]:
    monitor = ConnectionMonitor(client, service_tasks, recheck_interval_ms=100)
    yield monitor
    monitor.stop()


@pytest.fixture
def offline_copy(drafts_path) -> SavedMeters:
    return SavedMeters(Database(drafts_path))


class Run:
    """One "Refresh all", and what it reported: the details in the order they were read, and how it ended."""

    def __init__(self, refresh: FullRefresh) -> None:
        self.refresh = refresh
        self.read_order: list[str] = []
        self.ended: list[object] = []
        refresh.detailRead.connect(lambda detail: self.read_order.append(detail.EAN))
        refresh.finished.connect(lambda saved_list: self.ended.append("finished"))
        refresh.failed.connect(self.ended.append)
        refresh.start()


def refresh_all(qtbot, client, service_tasks, offline_copy, connection, **sizes: int) -> Run:
    run = Run(FullRefresh(client, service_tasks, offline_copy, TOURNESOLS_AUTH_ID, connection,
                          lambda item: item, **sizes))
    qtbot.waitUntil(lambda: bool(run.ended), timeout=30_000)
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)
    return run


def listed(client: CrmClient) -> list[str]:
    pages = client.iter_meter_pages(community_id=TOURNESOLS_AUTH_ID)
    return [item.EAN for page in pages for item in page.items]


def test_a_meter_waiting_for_its_retry_does_not_hold_back_the_only_reader(
        qtbot, emulator, client, service_tasks, offline_copy, connection):
    eans = listed(client)
    slow = eans[0]  # the first meter of the first batch
    fault = emulator.faults.add(method="GET", path=f"/meters/{slow}", status=503, html=True, times=2)

    run = refresh_all(qtbot, client, service_tasks, offline_copy, connection,
                      detail_tasks=1, details_per_batch=5)

    assert run.ended == ["finished"]
    assert fault.hits == 2  # it failed twice, and its third try read it
    # the reader went on with the rest of its batch instead of waiting to try the first meter again
    assert run.read_order[:4] == eans[1:5]
    assert sorted(run.read_order) == sorted(eans)  # every meter read, once
    assert run.refresh.unread == []


def test_a_meter_that_keeps_failing_is_tried_three_times_then_keeps_its_previous_copy(
        qtbot, emulator, client, service_tasks, offline_copy, connection):
    first = refresh_all(qtbot, client, service_tasks, offline_copy, connection)
    assert first.ended == ["finished"]
    eans = listed(client)
    broken = eans[len(eans) // 2]
    before = offline_copy.detail(TOURNESOLS_AUTH_ID, broken)
    started = dt.datetime.now(dt.UTC)
    fault = emulator.faults.add(method="GET", path=f"/meters/{broken}", drop=True, times=None)

    run = refresh_all(qtbot, client, service_tasks, offline_copy, connection)

    assert run.ended == ["finished"]
    assert fault.hits == len(RETRY_DELAYS) + 1
    assert run.refresh.unread == [broken]
    assert sorted(run.read_order) == sorted(set(eans) - {broken})
    assert offline_copy.fresh_detail_eans(TOURNESOLS_AUTH_ID, started) == set(eans) - {broken}
    assert before is not None and offline_copy.detail(TOURNESOLS_AUTH_ID, broken) == before


def test_a_crm_that_cannot_be_reached_for_any_meter_ends_the_refresh_and_keeps_the_copy(
        qtbot, emulator, client, service_tasks, offline_copy, connection):
    first = refresh_all(qtbot, client, service_tasks, offline_copy, connection)
    assert first.ended == ["finished"]
    saved_before = offline_copy.saved_list(TOURNESOLS_AUTH_ID)
    eans = listed(client)
    gone = emulator.faults.add(method="GET", path=DETAIL_REQUEST, drop=True, times=None)

    run = refresh_all(qtbot, client, service_tasks, offline_copy, connection)

    assert len(run.ended) == 1 and is_offline_error(run.ended[0])  # failed, not "finished, all unread"
    assert run.read_order == []
    assert gone.hits < len(eans)  # given up long before every meter was tried
    assert offline_copy.saved_list(TOURNESOLS_AUTH_ID) == saved_before
