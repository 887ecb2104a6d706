"""Steps 4 to 10 of the user guide "Update meter data", against the emulator over HTTP."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from optimce_desktop.domain.enums import ClientType, MeterStatus, Rate
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.toast import Toast


def test_the_guide_updates_the_meter_and_keeps_holder_and_sharing_operation(
    qtbot, crm_client, open_dialog, emulator_today, tmp_path
):
    detail = crm_client.meter_detail(GUIDE_EAN)
    current = detail.meter_data
    assert detail.is_active and current is not None and current.sharing_operation is not None
    assert current.start_date < emulator_today and not detail.futur_meter_data

    # Step 4: the dialog opens with the current configuration, and no effective date.
    dialog = open_dialog(detail)
    ui = dialog.ui
    assert dialog.windowTitle() == f"Update data — {GUIDE_EAN}"
    assert ui.descriptionEdit.toPlainText() == current.description
    assert ui.samplingPowerInput.optional_value() == current.sampling_power
    assert ui.generatingCapacityInput.optional_value() == current.total_generating_capacity
    assert ui.amperageInput.optional_value() == current.amperage
    assert ui.rateSimpleRadio.isChecked() and current.rate is Rate.SIMPLE
    assert ui.clientResidentialRadio.isChecked() and current.client_type is ClientType.RESIDENTIAL
    assert ui.holderCombo.member() == detail.holder
    assert ui.holderCombo.currentText().startswith(detail.holder.name)  # "Name (Individual)" if repeated
    assert "#" not in ui.holderCombo.currentText()
    assert ui.dsoCombo.currentText() == current.grd
    assert ui.statusCombo.currentText() == "Active" and current.status is MeterStatus.ACTIVE
    assert ui.sharingOperationValue.text() == current.sharing_operation.name
    assert ui.effectiveDateEdit.optional_date() is None and ui.effectiveDateEdit.text().strip() == ""
    assert not ui.validateButton.isEnabled()

    # Step 5: description, withdrawal power and amperage.
    ui.descriptionEdit.setFocus()
    ui.descriptionEdit.selectAll()
    qtbot.keyClicks(ui.descriptionEdit, "Habitation principale + ")
    ui.descriptionEdit.insertPlainText("pompe à chaleur")  # QTest types ASCII only
    _retype(qtbot, ui.samplingPowerInput, "12")
    _retype(qtbot, ui.amperageInput, "63")
    # Step 6: the DSO, from the catalogue.
    ui.dsoCombo.setCurrentIndex(ui.dsoCombo.findText("RESA"))
    # Step 7: bi-hourly and professional.
    qtbot.mouseClick(ui.rateBiHourlyRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.clientProfessionalRadio, Qt.MouseButton.LeftButton)
    # Step 8: the effective date, today (after the current period's start).
    ui.effectiveDateEdit.set_optional_date(emulator_today)
    assert ui.effectiveDateEdit.text() == emulator_today.strftime("%d/%m/%Y")
    assert ui.validateButton.isEnabled()
    assert all(not dialog.field_message(field).isVisible() for field in dialog._messages)
    dialog.grab().save(str(tmp_path / "update-dialog-filled.png"))

    # Step 9: Validate sends (no question: the form shows no warning), and the dialog closes once the CRM
    # acknowledges.
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    qtbot.mouseClick(ui.validateButton, Qt.MouseButton.LeftButton)
    assert dialog.is_sending and not ui.descriptionEdit.isEnabled()
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert not dialog.isVisible() and dialog.result() == MeterDataUpdateDialog.DialogCode.Accepted

    # Step 10: the CRM has the new current period; holder and sharing operation are unchanged.
    fresh = acknowledged[0]
    assert fresh == crm_client.meter_detail(GUIDE_EAN)
    new = fresh.meter_data
    assert new is not None and new.start_date == emulator_today and new.id != current.id
    assert new.description == "Habitation principale + pompe à chaleur"
    assert (new.sampling_power, new.amperage) == (12, 63)
    assert new.total_generating_capacity == current.total_generating_capacity
    assert (new.rate, new.client_type, new.grd) == (Rate.BI_HORAIRE, ClientType.PROFESSIONAL, "RESA")
    assert new.status is MeterStatus.ACTIVE
    assert new.member is not None and new.member.id == current.member.id
    assert new.sharing_operation is not None and new.sharing_operation.id == current.sharing_operation.id
    assert new.injection_status == current.injection_status
    assert new.production_chain == current.production_chain
    previous = next(p for p in fresh.meter_data_history if p.id == current.id)
    assert previous.end_date == emulator_today - dt.timedelta(days=1)

    # What the main window shows next: a toast over it.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    toast = Toast.show_message(window, "Meter data updated", duration_ms=10_000)
    qtbot.waitUntil(lambda: toast.opacity == 1.0, timeout=2000)
    window.grab().save(str(tmp_path / "after-update-toast.png"))


def _retype(qtbot, number_input, text: str) -> None:
    number_input.setFocus()
    number_input.selectAll()
    qtbot.keyClicks(number_input, text)
