"""Sending from the update dialog: busy state, the CRM's refusals, lost answers, an unreachable CRM and a
meter changed by another operator. Real HTTP to the emulator; its fault switch makes the network misbehave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from optimce_desktop.domain.models import MemberRef, MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate, UpdateField
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMark
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import DraftReason, UpdateService
from tests.fixtures.services import answer_box, manager_client_for


def _edited(dialog: MeterDataUpdateDialog, day: dt.date, amperage: float = 50) -> MeterDataUpdateDialog:
    dialog.ui.descriptionEdit.setPlainText("Habitation principale (rénovée)")
    dialog.ui.amperageInput.setValue(amperage)
    dialog.ui.effectiveDateEdit.set_optional_date(day)
    return dialog


def _validate(qtbot, dialog: MeterDataUpdateDialog) -> None:
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)


def _settled(qtbot, dialog: MeterDataUpdateDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=10_000)


def _assert_form_intact(dialog: MeterDataUpdateDialog, day: dt.date) -> None:
    ui = dialog.ui
    assert dialog.isVisible() and ui.formArea.isEnabled() and ui.cancelButton.isEnabled()
    assert ui.descriptionEdit.toPlainText() == "Habitation principale (rénovée)"
    assert ui.amperageInput.optional_value() == 50 and ui.effectiveDateEdit.optional_date() == day
    assert ui.validateButton.text() == "&Validate"


def _schedule_by_another_operator(emulator, detail: MeterDetail, day: dt.date, grd: str = "RESA") -> None:
    update = MeterDataUpdate.from_detail(detail)
    update.effective_date, update.grd = day, grd
    with manager_client_for(emulator) as other:
        other.update_meter_data(update.to_patch_body())


def test_while_sending_nothing_can_be_edited_nor_cancelled(qtbot, emulator, open_dialog, guide_detail,
                                                           emulator_today, tmp_path):
    fault = emulator.faults.add(method="PATCH", path="/meters/data", delay_after=1.0)
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    _validate(qtbot, dialog)
    ui = dialog.ui
    assert dialog.is_sending
    assert not ui.formArea.isEnabled() and not ui.descriptionEdit.isEnabled()
    assert not ui.validateButton.isEnabled() and ui.validateButton.text().startswith("Sending")
    assert not ui.cancelButton.isEnabled() and "cannot be recalled" in ui.cancelButton.toolTip()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "cannot be recalled" in ui.footerHint.text()
    dialog.grab().save(str(tmp_path / "update-sending.png"))
    assert not dialog.close() and dialog.isVisible()
    first_frame = ui.validateButton.text()
    qtbot.waitUntil(lambda: ui.validateButton.text() != first_frame, timeout=2000)  # the GUI keeps running

    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert fault.hits == 1 and not dialog.isVisible()
    assert acknowledged[0].meter_data.amperage == 50


def test_a_conflict_found_by_the_crm_is_shown_at_the_effective_date(qtbot, emulator, open_dialog,
                                                                   guide_detail, emulator_today, tmp_path):
    # Another operator schedules a period between the dialog's check and the CRM applying the update:
    # only the CRM can see it, and it answers 60006.
    fault = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=0.6)
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: fault.hits == 1, timeout=3000)
    later = emulator_today + dt.timedelta(days=20)
    _schedule_by_another_operator(emulator, guide_detail, later)
    _settled(qtbot, dialog)

    _assert_form_intact(dialog, emulator_today)
    message = dialog.field_message(UpdateField.START_DATE)
    assert message.isVisible() and message.mark is FieldMark.ERROR
    assert message.text().startswith("Effective date: The CRM refused this date")
    assert "“Meter data already exists for this period”" in message.text()
    assert dialog.banner.isVisible() and dialog.banner.property("kind") == Banner.ERROR
    assert "see the message under “Effective date”" in dialog.banner.message.text()
    assert dialog.focusWidget() is dialog.ui.effectiveDateEdit or dialog.ui.effectiveDateEdit.hasFocus()
    dialog.grab().save(str(tmp_path / "update-refused-by-the-crm.png"))

    # Validate again: the meter is re-read first, and what changed is shown before anything is sent.
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)
    assert dialog.banner.property("kind") == Banner.WARNING
    assert "Another operator changed this meter" in dialog.banner.message.text()
    assert not dialog.ui.validateButton.isEnabled()  # the date is before the new scheduled period
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    dialog.ui.effectiveDateEdit.set_optional_date(later + dt.timedelta(days=1))
    _validate(qtbot, dialog)  # it follows a scheduled period, and the form was filled before it: asks first
    answer_box(qtbot, dialog, "changeSummary", "Send")
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert acknowledged[0].futur_meter_data[0].start_date == later + dt.timedelta(days=1)


def test_a_value_refused_by_the_crm_is_shown_next_to_its_field(qtbot, emulator, open_dialog, guide_detail,
                                                              emulator_today, crm_client):
    refusal = {"data": "The field 'injection_status' must be one of 1, 2, 3, 4", "error_code": 65003}
    emulator.faults.add(method="PATCH", path="/meters/data", status=422, body=refusal)
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)
    _assert_form_intact(dialog, emulator_today)
    message = dialog.field_message(UpdateField.INJECTION_STATUS)
    assert message.isVisible() and message.text() == (
        "Injection status: The field 'injection_status' must be one of 1, 2, 3, 4")
    assert crm_client.meter_detail(GUIDE_EAN) == guide_detail

    dialog.ui.injectionStatusCombo.setCurrentIndex(2)  # editing the field clears the CRM's message
    assert not message.isVisible()


def test_an_unknown_holder_is_refused_in_a_banner(qtbot, open_dialog, guide_detail, emulator_today):
    draft = MeterDataUpdate.from_detail(guide_detail)
    draft.holder = MemberRef(id=999_999, name="Parti sans laisser d'adresse")
    dialog = _edited(open_dialog(guide_detail, draft=draft), emulator_today)
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)
    _assert_form_intact(dialog, emulator_today)
    assert dialog.banner.property("kind") == Banner.ERROR
    assert dialog.banner.message.text() == (
        "The CRM could not save the change: the holder or the sharing operation may no longer exist, or a "
        "date is impossible. The CRM says: “An error occurred while updating the meter data in the "
        "database”")


def test_an_answer_lost_after_the_crm_applied_the_update_ends_acknowledged(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, impatient_client, service_tasks, draft_store,
    crm_client,
):
    fault = emulator.faults.add(method="PATCH", path="/meters/data", delay_after=1.5)
    later_patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    service = UpdateService(ChangeSender(impatient_client, service_tasks, draft_store), service_tasks)
    dialog = _edited(open_dialog(guide_detail, updates=service), emulator_today)
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert fault.hits == 1 and later_patches.hits == 0  # never sent again
    after = crm_client.meter_detail(GUIDE_EAN)
    assert len(after.timeline) == len(guide_detail.timeline) + 1  # applied once
    assert after.meter_data.start_date == emulator_today and after.meter_data.amperage == 50


def test_an_answer_lost_before_the_crm_applied_it_is_not_confirmed_yet_and_never_applied_twice(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, impatient_client, service_tasks, draft_store,
    crm_client,
):
    late = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=1.2)
    later_patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    sender = ChangeSender(impatient_client, service_tasks, draft_store, check_delays=(60.0,))
    service = UpdateService(sender, service_tasks)
    dialog = _edited(open_dialog(guide_detail, updates=service), emulator_today)
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)
    _assert_form_intact(dialog, emulator_today)
    assert dialog.banner.property("kind") == Banner.WARNING
    text = dialog.banner.message.text()
    assert "The CRM has not confirmed the update yet: it may have been applied." in text
    assert "not applied" not in text and "Sending it again is safe" in text
    assert dialog.ui.validateButton.isEnabled()

    # The late request is applied after all; sending again finds it there instead of applying it twice.
    qtbot.waitUntil(lambda: len(crm_client.meter_detail(GUIDE_EAN).timeline) > len(guide_detail.timeline),
                    timeout=5000)
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert late.hits == 1 and later_patches.hits == 0
    assert len(crm_client.meter_detail(GUIDE_EAN).timeline) == len(guide_detail.timeline) + 1
    service.shutdown()


def test_an_unreachable_crm_leaves_a_draft_offered_again_after_a_restart(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, crm_client, service_tasks, drafts_path,
    draft_store,
):
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    emulator.stop()
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)
    _assert_form_intact(dialog, emulator_today)
    text = dialog.banner.message.text()
    assert "The CRM cannot be reached" in text and "Nothing was sent" in text
    assert "kept as a draft on this computer" in text
    dialog.done(MeterDataUpdateDialog.DialogCode.Rejected)  # the app is closed

    # The app starts again: a new draft store on the same file, a new service, the CRM back.
    from optimce_desktop.cache.drafts import DraftStore

    emulator.start()
    restarted = UpdateService(ChangeSender(crm_client, service_tasks, DraftStore(drafts_path)), service_tasks)
    fresh = crm_client.meter_detail(GUIDE_EAN)
    found = []
    restarted.find_draft(GUIDE_EAN, found.append, current=fresh)
    qtbot.waitUntil(lambda: bool(found), timeout=3000)
    draft = found[0]
    assert draft is not None and draft.reason is DraftReason.CRM_UNREACHABLE
    assert draft.update.amperage == 50 and draft.update.effective_date == emulator_today

    reopened = open_dialog(fresh, draft=draft, updates=restarted)
    _assert_form_intact(reopened, emulator_today)
    reopened.grab().save(str(drafts_path.parent / "update-restored-draft.png"))
    assert reopened.banner.property("kind") == Banner.INFO
    assert "restored from a draft kept on this computer" in reopened.banner.message.text()
    acknowledged = []
    reopened.acknowledged.connect(acknowledged.append)
    _validate(qtbot, reopened)
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert draft_store.get(draft.community_id, GUIDE_EAN) is None


def test_a_meter_changed_by_another_operator_is_shown_then_sent_again(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, crm_client, tmp_path
):
    dialog = _edited(open_dialog(guide_detail), emulator_today + dt.timedelta(days=1))
    scheduled = emulator_today + dt.timedelta(days=20)
    _schedule_by_another_operator(emulator, guide_detail, scheduled)
    _validate(qtbot, dialog)
    _settled(qtbot, dialog)

    _assert_form_intact(dialog, emulator_today + dt.timedelta(days=1))
    assert len(crm_client.meter_detail(GUIDE_EAN).timeline) == len(guide_detail.timeline) + 1  # not sent
    banner = dialog.banner.message.text()
    assert dialog.banner.property("kind") == Banner.WARNING
    assert "Another operator changed this meter since this form was opened, so nothing was sent" in banner
    assert f"A scheduled period from {scheduled:%d/%m/%Y}: Active, Single-rate, Residential, DSO RESA" \
        in banner
    date_message = dialog.field_message(UpdateField.START_DATE)
    assert date_message.mark is FieldMark.ERROR and f"{scheduled:%d/%m/%Y}" in date_message.text()
    assert f"A period is scheduled from {scheduled:%d/%m/%Y}" in dialog.ui.effectiveDateHint.text()
    dialog.grab().save(str(tmp_path / "update-meter-changed-meanwhile.png"))

    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    dialog.ui.effectiveDateEdit.set_optional_date(scheduled + dt.timedelta(days=1))
    _validate(qtbot, dialog)
    # the values are compared with the period scheduled meanwhile, which the form's DSO (ORES) undoes
    summary = answer_box(qtbot, dialog, "changeSummary", "Send")
    assert "The meter changed since this form was filled" in summary
    assert f"compared with the period scheduled from {scheduled:%d/%m/%Y}" in summary
    assert "<b>DSO</b>: RESA → ORES" in summary and "<b>Amperage</b>: 40 A → 50 A" in summary
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    [mine] = acknowledged[0].futur_meter_data[:1]
    assert mine.start_date == scheduled + dt.timedelta(days=1) and mine.amperage == 50
