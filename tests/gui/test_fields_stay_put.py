"""The form fields stay where they are while a message appears under a field and goes: an operator who
clicks where a field was still lands in it (Update data, Add a meter, Modify). A message longer than the room
kept for it is given the lines it needs rather than cut: the fields under it make room while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
from optimce_desktop.services.meter_actions import MeterActionService
from optimce_desktop.services.sending import ChangeSender


def _at(widget: QWidget, dialog: QDialog) -> QPoint:
    """Where ``widget`` is in its form (the scrolled form's content: a scroll to the field being typed in
    moves nothing in the form), else in the dialog."""
    QApplication.processEvents()  # the layouts' pending requests done: where the operator sees it now
    ancestor = widget.parentWidget()
    while ancestor is not None and not isinstance(ancestor, QScrollArea):
        ancestor = ancestor.parentWidget()
    form = ancestor.widget() if isinstance(ancestor, QScrollArea) else None
    return widget.mapTo(form if form is not None else dialog, QPoint(0, 0))


def _retype(qtbot, field: QWidget, text: str) -> None:  # noqa: ANN001
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _typing_moves_nothing(qtbot, dialog: QDialog, field, message, bad: str, good: str,  # noqa: ANN001
                          below: list[QWidget]) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    before = [_at(widget, dialog) for widget in below]
    _retype(qtbot, field, bad)
    qtbot.waitUntil(message.isVisible, timeout=2000)
    assert message.text()
    assert [_at(widget, dialog) for widget in below] == before
    _retype(qtbot, field, good)
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=2000)
    assert [_at(widget, dialog) for widget in below] == before


def test_a_message_under_the_withdrawal_power_moves_no_field(qtbot, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    ui = dialog.ui
    _typing_moves_nothing(qtbot, dialog, ui.samplingPowerInput, ui.samplingPowerMessage, "12,5,3", "12,5",
                          [ui.productionChainCombo, ui.effectiveDateEdit, ui.generatingCapacityInput])
    assert dialog.current_update().sampling_power == 12.5


def test_a_message_longer_than_its_room_moves_the_fields_under_it_only_while_shown(qtbot, open_dialog,
                                                                                 guide_detail):
    dialog = open_dialog(guide_detail)
    ui = dialog.ui
    message = ui.samplingPowerMessage
    message.setMaximumWidth(110)  # a narrow column: the message needs more than its room
    room = message.reserved_lines
    beside, below = [ui.generatingCapacityInput, ui.samplingPowerInput], [ui.productionChainCombo]
    before = [_at(widget, dialog) for widget in beside + below]
    _retype(qtbot, ui.samplingPowerInput, "12,5,3")
    qtbot.waitUntil(lambda: message.isVisible() and message.reserved_lines > room, timeout=2000)
    assert not message.is_cut and message.toolTip() == ""  # read whole, under the field
    assert [_at(widget, dialog) for widget in beside] == before[:len(beside)]
    assert all(_at(widget, dialog).y() > place.y() for widget, place in zip(below, before[len(beside):],
                                                                            strict=True))
    _retype(qtbot, ui.samplingPowerInput, "12,5")
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=2000)
    assert [_at(widget, dialog) for widget in beside + below] == before


def _service(crm_client, service_tasks, draft_store) -> MeterActionService:  # noqa: ANN001
    return MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))


def test_messages_in_the_add_meter_form_move_no_field(qtbot, crm_client, service_tasks, draft_store):
    service = _service(crm_client, service_tasks, draft_store)
    dialog = AddMeterDialog(service, "community", "CE", lambda ean: False, None)
    qtbot.addWidget(dialog)
    period, form = dialog.period_form, dialog.form
    _typing_moves_nothing(qtbot, dialog, period.sampling_power_input,
                          period.messages[next(f for f, w in period.inputs.items()
                                               if w is period.sampling_power_input)],
                          "12,5,3", "12,5", [period.production_chain_combo, period.holder_combo])
    _typing_moves_nothing(qtbot, dialog, form.postcode_edit, form.postcode_edit.parent().findChild(
        QWidget, "postcodeEditMessage"), "12", "4500", [form.supplement_edit, period.effective_date_edit])
    dialog.done(0)
    service.shutdown()


def test_messages_in_the_modify_form_move_no_field(qtbot, crm_client, service_tasks, draft_store,
                                                   guide_detail):
    service = _service(crm_client, service_tasks, draft_store)
    dialog = ModifyMeterDialog(guide_detail, service, "community")
    qtbot.addWidget(dialog)
    form = dialog.form
    message = form.findChild(QWidget, "phasesInputMessage")
    _typing_moves_nothing(qtbot, dialog, form.phases_input, message, "12,5,3", "3",
                          [form.street_edit, form.supplement_edit, dialog.validate_button])
    dialog.done(0)
    service.shutdown()
