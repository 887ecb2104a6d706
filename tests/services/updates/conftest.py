"""The update service of these tests checks an unconfirmed outcome again quickly, and stops at the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import UpdateService

QUICK_CHECKS = (0.1, 0.2, 0.3)
"""Seconds between the re-reads of an unconfirmed update (the app waits 2, 4, 8 and 16 s)."""


@pytest.fixture
def update_service(crm_client, service_tasks, draft_store) -> Iterator[UpdateService]:
    sender = ChangeSender(crm_client, service_tasks, draft_store, check_delays=QUICK_CHECKS)
    service = UpdateService(sender, service_tasks)
    yield service
    service.shutdown()
