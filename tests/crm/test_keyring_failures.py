"""A password store that fails in its own way (Windows' backend raises ``pywintypes.error``, not keyring's
errors: Credential Manager blocked by a policy, no logon session, a secret over its size limit) means "not
remembered": the sign-in and the refresh of the access token go on, and the app says so once."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from optimce_desktop.crm import CrmClient
from optimce_desktop.crm.keyring_store import KeyringUnavailableError, RefreshTokenStore
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, TOURNESOLS_AUTH_ID


class CredentialError(Exception):
    """Shaped like ``pywintypes.error``: (winerror, funcname, strerror), unrelated to keyring's errors."""


class FailingKeyring(KeyringBackend):
    """A backend whose every call raises what Windows' Credential Manager raises without a logon session."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def _fail(self, call: str) -> CredentialError:
        self.calls.append(call)
        return CredentialError(1312, call, "A specified logon session does not exist.")

    def get_password(self, service: str, username: str) -> str | None:
        raise self._fail("CredRead")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self._fail("CredWrite")

    def delete_password(self, service: str, username: str) -> None:
        raise self._fail("CredDelete")


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def failing_keyring() -> FailingKeyring:
    backend = FailingKeyring()
    keyring.set_keyring(backend)  # the autouse memory_keyring fixture puts the previous one back
    return backend


@pytest.mark.parametrize(("call", "action"), [
    (lambda store: store.load("someone"), "read"),
    (lambda store: store.save("someone", "a-refresh-token"), "store"),
    (lambda store: store.delete("someone"), "delete"),
], ids=["load", "save", "delete"])
def test_any_exception_of_the_backend_means_the_store_is_unavailable(failing_keyring, call, action) -> None:
    store = RefreshTokenStore("https://sso.example.be/realms/optimce-realm")

    with pytest.raises(KeyringUnavailableError) as raised:
        call(store)

    assert str(raised.value) == (f"Could not {action} the sign-in in the password store: CredentialError: "
                                 f"(1312, '{failing_keyring.calls[-1]}', 'A specified logon session does not "
                                 f"exist.')")
    assert isinstance(raised.value.__cause__, CredentialError)
    assert "a-refresh-token" not in str(raised.value)


def test_the_sign_in_and_the_refresh_go_on_and_the_app_says_once_it_will_not_remember(
        qtbot, make_session, browser, emulator, failing_keyring) -> None:
    clock = Clock()
    session, events = make_session(browser=browser.sign_in, clock=clock, wall_clock=emulator.auth_clock)

    session.sign_in()
    qtbot.waitUntil(lambda: bool(events.signed_in or events.failures), timeout=10_000)
    assert events.failures == [] and events.signed_in == [DEMO_MANAGER]
    assert "CredWrite" in failing_keyring.calls

    with CrmClient(emulator.base_url, session.access_token, community_id=TOURNESOLS_AUTH_ID,
                   on_unauthorized=session.refresh_after_rejection, get_retry_delays=()) as client:
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
        token_before = session.access_token()
        # Both clocks move past the access token's five minutes: the next request refreshes it first.
        clock.now += 301
        emulator.auth_clock.advance(301)
        assert client.meter_detail(GUIDE_EAN).EAN == GUIDE_EAN
        assert session.access_token() != token_before

    assert events.expired == [] and events.failures == []
    qtbot.waitUntil(lambda: bool(events.notices), timeout=5000)
    assert len(events.notices) == 1 and "will not be remembered" in events.notices[0]
