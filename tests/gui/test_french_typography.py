"""What a French-speaking operator reads: a non-breaking space before the colon after a field's label and
lowercase after it, « » around quoted text, units kept as written in the uppercase captions (kVA, not KVA),
and every power with the same decimals in the cards, the periods list and the change summaries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from optimce_desktop.app import install_translations
from optimce_desktop.domain.enums import ClientType, MeterStatus, Rate
from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.period_cards import PeriodCards
from optimce_desktop.gui.timeline_model import TimelineModel
from optimce_desktop.gui.widgets.change_texts import value_text
from optimce_desktop.services.texts import caption_text, power_text
from tests.fixtures.services import answer_box

NBSP = "\u00a0"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The app in French with Belgian numbers, as ``--language fr`` on a fr_BE computer."""
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_BE"))
    installed = install_translations(qapp, "fr")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def meter_service(crm_client, service_tasks, draft_store):
    from optimce_desktop.services.meter_actions import MeterActionService
    from optimce_desktop.services.sending import ChangeSender

    service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))
    yield service
    service.shutdown()


def _retype(qtbot, field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def _period(**values: float) -> Period:
    return Period(id=1, status=MeterStatus.ACTIVE, rate=Rate.SIMPLE, client_type=ClientType.RESIDENTIAL,
                  start_date=dt.date(2026, 1, 1), **values)


# -- the colon after a field's label --------------------------------------------------------------------

def test_the_modify_dialog_spaces_the_colon_after_each_label(french, qtbot, meter_service, guide_detail):
    from optimce_desktop.gui.meter_dialog import ModifyMeterDialog

    dialog = ModifyMeterDialog(guide_detail, meter_service, "community")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    _retype(qtbot, form.house_number_edit, "quarante")
    _retype(qtbot, form.postcode_edit, "45000")

    _assert_continues(_message_of(form, form.house_number_edit), "Numéro")
    _assert_continues(_message_of(form, form.postcode_edit), "Code postal")

    _retype(qtbot, form.house_number_edit, "41")
    _retype(qtbot, form.postcode_edit, "4520")
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    summary = answer_box(qtbot, dialog, "modifyConfirmation", "Retour au formulaire")
    assert f"Code postal{NBSP}: 4500 → <b>4520</b>" in summary
    dialog.done(0)


def test_the_add_dialog_says_a_typed_date_is_no_date_after_a_spaced_colon_in_lowercase(
        french, qtbot, meter_service):
    from optimce_desktop.gui.add_meter_dialog import AddMeterDialog

    dialog = AddMeterDialog(meter_service, "community", "CE", lambda ean: False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    period_form = dialog.period_form
    _retype(qtbot, period_form.effective_date_edit, "bte 3")
    _retype(qtbot, dialog.form.ean_edit, "541448000000001231")  # leaves the date field
    message = period_form.messages[UpdateField.START_DATE].text()
    assert message.startswith(f"Date d'effet{NBSP}: ce n'est pas une date{NBSP}: saisissez-la ")
    ean = _message_of(dialog.form, dialog.form.ean_edit)
    assert ean.startswith(f"EAN{NBSP}: le dernier chiffre devrait être 0")
    dialog.done(0)


def _assert_continues(message: str, label: str) -> None:
    """``message`` is "label : what is wrong", the sentence going on in lowercase after the colon."""
    assert message.startswith(f"{label}{NBSP}: "), message
    assert not message[len(label) + 3].isupper(), message


def _message_of(form, field: QWidget) -> str:
    name = next(name for name, widget in form.inputs.items() if widget is field)
    return form.messages[name].text()


# -- quotes ------------------------------------------------------------------------------------------------

def test_a_description_in_a_change_summary_is_between_french_quotes(french):
    assert value_text(UpdateField.DESCRIPTION, "Boulangerie") == f"«{NBSP}Boulangerie{NBSP}»"
    assert value_text(UpdateField.DESCRIPTION, "x" * 80) == f"«{NBSP}{'x' * 60}…{NBSP}»"


def test_a_description_in_a_change_summary_is_between_english_quotes_in_english(qapp):
    assert value_text(UpdateField.DESCRIPTION, "Bakery") == "“Bakery”"


# -- units in the uppercase captions ----------------------------------------------------------------------

@pytest.mark.parametrize(("caption", "shown"), [
    ("Withdrawal power (kVA)", "WITHDRAWAL POWER (kVA)"),
    ("Tota&l generating capacity (kVA)", "TOTA&L GENERATING CAPACITY (kVA)"),
    ("A&mperage (A)", "A&MPERAGE (A)"),
    ("Puissance de prélèvement (kVA)", "PUISSANCE DE PRÉLÈVEMENT (kVA)"),
    ("Date d'effet *", "DATE D'EFFET *"),
    ("Holder (member)", "HOLDER (MEMBER)"),  # words in parentheses are no unit
])
def test_a_caption_is_uppercase_but_its_unit_is_written_as_is(caption, shown):
    assert caption_text(caption) == shown


def _unit_captions(labels: list[QLabel]) -> list[str]:
    with_units = [label for label in labels if "(kva)" in label.text().casefold()]
    assert with_units
    for label in with_units:  # the font must not capitalise what the text keeps
        assert label.font().capitalization() is not QFont.Capitalization.AllUppercase, label.text()
    return [label.text() for label in with_units]


def test_the_cards_the_update_and_the_add_dialogs_write_kva_as_kva(french, qtbot, meter_service, open_dialog,
                                                                     guide_detail):
    from optimce_desktop.gui.add_meter_dialog import AddMeterDialog

    cards = PeriodCards()
    qtbot.addWidget(cards)
    captions = _unit_captions(cards.findChildren(QLabel))
    assert "PUISSANCE DE PRÉLÈVEMENT (kVA)" in captions

    update = open_dialog(guide_detail)
    labels = [label for label in update.findChildren(QLabel) if label.property("role") == "fieldLabel"]
    captions = _unit_captions(labels)
    assert all(text.endswith("(kVA)") and text[:-5] == text[:-5].upper() for text in captions), captions

    add = AddMeterDialog(meter_service, "community", "CE", lambda ean: False, None)
    qtbot.addWidget(add)
    labels = [label for label in add.findChildren(QLabel) if label.property("role") == "fieldLabel"]
    captions = _unit_captions(labels)
    assert all(text.endswith("(kVA)") and text[:-5] == text[:-5].upper() for text in captions), captions
    add.done(0)


# -- powers -------------------------------------------------------------------------------------------------

def test_every_power_has_two_decimals_at_least_and_keeps_a_third(french, qtbot):
    period = _period(sampling_power=9.2, total_generating_capacity=5, amperage=40)
    cards = PeriodCards()
    qtbot.addWidget(cards)
    cards.show_period(period)
    assert cards.value("samplingPower") == "9,20 kVA"
    assert cards.value("generatingCapacity") == "5,00 kVA"  # beside 9,20 kVA, not "5 kVA"
    assert cards.value("amperage") == "40 A"

    model = TimelineModel()
    model.set_detail(MeterDetail(EAN="541448700000010002", meter_data=period), today=dt.date(2026, 6, 1))
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "9,20 kVA" in row and "5,00 kVA" in row

    assert value_text(UpdateField.TOTAL_GENERATING_CAPACITY, 5) == "5,00 kVA"
    assert power_text(12.345) == "12,345 kVA"  # a third decimal the CRM keeps is never rounded away
    assert power_text(1234.5) == "1\u202f234,50 kVA"
    assert power_text(None) == power_text(0) == "--"
