"""The redirect of a native app's sign-in (RFC 8252, section 7.3): an HTTP listener on 127.0.0.1, on a port
the system picks, that receives the browser once the user has signed in.

The listener starts no thread: ``wait()`` serves requests on the caller's thread (a background task) until
the answer to this sign-in (or sign-out) arrives, the deadline passes or the caller gives up, polling a few
times a second so that it never hangs. A connection is only read once it has something to read: browsers
open spare connections that may never send a request. The redirect's code is redeemed before the browser
gets its answer, so that its small page says truly whether the user is signed in. Nothing the browser sends
is logged: the query holds the authorization code.

Only a redirect that carries this sign-in's ``state`` is its answer. Any local process can reach the port:
a request with a wrong or missing state gets 400 and changes nothing, and the listener keeps waiting for the
real redirect until its deadline.
"""

from __future__ import annotations

import html
import logging
import secrets
import select
import socket
import socketserver
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from optimce_desktop.crm.auth.errors import SignInError, SignInFailure

logger = logging.getLogger(__name__)
T = TypeVar("T")

CALLBACK_PATH = "/callback"
LOOPBACK_HOST = "127.0.0.1"
"""The literal address, not ``localhost`` (RFC 8252, section 8.3): no name lookup, no IPv6 surprise."""
POLL_INTERVAL = 0.1
"""Seconds between two looks at the deadline and at the caller's cancellation."""
REQUEST_TIMEOUT = 2.0
"""Seconds a connection that started sending its request may take to finish it."""
IDLE_CONNECTION_LIMIT = 60.0
"""Seconds a connection that sends nothing is kept open (a browser's spare connection)."""


@dataclass(frozen=True)
class RedirectPages:
    """The texts of the page the browser shows at the end, in the user's language: when the sign-in (or
    sign-out) worked, when it failed, and for a request that is not its answer (a stale or forged one)."""

    done_title: str
    done_text: str
    failed_title: str
    failed_text: str
    language: str = "en"
    stray_title: str = "This page is out of date"
    stray_text: str = "It does not answer the sign-in in progress. Go back to OptimCE Desktop."

    def render(self, done: bool) -> bytes:
        title, text = (self.done_title, self.done_text) if done else (self.failed_title, self.failed_text)
        return self._page(title, text, "#2E7D32" if done else "#B71C1C")

    def render_stray(self) -> bytes:
        return self._page(self.stray_title, self.stray_text, "#B71C1C")

    def _page(self, title: str, text: str, colour: str) -> bytes:
        page = (
            f'<!DOCTYPE html>\n<html lang="{html.escape(self.language)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n"
            "<style>body{font-family:system-ui,sans-serif;margin:15vh auto;max-width:32em;"
            "text-align:center;color:#1F2A21}"
            f"h1{{font-size:1.4em;color:{colour}}}</style>\n"
            f"</head>\n<body>\n<h1>{html.escape(title)}</h1>\n<p>{html.escape(text)}</p>\n</body>\n</html>\n"
        )
        return page.encode("utf-8")


Query = Mapping[str, str]
"""The redirect's query: the first value of each parameter."""


@dataclass
class _Expectation(Generic[T]):
    state: str
    pages: RedirectPages
    answer: Callable[[Query], T]
    """What the redirect that carries ``state`` means (raises SignInError when it is a failure)."""
    done: bool = False
    result: T | None = None
    error: SignInError | None = None


