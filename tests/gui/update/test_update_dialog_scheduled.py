"""A French-speaking operator updates, key by key, a meter on which a colleague already scheduled a period:
the form starts from that period (the only one an update can overwrite or follow), says so, compares the
update with it, and what the summary says is what the CRM stores. Also: an update that changes nothing
cannot be sent, and a number's limit is the one the form applies. Against the emulator, over real HTTP."""

from __future__ import annotations

import datetime as dt
from html import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget

from optimce_desktop.cache.drafts import DraftReason
from optimce_desktop.domain.enums import Rate
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate, UpdateField
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMark
from optimce_desktop.services.pending import check
from optimce_desktop.services.texts import date_text
from tests.fixtures.services import answer_box

COLLEAGUES_DESCRIPTION = "Prévu par un collègue"
NBSP = "\u00a0"


def _tr(context: str, source: str) -> str:
    """A text as the French interface shows it (its English source while it has no translation yet)."""
    return QCoreApplication.translate(context, source)


def _retype(qtbot, field: QWidget, text: str) -> None:  # noqa: ANN001
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _type_date(qtbot, dialog: MeterDataUpdateDialog, day: dt.date) -> None:  # noqa: ANN001
    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    qtbot.keyClicks(edit, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.optional_date() == day


def _message(dialog: MeterDataUpdateDialog, field: UpdateField) -> tuple[FieldMark, str]:
    label = dialog.field_message(field)
    return (label.mark, label.text()) if label.isVisible() else (FieldMark.NONE, "")


@pytest.fixture
def scheduled_day(emulator_today) -> dt.date:
    return max(dt.date(2027, 3, 1), emulator_today + dt.timedelta(days=30))


@pytest.fixture
def colleagues_period(crm_client, guide_detail, scheduled_day) -> MeterDetail:
    """A colleague scheduled a period on the guide's meter (exclusive night, their description, 80 A)."""
    scheduled = MeterDataUpdate.from_detail(guide_detail)
    scheduled.rate, scheduled.description, scheduled.amperage = (
        Rate.EXCLUSIF_NUIT, COLLEAGUES_DESCRIPTION, 80)
    scheduled.effective_date = scheduled_day
    crm_client.update_meter_data(scheduled.to_patch_body())
    fresh = crm_client.meter_detail(GUIDE_EAN)
    assert [p.start_date for p in fresh.futur_meter_data] == [scheduled_day]
    return fresh


def test_a_date_on_a_scheduled_period_starts_from_its_values_and_says_it_is_overwritten(
        qtbot, french_belgian, styled_app, open_dialog, colleagues_period, scheduled_day, emulator):
    current = colleagues_period.meter_data
    dialog = open_dialog(colleagues_period)
    ui = dialog.ui
    # the form shows the colleague's period, the one an update can only overwrite or follow, and says so
    assert ui.rateNightRadio.isChecked() and not ui.rateSimpleRadio.isChecked()
    assert ui.descriptionEdit.toPlainText() == COLLEAGUES_DESCRIPTION
    assert ui.amperageInput.optional_value() == 80
    assert current.amperage == 40 and current.rate is Rate.SIMPLE
    assert dialog.banner.isVisible() and dialog.banner.property("kind") == Banner.INFO
    assert date_text(scheduled_day) in dialog.banner.message.text()

    _type_date(qtbot, dialog, scheduled_day)
    mark, text = _message(dialog, UpdateField.START_DATE)
    assert mark is FieldMark.WARNING
    overwritten = _tr("Problems", "the period already scheduled from {0} ({1}) will be overwritten: its "
                                  "values are replaced by this form's, and not kept in the history")
    holder = colleagues_period.futur_meter_data[0].member.name
    holds = ", ".join(["Actif", "Exclusif nuit", "Résidentiel", _tr("Problems", "DSO {0}").format("ORES"),
                       _tr("Problems", "holder {0}").format(holder)])
    assert text == f"Date d'effet{NBSP}: " + overwritten.format(date_text(scheduled_day), holds)
    # the date alone changes nothing: the period would be overwritten with its own values
    assert not ui.validateButton.isEnabled()
    assert ui.footerHint.text() == _tr(
        "MeterDataUpdateDialog", "Nothing changed yet: the form holds the values of the period from {0}."
    ).format(date_text(scheduled_day))

    _retype(qtbot, ui.amperageInput, "63")
    ui.rateBiHourlyRadio.setFocus()
    qtbot.keyClick(ui.rateBiHourlyRadio, Qt.Key.Key_Space)
    assert ui.rateBiHourlyRadio.isChecked() and ui.validateButton.isEnabled()
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    qtbot.mouseClick(ui.validateButton, Qt.MouseButton.LeftButton)
    summary = answer_box(qtbot, dialog, "changeSummary", "Envoyer")
    # every value that differs from the colleague's period, and nothing else
    assert f"<b>Tarif</b>{NBSP}: Exclusif nuit → Bihoraire" in summary
    assert f"<b>Ampérage</b>{NBSP}: 80 A → 63 A" in summary
    assert summary.count("<li>") == 3  # the date's warning, then the two changes
    assert "Description" not in summary and "Simple" not in summary
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)

    # the CRM stores what the summary said: the colleague's period overwritten with those two changes
    [stored] = [p for p in emulator.store.periods(GUIDE_EAN) if p.start_date == scheduled_day.isoformat()]
    assert (stored.rate, stored.amperage, stored.description) == (2, 63, COLLEAGUES_DESCRIPTION)
    assert (stored.sampling_power, stored.total_generating_capacity) == (
        current.sampling_power, current.total_generating_capacity)
    assert stored.member_id == current.member.id
    assert stored.sharing_operation_id == current.sharing_operation.id


