"""Every member of the active community, loaded once in the background, for pickers such as the holder.

The CRM's own ``name`` filter is case-sensitive and pages of 10 are what the web app showed (its holder
list missed most members); here all members are fetched in large pages and searched locally, ignoring case
and accents ("Lemaître" is found by "lemai").

The list gives a member's (family) name only, so members of the same name look alike: for those few, and only
them, the full record (``GET /members/{id}``) is read in the background once the list is in, and their first
name and home address join the list (``ListedMember``), in the offline copy too. Until they arrive, or if they
cannot be read, those members are shown as the list has them (the picker then tells them apart by their id).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.crm.errors import (
    AuthenticationError,
    CommunityAccessError,
    CrmError,
    ForbiddenError,
)
from optimce_desktop.domain.models import ListedMember, MemberRef
from optimce_desktop.domain.text import fold
from optimce_desktop.services.connection import (
    ClientSource,
    ConnectionMonitor,
    client_of,
    community_of,
    is_offline_error,
)
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, NotSavedOfflineError
from optimce_desktop.services.problems import Problem, problem_from
from optimce_desktop.services.tasks import TaskContext, TaskRunner, TaskSlot

log = logging.getLogger(__name__)

MEMBER_PAGE_SIZE = 500
IDENTITIES_READ_AT_MOST = 200
"""Members of a shared name whose records are read in the background, at most: a community with more (a
large one whose names repeat often) keeps their CRM numbers in the picker rather than have the CRM asked
for thousands of records at each opening."""
IDENTITIES_SHOWN_EVERY = 1.0
"""Seconds between two showings of the first names and addresses read so far (a real CRM answers each
member's record in tens of milliseconds; the picker is rebuilt at most this often meanwhile)."""
_STOPPING_ERRORS = (AuthenticationError, CommunityAccessError, ForbiddenError)
"""Failures to read one member's record that would fail for every other one too."""


class MemberDirectory(QObject):
    """Loads the community's members on demand; ``loaded`` and ``failed`` arrive on the GUI thread."""

    loaded = Signal(list)
    """list[MemberRef], sorted by name; emitted again as the first names and home addresses of members of
    the same name arrive (those members are then ``ListedMember``)."""
    failed = Signal(Problem)
    """``members`` keeps what an earlier load found."""

    def __init__(self, client: ClientSource, tasks: TaskRunner, parent: QObject | None = None, *,
                 offline_copy: SavedDirectory | None = None,
                 connection: ConnectionMonitor | None = None) -> None:
        super().__init__(parent)
        self._client_source = client
        self._loading = TaskSlot(tasks)
        self._identifying = TaskSlot(tasks)
        """Reads the full records of the members whose name is shared."""
        self._offline_copy = offline_copy
        """Where the members are saved, and read back when the CRM cannot be reached."""
        self._connection = connection
        self._members: list[MemberRef] = []
        self._search_texts: list[str] = []
        self._loaded = False
        self.last_problem: Problem | None = None

    @property
    def members(self) -> list[MemberRef]:
        """Sorted by name; a member whose name is shared is a ``ListedMember`` once its record is read."""
        return list(self._members)

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def is_loading(self) -> bool:
        return self._loading.busy

    @property
    def is_reading_identities(self) -> bool:
        """The list is in and the records of members of the same name are being read."""
        return self._identifying.busy

    def load(self) -> None:
        """Starts loading unless the members are loaded or being loaded; listen to ``loaded``/``failed``."""
        if self._loaded or self._loading.busy:
            return
        self._start()

    def reload(self) -> None:
        """Loads again; a load in progress is abandoned, the members known so far stay until it ends."""
        self._start()

    def switch_community(self) -> None:
        """Forgets the previous community's members at once, so that none can be picked, and loads."""
        self._set_members([])
        self._loaded = False
        self.reload()

    def search(self, text: str, limit: int | None = None) -> list[MemberRef]:
        """Members whose name (or, once read, first name or home address) contains ``text``, ignoring case
        and accents; all of them for empty text."""
        query = fold(text.strip())
        found = [m for m, known in zip(self._members, self._search_texts, strict=True) if query in known]
        return found if limit is None else found[:limit]

    def by_id(self, member_id: int) -> MemberRef | None:
        return next((m for m in self._members if m.id == member_id), None)

    def homonyms(self) -> list[MemberRef]:
        """The members whose name another member has too (ignoring case and accents)."""
        return _homonyms(self._members)

    def _start(self) -> None:
        client = client_of(self._client_source)
        # the community active now: a load still running when the user switches reads no page for another
        offline_copy, community_id = self._offline_copy, community_of(client)
        ask_crm = self._connection is None or self._connection.allows_requests

        self._identifying.cancel()

        def fetch(context: TaskContext) -> tuple[list[MemberRef], bool]:
            """The members, and whether they come from the CRM (not from the offline copy)."""
            listed: list[MemberRef] = []
            try:
                if not ask_crm:
                    raise NotSavedOfflineError("members")
                if not community_id:
                    raise CommunityAccessError(detail="No active community is selected")
                listed.extend(client.iter_members(page_size=MEMBER_PAGE_SIZE, community_id=community_id,
                                                  before_request=context.raise_if_cancelled))
            except Exception as error:
                offline = not ask_crm or is_offline_error(error)
                saved = _saved_members(offline_copy, community_id) if offline else None
                if saved is None:
                    raise
                members, from_crm = saved, False
            else:
                # what was read of members of the same name at an earlier load, shown until read again
                saved_before = {m.id: m for m in _saved_members(offline_copy, community_id) or ()}
                members = [_identified(m, saved_before.get(m.id)) for m in listed]
                _save_members(offline_copy, community_id, members)
                from_crm = True
            return sorted(members, key=lambda m: (fold(m.name), m.id)), from_crm

        self._loading.run(fetch, on_success=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, result: tuple[list[MemberRef], bool]) -> None:
        members, from_crm = result
        self._set_members(members)
        self._loaded = True
        self.last_problem = None
        self.loaded.emit(self.members)
        if from_crm:
            self._read_identities()

    def _set_members(self, members: list[MemberRef]) -> None:
        self._members = members
        self._search_texts = [_search_text(m) for m in members]

    def _read_identities(self) -> None:
        """Reads, in the background, the full records of the members whose name is shared and who are not
        told apart yet (and of those only: a community may have thousands of members, few of them of the same
        name; one read at an earlier load is kept in the offline copy, not asked of the CRM again)."""
        homonyms = [m for m in _homonyms(self._members)
                    if not (isinstance(m, ListedMember) and m.has_identity)]
        if not homonyms or len(homonyms) > IDENTITIES_READ_AT_MOST:
            return
        client = client_of(self._client_source)
        offline_copy, community_id, members = self._offline_copy, community_of(client), list(self._members)

        def read(context: TaskContext) -> dict[int, ListedMember]:
            found: dict[int, ListedMember] = {}
            shown_at = time.monotonic()
            for member in homonyms:
                context.raise_if_cancelled()
                try:
                    record = client.member_detail(member.id, community_id=community_id)
                except CrmError as error:
                    if is_offline_error(error) or isinstance(error, _STOPPING_ERRORS):
                        log.info("Stopped reading the records of members of the same name: %s", error)
                        break
                    log.info("Member %s keeps its id in the holder list: %s", member.id, error)
                    continue
                if record.has_identity:
                    found[member.id] = ListedMember.with_identity(member, record)
                if time.monotonic() - shown_at >= IDENTITIES_SHOWN_EVERY:
                    context.report(dict(found))
                    shown_at = time.monotonic()
            context.raise_if_cancelled()
            if found:
                _save_members(offline_copy, community_id, [found.get(m.id, m) for m in members])
            return found

        self._identifying.run(read, on_success=self._on_identities, on_progress=self._on_identities,
                              on_error=self._on_identities_failed)

    def _on_identities(self, found: dict[int, ListedMember]) -> None:
        if not found:
            return
        self._set_members([_identified(m, found.get(m.id)) for m in self._members])
        self.loaded.emit(self.members)

    def _on_identities_failed(self, error: BaseException) -> None:
        # the records read so far were shown; the other members keep their id in the picker
        log.info("Could not read the records of members of the same name: %s", error)

    def _on_failed(self, error: BaseException) -> None:
        if self._connection is not None:
            self._connection.note_failure(error)
        self.last_problem = problem_from(error)
        self.failed.emit(self.last_problem)


def _homonyms(members: Sequence[MemberRef]) -> list[MemberRef]:
    counts = Counter(fold(m.name) for m in members)
    return [m for m in members if counts[fold(m.name)] > 1]


def _identified(member: MemberRef, record: MemberRef | None) -> MemberRef:
    """``member`` as the list gives it, with the first name and home address of ``record`` (read from its
    full record, or saved) when it has them and names the member as the list does (a renamed member is read
    again)."""
    if isinstance(record, ListedMember) and record.has_identity and record.name == member.name:
        return ListedMember.with_identity(member, record)
    return member


def _search_text(member: MemberRef) -> str:
    parts = [member.name]
    if isinstance(member, ListedMember):
        parts += [member.first_name or "", member.address_line]
    return fold(" ".join(part for part in parts if part))


def _saved_members(offline_copy: SavedDirectory | None, community_id: str) -> list[MemberRef] | None:
    if offline_copy is None:
        return None
    try:
        saved = offline_copy.members(community_id)
    except STORAGE_ERRORS:
        return None
    return saved.members if saved is not None else None


def _save_members(offline_copy: SavedDirectory | None, community_id: str, members: list[MemberRef]) -> None:
    if offline_copy is not None:
        try:
            offline_copy.save_members(community_id, members)
        except STORAGE_ERRORS:
            pass  # the list is still offered; only the copy for offline use is missing
