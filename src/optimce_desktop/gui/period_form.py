"""The first configuration period of a new meter: the fields of "Update data" built with its widgets and
checked by its model (``MeterDataUpdate``), the effective date being the meter's first day.

The Update data dialog is generated from a Designer form bound to its service, so its form part is not a
widget of its own; this one shares its domain rules, its messages and its field widgets instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.domain.enums import (
    ClientType,
    InjectionStatus,
    MeterStatus,
    ProductionChain,
    Rate,
    WireEnum,
)
from optimce_desktop.domain.update import Issue, IssueCode, MeterDataUpdate, UpdateField
from optimce_desktop.gui.meter_action_dialog import field_label
from optimce_desktop.gui.widgets.dso_combo import (
    chosen_dso_code,
    dso_finding,
    fill_dso_choices,
    set_up_dso_combo,
)
from optimce_desktop.gui.widgets.field_message import (
    NARROW_FIELD_MESSAGE_LINES,
    WIDE_FIELD_MESSAGE_LINES,
    FieldMark,
    FieldMessage,
    mark_field,
)
from optimce_desktop.gui.widgets.member_combo import MemberComboBox
from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit
from optimce_desktop.gui.widgets.optional_number_input import OptionalNumberInput
from optimce_desktop.gui.widgets.whole_messages import WholeMessages
from optimce_desktop.services.problems import field_label as period_field_label
from optimce_desktop.services.problems import issue_message
from optimce_desktop.services.texts import date_text, enum_text, labelled

NUMBER_FIELDS = (UpdateField.SAMPLING_POWER, UpdateField.TOTAL_GENERATING_CAPACITY, UpdateField.AMPERAGE)


class PeriodForm(QWidget):
    """The period's fields with a message under each; ``period(ean)`` reads them as a ``MeterDataUpdate``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[UpdateField, QWidget] = {}
        self.messages: dict[UpdateField, FieldMessage] = {}
        self._choices: dict[UpdateField, list[WireEnum | None]] = {}
        self.whole_messages = WholeMessages(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("First period"))
        box.setObjectName("firstPeriodBox")
        grid = QGridLayout(box)
        column.addWidget(box)
        for index in range(4):
            grid.setColumnStretch(index, 1)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.sampling_power_input = self._number("samplingPowerInput", "kVA", 2)
        self.generating_capacity_input = self._number("generatingCapacityInput", "kVA", 2)
        self.amperage_input = self._number("amperageInput", "A", 0)
        self.production_chain_combo = self._combo("productionChainCombo", ProductionChain, self.tr("None"))
        self.injection_status_combo = self._combo("injectionStatusCombo", InjectionStatus, self.tr("None"))
        self.dso_combo = self._dso_combo()
        self.rate_combo = self._combo("rateCombo", Rate, None)
        self.client_type_combo = self._combo("clientTypeCombo", ClientType, None)
        self.holder_combo = MemberComboBox()
        self.holder_combo.setObjectName("holderCombo")
        self.holder_combo.set_no_member_text(self.tr("No holder"))
        self.status_combo = self._combo("statusCombo", MeterStatus, None)
        self.effective_date_edit = OptionalDateEdit()
        self.effective_date_edit.setObjectName("effectiveDateEdit")
        self.description_edit.setObjectName("descriptionEdit")
        self.inputs.update({
            UpdateField.DESCRIPTION: self.description_edit,
            UpdateField.SAMPLING_POWER: self.sampling_power_input,
            UpdateField.TOTAL_GENERATING_CAPACITY: self.generating_capacity_input,
            UpdateField.AMPERAGE: self.amperage_input,
            UpdateField.PRODUCTION_CHAIN: self.production_chain_combo,
            UpdateField.INJECTION_STATUS: self.injection_status_combo,
            UpdateField.GRD: self.dso_combo,
            UpdateField.RATE: self.rate_combo,
            UpdateField.CLIENT_TYPE: self.client_type_combo,
            UpdateField.HOLDER: self.holder_combo,
            UpdateField.STATUS: self.status_combo,
            UpdateField.START_DATE: self.effective_date_edit,
        })
        # Alt+letters distinct from the meter's fields in the same dialog
        labels = {
            UpdateField.START_DATE: self.tr("&Effective date *"),
            UpdateField.STATUS: self.tr("&Status *"),
            UpdateField.RATE: self.tr("&Tariff *"),
            UpdateField.CLIENT_TYPE: self.tr("&Usage *"),
            UpdateField.SAMPLING_POWER: self.tr("&Withdrawal power (kVA)"),
            UpdateField.TOTAL_GENERATING_CAPACITY: self.tr("Tota&l generating capacity (kVA)"),
            UpdateField.AMPERAGE: self.tr("&Amperage (A)"),
            UpdateField.PRODUCTION_CHAIN: self.tr("Generation t&ype"),
            UpdateField.INJECTION_STATUS: self.tr("&Injection status"),
            UpdateField.GRD: self.tr("DS&O *"),
            UpdateField.HOLDER: self.tr("&Holder"),
            UpdateField.DESCRIPTION: self.tr("&Description"),
        }
        cells = [(UpdateField.START_DATE, 0, 0, 1), (UpdateField.STATUS, 0, 1, 1),
                 (UpdateField.RATE, 0, 2, 1),
                 (UpdateField.CLIENT_TYPE, 0, 3, 1), (UpdateField.SAMPLING_POWER, 1, 0, 1),
                 (UpdateField.TOTAL_GENERATING_CAPACITY, 1, 1, 1), (UpdateField.AMPERAGE, 1, 2, 1),
                 (UpdateField.GRD, 1, 3, 1), (UpdateField.PRODUCTION_CHAIN, 2, 0, 2),
                 (UpdateField.INJECTION_STATUS, 2, 2, 2), (UpdateField.HOLDER, 3, 0, 4),
                 (UpdateField.DESCRIPTION, 4, 0, 4)]
        for name, row, col, span in cells:
            label = field_label(labels[name])
            label.setBuddy(self.inputs[name])
            message = FieldMessage()
            message.setObjectName(f"{self.inputs[name].objectName()}Message")
            # the fields stay put as messages come and go; a long one is given more lines, never cut
            self.whole_messages.add(message, WIDE_FIELD_MESSAGE_LINES if span > 1
                                    else NARROW_FIELD_MESSAGE_LINES + 1)  # as in the meter's fields
            self.messages[name] = message
            grid.addWidget(label, row * 3, col, 1, span)
            grid.addWidget(self.inputs[name], row * 3 + 1, col, 1, span)
            grid.addWidget(message, row * 3 + 2, col, 1, span)
        self.date_hint = QLabel(self.tr(
            "The meter's first period starts on this day; a later day schedules it."))
        self.date_hint.setObjectName("effectiveDateHint")
        self.date_hint.setWordWrap(True)
        self.date_hint.setProperty("role", "hint")
        grid.addWidget(self.date_hint, 15, 0, 1, 4)
        self.sharing_note = QLabel(self.tr("The meter joins no sharing operation: add it to one in the CRM."))
        self.sharing_note.setObjectName("sharingOperationNote")
        self.sharing_note.setWordWrap(True)
        self.sharing_note.setProperty("role", "hint")
        grid.addWidget(self.sharing_note, 16, 0, 1, 4)

    # -- building --------------------------------------------------------------------------------------

    def _number(self, name: str, unit: str, decimals: int) -> OptionalNumberInput:
        number = OptionalNumberInput()
        number.setObjectName(name)
        number.setDecimals(decimals)
        number.setSuffix(f" {unit}")
        number.set_empty_hint(self.tr("optional"))
        number.setToolTip(self.tr("Leave empty when not known"))
        return number

    def _combo(self, name: str, enum: type[WireEnum], none_text: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        values: list[WireEnum | None] = ([None] if none_text is not None else []) + list(enum.known())
        for value in values:
            combo.addItem(none_text if value is None else enum_text(value))
        field = {"productionChainCombo": UpdateField.PRODUCTION_CHAIN,
                 "injectionStatusCombo": UpdateField.INJECTION_STATUS, "rateCombo": UpdateField.RATE,
                 "clientTypeCombo": UpdateField.CLIENT_TYPE, "statusCombo": UpdateField.STATUS}[name]
        self._choices[field] = values
        return combo

    def _dso_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("dsoCombo")
        set_up_dso_combo(combo)
        fill_dso_choices(combo, "")
        return combo

    # -- values ----------------------------------------------------------------------------------------

    def fill(self, period: MeterDataUpdate) -> None:
        self.description_edit.setPlainText(period.description)
        self.sampling_power_input.set_optional_value(period.sampling_power)
        self.generating_capacity_input.set_optional_value(period.total_generating_capacity)
        self.amperage_input.set_optional_value(period.amperage)
        for field, value in ((UpdateField.PRODUCTION_CHAIN, period.production_chain),
                             (UpdateField.INJECTION_STATUS, period.injection_status),
                             (UpdateField.RATE, period.rate), (UpdateField.CLIENT_TYPE, period.client_type),
                             (UpdateField.STATUS, period.status)):
            combo = self.inputs[field]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(self._choices[field].index(value))
        fill_dso_choices(self.dso_combo, period.grd)
        self.holder_combo.set_member(period.holder)
        self.effective_date_edit.set_optional_date(period.effective_day)

    def period(self, ean: str) -> MeterDataUpdate:
        holder = self.holder_combo.member() if self.holder_combo.is_resolved() else None
        return MeterDataUpdate(
            ean=ean,
            description=self.description_edit.toPlainText(),
            sampling_power=self.sampling_power_input.optional_value(),
            total_generating_capacity=self.generating_capacity_input.optional_value(),
            amperage=self.amperage_input.optional_value(),
            production_chain=self._chosen(UpdateField.PRODUCTION_CHAIN),
            injection_status=self._chosen(UpdateField.INJECTION_STATUS),
            grd=self.dso_code(),
            rate=self._chosen(UpdateField.RATE),
            client_type=self._chosen(UpdateField.CLIENT_TYPE),
            status=self._chosen(UpdateField.STATUS),
            holder=holder,
            effective_date=self.effective_date_edit.optional_date(),
        )

    def _chosen(self, field: UpdateField) -> object:
        combo = self.inputs[field]
        assert isinstance(combo, QComboBox)
        return self._choices[field][max(combo.currentIndex(), 0)]

    def dso_code(self) -> str:
        return chosen_dso_code(self.dso_combo)

    def set_members(self, members: list) -> None:
        self.holder_combo.set_members(members)

    def connect_edits(self, slot: Callable[..., None]) -> None:
        edited = functools.partial
        self.description_edit.textChanged.connect(edited(slot, UpdateField.DESCRIPTION))
        for field in NUMBER_FIELDS:
            widget = self.inputs[field]
            assert isinstance(widget, OptionalNumberInput)
            widget.valueChanged.connect(edited(slot, field))
        for field in (UpdateField.PRODUCTION_CHAIN, UpdateField.INJECTION_STATUS, UpdateField.RATE,
                      UpdateField.CLIENT_TYPE, UpdateField.STATUS):
            combo = self.inputs[field]
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(edited(slot, field))
        self.dso_combo.currentTextChanged.connect(edited(slot, UpdateField.GRD))
        self.holder_combo.lineEdit().textChanged.connect(edited(slot, UpdateField.HOLDER))
        self.effective_date_edit.optionalDateChanged.connect(edited(slot, UpdateField.START_DATE))

    # -- messages --------------------------------------------------------------------------------------

    def show_issues(self, issues: list[Issue], touched: set[UpdateField],
                    extra: dict[UpdateField, tuple[FieldMark, str]] | None = None) -> bool:
        """Shows one message per field; True when no error blocks sending."""
        shown: dict[UpdateField, tuple[FieldMark, str]] = dict(extra or {})
        blocking = any(mark is FieldMark.ERROR for mark, _ in shown.values())
        for field in (*NUMBER_FIELDS, UpdateField.START_DATE):
            widget = self.inputs[field]
            problem = widget.input_problem()  # type: ignore[attr-defined]
            if problem:
                being_typed = field is UpdateField.START_DATE and self.effective_date_edit.is_being_typed()
                shown.setdefault(field, (FieldMark.INFO if being_typed else FieldMark.ERROR,
                                         labelled(period_field_label(field), problem)))
                blocking = True
        if not self.holder_combo.is_resolved():
            shown.setdefault(UpdateField.HOLDER, (FieldMark.ERROR, self.tr(
                "Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”."
            ).format(self.holder_combo.currentText().strip())))
            blocking = True
        for issue in sorted(issues, key=lambda i: not i.is_error):
            blocking = blocking or issue.is_error
            if issue.code is IssueCode.REQUIRED and issue.field not in touched:
                continue
            shown.setdefault(issue.field, (FieldMark.of(issue), self._issue_message(issue)))
        finding = dso_finding(self.dso_code(), known_only=True)
        if UpdateField.GRD not in shown and finding is not None:
            shown[UpdateField.GRD] = finding
            blocking = blocking or finding[0] is FieldMark.ERROR
        for field, message in self.messages.items():
            mark, text = shown.get(field, (FieldMark.NONE, ""))
            self.whole_messages.show_message(message, text, mark)
            mark_field(self.inputs[field], mark if mark is not FieldMark.INFO else FieldMark.NONE)
        return not blocking

    def _issue_message(self, issue: Issue) -> str:
        """As "Update data" says it, except a first day already past: that is when a new meter starts, not
        a change of a meter."""
        if issue.code is not IssueCode.IN_THE_PAST:
            return issue_message(issue)
        day, days_ago = date_text(issue.params["day"]), issue.params["days_ago"]
        if days_ago == 1:
            text = self.tr("the new meter starts on {0}, yesterday: its first period covers a day already "
                           "past").format(day)
        else:
            text = self.tr("the new meter starts on {0}, {1} days ago: its first period covers days already "
                           "past").format(day, days_ago)
        return labelled(period_field_label(issue.field), text)

    def warnings(self) -> list[str]:
        """The warnings the form shows (amber), to be repeated when the meter is confirmed."""
        return [message.text() for message in self.messages.values()
                if message.mark is FieldMark.WARNING and message.text()]

    def has_unreadable_input(self) -> bool:
        """Text that gives no value (a number, a date, a holder), so that ``period()`` does not show it."""
        return (any(self.inputs[field].input_problem() is not None  # type: ignore[attr-defined]
                    for field in (*NUMBER_FIELDS, UpdateField.START_DATE))
                or not self.holder_combo.is_resolved())

