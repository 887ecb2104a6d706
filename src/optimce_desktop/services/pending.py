"""Pending changes: the changes to meters kept on this computer (updates, new meters, modified meters,
deactivations, cancelled scheduled changes), waiting to be sent to the CRM.

A draft is never sent as it was saved. Sending starts with ``revalidate``: the meter is read again from the
CRM and the draft checked against it (``Verdict``): already applied (nothing to send, never twice), no longer
possible (a deactivated meter, a period that has started, a new meter's EAN taken), or to be confirmed in its
form, pre-filled from the draft and made against the meter as it is now. An update's findings and changes are
counted from the meter's latest period as re-read (the one it overwrites or follows, a period scheduled
since the draft was made included), not from the period the draft was made from.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.drafts import Draft, DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.domain import deactivation as deactivation_rules
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.meter_form import MeterModification
from optimce_desktop.domain.models import Address, MeterDetail
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import Change, Issue, MeterDataUpdate, TimelineDifference
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, community_of
from optimce_desktop.services.offline_copy import saved_detail
from optimce_desktop.services.outcome_checks import read_meter
from optimce_desktop.services.problems import Problem, problem_from
from optimce_desktop.services.tasks import Priority, TaskContext, TaskRunner, TaskSlot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingChange:
    draft: Draft
    changes: list[Change] = field(default_factory=list)
    """What an update's draft changes from the latest period of the meter as saved on this computer (empty
    when it is not saved, and for the other kinds of change)."""
    address: str = ""

    @property
    def ean(self) -> str:
        return self.draft.ean

    @property
    def kind(self) -> ChangeKind:
        return self.draft.kind


class Verdict(StrEnum):
    """What a draft is, checked against the meter as the CRM has it now."""

    READY = "ready"
    """It can be sent as it was made: confirm it in its form."""
    CHANGED = "changed"
    """The meter changed since it was made: its form shows it against the meter as it is now."""
    APPLIED = "applied"
    """The CRM already shows it (an earlier attempt did reach it): nothing to send, the draft goes."""
    REFUSED = "refused"
    """It cannot be made any more (``refusal`` says why)."""


class Refusal(StrEnum):
    METER_GONE = "meter_gone"
    """The CRM no longer has the meter."""
    EAN_TAKEN = "ean_taken"
    """A new meter's EAN is now the CRM's meter (another one than the draft's)."""
    NOT_ACTIVE = "not_active"
    """A deactivation of a meter that is no longer active: the CRM would add a second inactive period."""
    DEACTIVATION_SCHEDULED = "deactivation_scheduled"
    """A deactivation of a meter whose deactivation is already scheduled."""
    NO_LONGER_SCHEDULED = "no_longer_scheduled"
    """A cancelled scheduled change whose period has started since: it is history now."""


@dataclass(frozen=True)
class Revalidation:
    """A draft checked against the meter as the CRM has it now."""

    draft: Draft
    detail: MeterDetail | None
    """The meter as the CRM has it now (None: it has none with this EAN)."""
    verdict: Verdict
    refusal: Refusal | None = None
    issues: list[Issue] = field(default_factory=list)
    """An update's findings against the meter's timeline now (a scheduled period it would overwrite or
    follow included)."""
    differences: list[TimelineDifference] = field(default_factory=list)
    """How the meter's timeline changed since an update's draft was saved."""

    @property
    def ean(self) -> str:
        return self.draft.ean

    @property
    def kind(self) -> ChangeKind:
        return self.draft.kind

    @property
    def already_applied(self) -> bool:
        """The CRM already shows the draft's change (an earlier attempt did reach it): nothing to send."""
        return self.verdict is Verdict.APPLIED

    @property
    def change(self) -> MeterChange:
        """The draft's change, made against the meter as it is now (as its form shows it)."""
        change, detail = self.draft.change, self.detail
        if detail is None:
            return change
        if isinstance(change, MeterDataUpdate):
            return change.model_copy(update={"timeline": detail.timeline}, deep=True)
        if isinstance(change, MeterModification):
            return change.against(detail)
        return change

    @property
    def update(self) -> MeterDataUpdate:
        """An update's form, its timeline replaced by the fresh one."""
        change = self.change
        assert isinstance(change, MeterDataUpdate)
        return change

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_error]

    @property
    def changes(self) -> list[Change]:
        """What an update's draft changes from the meter's latest period as re-read (the one it overwrites or
        follows): every value the CRM would hold differently once it is sent. Empty for the other kinds of
        change, and for an update that changes nothing any more (``changes_nothing``)."""
        if self.detail is None or not isinstance(self.draft.change, MeterDataUpdate):
            return []
        return self.update.changes()

    @property
    def changes_nothing(self) -> bool:
        """An update's draft that would leave the meter as re-read unchanged: its form cannot send it."""
        return (self.detail is not None and isinstance(self.draft.change, MeterDataUpdate)
                and self.update.changes_nothing())


