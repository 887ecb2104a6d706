"""Every member of the active community, loaded once in the background, for pickers such as the holder.

The CRM's own ``name`` filter is case-sensitive and pages of 10 are what the web app showed (its holder
list missed most members); here all members are fetched in large pages and searched locally, ignoring case
and accents ("Lemaître" is found by "lemai").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.crm.errors import CommunityAccessError
from optimce_desktop.domain.models import MemberRef
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

MEMBER_PAGE_SIZE = 500


class MemberDirectory(QObject):
    """Loads the community's members on demand; ``loaded`` and ``failed`` arrive on the GUI thread."""

    loaded = Signal(list)
    """list[MemberRef], sorted by name."""
    failed = Signal(Problem)
    """``members`` keeps what an earlier load found."""

    def __init__(self, client: ClientSource, tasks: TaskRunner, parent: QObject | None = None, *,
                 offline_copy: SavedDirectory | None = None,
                 connection: ConnectionMonitor | None = None) -> None:
        super().__init__(parent)
        self._client_source = client
        self._loading = TaskSlot(tasks)
        self._offline_copy = offline_copy
        """Where the members are saved, and read back when the CRM cannot be reached."""
        self._connection = connection
        self._members: list[MemberRef] = []
        self._folded_names: list[str] = []
        self._loaded = False
        self.last_problem: Problem | None = None

    @property
    def members(self) -> list[MemberRef]:
        return list(self._members)

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def is_loading(self) -> bool:
        return self._loading.busy

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
        self._members, self._folded_names, self._loaded = [], [], False
        self.reload()

    def search(self, text: str, limit: int | None = None) -> list[MemberRef]:
        """Members whose name contains ``text``, ignoring case and accents; all of them for empty text."""
        query = fold(text.strip())
        found = [m for m, name in zip(self._members, self._folded_names, strict=True) if query in name]
        return found if limit is None else found[:limit]

    def by_id(self, member_id: int) -> MemberRef | None:
        return next((m for m in self._members if m.id == member_id), None)

    def _start(self) -> None:
        client = client_of(self._client_source)
        # the community active now: a load still running when the user switches reads no page for another
        offline_copy, community_id = self._offline_copy, community_of(client)
        ask_crm = self._connection is None or self._connection.allows_requests

        def fetch(context: TaskContext) -> list[MemberRef]:
            members = []
            try:
                if not ask_crm:
                    raise NotSavedOfflineError("members")
                if not community_id:
                    raise CommunityAccessError(detail="No active community is selected")
                members.extend(client.iter_members(page_size=MEMBER_PAGE_SIZE, community_id=community_id,
                                                   before_request=context.raise_if_cancelled))
            except Exception as error:
                offline = not ask_crm or is_offline_error(error)
                saved = _saved_members(offline_copy, community_id) if offline else None
                if saved is None:
                    raise
                members = saved
            else:
                _save_members(offline_copy, community_id, members)
            return sorted(members, key=lambda m: (fold(m.name), m.id))

        self._loading.run(fetch, on_success=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, members: list[MemberRef]) -> None:
        self._members = members
        self._folded_names = [fold(m.name) for m in members]
        self._loaded = True
        self.last_problem = None
        self.loaded.emit(self.members)

    def _on_failed(self, error: BaseException) -> None:
        if self._connection is not None:
            self._connection.note_failure(error)
        self.last_problem = problem_from(error)
        self.failed.emit(self.last_problem)


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
