"""The session's tokens as the CRM client uses them: refreshed before they expire and once after a
rejection, one refresh for many requests, the end of the session, and the refresh token in the keyring."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import keyring
import keyring.backends.fail
import pytest

from optimce_desktop.crm import AuthenticationError, ConnectionFailedError, CrmClient
from optimce_desktop.crm.auth import OidcClient, RedirectPages, SignInError, TokenManager, browser_sign_in
from optimce_desktop.crm.keyring_store import KeyringUnavailableError, RefreshTokenStore
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, TOURNESOLS_AUTH_ID, EmulatorServer
from tests.conftest import MemoryKeyring
from tests.fixtures.auth import ScriptedBrowser

PAGES = RedirectPages("Signed in", "You can close this tab.", "Not signed in", "Go back to the app.")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Counting:
    """Counts the calls of a hook the CRM client makes (and passes them on)."""

    def __init__(self, hook) -> None:
        self.hook = hook
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            self.calls += 1
        return self.hook()


@pytest.fixture
def signed_in(oidc_client: OidcClient, emulator: EmulatorServer):
    """A token manager with the demo manager signed in, its refresh token in the (test) keyring."""
    emulator.oidc.auto_approve = DEMO_MANAGER
    clock = Clock()
    ended: list[SignInError] = []
    tokens = TokenManager(oidc_client, RefreshTokenStore(emulator.issuer_url), on_session_ended=ended.append,
                          clock=clock)
    browser = ScriptedBrowser(emulator)
    remembered = tokens.start(browser_sign_in(oidc_client, show=browser.in_background(browser.sign_in),
                                              pages=PAGES, timeout=10))
    assert remembered
    return tokens, clock, ended


def crm_for(emulator: EmulatorServer, tokens: TokenManager, on_unauthorized=None) -> CrmClient:
    return CrmClient(emulator.base_url, tokens.access_token, community_id=TOURNESOLS_AUTH_ID,
                     get_retry_delays=(), on_unauthorized=on_unauthorized or tokens.refresh_after_rejection)


def stored(memory_keyring: MemoryKeyring, emulator: EmulatorServer) -> str | None:
    return memory_keyring.secrets.get((f"OptimCE Desktop ({emulator.issuer_url})", DEMO_MANAGER))


def test_the_refresh_token_is_stored_under_the_issuer_and_the_user(signed_in, emulator, memory_keyring):
    tokens, _, _ = signed_in
    assert stored(memory_keyring, emulator) is not None
    assert tokens.user == DEMO_MANAGER and tokens.access_token() is not None
    assert tokens.access_token() not in memory_keyring.secrets.values()  # the access token stays in memory


def test_a_token_about_to_expire_is_refreshed_before_the_request(signed_in, emulator, memory_keyring):
    tokens, clock, _ = signed_in
    first, first_refresh = tokens.access_token(), stored(memory_keyring, emulator)
    rejections = Counting(tokens.refresh_after_rejection)
    clock.now += 300 - 10  # ten seconds left: within the margin
    emulator.auth_clock.advance(300 - 10)

    with crm_for(emulator, tokens, rejections) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN

    assert tokens.access_token() != first
    assert rejections.calls == 0  # the gateway never saw the old token
    assert stored(memory_keyring, emulator) not in (None, first_refresh)  # rotated, and stored again


def test_a_rejected_token_is_refreshed_once_and_the_request_replayed(signed_in, emulator):
    tokens, clock, _ = signed_in
    first = tokens.access_token()
    emulator.auth_clock.advance(301)  # expired for the gateway, not yet for this computer's clock
    clock.now += 60

    with crm_for(emulator, tokens) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN

    assert tokens.access_token() != first


def test_many_rejected_requests_share_one_refresh(signed_in, emulator):
    tokens, clock, _ = signed_in
    emulator.auth_clock.advance(301)
    clock.now += 60
    refreshes = Counting(lambda: None)
    original = tokens.oidc.refresh
    tokens.oidc.refresh = lambda token: (refreshes(), original(token))[1]  # type: ignore[method-assign]

    with crm_for(emulator, tokens) as crm, ThreadPoolExecutor(4) as pool:
        details = list(pool.map(lambda _: crm.meter_detail(GUIDE_EAN), range(4)))

    assert [d.EAN for d in details] == [GUIDE_EAN] * 4
    assert refreshes.calls == 1


def test_a_revoked_session_ends_once_and_forgets_the_stored_token(signed_in, emulator, memory_keyring):
    tokens, clock, ended = signed_in
    emulator.oidc.end_sessions(DEMO_MANAGER)
    emulator.auth_clock.advance(301)
    clock.now += 60

    with crm_for(emulator, tokens) as crm, pytest.raises(AuthenticationError):
        crm.meter_detail(GUIDE_EAN)

    assert len(ended) == 1 and ended[0].session_ended
    assert not tokens.signed_in and tokens.access_token() is None
    assert stored(memory_keyring, emulator) is None
    assert tokens.refresh_after_rejection() is False and len(ended) == 1


def test_a_session_revoked_just_after_a_refresh_ends_at_the_first_rejection(signed_in, emulator,
                                                                           memory_keyring):
    tokens, clock, ended = signed_in
    clock.now += 300 - 10  # within the margin: the next request refreshes first
    emulator.auth_clock.advance(300 - 10)
    with crm_for(emulator, tokens) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    refreshed = tokens.access_token()
    clock.now += 2  # two seconds later, an administrator ends the session
    emulator.oidc.end_sessions(DEMO_MANAGER)

    with crm_for(emulator, tokens) as crm, pytest.raises(AuthenticationError):
        crm.meter_detail(GUIDE_EAN)  # the gateway refuses the token just obtained

    assert refreshed is not None and len(ended) == 1 and ended[0].session_ended
    assert not tokens.signed_in and stored(memory_keyring, emulator) is None


def test_a_rejected_token_that_cannot_be_refreshed_is_an_offline_error(signed_in, emulator):
    tokens, clock, ended = signed_in
    emulator.auth_clock.advance(301)  # expired for the gateway, not yet for this computer's clock
    clock.now += 60
    emulator.faults.add(path="/realms/", status=503, times=1)

    with crm_for(emulator, tokens) as crm:
        with pytest.raises(ConnectionFailedError, match="Could not refresh the sign-in"):
            crm.meter_detail(GUIDE_EAN)
        assert tokens.signed_in and ended == []  # the provider could not be asked: the session goes on
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN  # and works again once it answers


def test_an_unreachable_provider_is_an_offline_error_once_the_token_expired(signed_in, emulator):
    tokens, clock, _ = signed_in
    clock.now += 240  # refresh due, token still valid: the current token is used
    emulator.faults.add(path="/realms/", status=503, times=1)
    assert tokens.access_token() is not None
    clock.now += 120  # expired on this computer's clock too
    emulator.faults.add(path="/realms/", status=503, times=1)
    with pytest.raises(ConnectionFailedError):
        tokens.access_token()
    assert tokens.signed_in  # the session is not over: the provider only could not be asked


def test_a_deferred_restore_signs_in_at_the_first_request(signed_in, oidc_client, emulator):
    tokens, _, _ = signed_in
    later = TokenManager(oidc_client, RefreshTokenStore(emulator.issuer_url))
    later.defer_restore(DEMO_MANAGER)
    assert not later.signed_in

    with crm_for(emulator, later) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN

    assert later.user == DEMO_MANAGER


def test_a_deferred_restore_without_a_stored_token_ends_the_session(oidc_client, emulator):
    ended: list[SignInError] = []
    tokens = TokenManager(oidc_client, RefreshTokenStore(emulator.issuer_url), on_session_ended=ended.append)
    tokens.defer_restore(DEMO_MANAGER)
    assert tokens.access_token() is None
    assert len(ended) == 1 and tokens.restorable_user is None


def test_without_a_password_store_the_session_lives_in_memory(oidc_client, emulator):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    emulator.oidc.auto_approve = DEMO_MANAGER
    tokens = TokenManager(oidc_client, RefreshTokenStore(emulator.issuer_url))
    browser = ScriptedBrowser(emulator)

    remembered = tokens.start(browser_sign_in(oidc_client, show=browser.in_background(browser.sign_in),
                                              pages=PAGES, timeout=10))

    assert remembered is False and not tokens.can_remember
    with crm_for(emulator, tokens) as crm:
        assert crm.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
    with pytest.raises(KeyringUnavailableError):
        RefreshTokenStore(emulator.issuer_url).load(DEMO_MANAGER)


def test_ending_the_session_hands_back_what_to_revoke(signed_in, emulator):
    tokens, _, _ = signed_in
    ended = tokens.end()
    assert ended is not None and ended.user == DEMO_MANAGER and ended.refresh_token
    assert ended.refresh_token not in repr(ended)
    assert tokens.access_token() is None and tokens.end() is None
