"""The emulator's OpenID provider, by HTTP as any client sees it: discovery, the authorization page, the
code exchange with PKCE, refresh tokens, the end of a session, the gateway accepting its tokens, its two
profiles (like Keycloak, like a plainer standard provider), and the browser's single sign-on: what a
browser that keeps cookies sees after signing in, after ``prompt=login``, and after each way of ending a
session."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from optimce_desktop.emulator import DEMO_MANAGER, MEMBER_ONLY, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.emulator.auth import subject_of
from optimce_desktop.emulator.oidc import (
    CODE_LIFETIME,
    KEYCLOAK,
    OIDC_PATH,
    SSO_COOKIE,
    SSO_LIFETIME,
    STANDARD,
)
from tests.emulator.support import data

VERIFIER = "v" * 64
REDIRECT = "http://127.0.0.1:51234/callback"


def challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def authorize_url(emulator: EmulatorServer, **changes: str) -> str:
    params = {"response_type": "code", "client_id": "optimce-desktop", "redirect_uri": REDIRECT,
              "scope": "openid offline_access", "state": "st4te", "nonce": "n0nce",
              "code_challenge": challenge(VERIFIER), "code_challenge_method": "S256", **changes}
    return f"{emulator.base_url}{OIDC_PATH}/auth?{urlencode({k: v for k, v in params.items() if v})}"


def redirect_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    return {name: values[0] for name, values in parse_qs(location.query).items()}


def code_for(emulator: EmulatorServer, user: str = DEMO_MANAGER) -> str:
    emulator.oidc.auto_approve = user
    params = redirect_params(httpx.get(authorize_url(emulator)))
    assert params["state"] == "st4te" and params["iss"] == emulator.issuer_url
    return params["code"]


def token_request(emulator: EmulatorServer, **form: str) -> httpx.Response:
    return httpx.post(f"{emulator.base_url}{OIDC_PATH}/token", data={"client_id": "optimce-desktop", **form})


def exchange(emulator: EmulatorServer, code: str, verifier: str = VERIFIER) -> httpx.Response:
    return token_request(emulator, grant_type="authorization_code", code=code, redirect_uri=REDIRECT,
                         code_verifier=verifier)


def assert_oauth_error(response: httpx.Response, error: str, status: int = 400) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"] == error


def communities(emulator: EmulatorServer, access_token: str) -> httpx.Response:
    return httpx.get(f"{emulator.base_url}/communities/my-communities",
                     headers={"Authorization": f"Bearer {access_token}"})


def test_discovery_names_the_realms_endpoints(emulator: EmulatorServer) -> None:
    document = httpx.get(f"{emulator.issuer_url}/.well-known/openid-configuration").json()
    assert document["issuer"] == emulator.issuer_url.rstrip("/")
    assert document["authorization_endpoint"] == f"{emulator.issuer_url}/protocol/openid-connect/auth"
    assert document["code_challenge_methods_supported"] == ["S256"]
    keys = httpx.get(document["jwks_uri"]).json()["keys"]
    assert [key["kty"] for key in keys] == ["EC"] and "d" not in keys[0]


def test_a_code_becomes_tokens_the_gateway_accepts(emulator: EmulatorServer) -> None:
    answer = exchange(emulator, code_for(emulator))
    assert answer.status_code == 200, answer.text
    tokens = answer.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 300
    assert tokens["refresh_token"] and tokens["id_token"]
    names = [c["name"] for c in data(communities(emulator, tokens["access_token"]))]
    assert "CE Les Tournesols" in names
    assert communities(emulator, tokens["id_token"]).status_code == 401  # an ID token is no access token


def test_a_code_serves_once_and_a_replay_ends_its_session(emulator: EmulatorServer) -> None:
    code = code_for(emulator)
    refresh_token = exchange(emulator, code).json()["refresh_token"]
    assert_oauth_error(exchange(emulator, code), "invalid_grant")
    assert_oauth_error(token_request(emulator, grant_type="refresh_token", refresh_token=refresh_token),
                       "invalid_grant")


@pytest.mark.parametrize("verifier", ["w" * 64, ""], ids=["wrong", "missing"])
def test_the_code_verifier_must_match_the_challenge(emulator: EmulatorServer, verifier: str) -> None:
    answer = exchange(emulator, code_for(emulator), verifier=verifier)
    assert_oauth_error(answer, "invalid_grant")
    assert "PKCE" in answer.json()["error_description"]


def test_a_code_expires_after_a_minute(emulator: EmulatorServer) -> None:
    code = code_for(emulator)
    emulator.auth_clock.advance(CODE_LIFETIME + 1)
    assert_oauth_error(exchange(emulator, code), "invalid_grant")


def test_the_redirect_uri_must_be_the_authorized_one(emulator: EmulatorServer) -> None:
    answer = token_request(emulator, grant_type="authorization_code", code=code_for(emulator),
                           redirect_uri="http://127.0.0.1:1/callback", code_verifier=VERIFIER)
    assert_oauth_error(answer, "invalid_grant")


def test_refresh_tokens_rotate(emulator: EmulatorServer) -> None:
    first = exchange(emulator, code_for(emulator)).json()["refresh_token"]
    answer = token_request(emulator, grant_type="refresh_token", refresh_token=first)
    assert answer.status_code == 200, answer.text
    second = answer.json()["refresh_token"]
    assert second != first
    assert_oauth_error(token_request(emulator, grant_type="refresh_token", refresh_token=first),
                       "invalid_grant")
    assert token_request(emulator, grant_type="refresh_token", refresh_token=second).status_code == 200


def test_ending_the_session_stops_its_refresh_tokens(emulator: EmulatorServer) -> None:
    tokens = exchange(emulator, code_for(emulator)).json()
    logout = httpx.post(f"{emulator.base_url}{OIDC_PATH}/logout",
                        data={"client_id": "optimce-desktop", "refresh_token": tokens["refresh_token"]})
    assert logout.status_code == 204
    assert emulator.oidc.active_sessions() == 0
    assert_oauth_error(token_request(emulator, grant_type="refresh_token",
                                     refresh_token=tokens["refresh_token"]), "invalid_grant")


def test_revoking_a_refresh_token_ends_its_session(emulator: EmulatorServer) -> None:
    tokens = exchange(emulator, code_for(emulator)).json()
    revoke = httpx.post(f"{emulator.base_url}{OIDC_PATH}/revoke",
                        data={"client_id": "optimce-desktop", "token": tokens["refresh_token"],
                              "token_type_hint": "refresh_token"})
    assert revoke.status_code == 200
    assert emulator.oidc.active_sessions() == 0


def test_an_administrator_ends_a_users_sessions(emulator: EmulatorServer) -> None:
    exchange(emulator, code_for(emulator, DEMO_MANAGER))
    exchange(emulator, code_for(emulator, MEMBER_ONLY))
    assert emulator.oidc.end_sessions(DEMO_MANAGER) == 1
    assert emulator.oidc.active_sessions() == 1


@pytest.mark.parametrize(
    ("changes", "error"),
    [({"code_challenge_method": "plain"}, "invalid_request"), ({"code_challenge": ""}, "invalid_request"),
     ({"response_type": "token"}, "unsupported_response_type"), ({"scope": "profile"}, "invalid_scope")],
    ids=["plain-pkce", "no-pkce", "implicit", "no-openid"],
)
def test_authorization_errors_go_back_to_the_app(emulator: EmulatorServer, changes, error) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    params = redirect_params(httpx.get(authorize_url(emulator, **changes)))
    assert params["error"] == error and params["state"] == "st4te" and "code" not in params


@pytest.mark.parametrize(
    "changes",
    [{"redirect_uri": "http://evil.example/callback"}, {"redirect_uri": "https://127.0.0.1.evil.example/cb"},
     {"client_id": "someone-else"}],
    ids=["remote-redirect", "lookalike-host", "unknown-client"],
)
def test_an_unsafe_redirect_or_an_unknown_client_gets_no_redirect(emulator: EmulatorServer, changes) -> None:
    emulator.oidc.auto_approve = DEMO_MANAGER
    answer = httpx.get(authorize_url(emulator, **changes))
    assert answer.status_code == 400 and "location" not in answer.headers


def test_the_login_form_signs_the_chosen_user_in_or_cancels(emulator: EmulatorServer) -> None:
    action = f"{emulator.base_url}{OIDC_PATH}/auth"
    with httpx.Client() as browser:
        form = browser.get(authorize_url(emulator, login_hint=MEMBER_ONLY))
        assert form.status_code == 200 and f'value="{MEMBER_ONLY}"' in form.text
        request_id = form.text.split('name="request_id" value="')[1].split('"')[0]
        unknown = browser.post(action, data={"request_id": request_id, "username": "mallory",
                                             "action": "approve"})
        assert unknown.status_code == 400 and "Unknown user" in unknown.text
        request_id = unknown.text.split('name="request_id" value="')[1].split('"')[0]
        approved = redirect_params(browser.post(action, data={"request_id": request_id,
                                                              "username": MEMBER_ONLY, "action": "approve"}))
        assert approved["state"] == "st4te"
        tokens = exchange(emulator, approved["code"]).json()
        headers = {"Authorization": f"Bearer {tokens['access_token']}", "X-Community-ID": TOURNESOLS_AUTH_ID}
        assert httpx.get(f"{emulator.base_url}/meters", headers=headers).status_code == 403  # a MEMBER

    with httpx.Client() as browser:  # another browser: no single sign-on there
        form = browser.get(authorize_url(emulator))
        request_id = form.text.split('name="request_id" value="')[1].split('"')[0]
        cancelled = redirect_params(browser.post(action, data={"request_id": request_id, "action": "cancel"}))
        assert cancelled["error"] == "access_denied" and cancelled["state"] == "st4te"


def test_an_access_token_expires_with_the_clock(emulator: EmulatorServer) -> None:
    tokens = exchange(emulator, code_for(emulator)).json()
    assert communities(emulator, tokens["access_token"]).status_code == 200
    emulator.auth_clock.advance(tokens["expires_in"])
    assert communities(emulator, tokens["access_token"]).status_code == 401


# -- the provider's profiles: like Keycloak (the default), or like a plainer standard provider -----------

def id_token_claims(emulator: EmulatorServer, id_token: str) -> dict:
    keys = KeySet.import_key_set(httpx.get(f"{emulator.base_url}{OIDC_PATH}/certs").json())
    return jwt.decode(id_token, keys).claims


def logout_url(emulator: EmulatorServer, **params: str) -> str:
    return f"{emulator.base_url}{OIDC_PATH}/logout?{urlencode(params)}"


def test_a_standard_provider_offers_no_revocation_and_signs_with_rs256(emulator: EmulatorServer) -> None:
    emulator.oidc.profile = STANDARD
    document = httpx.get(f"{emulator.issuer_url}/.well-known/openid-configuration").json()
    assert "revocation_endpoint" not in document
    assert document["end_session_endpoint"] == f"{emulator.issuer_url}/end-session"  # not Keycloak's
    assert document["id_token_signing_alg_values_supported"] == ["RS256"]
    assert [key["kty"] for key in httpx.get(document["jwks_uri"]).json()["keys"]] == ["RSA"]
    tokens = exchange(emulator, code_for(emulator)).json()
    revoke = httpx.post(f"{emulator.base_url}{OIDC_PATH}/revoke",
                        data={"client_id": "optimce-desktop", "token": tokens["refresh_token"]})
    assert revoke.status_code == 404 and emulator.oidc.active_sessions() == 1
    assert data(communities(emulator, tokens["access_token"]))  # its RS256 access token is accepted


@pytest.mark.parametrize("profile", [KEYCLOAK, STANDARD], ids=lambda p: p.name)
@pytest.mark.parametrize("scope", ["openid offline_access", "openid profile offline_access"],
                         ids=["without-profile", "with-profile"])
def test_the_id_token_names_the_user_as_the_profile_says(emulator: EmulatorServer, profile, scope) -> None:
    emulator.oidc.profile = profile
    emulator.oidc.auto_approve = DEMO_MANAGER
    code = redirect_params(httpx.get(authorize_url(emulator, scope=scope)))["code"]
    claims = id_token_claims(emulator, exchange(emulator, code).json()["id_token"])
    named = profile.username_without_profile_scope or "profile" in scope.split()
    assert claims.get("preferred_username") == (DEMO_MANAGER if named else None)
    assert claims["sub"] == subject_of(DEMO_MANAGER)


@pytest.mark.parametrize("profile", [KEYCLOAK, STANDARD], ids=lambda p: p.name)
def test_the_browsers_logout_ends_the_session_and_goes_back_to_the_app(emulator: EmulatorServer,
                                                                      profile) -> None:
    emulator.oidc.profile = profile
    tokens = exchange(emulator, code_for(emulator)).json()
    answer = httpx.get(logout_url(emulator, id_token_hint=tokens["id_token"], client_id="optimce-desktop",
                                  post_logout_redirect_uri=REDIRECT, state="0ut"))
    assert redirect_params(answer) == {"state": "0ut"}
    assert emulator.oidc.active_sessions() == 0
    assert communities(emulator, tokens["access_token"]).status_code == 401  # the gateway notices at once


def test_a_post_from_the_app_alone_does_not_end_a_standard_providers_session(
        emulator: EmulatorServer) -> None:
    """What the app used to do: a standard provider's session lives in the browser, the POST ends nothing
    (and its 302 answer is no error)."""
    emulator.oidc.profile = STANDARD
    tokens = exchange(emulator, code_for(emulator)).json()
    answer = httpx.post(f"{emulator.base_url}{OIDC_PATH}/logout",
                        data={"client_id": "optimce-desktop", "refresh_token": tokens["refresh_token"],
                              "post_logout_redirect_uri": REDIRECT})
    assert answer.status_code == 302 and emulator.oidc.active_sessions() == 1
    assert token_request(emulator, grant_type="refresh_token",
                         refresh_token=tokens["refresh_token"]).status_code == 200


def test_the_logout_sends_the_browser_only_to_a_loopback_address(emulator: EmulatorServer) -> None:
    tokens = exchange(emulator, code_for(emulator)).json()
    answer = httpx.get(logout_url(emulator, id_token_hint=tokens["id_token"],
                                  post_logout_redirect_uri="https://evil.example/"))
    assert answer.status_code == 400 and "location" not in answer.headers
    assert emulator.oidc.active_sessions() == 1


def test_every_secret_of_a_sign_in_is_known_to_the_leak_tests(emulator: EmulatorServer) -> None:
    tokens = exchange(emulator, code_for(emulator)).json()
    seen = emulator.oidc.secrets_seen()
    assert {"st4te", "n0nce", challenge(VERIFIER), VERIFIER} <= seen
    assert {tokens["access_token"], tokens["refresh_token"], tokens["id_token"]} <= seen


# -- the browser's single sign-on ------------------------------------------------------------------------

def endpoint(emulator: EmulatorServer, name: str) -> str:
    """An endpoint as the discovery of the provider's current profile names it."""
    return httpx.get(f"{emulator.issuer_url}/.well-known/openid-configuration").json()[name]


