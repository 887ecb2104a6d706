"""The main window and the copy of the CRM saved on this computer: start-up from it, an unreadable file,
working offline, and "Refresh all"."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.cache.retention import SignOutChoice
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.main_window import SETTINGS_COMMUNITY, SETTINGS_SIGN_OUT
from optimce_desktop.services.connection import Reachability
from tests.support.screenshots import save_screenshot

YESTERDAY = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
GHOST_EAN = "541448000000099990"


def save_copy(client, local_database, *, renumber: str | None = None, ghost: bool = False) -> list[str]:
    """Saves the CRM's list of CE Les Tournesols as read yesterday; returns its EANs. ``renumber`` gives
    that meter another number, ``ghost`` adds a meter the CRM no longer has."""
    client.community_id = TOURNESOLS_AUTH_ID
    items = [item for page in client.iter_meter_pages(page_size=500) for item in page.items]
    saved = [item.model_copy(update={"meter_number": "OLD-NUMBER"}) if item.EAN == renumber else item
             for item in items]
    if ghost:
        saved.append(items[0].model_copy(update={"EAN": GHOST_EAN}))
    database = Database(local_database)
    writer = SavedMeters(database).begin_refresh(TOURNESOLS_AUTH_ID, with_details=False)
    writer.add_items(saved, YESTERDAY)
    writer.commit(YESTERDAY)
    SavedDirectory(database).save_communities(client.my_communities(), YESTERDAY)
    return [item.EAN for item in saved]


def loaded(window) -> bool:
    return window.meters.saved_list is not None and not window.meters.loading_list \
        and window.meters.community is not None


def test_start_shows_the_saved_rows_before_any_answer_then_updates_them_in_place(
        qtbot, emulator, open_window, manager_client, local_database, app_settings):
    renumbered = GUIDE_EAN
    saved = save_copy(manager_client, local_database, renumber=renumbered, ghost=True)
    app_settings.setValue(SETTINGS_COMMUNITY, TOURNESOLS_AUTH_ID)
    for route in (r"^/communities/my-communities$", r"^/meters$"):
        emulator.faults.add(method="GET", path=re.compile(route), delay_before=1.0)

    window = open_window()
    # every saved row, and the copy said opened (its date), which comes once its last rows are shown
    model, dated = window.table_model, window.refresh_label
    qtbot.waitUntil(lambda: model.total_count == len(saved) and bool(dated.text()), timeout=5000)
    assert window.connection.state is Reachability.UNKNOWN  # no answer of the CRM yet
    assert window.table_model.meter_row(renumbered).meter_number == "OLD-NUMBER"
    assert window.refresh_label.text() == f"Refreshed {YESTERDAY.astimezone():%d/%m/%Y %H:%M}"
    assert window.select_meter(renumbered)

    qtbot.waitUntil(lambda: window.table_model.meter_row(GHOST_EAN) is None, timeout=10_000)
    assert window.table_model.total_count == len(saved) - 1
    assert window.table_model.meter_row(renumbered).meter_number != "OLD-NUMBER"
    assert window.selected_ean == renumbered
    qtbot.waitUntil(lambda: loaded(window), timeout=10_000)
    saved_list = SavedMeters(Database(local_database)).saved_list(TOURNESOLS_AUTH_ID)
    assert saved_list is not None and saved_list.fetched_at > YESTERDAY
    assert saved_list.meter_count == len(saved) - 1


def test_an_unreadable_local_database_is_set_aside_said_once_and_rebuilt(
        qtbot, emulator, open_window, local_database):
    local_database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    damaged = local_database.read_bytes()

    window = open_window()
    qtbot.waitUntil(window.notice_banner.isVisible, timeout=5000)
    [aside] = [p for p in local_database.parent.iterdir() if p.name.startswith(local_database.name + ".")]
    assert aside.read_bytes() == damaged
    assert aside.name.startswith(f"{local_database.name}.corrupt-")
    assert "could not be read" in window.notice_banner.message.text()
    assert aside.name in window.notice_banner.message.text()
    qtbot.waitUntil(lambda: loaded(window), timeout=10_000)
    window.close()

    emulator.stop()  # the rows of the next start can only come from the rebuilt file
    again = open_window()
    qtbot.waitUntil(lambda: again.table_model.total_count > 0 and again.offline_banner.isVisible(),
                    timeout=10_000)
    assert not again.notice_banner.isVisible()  # said once


def test_working_offline_asks_the_crm_nothing_until_going_online(
        qtbot, emulator, open_window, manager_client, local_database, app_settings, task_runner):
    saved = save_copy(manager_client, local_database)
    app_settings.setValue(SETTINGS_COMMUNITY, TOURNESOLS_AUTH_ID)
    requests = emulator.faults.add(path="/", times=None)  # counts every request, changes none

    window = open_window(work_offline=True)
    qtbot.waitUntil(lambda: window.table_model.total_count == len(saved)
                    and window.meters.community is not None, timeout=5000)
    assert window.offline_banner.isVisible() and window.offline_banner.action.text() == "Go online"
    assert window.connection_label.text().endswith("Working offline")
    assert not window.ui.refreshAllButton.isEnabled()
    assert "working offline" in window.ui.refreshAllButton.toolTip()
    window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: "not saved on this computer" in window.detail_pane.placeholder.text(),
                    timeout=5000)
    assert not window.detail_pane.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: task_runner.pending == 0, timeout=5000)  # what the window started is done
    assert requests.hits == 0

    qtbot.mouseClick(window.offline_banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.connection.state is Reachability.ONLINE, timeout=5000)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN, timeout=10_000)
    assert not window.offline_banner.isVisible() and requests.hits > 0
    assert window.ui.refreshAllButton.isEnabled()


def test_offline_with_nothing_saved_says_so(qtbot, emulator, open_window):
    emulator.stop()
    window = open_window()
    qtbot.waitUntil(window.offline_banner.isVisible, timeout=10_000)
    assert window.offline_banner.message.text() == "Offline: no community is saved on this computer yet."
    assert not window.banner.isVisible() and window.table_model.total_count == 0


def test_a_cancelled_refresh_all_keeps_the_offline_copy(qtbot, emulator, open_window, local_database):
    window = open_window()
    qtbot.waitUntil(lambda: loaded(window), timeout=15_000)
    before = window.meters.saved_list
    emulator.faults.add(method="GET", path=re.compile(r"^/meters/\d+$"), delay_before=0.05, times=None)

    qtbot.mouseClick(window.ui.refreshAllButton, Qt.MouseButton.LeftButton)
    dialog = window.refresh_all_dialog
    assert dialog is not None and dialog.isVisible() and not window.ui.refreshAllButton.isEnabled()
    qtbot.waitUntil(lambda: "Reading the details of the meters…" in dialog.stage_label.text()
                    and dialog.progress.value() > 0, timeout=10_000)
    save_screenshot(dialog, "refresh-all.png")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.refresh_all_dialog is None, timeout=5000)

    offline_copy = SavedMeters(Database(local_database))
    assert offline_copy.saved_list(TOURNESOLS_AUTH_ID) == before
    assert window.meters.saved_list == before
    assert window.ui.refreshAllButton.isEnabled()


def test_refresh_all_cancelled_while_reading_the_list_reads_the_list_again(qtbot, emulator, open_window):
    window = open_window()
    qtbot.waitUntil(lambda: loaded(window), timeout=15_000)
    slow_list = emulator.faults.add(method="GET", path=re.compile(r"^/meters/?$"), delay_before=0.5)
    qtbot.mouseClick(window.ui.refreshAllButton, Qt.MouseButton.LeftButton)
    dialog = window.refresh_all_dialog
    qtbot.waitUntil(lambda: slow_list.hits == 1, timeout=5000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.refresh_all_dialog is None, timeout=5000)
    # the list is read again as by Refresh: its progress bar goes once it is complete
    qtbot.waitUntil(lambda: not window.ui.loadProgress.isVisible(), timeout=10_000)
    assert window.table_model.total_count == 305


def test_the_sign_out_choice_is_a_setting(main_window, app_settings):
    action = main_window.ui.actionKeepOfflineData
    assert action.isChecked() and app_settings.value(SETTINGS_SIGN_OUT) is None  # keep, by default
    action.trigger()
    assert app_settings.value(SETTINGS_SIGN_OUT) == SignOutChoice.REMOVE.value
    action.trigger()
    assert app_settings.value(SETTINGS_SIGN_OUT) == SignOutChoice.KEEP.value
