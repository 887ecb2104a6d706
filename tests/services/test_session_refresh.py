"""An access token that expires while the app works is refreshed without the user noticing: the meter list
loads as if nothing happened."""

from __future__ import annotations

from optimce_desktop.crm import CrmClient
from optimce_desktop.emulator import DEMO_MANAGER, TOURNESOLS_AUTH_ID
from optimce_desktop.services.meters import MeterService


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_an_expired_access_token_is_refreshed_during_a_meter_load(qtbot, make_session, browser, emulator,
                                                                   session_tasks, memory_keyring) -> None:
    clock = Clock()
    session, events = make_session(browser=browser.sign_in, clock=clock, wall_clock=emulator.auth_clock)
    session.sign_in()
    qtbot.waitUntil(lambda: events.signed_in == [DEMO_MANAGER], timeout=10_000)
    stored_before = dict(memory_keyring.secrets)
    client = CrmClient(emulator.base_url, session.access_token,
                       on_unauthorized=session.refresh_after_rejection, get_retry_delays=())
    community = next(c for c in client.my_communities() if c.auth_community_id == TOURNESOLS_AUTH_ID)
    token_before = session.access_token()
    meters = MeterService(client, session_tasks)
    listed: list[set] = []
    failed: list[BaseException] = []
    meters.listFinished.connect(lambda eans, when: listed.append(eans))
    meters.listFailed.connect(failed.append)

    # Both clocks move past the token's five minutes: the next request refreshes it first.
    clock.now += 301
    emulator.auth_clock.advance(301)
    meters.set_community(community)
    meters.refresh_list()
    qtbot.waitUntil(lambda: bool(listed or failed), timeout=10_000)

    assert failed == [] and len(listed[0]) > 100
    assert session.access_token() != token_before
    assert dict(memory_keyring.secrets) != stored_before  # the rotated refresh token replaced the old one
    assert events.expired == []
    meters.shutdown()
    qtbot.waitUntil(lambda: session_tasks.pending == 0, timeout=10_000)
    client.close()
