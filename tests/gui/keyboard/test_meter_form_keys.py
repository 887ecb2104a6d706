"""Enter in the meter forms (Add a meter, Modify) goes from field to field, online and offline alike: a
stray Enter neither sends the form nor keeps it as a draft; Enter on the button, once it has the cursor,
does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.meter_actions import MeterActionService
from optimce_desktop.services.sending import ChangeSender
from tests.fixtures.services import answer_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_enter_goes_to_the_next_field_then_to_the_button_which_alone_acts(
        qtbot, crm_client, service_tasks, draft_store, guide_detail, offline):
    connection = ConnectionMonitor(crm_client, service_tasks, work_offline=offline)
    service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store, connection=connection))
    dialog = ModifyMeterDialog(guide_detail, service, "community")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    form = dialog.form
    assert dialog.validate_button.text() == ("Save as draft" if offline else "Save changes")
    kept = []
    dialog.savedAsDraft.connect(kept.append)

    form.city_edit.setFocus()
    qtbot.keyClicks(form.city_edit, "-Est")
    qtbot.keyClick(form.city_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.supplement_edit  # the next field, nothing sent
    qtbot.keyClick(form.supplement_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert QApplication.focusWidget() is dialog.validate_button  # from the last field, the button
    assert dialog.isVisible() and not dialog.is_sending and not kept
    assert draft_store.list("community") == []

    qtbot.keyClick(dialog.validate_button, Qt.Key.Key_Return)
    if offline:
        qtbot.waitUntil(lambda: bool(kept), timeout=5000)
        assert kept[0].change.fields.city.endswith("-Est")
    else:
        assert "-Est" in answer_box(qtbot, dialog, "modifyConfirmation", "Back to the form")
        assert dialog.isVisible() and not dialog.is_sending
        dialog.done(0)
    service.shutdown()
