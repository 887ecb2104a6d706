"""The main window on bad data from the CRM (the emulator, its answers replaced by its fault switch):
malformed meters, pages that do not end, and a community switched while its list is read."""

from __future__ import annotations

import logging
import math
import re
import threading
from typing import Any

import httpx
import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.emulator import TOURNESOLS_AUTH_ID
from optimce_desktop.gui.main_window import MainWindow
from optimce_desktop.gui.meter_rows import MeterRow
from optimce_desktop.services.communities import CommunityService
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.meters import MeterService

LIST = re.compile(r"^/meters/?$")
UNREADABLE_TEXT = ("5 meter(s) could not be read: the CRM sent them in a form this app does not understand, "
                   "so they are left out of the list.")
INCOMPLETE_TEXT = "The CRM's pages of meters did not end as announced: the list may be incomplete."


def emulator_list(emulator, headers: dict[str, str]) -> list[dict[str, Any]]:
    """The community's list as the emulator answers it, item by item."""
    answer = httpx.get(f"{emulator.base_url}/meters", params={"limit": 5000}, headers=headers, timeout=5)
    return answer.json()["data"]


def list_answer(items: list[dict[str, Any]], *, total: int, total_pages: int) -> dict[str, Any]:
    pagination = {"page": 1, "limit": 2000, "total": total, "total_pages": total_pages}
    return {"data": items, "error_code": 0, "pagination": pagination}


def wait_for_list(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible(),
                    timeout=15_000)


def test_malformed_meters_are_left_out_and_counted(qtbot, emulator, manager_headers, main_window, caplog):
    items = emulator_list(emulator, manager_headers)
    bad = {3: ("start_date", "06/12/2026"), 10: ("status", None), 20: ("EAN", 541448000000000020),
           30: ("address", None)}
    for index, (name, value) in bad.items():
        items[index] = {**items[index], name: value}
    items[40] = {name: value for name, value in items[40].items() if name != "EAN"}
    left_out = {items[i]["EAN"] for i in (3, 10, 30)}
    emulator.faults.add(method="GET", path=LIST, status=200, body=list_answer(
        items, total=len(items), total_pages=1))

    with caplog.at_level(logging.WARNING, logger="optimce_desktop.crm"):
        main_window.start()
        wait_for_list(qtbot, main_window)

    assert main_window.table_model.total_count == len(items) - 5
    assert all(main_window.table_model.row_of(ean) is None for ean in left_out)
    banner = main_window.list_banner
    assert banner.isVisible() and banner.message.text() == UNREADABLE_TEXT
    assert any("5 of" in r.getMessage() and "could not be read" in r.getMessage() for r in caplog.records)

    main_window.refresh()  # the CRM answers well again (the fault was used once)
    qtbot.waitUntil(lambda: main_window.table_model.total_count == len(items), timeout=15_000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)


def test_pages_that_repeat_end_the_walk_and_say_the_list_may_be_incomplete(
    qtbot, emulator, manager_headers, main_window, caplog
):
    first = emulator_list(emulator, manager_headers)[:100]
    repeating = emulator.faults.add(method="GET", path=LIST, status=200, times=None, body=list_answer(
        first, total=5000, total_pages=50))

    with caplog.at_level(logging.WARNING, logger="optimce_desktop.crm"):
        main_window.start()
        wait_for_list(qtbot, main_window)

    assert repeating.hits == 2  # the first page, then the same again: the walk stops there
    assert main_window.table_model.total_count == 100
    assert main_window.list_banner.isVisible() and main_window.list_banner.message.text() == INCOMPLETE_TEXT
    assert any("walk stopped" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)

    emulator.faults.clear()
    combo = main_window.ui.communityCombo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if i != combo.currentIndex() and combo.model().item(i).isEnabled()))
    assert not main_window.list_banner.isVisible()  # it spoke of the community left


@pytest.fixture
def paged_window(qtbot, styled_app, manager_client, task_runner, app_settings, local_database):
    """The main window on services as the app wires them, but reading the list in pages of 100 meters."""
    database = Database(local_database)
    connection = ConnectionMonitor(manager_client, task_runner)
    meters = MeterService(manager_client, task_runner, page_size=100, offline_copy=SavedMeters(database),
                          connection=connection)
    communities = CommunityService(manager_client, task_runner, offline_copy=SavedDirectory(database),
                                   connection=connection)
    window = MainWindow(communities, meters, app_settings)
    connection.setParent(window)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_switching_community_while_its_list_is_read_reads_no_page_more(qtbot, emulator, paged_window,
                                                                        task_runner):
    window = paged_window
    list_requests = emulator.faults.add(method="GET", path=LIST, times=None)  # counts, changes nothing
    entered, release = threading.Event(), threading.Event()

    def row(item) -> MeterRow:  # noqa: ANN001 - holds the first community's walk after its first page
        if not entered.is_set():
            entered.set()
            release.wait(10)
        return MeterRow.from_item(item)

    window.meters.set_row_factory(row)
    window.start()
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert window.active_community.auth_community_id == TOURNESOLS_AUTH_ID
    combo = window.ui.communityCombo
    other = next(i for i in range(combo.count())
                 if i != combo.currentIndex() and combo.model().item(i).isEnabled())
    combo.setCurrentIndex(other)
    release.set()
    wait_for_list(qtbot, window)
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=10_000)

    other_community = window.active_community
    assert other_community.auth_community_id != TOURNESOLS_AUTH_ID
    assert other_community.name in window.windowTitle()
    shown = window.table_model.total_count
    # the first community's walk stopped before its second page; the other's read all its own
    assert list_requests.hits == 1 + math.ceil(shown / 100)
    assert window.meters.offline_copy.saved_list(TOURNESOLS_AUTH_ID) is None
    assert not window.banner.isVisible()
    assert getattr(window, "list_banner", None) is None
