"""Modify a meter through the main window, against the emulator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from optimce_desktop.domain.meter_form import MeterField
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_rows import Column
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import install, select_meter, wait_dialog


def retype(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_modifying_the_address_shows_old_and_new_then_the_new_address(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open, tmp_path):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    before = manager_client.meter_detail(GUIDE_EAN)
    button = window.detail_pane.findChild(type(window.detail_pane.update_button), "modifyMeterButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, actions)
    form = dialog.form
    assert form.street_edit.objectName() == "streetEdit" and form.street_edit.text() == before.address.street
    assert form.ean_edit.isReadOnly()
    assert not dialog.validate_button.isEnabled()  # nothing changed yet

    retype(qtbot, form.street_edit, "Rue du Pont Neuf")
    retype(qtbot, form.house_number_edit, "7")
    retype(qtbot, form.supplement_edit, "bte 3")
    assert dialog.validate_button.isEnabled()
    dialog.grab().save(str(tmp_path / "modify-dialog.png"))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert f"{before.address.street} → <b>Rue du Pont Neuf</b>" in answer_box(
        qtbot, dialog, "modifyConfirmation", "Save changes")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=10_000)

    pane = window.detail_pane
    qtbot.waitUntil(lambda: "Rue du Pont Neuf 7, bte 3" in pane.card_value("address"), timeout=5000)
    # the list shows the meter as it is now, and finds it by its new address
    row = window.table_model.row_of(GUIDE_EAN)
    assert "Rue du Pont Neuf 7" in window.table_model.index(row, Column.ADDRESS).data()
    retype(qtbot, window.ui.searchEdit, "pont neuf")
    qtbot.waitUntil(lambda: window.table_model.row_of(GUIDE_EAN) is not None, timeout=5000)
    after = manager_client.meter_detail(GUIDE_EAN)
    address = after.address
    assert (address.street, address.number, address.supplement) == ("Rue du Pont Neuf", 7, "bte 3")
    assert after.timeline == before.timeline  # periods untouched


def test_refusals_are_said_at_their_field_before_sending(
        qtbot, loaded_window, manager_client, task_runner, emulator_today, no_box_left_open):
    window = loaded_window
    actions = install(window, manager_client, task_runner, emulator_today)
    select_meter(qtbot, window, GUIDE_EAN)
    actions.modify_action.trigger()
    dialog = wait_dialog(qtbot, actions)
    form = dialog.form
    retype(qtbot, form.city_edit, "<" * 64)
    city_message = form.messages[MeterField.CITY]
    assert city_message.objectName() == "cityEditMessage" and city_message.isVisible()
    assert "counts each < or > as 4: this text takes 256" in city_message.text()
    assert not dialog.validate_button.isEnabled()
    retype(qtbot, form.city_edit, "Huy")
    qtbot.keyClick(form.street_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.street_edit, Qt.Key.Key_Delete)
    assert form.messages[MeterField.STREET].text() == "Street: required"
    retype(qtbot, form.phases_input, "4")
    assert "between 1 and 3" in form.messages[MeterField.PHASES].text()
    assert not dialog.validate_button.isEnabled()
    dialog.reject()  # edited: closing asks first
    answer_box(qtbot, dialog, "discardConfirmation", "Discard")
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5000)
