""""Update data" in the main window: which form it opens when the meter has a draft kept on this computer.
The real window on a real SQLite file, against the emulator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID


def test_a_draft_the_crm_already_shows_is_not_offered_and_is_deleted(
    qtbot, open_window, crm_client, local_database, emulator_today, no_box_left_open
):
    form = MeterDataUpdate.from_detail(crm_client.meter_detail(GUIDE_EAN))
    form.amperage, form.effective_date = 63, emulator_today
    drafts = DraftStore(Database(local_database))
    drafts.save(TOURNESOLS_AUTH_ID, form, DraftReason.CRM_UNREACHABLE)
    crm_client.update_meter_data(form.to_patch_body())  # the same change, made meanwhile from elsewhere

    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.meter_row(GUIDE_EAN) is not None, timeout=10_000)
    window.select_meter(GUIDE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.card_value("amperage") == "63 A",
                    timeout=5000)
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    dialog = launcher.dialog

    # the form shows the meter as it is now, with no effective date: nothing of the draft, which is gone
    assert not dialog.banner.isVisible()
    assert dialog.ui.amperageInput.optional_value() == 63
    assert dialog.ui.effectiveDateEdit.optional_date() is None
    assert drafts.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
