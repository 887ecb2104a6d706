"""One copy of the app per account on this computer: a second start brings the running window to the front.

The first copy holds a lock file in the settings folder and listens on a local socket named after that
folder (the account's own); a later start finds the lock taken, asks the running copy to come forward, and
ends before it opens any data. The lock notices a copy that died (its process is gone), so a crash never
keeps the app from starting. No thread: a few milliseconds of local socket.

The lock is taken at once; the socket can open later (``listen``): a later start looks for it for a few
seconds, and Qt's network module is not on the way to the first screen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 500
FIND_RUNNING_MS = 5_000
"""How long a second start looks for the running copy's socket (it may still be starting)."""
RETRY_MS = 50


def server_name(folder: Path) -> str:
    """The local socket's name: one per account and settings folder (tests give each app its own)."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}:{folder.resolve()}".encode()
    return f"optimce-desktop-{hashlib.sha256(key).hexdigest()[:16]}"


class SingleInstance(QObject):
    activationRequested = Signal()
    """Another start of the app asked this one to come to the front."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._name: str | None = None
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / "running.lock"))
        self._lock.setStaleLockTime(0)  # only a lock whose process is gone is stale, however old
        self._server: QLocalServer | None = None
        self.answered = False
        """After a ``claim()`` that found another copy: whether it answered (and comes to the front)."""

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = server_name(self._folder)
        return self._name

    def claim(self) -> bool:
        """True when this is the only copy (it answers later starts once it ``listen``s); False when another
        copy runs and was asked to come to the front."""
        deadline = QDeadlineTimer(FIND_RUNNING_MS)
        while True:
            if self._lock.tryLock(0):
                return True
            if self._ask_to_come_forward():
                self.answered = True
                log.info("OptimCE Desktop already runs here: its window was asked to come to the front")
                return False
            if deadline.hasExpired():
                log.warning("OptimCE Desktop already runs here (lock %s) but does not answer",
                            self._lock.fileName())
                return False
            QThread.msleep(RETRY_MS)  # the running copy is starting: its socket comes in a moment

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def listen(self) -> None:
        """After a successful ``claim``: later starts find this copy from now on."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket left by a copy that died: the lock is ours now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._connected)
        if not server.listen(self.name):
            log.warning("Later starts cannot find this one (%s): %s", self.name, server.errorString())
            return
        self._server = server
        log.info("Listening for later starts of the app on %s", server.fullServerName())

    def _connected(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # the message is a few bytes, written before the other start disconnects
            socket.waitForReadyRead(CONNECT_MS)
            if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                log.info("A later start of the app asked this one to come to the front")
                self.activationRequested.emit()
            socket.abort()

    def _ask_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        if sys.platform == "win32":  # lets the running copy take the foreground from this process
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        socket.write(QByteArray(ACTIVATE))
        socket.flush()
        if socket.bytesToWrite():
            socket.waitForBytesWritten(CONNECT_MS)
        sent = socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return sent
