from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from optimce_desktop.emulator import EmulatorServer


@pytest.fixture
def api(emulator: EmulatorServer, manager_headers: dict[str, str]) -> Iterator[httpx.Client]:
    """An HTTP client of the emulator acting as the demo manager in CE Les Tournesols."""
    with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=10) as client:
        yield client


@pytest.fixture
def anonymous_api(emulator: EmulatorServer) -> Iterator[httpx.Client]:
    """An HTTP client of the emulator without any credentials."""
    with httpx.Client(base_url=emulator.base_url, timeout=10) as client:
        yield client
