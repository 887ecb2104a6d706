"""A test-only fault switch on the running emulator: late answers, error answers, dropped connections.

    fault = server.faults.add(method="PATCH", path="/meters/data", delay_before=2.0)
    ...
    assert fault.hits == 1
    server.faults.clear()

``path`` is a prefix of the request path, or a compiled regular expression searched in it. A fault applies
``times`` times (None: until cleared); the first matching fault with uses left wins. Delays sleep on the event
loop, so other requests go on meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class Fault:
    method: str | None
    path: str | re.Pattern[str]
    delay_before: float = 0.0
    """Seconds to wait, the request received, before applying it: a client timing out meanwhile has changed
    nothing yet, but the change still happens, as on a slow real server."""
    delay_after: float = 0.0
    """Seconds to hold the answer once the request is applied (the change is made, the answer is late)."""
    status: int | None = None
    """Answer this HTTP status instead of applying the request."""
    body: Any = None
    """The error answer's body: JSON-able, or a text when ``html`` or when it is a str; None: a default."""
    html: bool = False
    drop: bool = False
    """Close the connection without a complete answer, the request not applied."""
    times: int | None = 1
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if isinstance(self.path, re.Pattern):
            return self.path.search(path) is not None
        return path.startswith(self.path)

    @property
    def used_up(self) -> bool:
        return self.times is not None and self.hits >= self.times


class FaultSwitch:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        *,
        method: str | None = None,
        path: str | re.Pattern[str] = "/",
        delay_before: float = 0.0,
        delay_after: float = 0.0,
        status: int | None = None,
        body: Any = None,
        html: bool = False,
        drop: bool = False,
        times: int | None = 1,
    ) -> Fault:
        if drop and status is not None:
            raise ValueError("a fault either drops the connection or answers a status, not both")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for no limit)")
        if min(delay_before, delay_after) < 0:
            raise ValueError("delays cannot be negative")
        fault = Fault(
            method=method,
            path=path,
            delay_before=delay_before,
            delay_after=delay_after,
            status=status,
            body=body,
            html=html,
            drop=drop,
            times=times,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def active(self) -> list[Fault]:
        with self._lock:
            return [f for f in self._faults if not f.used_up]

    def take(self, method: str, path: str) -> Fault | None:
        """The fault to apply to this request, its use counted."""
        with self._lock:
            for fault in self._faults:
                if not fault.used_up and fault.matches(method, path):
                    fault.hits += 1
                    return fault
        return None


class DroppedConnectionError(Exception):
    """Raised after a partial answer so that the server closes the connection (see ``FaultMiddleware``)."""


class FaultMiddleware:
    def __init__(self, app: ASGIApp, switch: FaultSwitch):
        self.app = app
        self.switch = switch

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.switch.take(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.delay_before:
            receive = await _received_in_full(receive)
            await asyncio.sleep(fault.delay_before)
        if fault.drop:
            # ASGI cannot close a connection before answering: start an answer that promises a body, then
            # fail, and the server closes the connection. The client sees an incomplete answer.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json; charset=utf-8"),
                        (b"content-length", b"64"),
                    ],
                }
            )
            raise DroppedConnectionError(f"fault: {scope['method']} {scope['path']} dropped")
        if fault.status is not None:
            await _answer(send, fault)
            return
        if not fault.delay_after:
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        await asyncio.sleep(fault.delay_after)
        for message in held:
            await send(message)


async def _received_in_full(receive: Receive) -> Receive:
    """Reads the request body now, so that the request is applied even if its client has gone meanwhile."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return receive  # the client left while sending: nothing to apply
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    pending: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


async def _answer(send: Send, fault: Fault) -> None:
    status = fault.status
    assert status is not None
    if fault.html:
        content_type = "text/html; charset=utf-8"
        payload = (fault.body if fault.body is not None else _gateway_page(status)).encode()
    elif isinstance(fault.body, str):
        content_type = "text/plain; charset=utf-8"
        payload = fault.body.encode()
    else:
        content_type = "application/json; charset=utf-8"
        body = fault.body if fault.body is not None else {"data": _phrase(status), "error_code": 1}
        payload = json.dumps(body, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type.encode()),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _gateway_page(status: int) -> str:
    title = f"{status} {_phrase(status)}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