def authorize_at(emulator: EmulatorServer, **changes: str) -> str:
    """``authorize_url`` at the authorization endpoint of the provider's current profile."""
    return authorize_url(emulator, **changes).replace(f"{emulator.base_url}{OIDC_PATH}/auth",
                                                      endpoint(emulator, "authorization_endpoint"))


def shows_the_login_form(answer: httpx.Response) -> bool:
    return answer.status_code == 200 and 'name="request_id"' in answer.text


def sign_in_at_the_form(browser: httpx.Client, emulator: EmulatorServer, user: str, **changes: str) -> dict:
    """Signs ``user`` in on the login form in ``browser``; the tokens of the code it brought back."""
    url = authorize_at(emulator, **changes)
    form = browser.get(url)
    assert shows_the_login_form(form), form.text
    request_id = form.text.split('name="request_id" value="')[1].split('"')[0]
    code = redirect_params(browser.post(url.split("?")[0], data={"request_id": request_id, "username": user,
                                                                 "action": "approve"}))["code"]
    return exchange(emulator, code).json()


def signed_in_again_without_the_form(browser: httpx.Client, emulator: EmulatorServer, **changes: str) -> dict:
    """The tokens of a sign-in that the browser's single sign-on approved at once."""
    answer = browser.get(authorize_at(emulator, **changes))
    assert answer.status_code == 302, answer.text
    return exchange(emulator, redirect_params(answer)["code"]).json()


