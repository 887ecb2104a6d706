"""The detail sweep through ``MeterService`` against the emulator, with the offline copy on a real SQLite
file: what it asks the CRM for (seen by the client's transport), in which order, and what it skips."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator

import httpx
import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.emulator import DEMO_MANAGER, TOURNESOLS_AUTH_ID
from optimce_desktop.services.detail_sweep import SweepPace
from optimce_desktop.services.meters import MeterService

FAST = SweepPace(requests_per_s=1000.0)
"""Fast enough for a test; the rate itself is checked with a clock the test moves (``_schedule`` tests)."""
DETAIL_PATH = re.compile(r"/meters/([^/]+)")


class RecordingTransport(httpx.HTTPTransport):
    """The client's real transport, noting the EAN of each detail request in the order they leave."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.details: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and (match := DETAIL_PATH.fullmatch(request.url.path)):
            with self._lock:
                self.details.append(match.group(1))
        return super().handle_request(request)


@pytest.fixture
def transport() -> RecordingTransport:
    return RecordingTransport()


@pytest.fixture
def client(emulator, transport) -> Iterator[CrmClient]:
    token = emulator.token_for(DEMO_MANAGER)
    client = CrmClient(emulator.base_url, lambda: token, community_id=TOURNESOLS_AUTH_ID, language="en",
                       get_retry_delays=(), transport=transport)
    yield client
    client.close()


@pytest.fixture
def open_service(client, service_tasks, drafts_path) -> Iterator:
    """Opens CE Les Tournesols in a new ``MeterService`` on the same local database, as each start of the
    app does; the previous one is shut down first, and its requests are allowed to end."""
    opened: list[MeterService] = []

    def opener(pace: SweepPace = FAST, *, in_flight: int = 3, load: bool = True) -> MeterService:
        for earlier in opened:
            earlier.shutdown()
        service = MeterService(client, service_tasks, offline_copy=SavedMeters(Database(drafts_path)),
                               sweep_pace=pace, details_in_flight=in_flight)
        opened.append(service)
        service.set_community(tournesols(client))
        if load:
            service.load()
        return service

    yield opener
    for service in opened:
        service.shutdown()


def tournesols(client: CrmClient):  # noqa: ANN201 - a Community
    return next(c for c in client.my_communities() if c.auth_community_id == TOURNESOLS_AUTH_ID)


def listed(client: CrmClient) -> list[str]:
    return [item.EAN for page in client.iter_meter_pages(page_size=1000) for item in page.items]


def swept(service: MeterService) -> bool:
    progress = service.sweep_progress
    return progress is not None and progress[0] == progress[1]


def test_rows_on_screen_are_read_first_then_the_rest_in_list_order(qtbot, client, transport, open_service):
    order = listed(client)
    on_screen = order[200:230]
    service = open_service(in_flight=1, load=False)
    progress: list[tuple[int, int]] = []
    service.sweepProgressed.connect(lambda done, total: progress.append((done, total)))

    service.prefetch_details(on_screen, urgent=True)
    service.load()
    qtbot.waitUntil(lambda: swept(service), timeout=20_000)

    assert transport.details[:30] == on_screen
    assert transport.details[30:] == [ean for ean in order if ean not in on_screen]
    assert progress[-1] == (len(order), len(order))
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


def test_fresh_details_are_not_read_again_when_the_community_opens_again(
        qtbot, client, transport, open_service, service_tasks):
    first = open_service()
    qtbot.waitUntil(lambda: swept(first), timeout=20_000)
    assert sorted(transport.details) == sorted(listed(client))
    first.shutdown()
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)
    transport.details.clear()

    again = open_service()
    qtbot.waitUntil(lambda: again.sweep_progress is not None, timeout=10_000)

    assert swept(again) and again.sweep_progress[1] == len(listed(client))
    assert transport.details == []


def test_details_older_than_the_set_age_are_read_again(qtbot, client, transport, open_service, drafts_path):
    order = listed(client)
    offline_copy = SavedMeters(Database(drafts_path))
    now = dt.datetime.now(dt.UTC)
    old, recent = order[:5], order[5:]
    offline_copy.save_details(TOURNESOLS_AUTH_ID, [client.meter_detail(e) for e in old],
                       fetched_at=now - dt.timedelta(days=8))
    offline_copy.save_details(TOURNESOLS_AUTH_ID, [client.meter_detail(e) for e in recent],
                       fetched_at=now - dt.timedelta(days=6))
    transport.details.clear()

    service = open_service(SweepPace(requests_per_s=1000.0, max_age=dt.timedelta(days=7)))
    qtbot.waitUntil(lambda: swept(service), timeout=10_000)

    assert sorted(transport.details) == sorted(old)


def test_a_sweep_stopped_by_closing_the_app_resumes_where_it_stopped(
        qtbot, client, transport, open_service, service_tasks):
    order = listed(client)
    first = open_service(SweepPace(requests_per_s=100.0))
    qtbot.waitUntil(lambda: (first.sweep_progress or (0, 0))[0] >= 20, timeout=10_000)
    first.shutdown()
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)
    read_before = list(transport.details)
    assert 20 <= len(read_before) < len(order)
    transport.details.clear()

    again = open_service()
    qtbot.waitUntil(lambda: again.sweep_progress is not None, timeout=10_000)
    assert again.sweep_progress[0] >= len(read_before)  # counted as done at once
    qtbot.waitUntil(lambda: swept(again), timeout=20_000)

    assert not set(transport.details) & set(read_before)
    assert sorted(transport.details + read_before) == sorted(order)
