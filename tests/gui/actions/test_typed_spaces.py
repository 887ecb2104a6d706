"""A double or a trailing space typed in a meter's text field can only be a slip: the field shows the text
without it once the operator leaves it, what the confirmation shows is what the CRM receives and stores, and
a change of spaces alone is no change (Modify, Add a meter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from optimce_desktop.domain.meter_form import MeterField
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from tests.e2e.test_meter_actions_add import NEW_EAN, fill_valid
from tests.fixtures.services import answer_box
from tests.gui.actions.helpers import retype, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


def test_modify_sends_what_its_confirmation_shows(qtbot, service, crm_client, guide_detail, window,
                                                  no_box_left_open):
    assert guide_detail.address.street == "Rue Grande"
    dialog = shown(qtbot, ModifyMeterDialog(guide_detail, service, TOURNESOLS_AUTH_ID, window))
    form = dialog.form
    retype(qtbot, form.street_edit, "Rue  Grande ")
    assert form.street_edit.text() == "Rue Grande"  # as it will be sent: the same street
    assert not dialog.validate_button.isEnabled() and dialog.footer_hint.text() == "Nothing changed yet."

    retype(qtbot, form.street_edit, " Rue  du  Pont ")
    retype(qtbot, form.supplement_edit, "bte   3 ")
    assert (form.street_edit.text(), form.supplement_edit.text()) == ("Rue du Pont", "bte 3")
    assert not form.messages[MeterField.STREET].isVisible()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    asked = answer_box(qtbot, dialog, "modifyConfirmation", "Save changes")
    assert "Street: Rue Grande → <b>Rue du Pont</b>" in asked
    assert "Box / supplement: -- → <b>bte 3</b>" in asked
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    address = crm_client.meter_detail(GUIDE_EAN).address
    assert (address.street, address.supplement) == ("Rue du Pont", "bte 3")


def test_a_new_meter_is_created_with_its_texts_as_shown(qtbot, service, crm_client, window, emulator_today,
                                                        no_box_left_open):
    dialog = shown(qtbot, AddMeterDialog(service, TOURNESOLS_AUTH_ID, "CE", lambda ean: False, None, window,
                                         today=emulator_today))
    fill_valid(qtbot, dialog, NEW_EAN, emulator_today)
    form = dialog.form
    spaced_ean = f" {NEW_EAN[:6]} {NEW_EAN[6:12]} {NEW_EAN[12:]} "
    for field, typed, meant in ((form.ean_edit, spaced_ean, NEW_EAN),
                                (form.meter_number_edit, "MTR  NEW1 ", "MTR NEW1"),
                                (form.street_edit, "Rue  des  Nouveaux ", "Rue des Nouveaux"),
                                (form.postcode_edit, " 4000 ", "4000"),
                                (form.city_edit, "Huy ", "Huy")):
        retype(qtbot, field, typed)
        assert field.text() == meant
    assert dialog.validate_button.isEnabled(), dialog.footer_hint.text()
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)  # no warning: sent at once
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    created = crm_client.meter_detail(NEW_EAN)
    assert (created.EAN, created.meter_number) == (NEW_EAN, "MTR NEW1")
    assert (created.address.street, created.address.postcode, created.address.city) == (
        "Rue des Nouveaux", "4000", "Huy")