@pytest.fixture(params=[KEYCLOAK, STANDARD], ids=lambda p: p.name)
def profile(request: pytest.FixtureRequest, emulator: EmulatorServer):
    emulator.oidc.profile = request.param
    return request.param


def test_the_login_form_signs_the_browser_in_for_the_next_sign_ins(emulator: EmulatorServer, profile) -> None:
    with httpx.Client() as browser:
        first = sign_in_at_the_form(browser, emulator, MEMBER_ONLY)
        [cookie] = [c for c in browser.cookies.jar if c.name == SSO_COOKIE]
        assert cookie.path == "/realms/optimce-realm" and cookie.has_nonstandard_attr("HttpOnly")
        assert cookie.value in emulator.oidc.secrets_seen()

        emulator.auth_clock.advance(60)
        again = signed_in_again_without_the_form(browser, emulator, login_hint=DEMO_MANAGER)

    claims = id_token_claims(emulator, again["id_token"])
    assert claims["sub"] == subject_of(MEMBER_ONLY)  # the browser's user, whatever the hint says
    assert claims["auth_time"] == id_token_claims(emulator, first["id_token"])["auth_time"]
    assert emulator.oidc.single_sign_on_sessions(MEMBER_ONLY) == 1 and emulator.oidc.active_sessions() == 2
    with httpx.Client() as another_browser:
        assert shows_the_login_form(another_browser.get(authorize_at(emulator)))


