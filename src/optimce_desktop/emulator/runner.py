"""``EmulatorServer``: the emulator in-process, on a loopback port, for the demo and the tests.

server = EmulatorServer(tmp_path / "crm.sqlite3", today=dt.date(2026, 11, 28)).start()
token = server.token_for(DEMO_MANAGER)
...  # HTTP to server.base_url
server.close()

The same server is the OpenID provider of the demo and the tests (``server.issuer_url``): with
``auto_approve=DEMO_MANAGER`` its authorization page signs the demo manager in without asking.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import uvicorn
from platformdirs import user_data_dir

from optimce_desktop.emulator.auth import ACCESS_TOKEN_LIFETIME, AuthClock, TokenIssuer
from optimce_desktop.emulator.clock import Clock, brussels_today, fixed_clock
from optimce_desktop.emulator.faults import DroppedConnectionError, FaultSwitch
from optimce_desktop.emulator.oidc import KEYCLOAK, REALM_PATH, OidcProvider, ProviderProfile
from optimce_desktop.emulator.seed import DEFAULT_METERS, demo_spec
from optimce_desktop.emulator.seed_loader import load_seed
from optimce_desktop.emulator.server import create_app
from optimce_desktop.emulator.store import Store
from optimce_desktop.emulator.timings import ServerTimings, TimingMiddleware

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 10.0
WORKERS = 8
"""Threads answering requests (SQLite work); uvicorn itself runs in one more."""
SHUTDOWN_GRACE = 0.5
"""Seconds a stopping server gives the requests in progress before dropping their connections."""


def default_db_path() -> Path:
    """Where the demo keeps its CRM: the user's data folder (the same file as ``optimce-desktop --demo``)."""
    return Path(user_data_dir("optimce-desktop", appauthor=False)) / "demo-crm.sqlite3"


@dataclass(frozen=True)
class CommunityInfo:
    id: int
    auth_community_id: str
    name: str


