"""The offline copy as the services use it from their workers: best effort, since a disk that fails must not
keep the CRM's data from being shown. Failures are logged and reported, never raised to the caller."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from optimce_desktop.cache.database import DatabaseError
from optimce_desktop.cache.meters import (
    RefreshAbandonedError,
    RefreshWriter,
    RowSignature,
    SavedList,
    SavedMeters,
)

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.domain.models import MeterDetail, MeterListItem

log = logging.getLogger(__name__)

STORAGE_ERRORS = (DatabaseError, sqlite3.Error, OSError)
"""What reading or writing the local database raises when it fails."""


class NotSavedOfflineError(Exception):
    """The CRM is not asked (working offline) and this computer has no copy of what was asked for."""


def unavailable_without_crm(error: BaseException) -> bool:
    """True when what was asked could not be had: the CRM could not be reached, or the app works offline and
    nothing of it was saved on this computer."""
    from optimce_desktop.services.connection import is_offline_error

    return is_offline_error(error) or isinstance(error, NotSavedOfflineError)


def signature(item: MeterListItem) -> RowSignature:
    start = item.start_date.isoformat() if item.start_date else None
    return (item.meter_number, int(item.status), start, item.address.first_line, item.address.second_line)


class ListSaver:
    """Saves the list as it is read, as the community's new copy once complete. Best effort: a disk that
    fails does not keep the list from being shown (``error`` says why it was not saved)."""

    def __init__(self, offline_copy: SavedMeters | None, community_id: str) -> None:
        self.error: BaseException | None = None
        self.saved_list: SavedList | None = None
        self._before: dict[str, RowSignature] = {}
        self._writer: RefreshWriter | None = None
        if offline_copy is None:
            return
        try:
            self._before = offline_copy.row_signatures(community_id)
            self._writer = offline_copy.begin_refresh(community_id, with_details=False)
        except STORAGE_ERRORS as error:
            self._fail(error)

    def changed(self, item: MeterListItem) -> bool:
        """True when the copy lists the meter with other list fields (its saved detail is then stale)."""
        before = self._before.get(item.EAN)
        return before is not None and before != signature(item)

    def add(self, items: Sequence[MeterListItem]) -> None:
        if self._writer is not None:
            try:
                self._writer.add_items(items)
            except STORAGE_ERRORS as error:
                self._fail(error)

    def commit(self, when: dt.datetime) -> None:
        if self._writer is None:
            return
        try:
            self.saved_list = self._writer.commit(when)
        except RefreshAbandonedError:
            log.info("A newer refresh of the community superseded this one: not saved")
        except STORAGE_ERRORS as error:
            self._fail(error)

    def discard(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.discard()
            except STORAGE_ERRORS as error:  # what it wrote is swept by the next refresh
                log.warning("An unfinished copy of the list could not be discarded: %s", error)

    def _fail(self, error: BaseException) -> None:
        log.warning("The list will not be saved on this computer: %s", error)
        self.error = error
        self.discard()


def saved_detail(offline_copy: SavedMeters | None, community_id: str | None, ean: str) -> MeterDetail | None:
    if offline_copy is None or community_id is None:
        return None
    try:
        saved = offline_copy.detail(community_id, ean)
    except STORAGE_ERRORS as error:
        log.warning("The saved detail of %s could not be read: %s", ean, error)
        return None
    return saved.detail if saved is not None else None


def save_detail(offline_copy: SavedMeters | None, community_id: str | None,
                detail: MeterDetail | None) -> None:
    """Saves a meter just read from the CRM (nothing when it has no such meter: ``detail`` is None)."""
    if offline_copy is None or community_id is None or detail is None:
        return
    try:
        offline_copy.save_details(community_id, [detail])
    except STORAGE_ERRORS as error:
        log.warning("The detail of %s could not be saved on this computer: %s", detail.EAN, error)


def read_and_save_meter(client: CrmClient, offline_copy: SavedMeters | None, community_id: str,
                        ean: str) -> MeterDetail:
    """The meter as the CRM has it now, saved on this computer (best effort, as ``save_detail``); raises what
    the CRM raises (``NotFoundError`` when it has no such meter)."""
    detail = client.meter_detail(ean, community_id=community_id)
    save_detail(offline_copy, community_id, detail)
    return detail


def save_listed(offline_copy: SavedMeters | None, community_id: str, item: MeterListItem) -> None:
    """Adds a meter just created to the community's saved list (best effort, as ``save_detail``): a start
    without the CRM lists it before the next list read."""
    if offline_copy is None:
        return
    try:
        offline_copy.add_listed(community_id, item)
    except STORAGE_ERRORS as error:
        log.warning("Meter %s could not be added to the saved list: %s", item.EAN, error)