def test_prompt_login_shows_the_form_to_a_signed_in_browser(emulator: EmulatorServer, profile) -> None:
    with httpx.Client() as browser:
        sign_in_at_the_form(browser, emulator, MEMBER_ONLY)

        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER, prompt="login")

        assert id_token_claims(emulator, tokens["id_token"])["sub"] == subject_of(DEMO_MANAGER)
        again = signed_in_again_without_the_form(browser, emulator)
        assert id_token_claims(emulator, again["id_token"])["sub"] == subject_of(DEMO_MANAGER)
    assert emulator.oidc.single_sign_on_sessions(MEMBER_ONLY) == 0
    assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1


def test_the_demos_provider_approves_at_once_even_when_asked_to_authenticate(emulator) -> None:
    """It authenticates nobody: ``prompt=login`` (after signing out of the demo) changes nothing there."""
    emulator.oidc.auto_approve = DEMO_MANAGER
    assert "code" in redirect_params(httpx.get(authorize_url(emulator, prompt="login")))


def test_a_forged_single_sign_on_cookie_signs_nobody_in(emulator: EmulatorServer, profile) -> None:
    with httpx.Client() as browser:
        sign_in_at_the_form(browser, emulator, DEMO_MANAGER)
    with httpx.Client(cookies={SSO_COOKIE: "a-guessed-value"}) as forger:
        assert shows_the_login_form(forger.get(authorize_at(emulator)))


