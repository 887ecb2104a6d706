"""Drafts kept in memory while the local database cannot be used right now (busy, locked, full disk, not
writable, written by a newer app), and written to it as soon as it can be.

A change the user keeps is never dropped because the disk said no: ``HoldingDraftStore.save`` holds it,
``get`` and ``list`` offer it as any draft, ``delete`` forgets it (and removes the one on disk once it can),
and ``write_held`` writes what is held (any later call tries it first). Disk I/O, as ``DraftStore``: call
it from worker tasks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from optimce_desktop.cache.database import Database, DatabaseUnavailableError
from optimce_desktop.cache.drafts import Draft, DraftReason, DraftStore, new_draft
from optimce_desktop.domain.change import ChangeKind, MeterChange

log = logging.getLogger(__name__)

_Key = tuple[str, str, ChangeKind]  # community, EAN, kind of change


class _HeldSave:
    def __init__(self, draft: Draft, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.draft = draft
        self.args = args
        self.kwargs = kwargs


class HoldingDraftStore(DraftStore):
    def __init__(self, database: Database, on_change: Callable[[], None] | None = None) -> None:
        """``on_change`` is called (on the worker's thread) when drafts are held, or written at last."""
        super().__init__(database)
        self._held: dict[_Key, _HeldSave | None] = {}  # None: a deletion not yet made on disk
        self._lock = threading.RLock()
        self._on_change = on_change

    @property
    def held_count(self) -> int:
        """The drafts only in memory: lost if the app ends before they are written."""
        with self._lock:
            return sum(1 for held in self._held.values() if held is not None)

    def save(self, community_id: str, change: MeterChange, reason: DraftReason, **kwargs: Any) -> Draft:
        with self._lock:
            if self.write_held():
                try:
                    return super().save(community_id, change, reason, **kwargs)
                except DatabaseUnavailableError as error:
                    log.warning("The draft of %s is kept in memory: %s", change.ean, error)
            draft = new_draft(community_id, change, reason, kwargs.get("saved_at"))
            kwargs = {**kwargs, "saved_at": draft.saved_at}
            held = _HeldSave(draft, (community_id, draft.change, reason), kwargs)
            self._held[(community_id, change.ean, change.kind)] = held
        self._changed()
        return draft

    def get(self, community_id: str, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> Draft | None:
        with self._lock:
            if (community_id, ean, kind) in self._held:
                held = self._held[(community_id, ean, kind)]
                return held.draft if held is not None else None
        self.write_held()
        return super().get(community_id, ean, kind)

    def list(self, community_id: str) -> list[Draft]:
        """The community's drafts, held ones included; only the held ones while the file cannot be read."""
        self.write_held()
        with self._lock:
            held = {(ean, kind): entry for (community, ean, kind), entry in self._held.items()
                    if community == community_id}
        try:
            on_disk = [draft for draft in super().list(community_id) if (draft.ean, draft.kind) not in held]
        except DatabaseUnavailableError:
            if not any(held.values()):
                raise
            on_disk = []
        drafts = on_disk + [entry.draft for entry in held.values() if entry is not None]
        return sorted(drafts, key=lambda draft: (-draft.saved_at.timestamp(), draft.ean, draft.kind))

    def delete(self, community_id: str, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> bool:
        """Removes the meter's draft of that kind; False when there was none (or, while the file cannot be
        used, none held: the one on disk, if any, is removed once it can be)."""
        key = (community_id, ean, kind)
        with self._lock:
            was_held = self._held.pop(key, None) is not None
            if self.write_held():
                try:
                    return super().delete(community_id, ean, kind) or was_held
                except DatabaseUnavailableError as error:
                    log.warning("The draft of %s is removed from the disk later: %s", ean, error)
            self._held[key] = None
        self._changed()
        return was_held

    def write_held(self) -> bool:
        """Writes the held drafts (and deletions); True when nothing is held any more."""
        written = 0
        with self._lock:
            for key, held in list(self._held.items()):
                try:
                    if held is None:
                        super().delete(*key)
                    else:
                        super().save(*held.args, **held.kwargs)
                        written += 1
                except DatabaseUnavailableError:
                    break
                del self._held[key]
            done = not self._held
        if written:
            log.info("%d draft(s) kept in memory were written to the local database", written)
            self._changed()
        return done

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()
