"""Signing out of a computer that others use: the provider's session in the system browser must not sign the
next person in as the one who signed out. A browser that keeps the provider's cookies signs operator A in;
after A signs out, the next sign-in asks the provider to authenticate again (``prompt=login``, remembered
across restarts), and Keycloak also ends A's session in the browser at the app's request. A restart
without signing out still signs A in silently. Against both provider profiles, with every logger at DEBUG."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import httpx
import pytest
from PySide6.QtCore import QSettings

from optimce_desktop.crm import CrmClient
from optimce_desktop.crm.auth import (
    EndedSession,
    OidcClient,
    ProviderSignOut,
    RedirectPages,
    ServerConfig,
    SignInError,
    SignInFailure,
    browser_sign_in,
    end_provider_session,
)
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, MEMBER_ONLY, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.emulator.oidc import KEYCLOAK, STANDARD
from optimce_desktop.services.session import SETTINGS_AUTHENTICATE_AGAIN, SessionService, SessionState
from tests.fixtures.auth import ScriptedBrowser, SessionEvents, assert_no_secret_logged

PAGES = RedirectPages("Signed in", "You can close this tab.", "Not signed in", "Go back to the app.")


def end_session_path(emulator: EmulatorServer) -> str:
    document = httpx.get(f"{emulator.issuer_url}/.well-known/openid-configuration").json()
    return urlsplit(document["end_session_endpoint"]).path


# -- the end of the session at the provider -----------------------------------------------------------------

@pytest.fixture
def keycloak(emulator: EmulatorServer):
    """The app's OIDC client of the emulator playing Keycloak."""
    emulator.oidc.profile = KEYCLOAK
    with OidcClient(ServerConfig(emulator.base_url, emulator.issuer_url), clock=emulator.auth_clock) as oidc:
        yield oidc


def signed_in_at_the_form(oidc: OidcClient, browser: ScriptedBrowser) -> EndedSession:
    tokens = browser_sign_in(oidc, show=browser.in_background(browser.sign_in), pages=PAGES, timeout=10)
    assert tokens.user is not None
    return EndedSession(tokens.user, tokens.refresh_token, tokens.id_token)


def test_keycloak_ends_the_browsers_session_before_the_token_is_revoked(keycloak, browser, emulator) -> None:
    session = signed_in_at_the_form(keycloak, browser)
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1

    outcome = end_provider_session(keycloak, session, show=None, pages=None)

    assert outcome is ProviderSignOut.REVOKED and emulator.oidc.active_sessions() == 0
    assert emulator.oidc.single_sign_on_sessions() == 0  # a revoked token could not have ended it


@pytest.mark.usefixtures("every_logger_at_debug")
def test_keycloak_not_ending_the_browsers_session_does_not_stop_signing_out(keycloak, browser, emulator,
                                                                           caplog) -> None:
    session = signed_in_at_the_form(keycloak, browser)
    emulator.faults.add(method="POST", path=end_session_path(emulator), status=503)

    outcome = end_provider_session(keycloak, session, show=None, pages=None)

    assert outcome is ProviderSignOut.REVOKED and emulator.oidc.active_sessions() == 0
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("optimce")]
    assert "did not end the user's session" in warning.getMessage() and "HTTP 503" in warning.getMessage()
    assert_no_secret_logged(caplog, emulator.oidc.secrets_seen())


def test_ending_a_keycloak_session_that_already_ended_is_refused(keycloak, browser, emulator) -> None:
    session = signed_in_at_the_form(keycloak, browser)
    assert session.refresh_token is not None
    keycloak.end_user_session(session.refresh_token)

    with pytest.raises(SignInError) as caught:
        keycloak.end_user_session(session.refresh_token)

    assert caught.value.session_ended and caught.value.error == "invalid_grant"


def test_a_standard_provider_is_not_asked_to_end_the_users_session(emulator, browser) -> None:
    emulator.oidc.profile = STANDARD
    with OidcClient(ServerConfig(emulator.base_url, emulator.issuer_url), clock=emulator.auth_clock) as oidc:
        session = signed_in_at_the_form(oidc, browser)
        assert session.refresh_token is not None
        with pytest.raises(SignInError) as caught:
            oidc.end_user_session(session.refresh_token)

    assert caught.value.reason is SignInFailure.INVALID_ANSWER
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1 and emulator.oidc.active_sessions() == 1


# -- the app's session service: the next sign-in after signing out ------------------------------------------

