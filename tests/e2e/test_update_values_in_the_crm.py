"""What reaches the CRM's database after "Update data", read back from the emulator's database: a value the
operator did not touch stays as the CRM held it (an empty number stays NULL, not 0), and a draft sent over a
period scheduled since it was kept says, before anything is sent, every value of that period it overwrites.
In French, with a Belgian regional format, key by key in the main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.app import compose_main_window
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.enums import Rate
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.main_window import SETTINGS_COMMUNITY
from optimce_desktop.gui.meter_rows import Column
from tests.fixtures.services import answer_box

EMPTY_CAPACITY_EAN = "541446357683168876"
"""A demo meter whose current period has no total generating capacity (NULL) and no DSO, as reported."""
NBSP = "\u00a0"


def _open_update(qtbot, window, ean: str):  # noqa: ANN202 - the update dialog
    qtbot.keyClicks(window.ui.searchEdit, ean)
    table = window.ui.meterTable
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.table_model.index(0, Column.EAN)).center())
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == ean, timeout=5000)
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher.dialog


def _type_date(qtbot, dialog, day: dt.date) -> None:  # noqa: ANN001
    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    qtbot.keyClicks(edit, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_number_left_empty_stays_empty_in_the_crm(qtbot, french_window, emulator, emulator_today):
    [before] = [p for p in emulator.store.periods(EMPTY_CAPACITY_EAN) if p.end_date is None]
    assert before.total_generating_capacity is None and before.grd == "" and before.status == 1
    dialog = _open_update(qtbot, french_window, EMPTY_CAPACITY_EAN)
    ui = dialog.ui
    assert ui.generatingCapacityInput.text() == "--"

    # only the DSO, which was empty (and is required), then the date
    ui.dsoCombo.setFocus()
    ui.dsoCombo.lineEdit().selectAll()
    qtbot.keyClicks(ui.dsoCombo.lineEdit(), "ORES")
    qtbot.keyClick(ui.dsoCombo, Qt.Key.Key_Tab)
    day = emulator_today + dt.timedelta(days=7)
    _type_date(qtbot, dialog, day)
    assert ui.validateButton.isEnabled()
    qtbot.keyClick(ui.effectiveDateEdit, Qt.Key.Key_Return)  # Enter after the date validates
    launcher = french_window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is None, timeout=10_000)  # closed on the CRM's acknowledgement

    [after] = [p for p in emulator.store.periods(EMPTY_CAPACITY_EAN) if p.start_date == day.isoformat()]
    assert after.grd == "ORES"
    assert after.total_generating_capacity is None  # NULL as it was, not 0.0
    assert (after.sampling_power, after.amperage, after.description) == (
        before.sampling_power, before.amperage, before.description)
    assert (after.injection_status, after.production_chain) == (
        before.injection_status, before.production_chain)
    assert (after.rate, after.client_type, after.status) == (before.rate, before.client_type, before.status)
    assert (after.member_id, after.sharing_operation_id) == (before.member_id, before.sharing_operation_id)


def test_a_draft_sent_over_a_period_scheduled_since_says_what_it_overwrites(
        qtbot, french_belgian, styled_app, manager_client, task_runner, app_settings, local_database,
        emulator, emulator_today):
    manager_client.community_id = TOURNESOLS_AUTH_ID
    guide = manager_client.meter_detail(GUIDE_EAN)
    day = max(dt.date(2027, 3, 1), emulator_today + dt.timedelta(days=30))
    # kept offline: from the colleague's day on, the current values but 50 A
    draft = MeterDataUpdate.from_detail(guide)
    draft.amperage, draft.effective_date = 50, day
    DraftStore(Database(local_database)).save(TOURNESOLS_AUTH_ID, draft, DraftReason.CRM_UNREACHABLE)
    # meanwhile a colleague schedules a period on that day: exclusive night, their description, 80 A
    colleague = MeterDataUpdate.from_detail(guide)
    colleague.rate, colleague.description = Rate.EXCLUSIF_NUIT, "Prévu par un collègue"
    colleague.amperage = 80
    colleague.effective_date = day
    manager_client.update_meter_data(colleague.to_patch_body())

    app_settings.setValue(SETTINGS_COMMUNITY, TOURNESOLS_AUTH_ID)
    window = compose_main_window(manager_client, task_runner, app_settings, local_database)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible(),
                    timeout=15_000)
    window.open_pending_changes()
    pending = window.pending_dialog
    qtbot.waitUntil(lambda: pending.isVisible() and pending.table.rowCount() == 1, timeout=10_000)
    pending.table.selectRow(0)
    qtbot.mouseClick(pending.send_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    form = launcher.dialog
    assert form.ui.amperageInput.optional_value() == 50  # the draft, as it was kept

    qtbot.mouseClick(form.ui.validateButton, Qt.MouseButton.LeftButton)
    summary = answer_box(qtbot, form, "changeSummary", "Envoyer")
    assert f"<b>Tarif</b>{NBSP}: Exclusif nuit → Simple" in summary
    assert f"<b>Ampérage</b>{NBSP}: 80 A → 50 A" in summary
    assert f"«{NBSP}Prévu par un collègue{NBSP}» → «{NBSP}{guide.meter_data.description}{NBSP}»" in summary
    qtbot.waitUntil(lambda: launcher.dialog is None or not form.isVisible(), timeout=10_000)

    # what the summary said is what the CRM holds from that day
    [stored] = [p for p in emulator.store.periods(GUIDE_EAN) if p.start_date == day.isoformat()]
    assert (stored.rate, stored.amperage, stored.description) == (1, 50, guide.meter_data.description)
    window.close()
