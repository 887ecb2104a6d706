"""No secret of a sign-in reaches a log: whole sign-ins (the demo's, and one through a browser) with a
refresh, a replay after a rejection and the sign-out, with every logger at DEBUG, against both provider
profiles. The secrets are every state, nonce, code challenge, code, code verifier and token the emulator's
provider saw or issued, and what the password store holds."""

from __future__ import annotations

import pytest

from optimce_desktop.crm import CrmClient
from optimce_desktop.crm.auth import follow_to_redirect
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.services.session import SessionService, SessionState
from tests.fixtures.auth import SessionEvents, assert_no_secret_logged


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def use_the_crm_through_a_refresh_and_a_rejection(emulator: EmulatorServer, session: SessionService,
                                                  clock: Clock) -> None:
    with CrmClient(emulator.base_url, session.access_token, community_id=TOURNESOLS_AUTH_ID,
                   on_unauthorized=session.refresh_after_rejection, get_retry_delays=()) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
        clock.now += 290  # refreshed before the next request
        emulator.auth_clock.advance(290)
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
        emulator.auth_clock.advance(301)  # refused by the gateway: refreshed, and replayed
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN


def assert_no_secret_in(caplog: pytest.LogCaptureFixture, secrets: set[str]) -> None:
    assert len(secrets) >= 10  # every state, nonce, challenge, code, verifier and token of a whole sign-in
    assert_no_secret_logged(caplog, secrets)


def sign_in_use_and_sign_out(qtbot, session: SessionService, events: SessionEvents, emulator: EmulatorServer,
                             clock: Clock) -> None:
    session.sign_in()
    qtbot.waitUntil(lambda: bool(events.signed_in or events.failures), timeout=10_000)
    assert events.signed_in == [DEMO_MANAGER], events.failures
    use_the_crm_through_a_refresh_and_a_rejection(emulator, session, clock)
    session.sign_out()
    qtbot.waitUntil(lambda: session.state is SessionState.SIGNED_OUT, timeout=10_000)
    assert emulator.oidc.active_sessions() == 0


@pytest.mark.usefixtures("every_logger_at_debug")
def test_the_demos_sign_in_logs_no_secret(qtbot, make_session, emulator, caplog) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    clock = Clock()
    session, events = make_session(remember=False, approve_automatically=True, clock=clock,
                                   wall_clock=emulator.auth_clock)

    sign_in_use_and_sign_out(qtbot, session, events, emulator, clock)

    assert_no_secret_in(caplog, emulator.oidc.secrets_seen())


@pytest.mark.usefixtures("every_logger_at_debug")
def test_a_sign_in_in_the_browser_logs_no_secret(qtbot, make_session, emulator, caplog,
                                                 memory_keyring) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    clock = Clock()
    # A browser that logs nothing itself (the app's own follower): only the app's records are looked at.
    session, events = make_session(browser=follow_to_redirect, clock=clock, wall_clock=emulator.auth_clock)
    stored: set[str] = set()
    session.signedIn.connect(lambda user: stored.update(memory_keyring.secrets.values()))

    sign_in_use_and_sign_out(qtbot, session, events, emulator, clock)

    assert stored and memory_keyring.secrets == {}
    assert_no_secret_in(caplog, emulator.oidc.secrets_seen() | stored)