def test_a_date_after_a_scheduled_period_compares_with_it(
        qtbot, french_belgian, styled_app, open_dialog, colleagues_period, scheduled_day, emulator):
    dialog = open_dialog(colleagues_period)
    later = scheduled_day + dt.timedelta(days=10)
    _type_date(qtbot, dialog, later)
    mark, text = _message(dialog, UpdateField.START_DATE)
    assert mark is FieldMark.WARNING and date_text(scheduled_day) in text
    assert date_text(later - dt.timedelta(days=1)) in text  # when the colleague's period will end
    assert not dialog.ui.validateButton.isEnabled()  # a copy of the colleague's period is pointless

    dialog.ui.dsoCombo.setFocus()
    dialog.ui.dsoCombo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.ui.dsoCombo.lineEdit(), "RESA")
    qtbot.keyClick(dialog.ui.dsoCombo, Qt.Key.Key_Tab)
    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    summary = answer_box(qtbot, dialog, "changeSummary", "Envoyer")
    assert f"<b>GRD</b>{NBSP}: ORES → RESA" in summary and summary.count("→") == 1
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)

    periods = {p.start_date: p for p in emulator.store.periods(GUIDE_EAN)}
    colleagues, mine = periods[scheduled_day.isoformat()], periods[later.isoformat()]
    assert colleagues.end_date == (later - dt.timedelta(days=1)).isoformat()
    assert (colleagues.rate, colleagues.amperage, colleagues.grd) == (3, 80, "ORES")
    assert (mine.rate, mine.amperage, mine.description, mine.grd) == (3, 80, COLLEAGUES_DESCRIPTION, "RESA")


