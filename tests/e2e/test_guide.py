"""The user guide "Update meter data", all ten steps, as an operator does them in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.domain.enums import ClientType, Rate
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.gui.widgets.toast import Toast
from tests.support.screenshots import save_screenshot


def test_update_meter_data_guide(qtbot, loaded_window, manager_client, emulator_today, no_box_left_open):
    window = loaded_window

    # Steps 1-2: find the meter in the list and open its detail.
    qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN)
    assert window.table_model.rowCount() == 1
    table = window.ui.meterTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.table_model.index(0, Column.EAN)).center())
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN, timeout=5000)
    holder_before = pane.card_value("holder")
    sharing_before = pane.card_value("sharingOperation")
    assert holder_before != "--" and sharing_before != "--"

    # Step 3: an active meter offers "Update data".
    assert pane.status_pill.text() == "Active" and pane.update_button.isEnabled()

    # Step 4: the dialog opens pre-filled.
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.update_launcher.dialog is not None
                    and window.update_launcher.dialog.isVisible(), timeout=5000)
    dialog = window.update_launcher.dialog
    ui = dialog.ui
    assert ui.amperageInput.optional_value() == 40
    assert ui.dsoCombo.currentText() == "ORES"
    assert ui.holderCombo.currentText().startswith(holder_before)
    assert ui.effectiveDateEdit.optional_date() is None

    # Steps 5-8: description, powers, DSO, rate and usage, effective date.
    ui.descriptionEdit.selectAll()
    qtbot.keyClicks(ui.descriptionEdit, "Heat pump installed")
    for number_input, text in ((ui.samplingPowerInput, "12"), (ui.amperageInput, "63")):
        number_input.setFocus()
        number_input.selectAll()
        qtbot.keyClicks(number_input, text)
    ui.dsoCombo.setCurrentIndex(ui.dsoCombo.findText("RESA"))
    qtbot.mouseClick(ui.rateBiHourlyRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.clientProfessionalRadio, Qt.MouseButton.LeftButton)
    ui.effectiveDateEdit.set_optional_date(emulator_today)
    assert ui.validateButton.isEnabled()
    save_screenshot(dialog, "guide-dialog-filled.png")

    # Step 9: Validate sends (the form shows no warning, so nothing is asked); the dialog closes on
    # acknowledgement.
    qtbot.mouseClick(ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.update_launcher.dialog is None or not dialog.isVisible(), timeout=10_000)

    # Step 10: the detail cards show the new values; the row and the selection follow.
    qtbot.waitUntil(lambda: pane.card_value("description") == "Heat pump installed", timeout=5000)
    assert pane.card_value("amperage") == "63 A"
    assert pane.card_value("rate") == "Bi-hourly"
    assert pane.card_value("clientType") == "Professional"
    assert pane.card_value("dso") == "RESA"
    assert pane.card_value("holder") == holder_before
    assert pane.card_value("sharingOperation") == sharing_before
    assert window.selected_ean == GUIDE_EAN
    toasts = window.findChildren(Toast)
    assert any(t.isVisible() and "Meter data updated" in t.text() for t in toasts)
    save_screenshot(window, "guide-after-update.png")

    fresh = manager_client.meter_detail(GUIDE_EAN)
    assert fresh.meter_data is not None and fresh.meter_data.start_date == emulator_today
    assert (fresh.meter_data.rate, fresh.meter_data.client_type) == (Rate.BI_HORAIRE, ClientType.PROFESSIONAL)
    assert fresh.holder is not None and fresh.holder.name == holder_before
    assert fresh.sharing_operation is not None and fresh.sharing_operation.name == sharing_before
