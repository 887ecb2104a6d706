"""The loopback listener of the sign-in redirect: what the browser may bring back, what a forged request
gets, and how waiting ends."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from optimce_desktop.crm.auth import LoopbackRedirect, RedirectPages, SignInError, SignInFailure

PAGES = RedirectPages("Signed in", "You can close this tab.", "Not signed in", "Go back to the app.",
                      language="fr")


def browse_later(*urls: str) -> list[httpx.Response]:
    """Requests ``urls`` in order from another thread (as the browser does while the app waits)."""
    answers: list[httpx.Response] = []

    def run() -> None:
        for url in urls:
            answers.append(httpx.get(url, timeout=5))

    threading.Thread(target=run, daemon=True).start()
    return answers


def answered(answers: list[httpx.Response], count: int) -> list[httpx.Response]:
    """The answers, once ``count`` of them came (the browsing thread may still be on its way)."""
    deadline = time.monotonic() + 5
    while len(answers) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return answers


def wait(listener: LoopbackRedirect, *, state: str = "good-state", timeout: float = 5.0, **options) -> str:
    """The code the browser brought back (redeemed as it is)."""
    return listener.wait(state, PAGES, redeem=lambda code: code, timeout=timeout, **options)


def test_the_redirect_uri_is_on_127_0_0_1_at_a_free_port() -> None:
    with LoopbackRedirect() as first, LoopbackRedirect() as second:
        assert first.redirect_uri.startswith("http://127.0.0.1:")
        assert first.redirect_uri.endswith("/callback")
        assert first.redirect_uri != second.redirect_uri


def test_the_code_of_the_matching_state_is_returned_and_the_browser_told_to_close_the_tab() -> None:
    with LoopbackRedirect() as listener:
        base = listener.redirect_uri.removesuffix("/callback")
        answers = browse_later(f"{base}/favicon.ico", f"{listener.redirect_uri}?code=abc&state=good-state")
        assert wait(listener) == "abc"
    deadline = time.monotonic() + 5
    while len(answers) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert answers[0].status_code == 404
    page = answers[1]
    assert page.status_code == 200 and "You can close this tab." in page.text and 'lang="fr"' in page.text
    assert page.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("query", "reason", "error"),
    [("code=abc&state=good-state&iss=https%3A%2F%2Fevil.example", SignInFailure.STATE_MISMATCH, None),
     ("error=access_denied&state=good-state", SignInFailure.DENIED, "access_denied"),
     ("error=temporarily_unavailable&error_description=later&state=good-state", SignInFailure.PROVIDER_ERROR,
      "temporarily_unavailable"),
     ("state=good-state", SignInFailure.INVALID_ANSWER, None)],
    ids=["other-issuer", "denied", "provider-error", "no-code"],
)
def test_a_redirect_that_is_not_a_good_answer_ends_the_wait(query: str, reason: SignInFailure,
                                                             error: str | None) -> None:
    with LoopbackRedirect() as listener:
        answers = browse_later(f"{listener.redirect_uri}?{query}")
        with pytest.raises(SignInError) as caught:
            wait(listener, issuer="https://sso.example.be/realms/r")
    assert caught.value.reason is reason and caught.value.error == error
    deadline = time.monotonic() + 5
    while not answers and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "Go back to the app." in answers[0].text


@pytest.mark.parametrize("forged", ["state=guess", "code=stolen&state=guess", "code=stolen", "",
                                    "error=access_denied&state=guess"],
                         ids=["guessed-state", "code-and-guessed-state", "no-state", "nothing", "error"])
def test_a_forged_callback_gets_400_and_the_genuine_redirect_still_signs_in(forged: str) -> None:
    """Any local process can reach the port: its request changes nothing, the listener keeps waiting."""
    with LoopbackRedirect() as listener:
        answers = browse_later(f"{listener.redirect_uri}?{forged}", f"{listener.redirect_uri}?{forged}",
                               f"{listener.redirect_uri}?code=abc&state=good-state")
        assert wait(listener) == "abc"
    forged_answer, again, genuine = answered(answers, 3)
    assert forged_answer.status_code == 400 and again.status_code == 400
    assert "This page is out of date" in forged_answer.text
    assert genuine.status_code == 200 and "You can close this tab." in genuine.text


def test_a_forged_callback_alone_leaves_the_sign_in_waiting_until_its_timeout() -> None:
    with LoopbackRedirect() as listener:
        answers = browse_later(f"{listener.redirect_uri}?state=guess")
        with pytest.raises(SignInError) as caught:
            wait(listener, timeout=0.5)
    assert caught.value.reason is SignInFailure.TIMED_OUT
    assert answered(answers, 1)[0].status_code == 400


def test_the_sign_out_redirect_with_its_state_ends_the_wait() -> None:
    with LoopbackRedirect() as listener:
        answers = browse_later(f"{listener.redirect_uri}?state=guess",
                               f"{listener.redirect_uri}?state=sign-out-state")
        listener.wait_for_sign_out("sign-out-state", PAGES, timeout=5)
    forged, genuine = answered(answers, 2)
    assert forged.status_code == 400
    assert genuine.status_code == 200 and "You can close this tab." in genuine.text


def test_waiting_ends_at_the_timeout() -> None:
    started = time.monotonic()
    with LoopbackRedirect() as listener, pytest.raises(SignInError) as caught:
        wait(listener, timeout=0.3)
    assert caught.value.reason is SignInFailure.TIMED_OUT
    assert time.monotonic() - started < 2


def test_waiting_ends_soon_after_the_caller_gives_up() -> None:
    give_up = threading.Event()
    threading.Timer(0.2, give_up.set).start()
    started = time.monotonic()
    with LoopbackRedirect() as listener, pytest.raises(SignInError) as caught:
        wait(listener, timeout=30, cancelled=give_up.is_set)
    assert caught.value.reason is SignInFailure.CANCELLED
    assert time.monotonic() - started < 2


def test_a_silent_connection_does_not_hold_the_answer_back() -> None:
    """Browsers open spare connections that send nothing: the listener still gets the real redirect."""
    with LoopbackRedirect() as listener:
        port = int(listener.redirect_uri.split(":")[2].split("/")[0])
        idle = socket.create_connection(("127.0.0.1", port))
        try:
            started = time.monotonic()
            browse_later(f"{listener.redirect_uri}?code=abc&state=good-state")
            assert wait(listener, timeout=10) == "abc"
            assert time.monotonic() - started < 1
        finally:
            idle.close()


def test_the_pages_escape_their_texts() -> None:
    page = RedirectPages("<b>", "a & b", "x", "y").render(done=True).decode()
    assert "<title>&lt;b&gt;</title>" in page and "a &amp; b" in page


def test_the_browser_learns_whether_redeeming_the_code_worked() -> None:
    def refuse(code: str) -> str:
        raise SignInError(SignInFailure.REJECTED, "invalid_grant")

    with LoopbackRedirect() as listener:
        answers = browse_later(f"{listener.redirect_uri}?code=abc&state=good-state")
        with pytest.raises(SignInError) as caught:
            listener.wait("good-state", PAGES, redeem=refuse, timeout=5)
    assert caught.value.reason is SignInFailure.REJECTED
    deadline = time.monotonic() + 5
    while not answers and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "Go back to the app." in answers[0].text
