"""Offline review, as an operator lives it: the data saved once, the CRM gone, the review from the offline
copy, an update kept as a draft, the CRM back, and the draft sent after it was checked against the meter."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.connection import Reachability
from tests.support.screenshots import save_screenshot

BANNER_TEXT = re.compile(r"^Offline: showing data saved on \d\d/\d\d/\d{4} \d\d:\d\d$")


def _search(qtbot, window, text: str) -> None:
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, text)


def test_review_offline_keep_an_update_as_a_draft_and_send_it_once_the_crm_is_back(
        qtbot, emulator, open_window, manager_client, local_database, emulator_today, no_box_left_open):
    # Online once: "Refresh all" saves the community, every detail and the members on this computer.
    first = open_window()
    qtbot.waitUntil(lambda: first.meters.saved_list is not None and not first.meters.loading_list,
                    timeout=15_000)
    qtbot.mouseClick(first.ui.refreshAllButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.refresh_all_dialog is None
                    and first.meters.saved_list.details_complete_at is not None,
                    timeout=20_000)
    listed = first.table_model.total_count
    holder = manager_client.meter_detail(GUIDE_EAN).holder.name
    first.close()

    # The CRM goes away; the app starts again.
    emulator.stop()
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count == listed, timeout=10_000)
    qtbot.waitUntil(window.offline_banner.isVisible, timeout=10_000)
    assert BANNER_TEXT.match(window.offline_banner.message.text())
    assert window.connection.state is Reachability.OFFLINE
    assert not window.banner.isVisible()  # no error: the offline banner says it all

    # Every view works from the offline copy: search, the detail cards, history and future periods.
    _search(qtbot, window, GUIDE_EAN)
    assert window.table_model.rowCount() == 1
    assert window.table_model.index(0, 3).data() == holder  # the holder column, from the saved detail
    window.select_meter(GUIDE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN, timeout=5000)
    assert pane.card_value("holder") == holder and pane.card_value("amperage") == "40 A"
    assert pane.timeline_model.rowCount() >= 1
    # What needs the CRM is disabled, and says why; "Update data" is not.
    assert not pane.refresh_button.isEnabled() and "cannot be reached" in pane.refresh_button.toolTip()
    assert not window.ui.refreshAllButton.isEnabled()
    assert "cannot be reached" in window.ui.refreshAllButton.toolTip()
    assert pane.update_button.isEnabled() and "draft" in pane.update_button.toolTip()
    save_screenshot(window, "offline-window.png")

    # "Update data" keeps the update as a draft.
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    dialog = launcher.dialog
    assert dialog.ui.validateButton.text() == "Save as draft"
    assert dialog.ui.holderCombo.currentText().startswith(holder)  # the members were saved too
    dialog.ui.amperageInput.setFocus()
    dialog.ui.amperageInput.selectAll()
    qtbot.keyClicks(dialog.ui.amperageInput, "63")
    dialog.ui.effectiveDateEdit.set_optional_date(emulator_today)
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.dialog is None or not dialog.isVisible(), timeout=5000)
    assert any(t.isVisible() and "Saved as a draft" in t.text() for t in window.findChildren(Toast))
    [draft] = DraftStore(Database(local_database)).list(TOURNESOLS_AUTH_ID)
    assert draft.ean == GUIDE_EAN and draft.reason is DraftReason.CRM_UNREACHABLE
    qtbot.waitUntil(window.pending_button.isVisible, timeout=5000)
    assert window.pending_button.text() == "✎ 1 pending change(s)"

    # The CRM comes back: trying again finds it (as Refresh would); the banner goes, the data refreshes,
    # and the draft is announced.
    emulator.start()
    assert window.offline_banner.action.text() == "Try again"
    qtbot.mouseClick(window.offline_banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(window.notice_banner.isVisible, timeout=5000)
    assert "1 update(s) kept on this computer are waiting to be sent" in window.notice_banner.message.text()
    save_screenshot(window, "back-online.png")
    assert pane.refresh_button.isEnabled() and window.ui.refreshAllButton.isEnabled()

    # Pending changes: the draft is checked against the meter as the CRM has it, then sent from the form.
    qtbot.mouseClick(window.notice_banner.action, Qt.MouseButton.LeftButton)
    pending = window.pending_dialog
    qtbot.waitUntil(lambda: pending.isVisible() and pending.table.rowCount() == 1, timeout=5000)
    assert pending.table.item(0, pending.CHANGES).text() == "Amperage: 40 A → 63 A"
    save_screenshot(pending, "pending-changes.png")
    qtbot.mouseClick(pending.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    assert pending.check_text(GUIDE_EAN) == "Ready: confirm in the form to send"
    form = launcher.dialog
    assert form.ui.amperageInput.optional_value() == 63  # pre-filled from the draft
    assert form.ui.validateButton.text() == "&Validate"
    qtbot.mouseClick(form.ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.dialog is None or not form.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: pending.table.rowCount() == 0 and not window.pending_button.isVisible(),
                    timeout=5000)
    sent = manager_client.meter_detail(GUIDE_EAN).meter_data
    assert sent is not None and sent.amperage == 63 and sent.start_date == emulator_today
    assert DraftStore(Database(local_database)).list(TOURNESOLS_AUTH_ID) == []
