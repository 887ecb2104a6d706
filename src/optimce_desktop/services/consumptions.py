"""A meter's consumption and injection per day, read from the CRM in the background and saved on this
computer; when the CRM cannot be reached (or the app works offline), the days saved earlier are shown. The
export of the Consumption tab reads them the same way (``ConsumptionReader``).

Each request is for the community whose rows are on screen when it is made (its header and the offline copy's
key alike). ``loaded`` and ``failed`` arrive on the GUI thread, for the latest request only.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.crm.errors import CommunityAccessError
from optimce_desktop.domain.consumption import DailyConsumption, daily_totals
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, is_offline_error
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, NotSavedOfflineError
from optimce_desktop.services.problems import Problem, problem_from
from optimce_desktop.services.tasks import TaskContext, TaskRunner, TaskSlot

if TYPE_CHECKING:
    from optimce_desktop.domain.models import ConsumptionSeries

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConsumptionReading:
    """What is shown for ``ean`` from ``start`` to ``end`` (inclusive Brussels days)."""

    ean: str
    start: dt.date
    end: dt.date
    days: list[DailyConsumption]
    saved_at: dt.datetime | None = None
    """None when just read from the CRM; else the copy saved on this computer, read from the CRM then."""
    missing: list[dt.date] = field(default_factory=list)
    """From the offline copy: the days of the range that were never read."""
    offline_error: BaseException | None = field(default=None, repr=False)
    """Why the offline copy is shown: the CRM could not be reached (None when working offline)."""


class ConsumptionReader:
    """The one way a meter's days are read, for the Consumption tab and its export alike: from the CRM, and
    saved on this computer; from the days saved earlier when the CRM cannot be reached (or the app works
    offline). What each read says about the CRM reaches the connection monitor (``note_read``,
    ``note_failure``, on the GUI thread)."""

    def __init__(self, client: ClientSource, offline_copy: SavedConsumptions | None,
                 connection: ConnectionMonitor | None) -> None:
        self._client_source = client
        self._offline_copy = offline_copy
        self._connection = connection

    def reader(self, community_id: str, ean: str, start: dt.date,
               end: dt.date) -> Callable[[TaskContext], tuple[ConsumptionReading, ConsumptionSeries | None]]:
        """The read of the days from ``start`` to ``end``, to run on a worker: the reading, and the CRM's
        quarter hours it was summed from (None when it comes from the offline copy). Whether the CRM is
        asked is decided now. Raises ``NotSavedOfflineError`` (working offline), or the CRM's error, when not
        one day of the range was saved."""
        source, offline_copy = self._client_source, self._offline_copy
        ask_crm = self._connection is None or self._connection.allows_requests

        def read(context: TaskContext) -> tuple[ConsumptionReading, ConsumptionSeries | None]:
            if not ask_crm:
                not_saved = NotSavedOfflineError("consumption")
                if offline_copy is None:
                    raise not_saved
                return _saved_reading(offline_copy, community_id, ean, start, end, not_saved), None
            try:
                series = client_of(source).consumptions(ean, start, end, community_id=community_id)
            except Exception as error:
                if offline_copy is None or not is_offline_error(error):
                    raise
                return _saved_reading(offline_copy, community_id, ean, start, end, error), None
            days = [day for day in daily_totals(series.timestamps, series.net, series.shared, series.inj_net,
                                                series.inj_shared) if start <= day.day <= end]
            context.raise_if_cancelled()
            _save(offline_copy, community_id, ean, days)
            return ConsumptionReading(ean, start, end, days), series

        return read

    def note_read(self, reading: ConsumptionReading) -> None:
        if self._connection is None:
            return
        if reading.offline_error is not None:
            self._connection.note_failure(reading.offline_error)  # the banner says offline; rechecks start
        elif reading.saved_at is None:
            self._connection.note_answer()

    def note_failure(self, error: BaseException) -> None:
        if self._connection is not None:
            self._connection.note_failure(error)


class ConsumptionService(QObject):
    loaded = Signal(ConsumptionReading)
    failed = Signal(str, Problem)  # the EAN, and why

    def __init__(self, client: ClientSource, tasks: TaskRunner, community: Callable[[], str | None],
                 parent: QObject | None = None, *, offline_copy: SavedConsumptions | None = None,
                 connection: ConnectionMonitor | None = None) -> None:
        """``community`` gives the ``auth_community_id`` of the community on screen."""
        super().__init__(parent)
        self._community = community
        self._reading = TaskSlot(tasks)
        self._reader = ConsumptionReader(client, offline_copy, connection)

    @property
    def loading(self) -> bool:
        return self._reading.busy

    def load(self, ean: str, start: dt.date, end: dt.date) -> None:
        """Reads the days from ``start`` to ``end``; a request still running is abandoned."""
        community_id = self._community()
        read = self._reader.reader(community_id or "", ean, start, end)

        def work(context: TaskContext) -> ConsumptionReading:
            if not community_id:
                raise CommunityAccessError(detail="No community is open")
            reading, _quarter_hours = read(context)
            return reading

        self._reading.run(work, on_success=self._done, on_error=lambda error: self._failed(ean, error))

    def _done(self, reading: ConsumptionReading) -> None:
        self.loaded.emit(reading)
        self._reader.note_read(reading)

    def _failed(self, ean: str, error: BaseException) -> None:
        self._reader.note_failure(error)
        self.failed.emit(ean, problem_from(error))


def _saved_reading(offline_copy: SavedConsumptions, community_id: str, ean: str, start: dt.date, end: dt.date,
                   why: Exception) -> ConsumptionReading:
    """The offline copy of the range; raises ``why`` when not one of its days was saved."""
    saved = offline_copy.load(community_id, ean, start, end)
    if saved.fetched_at is None:
        raise why
    offline_error = None if isinstance(why, NotSavedOfflineError) else why
    return ConsumptionReading(ean, start, end, saved.days, saved.fetched_at, saved.missing, offline_error)


def _save(offline_copy: SavedConsumptions | None, community_id: str, ean: str,
          days: list[DailyConsumption]) -> None:
    if offline_copy is None:
        return
    try:
        offline_copy.save(community_id, ean, days)
    except STORAGE_ERRORS:  # the CRM's answer is shown all the same
        log.warning("Could not save the consumptions of %s", ean, exc_info=True)
