"""The communities the signed-in user can switch between, with the role in each.

With a local copy, ``loaded`` comes first with the communities saved on this computer (so that the window
opens the last community without the network), then again with the CRM's, which are saved in turn.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.services.connection import ClientSource, ConnectionMonitor, client_of, is_offline_error
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, NotSavedOfflineError
from optimce_desktop.services.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from optimce_desktop.domain.models import Community

log = logging.getLogger(__name__)


class CommunityService(QObject):
    loaded = Signal(list)  # list[Community]
    failed = Signal(BaseException)

    def __init__(self, client: ClientSource, tasks: TaskRunner,
                 parent: QObject | None = None, *, offline_copy: SavedDirectory | None = None,
                 connection: ConnectionMonitor | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks
        self._offline_copy = offline_copy
        self._connection = connection

    def load(self) -> None:
        source, offline_copy, connection = self._client, self._offline_copy, self._connection
        ask_crm = connection is None or connection.allows_requests

        def work(context: TaskContext) -> list[Community] | BaseException | None:
            saved = _saved_communities(offline_copy)
            if saved:
                context.report(saved)
            if not ask_crm:
                if not saved:
                    raise NotSavedOfflineError("communities")
                return None
            try:
                communities = client_of(source).my_communities()
            except Exception as error:
                if saved and is_offline_error(error):
                    return error  # the saved ones are shown: only the connection state changes
                raise
            if offline_copy is not None:
                try:
                    offline_copy.save_communities(communities)
                except STORAGE_ERRORS as error:
                    log.warning("The communities could not be saved on this computer: %s", error)
            return communities

        def on_done(result: list[Community] | BaseException | None) -> None:
            if isinstance(result, BaseException):
                self._note_failure(result)
            elif result is not None:
                if connection is not None:
                    connection.note_answer()
                self.loaded.emit(result)

        def on_error(error: BaseException) -> None:
            self._note_failure(error)
            self.failed.emit(error)

        self._tasks.run(work, on_progress=self.loaded.emit, on_success=on_done, on_error=on_error)

    def _note_failure(self, error: BaseException) -> None:
        if self._connection is not None:
            self._connection.note_failure(error)


def _saved_communities(offline_copy: SavedDirectory | None) -> list[Community]:
    if offline_copy is None:
        return []
    try:
        saved = offline_copy.communities()
    except STORAGE_ERRORS as error:
        log.warning("The saved communities could not be read: %s", error)
        return []
    return saved.communities if saved is not None else []
