"""Modify a meter (the web app's "Modify"): its address, meter number, tariff group, number of phases and
reading frequency, pre-filled, checked as they are typed; the CRM keeps no history of them, so what changes
(old -> new) is shown and confirmed before sending. A text field shows, once left, its text as it is sent
(without a double or trailing space, ``domain.text.tidy_line``): what the confirmation shows is what is sent,
and a change of spaces alone is no change."""

from __future__ import annotations

import datetime as dt
import functools
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.domain import ean as ean_rules
from optimce_desktop.domain.enums import ReadingFrequency, TariffGroup, WireEnum
from optimce_desktop.domain.meter_form import (
    REQUIRED_FIELDS,
    TEXT_FIELDS,
    MeterField,
    MeterFields,
    MeterIssue,
    MeterIssueCode,
    MeterModification,
    split_house_number,
)
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.numbers import NumberProblem
from optimce_desktop.domain.text import tidy_line
from optimce_desktop.gui.meter_action_dialog import MeterActionDialog, field_label
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.change_texts import change_row
from optimce_desktop.gui.widgets.enter_moves_on import make_button_explicit, move_on_enter
from optimce_desktop.gui.widgets.field_message import (
    NARROW_FIELD_MESSAGE_LINES,
    WIDE_FIELD_MESSAGE_LINES,
    FieldMark,
    FieldMessage,
    mark_field,
)
from optimce_desktop.gui.widgets.optional_number_input import OptionalNumberInput
from optimce_desktop.gui.widgets.whole_messages import WholeMessages
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite, WriteResult
from optimce_desktop.services.texts import enum_text, labelled, phases_text

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate

_CHOSEN_FIELDS = frozenset((MeterField.TARIFF_GROUP, MeterField.READING_FREQUENCY))
NARROW_MESSAGE_LINES = NARROW_FIELD_MESSAGE_LINES + 1
"""The room under the narrow fields (house number, postcode, phases): what is wrong with a number and how to
type it takes three lines there."""