def crm(emulator: EmulatorServer, session: SessionService) -> CrmClient:
    return CrmClient(emulator.base_url, session.access_token, community_id=TOURNESOLS_AUTH_ID,
                     on_unauthorized=session.refresh_after_rejection, get_retry_delays=())


def sign_in(qtbot, session: SessionService, events: SessionEvents, user: str) -> None:
    before = len(events.signed_in)
    session.sign_in()
    qtbot.waitUntil(lambda: len(events.signed_in) > before or bool(events.failures), timeout=10_000)
    assert events.failures == [] and events.signed_in[before:] == [user] and session.user == user


def sign_out(qtbot, session: SessionService, events: SessionEvents) -> None:
    session.sign_out()
    qtbot.waitUntil(lambda: bool(events.signed_out) and session.state is SessionState.SIGNED_OUT,
                    timeout=10_000)


def prompts(browser: ScriptedBrowser) -> list[str | None]:
    """The ``prompt`` of each sign-in page the browser opened (not the provider's end-session pages)."""
    return [httpx.URL(url).params.get("prompt") for url in browser.opened if "code_challenge=" in url]


@pytest.mark.usefixtures("every_logger_at_debug")
def test_after_signing_out_the_next_person_signs_in_as_themselves(qtbot, make_session, browser, emulator,
                                                                  session_settings, caplog) -> None:
    session, events = make_session(browser=browser.in_background(browser.sign_in),
                                   wall_clock=emulator.auth_clock)
    sign_in(qtbot, session, events, DEMO_MANAGER)
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1

    sign_out(qtbot, session, events)
    # Keycloak: at the app's request; a standard provider: its end-session page, in the same browser.
    assert emulator.oidc.single_sign_on_sessions() == 0
    browser.user = MEMBER_ONLY
    sign_in(qtbot, session, events, MEMBER_ONLY)

    assert browser.forms == [DEMO_MANAGER, MEMBER_ONLY] and prompts(browser) == [None, "login"]
    assert session_settings.value(SETTINGS_AUTHENTICATE_AGAIN) is None
    with crm(emulator, session) as client:  # the CRM sees B too: a member, where A manages
        assert {c.name: c.role for c in client.my_communities()}["CE Les Tournesols"] == "MEMBER"
    assert_no_secret_logged(caplog, emulator.oidc.secrets_seen())


def test_a_provider_session_that_outlives_signing_out_signs_nobody_in_after_a_restart(
        qtbot, make_session, browser, emulator, provider_profile, session_settings) -> None:
    """The provider's session in the browser survives the sign-out (Keycloak could not end it; the browser
    did not come back from a standard provider's end-session page); the app is started again."""
    session, events = make_session(
        browser=browser.in_background(lambda url: None if "post_logout_redirect_uri=" in url
                                      else browser.sign_in(url)),
        sign_out_timeout=0.5, wall_clock=emulator.auth_clock)
    sign_in(qtbot, session, events, DEMO_MANAGER)
    if provider_profile is KEYCLOAK:
        emulator.faults.add(method="POST", path=end_session_path(emulator), status=503)
    sign_out(qtbot, session, events)
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1 and browser.forms == [DEMO_MANAGER]

    session_settings.sync()  # the app quits
    settings = QSettings(session_settings.fileName(), QSettings.Format.IniFormat)
    later, later_events = make_session(browser=browser.in_background(browser.sign_in), settings=settings,
                                       wall_clock=emulator.auth_clock)
    assert later.resume() is None
    browser.user = None  # B first presses Cancel on the provider's form
    later.sign_in()
    qtbot.waitUntil(lambda: bool(later_events.failures), timeout=10_000)
    browser.user = MEMBER_ONLY
    later_events.failures.clear()
    sign_in(qtbot, later, later_events, MEMBER_ONLY)

    assert browser.forms == [DEMO_MANAGER, None, MEMBER_ONLY] and prompts(browser) == [None, "login", "login"]


def test_a_restart_without_signing_out_signs_in_silently(qtbot, make_session, browser, emulator) -> None:
    first, events = make_session(browser=browser.in_background(browser.sign_in),
                                 wall_clock=emulator.auth_clock)
    sign_in(qtbot, first, events, DEMO_MANAGER)

    later, later_events = make_session(browser=browser.in_background(browser.sign_in),
                                       wall_clock=emulator.auth_clock)

    assert later.resume() == DEMO_MANAGER and later_events.signed_in == [DEMO_MANAGER]
    with crm(emulator, later) as client:
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    assert browser.forms == [DEMO_MANAGER] and prompts(browser) == [None]  # the browser opened once
