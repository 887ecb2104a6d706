"""The session service against the emulator, with a scripted browser: a whole sign-in, each way a sign-in
fails (with its message and no token), the silent sign-in at start, sign-out, and the password store."""

from __future__ import annotations

import base64
import hashlib

import keyring
import keyring.backends.fail
import pytest

from optimce_desktop.crm import AuthenticationError, CrmClient
from optimce_desktop.crm.auth import ServerConfig
from optimce_desktop.crm.auth.sign_out import ProviderSignOut
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.emulator.oidc import CODE_LIFETIME, KEYCLOAK, STANDARD
from optimce_desktop.services.session import SETTINGS_USER, SessionService, SessionState, sign_out_problem
from tests.fixtures.auth import ScriptedBrowser, SessionEvents, SessionFactory, with_query


def crm(emulator: EmulatorServer, session: SessionService) -> CrmClient:
    return CrmClient(emulator.base_url, session.access_token, community_id=TOURNESOLS_AUTH_ID,
                     on_unauthorized=session.refresh_after_rejection, get_retry_delays=())


def stored_tokens(memory_keyring) -> dict:
    return dict(memory_keyring.secrets)


def signed_in(qtbot, session: SessionService, events: SessionEvents) -> None:
    session.sign_in()
    qtbot.waitUntil(lambda: bool(events.signed_in or events.failures), timeout=10_000)
    assert events.failures == [] and events.signed_in == [DEMO_MANAGER]


def test_a_sign_in_in_the_browser(qtbot, make_session: SessionFactory, browser: ScriptedBrowser,
                                  emulator: EmulatorServer, memory_keyring, session_settings) -> None:
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    states: list[SessionState] = []
    session.stateChanged.connect(states.append)

    signed_in(qtbot, session, events)

    assert states == [SessionState.SIGNING_IN, SessionState.SIGNED_IN] and session.user == DEMO_MANAGER
    assert "You can close this tab" in browser.pages[0].text
    assert list(stored_tokens(memory_keyring)) == [(f"OptimCE Desktop ({emulator.issuer_url})", DEMO_MANAGER)]
    assert session_settings.value(SETTINGS_USER) == DEMO_MANAGER
    with crm(emulator, session) as client:
        communities = {c.name: c.role for c in client.my_communities()}
    assert communities["CE Les Tournesols"] == "MANAGER" and communities["CE Vent du Condroz"] == "MEMBER"
    assert events.notices == []


def other_challenge(url: str) -> str:
    digest = hashlib.sha256(b"an attacker's verifier").digest()
    return with_query(url, code_challenge=base64.urlsafe_b64encode(digest).rstrip(b"=").decode())


