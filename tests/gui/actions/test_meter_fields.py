"""The meter forms (Modify, Add a meter) as an operator types in them: the house number and the postcode each
say what is wrong with them, whole (never cut); a warning left is repeated when the change is confirmed; the
DSO of a new meter is one the app knows; empty fields look empty and required ones wear a *."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from optimce_desktop.domain.meter_form import MeterField
from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from optimce_desktop.gui.widgets.field_message import FieldMark
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import retype, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")




def whole(message) -> bool:  # noqa: ANN001
    QApplication.processEvents()  # laid out as the operator sees it
    return message.isVisible() and not message.is_cut and message.toolTip() == ""


def test_modify_says_where_a_letter_of_the_house_number_goes_and_refuses_a_foreign_postcode(
        qtbot, service, guide_detail, window):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window))
    form = dialog.form
    retype(qtbot, form.house_number_edit, "41A")
    number = form.messages[MeterField.HOUSE_NUMBER]
    assert number.text() == "Number: for 41A, type 41 here and A in Box / supplement"
    assert number.mark is FieldMark.ERROR and whole(number)
    assert not dialog.validate_button.isEnabled()
    retype(qtbot, form.house_number_edit, "41")
    retype(qtbot, form.supplement_edit, "A")

    retype(qtbot, form.postcode_edit, "45000")
    postcode = form.messages[MeterField.POSTCODE]
    assert postcode.text() == "Postcode: 45000 is not Belgian (4 digits, 1000 to 9999)"
    assert postcode.mark is FieldMark.ERROR and whole(postcode)
    assert not dialog.validate_button.isEnabled()
    retype(qtbot, form.postcode_edit, "4500")
    assert not postcode.isVisible() and dialog.validate_button.isEnabled()
    dialog.done(0)


def test_a_word_for_a_house_number_is_said_whole_too(qtbot, service, guide_detail, window):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window))
    retype(qtbot, dialog.form.house_number_edit, "quarante")
    message = dialog.form.messages[MeterField.HOUSE_NUMBER]
    assert message.text() == "Number: a whole number, e.g. 41 (a letter or a box goes in Box / supplement)"
    assert whole(message)
    dialog.done(0)


def test_a_warning_left_in_the_modify_form_is_repeated_in_its_confirmation(
        qtbot, service, guide_detail, window, no_box_left_open):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window))
    retype(qtbot, dialog.form.phases_input, "2")
    warning = dialog.form.messages[MeterField.PHASES]
    assert warning.mark is FieldMark.WARNING and dialog.validate_button.isEnabled()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    asked = answer_box(qtbot, dialog, "modifyConfirmation", "Back to the form")
    assert "single-phase (1) or three-phase (3)" in warning.text() and warning.text() in asked
    dialog.done(0)


def test_a_postcode_the_crm_already_has_is_confirmed_rather_than_refused(
        qtbot, service, guide_detail, window, no_box_left_open):
    foreign = guide_detail.model_copy(update={"address": guide_detail.address.model_copy(
        update={"postcode": "45000"})})
    dialog = shown(qtbot, ModifyMeterDialog(foreign, service, "community", window))
    retype(qtbot, dialog.form.street_edit, "Rue Petite")
    postcode = dialog.form.messages[MeterField.POSTCODE]
    assert postcode.mark is FieldMark.WARNING and dialog.validate_button.isEnabled()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert "45000 is not Belgian" in answer_box(qtbot, dialog, "modifyConfirmation", "Back to the form")
    dialog.done(0)


def test_a_new_meter_takes_only_a_dso_the_app_knows(qtbot, service, window):
    dialog = shown(qtbot, AddMeterDialog(service, "community", "CE", lambda ean: False, None, window))
    period = dialog.period_form
    retype(qtbot, period.dso_combo.lineEdit(), "XYZ")
    message = period.messages[UpdateField.GRD]
    assert message.mark is FieldMark.ERROR and "“XYZ” is not a Belgian DSO" in message.text()
    assert whole(message)
    assert not period.show_issues([], set())  # the DSO alone blocks creating the meter
    retype(qtbot, period.dso_combo.lineEdit(), "resa")
    assert period.dso_code() == "RESA" and not message.isVisible()
    dialog.done(0)


def test_empty_fields_look_empty_and_required_ones_are_marked(qtbot, service, guide_detail, window):
    add = shown(qtbot, AddMeterDialog(service, "community", "CE", lambda ean: False, None, window))
    number = add.form.house_number_edit
    assert number.text() == "" and number.placeholderText() == "e.g. 41"
    for power in (add.period_form.sampling_power_input, add.period_form.generating_capacity_input,
                  add.period_form.amperage_input):
        assert power.text() == "" and power.placeholderText() == "optional"
        retype(qtbot, power, "0")  # "not set" stays empty once the cursor leaves
        assert power.text() == ""
    labels = {label.buddy(): label.text() for label in add.findChildren(QLabel) if label.buddy()}
    for field in (add.form.house_number_edit, add.form.tariff_group_combo, add.form.reading_frequency_combo,
                  add.period_form.effective_date_edit, add.period_form.dso_combo):
        assert labels[field].endswith(" *"), labels[field]
    add.done(0)
    deactivate = shown(qtbot, DeactivationDialog(guide_detail, service, "community", window))
    label = next(label for label in deactivate.findChildren(QLabel) if label.buddy() is deactivate.date_edit)
    assert label.text().endswith(" *")
    deactivate.done(0)


@pytest.mark.parametrize("kind", ["modify", "add"])
@pytest.mark.parametrize(("name", "label"), [(MeterField.PHASES, "Number of phases"),
                                             (MeterField.HOUSE_NUMBER, "Number")])
def test_a_zero_stays_as_typed_and_says_what_is_wrong(qtbot, service, guide_detail, window, kind, name,
                                                      label):
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, "community", window) if kind == "modify"
                   else AddMeterDialog(service, "community", "CE", lambda ean: False, None, window))
    field = dialog.form.inputs[name]
    retype(qtbot, field, "0")
    message = dialog.form.messages[name]
    assert field.text() == "0"  # kept, not dropped as if nothing had been typed
    assert message.text() == f"{label}: must be at least 1"
    assert message.mark is FieldMark.ERROR and whole(message)
    assert not dialog.validate_button.isEnabled()
    retype(qtbot, field, "3")
    assert not message.isVisible()
    dialog.done(0)


@pytest.mark.parametrize("days_ago", [1, 3])
def test_a_new_meter_from_a_past_day_is_warned_about_as_a_new_meter(qtbot, service, window, emulator_today,
                                                                    days_ago):
    dialog = shown(qtbot, AddMeterDialog(service, "community", "CE", lambda ean: False, None, window,
                                         today=emulator_today))
    day = emulator_today - dt.timedelta(days=days_ago)
    retype(qtbot, dialog.period_form.effective_date_edit, f"{day:%d/%m/%Y}")
    message = dialog.period_form.messages[UpdateField.START_DATE]
    when = "yesterday" if days_ago == 1 else f"{days_ago} days ago"
    assert message.mark is FieldMark.WARNING and whole(message)
    assert message.text() == f"Effective date: the new meter starts on {day:%d/%m/%Y}, {when}: its first " \
        f"period covers {'a day' if days_ago == 1 else 'days'} already past"
    assert "changes the meter" not in message.text()
    dialog.done(0)
