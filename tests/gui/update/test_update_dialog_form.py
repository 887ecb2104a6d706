"""The update dialog as a form: pre-fill, choices, validation as the user types, the Validate button, and the
prompts before closing or sending. Against the emulator (members, and sends where a prompt lets them go)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest

from optimce_desktop.cache.drafts import DraftStore
from optimce_desktop.domain.enums import MeterStatus, ProductionChain
from optimce_desktop.domain.text import fold
from optimce_desktop.domain.update import MeterDataUpdate, UpdateField
from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.message_box import open_boxes
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMark, field_mark
from optimce_desktop.services.pending import check
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import Draft, DraftReason, UpdateService
from tests.fixtures.services import answer_box, shown_box
from tests.support.look import ERROR_RED, text_colour

REPO = Path(__file__).resolve().parents[3]


def _message(dialog: MeterDataUpdateDialog, field: UpdateField) -> tuple[FieldMark, str]:
    label = dialog.field_message(field)
    return (label.mark, label.text()) if label.isVisible() else (FieldMark.NONE, "")


def _dated(dialog: MeterDataUpdateDialog, day: dt.date) -> MeterDataUpdateDialog:
    dialog.ui.effectiveDateEdit.set_optional_date(day)
    return dialog


def test_choices_offer_none_the_whole_catalogue_and_keep_unknown_values(open_dialog, guide_detail):
    current = guide_detail.meter_data.model_copy(update={"grd": "Gaselwest", "production_chain": None})
    dialog = open_dialog(guide_detail.model_copy(update={"meter_data": current}))
    ui = dialog.ui
    assert ui.productionChainCombo.itemText(0) == "None" and ui.productionChainCombo.currentIndex() == 0
    assert ui.productionChainCombo.count() == 1 + len(ProductionChain)
    assert ui.injectionStatusCombo.itemText(0) == "None"
    dsos = [ui.dsoCombo.itemText(i) for i in range(ui.dsoCombo.count())]
    assert {"ORES", "RESA", "AIEG", "AIESH", "REW", "Sibelga", "Fluvius"} <= set(dsos)
    assert ui.dsoCombo.currentText() == "Gaselwest" and dsos[-1] == "Gaselwest"
    assert [ui.statusCombo.itemText(i) for i in range(ui.statusCombo.count())] == [
        "Active", "Inactive", "Pending DSO approval", "Pending manager approval"]
    assert dialog.current_update().grd == "Gaselwest"
    assert ui.samplingPowerLabel.text() == "&WITHDRAWAL POWER (kVA)"  # uppercase, the unit as written


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completer's popup
def test_holder_list_has_every_member_and_finds_them_ignoring_case_and_accents(
    qtbot, open_dialog, guide_detail, member_directory
):
    dialog = open_dialog(guide_detail)
    combo = dialog.ui.holderCombo
    members = member_directory.members
    assert len(members) > 100  # the web app showed 10
    assert combo.count() == 1 + len(members) and combo.itemText(0) == "No holder"
    accented = next(m for m in members if fold(m.name) != m.name.casefold())
    typed = fold(accented.name)[1:-1].upper()  # no accent, other case, inside the name
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), typed)
    completer = combo.completer()
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found and all(typed.casefold() in fold(text) for text in found)
    assert any(text.startswith(accented.name) for text in found)
    assert not combo.is_resolved() and not dialog.ui.validateButton.isEnabled()
    mark, text = _message(dialog, UpdateField.HOLDER)
    assert mark is FieldMark.ERROR and text.startswith("Holder: ") and "not a member" in text

    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.is_resolved() and combo.member() is not None
    assert combo.member().name == found[0].split(" (#")[0]
    assert _message(dialog, UpdateField.HOLDER) == (FieldMark.NONE, "")


def test_effective_date_is_required_but_not_red_before_it_is_touched(styled_app, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    assert _message(dialog, UpdateField.START_DATE) == (FieldMark.NONE, "")
    assert dialog.ui.footerHint.text() == "To validate, fill in: Effective date."
    assert not dialog.ui.validateButton.isEnabled()
    edit = dialog.ui.effectiveDateEdit
    edit.set_optional_date(dt.date(2030, 1, 1))
    edit.clear_date()
    assert _message(dialog, UpdateField.START_DATE) == (FieldMark.ERROR, "Effective date: required")
    assert field_mark(edit) is FieldMark.ERROR
    assert text_colour(dialog.field_message(UpdateField.START_DATE)) == ERROR_RED


def test_dso_is_required(open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    dialog.ui.dsoCombo.setEditText("")
    mark, text = _message(dialog, UpdateField.GRD)
    assert mark is FieldMark.ERROR and text.startswith("DSO: required")
    assert field_mark(dialog.ui.dsoCombo) is FieldMark.ERROR
    assert not dialog.ui.validateButton.isEnabled()
    dialog.ui.dsoCombo.setEditText("sibelga")
    assert dialog.current_update().grd == "Sibelga" and dialog.ui.validateButton.isEnabled()


def test_dso_warnings_for_the_transmission_operator_and_unknown_text(open_dialog, guide_detail,
                                                                     emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    assert dialog.ui.dsoCombo.findText("Elia") == -1  # not offered among the DSOs
    dialog.ui.dsoCombo.setEditText("Elia")
    mark, text = _message(dialog, UpdateField.GRD)
    assert mark is FieldMark.WARNING and "transmission system operator" in text
    dialog.ui.dsoCombo.setEditText("Gazelwest")
    assert _message(dialog, UpdateField.GRD)[0] is FieldMark.WARNING
    assert dialog.ui.validateButton.isEnabled()


@pytest.mark.parametrize(("days", "expected"), [
    (-1, "Effective date: must be on or after {start}, the start of the current period"),
    (0, None),
])
def test_effective_date_before_the_current_period(open_dialog, guide_detail, days, expected):
    start = guide_detail.meter_data.start_date
    dialog = _dated(open_dialog(guide_detail), start + dt.timedelta(days=days))
    dialog.ui.amperageInput.setValue(50)
    mark, text = _message(dialog, UpdateField.START_DATE)
    if expected is None:  # the same day replaces the period: allowed, in amber
        assert mark is FieldMark.WARNING and text == (
            f"Effective date: the period starting on {start:%d/%m/%Y} (Active) will be replaced, "
            f"not kept in the history. Effective date: this changes the meter from {start:%d/%m/%Y}, "
            f"{(dialog._today() - start).days} days ago: past sharing calculations may change")
        assert dialog.ui.validateButton.isEnabled()
    else:
        assert (mark, text) == (FieldMark.ERROR, expected.format(start=f"{start:%d/%m/%Y}"))
        assert not dialog.ui.validateButton.isEnabled()


def test_effective_date_before_a_scheduled_period(open_dialog, crm_client, emulator_today):
    detail = crm_client.meter_detail(FUTURE_EAN)
    scheduled = detail.futur_meter_data[0].start_date
    assert scheduled > emulator_today
    dialog = open_dialog(detail)
    assert f"A period is scheduled from {scheduled:%d/%m/%Y}" in dialog.ui.effectiveDateHint.text()
    _dated(dialog, emulator_today)
    assert _message(dialog, UpdateField.START_DATE) == (
        FieldMark.ERROR,
        f"Effective date: must be on or after {scheduled:%d/%m/%Y}, the start of the latest scheduled period")
    _dated(dialog, scheduled + dt.timedelta(days=1))
    dialog.ui.amperageInput.setValue(50)
    assert _message(dialog, UpdateField.START_DATE) == (
        FieldMark.WARNING,
        f"Effective date: a period is already scheduled from {scheduled:%d/%m/%Y} (Active, Bi-hourly, "
        f"Professional, DSO RESA, holder {detail.futur_meter_data[0].member.name}): it will end on "
        f"{scheduled:%d/%m/%Y}, and the new period's changes are counted from its values")
    assert dialog.ui.validateButton.isEnabled()


def test_far_off_effective_date(open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), dt.date(emulator_today.year + 20, 1, 1))
    mark, text = _message(dialog, UpdateField.START_DATE)
    assert mark is FieldMark.ERROR
    assert text == f"Effective date: must be between 01/01/2000 and 31/12/{emulator_today.year + 10}"


def test_typing_a_date_into_the_empty_field(qtbot, open_dialog, guide_detail, emulator_today):
    dialog = open_dialog(guide_detail)
    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    day = emulator_today + dt.timedelta(days=3)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    assert edit.optional_date() == day
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.optional_date() is None and edit.text().strip() == ""


@pytest.mark.parametrize(("widget", "field", "typed", "expected"), [
    ("samplingPowerInput", UpdateField.SAMPLING_POWER, "60000",
     "Withdrawal power: must be at most 50000 kVA"),
    ("generatingCapacityInput", UpdateField.TOTAL_GENERATING_CAPACITY, "50001",
     "Total generating capacity: must be at most 50000 kVA"),
    ("amperageInput", UpdateField.AMPERAGE, "6000", "Amperage: must be at most 5000 A"),
])
def test_numbers_too_large(qtbot, open_dialog, guide_detail, emulator_today, widget, field, typed, expected):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    number_input = getattr(dialog.ui, widget)
    number_input.setFocus()
    number_input.selectAll()
    qtbot.keyClicks(number_input, typed)
    assert _message(dialog, field) == (FieldMark.ERROR, expected.replace("50000", QLocale().toString(50000)))
    assert field_mark(number_input) is FieldMark.ERROR and not dialog.ui.validateButton.isEnabled()


def test_numbers_cannot_be_negative_and_can_be_emptied(qtbot, open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    amperage = dialog.ui.amperageInput
    amperage.setFocus()
    amperage.selectAll()
    qtbot.keyClicks(amperage, "-5")
    assert amperage.value() >= 0
    amperage.selectAll()
    qtbot.keyClick(amperage, Qt.Key.Key_Delete)
    amperage.clearFocus()
    assert amperage.optional_value() is None and amperage.text() == "--"
    assert dialog.current_update().to_patch_body()["amperage"] == 0
    assert dialog.ui.validateButton.isEnabled()


def test_a_description_the_crm_would_refuse_for_size_is_said_at_the_field(open_dialog, guide_detail,
                                                                           emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    dialog.ui.descriptionEdit.setPlainText("x" * 102_400)
    mark, text = _message(dialog, UpdateField.DESCRIPTION)
    assert mark is FieldMark.ERROR
    assert text.startswith("Description: at most 1") and text.endswith(" characters (102400 typed)")
    assert not dialog.ui.validateButton.isEnabled()
    dialog.ui.descriptionEdit.setPlainText("x" * 100_000)  # U21: the real CRM took this one
    assert _message(dialog, UpdateField.DESCRIPTION) == (FieldMark.NONE, "")
    assert dialog.ui.validateButton.isEnabled()


def test_a_dso_longer_than_the_crm_column_is_said_at_the_field(qtbot, open_dialog, guide_detail,
                                                               emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    dialog.ui.dsoCombo.setEditText("G" * 256)
    assert _message(dialog, UpdateField.GRD) == (FieldMark.ERROR, "DSO: at most 255 characters (256 typed)")
    assert not dialog.ui.validateButton.isEnabled()
    dialog.ui.dsoCombo.setEditText("<" * 64)
    assert _message(dialog, UpdateField.GRD) == (
        FieldMark.ERROR,
        "DSO: the CRM holds at most 255 characters, and counts each < or > as 4: this text takes 256")


def test_text_the_crm_would_change_is_announced_and_invisible_characters_refused(
        qtbot, open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    dialog.ui.descriptionEdit.setPlainText('Voir <b onclick="x()">ici</b>')
    assert _message(dialog, UpdateField.DESCRIPTION) == (
        FieldMark.WARNING,
        "Description: the CRM will store this text as “Voir <b>ici</b>” (it removes the attributes of the "
        "tags <b>, <i>, <u> and <div>, and reads &lt; and &gt; as < and >)")
    assert dialog.ui.validateButton.isEnabled()
    dialog.ui.descriptionEdit.setPlainText("Compteur \u202egarage")
    mark, text = _message(dialog, UpdateField.DESCRIPTION)
    assert mark is FieldMark.ERROR and "character 10 " in text and "U+202E" in text
    assert not dialog.ui.validateButton.isEnabled()
    dialog.ui.descriptionEdit.setPlainText("Compteur <garage> & cave")
    assert _message(dialog, UpdateField.DESCRIPTION) == (FieldMark.NONE, "")


def test_none_choice_warns_that_the_crm_keeps_the_value(open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)
    dialog.ui.productionChainCombo.setCurrentIndex(0)
    assert _message(dialog, UpdateField.PRODUCTION_CHAIN) == (
        FieldMark.WARNING, "Generation type: the CRM cannot clear this value; it will keep “Photovoltaic”")
    assert field_mark(dialog.ui.productionChainCombo) is FieldMark.WARNING
    # the CRM keeping the value, the update changes nothing: it cannot be sent alone
    assert not dialog.ui.validateButton.isEnabled()
    assert dialog.ui.footerHint.text().startswith("Nothing changed yet")
    dialog.ui.amperageInput.setValue(50)
    assert dialog.ui.validateButton.isEnabled()


# -- closing ----------------------------------------------------------------------------------------------


def test_escape_without_changes_closes_at_once(qtbot, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == MeterDataUpdateDialog.DialogCode.Rejected


def test_escape_with_changes_asks_before_discarding(qtbot, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    dialog.ui.descriptionEdit.setPlainText("Edited")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer_box(qtbot, dialog, "discardConfirmation", "Keep editing").startswith("Discard changes?")
    assert dialog.isVisible() and dialog.ui.descriptionEdit.toPlainText() == "Edited"

    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # until the user answers
    answer_box(qtbot, dialog, "discardConfirmation", "Discard")
    assert not dialog.isVisible()


def test_window_close_button_asks_too(qtbot, open_dialog, guide_detail, emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today)  # a date alone is a change
    assert not dialog.close()
    assert answer_box(qtbot, dialog, "discardConfirmation", "Keep editing").startswith("Discard changes?")
    assert dialog.isVisible()


def test_keep_as_draft_closes_and_saves_the_form(qtbot, open_dialog, guide_detail, draft_store):
    dialog = open_dialog(guide_detail)
    dialog.ui.amperageInput.setValue(50)
    dialog.reject()
    answer_box(qtbot, dialog, "discardConfirmation", "Keep as draft")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)  # once the draft is on disk
    draft = draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert draft is not None
    assert draft.update.amperage == 50 and draft.update.timeline == guide_detail.timeline


def test_a_draft_that_cannot_be_saved_keeps_the_form_open(qtbot, open_dialog, guide_detail, crm_client,
                                                          service_tasks, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    sender = ChangeSender(crm_client, service_tasks, DraftStore(blocker / "drafts.sqlite3"))
    broken = UpdateService(sender, service_tasks)
    dialog = open_dialog(guide_detail, updates=broken)
    dialog.ui.amperageInput.setValue(50)
    dialog.reject()
    answer_box(qtbot, dialog, "discardConfirmation", "Keep as draft")
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=3000)
    assert dialog.isVisible()
    assert "could not be kept on this computer" in dialog.banner.message.text()
    assert dialog.ui.amperageInput.optional_value() == 50


# -- confirmations before sending -------------------------------------------------------------------------


def test_same_day_overwrite_asks_first_repeating_the_warning_and_enter_sends(
        qtbot, open_dialog, guide_detail, crm_client, emulator_today):
    current = guide_detail.meter_data
    dialog = _dated(open_dialog(guide_detail), current.start_date)
    dialog.ui.amperageInput.setValue(50)
    warning = _message(dialog, UpdateField.START_DATE)[1]
    assert warning.startswith(
        f"Effective date: the period starting on {current.start_date:%d/%m/%Y} (Active) will be replaced, "
        "not kept in the history")
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    question = answer_box(qtbot, dialog, "changeSummary", "Back to the form")
    assert question.startswith("Send this update to the CRM?\nCheck before sending:")
    assert f"<li>{warning}</li>" in question and "<b>Amperage</b>: 40 A → 50 A" in question
    assert not dialog.is_sending and dialog.isVisible()

    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    box = shown_box(qtbot, dialog, "changeSummary")
    assert box.defaultButton().text() == "Send" and box.defaultButton().property("primary")
    QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)  # the summary confirms: Enter sends
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    after = crm_client.meter_detail(GUIDE_EAN)
    assert len(after.timeline) == len(guide_detail.timeline)  # replaced in place, no new period
    assert after.meter_data.id == current.id and after.meter_data.amperage == 50


def test_a_past_effective_date_warns_at_the_field_and_again_before_sending(
        qtbot, open_dialog, guide_detail, crm_client, emulator_today):
    start = guide_detail.meter_data.start_date
    day = emulator_today - dt.timedelta(days=3)
    assert day > start
    dialog = open_dialog(guide_detail)
    dialog.ui.amperageInput.setValue(50)
    dialog.ui.effectiveDateEdit.setFocus()
    qtbot.keyClicks(dialog.ui.effectiveDateEdit, f"{day:%d%m%Y}")
    QTest.keyClick(dialog.ui.effectiveDateEdit, Qt.Key.Key_Tab)
    expected = (f"Effective date: this changes the meter from {day:%d/%m/%Y}, 3 days ago: past sharing "
                "calculations may change")
    assert _message(dialog, UpdateField.START_DATE) == (FieldMark.WARNING, expected)
    assert field_mark(dialog.ui.effectiveDateEdit) is FieldMark.WARNING
    assert dialog.ui.validateButton.isEnabled()  # a warning: the CRM accepts a past date

    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    assert f"<li>{expected}</li>" in answer_box(qtbot, dialog, "changeSummary", "Send")
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert acknowledged[0].meter_data.start_date == day


def test_changes_without_a_warning_are_sent_at_once_as_the_guide_says(
        qtbot, open_dialog, guide_detail, emulator_today, member_directory):
    dialog = _dated(open_dialog(guide_detail), emulator_today + dt.timedelta(days=30))
    other = next(m for m in member_directory.members if m.id != guide_detail.holder.id)
    dialog.ui.holderCombo.set_member(other)
    dialog.ui.statusCombo.setCurrentIndex(2)
    dialog.ui.descriptionEdit.setPlainText("Habitation")
    dialog.ui.amperageInput.setValue(63)
    assert not any(dialog.field_message(f).mark is FieldMark.WARNING for f in UpdateField
                   if f in dialog._messages)
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    QTest.keyClick(dialog.ui.effectiveDateEdit, Qt.Key.Key_Return)  # Enter after the date validates
    assert dialog.is_sending and not open_boxes(dialog)  # no question: the same every time
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    new = acknowledged[0].futur_meter_data[0] if acknowledged[0].futur_meter_data else None
    assert new is not None and new.status is MeterStatus.WAITING_GRD and new.member.id == other.id


def test_a_value_five_times_off_is_flagged_at_its_field_and_asked_about(qtbot, open_dialog, guide_detail,
                                                                       emulator_today):
    dialog = _dated(open_dialog(guide_detail), emulator_today + dt.timedelta(days=1))
    dialog.ui.amperageInput.setFocus()
    dialog.ui.amperageInput.selectAll()
    qtbot.keyClicks(dialog.ui.amperageInput, "400")
    assert _message(dialog, UpdateField.AMPERAGE) == (FieldMark.WARNING, (
        "Amperage: 40 A → 400 A, five times more or less than now: check the unit and the decimal mark"))
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    assert "<b>Amperage</b>: 40 A → 400 A" in answer_box(qtbot, dialog, "changeSummary", "Back to the form")
    assert not dialog.is_sending


def _stored_draft(draft_store, guide_detail, reason: DraftReason) -> Draft:
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage = 63
    return draft_store.save(TOURNESOLS_AUTH_ID, form, reason)


def test_a_draft_of_unknown_outcome_stays_so_when_kept_again(qtbot, open_dialog, guide_detail, draft_store):
    draft = _stored_draft(draft_store, guide_detail, DraftReason.OUTCOME_UNKNOWN)
    dialog = open_dialog(guide_detail, draft=draft)
    assert "It was sent once without an answer" in dialog.banner.message.text()
    assert dialog.ui.amperageInput.optional_value() == 63
    dialog.reject()
    assert "Discarding also deletes the draft kept on this computer." in answer_box(
        qtbot, dialog, "discardConfirmation", "Keep as draft")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).saved_at > draft.saved_at
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN


def test_discarding_a_restored_draft_deletes_it(qtbot, open_dialog, guide_detail, draft_store):
    draft = _stored_draft(draft_store, guide_detail, DraftReason.CRM_UNREACHABLE)
    dialog = open_dialog(guide_detail, draft=draft)
    dialog.reject()
    answer_box(qtbot, dialog, "discardConfirmation", "Discard")
    qtbot.waitUntil(lambda: draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None, timeout=3000)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the calendar popup
def test_the_calendar_of_an_empty_date_opens_on_this_month(qtbot, open_dialog, guide_detail):
    edit = open_dialog(guide_detail).ui.effectiveDateEdit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 12, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.optional_date() is None  # opening picks nothing
    calendar.setSelectedDate(today.addDays(2))
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert edit.optional_date() == today.addDays(2).toPython()


@pytest.mark.parametrize("from_pending_changes", [False, True])
def test_a_draft_of_a_meter_changed_since_lists_what_changed(
    open_dialog, guide_detail, draft_store, crm_client, emulator_today, from_pending_changes
):
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage, form.effective_date = 63, emulator_today + dt.timedelta(days=1)
    draft = draft_store.save(TOURNESOLS_AUTH_ID, form, DraftReason.CRM_UNREACHABLE)
    scheduled = MeterDataUpdate.from_detail(guide_detail)  # meanwhile, another operator schedules a period
    scheduled.grd, scheduled.effective_date = "RESA", emulator_today + dt.timedelta(days=20)
    crm_client.update_meter_data(scheduled.to_patch_body())
    fresh = crm_client.meter_detail(GUIDE_EAN)
    # Pending changes hands over the draft as checked against the CRM; "Update data" the draft itself
    dialog = open_dialog(fresh, draft=check(draft, fresh, emulator_today) if from_pending_changes else draft)
    text = dialog.banner.message.text()
    assert dialog.banner.property("kind") == Banner.WARNING
    assert "The meter changed since then; check the form against these changes:" in text
    assert f"A scheduled period from {scheduled.effective_day:%d/%m/%Y}: Active, Single-rate, Residential, " \
        "DSO RESA" in text
    assert dialog.ui.amperageInput.optional_value() == 63
    assert dialog.ui.effectiveDateEdit.optional_date() == form.effective_day


def test_a_draft_of_another_meter_is_refused(open_dialog, guide_detail, crm_client):
    other = MeterDataUpdate.from_detail(crm_client.meter_detail(FUTURE_EAN))
    with pytest.raises(ValueError):
        open_dialog(guide_detail, draft=other)