FAILURES = {
    "other-issuer": (lambda b, e, url: b.visit(with_query(b.authorize(url), iss="https://sso.evil.example")),
                     "does not belong to this sign-in"),
    "wrong-verifier": (lambda b, e, url: b.visit(b.authorize(other_challenge(url))), "refused the sign-in"),
    "expired-code": (lambda b, e, url: (location := b.authorize(url), e.auth_clock.advance(CODE_LIFETIME + 1),
                                        b.visit(location)), "refused the sign-in"),
    "user-cancels": (lambda b, e, url: b.sign_in(url, user=None), "cancelled or refused in the browser"),
    "timeout": (lambda b, e, url: None, "did not come back in time"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_failed_sign_in_says_why_and_keeps_no_token(qtbot, make_session, browser, emulator,
                                                      memory_keyring, case: str) -> None:
    step, expected = FAILURES[case]
    if case == "user-cancels":
        emulator.oidc.auto_approve = None  # the provider's form, where the user presses Cancel
    session, events = make_session(browser=lambda url: step(browser, emulator, url),
                                   browser_timeout=0.4 if case == "timeout" else 10)

    session.sign_in()
    qtbot.waitUntil(lambda: bool(events.failures), timeout=10_000)

    [(message, stopped)] = events.failures
    assert expected in message and not stopped
    assert session.state is SessionState.SIGNED_OUT and session.user is None and events.signed_in == []
    assert session.access_token() is None and stored_tokens(memory_keyring) == {}
    if browser.pages:
        assert "did not complete" in browser.pages[0].text


def test_a_forged_callback_does_not_stop_the_sign_in(qtbot, make_session, browser, emulator) -> None:
    """Another local process guesses the listener's port and sends it a callback first: it gets 400, and the
    genuine redirect that follows still signs the user in."""

    def forger_then_browser(url: str) -> None:
        location = browser.authorize(url)
        forged = browser.visit(with_query(location, state="guess"))
        without_state = browser.visit(location.split("?")[0] + "?code=stolen")
        assert forged.status_code == 400 and without_state.status_code == 400
        browser.visit(location)

    session, events = make_session(browser=forger_then_browser, wall_clock=emulator.auth_clock)

    signed_in(qtbot, session, events)

    assert [page.status_code for page in browser.pages] == [400, 400, 200]
    assert "out of date" in browser.pages[0].text and "You can close this tab" in browser.pages[2].text


def test_the_user_stops_waiting_for_the_browser(qtbot, make_session, memory_keyring) -> None:
    urls: list[str] = []
    session, events = make_session(browser=urls.append)
    session.sign_in()
    qtbot.waitUntil(lambda: bool(urls), timeout=5000)

    session.cancel()

    assert events.failures == [("Sign-in cancelled.", True)]
    assert session.state is SessionState.SIGNED_OUT and session.access_token() is None
    assert stored_tokens(memory_keyring) == {}
    session.sign_in()  # a new sign-in can start at once
    assert session.state is SessionState.SIGNING_IN


def test_a_remembered_sign_in_resumes_silently(qtbot, make_session, browser, emulator, tmp_path) -> None:
    first, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, first, events)

    later, later_events = make_session(wall_clock=emulator.auth_clock)
    assert later.resume() == DEMO_MANAGER

    assert later_events.signed_in == [DEMO_MANAGER] and later.state is SessionState.SIGNED_IN
    with crm(emulator, later) as client:
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    assert browser.opened and len(browser.opened) == 1  # no browser the second time


def test_a_remembered_session_ended_meanwhile_asks_to_sign_in_again(qtbot, make_session, browser, emulator,
                                                                  memory_keyring) -> None:
    first, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, first, events)
    emulator.oidc.end_sessions(DEMO_MANAGER)

    later, later_events = make_session(wall_clock=emulator.auth_clock)
    later.resume()
    with crm(emulator, later) as client, pytest.raises(AuthenticationError):
        client.meter_detail(GUIDE_EAN)

    qtbot.waitUntil(lambda: bool(later_events.expired), timeout=5000)
    assert later.state is SessionState.EXPIRED and later.user == DEMO_MANAGER
    assert stored_tokens(memory_keyring) == {}


def test_a_remembered_user_whose_settings_became_unusable_is_told_why(qtbot, make_session, browser, emulator,
                                                                     server_config, tmp_path) -> None:
    first, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, first, events)
    missing = tmp_path / "removed-company-ca.pem"
    unusable = ServerConfig(server_config.gateway_url, server_config.issuer_url, ca_bundle=str(missing))

    later, later_events = make_session(config=unusable, wall_clock=emulator.auth_clock)
    assert later.resume() == DEMO_MANAGER  # the saved data opens at once: the settings are checked on use
    assert later.access_token() is None

    qtbot.waitUntil(lambda: bool(later_events.expired), timeout=5000)
    assert later.state is SessionState.EXPIRED and "These settings cannot be used" in later_events.expired[0]
    later.sign_in()
    assert later_events.messages == [later_events.expired[0]]


def test_signing_out_ends_the_session_everywhere(qtbot, make_session, browser, emulator, memory_keyring,
                                                 session_settings) -> None:
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, session, events)

    session.sign_out()

    assert session.access_token() is None  # at once
    qtbot.waitUntil(lambda: bool(events.signed_out and emulator.oidc.active_sessions() == 0), timeout=5000)
    assert events.signed_out == [DEMO_MANAGER] and session.state is SessionState.SIGNED_OUT
    assert stored_tokens(memory_keyring) == {} and session_settings.value(SETTINGS_USER) is None
    assert session.resume() is None


def test_signing_out_ends_the_session_by_revocation_or_in_the_browser(
        qtbot, make_session, browser, emulator, provider_profile) -> None:
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, session, events)
    states: list[SessionState] = []
    session.stateChanged.connect(states.append)

    session.sign_out()

    qtbot.waitUntil(lambda: bool(events.signed_out), timeout=5000)
    assert states == [SessionState.SIGNING_OUT, SessionState.SIGNED_OUT]
    assert emulator.oidc.active_sessions() == 0 and events.notices == []
    if provider_profile.revocation:  # no browser involved
        assert len(browser.opened) == 1
    else:  # RP-initiated logout: the provider sent the browser back to the app, which said so
        assert len(browser.opened) == 2 and "post_logout_redirect_uri" in browser.opened[1]
        assert "id_token_hint=" in browser.opened[1]
        assert "You are signed out of OptimCE Desktop" in browser.pages[-1].text