class _Server(socketserver.TCPServer):
    allow_reuse_address = False
    expectation: _Expectation[Any] | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("A browser connection to the sign-in listener failed", exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = REQUEST_TIMEOUT
    server_version = "OptimCE-Desktop"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        expectation = self.server.expectation
        if url.path != CALLBACK_PATH or expectation is None or expectation.done:
            self._answer(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")
            return
        query = _query(url.query)
        if not _carries_state(query, expectation.state):
            self._answer(HTTPStatus.BAD_REQUEST, expectation.pages.render_stray(), "text/html; charset=utf-8")
            return
        expectation.done = True
        try:
            expectation.result = expectation.answer(query)
        except SignInError as exc:
            expectation.error = exc
        done = expectation.error is None
        self._answer(HTTPStatus.OK, expectation.pages.render(done), "text/html; charset=utf-8")

    def _answer(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        pass  # the request line holds the authorization code: never log it


def _query(raw: str) -> Query:
    return {name: values[0] for name, values in parse_qs(raw).items()}


def _carries_state(query: Query, state: str) -> bool:
    given = query.get("state") or ""
    return secrets.compare_digest(given.encode(), state.encode())


def _authorization_code(query: Query, issuer: str | None) -> str:
    """The code of the redirect that answers this sign-in; raises SignInError for the error it means."""
    answering = query.get("iss")  # RFC 9207: when the provider names itself, it must be ours
    if answering is not None and issuer is not None and answering.rstrip("/") != issuer:
        raise SignInError(SignInFailure.STATE_MISMATCH,
                          f"The redirect comes from another issuer: {answering}")
    error = query.get("error")
    if error:
        description = query.get("error_description") or ""
        reason = SignInFailure.DENIED if error == "access_denied" else SignInFailure.PROVIDER_ERROR
        raise SignInError(reason, f"The provider answered {error}: {description}".rstrip(": "), error=error)
    code = query.get("code")
    if not code:
        raise SignInError(SignInFailure.INVALID_ANSWER, "The redirect carries no authorization code")
    return code


class LoopbackRedirect:
    """Listens on ``127.0.0.1`` at a free port from construction until ``close()``."""

    def __init__(self) -> None:
        self._server = _Server((LOOPBACK_HOST, 0), _Handler)
        self._idle: dict[socket.socket, tuple[object, float]] = {}
        """Accepted connections that have sent nothing yet: their address and when they came."""

    @property
    def redirect_uri(self) -> str:
        port = self._server.socket.getsockname()[1]
        return f"http://{LOOPBACK_HOST}:{port}{CALLBACK_PATH}"

    def wait(
        self,
        state: str,
        pages: RedirectPages,
        *,
        redeem: Callable[[str], T],
        timeout: float,
        cancelled: Callable[[], bool] = lambda: False,
        issuer: str | None = None,
    ) -> T:
        """Serves the browser until the redirect of the sign-in with ``state`` arrives; returns what
        ``redeem`` makes of its code (the tokens), before the browser is told how the sign-in went.
        Requests without this state get 400 and are otherwise ignored.

        Raises SignInError: CANCELLED once ``cancelled()`` is true, TIMED_OUT after ``timeout`` seconds,
        STATE_MISMATCH for a redirect from another issuer, DENIED or PROVIDER_ERROR for an error redirect,
        and what ``redeem`` raised.
        """
        expected_issuer = issuer.rstrip("/") if issuer else None
        return self._wait(_Expectation(state, pages, lambda query: redeem(
            _authorization_code(query, expected_issuer))), timeout, cancelled)

    def wait_for_sign_out(
        self,
        state: str,
        pages: RedirectPages,
        *,
        timeout: float,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """Serves the browser until the provider sends it back after ending the session (RP-initiated
        logout's ``post_logout_redirect_uri`` with ``state``). Raises SignInError: CANCELLED, TIMED_OUT."""
        self._wait(_Expectation(state, pages, lambda query: None), timeout, cancelled)

    def _wait(self, expectation: _Expectation[T], timeout: float, cancelled: Callable[[], bool]) -> T:
        self._server.expectation = expectation
        deadline = time.monotonic() + timeout
        try:
            while True:
                if cancelled():
                    raise SignInError(SignInFailure.CANCELLED, "Cancelled")
                if time.monotonic() >= deadline:
                    raise SignInError(SignInFailure.TIMED_OUT, f"No redirect within {timeout:.0f} s")
                self._serve_ready_connections()
                if expectation.error is not None:
                    raise expectation.error
                if expectation.done:
                    return expectation.result  # type: ignore[return-value]
        finally:
            self._server.expectation = None

    def _serve_ready_connections(self) -> None:
        """Accepts new connections and answers those that sent their request; waits POLL_INTERVAL at
        most when none did."""
        listening = self._server.socket
        ready, _, _ = select.select([listening, *self._idle], [], [], POLL_INTERVAL)
        now = time.monotonic()
        for sock in ready:
            if sock is listening:
                connection, address = listening.accept()
                self._idle[connection] = (address, now)
                continue
            address, _ = self._idle.pop(sock)
            try:
                self._server.finish_request(sock, address)
            except OSError:
                self._server.handle_error(sock, address)
            finally:
                self._server.shutdown_request(sock)
        for sock in [s for s, (_, came) in self._idle.items() if now - came > IDLE_CONNECTION_LIMIT]:
            del self._idle[sock]
            sock.close()

    def close(self) -> None:
        for sock in self._idle:
            sock.close()
        self._idle.clear()
        self._server.server_close()

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
