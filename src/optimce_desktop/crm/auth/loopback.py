"""The redirect of a native app's sign-in (RFC 8252, section 7.3): an HTTP listener on 127.0.0.1, on a port
the system picks, that receives the browser once the user has signed in.

The listener starts no thread: ``wait()`` serves requests on the caller's thread (a background task) until
the answer to this sign-in arrives, the deadline passes or the caller gives up, polling a few times a second
so that it never hangs. A connection is only read once it has something to read: browsers open spare
connections that may never send a request. The redirect's code is redeemed before the browser gets its
answer, so that its small page says truly whether the user is signed in. Nothing the browser sends is
logged: the query holds the authorization code.
"""

from __future__ import annotations

import html
import logging
import secrets
import select
import socket
import socketserver
import time
from collections.abc import Callable
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
    """The texts of the page the browser shows at the end, in the user's language."""

    signed_in_title: str
    signed_in_text: str
    failed_title: str
    failed_text: str
    language: str = "en"

    def render(self, signed_in: bool) -> bytes:
        title, text = (self.signed_in_title, self.signed_in_text) if signed_in else \
            (self.failed_title, self.failed_text)
        colour = "#2E7D32" if signed_in else "#B71C1C"
        page = (
            f'<!DOCTYPE html>\n<html lang="{html.escape(self.language)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n"
            "<style>body{font-family:system-ui,sans-serif;margin:15vh auto;max-width:32em;"
            "text-align:center;color:#1F2A21}"
            f"h1{{font-size:1.4em;color:{colour}}}</style>\n"
            f"</head>\n<body>\n<h1>{html.escape(title)}</h1>\n<p>{html.escape(text)}</p>\n</body>\n</html>\n"
        )
        return page.encode("utf-8")


@dataclass
class _Expectation(Generic[T]):
    state: str
    issuer: str | None
    pages: RedirectPages
    redeem: Callable[[str], T]
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
        expectation.done = True
        outcome = _outcome(parse_qs(url.query), expectation)
        if isinstance(outcome, SignInError):
            expectation.error = outcome
        else:
            try:
                expectation.result = expectation.redeem(outcome)
            except SignInError as exc:
                expectation.error = exc
        signed_in = expectation.error is None
        self._answer(HTTPStatus.OK, expectation.pages.render(signed_in), "text/html; charset=utf-8")

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


def _outcome(query: dict[str, list[str]], expectation: _Expectation[Any]) -> str | SignInError:
    """The code of a redirect that answers this sign-in, or the error it means."""

    def one(name: str) -> str | None:
        values = query.get(name)
        return values[0] if values else None

    state = one("state") or ""
    if not secrets.compare_digest(state.encode(), expectation.state.encode()):
        return SignInError(SignInFailure.STATE_MISMATCH, "The redirect's state is not this sign-in's")
    issuer = one("iss")  # RFC 9207: when the provider names itself, it must be ours
    if issuer is not None and expectation.issuer is not None and issuer.rstrip("/") != expectation.issuer:
        return SignInError(SignInFailure.STATE_MISMATCH, f"The redirect comes from another issuer: {issuer}")
    error = one("error")
    if error:
        description = one("error_description") or ""
        reason = SignInFailure.DENIED if error == "access_denied" else SignInFailure.PROVIDER_ERROR
        return SignInError(reason, f"The provider answered {error}: {description}".rstrip(": "), error=error)
    code = one("code")
    if not code:
        return SignInError(SignInFailure.INVALID_ANSWER, "The redirect carries no authorization code")
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

        Raises SignInError: CANCELLED once ``cancelled()`` is true, TIMED_OUT after ``timeout`` seconds,
        STATE_MISMATCH for a redirect of another sign-in, DENIED or PROVIDER_ERROR for an error redirect,
        and what ``redeem`` raised.
        """
        expectation = _Expectation(state, issuer.rstrip("/") if issuer else None, pages, redeem)
        self._server.expectation = expectation
        deadline = time.monotonic() + timeout
        try:
            while True:
                if cancelled():
                    raise SignInError(SignInFailure.CANCELLED, "Sign-in cancelled")
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