def test_a_draft_made_before_a_period_was_scheduled_lists_every_value_it_would_overwrite(
        qtbot, french_belgian, styled_app, open_dialog, crm_client, guide_detail, draft_store, scheduled_day,
        emulator_today, emulator):
    # offline, the operator kept an update from the colleague's day on: the current values, 50 A
    form = MeterDataUpdate.from_detail(guide_detail)
    form.amperage, form.effective_date = 50, scheduled_day
    draft = draft_store.save(TOURNESOLS_AUTH_ID, form, DraftReason.CRM_UNREACHABLE)
    # meanwhile, the colleague schedules their period on that very day
    scheduled = MeterDataUpdate.from_detail(guide_detail)
    scheduled.rate, scheduled.description, scheduled.amperage = Rate.EXCLUSIF_NUIT, COLLEAGUES_DESCRIPTION, 80
    scheduled.effective_date = scheduled_day
    crm_client.update_meter_data(scheduled.to_patch_body())
    fresh = crm_client.meter_detail(GUIDE_EAN)

    checked = check(draft, fresh, emulator_today)  # Pending changes, once the CRM is back
    assert {c.field: (c.old, c.new) for c in checked.changes} == {
        UpdateField.RATE: (Rate.EXCLUSIF_NUIT, Rate.SIMPLE),
        UpdateField.DESCRIPTION: (COLLEAGUES_DESCRIPTION, guide_detail.meter_data.description),
        UpdateField.AMPERAGE: (80, 50)}
    dialog = open_dialog(fresh, draft=checked)
    assert dialog.ui.amperageInput.optional_value() == 50 and dialog.ui.rateSimpleRadio.isChecked()
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)
    summary = answer_box(qtbot, dialog, "changeSummary", "Retour au formulaire")
    assert f"<b>Tarif</b>{NBSP}: Exclusif nuit → Simple" in summary
    assert f"<b>Ampérage</b>{NBSP}: 80 A → 50 A" in summary
    assert f"<b>Description</b>{NBSP}: «{NBSP}{COLLEAGUES_DESCRIPTION}{NBSP}»" in summary
    # first the warnings: the colleague's period (what it holds) overwritten, the form filled before it
    warnings = summary.split("</ul>")[0]
    assert "Exclusif nuit" in warnings and date_text(scheduled_day) in warnings
    assert escape(_tr("MeterDataUpdateDialog", "The meter changed since this form was filled: the changes "
                      "below are counted from the meter as the CRM has it now, and values you did not touch "
                      "may undo another operator's changes.")) in warnings
    [stored] = [p for p in emulator.store.periods(GUIDE_EAN) if p.start_date == scheduled_day.isoformat()]
    assert (stored.rate, stored.amperage) == (3, 80)  # nothing sent


def test_a_date_alone_changes_nothing_and_cannot_be_sent(qtbot, french_belgian, styled_app, open_dialog,
                                                         guide_detail, emulator_today, emulator):
    before = emulator.store.periods(GUIDE_EAN)
    dialog = open_dialog(guide_detail)
    day = emulator_today + dt.timedelta(days=5)
    _type_date(qtbot, dialog, day)
    assert _message(dialog, UpdateField.START_DATE) == (FieldMark.NONE, "")
    assert not dialog.ui.validateButton.isEnabled()
    assert dialog.ui.footerHint.text() == _tr(
        "MeterDataUpdateDialog", "Nothing changed yet: the form holds the values of the period from {0}."
    ).format(date_text(guide_detail.meter_data.start_date))
    qtbot.keyClick(dialog.ui.effectiveDateEdit, Qt.Key.Key_Return)  # Enter validates a sendable form
    assert not dialog.is_sending and emulator.store.periods(GUIDE_EAN) == before

    _retype(qtbot, dialog.ui.amperageInput, "63")
    assert dialog.ui.validateButton.isEnabled() and dialog.ui.footerHint.text() == ""
    _retype(qtbot, dialog.ui.amperageInput, "40")  # back to the period's value: nothing to send again
    assert not dialog.ui.validateButton.isEnabled()


@pytest.mark.parametrize("typed", ["99999999999,99", "999999,99", "50000,01"])
def test_a_number_over_the_limit_names_the_limit_the_form_applies(qtbot, french_belgian, styled_app,
                                                                  open_dialog, guide_detail, typed):
    dialog = open_dialog(guide_detail)
    _retype(qtbot, dialog.ui.generatingCapacityInput, typed)
    limit = QLocale().toString(50000.0, "f", 0)
    assert limit == "50\u202f000"
    assert _message(dialog, UpdateField.TOTAL_GENERATING_CAPACITY) == (
        FieldMark.ERROR, f"Puissance de production totale{NBSP}: ne peut pas dépasser {limit} kVA")
    assert not dialog.ui.validateButton.isEnabled()
    _retype(qtbot, dialog.ui.generatingCapacityInput, "50000")
    assert _message(dialog, UpdateField.TOTAL_GENERATING_CAPACITY)[0] is not FieldMark.ERROR