def test_the_single_sign_on_ends_with_its_lifetime_not_the_apps_session(emulator: EmulatorServer,
                                                                       profile) -> None:
    with httpx.Client() as browser:
        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER)
        emulator.auth_clock.advance(SSO_LIFETIME)

        assert shows_the_login_form(browser.get(authorize_at(emulator)))
    assert token_request(emulator, grant_type="refresh_token",
                         refresh_token=tokens["refresh_token"]).status_code == 200  # offline_access


def test_keycloaks_revocation_ends_the_apps_session_but_not_the_browsers(emulator: EmulatorServer) -> None:
    with httpx.Client() as browser:
        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER)

        revoke = httpx.post(endpoint(emulator, "revocation_endpoint"),
                            data={"client_id": "optimce-desktop", "token": tokens["refresh_token"]})

        assert revoke.status_code == 200 and emulator.oidc.active_sessions() == 0
        assert_oauth_error(token_request(emulator, grant_type="refresh_token",
                                         refresh_token=tokens["refresh_token"]), "invalid_grant")
        assert communities(emulator, tokens["access_token"]).status_code == 401
        assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1
        # the next person at this browser would be signed in as this user
        again = signed_in_again_without_the_form(browser, emulator)
        assert id_token_claims(emulator, again["id_token"])["sub"] == subject_of(DEMO_MANAGER)