class MeterFieldsForm(QWidget):
    """The meter's own fields with a message under each; shared by Modify and Add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[MeterField, QWidget] = {}
        self.messages: dict[MeterField, FieldMessage] = {}
        self.labels: dict[MeterField, str] = meter_field_labels()
        self.whole_messages = WholeMessages(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        meter_box, address_box = QGroupBox(self.tr("Meter")), QGroupBox(self.tr("Address"))
        meter_grid, address_grid = QGridLayout(meter_box), QGridLayout(address_box)
        column.addWidget(meter_box)
        column.addWidget(address_box)

        self.ean_edit = self._line(MeterField.EAN, "eanEdit")
        self.meter_number_edit = self._line(MeterField.METER_NUMBER, "meterNumberEdit")
        self.tariff_group_combo = self._combo(MeterField.TARIFF_GROUP, "tariffGroupCombo", TariffGroup)
        self.phases_input = self._number(MeterField.PHASES, "phasesInput")
        self.reading_frequency_combo = self._combo(MeterField.READING_FREQUENCY, "readingFrequencyCombo",
                                                   ReadingFrequency)
        self.street_edit = self._line(MeterField.STREET, "streetEdit")
        self.house_number_edit = self._number(MeterField.HOUSE_NUMBER, "houseNumberEdit")
        self.postcode_edit = self._line(MeterField.POSTCODE, "postcodeEdit")
        self.city_edit = self._line(MeterField.CITY, "cityEdit")
        self.supplement_edit = self._line(MeterField.SUPPLEMENT, "supplementEdit")
        self.phases_input.setToolTip(self.tr("1 for a single-phase meter, 3 for a three-phase one"))
        self.supplement_edit.setPlaceholderText(self.tr("optional, e.g. bte 2"))
        self.house_number_edit.set_empty_hint(self.tr("e.g. 41"))
        self.house_number_edit.setToolTip(self.tr(
            "The number only: a letter or a box (41A, 41 bte 2) goes in Box / supplement"))
        self.phases_input.set_empty_hint(self.tr("1 or 3"))
        self.postcode_edit.setPlaceholderText(self.tr("e.g. 4500"))
        self.postcode_edit.setToolTip(self.tr("A Belgian postcode: 4 digits, from 1000 to 9999"))
        # Alt+letters distinct from the first period's fields (the Add dialog shows both)
        self.mnemonic_labels: dict[MeterField, str] = {
            MeterField.EAN: self.tr("EA&N"),
            MeterField.METER_NUMBER: self.tr("&Meter number"),
            MeterField.STREET: self.tr("St&reet"),
            MeterField.HOUSE_NUMBER: self.tr("Num&ber"),
            MeterField.POSTCODE: self.tr("&Postcode"),
            MeterField.CITY: self.tr("&City"),
            MeterField.SUPPLEMENT: self.tr("Bo&x / supplement"),
            MeterField.TARIFF_GROUP: self.tr("Tariff &group"),
            MeterField.PHASES: self.tr("Number o&f phases"),
            MeterField.READING_FREQUENCY: self.tr("Reading fre&quency"),
        }
        self._place(meter_grid, [(MeterField.EAN, 0, 0, 2), (MeterField.METER_NUMBER, 0, 2, 2),
                                 (MeterField.TARIFF_GROUP, 1, 0, 1), (MeterField.PHASES, 1, 1, 1),
                                 (MeterField.READING_FREQUENCY, 1, 2, 2)])
        self._place(address_grid, [(MeterField.STREET, 0, 0, 3), (MeterField.HOUSE_NUMBER, 0, 3, 1),
                                   (MeterField.POSTCODE, 1, 0, 1), (MeterField.CITY, 1, 1, 3),
                                   (MeterField.SUPPLEMENT, 2, 0, 4)])

    def _line(self, name: MeterField, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        self.inputs[name] = edit
        # once left, the field shows its text as it is sent
        edit.editingFinished.connect(functools.partial(self._show_as_sent, name))
        return edit

    def _number(self, name: MeterField, object_name: str) -> OptionalNumberInput:
        number = OptionalNumberInput()
        number.setObjectName(object_name)
        number.setDecimals(0)
        # A house number and a number of phases start at 1: a 0 typed stays, and says so (it is not the
        # "not set" 0 of the CRM's powers, which the field empties).
        number.setMinimum(1)
        self.inputs[name] = number
        return number

    def _text_of(self, name: MeterField) -> str:
        """The text of field ``name`` as it is sent: an address part or the meter number tidied; the EAN of a
        new meter without the spaces, dots and dashes typed between its digits (the EAN of a meter the CRM
        has, read-only, as it is)."""
        edit = self.inputs[name]
        assert isinstance(edit, QLineEdit)
        if name is not MeterField.EAN:
            return tidy_line(edit.text())
        return edit.text().strip() if edit.isReadOnly() else ean_rules.normalise(edit.text().strip())

    def _show_as_sent(self, name: MeterField) -> None:
        edit = self.inputs[name]
        assert isinstance(edit, QLineEdit)
        text = self._text_of(name)
        if text != edit.text() and not edit.isReadOnly():
            edit.setText(text)  # the value stays the same: nothing to check again

    def _combo(self, name: MeterField, object_name: str, enum: type[WireEnum]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        for value in enum.known():
            combo.addItem(enum_text(value), int(value))
        self.inputs[name] = combo
        return combo

    def _place(self, grid: QGridLayout, cells: list[tuple[MeterField, int, int, int]]) -> None:
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for name, row, column, span in cells:
            # as the update form marks its own; the tariff group and the reading frequency, always chosen,
            # are required too
            required = " *" if name in REQUIRED_FIELDS or name in _CHOSEN_FIELDS else ""
            label = field_label(self.mnemonic_labels[name] + required)
            label.setBuddy(self.inputs[name])
            message = FieldMessage()
            message.setObjectName(f"{self.inputs[name].objectName()}Message")
            # the fields stay put as messages come and go; a long one is given more lines, never cut
            self.whole_messages.add(message, WIDE_FIELD_MESSAGE_LINES if span > 1 else NARROW_MESSAGE_LINES)
            self.messages[name] = message
            grid.addWidget(label, row * 3, column, 1, span)
            grid.addWidget(self.inputs[name], row * 3 + 1, column, 1, span)
            grid.addWidget(message, row * 3 + 2, column, 1, span)

    # -- values ----------------------------------------------------------------------------------------

    def fill(self, fields: MeterFields) -> None:
        self.ean_edit.setText(fields.ean)
        for name in TEXT_FIELDS:  # as they are sent
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(fields.text(name))
        self.house_number_edit.set_optional_value(fields.number)
        _select(self.tariff_group_combo, fields.tarif_group)
        self.phases_input.set_optional_value(fields.phases_number)
        _select(self.reading_frequency_combo, fields.reading_frequency)

    def fields(self) -> MeterFields:
        number, phases = self.house_number_edit.optional_value(), self.phases_input.optional_value()
        return MeterFields(
            ean=self._text_of(MeterField.EAN),
            meter_number=self._text_of(MeterField.METER_NUMBER),
            street=self._text_of(MeterField.STREET),
            number=int(number) if number is not None else None,
            postcode=self._text_of(MeterField.POSTCODE),
            city=self._text_of(MeterField.CITY),
            supplement=self._text_of(MeterField.SUPPLEMENT),
            tarif_group=TariffGroup(self.tariff_group_combo.currentData()),
            phases_number=int(phases) if phases is not None else None,
            reading_frequency=ReadingFrequency(self.reading_frequency_combo.currentData()),
        )

    def has_unreadable_input(self) -> bool:
        """A number field holds text that gives no number (so ``fields()`` does not show it)."""
        return any(isinstance(widget, OptionalNumberInput) and widget.input_problem() is not None
                   for widget in self.inputs.values())

    def connect_edits(self, slot: Any) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, OptionalNumberInput):
                widget.valueChanged.connect(functools.partial(slot, name))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(functools.partial(slot, name))
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(functools.partial(slot, name))

    # -- messages --------------------------------------------------------------------------------------

    def show_issues(self, issues: list[MeterIssue], touched: set[MeterField],
                    extra: dict[MeterField, tuple[FieldMark, str]] | None = None) -> bool:
        """Shows one message per field; returns True when no error blocks sending."""
        shown: dict[MeterField, tuple[FieldMark, str]] = dict(extra or {})
        blocking = any(mark is FieldMark.ERROR for mark, _ in shown.values())
        for name in (MeterField.HOUSE_NUMBER, MeterField.PHASES):
            widget = self.inputs[name]
            assert isinstance(widget, OptionalNumberInput)
            if widget.input_problem():
                says_where = (name is MeterField.HOUSE_NUMBER
                              and widget.problem_code() is not NumberProblem.BELOW_MINIMUM)
                problem = self._house_number_problem(widget.text()) if says_where else widget.input_problem()
                shown.setdefault(name, (FieldMark.ERROR, labelled(self.labels[name], problem)))
                blocking = True
        for issue in sorted(issues, key=lambda i: not i.is_error):
            blocking = blocking or issue.is_error
            if issue.code is MeterIssueCode.REQUIRED and issue.field not in touched:
                continue
            shown.setdefault(issue.field, (FieldMark.of(issue),
                                           labelled(self.labels[issue.field], self.issue_text(issue))))
        for name, message in self.messages.items():
            mark, text = shown.get(name, (FieldMark.NONE, ""))
            self.whole_messages.show_message(message, text, mark)
            mark_field(self.inputs[name], mark)
        return not blocking

    def warnings(self) -> list[str]:
        """The warnings the form shows (amber), to be repeated when the change is confirmed."""
        return [message.text() for message in self.messages.values()
                if message.mark is FieldMark.WARNING and message.text()]

    def _house_number_problem(self, text: str) -> str:
        """Why a typed house number is refused: the CRM keeps a whole number, a letter or a box goes in
        the box / supplement field."""
        split = split_house_number(text)
        if split is not None:
            return self.tr("for {0}, type {1} here and {2} in Box / supplement").format(
                text.strip(), split[0], split[1])
        return self.tr("a whole number, e.g. 41 (a letter or a box goes in Box / supplement)")

    def issue_text(self, issue: MeterIssue) -> str:
        params = issue.params
        match issue.code:
            case MeterIssueCode.REQUIRED:
                return self.tr("required")
            case MeterIssueCode.TOO_LONG:
                if params["escaped"]:
                    return self.tr("the CRM holds at most {0} characters, and counts each < or > as 4: this "
                                   "text takes {1}").format(params["limit"], params["length"])
                return self.tr("at most {0} characters ({1} typed)").format(params["limit"], params["length"])
            case MeterIssueCode.FORBIDDEN_CHARACTER:
                return self.tr("character {0} is an invisible control character ({1}) the CRM cannot keep; "
                               "delete it").format(params["position"], params["code_point"])
            case MeterIssueCode.STORED_DIFFERENTLY:
                return self.tr("the CRM will store this text as “{0}”").format(params["stored"])
            case MeterIssueCode.OUT_OF_RANGE:
                return self.tr("must be between {0} and {1}").format(params["minimum"], params["maximum"])
            case MeterIssueCode.NOT_BELGIAN_POSTCODE:
                return self.tr("{0} is not Belgian (4 digits, 1000 to 9999)").format(params["postcode"])
            case MeterIssueCode.UNUSUAL_PHASES:
                return self.tr("meters are single-phase (1) or three-phase (3)")
            case MeterIssueCode.EAN_SHAPE:
                return self.tr("a Belgian EAN has 18 digits and only digits ({0} typed)").format(
                    params["length"])
            case MeterIssueCode.EAN_NOT_BELGIAN:
                return self.tr("does not start with 54, the Belgian prefix")
            case MeterIssueCode.EAN_CHECK_DIGIT:
                return self.tr("the last digit should be {0} (GS1 check digit): it may be mistyped").format(
                    params["expected"])
            case MeterIssueCode.EAN_IN_LIST:
                return self.tr("meter {0} is already in this community's list").format(params["ean"])
        return issue.code.value

    def value_text(self, name: MeterField, value: Any) -> str:
        return meter_value_text(name, value)


def meter_field_labels() -> dict[MeterField, str]:
    """Each of the meter's own fields, named for the operator."""
    return {
        MeterField.EAN: translate("MeterFieldsForm", "EAN"),
        MeterField.METER_NUMBER: translate("MeterFieldsForm", "Meter number"),
        MeterField.STREET: translate("MeterFieldsForm", "Street"),
        MeterField.HOUSE_NUMBER: translate("MeterFieldsForm", "Number"),
        MeterField.POSTCODE: translate("MeterFieldsForm", "Postcode"),
        MeterField.CITY: translate("MeterFieldsForm", "City"),
        MeterField.SUPPLEMENT: translate("MeterFieldsForm", "Box / supplement"),
        MeterField.TARIFF_GROUP: translate("MeterFieldsForm", "Tariff group"),
        MeterField.PHASES: translate("MeterFieldsForm", "Number of phases"),
        MeterField.READING_FREQUENCY: translate("MeterFieldsForm", "Reading frequency"),
    }


