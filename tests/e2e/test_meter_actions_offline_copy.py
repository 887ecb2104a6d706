"""What a meter action leaves on this computer, and what the meter's status then says: a meter created
online is in the offline copy at once (a start with --offline finds it), a meter whose first period is in
the future reads "Not active yet" (not the CRM's "Inactive") in the list, its export and its header, and a
deactivation from a later date is announced as planned, not done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.domain.ean import check_digit
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_export import meter_table
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.gui.meter_table import StatusRole
from optimce_desktop.gui.widgets.toast import Toast
from tests.e2e.test_meter_actions_add import NEW_EAN, fill_valid, open_add
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import install, select_meter, wait_dialog

FUTURE_EAN = "54144800000001" + "230"
FUTURE_EAN = FUTURE_EAN + check_digit(FUTURE_EAN)


def create(qtbot, window, ean: str, start: dt.date) -> None:  # noqa: ANN001 - fixtures
    dialog = open_add(qtbot, window)
    fill_valid(qtbot, dialog, ean, start)
    assert dialog.validate_button.isEnabled(), dialog.footer_hint.text()
    warnings = dialog.form.warnings() + dialog.period_form.warnings()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    if warnings:  # repeated, to be confirmed
        answer_box(qtbot, dialog, "warningsConfirmation", "Create anyway")
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == ean, timeout=10_000)


def search(qtbot, window, text: str) -> None:  # noqa: ANN001
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, text)


def status_cell(window, ean: str):  # noqa: ANN001, ANN201 - the row's status index
    model = window.table_model
    return model.index(model.row_of(ean), Column.STATUS)


def toasts(window) -> list[str]:  # noqa: ANN001
    return [toast.text() for toast in window.findChildren(Toast)]


def test_a_meter_created_online_is_listed_by_the_next_start_offline(
        qtbot, open_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.meters.loading_list,
                    timeout=15_000)
    install(window, manager_client, task_runner, emulator_today)
    total = window.table_model.total_count
    create(qtbot, window, NEW_EAN, emulator_today - dt.timedelta(days=3))
    assert window.table_model.total_count == total + 1
    window.close()  # Ctrl+Q right after the toast

    offline = open_window(work_offline=True)
    qtbot.waitUntil(lambda: offline.table_model.total_count == total + 1, timeout=10_000)
    search(qtbot, offline, NEW_EAN[:16])
    qtbot.waitUntil(lambda: offline.table_model.rowCount() == 1, timeout=5000)
    assert offline.table_model.ean_at(0) == NEW_EAN
    assert status_cell(offline, NEW_EAN).data() == "Active"
    offline.select_meter(NEW_EAN)
    qtbot.waitUntil(lambda: offline.detail_pane.shown_ean == NEW_EAN, timeout=5000)
    assert offline.detail_pane.card_value("meterNumber") == "MTR-NEW1"


def test_a_meter_whose_first_period_is_in_the_future_reads_not_active_yet_online_and_offline(
        qtbot, open_window, manager_client, task_runner, emulator_today, no_box_left_open, tmp_path):
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.meters.loading_list,
                    timeout=15_000)
    install(window, manager_client, task_runner, emulator_today)
    start = emulator_today + dt.timedelta(days=9)
    create(qtbot, window, FUTURE_EAN, start)
    listed = manager_client.list_meters(limit=1000).items
    assert next(item for item in listed if item.EAN == FUTURE_EAN).status == 2  # the CRM: "inactive"

    active_from = f"Active from {start:%d/%m/%Y}"
    pane = window.detail_pane
    assert pane.status_pill.isVisible() and pane.status_pill.text() == "Not active yet"
    assert pane.status_note.isVisible() and pane.status_note.text() == active_from
    cell = status_cell(window, FUTURE_EAN)
    assert cell.data() == "Not active yet"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == active_from
    assert cell.data(StatusRole) != status_cell(window, GUIDE_EAN).data(StatusRole)  # a pill of its own
    search(qtbot, window, FUTURE_EAN)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5000)
    exported = meter_table(window.table_model, window.ui.meterTable, whole_list=False)
    status_column = [c.header for c in exported.columns].index("Status")
    assert exported.rows[0][status_column] == f"Not active yet ({active_from})"
    window.grab().save(str(tmp_path / "not-active-yet.png"))

    window.refresh()  # the CRM's list says "inactive, no dates" again: the row keeps telling the truth
    qtbot.waitUntil(lambda: not window.meters.loading_list, timeout=10_000)
    assert status_cell(window, FUTURE_EAN).data() == "Not active yet"
    window.close()

    offline = open_window(work_offline=True)
    qtbot.waitUntil(lambda: offline.table_model.row_of(FUTURE_EAN) is not None, timeout=10_000)
    assert status_cell(offline, FUTURE_EAN).data() == "Not active yet"
    offline.select_meter(FUTURE_EAN)
    qtbot.waitUntil(lambda: offline.detail_pane.shown_ean == FUTURE_EAN, timeout=5000)
    assert offline.detail_pane.status_pill.text() == "Not active yet"
    assert offline.detail_pane.status_note.text() == active_from


def test_a_deactivation_from_a_later_date_is_announced_as_planned(
        qtbot, open_window, manager_client, task_runner, emulator_today, no_box_left_open, tmp_path):
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.meters.loading_list,
                    timeout=15_000)
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    pane = window.detail_pane
    assert not pane.status_note.isVisible()
    day = emulator_today + dt.timedelta(days=25)
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, day.strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    assert f"Meter {GUIDE_EAN} will be deactivated on {day:%d/%m/%Y}" in toasts(window)
    assert f"Meter {GUIDE_EAN} deactivated" not in toasts(window)
    qtbot.waitUntil(lambda: pane.status_note.isVisible(), timeout=5000)
    assert pane.status_pill.text() == "Active"
    assert pane.status_note.text() == f"Deactivation planned on {day:%d/%m/%Y}"
    assert status_cell(window, GUIDE_EAN).data() == "Active"
    window.grab().save(str(tmp_path / "deactivation-planned.png"))
    window.close()

    offline = open_window(work_offline=True)  # the change is in the offline copy too
    qtbot.waitUntil(lambda: offline.table_model.row_of(GUIDE_EAN) is not None, timeout=10_000)
    offline.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: offline.detail_pane.shown_ean == GUIDE_EAN, timeout=5000)
    assert offline.detail_pane.status_note.text() == f"Deactivation planned on {day:%d/%m/%Y}"


def test_a_deactivation_from_today_is_announced_as_done(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    actions.deactivate_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    assert dialog.date_edit.optional_date() == emulator_today
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "deactivationConfirmation", "Deactivate")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    assert f"Meter {GUIDE_EAN} deactivated" in toasts(window)
    assert window.detail_pane.status_pill.text() == "Inactive"
    assert not window.detail_pane.status_note.isVisible()


def test_a_modified_meter_is_found_by_its_new_address_at_the_next_start_offline(
        qtbot, open_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.meters.loading_list,
                    timeout=15_000)
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    actions.modify_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    dialog.form.street_edit.setFocus()
    dialog.form.street_edit.selectAll()
    qtbot.keyClicks(dialog.form.street_edit, "Rue du Pont Neuf")
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "modifyConfirmation", "Save changes")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)
    window.close()

    offline = open_window(work_offline=True)
    qtbot.waitUntil(lambda: offline.table_model.total_count > 0, timeout=10_000)
    search(qtbot, offline, "pont neuf")
    qtbot.waitUntil(lambda: offline.table_model.rowCount() == 1, timeout=5000)
    assert offline.table_model.ean_at(0) == GUIDE_EAN
