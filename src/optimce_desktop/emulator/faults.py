"""A test-only fault switch on the running emulator: late answers, error answers, dropped connections.

    fault = server.faults.add(method="PATCH", path="/meters/data", delay_before=2.0)
    ...
    assert fault.hits == 1
    server.faults.clear()

``path`` is a prefix of the request path, or a compiled regular expression searched in it. A fault applies
``times`` times (None: until cleared); the first matching fault with uses left wins. Delays sleep on the event
loop, so other requests go on meanwhile.

Random trouble, for load and soak runs (also ``python -m optimce_desktop.emulator --fail-rate 0.1
--latency-ms 20 --fault-seed 7``)::

    chaos = server.faults.set_random(fail_rate=0.1, latency=0.02, seed=7)
    ...
    chaos.requests, chaos.failures  # {"503": ..., "drop": ...}

A fault added with ``add()`` wins over a random failure; the latency applies to every matching request.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from optimce_desktop.emulator.held_answers import answer_late


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
    apply_first: bool = False
    """With ``status``: apply the request, then answer ``status`` instead of the CRM's own answer (a proxy's
    error after the CRM changed the data)."""
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


TRANSIENT_FAILURES = ("503", "drop")
"""``503``: a gateway's HTML "Service Unavailable" page; ``drop``: the connection closed without a complete
answer. The request is not applied in either case."""


@dataclass
class RandomFaults:
    """Random trouble on each matching request: ``latency`` seconds before it is handled, and a ``fail_rate``
    fraction of them failing with one of ``kinds`` (see ``TRANSIENT_FAILURES``). With a ``seed``, the n-th
    matching request meets the same fate in every run."""

    fail_rate: float = 0.0
    latency: float = 0.0
    seed: int | None = None
    kinds: tuple[str, ...] = TRANSIENT_FAILURES
    method: str | None = None
    path: str | re.Pattern[str] = "/"
    requests: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    """Failures answered so far, by kind."""
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.fail_rate <= 1.0:
            raise ValueError("fail_rate is a fraction of the requests, from 0 to 1")
        if self.latency < 0:
            raise ValueError("latency cannot be negative")
        if not self.kinds or not set(self.kinds) <= set(TRANSIENT_FAILURES):
            raise ValueError(f"kinds are some of {TRANSIENT_FAILURES}")
        self._rng = random.Random(self.seed)

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if isinstance(self.path, re.Pattern):
            return self.path.search(path) is not None
        return path.startswith(self.path)

    def draw(self) -> Fault | None:
        """This request's failure, if it fails (the caller holds the switch's lock: draws stay in order)."""
        self.requests += 1
        if self.fail_rate == 0 or self._rng.random() >= self.fail_rate:
            return None
        kind = self._rng.choice(self.kinds)
        self.failures[kind] = self.failures.get(kind, 0) + 1
        if kind == "drop":
            return Fault(method=None, path="/", drop=True, hits=1)
        return Fault(method=None, path="/", status=503, html=True, hits=1)


class FaultSwitch:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._random: RandomFaults | None = None

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
        apply_first: bool = False,
        times: int | None = 1,
    ) -> Fault:
        if drop and status is not None:
            raise ValueError("a fault either drops the connection or answers a status, not both")
        if apply_first and status is None:
            raise ValueError("apply_first needs the status to answer instead")
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
            apply_first=apply_first,
            times=times,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Removes every fault, the random ones too."""
        with self._lock:
            self._faults.clear()
            self._random = None

    def set_random(
        self,
        *,
        fail_rate: float = 0.0,
        latency: float = 0.0,
        seed: int | None = None,
        kinds: tuple[str, ...] = TRANSIENT_FAILURES,
        method: str | None = None,
        path: str | re.Pattern[str] = "/",
    ) -> RandomFaults:
        """Replaces the random trouble (see ``RandomFaults``); returns it, to read its counts."""
        chaos = RandomFaults(fail_rate=fail_rate, latency=latency, seed=seed, kinds=tuple(kinds),
                             method=method, path=path)
        with self._lock:
            self._random = chaos
        return chaos

    @property
    def random(self) -> RandomFaults | None:
        return self._random

    def take_random(self, method: str, path: str) -> tuple[float, Fault | None]:
        """The latency to add to this request, and its random failure if it fails."""
        with self._lock:
            chaos = self._random
            if chaos is None or not chaos.matches(method, path):
                return 0.0, None
            return chaos.latency, chaos.draw()

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
        random_trouble = (self.switch.take_random(scope["method"], scope["path"]) if scope["type"] == "http"
                          else (0.0, None))
        latency, random_failure = random_trouble
        if latency:
            await asyncio.sleep(latency)
        fault = self.switch.take(scope["method"], scope["path"]) if scope["type"] == "http" else None
        fault = fault or random_failure
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
            if fault.apply_first:
                await self.app(scope, receive, _discard)
            await _answer(send, fault)
            return
        if not fault.delay_after:
            await self.app(scope, receive, send)
            return
        await answer_late(self.app, scope, receive, send, lambda: fault.delay_after)


async def _discard(message: Message) -> None:
    """Swallows the CRM's own answer (``Fault.apply_first``)."""


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
