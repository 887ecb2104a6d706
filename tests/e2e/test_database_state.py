"""What the main window says about the data on this computer: locked by another process (left as it is,
usable again later), damaged (drafts recovered and counted, the old file named), written by a newer app
(kept, its drafts still offered), found empty after holding data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from optimce_desktop.app import compose_main_window
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.local_data_banner import BANNER_NAME
from optimce_desktop.gui.main_window import SETTINGS_COMMUNITY
from optimce_desktop.gui.widgets.banner import Banner
from tests.cache.database_helpers import locked_by_another_process


@pytest.fixture
def open_on(qtbot, styled_app, manager_client, task_runner, app_settings):
    """Opens the main window, as the app starts, on a given ``Database``."""
    opened = []

    def opener(database: Database):  # noqa: ANN202 - a MainWindow
        window = compose_main_window(manager_client, task_runner, app_settings, database)
        qtbot.addWidget(window)
        window.show()
        window.start()
        opened.append(window)
        return window

    yield opener
    for window in opened:
        window.close()


@pytest.fixture
def draft_kept(manager_client, local_database, app_settings) -> MeterDataUpdate:
    """A draft of the guide's meter kept in the user's local database, its community remembered."""
    manager_client.community_id = TOURNESOLS_AUTH_ID
    update = MeterDataUpdate.from_detail(manager_client.meter_detail(GUIDE_EAN))
    update.amperage = 50
    DraftStore(local_database).save(TOURNESOLS_AUTH_ID, update, DraftReason.KEPT_BY_USER)
    app_settings.setValue(SETTINGS_COMMUNITY, TOURNESOLS_AUTH_ID)
    return update


def local_data_banner(window) -> Banner:
    return window.findChild(Banner, BANNER_NAME)


def offers_drafts(window, count: int) -> bool:
    return window.pending_button.isVisible() and f"{count} pending change" in window.pending_button.text()


def moved_aside(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir()
            if p.name.startswith(path.name + ".") and not p.name.endswith(("-wal", "-shm"))]


@pytest.mark.slow
def test_a_locked_database_is_said_left_as_it_is_and_used_again_once_free(qtbot, open_on, draft_kept,
                                                                         local_database):
    with closing(sqlite3.connect(local_database)) as conn:  # the draft's write, into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = local_database.read_bytes()
    with locked_by_another_process(local_database):
        window = open_on(Database(local_database, busy_timeout=0.2))
        banner = local_data_banner(window)
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert banner.message.text().startswith(
            "The data on this computer cannot be used right now: another program is using it (database is "
            "locked). It is left as it is, and the app tries again.")
        assert banner.action.text() == "Try again" and not banner.close_button.isVisible()
        assert moved_aside(local_database) == []
        # compared while still locked: once it is free, the app may rightly write to it again
        assert local_database.read_bytes() == before

    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert window.notice_banner.message.text() == "The data on this computer can be used again."
    qtbot.waitUntil(lambda: offers_drafts(window, 1), timeout=10_000)  # the draft it holds is offered


@pytest.mark.slow
def test_a_damaged_database_gives_its_drafts_to_the_new_one_and_says_how_many(qtbot, open_on, draft_kept,
                                                                             local_database):
    with closing(sqlite3.connect(local_database)) as conn, conn:
        conn.execute("INSERT INTO drafts (community_id, ean, kind, reason, saved_at, payload) VALUES"
                     " (?, '541448000000000099', 'update', 'kept_by_user', '2026-11-03T00:00:00+00:00',"
                     " '{\"cut short')", (TOURNESOLS_AUTH_ID,))
    Database(local_database).mark_damaged()  # as the background integrity check of a run before did

    window = open_on(Database(local_database))
    qtbot.waitUntil(window.notice_banner.isVisible, timeout=10_000)
    [aside] = moved_aside(local_database)
    assert window.notice_banner.message.text() == (
        "The data on this computer could not be read: the file is damaged. It was set aside as "
        f"{aside}, and a new one started (the offline copy is saved again from the CRM). 1 unsent update(s) "
        "were recovered; 1 could not be read.")
    qtbot.waitUntil(lambda: offers_drafts(window, 1), timeout=10_000)
    assert [d.ean for d in DraftStore(local_database).list(TOURNESOLS_AUTH_ID)] == [draft_kept.ean]


@pytest.mark.slow
def test_a_newer_apps_database_is_kept_and_its_drafts_still_offered(qtbot, open_on, draft_kept,
                                                                   local_database):
    with closing(sqlite3.connect(local_database)) as conn, conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from a newer app', '2030-01-01')")

    window = open_on(Database(local_database))
    banner = local_data_banner(window)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.message.text().startswith(
        "The data on this computer was written by a newer version of OptimCE Desktop, so this version only "
        "reads it: the updates kept there are still offered, but nothing new can be saved on this computer.")
    assert not banner.action.isVisible()  # trying again cannot help
    qtbot.waitUntil(lambda: offers_drafts(window, 1), timeout=10_000)
    assert moved_aside(local_database) == []
    with closing(sqlite3.connect(local_database)) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 99


@pytest.mark.slow
def test_a_database_found_empty_after_holding_data_is_reported(qtbot, open_on, draft_kept, local_database):
    local_database.write_bytes(b"")
    window = open_on(Database(local_database))
    qtbot.waitUntil(window.notice_banner.isVisible, timeout=10_000)
    assert window.notice_banner.message.text() == (
        f"The data on this computer was found empty although it held data: the file {local_database} was cut "
        "short outside the app. Its unsent updates could not be recovered; the offline copy is saved again "
        "from the CRM.")