class EmulatorServer:
    """The CRM emulator served by uvicorn in a daemon thread.

    A new database file is seeded with the demo content (``meters`` meters in the first community); an
    existing one is served as it is. ``today`` fixes the emulator's date (default: the Brussels date at each
    request). ``stop()`` then ``start()`` serves the same database on the same port again.
    """

    def __init__(
        self,
        db_path: str | Path,
        *,
        meters: int | None = None,
        today: dt.date | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        token_lifetime: float = ACCESS_TOKEN_LIFETIME,
        auto_approve: str | None = None,
        provider: ProviderProfile = KEYCLOAK,
        server_timings: ServerTimings | None = None,
    ):
        self.clock: Clock = fixed_clock(today) if today is not None else brussels_today
        self.store = Store(db_path)
        if self.store.is_empty():
            demo = demo_spec(self.clock(), meters=DEFAULT_METERS if meters is None else meters)
            load_seed(self.store, demo)
        self.store.prepare_current_periods(self.clock())
        self.auth_clock = AuthClock()
        """The time of tokens and codes: ``auth_clock.advance(seconds)`` ages them all (tests)."""
        self.tokens = TokenIssuer(token_lifetime, clock=self.auth_clock)
        self.oidc = OidcProvider(self.tokens, self.store.usernames, clock=self.auth_clock,
                                 auto_approve=auto_approve, profile=provider)
        self.faults = FaultSwitch()
        self.server_timings = server_timings
        """Answer times to play (``emulator.timings``); None: as fast as the emulator answers."""
        self.host = host
        self.port = port
        self._server: _PromptServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._executor: ThreadPoolExecutor | None = None

    # -- life cycle --------------------------------------------------------------------------------------

    def start(self) -> EmulatorServer:
        """Serves in the background; returns once the port accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        sock = _listening_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        self.tokens.issuer = self.issuer_url
        # A pool of our own (not anyio's default one) so that stop() can wait for its threads to end.
        executor = ThreadPoolExecutor(
            max_workers=WORKERS, thread_name_prefix=f"crm-emulator-worker:{self.port}"
        )
        app = create_app(self.store, self.tokens, self.clock, self.faults, executor, self.oidc)
        if self.server_timings is not None:
            app = TimingMiddleware(app, self.server_timings)
        config = uvicorn.Config(
            app,
            http="h11",
            ws="none",
            lifespan="off",
            loop="asyncio",
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
        )
        server = _PromptServer(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"crm-emulator:{self.port}", daemon=True
        )
        _quiet_dropped_connections()
        thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                thread.join(SHUTDOWN_TIMEOUT)
                sock.close()
                executor.shutdown(wait=True)
                raise RuntimeError(f"the CRM emulator did not start on {self.host}:{self.port}")
            time.sleep(0.005)
        self._server, self._thread, self._socket, self._executor = server, thread, sock, executor
        return self

    def stop(self) -> None:
        """Stops serving (the CRM "goes away"); the database and tokens stay for a later ``start()``."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.request_exit()
        thread.join(SHUTDOWN_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._server, self._thread, self._socket, self._executor = None, None, None, None
        if thread.is_alive():
            raise RuntimeError("the CRM emulator did not stop")
        self.store.release_connections()

    def close(self) -> None:
        self.stop()
        self.store.close()

    def __enter__(self) -> EmulatorServer:
        return self.start() if not self.running else self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- what tests and the demo need --------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def base_url(self) -> str:
        if not self.port:
            raise RuntimeError("the emulator has no port before its first start()")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def issuer_url(self) -> str:
        """The OpenID issuer (Keycloak's realm URL shape): discovery at ``/.well-known/openid-configuration``
        under it."""
        return f"{self.base_url}{REALM_PATH}"

    @property
    def today(self) -> dt.date:
        return self.clock()

    @property
    def communities(self) -> list[CommunityInfo]:
        return [CommunityInfo(c.id, c.auth_community_id, c.name) for c in self.store.communities()]

    def community(self, name: str) -> CommunityInfo:
        return next(c for c in self.communities if c.name == name)

    def token_for(self, user: str, *, lifetime: float | None = None) -> str:
        """A signed access token for a user of the database (``DEMO_MANAGER``, ``MEMBER_ONLY``,
        ``DEMO_ADMIN``), as the sign-in would give; ``lifetime`` in seconds (negative: already expired)."""
        if user not in self.store.usernames():
            raise ValueError(f"the emulator knows no user {user!r}")
        if not self.port:
            raise RuntimeError("the emulator issues tokens once started (they name its address)")
        return self.tokens.issue(user, lifetime)


class _PromptServer(uvicorn.Server):
    """uvicorn's server, stopping in milliseconds instead of polling and sleeping in steps of 0.1 s: tests
    start and stop one per test."""

    _loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    def request_exit(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(wake.set)
            except RuntimeError:
                pass  # the loop closed meanwhile: the server is gone already

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            try:
                # on_tick refreshes the Date header every 10 ticks: keep ticks about 0.1 s apart.
                await asyncio.wait_for(self._wake.wait(), timeout=0.1)
            except TimeoutError:
                pass

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()  # idle keep-alive connections close now, busy ones after their answer
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SHUTDOWN_GRACE
        while self.server_state.tasks and loop.time() < deadline:
            await asyncio.sleep(0.005)
        # Requests still running (a fault delaying its answer, say) lose their connection, as when a real
        # server goes away.
        for connection in list(self.server_state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.close()
        tasks = list(self.server_state.tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        # A closed transport lets go of its socket on a later turn of the loop, and a connection accepted just
        # as the server closed gets its protocol a turn later too: close and wait until none is left for a
        # few turns, or a socket is left to the garbage collector (a ResourceWarning in whatever runs then).
        deadline = loop.time() + SHUTDOWN_GRACE
        quiet_turns = 0
        while quiet_turns < 3 and loop.time() < deadline:
            connections = list(self.server_state.connections)
            for connection in connections:
                transport = getattr(connection, "transport", None)
                if transport is not None and not transport.is_closing():
                    transport.close()
            quiet_turns = 0 if connections else quiet_turns + 1
            await asyncio.sleep(0.005)


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on sockets that say so, and without it every
    # answer waits ~40 ms for a delayed ACK (headers and body are written separately).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if os.name != "nt":
        # Lets a restart bind the same port while the previous connections sit in TIME_WAIT (on Windows
        # the option would instead let two servers share the port).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class _DroppedConnectionFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, DroppedConnectionError | asyncio.CancelledError)


def _quiet_dropped_connections() -> None:
    """A fault dropping a connection, or a stop cutting a delayed request, is no server error: keep them
    out of uvicorn's error log."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DroppedConnectionFilter) for f in logger.filters):
        logger.addFilter(_DroppedConnectionFilter())
