"""Fixtures of the meter-action dialog tests: the real action service on the emulator, and a window for the
dialogs to open over (as the main window in the app)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from optimce_desktop.services.meter_actions import MeterActionService
from optimce_desktop.services.sending import ChangeSender


@pytest.fixture
def service(crm_client, service_tasks, draft_store) -> Iterator[MeterActionService]:
    action_service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))
    yield action_service
    action_service.shutdown()


@pytest.fixture
def window(qtbot) -> QWidget:  # noqa: ANN001
    """A parentless dialog whose message box is deleted after the dialog closed crashes PySide 6.11."""
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    return main