def test_a_browser_that_does_not_come_back_from_the_sign_out_page_is_said_plainly(
        qtbot, make_session, browser, emulator) -> None:
    emulator.oidc.profile = STANDARD
    opened: list[str] = []
    session, events = make_session(browser=lambda url: browser.sign_in(url) if not opened else None,
                                   sign_out_timeout=0.3, wall_clock=emulator.auth_clock)
    session.waitingForBrowser.connect(opened.append)
    incomplete: list[str] = []
    session.signOutIncomplete.connect(incomplete.append)
    signed_in(qtbot, session, events)

    session.sign_out()

    qtbot.waitUntil(lambda: bool(incomplete), timeout=5000)
    assert events.signed_out == [DEMO_MANAGER] and session.state is SessionState.SIGNED_OUT
    assert incomplete == ["You are signed out of OptimCE Desktop, but your session at the sign-in server may "
                          "still be open: the browser did not come back from the sign-in server's sign-out "
                          "page. Close your web browser, or sign out on the sign-in server's own page, so "
                          "that nobody else at this computer can use it."]
    assert emulator.oidc.active_sessions() == 1


def test_an_unreachable_revocation_endpoint_is_said_plainly(qtbot, make_session, browser, emulator,
                                                           memory_keyring) -> None:
    emulator.oidc.profile = KEYCLOAK
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    incomplete: list[str] = []
    session.signOutIncomplete.connect(incomplete.append)
    signed_in(qtbot, session, events)
    emulator.faults.add(path="/realms/optimce-realm/protocol/openid-connect/revoke", status=503)

    session.sign_out()

    qtbot.waitUntil(lambda: bool(incomplete), timeout=5000)
    assert events.signed_out == [DEMO_MANAGER] and stored_tokens(memory_keyring) == {}
    assert "may still be open: the sign-in server cannot be reached." in incomplete[0]


def test_a_provider_that_offers_no_way_to_end_the_session_is_said_plainly() -> None:
    message = sign_out_problem(ProviderSignOut.NOT_OFFERED, None)
    assert message is not None and "offers no way for this app to end it" in message
    assert sign_out_problem(ProviderSignOut.REVOKED, None) is None
    assert sign_out_problem(ProviderSignOut.LOGGED_OUT, None) is None


def test_a_remembered_user_who_signs_out_at_once_ends_the_session_at_the_provider(
        qtbot, make_session, browser, emulator, memory_keyring) -> None:
    first, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    signed_in(qtbot, first, events)
    later, later_events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    assert later.resume() == DEMO_MANAGER  # no request restored the session yet

    later.sign_out()

    qtbot.waitUntil(lambda: bool(later_events.signed_out), timeout=5000)
    assert emulator.oidc.active_sessions() == 0 and stored_tokens(memory_keyring) == {}


def test_without_a_password_store_the_app_says_once_that_it_will_not_remember(
        qtbot, make_session, browser, emulator) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)

    signed_in(qtbot, session, events)
    with crm(emulator, session) as client:
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    session.sign_out()
    qtbot.waitUntil(lambda: bool(session.state is SessionState.SIGNED_OUT), timeout=5000)
    events.signed_in.clear()
    signed_in(qtbot, session, events)

    assert len(events.notices) == 1 and "will not be remembered" in events.notices[0]


def test_an_address_in_plain_http_to_another_machine_is_refused(qtbot, make_session) -> None:
    config = ServerConfig("http://crm.example.be", "https://sso.example.be/realms/optimce-realm")
    session, events = make_session(config=config)

    assert session.problem is not None and "plain http" in session.problem
    session.sign_in()
    assert events.failures == [(session.problem, False)] and session.state is SessionState.SIGNED_OUT


def test_the_demo_signs_in_without_a_browser(qtbot, make_session, emulator, memory_keyring) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    session, events = make_session(remember=False, approve_automatically=True)

    signed_in(qtbot, session, events)

    assert stored_tokens(memory_keyring) == {} and events.notices == []


def test_the_demo_sign_in_fails_fast_when_the_provider_asks_the_user(qtbot, make_session, emulator) -> None:
    emulator.oidc.auto_approve = None
    session, events = make_session(remember=False, approve_automatically=True)
    session.sign_in()
    qtbot.waitUntil(lambda: bool(events.failures), timeout=5000)
    assert "reported an error" in events.messages[0] and session.state is SessionState.SIGNED_OUT
