""""Refresh all" while the CRM fails a share of requests at random: it finishes, retrying what can be retried,
saves a consistent copy, and says which meters it could not read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.emulator import DEMO_MANAGER, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.meters import MeterService


@pytest.fixture
def retrying_client(emulator: EmulatorServer) -> Iterator[CrmClient]:
    """A client that retries a failed read as the app's does, only quicker."""
    token = emulator.token_for(DEMO_MANAGER)
    with CrmClient(emulator.base_url, lambda: token, community_id=TOURNESOLS_AUTH_ID, language="en",
                   read_timeout=5.0, get_retry_delays=(0.01, 0.01)) as client:
        yield client


@pytest.fixture
def meters(retrying_client, service_tasks, drafts_path) -> Iterator[MeterService]:
    connection = ConnectionMonitor(retrying_client, service_tasks, recheck_interval_ms=100)
    service = MeterService(retrying_client, service_tasks, offline_copy=SavedMeters(Database(drafts_path)),
                           connection=connection)
    yield service
    service.shutdown()
    connection.stop()


def test_refresh_all_finishes_through_random_failures_and_names_what_it_could_not_read(
        qtbot, emulator, retrying_client, meters, drafts_path):
    community = next(c for c in retrying_client.my_communities() if c.auth_community_id == TOURNESOLS_AUTH_ID)
    meters.set_community(community)
    qtbot.waitUntil(lambda: not meters.loading_list, timeout=10_000)
    # every request of the refresh meets a 30% chance of a gateway error or a dropped connection
    chaos = emulator.faults.set_random(fail_rate=0.3, seed=11, method="GET")
    refresh = meters.refresh_all()
    assert refresh is not None
    outcome: list[str] = []
    refresh.finished.connect(lambda saved_list: outcome.append("finished"))
    refresh.failed.connect(lambda error: outcome.append(f"failed: {error}"))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    emulator.faults.clear()

    assert outcome == ["finished"]
    assert chaos.failed > 0  # the trouble was real
    offline_copy = SavedMeters(Database(drafts_path))
    rows = [row for chunk in offline_copy.iter_rows(TOURNESOLS_AUTH_ID) for row in chunk]
    listed = {row.ean for row in rows}
    unread = set(refresh.unread)
    assert unread and unread <= listed  # a few meters failed all their tries (about 3% here)
    for ean in listed - unread:  # every meter read is saved whole
        assert offline_copy.detail(TOURNESOLS_AUTH_ID, ean) is not None
