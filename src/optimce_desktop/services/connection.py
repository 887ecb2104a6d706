"""Whether the CRM can be reached, as the app knows it.

Every service reports the outcome of its requests here; while the CRM is unreachable, a cheap request is
repeated every ``RECHECK_INTERVAL_MS`` to notice its return. Working offline (``--offline``) is the user's
choice: no request is made until the user asks to go online (by refreshing).

The CRM client is given as a ``ClientSource``: the client itself, or a function that builds it on first use
(the app builds it lazily, so that its imports do not delay the first screen). Nothing here imports the CRM
package at start-up, as the main window imports this module.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal

from optimce_desktop.services.tasks import TaskContext, TaskRunner, TaskSlot

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient

RECHECK_INTERVAL_MS = 30_000

ClientSource: TypeAlias = "CrmClient | Callable[[], CrmClient]"
"""The CRM client, or a function that returns it (building it on first use)."""


def client_of(source: ClientSource) -> CrmClient:
    """The client a ``ClientSource`` stands for (built now if it is a factory)."""
    return source() if callable(source) else source


def community_of(source: ClientSource) -> str:
    """The client's active community, the one a call made now is for; "" when none is selected."""
    return client_of(source).community_id or ""


def is_offline_error(error: BaseException) -> bool:
    """True when ``error`` means that the CRM could not be reached (nothing was processed there).

    The one way the services and the GUI ask it (``crm.errors.is_offline`` is the CRM client's own): the GUI
    does not import the CRM package, and this module, which the main window imports, loads it only when a
    failure is first looked at."""
    from optimce_desktop.crm.errors import is_offline

    return is_offline(error)


def is_crm_answer(error: BaseException) -> bool:
    """True when ``error`` is an answer of the CRM (or its gateway) that proves it reachable."""
    from optimce_desktop.crm.errors import CrmError

    return isinstance(error, CrmError) and not error.offline


class Reachability(Enum):
    UNKNOWN = "unknown"
    """Nothing was asked yet."""
    ONLINE = "online"
    OFFLINE = "offline"
    """The last request could not reach the CRM; it is asked again regularly."""
    WORKING_OFFLINE = "working_offline"
    """The user chose to work offline: nothing is asked until they go online."""


class ConnectionMonitor(QObject):
    stateChanged = Signal(Reachability)
    """The new state."""
    backOnline = Signal()
    """The CRM answered again after being unreachable (or after working offline)."""
    checkFinished = Signal()
    """A check (``check_now``) is over, whatever it found."""

    def __init__(
        self,
        client: ClientSource,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        work_offline: bool = False,
        recheck_interval_ms: int = RECHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._state = Reachability.WORKING_OFFLINE if work_offline else Reachability.UNKNOWN
        self._missed = work_offline
        """True from losing the CRM until it answers again (``backOnline``)."""
        self._probe = TaskSlot(tasks)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(recheck_interval_ms)
        self._recheck.timeout.connect(self.check_now)

    @property
    def state(self) -> Reachability:
        return self._state

    @property
    def is_offline(self) -> bool:
        return self._state in (Reachability.OFFLINE, Reachability.WORKING_OFFLINE)

    @property
    def allows_requests(self) -> bool:
        """False while working offline: services then answer from the local copy only."""
        return self._state is not Reachability.WORKING_OFFLINE

    @property
    def recheck_scheduled(self) -> bool:
        """A check is planned (while offline, every ``recheck_interval_ms``)."""
        return self._recheck.isActive()

    @property
    def checking(self) -> bool:
        """A check is under way."""
        return self._probe.busy

    # -- what services report ------------------------------------------------------------------------

    def note_answer(self) -> None:
        """A request was answered: the CRM is reachable."""
        if self._state is not Reachability.WORKING_OFFLINE:
            self._set(Reachability.ONLINE)

    def note_failure(self, error: BaseException) -> bool:
        """A request failed; returns True when it failed because the CRM is unreachable."""
        if self._state is Reachability.WORKING_OFFLINE:
            return is_offline_error(error)
        if is_offline_error(error):
            self._set(Reachability.OFFLINE)
            return True
        if is_crm_answer(error):
            self._set(Reachability.ONLINE)
        return False

    # -- checking ----------------------------------------------------------------------------------

    def check_now(self) -> None:
        """Asks the CRM something small (the user's communities) to learn whether it is reachable."""
        if self._state is Reachability.WORKING_OFFLINE or self._probe.busy:
            return
        self._recheck.stop()
        source = self._client

        def probe(context: TaskContext) -> object:
            return client_of(source).my_communities()

        def on_finished() -> None:
            if self._state is Reachability.OFFLINE:
                self._recheck.start()
            self.checkFinished.emit()

        self._probe.run(probe, on_success=lambda _: self.note_answer(), on_error=self.note_failure,
                        on_finished=on_finished)

    def go_online(self) -> None:
        """Leaves working offline (if so) and checks the CRM at once."""
        if self._state is Reachability.WORKING_OFFLINE:
            self._set(Reachability.UNKNOWN)
        self.check_now()

    def stop(self) -> None:
        self._recheck.stop()
        self._probe.cancel()

    def _set(self, state: Reachability) -> None:
        if state is self._state:
            return
        if state in (Reachability.OFFLINE, Reachability.WORKING_OFFLINE):
            self._missed = True
        self._state = state
        if state is Reachability.OFFLINE:
            if not self._probe.busy:
                self._recheck.start()
        else:
            self._recheck.stop()
        self.stateChanged.emit(state)
        if state is Reachability.ONLINE and self._missed:
            self._missed = False
            self.backOnline.emit()