def test_keycloaks_back_channel_logout_ends_the_browsers_session_too(emulator: EmulatorServer) -> None:
    with httpx.Client() as browser:
        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER)
        with httpx.Client() as elsewhere:
            sign_in_at_the_form(elsewhere, emulator, MEMBER_ONLY)  # someone else, at another computer
        logout = endpoint(emulator, "end_session_endpoint")
        form = {"client_id": "optimce-desktop", "refresh_token": tokens["refresh_token"]}

        wrong_client = httpx.post(logout, data={**form, "client_id": "someone-else"})
        assert_oauth_error(wrong_client, "invalid_client", 401)
        ended = httpx.post(logout, data=form)

        assert ended.status_code == 204
        assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 0
        assert emulator.oidc.active_sessions(DEMO_MANAGER) == 0 and emulator.oidc.active_sessions() == 1
        assert shows_the_login_form(browser.get(authorize_at(emulator)))
        assert_oauth_error(httpx.post(logout, data=form), "invalid_grant")


def test_the_browsers_logout_ends_its_single_sign_on(emulator: EmulatorServer, profile) -> None:
    with httpx.Client() as browser:
        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER)
        logout = endpoint(emulator, "end_session_endpoint")

        answer = browser.get(logout, params={"id_token_hint": tokens["id_token"], "state": "0ut",
                                             "post_logout_redirect_uri": REDIRECT})

        assert redirect_params(answer) == {"state": "0ut"}
        assert [c for c in browser.cookies.jar if c.name == SSO_COOKIE] == []
        assert emulator.oidc.single_sign_on_sessions() == 0 and emulator.oidc.active_sessions() == 0
        assert shows_the_login_form(browser.get(authorize_at(emulator)))


def test_a_standard_provider_ignores_a_refresh_token_at_its_end_session_endpoint(
        emulator: EmulatorServer) -> None:
    emulator.oidc.profile = STANDARD
    with httpx.Client() as browser:
        tokens = sign_in_at_the_form(browser, emulator, DEMO_MANAGER)

        answer = httpx.post(endpoint(emulator, "end_session_endpoint"),
                            data={"client_id": "optimce-desktop", "refresh_token": tokens["refresh_token"]})

        assert answer.status_code == 200 and emulator.oidc.active_sessions() == 1
        assert emulator.oidc.single_sign_on_sessions(DEMO_MANAGER) == 1