def meter_value_text(name: MeterField, value: Any) -> str:
    """A value of one of the meter's own fields, as the form shows it."""
    if value is None or value == "":
        return "--"
    if isinstance(value, WireEnum):
        return enum_text(value)
    if name is MeterField.PHASES:
        return phases_text(value)
    return str(value)


class ModifyMeterDialog(MeterActionDialog):
    def __init__(self, detail: MeterDetail, service: MeterActionService, community_id: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(service, parent, today=today)
        self.setObjectName("modifyMeterDialog")
        self.set_header(self.tr("Modify meter — {0}").format(detail.EAN),
                        self.tr("The CRM keeps no history of these fields: they change for every period."),
                        self.tr("Save changes"))
        self._community_id = community_id
        self._baseline = MeterFields.from_detail(detail)
        self._touched: set[MeterField] = set()
        self._server_problem: tuple[MeterField, str] | None = None
        self.form = MeterFieldsForm()
        self.scroll_form(self.form)
        self.form.fill(self._baseline)
        self.form.ean_edit.setReadOnly(True)
        self.form.ean_edit.setToolTip(self.tr("The EAN identifies the meter: it cannot be changed"))
        self.form.connect_edits(self._on_edited)
        self.setMinimumWidth(720)
        make_button_explicit(self.validate_button)  # Enter goes from field to field
        self.validate()
        self.form.meter_number_edit.setFocus()
        self.size_to_form(self.minimumWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not move_on_enter(self, event, self.form_area, self.validate_button):
            super().keyPressEvent(event)

    def restore(self, fields: MeterFields) -> None:
        """Fills the form from a draft: what it changes is shown against the meter as it is now."""
        self.form.fill(fields)
        self._touched = set(MeterField)
        self.validate()

    def _on_edited(self, name: MeterField, *_: object) -> None:
        self._touched.add(name)
        if self._server_problem is not None and self._server_problem[0] is name:
            self._server_problem = None
        self.validate()

    def validate(self) -> bool:
        fields = self.form.fields()
        extra = {}
        if self._server_problem is not None:
            extra[self._server_problem[0]] = (FieldMark.ERROR, self._server_problem[1])
        valid = self.form.show_issues(fields.issues(self._baseline), self._touched, extra)
        self.fit_to_form()  # a long message may have grown its room
        changed = bool(fields.changes_from(self._baseline))
        self.validate_button.setEnabled(valid and changed and not self.is_sending and not self.awaits_outcome)
        if not self.is_sending:
            self.footer_hint.setText("" if changed or not valid else self.tr("Nothing changed yet."))
        return valid and changed

    def has_edits(self) -> bool:
        return bool(self.form.fields().changes_from(self._baseline)) or self.form.has_unreadable_input()

    def write(self) -> MeterWrite:
        return MeterWrite(MeterModification(self.form.fields(), self._baseline), self._community_id)

    def confirm_and_send(self) -> None:
        write = self.write()
        modification = write.change
        assert isinstance(modification, MeterModification)
        rows = "".join(
            "<li>" + change_row(self.form.labels[name], self.form.value_text(name, old),
                                self.form.value_text(name, new)) + "</li>"
            for name, old, new in modification.changes())
        details = (escape(self.tr("The CRM keeps no history of these fields: the old values are lost.")) +
                   f"<ul>{rows}</ul>")
        warnings = self.form.warnings()
        if warnings:
            details += escape(self.tr("Check these warnings before saving:")) + "<ul>" + "".join(
                f"<li>{escape(text)}</li>" for text in warnings) + "</ul>"
        self.ask("modifyConfirmation", QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Question,
                 escape(self.tr("Change meter {0}?").format(modification.ean)), details,
                 self.tr("Save changes"), lambda: self.send(write), rich=True)

    def show_refusal(self, result: WriteResult) -> None:
        assert result.problem is not None
        name = _field_named(result.request_field)
        if name is not None:
            self._server_problem = (name, labelled(self.form.labels[name], result.problem.message))
            self.validate()
            self.show_banner(self.tr("The CRM refused the change: see the message under “{0}”.").format(
                self.form.labels[name]), Banner.ERROR)
            self.form.inputs[name].setFocus()
            return
        super().show_refusal(result)

    def meter_changed(self, detail: MeterDetail | None) -> None:
        if detail is not None:
            self._baseline = MeterFields.from_detail(detail)


def _field_named(name: str | None) -> MeterField | None:
    try:
        return MeterField(name) if name else None
    except ValueError:
        return None


def _select(combo: QComboBox, value: WireEnum) -> None:
    index = combo.findData(int(value))
    if index < 0:  # a value this version does not know: shown, never changed silently
        combo.addItem(enum_text(value), int(value))
        index = combo.count() - 1
    combo.setCurrentIndex(index)

