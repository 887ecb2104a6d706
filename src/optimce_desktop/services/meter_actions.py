"""The meter actions' way to the CRM (add, modify, deactivate, cancel a scheduled change): each action is a
``MeterWrite`` of a change the domain describes, sent through the window's ``ChangeSender``, which every
change to a meter takes: kept on disk while it is sent, sent once, an uncertain outcome settled by reading
the meter again (never by sending again), kept as a draft when the CRM cannot be reached.

Every result arrives on the GUI thread as ``resultReady``, the write it answers attached, its outcome a
``Sent``. An ``UNKNOWN`` one is followed by an ``APPLIED`` or ``UNCONFIRMED`` one once the re-reads say.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.drafts import Draft
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.services.outcome_checks import SettledHow, Settlement
from optimce_desktop.services.problems import Problem
from optimce_desktop.services.sending import ChangeSender, Sending, Sent

_tokens = itertools.count(1)
ACTION_KINDS = (ChangeKind.ADD, ChangeKind.MODIFY, ChangeKind.DEACTIVATE, ChangeKind.CANCEL_SCHEDULED)


@dataclass(frozen=True, eq=False)
class MeterWrite:
    """One change to one meter of the community the form was opened in."""

    change: MeterChange
    community_id: str
    token: int = field(default_factory=lambda: next(_tokens))

    @property
    def kind(self) -> ChangeKind:
        return self.change.kind

    @property
    def ean(self) -> str:
        return self.change.ean


@dataclass(frozen=True)
class WriteResult:
    write: MeterWrite
    outcome: Sent
    detail: MeterDetail | None = None
    problem: Problem | None = None
    error_code: int | None = None
    request_field: str | None = None
    """The request field the CRM's refusal is about, when it said (``EAN``, ``start_date``...)."""
    draft: Draft | None = None
    draft_problem: Problem | None = None
    """Why the change could not be kept as a draft, when that failed."""


class MeterActionService(QObject):
    resultReady = Signal(WriteResult)
    """An ``UNKNOWN`` one is followed by an ``APPLIED`` or ``UNCONFIRMED`` one."""
    offlineChanged = Signal(bool)
    """Whether ``submit`` now keeps writes as drafts instead of sending them."""

    def __init__(self, sender: ChangeSender, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sender = sender
        self._awaiting: dict[tuple[str, ChangeKind], MeterWrite] = {}
        self._closed = False
        sender.settled.connect(self._settled)
        sender.offlineChanged.connect(self.offlineChanged)

    def set_check_delays(self, delays: Sequence[float]) -> None:
        """Seconds between the re-reads of a write whose answer was lost, from the next write on."""
        self.sender.set_check_delays(delays)

    @property
    def works_offline(self) -> bool:
        """The CRM cannot be reached now: a write is kept as a draft (``KEPT``) without being sent."""
        return self.sender.works_offline

    def is_busy(self, ean: str) -> bool:
        """A change of this meter is being sent or its outcome is not known yet."""
        return any(key[0] == ean for key in self._awaiting) or any(
            self.sender.is_busy(ean, kind) for kind in ACTION_KINDS)

    def community_id(self) -> str:
        return self.sender.community_id()

    def submit(self, write: MeterWrite) -> None:
        self.sender.submit(write.change, lambda sending: self._deliver(write, sending),
                           community_id=write.community_id)

    def shutdown(self) -> None:
        """Stops telling results (the window closes; the sender stops its own re-reads)."""
        self._closed = True

    def _deliver(self, write: MeterWrite, sending: Sending) -> None:
        error = sending.error
        result = WriteResult(write, sending.outcome, sending.detail, sending.problem,
                             error.error_code if error is not None else None,
                             error.field if error is not None else None, sending.draft, sending.draft_problem)
        if sending.outcome is Sent.UNKNOWN:
            self._awaiting[(write.ean, write.kind)] = write
        self._tell(result)

    def _settled(self, ean: str, settlement: Settlement) -> None:
        write = self._awaiting.pop((ean, settlement.kind), None)
        if write is None:
            return
        if settlement.how is SettledHow.STILL_UNCONFIRMED:
            self._tell(WriteResult(write, Sent.UNCONFIRMED))
        else:
            self._tell(WriteResult(write, Sent.APPLIED, settlement.detail))

    def _tell(self, result: WriteResult) -> None:
        if not self._closed:
            self.resultReady.emit(result)
