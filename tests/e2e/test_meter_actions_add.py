"""Add a meter through the main window, against the emulator: created, then found and selected in the list;
each refusal said at its field (without the CRM, see test_meter_actions_offline)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from optimce_desktop.domain.ean import check_digit
from optimce_desktop.domain.meter_form import MeterField
from optimce_desktop.domain.update import UpdateField
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.meter_actions import MeterActions
from tests.fixtures.services import answer_box

NEW_EAN = "54144800000009" + "123"
NEW_EAN = NEW_EAN + check_digit(NEW_EAN)


def app_actions(window) -> MeterActions:  # noqa: ANN001 - the main window
    """The actions the app installed in the window (as compose_main_window does)."""
    actions = window.findChild(MeterActions, "meterActions")
    assert actions is not None
    return actions


def open_add(qtbot, window) -> AddMeterDialog:  # noqa: ANN001 - fixtures
    actions = app_actions(window)
    action = window.findChild(QAction, "actionAddMeter")
    assert action in window.findChild(QMenu, "menuMeter").actions()
    qtbot.waitUntil(action.isEnabled, timeout=5000)
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, AddMeterDialog) and actions.dialog.isVisible(),
                    timeout=5000)
    dialog = actions.dialog
    assert isinstance(dialog, AddMeterDialog)
    return dialog


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    edit = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() is not None else widget
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def fill_valid(qtbot, dialog: AddMeterDialog, ean: str, start: dt.date) -> None:  # noqa: ANN001
    form, period = dialog.form, dialog.period_form
    type_into(qtbot, form.ean_edit, ean)
    type_into(qtbot, form.meter_number_edit, "MTR-NEW1")
    type_into(qtbot, form.street_edit, "Rue des Nouveaux")
    type_into(qtbot, form.house_number_edit, "4")
    type_into(qtbot, form.postcode_edit, "4000")
    type_into(qtbot, form.city_edit, "Huy")
    type_into(qtbot, form.supplement_edit, "bte 1")
    form.phases_input.clear()
    type_into(qtbot, form.phases_input, "3")
    type_into(qtbot, period.effective_date_edit, start.strftime("%d/%m/%Y"))
    type_into(qtbot, period.dso_combo, "RESA")
    type_into(qtbot, period.sampling_power_input, "9")
    qtbot.keyClick(period.sampling_power_input, Qt.Key.Key_Tab)


def test_a_new_meter_is_created_then_found_and_selected_in_the_list(
        qtbot, loaded_window, manager_client, emulator_today, no_box_left_open, tmp_path):
    window = loaded_window
    dialog = open_add(qtbot, window)
    for name in ("eanEdit", "meterNumberEdit", "streetEdit", "houseNumberEdit", "postcodeEdit", "cityEdit",
                 "supplementEdit", "tariffGroupCombo", "phasesInput", "readingFrequencyCombo"):
        assert dialog.findChild(object, name) is not None, name
    assert dialog.validate_button.objectName() == "validateButton"
    assert not dialog.validate_button.isEnabled()
    start = emulator_today - dt.timedelta(days=3)
    fill_valid(qtbot, dialog, NEW_EAN, start)
    assert dialog.validate_button.isEnabled(), dialog.footer_hint.text()
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(tmp_path / "add-dialog.png"))

    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    # the amber warning under the past effective date is repeated, to be confirmed
    warning = dialog.period_form.messages[UpdateField.START_DATE].text()
    assert "the new meter starts on" in warning and "days already past" in warning
    assert warning in answer_box(qtbot, dialog, "warningsConfirmation", "Create anyway")
    qtbot.waitUntil(lambda: app_actions(window).dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.selected_ean == NEW_EAN, timeout=5000)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == NEW_EAN, timeout=5000)
    row = window.table_model.meter_row(NEW_EAN)
    assert row is not None and row.meter_number == "MTR-NEW1"

    created = manager_client.meter_detail(NEW_EAN)
    assert (created.address.street, created.address.number, created.address.supplement) == (
        "Rue des Nouveaux", 4, "bte 1")
    assert created.phases_number == 3
    assert created.meter_data is not None and created.meter_data.start_date == start
    assert created.meter_data.grd == "RESA" and created.meter_data.sampling_power == 9
    assert NEW_EAN in {item.EAN for item in manager_client.list_meters(limit=1000).items}


def test_an_ean_already_in_the_list_is_refused_at_the_ean_before_sending(
        qtbot, loaded_window, emulator_today, no_box_left_open):
    dialog = open_add(qtbot, loaded_window)
    fill_valid(qtbot, dialog, GUIDE_EAN, emulator_today)
    message = dialog.form.messages[MeterField.EAN]
    assert message.objectName() == "eanEditMessage"
    assert "already in this community's list" in message.text()
    assert not dialog.validate_button.isEnabled()
    dialog.done(0)


@pytest.mark.parametrize("typed, expected", [
    ("5414480000", "18 digits"),
    ("54144800000009ABCD", "18 digits"),
])
def test_an_ean_that_is_not_18_digits_is_refused_at_the_ean(
        qtbot, loaded_window, emulator_today, no_box_left_open, typed, expected):
    dialog = open_add(qtbot, loaded_window)
    fill_valid(qtbot, dialog, typed, emulator_today)
    assert expected in dialog.form.messages[MeterField.EAN].text()
    assert not dialog.validate_button.isEnabled()
    dialog.done(0)


def test_a_wrong_check_digit_asks_for_confirmation_and_back_sends_nothing(
        qtbot, loaded_window, manager_client, emulator_today, no_box_left_open):
    dialog = open_add(qtbot, loaded_window)
    wrong = NEW_EAN[:-1] + str((int(NEW_EAN[-1]) + 1) % 10)
    fill_valid(qtbot, dialog, wrong, emulator_today)
    warning = dialog.form.messages[MeterField.EAN].text()
    assert f"should be {NEW_EAN[-1]}" in warning and dialog.validate_button.isEnabled()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "GS1 check digit" in answer_box(qtbot, dialog, "eanConfirmation", "Back to the form")
    assert not dialog.is_sending
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    answer_box(qtbot, dialog, "eanConfirmation", "Create anyway")
    qtbot.waitUntil(lambda: app_actions(loaded_window).dialog is None, timeout=10_000)
    assert manager_client.meter_detail(wrong).EAN == wrong
    qtbot.waitUntil(lambda: loaded_window.selected_ean == wrong, timeout=5000)


def test_an_ean_the_crm_has_elsewhere_is_said_at_the_ean_and_nothing_is_sent(
        qtbot, loaded_window, manager_client, emulator_today, no_box_left_open):
    dialog = open_add(qtbot, loaded_window)
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today)
    # another operator creates it meanwhile: the dialog's read before sending finds it
    other = dialog.new_meter().to_body()
    other["meter_number"] = "MTR-OTHER"
    manager_client.create_meter(other)
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    message = dialog.form.messages[MeterField.EAN]
    qtbot.waitUntil(lambda: "already exists in the CRM" in message.text(), timeout=10_000)
    assert "Nothing was sent" in dialog.banner.message.text()
    assert manager_client.meter_detail(NEW_EAN).meter_number == "MTR-OTHER"
    dialog.done(0)


def test_period_refusals_are_said_at_their_fields(qtbot, loaded_window, emulator_today, no_box_left_open):
    dialog = open_add(qtbot, loaded_window)
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today)
    period = dialog.period_form
    type_into(qtbot, period.effective_date_edit, "31/11/2026")
    qtbot.keyClick(period.effective_date_edit, Qt.Key.Key_Tab)
    assert period.messages[UpdateField.START_DATE].text().startswith("Effective date:")
    assert not dialog.validate_button.isEnabled()
    type_into(qtbot, period.effective_date_edit, emulator_today.strftime("%d/%m/%Y"))
    type_into(qtbot, period.amperage_input, "-5")
    qtbot.keyClick(period.amperage_input, Qt.Key.Key_Tab)
    assert "Amperage" in period.messages[UpdateField.AMPERAGE].text()
    assert not dialog.validate_button.isEnabled()
    type_into(qtbot, period.amperage_input, "40")
    period.dso_combo.lineEdit().clear()
    assert "DSO: required" in period.messages[UpdateField.GRD].text()
    assert not dialog.validate_button.isEnabled()
    dialog.done(0)



def test_the_fields_the_crm_needs_are_marked_as_the_hint_says(qtbot, loaded_window):
    dialog = open_add(qtbot, loaded_window)
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None}
    form = dialog.form
    for edit in (form.ean_edit, form.meter_number_edit, form.street_edit, form.house_number_edit,
                 form.postcode_edit, form.city_edit, form.phases_input):
        assert labels[edit].endswith(" *"), labels[edit]
    assert not labels[form.supplement_edit].endswith("*")
    assert "fields marked *" in dialog.footer_hint.text()


def test_the_dialog_opens_as_tall_as_the_screen_allows(qtbot, loaded_window):
    dialog = open_add(qtbot, loaded_window)
    room = dialog.screen().availableGeometry().height()
    content = dialog.scroll_area.widget().sizeHint().height()
    assert content > room * 2 / 3  # taller than Qt alone would open it
    assert dialog.height() > room * 2 / 3 and dialog.height() <= room
