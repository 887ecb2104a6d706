"""An acknowledged update is in the offline copy at once: started with --offline right after, the app shows
the meter, and pre-fills its form, as updated."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.emulator import GUIDE_EAN


def _open_form(qtbot, window):
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN and pane.update_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(pane.update_button, Qt.MouseButton.LeftButton)
    launcher = window.update_launcher
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=5000)
    return launcher.dialog


def test_a_start_offline_right_after_an_update_pre_fills_the_form_with_it(
    qtbot, emulator, open_window, manager_client, emulator_today, no_box_left_open
):
    window = open_window()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.meters.loading_list,
                    timeout=15_000)
    window.select_meter(GUIDE_EAN)
    form = _open_form(qtbot, window)
    assert form.ui.amperageInput.optional_value() == 40
    form.ui.amperageInput.setValue(63)
    form.ui.effectiveDateEdit.set_optional_date(emulator_today)
    qtbot.mouseClick(form.ui.validateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.update_launcher.dialog is None, timeout=10_000)  # closed, deleted
    assert manager_client.meter_detail(GUIDE_EAN).meter_data.amperage == 63
    assert window.detail_pane.card_value("amperage") == "63 A"
    window.close()

    offline = open_window(work_offline=True)  # the next start, without the CRM
    qtbot.waitUntil(lambda: offline.table_model.total_count > 0, timeout=10_000)
    offline.select_meter(GUIDE_EAN)
    form = _open_form(qtbot, offline)
    assert offline.detail_pane.card_value("amperage") == "63 A"
    assert form.ui.amperageInput.optional_value() == 63
    assert form.ui.effectiveDateEdit.optional_date() is None
    form.done(form.DialogCode.Rejected)
