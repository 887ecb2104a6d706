"""A field that several dialogs show has the same Alt+letter in each of them, in every language: an operator's
habit from one dialog (Alt+E, then a date, in "Update data") must not type into another field in the next
one (Alt+E was the EAN in "Add a meter": the date replaced the EAN already typed).

- the effective date: the same letter in Update data, Add a meter and Deactivate (its deactivation date),
  and no other control of these dialogs, Modify and Cancel a scheduled change included, on that letter;
- the description and every other field of a period: the same letter in Update data and Add a meter;
- the meter's own fields: the same letter in Add a meter and Modify;
- within each dialog no two controls (labels, buttons, group boxes) share a letter;
- in French, each dialog opened and its letters pressed: each goes to its field.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from optimce_desktop.app import LANGUAGES, install_translations
from optimce_desktop.domain.meter_form import MeterField
from optimce_desktop.domain.update import UpdateField
from tests.gui.keyboard.test_mnemonics import control_letters, letter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    translators = install_translations(qapp, request.param)
    assert request.param == "en" or translators, f"no translation installed for {request.param}"
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def dialogs(qtbot, open_dialog, guide_detail, crm_client, service_tasks, draft_store) -> Iterator[dict]:
    """Each dialog by its name, with its labelled fields: {name: (dialog, {field: widget})}; Update data
    shown."""
    from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
    from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
    from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
    from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
    from optimce_desktop.services.meter_actions import MeterActionService
    from optimce_desktop.services.sending import ChangeSender

    service = MeterActionService(ChangeSender(crm_client, service_tasks, draft_store))
    update = open_dialog(guide_detail)
    ui = update.ui
    update_fields: dict[object, QWidget] = {
        UpdateField.START_DATE: ui.effectiveDateEdit, UpdateField.DESCRIPTION: ui.descriptionEdit,
        UpdateField.SAMPLING_POWER: ui.samplingPowerInput,
        UpdateField.TOTAL_GENERATING_CAPACITY: ui.generatingCapacityInput,
        UpdateField.AMPERAGE: ui.amperageInput, UpdateField.PRODUCTION_CHAIN: ui.productionChainCombo,
        UpdateField.INJECTION_STATUS: ui.injectionStatusCombo, UpdateField.GRD: ui.dsoCombo,
        UpdateField.RATE: ui.rateGroup, UpdateField.CLIENT_TYPE: ui.clientTypeGroup,
        UpdateField.HOLDER: ui.holderCombo, UpdateField.STATUS: ui.statusCombo,
        UpdateField.SHARING_OPERATION: ui.sharingOperationValue,  # in Update data only
    }
    add = AddMeterDialog(service, "community", "CE", lambda ean: False, None)
    modify = ModifyMeterDialog(guide_detail, service, "community")
    deactivate = DeactivationDialog(guide_detail, service, "community")
    latest = max(guide_detail.timeline, key=lambda period: period.start_date)
    cancel = CancelScheduledDialog(guide_detail, latest, service, "community")
    for dialog in (add, modify, deactivate, cancel):
        qtbot.addWidget(dialog)
    yield {
        "update": (update, update_fields),
        "add": (add, {**add.period_form.inputs, **add.form.inputs}),
        "modify": (modify, dict(modify.form.inputs)),
        "deactivate": (deactivate, {UpdateField.START_DATE: deactivate.date_edit}),
        "cancel": (cancel, {}),
    }
    for dialog in (add, modify, deactivate, cancel):
        if dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)
    service.shutdown()


def field_labels(dialog: QWidget, fields: dict[object, QWidget]) -> dict[object, str]:
    """Each field's label: the one whose buddy is the field or inside it (a group of radio buttons)."""
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    found = {}
    for name, widget in fields.items():
        texts = [label.text() for label in labels if _within(label.buddy(), widget)]
        assert len(texts) == 1, (name, texts)
        found[name] = texts[0]
    return found


def field_letters(dialog: QWidget, fields: dict[object, QWidget]) -> dict[object, str | None]:
    return {name: letter(text) for name, text in field_labels(dialog, fields).items()}


def _within(widget: QWidget, field: QWidget) -> bool:
    return widget is field or field.isAncestorOf(widget)


def test_a_field_has_the_same_letter_in_every_dialog_that_shows_it(language, dialogs):
    letters = {name: field_letters(dialog, fields) for name, (dialog, fields) in dialogs.items()}
    for dialog, _ in dialogs.values():
        control_letters(dialog)  # no two controls of a dialog on one letter
    update, add, modify = letters["update"], letters["add"], letters["modify"]
    date = update[UpdateField.START_DATE]
    assert date is not None
    assert (date, date) == (add[UpdateField.START_DATE], letters["deactivate"][UpdateField.START_DATE]), \
        f"{language}: the effective date's letter differs between Update, Add and Deactivate"
    assert update[UpdateField.DESCRIPTION] == add[UpdateField.DESCRIPTION], language
    shared = [field for field in UpdateField if field in update and field in add]
    assert len(shared) == 12
    differing = {field.name: (update[field], add[field]) for field in shared if update[field] != add[field]}
    assert not differing, f"{language}: Update data and Add a meter differ (update, add): {differing}"
    differing = {field.name: (add[field], modify[field]) for field in MeterField
                 if add[field] != modify[field]}
    assert not differing, f"{language}: Add a meter and Modify differ (add, modify): {differing}"
    assert None not in add.values() and None not in modify.values(), language


def test_no_other_control_of_these_dialogs_is_on_the_effective_dates_letter(language, dialogs):
    """An operator who presses it expects a date field: in a dialog without one it does nothing."""
    update, fields = dialogs["update"]
    date = field_letters(update, fields)[UpdateField.START_DATE]
    for name, (dialog, fields) in dialogs.items():
        date_label = field_labels(dialog, fields).get(UpdateField.START_DATE)
        assert control_letters(dialog).get(date) == date_label, \
            f"{language}, {name}: {date}, the effective date's letter, is not the date's"


@pytest.mark.parametrize("name", ["update", "add", "modify", "deactivate"])
def test_in_french_each_letter_goes_to_its_field(qtbot, french_belgian, dialogs, name):
    dialog, fields = dialogs[name]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    letters = field_letters(dialog, fields)
    assert letters[next(iter(fields))] is not None
    elsewhere = dialog.findChild(QPushButton, "cancelButton")
    for field, widget in fields.items():
        elsewhere.setFocus()
        QTest.keyClick(dialog, _key(letters[field]), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda widget=widget: _within(QApplication.focusWidget(), widget), timeout=1000)
        assert dialog.isVisible(), (name, field)  # a letter went to a field, never to a button


def _key(found: str) -> Qt.Key:
    """The key of ``alt+x`` (``alt+é`` too: a key of the Belgian keyboard)."""
    character = found.removeprefix("alt+")
    assert len(character) == 1, found
    return Qt.Key(ord(character.upper()))
