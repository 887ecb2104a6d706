"""What a Belgian operator types is what the CRM stores: in French, with a Belgian regional format (decimal
comma), typed key by key in the main window's update dialog, and read back from the CRM."""

from __future__ import annotations

import datetime as dt

import httpx
from PySide6.QtCore import Qt

from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_rows import Column
from tests.support.screenshots import save_screenshot

DESCRIPTION = "Compteur <garage> & cave \"nord\" 'B' <i>"


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_typed_numbers_dates_and_text_reach_the_crm_unchanged(qtbot, french_window, manager_client,
                                                              emulator, manager_headers, emulator_today):
    window = french_window
    qtbot.keyClicks(window.ui.searchEdit, GUIDE_EAN)
    table = window.ui.meterTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.table_model.index(0, Column.EAN)).center())
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN, timeout=5000)
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.update_launcher.dialog is not None
                    and window.update_launcher.dialog.isVisible(), timeout=5000)
    dialog = window.update_launcher.dialog
    ui = dialog.ui
    effective = max(dt.date(2027, 1, 20), emulator_today + dt.timedelta(days=30))

    ui.descriptionEdit.setFocus()
    ui.descriptionEdit.selectAll()
    qtbot.keyClicks(ui.descriptionEdit, DESCRIPTION)
    _retype(qtbot, ui.samplingPowerInput, "12,5")
    _retype(qtbot, ui.amperageInput, "63")
    ui.effectiveDateEdit.setFocus()
    qtbot.keyClicks(ui.effectiveDateEdit, effective.strftime("%d/%m/%Y"))
    qtbot.keyClick(ui.effectiveDateEdit, Qt.Key.Key_Tab)

    assert ui.samplingPowerInput.optional_value() == 12.5
    assert ui.samplingPowerInput.text().startswith("12,5")
    assert ui.effectiveDateEdit.optional_date() == effective
    assert ui.effectiveDateEdit.text() == effective.strftime("%d/%m/%Y")
    assert ui.validateButton.isEnabled()
    save_screenshot(dialog, "typed-values-fr-BE.png")

    qtbot.mouseClick(ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.update_launcher.dialog is None, timeout=10_000)  # closed on the ack

    fresh = manager_client.meter_detail(GUIDE_EAN)
    [scheduled] = [p for p in fresh.futur_meter_data if p.start_date == effective]
    assert scheduled.sampling_power == 12.5
    assert scheduled.amperage == 63
    assert scheduled.description == DESCRIPTION
    assert scheduled.member is not None and fresh.holder is not None
    assert scheduled.member.id == fresh.holder.id
    # stored as the real CRM stores it ("&lt;"), read back by the app as typed
    raw = httpx.get(f"{emulator.base_url}/meters/{GUIDE_EAN}", headers=manager_headers).json()["data"]
    [stored] = [p["description"] for p in raw["futur_meter_data"] if p["start_date"] == effective.isoformat()]
    assert stored == "Compteur &lt;garage&gt; & cave \"nord\" 'B' <i>"
