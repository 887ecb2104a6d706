"""The communities the signed-in user can switch between, with the role in each."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from optimce_desktop.crm.client import CrmClient
from optimce_desktop.services.tasks import TaskRunner


class CommunityService(QObject):
    loaded = Signal(list)  # list[Community]
    failed = Signal(object)

    def __init__(self, client: CrmClient, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._tasks = tasks

    def load(self) -> None:
        client = self._client
        self._tasks.run(lambda context: client.my_communities(), on_success=self.loaded.emit,
                        on_error=self.failed.emit)
