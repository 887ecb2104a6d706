"""The OIDC client against the emulator's provider: discovery, a whole sign-in through a scripted browser,
a sign-in that asks the provider to authenticate a signed-in browser again, and each way the code exchange
or a refresh is refused."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from optimce_desktop.crm import CrmClient
from optimce_desktop.crm.auth import (
    OidcClient,
    RedirectPages,
    ServerConfig,
    SignInError,
    SignInFailure,
    browser_sign_in,
    follow_to_redirect,
)
from optimce_desktop.crm.auth.identity import user_name
from optimce_desktop.crm.auth.oidc import is_keycloak_logout
from optimce_desktop.crm.transport import AddressError
from optimce_desktop.emulator import DEMO_MANAGER, MEMBER_ONLY, EmulatorServer
from optimce_desktop.emulator.auth import subject_of
from optimce_desktop.emulator.oidc import CODE_LIFETIME, ProviderProfile
from tests.fixtures.auth import ScriptedBrowser

PAGES = RedirectPages("Signed in", "You can close this tab.", "Not signed in", "Go back to the app.")


def sign_in(oidc: OidcClient, browser: ScriptedBrowser, **options):
    return browser_sign_in(oidc, show=browser.in_background(browser.sign_in), pages=PAGES, timeout=10,
                           **options)


def test_discovery_reads_and_checks_the_providers_metadata(oidc_client: OidcClient, emulator: EmulatorServer,
                                                           provider_profile: ProviderProfile) -> None:
    metadata = oidc_client.discover()
    assert metadata.issuer == emulator.issuer_url
    assert metadata.token_endpoint.startswith(emulator.issuer_url)
    assert metadata.end_session_endpoint
    assert bool(metadata.revocation_endpoint) is provider_profile.revocation


def test_discovery_refuses_a_document_naming_another_issuer(emulator: EmulatorServer) -> None:
    # The same server under another name: its document states the issuer it was set up with.
    config = ServerConfig(emulator.base_url, emulator.issuer_url.replace("127.0.0.1", "localhost"))
    with OidcClient(config) as client, pytest.raises(SignInError) as caught:
        client.discover()
    assert caught.value.reason is SignInFailure.INVALID_ANSWER and "another issuer" in caught.value.detail


def test_a_whole_sign_in_gives_tokens_the_crm_accepts(oidc_client, browser, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER

    tokens = sign_in(oidc_client, browser)

    assert tokens.user == DEMO_MANAGER and tokens.refresh_token and tokens.expires_in == 300
    page = browser.last_page()
    assert page.status_code == 200 and "You can close this tab." in page.text
    assert page.headers["cache-control"] == "no-store"
    with CrmClient(emulator.base_url, lambda: tokens.access_token) as crm:
        assert "CE Les Tournesols" in [c.name for c in crm.my_communities()]


def test_the_browser_may_sign_in_on_the_providers_form(oidc_client, browser) -> None:
    tokens = sign_in(oidc_client, browser, login_hint=DEMO_MANAGER)
    assert tokens.user == DEMO_MANAGER
    assert "login_hint=demo-manager" in browser.opened[0]


def test_a_sign_in_may_ask_the_provider_to_authenticate_a_signed_in_browser_again(oidc_client,
                                                                                   browser) -> None:
    first = sign_in(oidc_client, browser)
    browser.user = MEMBER_ONLY  # someone else sits down at the same browser

    silently = sign_in(oidc_client, browser)
    asked = sign_in(oidc_client, browser, reauthenticate=True)

    assert (first.user, silently.user, asked.user) == (DEMO_MANAGER, DEMO_MANAGER, MEMBER_ONLY)
    assert browser.forms == [DEMO_MANAGER, MEMBER_ONLY]
    assert [httpx.URL(url).params.get("prompt") for url in browser.opened] == [None, None, "login"]


def test_only_a_keycloak_realm_is_sent_the_refresh_token_to_end_the_users_session(
        oidc_client, provider_profile: ProviderProfile) -> None:
    assert oidc_client.discover().ends_user_session_on_request is provider_profile.back_channel_logout


REALM = "https://sso.example.be/realms/optimce-realm"
LOGOUT = "/protocol/openid-connect/logout"


@pytest.mark.parametrize(
    ("issuer", "end_session_endpoint", "keycloak"),
    [(REALM, REALM + LOGOUT, True),
     ("https://sso.example.be/auth/realms/r", "https://sso.example.be/auth/realms/r" + LOGOUT, True),
     (REALM, f"{REALM}/end-session", False),
     ("https://login.example.be", "https://login.example.be" + LOGOUT, False),
     (REALM, "https://elsewhere.example.be/realms/optimce-realm" + LOGOUT, False),
     (REALM, None, False)],
    ids=["keycloak", "keycloak-before-17", "other-path", "not-a-realm", "other-host", "no-end-session"],
)
def test_a_keycloak_realm_is_known_by_its_own_end_session_endpoint(issuer, end_session_endpoint,
                                                                   keycloak) -> None:
    assert is_keycloak_logout(issuer, end_session_endpoint) is keycloak


def test_the_authorization_request_uses_pkce_s256_state_and_nonce(oidc_client) -> None:
    first = oidc_client.authorization_request("http://127.0.0.1:5000/callback")
    second = oidc_client.authorization_request("http://127.0.0.1:5000/callback")
    assert "code_challenge_method=S256" in first.url and "code_challenge=" in first.url
    assert first.code_verifier not in first.url and len(first.code_verifier) >= 43
    assert first.state != second.state and first.nonce != second.nonce
    assert first.code_verifier != second.code_verifier
    assert first.code_verifier not in repr(first)


def authorized_code(oidc: OidcClient, browser: ScriptedBrowser, redirect_uri: str):
    request = oidc.authorization_request(redirect_uri)
    location = browser.authorize(request.url)
    code = httpx.URL(location).params["code"]
    return request, code


def test_a_wrong_verifier_is_refused(oidc_client, browser, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    request, code = authorized_code(oidc_client, browser, "http://127.0.0.1:5000/callback")
    with pytest.raises(SignInError) as caught:
        oidc_client.exchange_code(dataclasses.replace(request, code_verifier="x" * 64), code)
    assert caught.value.reason is SignInFailure.REJECTED and caught.value.error == "invalid_grant"


def test_an_expired_code_is_refused(oidc_client, browser, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    request, code = authorized_code(oidc_client, browser, "http://127.0.0.1:5000/callback")
    emulator.auth_clock.advance(CODE_LIFETIME + 1)
    with pytest.raises(SignInError) as caught:
        oidc_client.exchange_code(request, code)
    assert caught.value.reason is SignInFailure.REJECTED


def test_an_id_token_for_another_sign_in_is_refused(oidc_client, browser, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    request, code = authorized_code(oidc_client, browser, "http://127.0.0.1:5000/callback")
    with pytest.raises(SignInError) as caught:
        oidc_client.exchange_code(dataclasses.replace(request, nonce="another sign-in"), code)
    assert caught.value.reason is SignInFailure.INVALID_ANSWER and "nonce" in caught.value.detail


def test_refresh_rotates_and_the_old_refresh_token_is_refused(oidc_client, browser, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    tokens = sign_in(oidc_client, browser)
    assert tokens.refresh_token is not None

    fresh = oidc_client.refresh(tokens.refresh_token)

    assert fresh.user == DEMO_MANAGER and fresh.refresh_token != tokens.refresh_token
    with pytest.raises(SignInError) as caught:
        oidc_client.refresh(tokens.refresh_token)
    assert caught.value.session_ended


def test_the_user_is_named_by_their_username_on_every_provider(oidc_client, browser, emulator) -> None:
    """The app asks for the profile scope: a standard provider then names the user, not only ``sub``."""
    tokens = sign_in(oidc_client, browser)
    assert tokens.user == DEMO_MANAGER and tokens.subject == subject_of(DEMO_MANAGER)
    scope = httpx.URL(browser.opened[0]).params["scope"].split()
    assert scope == ["openid", "profile", "offline_access"]  # email: the emulator does not offer it


def test_without_the_profile_scope_a_standard_provider_names_nobody_but_sub(server_config, browser, emulator,
                                                                            provider_profile) -> None:
    """What the app saw before it asked for ``profile``: the user named "1" (their ``sub``) everywhere."""
    config = dataclasses.replace(server_config, scope="openid offline_access")
    with OidcClient(config, clock=emulator.auth_clock) as oidc:
        tokens = sign_in(oidc, browser)
    expected = DEMO_MANAGER if provider_profile.username_without_profile_scope else subject_of(DEMO_MANAGER)
    assert tokens.user == expected


@pytest.mark.parametrize(
    ("claims", "name"),
    [({"sub": "1", "preferred_username": "alice", "email": "a@example.be"}, "alice"),
     ({"sub": "1", "email": "a@example.be"}, "a@example.be"),
     ({"sub": "1", "preferred_username": "", "email": " "}, "1"),
     ({"sub": "1", "preferred_username": 7}, "1"),
     ({}, None)],
    ids=["username", "email", "empty-claims", "not-a-string", "nothing"],
)
def test_one_function_names_the_user_whatever_claims_come(claims, name) -> None:
    assert user_name(claims) == name


def test_an_unreachable_provider_is_said_so(emulator: EmulatorServer) -> None:
    config = ServerConfig(emulator.base_url, emulator.issuer_url)
    emulator.stop()
    with OidcClient(config, connect_timeout=1) as client, pytest.raises(SignInError) as caught:
        client.discover()
    assert caught.value.reason is SignInFailure.UNREACHABLE


@pytest.mark.parametrize(
    ("gateway", "issuer", "insecure"),
    [("http://crm.example.be", "https://sso.example.be/realms/r", True),
     ("https://crm.example.be", "http://sso.example.be/realms/r", True),
     ("https://crm.example.be", "sso.example.be", False)],
    ids=["http-gateway", "http-issuer", "no-scheme"],
)
def test_plain_http_to_another_machine_is_refused(gateway: str, issuer: str, insecure: bool) -> None:
    with pytest.raises(AddressError) as caught:
        ServerConfig(gateway, issuer).checked()
    assert caught.value.insecure is insecure
    assert "must use https" in str(caught.value) if insecure else "http(s) URL" in str(caught.value)


def test_loopback_http_and_https_are_accepted() -> None:
    ServerConfig("http://127.0.0.1:8800", "http://localhost:8800/realms/optimce-realm").checked()
    ServerConfig("https://crm.example.be", "https://sso.example.be/realms/optimce-realm").checked()


def test_tls_verification_cannot_be_turned_off(tmp_path) -> None:
    config = ServerConfig("https://crm.example.be", "https://sso.example.be/realms/r", ca_bundle=None)
    assert config.verify is True
    missing = ServerConfig("https://crm.example.be", "https://sso.example.be/realms/r",
                           ca_bundle=str(tmp_path / "missing.pem"))
    with pytest.raises(OSError):
        OidcClient(missing)


def test_following_the_demos_automatic_approval(oidc_client, emulator) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    tokens = browser_sign_in(oidc_client, show=ScriptedBrowser(emulator).in_background(follow_to_redirect),
                             pages=PAGES, timeout=10)
    assert tokens.user == DEMO_MANAGER


def test_the_automatic_approval_gives_up_when_the_provider_asks_the_user(oidc_client) -> None:
    request = oidc_client.authorization_request("http://127.0.0.1:5000/callback")
    with pytest.raises(SignInError) as caught:
        follow_to_redirect(request.url)
    assert caught.value.reason is SignInFailure.PROVIDER_ERROR
