"""A tiny real HTTP server on a free loopback port that answers scripted replies and records requests.

Routes are keyed by method and path (without the query). Each route answers its replies in order and
repeats the last one; a route may instead be a function of the request. Unknown routes answer the HTML 404
page the real CRM answers. Besides HTTP replies, a route can hang, reset the connection or close it.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = JSON
    delay: float = 0.0  # seconds before answering; longer than the client's read timeout makes it hang


@dataclass(frozen=True)
class Reset:
    """Reads the request, then resets the connection (RST) without answering."""


@dataclass(frozen=True)
class Close:
    """Reads the request, then closes the connection (FIN) without answering."""


Answer = Reply | Reset | Close


def envelope(data: Any, error_code: int = 0, *, status: int = 200, pagination: Any = None) -> Reply:
    body: dict[str, Any] = {"data": data, "error_code": error_code}
    if pagination is not None:
        body["pagination"] = pagination
    return Reply(status, json.dumps(body).encode())


def error(status: int, error_code: int, message: str) -> Reply:
    return envelope(message, error_code, status=status)


def html(status: int, text: str) -> Reply:
    page = f'<!DOCTYPE html>\n<html lang="en">\n<body>\n<pre>{text}</pre>\n</body>\n</html>'
    return Reply(status, page.encode(), HTML)


def paginated(items: list[Any], *, page: int, limit: int, total: int) -> Reply:
    total_pages = -(-total // limit)
    pagination = {"page": page, "limit": limit, "total": total, "total_pages": total_pages}
    return envelope(items, pagination=pagination)


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


Route = list[Answer] | Callable[[SeenRequest], Answer]


@dataclass
class ScriptedServer:
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    requests: list[SeenRequest] = field(default_factory=list)
    handler_errors: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._http = _Server(("127.0.0.1", 0), _Handler)
        self._http.scripted = self
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.01}, name="scripted-crm", daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._http.server_port}"

    def on(self, method: str, path: str, *answers: Answer) -> None:
        """Answers ``method path`` with ``answers`` in order, the last one repeating."""
        assert answers, "a route needs at least one answer"
        with self._lock:
            self.routes[(method, path)] = list(answers)

    def handle(self, method: str, path: str, respond: Callable[[SeenRequest], Answer]) -> None:
        with self._lock:
            self.routes[(method, path)] = respond

    def seen(self, method: str | None = None, path: str | None = None) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests
                    if (method is None or r.method == method) and (path is None or r.path == path)]

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)

    def _answer_for(self, request: SeenRequest) -> Answer:
        with self._lock:
            self.requests.append(request)
            route = self.routes.get((request.method, request.path))
            if route is None:
                return html(404, f"Cannot {request.method} {request.path}")
            if callable(route):
                respond = route
            else:
                return route.pop(0) if len(route) > 1 else route[0]
        return respond(request)

    def _record_error(self, exc: BaseException) -> None:
        with self._lock:
            self.handler_errors.append(exc)


class _Server(ThreadingHTTPServer):
    scripted: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        exc = sys.exc_info()[1]
        # A client that gave up (read timeout) makes the late answer fail: expected, not a test failure.
        if exc is not None and not isinstance(exc, ConnectionError):
            self.scripted._record_error(exc)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, a kept-alive connection waits ~40 ms each time.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = SeenRequest(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        answer = self.server.scripted._answer_for(request)
        if isinstance(answer, Reset):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if isinstance(answer, Close):
            self.close_connection = True
            return
        if answer.delay and self.server.scripted.stopping.wait(answer.delay):
            self.close_connection = True
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _dispatch