def check(draft: Draft, detail: MeterDetail | None, today: dt.date) -> Revalidation:
    """``draft`` against the meter as the CRM has it now (None: it has no meter with that EAN)."""
    change = draft.change
    if change.is_applied_in(detail):
        return Revalidation(draft, detail, Verdict.APPLIED)
    if isinstance(change, NewMeter):
        if detail is None:
            return Revalidation(draft, detail, Verdict.READY)
        return Revalidation(draft, detail, Verdict.REFUSED, Refusal.EAN_TAKEN)
    if detail is None:
        return Revalidation(draft, detail, Verdict.REFUSED, Refusal.METER_GONE)
    if isinstance(change, MeterDataUpdate):
        fresh = change.model_copy(update={"timeline": detail.timeline}, deep=True)
        differences = change.meter_changes(detail)
        return Revalidation(draft, detail, Verdict.CHANGED if differences else Verdict.READY, None,
                            fresh.issues(today), differences)
    if isinstance(change, Deactivation):
        refusal = deactivation_rules.refusal(detail, today)
        if refusal is deactivation_rules.Refusal.ALREADY_SCHEDULED:
            return Revalidation(draft, detail, Verdict.REFUSED, Refusal.DEACTIVATION_SCHEDULED)
        if refusal is not None:
            return Revalidation(draft, detail, Verdict.REFUSED, Refusal.NOT_ACTIVE)
    if isinstance(change, ScheduledChangeCancel) and not change.is_still_scheduled_in(detail, today):
        return Revalidation(draft, detail, Verdict.REFUSED, Refusal.NO_LONGER_SCHEDULED)
    return Revalidation(draft, detail, Verdict.READY if change.is_unchanged_in(detail) else Verdict.CHANGED)


class PendingChanges(QObject):
    listed = Signal(list)
    """list[PendingChange] of the active community, the most recently saved first."""
    revalidated = Signal(Revalidation)
    revalidationFailed = Signal(str, str, Problem)
    """EAN, kind of change (``ChangeKind``), why."""

    def __init__(
        self,
        client: ClientSource,
        tasks: TaskRunner,
        drafts: DraftStore,
        connection: ConnectionMonitor,
        parent: QObject | None = None,
        *,
        offline_copy: SavedMeters | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks
        self._listing = TaskSlot(tasks)
        self._drafts = drafts
        self._connection = connection
        self._offline_copy = offline_copy
        self._today = today
        self.pending: list[PendingChange] = []

    def refresh(self) -> None:
        """Lists the active community's drafts (``listed``)."""
        source, drafts, offline_copy = self._client, self._drafts, self._offline_copy

        def work(context: TaskContext) -> list[PendingChange]:
            community_id = community_of(source)
            return [_pending(draft, offline_copy) for draft in drafts.list(community_id)]

        def on_done(pending: list[PendingChange]) -> None:
            self.pending = pending
            self.listed.emit(pending)

        def on_error(error: BaseException) -> None:
            log.warning("The drafts could not be read: %s", problem_from(error).technical)
            on_done([])

        # Refreshes may overlap (community switch, a saved draft, back online) and end in any order: only
        # the latest one's answer counts, or another community's drafts could show.
        self._listing.run(work, on_success=on_done, on_error=on_error)

    def revalidate(self, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> None:
        """Reads the meter from the CRM and checks the meter's draft of that kind against it
        (``revalidated``); the fresh detail is saved on this computer too."""
        source, drafts, offline_copy, today = self._client, self._drafts, self._offline_copy, self._today()

        def work(context: TaskContext) -> Revalidation | None:
            client = client_of(source)
            community_id = community_of(client)
            draft = drafts.get(community_id, ean, kind)
            if draft is None:
                return None
            return check(draft, read_meter(client, ean, community_id, save_to=offline_copy), today)

        def on_done(result: Revalidation | None) -> None:
            self._connection.note_answer()
            if result is None:
                self.refresh()  # sent or discarded meanwhile
            else:
                self.revalidated.emit(result)

        def on_error(error: BaseException) -> None:
            self._connection.note_failure(error)
            self.revalidationFailed.emit(ean, kind.value, problem_from(error))

        self._tasks.run(work, on_success=on_done, on_error=on_error, priority=Priority.USER_REQUEST)


def _pending(draft: Draft, offline_copy: SavedMeters | None) -> PendingChange:
    change = draft.change
    if isinstance(change, NewMeter):
        fields = change.fields
        address = Address(street=fields.street, number=fields.number, postcode=fields.postcode,
                          city=fields.city, supplement=fields.supplement or None)
        return PendingChange(draft, address=address.one_line)
    saved = saved_detail(offline_copy, draft.community_id, draft.ean)
    if saved is None:
        return PendingChange(draft)
    if not isinstance(change, MeterDataUpdate):
        return PendingChange(draft, address=saved.address.one_line)
    against_saved = change.model_copy(update={"timeline": saved.timeline}, deep=True)
    return PendingChange(draft, against_saved.changes(), saved.address.one_line)
