"""The "Update data" dialog: the meter's configuration to edit, validated as the user types, sent through
``UpdateService``, and closed only when the CRM acknowledges the update.

The form edits a ``MeterDataUpdate`` (the domain checks it against the meter's timeline and builds the full
request body). It opens on the meter's latest period, the one any update replaces or follows: the current
one, or the period already scheduled when there is one (the CRM takes no earlier date), which the form then
says. Its changes are counted from that period, and a form that changes nothing cannot be sent. While the
update is in flight nothing can be edited or cancelled: a sent update cannot be recalled. On any failure the
form stays as the user left it, with the reason next to the field concerned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
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
from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.domain.update import (
    NUMBER_LIMITS,
    SCALED_FIELDS,
    IssueCode,
    MeterDataUpdate,
    TimelineDifference,
    UpdateField,
    timeline_differences,
)
from optimce_desktop.gui.forms.ui_meter_data_update_dialog import Ui_MeterDataUpdateDialog
from optimce_desktop.gui.message_box import ask, open_boxes
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.busy_button import BusyIndicator
from optimce_desktop.gui.widgets.change_texts import change_list, timeline_difference_list, value_text
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
from optimce_desktop.gui.widgets.icons import drop_down_style_sheet
from optimce_desktop.gui.widgets.scrolled_form import FocusKeptInView, fit_height_to_form, place_over_parent
from optimce_desktop.gui.widgets.whole_messages import WholeMessages
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.pending import Revalidation
from optimce_desktop.services.problems import Problem, field_label, issue_message
from optimce_desktop.services.texts import caption_text, date_text, enum_text, labelled
from optimce_desktop.services.updates import (
    Applied,
    Draft,
    DraftReason,
    KeptAsDraft,
    MeterChanged,
    Sent,
    SettledHow,
    Settlement,
    SubmitFailure,
    SubmitResult,
    UpdateService,
)

_REQUIRED_FIELDS = (UpdateField.GRD, UpdateField.START_DATE)
_NARROW_MESSAGE_LINES = NARROW_FIELD_MESSAGE_LINES + 1
"""The room under a field a third of the form wide: a number's message takes three lines there in French or
German (as in the meter forms)."""
_MESSAGE_LINES = {UpdateField.DESCRIPTION: WIDE_FIELD_MESSAGE_LINES,
                  UpdateField.RATE: WIDE_FIELD_MESSAGE_LINES,
                  UpdateField.CLIENT_TYPE: WIDE_FIELD_MESSAGE_LINES,
                  UpdateField.START_DATE: NARROW_FIELD_MESSAGE_LINES}
"""The room under the fields as wide as the form; the effective date's messages are longer."""


class CloseChoice(Enum):
    KEEP_EDITING = "keep_editing"
    DISCARD = "discard"
    KEEP_AS_DRAFT = "keep_as_draft"


class MeterDataUpdateDialog(QDialog):
    acknowledged = Signal(MeterDetail)
    """The CRM applied the update: the fresh detail (None if it could not be re-read: reload it)."""
    savedAsDraft = Signal(Draft)
    """Offline, the update was kept as a draft to send later."""

    def __init__(
        self,
        detail: MeterDetail,
        updates: UpdateService,
        members: MemberDirectory,
        parent: QWidget | None = None,
        draft: MeterDataUpdate | Draft | Revalidation | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        """``draft`` fills the form: kept on this computer (checked against the CRM's meter when it comes
        from Pending changes), or a form to start from."""
        super().__init__(parent)
        checked = draft if isinstance(draft, Revalidation) else None
        if checked is not None:
            draft = checked.draft
        draft_update = draft.update if isinstance(draft, Draft) else draft
        if draft_update is not None and draft_update.ean != detail.EAN:
            raise ValueError(f"A draft of meter {draft_update.ean} cannot fill the form of {detail.EAN}")
        self.ui = Ui_MeterDataUpdateDialog()
        self.ui.setupUi(self)
        self._updates = updates
        self._members = members
        self._fixed_today = today
        self._detail = detail
        self._baseline = MeterDataUpdate.from_detail(detail)
        """The form as the meter's latest period fills it: what the update replaces or follows."""
        self._filled_against: list[Period] = draft_update.timeline if draft_update is not None \
            else detail.timeline
        """The timeline the form's values were filled against: when the meter's differs, values the user
        did not touch may differ from its latest period, and sending asks first."""
        self._draft_reason: DraftReason | None = None
        """Why the meter has a draft on disk (None: no draft), kept when the user keeps the form again."""
        if draft is not None:
            self._draft_reason = draft.reason if isinstance(draft, Draft) else DraftReason.KEPT_BY_USER
        self._sending = False
        self._unconfirmed: MeterDataUpdate | None = None
        """The update sent without a confirmation yet: the service tells what became of it."""
        self._applied: MeterDataUpdate | None = None
        self._keeping_draft = False
        self._filling = False
        self._detached = False
        self._touched: set[UpdateField] = set()
        self._server_problem: Problem | None = None
        self._members_problem: Problem | None = None
        self._warnings: list[str] = []
        """The warnings the form shows (amber): sending asks first, and repeats them."""
        self._placed = False
        self._send_text = self.ui.validateButton.text()
        self._busy = BusyIndicator(self.ui.validateButton)
        FocusKeptInView(self.ui.formScrollArea)
        self._inputs: dict[UpdateField, QWidget] = {}
        self._messages: dict[UpdateField, FieldMessage] = {}
        self._whole_messages = WholeMessages(self)
        # queued: a message's room changes while the form is being laid out
        self._whole_messages.roomChanged.connect(self._fit_height, Qt.ConnectionType.QueuedConnection)
        self._edited: dict[UpdateField, SignalInstance] = {}
        self._production_chains: list[ProductionChain | None] = []
        self._injection_statuses: list[InjectionStatus | None] = []
        self._statuses: list[MeterStatus] = []
        self._rate_radios: dict[Rate, QRadioButton] = {}
        self._client_type_radios: dict[ClientType, QRadioButton] = {}
        # What the form was filled with, for values it shows but does not edit (or cannot show).
        self._opened_rate: Rate = self._baseline.rate
        self._opened_client_type: ClientType = self._baseline.client_type
        self._sharing_operation = self._baseline.sharing_operation

        self._map_fields()
        self._style()
        self._set_up_keyboard()
        self._show_meter(detail)
        self._fill(draft_update if draft_update is not None else self._baseline)
        self._connect_edits()
        self._connect_services()
        if draft is not None:
            self._announce_draft(draft, checked)
        else:
            self._announce_scheduled_period()
        self._show_offline(updates.works_offline)
        self._revalidate()

    # -- public reading (also used by tests) ---------------------------------------------------------

    @property
    def ean(self) -> str:
        return self._detail.EAN

    @property
    def is_sending(self) -> bool:
        return self._sending

    @property
    def awaits_outcome(self) -> bool:
        """An update sent from this form is not confirmed yet: the form will say what became of it."""
        return self._unconfirmed is not None

    @property
    def applied_update(self) -> MeterDataUpdate | None:
        """The update the CRM applied (set when ``acknowledged`` is emitted): when it takes effect."""
        return self._applied

    @property
    def banner(self) -> Banner:
        return self.ui.messageBanner

    def current_update(self) -> MeterDataUpdate:
        """The form's content as a ``MeterDataUpdate`` checked against the meter's latest known timeline."""
        ui = self.ui
        holder = ui.holderCombo.member() if ui.holderCombo.is_resolved() else self._baseline.holder
        return MeterDataUpdate(
            ean=self._detail.EAN,
            description=ui.descriptionEdit.toPlainText(),
            sampling_power=ui.samplingPowerInput.optional_value(),
            total_generating_capacity=ui.generatingCapacityInput.optional_value(),
            amperage=ui.amperageInput.optional_value(),
            production_chain=self._production_chains[max(ui.productionChainCombo.currentIndex(), 0)],
            injection_status=self._injection_statuses[max(ui.injectionStatusCombo.currentIndex(), 0)],
            grd=chosen_dso_code(self.ui.dsoCombo),
            rate=self._checked(self._rate_radios, self._opened_rate),
            client_type=self._checked(self._client_type_radios, self._opened_client_type),
            status=self._statuses[max(ui.statusCombo.currentIndex(), 0)],
            holder=holder,
            sharing_operation=self._sharing_operation,
            effective_date=ui.effectiveDateEdit.optional_date(),
            timeline=self._detail.timeline,
        )

    def has_unsaved_changes(self) -> bool:
        update = self.current_update()
        return (bool(update.changes_from(self._baseline)) or update.effective_date is not None
                or not self.ui.holderCombo.is_resolved())

    def field_message(self, field: UpdateField) -> FieldMessage:
        return self._messages[field]

    # -- set-up --------------------------------------------------------------------------------------

    def _map_fields(self) -> None:
        ui = self.ui
        # Each field the form edits: its input, its message, and the signal that says the user edited it.
        fields: dict[UpdateField, tuple[QWidget, FieldMessage, SignalInstance]] = {
            UpdateField.DESCRIPTION: (ui.descriptionEdit, ui.descriptionMessage,
                                      ui.descriptionEdit.textChanged),
            UpdateField.SAMPLING_POWER: (ui.samplingPowerInput, ui.samplingPowerMessage,
                                         ui.samplingPowerInput.valueChanged),
            UpdateField.TOTAL_GENERATING_CAPACITY: (ui.generatingCapacityInput, ui.generatingCapacityMessage,
                                                    ui.generatingCapacityInput.valueChanged),
            UpdateField.AMPERAGE: (ui.amperageInput, ui.amperageMessage, ui.amperageInput.valueChanged),
            UpdateField.PRODUCTION_CHAIN: (ui.productionChainCombo, ui.productionChainMessage,
                                           ui.productionChainCombo.currentIndexChanged),
            UpdateField.INJECTION_STATUS: (ui.injectionStatusCombo, ui.injectionStatusMessage,
                                           ui.injectionStatusCombo.currentIndexChanged),
            UpdateField.GRD: (ui.dsoCombo, ui.dsoMessage, ui.dsoCombo.currentTextChanged),
            UpdateField.RATE: (ui.rateGroup, ui.rateMessage, ui.rateButtons.buttonToggled),
            UpdateField.CLIENT_TYPE: (ui.clientTypeGroup, ui.clientTypeMessage,
                                      ui.clientTypeButtons.buttonToggled),
            UpdateField.HOLDER: (ui.holderCombo, ui.holderMessage, ui.holderCombo.lineEdit().textChanged),
            UpdateField.STATUS: (ui.statusCombo, ui.statusMessage, ui.statusCombo.currentIndexChanged),
            UpdateField.START_DATE: (ui.effectiveDateEdit, ui.effectiveDateMessage,
                                     ui.effectiveDateEdit.optionalDateChanged),
        }
        self._inputs = {name: widgets[0] for name, widgets in fields.items()}
        self._messages = {name: widgets[1] for name, widgets in fields.items()}
        self._edited = {name: widgets[2] for name, widgets in fields.items()}
        # the fields stay put as messages come and go; a long one is given more lines, never cut
        for field, message in self._messages.items():
            self._whole_messages.add(message, _MESSAGE_LINES.get(field, _NARROW_MESSAGE_LINES))
        self._rate_radios = {Rate.SIMPLE: ui.rateSimpleRadio, Rate.BI_HORAIRE: ui.rateBiHourlyRadio,
                             Rate.EXCLUSIF_NUIT: ui.rateNightRadio}
        self._client_type_radios = {ClientType.RESIDENTIAL: ui.clientResidentialRadio,
                                    ClientType.PROFESSIONAL: ui.clientProfessionalRadio,
                                    ClientType.INDUSTRIAL: ui.clientIndustrialRadio}
        for value, radio in (*self._rate_radios.items(), *self._client_type_radios.items()):
            radio.setText(enum_text(value))
        numbers = {UpdateField.SAMPLING_POWER: ui.samplingPowerInput,
                   UpdateField.TOTAL_GENERATING_CAPACITY: ui.generatingCapacityInput,
                   UpdateField.AMPERAGE: ui.amperageInput}
        for field, number_input in numbers.items():
            # the domain's limit, the only one: the field's own message names the maximum the form applies
            number_input.setMaximum(NUMBER_LIMITS[field])
        for number_input in (ui.generatingCapacityInput, ui.amperageInput):
            number_input.setToolTip(self.tr("Empty (--) when not set"))
        sampling_power = self.tr("The power the meter may take from the grid, called “sampling power” in the "
                                 "user guide.")
        ui.samplingPowerLabel.setToolTip(sampling_power)
        ui.samplingPowerInput.setToolTip(sampling_power + " " + self.tr("Empty (--) when not set"))

    def _style(self) -> None:
        self.setStyleSheet(self.styleSheet() + drop_down_style_sheet())
        for label in (self.ui.headerSubtitle, self.ui.sharingOperationValue):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the CRM's texts, shown as typed
        for label in self.findChildren(QLabel):
            if label.property("role") == "fieldLabel":
                label.setText(caption_text(label.text()))  # a unit keeps its case: (kVA), not (KVA)

    def _set_up_keyboard(self) -> None:
        ui = self.ui
        set_up_dso_combo(ui.dsoCombo)
        # Alt+T and Alt+U go to the chosen card, as Tab does
        for label, buttons in ((ui.rateLabel, ui.rateButtons), (ui.clientTypeLabel, ui.clientTypeButtons)):
            buttons.buttonToggled.connect(
                lambda button, checked, label=label: label.setBuddy(button) if checked else None)
        ui.descriptionEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_meter(self, detail: MeterDetail) -> None:
        self.setWindowTitle(self.tr("Update data — {0}").format(detail.EAN))
        parts = [self.tr("EAN {0}").format(detail.EAN)]
        if detail.meter_number:
            parts.append(self.tr("Meter no. {0}").format(detail.meter_number))
        if detail.address.one_line:
            parts.append(detail.address.one_line)
        self.ui.headerSubtitle.setText("  ·  ".join(parts))
        self._show_effective_date_hint()

    def _fill(self, update: MeterDataUpdate) -> None:
        ui = self.ui
        self._filling = True
        try:
            ui.descriptionEdit.setPlainText(update.description)
            for widget, value in ((ui.samplingPowerInput, update.sampling_power),
                                  (ui.generatingCapacityInput, update.total_generating_capacity)):
                widget.fit_decimals(value, at_least=2)
                widget.set_optional_value(value)
            ui.amperageInput.fit_decimals(update.amperage, at_least=0)
            ui.amperageInput.set_optional_value(update.amperage)
            self._production_chains = _fill_choices(
                ui.productionChainCombo, ProductionChain, update.production_chain, self.tr("None"))
            self._injection_statuses = _fill_choices(
                ui.injectionStatusCombo, InjectionStatus, update.injection_status, self.tr("None"))
            statuses = _fill_choices(ui.statusCombo, MeterStatus, update.status, none_text=None)
            self._statuses = [status for status in statuses if status is not None]
            fill_dso_choices(ui.dsoCombo, update.grd)
            self._opened_rate, self._opened_client_type = update.rate, update.client_type
            _check(self._rate_radios, update.rate)
            _check(self._client_type_radios, update.client_type)
            ui.holderCombo.set_no_member_text(self.tr("No holder"))
            ui.holderCombo.set_member(update.holder)
            self._sharing_operation = update.sharing_operation
            ui.sharingOperationValue.setText(
                update.sharing_operation.name if update.sharing_operation else self.tr("None"))
            ui.effectiveDateEdit.set_optional_date(update.effective_day)
        finally:
            self._filling = False

    def _connect_edits(self) -> None:
        for field, edited in self._edited.items():
            edited.connect(partial(self._on_edited, field))
        self.ui.validateButton.clicked.connect(self._on_validate_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _connect_services(self) -> None:
        self._outcome_watch = self._updates.watch_outcome(self.ean, self._outcome_settled)
        self._updates.offlineChanged.connect(self._show_offline)
        members = self._members
        if members.is_loaded:
            self.ui.holderCombo.set_members(members.members)
        members.loaded.connect(self._on_members_loaded)
        members.failed.connect(self._on_members_failed)
        members.load()

    def _disconnect_services(self) -> None:
        self._outcome_watch.cancel()
        for signal, slot in ((self._updates.offlineChanged, self._show_offline),
                             (self._members.loaded, self._on_members_loaded),
                             (self._members.failed, self._on_members_failed)):
            signal.disconnect(slot)

    def _announce_draft(self, draft: MeterDataUpdate | Draft, checked: Revalidation | None) -> None:
        """Says where the form comes from and how the meter changed since (as ``checked`` found, when the
        draft was checked against the CRM)."""
        update = draft.update if isinstance(draft, Draft) else draft
        text = self.tr("This form was restored from a draft kept on this computer.")
        if isinstance(draft, Draft):
            text = self.tr("This form was restored from a draft kept on this computer on {0}.").format(
                _local_time_text(draft.saved_at))
            if draft.reason in (DraftReason.OUTCOME_UNKNOWN, DraftReason.SENDING):
                text += " " + self.tr("It was sent once without an answer, and the meter as read now does "
                                      "not show it. Sending it again is safe: it never creates a second "
                                      "period.")
        differences = checked.differences if checked is not None else update.meter_changes(self._detail)
        if differences:
            text += " " + self.tr("The meter changed since then; check the form against these changes:")
            text += timeline_difference_list(differences, self._today())
            self._show_banner(text, kind=Banner.WARNING)
        else:
            self._show_banner(text, kind=Banner.INFO)

    def _announce_scheduled_period(self) -> None:
        """Says why the form does not show the current values when a period is scheduled."""
        scheduled = self._scheduled_reference()
        if scheduled is None:
            return
        self._show_banner(self.tr(
            "A period is already scheduled from {0}: the form shows its values, not the current ones, "
            "because an update can only overwrite it (from that date) or follow it (from a later date). To "
            "change the meter before {0}, cancel that scheduled change first (History and future).").format(
            date_text(scheduled.start_date)), kind=Banner.INFO)

    def _scheduled_reference(self) -> Period | None:
        """The meter's latest period when it is a scheduled one (it starts after today)."""
        latest = self._detail.latest
        return latest if latest is not None and latest.start_date > self._today() else None

    # -- validation as the user types ----------------------------------------------------------------

    def _on_edited(self, field: UpdateField, *_args: Any) -> None:
        if self._filling:
            return
        self._touched.add(field)
        if self._server_problem is not None and self._server_problem.field is field:
            self._server_problem = None
        self._revalidate(edited=field)

    def _revalidate(self, edited: UpdateField | None = None) -> bool:
        """Shows each field's message and returns whether the form may be sent; when the message of the
        ``edited`` field comes or changes, the form scrolls to show the field with its whole message."""
        update = self.current_update()
        issues = update.issues(self._today())
        shown: dict[UpdateField, tuple[FieldMark, str]] = {}
        missing: list[UpdateField] = []
        for issue in sorted(issues, key=lambda i: not i.is_error):
            if issue.code is IssueCode.REQUIRED and issue.field not in self._touched:
                missing.append(issue.field)
            elif issue.field not in shown:
                shown[issue.field] = (FieldMark.of(issue),
                                      issue_message(issue))
            elif not issue.is_error and shown[issue.field][0] is FieldMark.WARNING:
                # every warning of a field is said (a period replaced that also started in the past)
                shown[issue.field] = (FieldMark.WARNING, f"{shown[issue.field][1]}. {issue_message(issue)}")
        form_errors = self._form_findings(update, shown)
        problem = self._server_problem
        if problem is not None and problem.field is not None and problem.field not in shown:
            shown[problem.field] = (FieldMark.ERROR, labelled(field_label(problem.field), problem.message))
        changed_message = False
        for field, message in self._messages.items():
            mark, text = shown.get(field, (FieldMark.NONE, ""))
            if field is edited and text and (text, mark) != (message.text(), message.mark):
                changed_message = True
            self._whole_messages.show_message(message, text, mark)
            mark_field(self._inputs[field], mark if mark is not FieldMark.INFO else FieldMark.NONE)
        self._warnings = [text for mark, text in shown.values() if mark is FieldMark.WARNING]
        if timeline_differences(self._filled_against, self._detail.timeline):
            self._warnings.append(self.tr(
                "The meter changed since this form was filled: the changes below are counted from the meter "
                "as the CRM has it now, and values you did not touch may undo another operator's changes."))
        valid = not any(issue.is_error for issue in issues) and not form_errors
        changed = not update.changes_nothing()
        self.ui.validateButton.setEnabled(valid and changed and not self._sending)
        self._show_footer_hint(missing, valid, changed)
        self._fit_height()
        if changed_message and edited is not None:
            self._scroll_to(edited)
        return valid and changed

    def _form_findings(self, update: MeterDataUpdate,
                       shown: dict[UpdateField, tuple[FieldMark, str]]) -> bool:
        """Adds what only the form can know (typed text that names no member, an unusual DSO); True when
        one of them must block sending."""
        blocking = False
        for field in (UpdateField.SAMPLING_POWER, UpdateField.TOTAL_GENERATING_CAPACITY, UpdateField.AMPERAGE,
                      UpdateField.START_DATE):
            # text the field cannot read: the form shows no value for it, so this must be said and block
            widget = self._inputs[field]
            unreadable = widget.input_problem()
            if unreadable:
                mark = FieldMark.INFO if field is UpdateField.START_DATE and widget.is_being_typed() \
                    else FieldMark.ERROR
                shown[field] = (mark, self.tr("{0}: {1}").format(field_label(field), unreadable))
                blocking = True
        holder = self.ui.holderCombo
        if not holder.is_resolved():
            shown[UpdateField.HOLDER] = (FieldMark.ERROR, self.tr(
                "Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”."
            ).format(holder.currentText().strip()))
            blocking = True
        elif self._members_problem is not None:
            shown.setdefault(UpdateField.HOLDER, (FieldMark.WARNING, self.tr(
                "Holder: the member list could not be loaded ({0}); the current holder is kept.").format(
                self._members_problem.message)))
        elif self._members.is_loading:
            shown.setdefault(UpdateField.HOLDER,
                             (FieldMark.INFO, self.tr("Loading the community's members…")))
        finding = dso_finding(update.grd, opened_with=self._baseline.grd)
        if UpdateField.GRD not in shown and finding is not None:
            shown[UpdateField.GRD] = finding
        scheduled = self._scheduled_reference()
        for change in update.large_changes():
            if change.field in SCALED_FIELDS and change.field not in shown:
                label, old, new = (field_label(change.field), value_text(change.field, change.old),
                                   value_text(change.field, change.new))
                if scheduled is None:
                    text = self.tr("{0}: {1} → {2}, five times more or less than now: check the unit and the "
                                   "decimal mark").format(label, old, new)
                else:
                    text = self.tr("{0}: {1} → {2}, five times more or less than in the period scheduled "
                                   "from {3}: check the unit and the decimal mark").format(
                        label, old, new, date_text(scheduled.start_date))
                shown[change.field] = (FieldMark.WARNING, text)
        return blocking

    def _show_footer_hint(self, missing: list[UpdateField], valid: bool, changed: bool) -> None:
        if self._sending:
            return
        latest = self._detail.latest
        if missing:
            names = ", ".join(field_label(f) for f in _REQUIRED_FIELDS if f in missing)
            text = self.tr("To validate, fill in: {0}.").format(names)
        elif not valid:
            text = self.tr("Correct the fields marked in red to validate.")
        elif not changed and latest is not None:
            # a new period identical to the one it follows, or a period overwritten with its own values
            text = self.tr("Nothing changed yet: the form holds the values of the period from {0}.").format(
                date_text(latest.start_date))
        else:
            text = ""
        self.ui.footerHint.setText(text)

    def _show_effective_date_hint(self) -> None:
        latest = self._detail.latest
        if latest is None:
            text = self.tr("The meter has no period yet: this date starts its first one.")
        elif latest.start_date > self._today():
            text = self.tr("A period is scheduled from {0} ({1}): pick that date to overwrite it, or a later "
                           "one to follow it; the form starts from its values.").format(
                date_text(latest.start_date), enum_text(latest.status))
        else:
            text = self.tr("The latest period started on {0} ({1}): pick a later date to start a new period."
                           ).format(date_text(latest.start_date), enum_text(latest.status))
        self.ui.effectiveDateHint.setText(text)

    # -- sending -------------------------------------------------------------------------------------

    @Slot(bool)
    def _show_offline(self, offline: bool) -> None:
        if self._sending:
            return
        button = self.ui.validateButton
        button.setText(self.tr("Save as draft") if offline else self._send_text)
        button.setToolTip(self.tr(
            "The CRM cannot be reached: the update is kept on this computer, to be checked and sent from "
            "Pending changes once the CRM is back.") if offline else "")

    @Slot()
    def _on_validate_clicked(self) -> None:
        if self._sending or open_boxes(self) or not self._revalidate():
            return
        update = self.current_update()
        if self._updates.works_offline or not self._warnings:
            # Validate sends, as the user guide says; a draft is checked again when it is sent
            self._start_sending(update)
            return
        self.confirm_changes(update, self._warnings, then=lambda: self._start_sending(update))

    def confirm_changes(self, update: MeterDataUpdate, warnings: list[str], *,
                        then: Callable[[], None]) -> None:
        """The question asked before sending a form that shows warnings: the warnings again, then every
        value that changes from the period the update replaces or follows (as the CRM will hold them);
        Enter sends (the operator has read the warnings in the form already), Esc goes back."""
        changes = update.changes()
        flagged = {c.field for c in update.large_changes()}
        details = escape(self.tr("Check before sending:")) + "<ul style='margin-left:-20px'>" + "".join(
            f"<li>{escape(text)}</li>" for text in warnings) + "</ul>"
        day, scheduled = update.effective_day, self._scheduled_reference()
        if scheduled is not None and day == scheduled.start_date:
            heading = self.tr("Meter {1}: the period scheduled from {0} will be overwritten with these "
                              "changes:").format(date_text(day), update.ean)
        elif scheduled is not None:
            heading = self.tr("From {0}, meter {1} will change as follows, compared with the period "
                              "scheduled from {2}:").format(date_text(day), update.ean,
                                                            date_text(scheduled.start_date))
        else:
            heading = self.tr("From {0}, meter {1} will change as follows:").format(
                date_text(day), update.ean)
        details += escape(heading) + change_list(changes, flagged)
        role = QMessageBox.ButtonRole
        ask(self, "changeSummary", icon=QMessageBox.Icon.Warning, title=self.windowTitle(),
            text=escape(self.tr("Send this update to the CRM?")), informative=details, rich=True,
            buttons={True: (self.tr("Send"), role.AcceptRole),
                     False: (self.tr("Back to the form"), role.RejectRole)},
            escape=False, default=True, primary=True,
            on_answer=lambda confirmed: then() if confirmed else None)

    def _start_sending(self, update: MeterDataUpdate) -> None:
        self._sending = True
        self._unconfirmed = update
        self._server_problem = None
        self.ui.messageBanner.hide()
        self.ui.formArea.setEnabled(False)
        self.ui.cancelButton.setEnabled(False)
        self.ui.cancelButton.setToolTip(self.tr(
            "An update that was sent cannot be recalled: wait for the CRM's answer."))
        if self._updates.works_offline:
            self._busy.start(self.tr("Saving"))
            self.ui.footerHint.setText(self.tr("Keeping the update as a draft on this computer…"))
        else:
            self._busy.start(self.tr("Sending"))
            self.ui.footerHint.setText(self.tr("Sending the update to the CRM…"))
        self._updates.submit(update, self._sent)

    def _stop_sending(self) -> None:
        self._sending = False
        self._busy.stop()
        self.ui.formArea.setEnabled(True)
        self.ui.cancelButton.setEnabled(True)
        self.ui.cancelButton.setToolTip("")
        self.ui.footerHint.setText("")

    def _sent(self, result: SubmitResult) -> None:
        """What became of the update this form sent."""
        self._stop_sending()
        match result:
            case Applied(detail=detail):
                self._close_applied(self._unconfirmed, detail)
            case KeptAsDraft(draft=draft):
                self._draft_reason = draft.reason
                self.savedAsDraft.emit(draft)
                self.accept()
            case MeterChanged(detail=fresh, differences=differences):
                self._meter_changed(fresh, differences)
            case SubmitFailure():
                self._failed(result)

    def _close_applied(self, update: MeterDataUpdate | None, detail: MeterDetail | None) -> None:
        self._draft_reason = None
        self._applied = update
        self.acknowledged.emit(detail)
        self.accept()

    def _meter_changed(self, fresh: MeterDetail, differences: list[TimelineDifference]) -> None:
        # the form keeps its values: now compared with the fresh latest period, and asked about before sending
        self._detail = fresh
        self._baseline = MeterDataUpdate.from_detail(fresh)
        self._show_meter(fresh)
        self._revalidate()
        self._reveal_first_error()
        self._show_banner(
            self.tr("Another operator changed this meter since this form was opened, so nothing was sent. "
                    "Check the form against these changes, then validate again:")
            + timeline_difference_list(differences, self._today()),
            kind=Banner.WARNING)

    def _failed(self, failure: SubmitFailure) -> None:
        if failure.draft is not None:
            self._draft_reason = failure.draft.reason
        problem = failure.problem
        if failure.outcome is Sent.REJECTED and problem.field in self._messages:
            assert problem.field is not None
            self._server_problem = problem
            self._revalidate()
            self._show_banner(
                self.tr("The CRM refused the update: see the message under “{0}”.").format(
                    field_label(problem.field)), kind=Banner.ERROR)
            self._reveal(problem.field)
            return
        self._revalidate()
        if failure.outcome is not Sent.UNKNOWN:
            self._unconfirmed = None
        kind = Banner.ERROR if failure.outcome is Sent.REJECTED else Banner.WARNING
        self._show_banner(failure.message, kind=kind)

    def _outcome_settled(self, settlement: Settlement) -> None:
        """What became of the update sent without a confirmation, while the form is still open."""
        sent = self._unconfirmed
        if self._sending or sent is None:
            return
        if settlement.how is SettledHow.STILL_UNCONFIRMED:
            self._show_banner(settlement.message, kind=Banner.WARNING)
            return
        self._unconfirmed = None
        form = self.current_update()
        if settlement.applied and form.effective_day == sent.effective_day and not form.changes_from(sent):
            self._close_applied(sent, settlement.detail)
            return
        if settlement.applied:
            self._draft_reason = None  # the draft of what was sent is gone; the form holds later edits
            if settlement.detail is not None:
                self._filled_against = settlement.detail.timeline  # the form now follows what it sent
        if settlement.detail is not None:
            self._detail = settlement.detail
            self._baseline = MeterDataUpdate.from_detail(settlement.detail)
            self._show_meter(settlement.detail)
            self._revalidate()
        self._show_banner(settlement.message, kind=Banner.INFO if settlement.applied else Banner.WARNING)

    @Slot(list)
    def _on_members_loaded(self, members: list) -> None:
        self._members_problem = None
        self._filling = True
        try:
            self.ui.holderCombo.set_members(members)
        finally:
            self._filling = False
        self._revalidate()

    @Slot(object)
    def _on_members_failed(self, problem: Problem) -> None:
        self._members_problem = problem
        self._revalidate()

    # -- closing -------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here."""
        if self._sending:
            self.ui.footerHint.setText(self.tr(
                "The update is being sent and cannot be recalled; this window closes when the CRM answers."))
            return
        if self._keeping_draft or open_boxes(self):
            return
        if self.has_unsaved_changes():
            self.ask_close()
            return
        super().reject()

    def _close_as(self, choice: CloseChoice) -> None:
        if choice is CloseChoice.KEEP_EDITING:
            return
        if choice is CloseChoice.KEEP_AS_DRAFT:
            # closes only once the draft is on disk: a failed save must not lose the form
            self._keeping_draft = True
            self._updates.save_draft(self.current_update(), self._draft_kept,
                                     reason=self._draft_reason or DraftReason.KEPT_BY_USER)
            return
        if self._draft_reason is not None:
            self._updates.discard_draft(self.ean)
        super().reject()

    def _draft_kept(self, problem: Problem | None) -> None:
        self._keeping_draft = False
        if problem is None:
            super().reject()
            return
        self.ui.messageBanner.show_message(
            self.tr("The form could not be kept on this computer: {0}").format(problem.message),
            kind=Banner.ERROR)

    def ask_close(self) -> None:
        """Asks whether to discard the unsent changes, keep them as a draft or keep editing, then does it."""
        details = self.tr("Your changes to meter {0} have not been sent.").format(self.ean)
        if self._draft_reason is not None:
            details += " " + self.tr("Discarding also deletes the draft kept on this computer.")
        role = QMessageBox.ButtonRole
        ask(self, "discardConfirmation", icon=QMessageBox.Icon.Question, title=self.windowTitle(),
            text=self.tr("Discard changes?"), informative=details,
            buttons={CloseChoice.KEEP_AS_DRAFT: (self.tr("Keep as draft"), role.AcceptRole),
                     CloseChoice.DISCARD: (self.tr("Discard"), role.DestructiveRole),
                     CloseChoice.KEEP_EDITING: (self.tr("Keep editing"), role.RejectRole)},
            escape=CloseChoice.KEEP_EDITING, default=CloseChoice.KEEP_EDITING,
            primary=CloseChoice.KEEP_AS_DRAFT, on_answer=self._close_as)

    def done(self, result: int) -> None:
        if not self._detached:
            self._detached = True
            self._disconnect_services()
        for box in open_boxes(self):
            box.reject()  # a question about a closed form has no answer
        super().done(result)

    # -- helpers -------------------------------------------------------------------------------------

    def _reveal(self, field: UpdateField) -> None:
        """Scrolls to a field and its message, and puts the cursor there."""
        self._scroll_to(field)
        self._inputs[field].setFocus()

    def _scroll_to(self, field: UpdateField) -> None:
        """Scrolls the form to show the field with its whole message (the field first, on a short
        screen)."""
        area = self.ui.formScrollArea
        area.widget().layout().activate()  # the message's place, before the area scrolls to it
        area.ensureWidgetVisible(self._messages[field], 0, 0)
        area.ensureWidgetVisible(self._inputs[field], 0, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            self._fit_height()  # laid out now: the messages' and hints' lines at their real width
            place_over_parent(self)

    def _reveal_first_error(self) -> None:
        field = next((f for f, m in self._messages.items() if m.mark is FieldMark.ERROR and m.isVisible()),
                     None)
        if field is not None:
            self._reveal(field)

    def _show_banner(self, text: str, *, kind: str) -> None:
        self.ui.messageBanner.show_message(text, kind=kind)
        self._fit_height()

    def _fit_height(self) -> None:
        fit_height_to_form(self, self.ui.formScrollArea)

    @staticmethod
    def _checked(radios: dict[Any, QRadioButton], fallback: WireEnum) -> Any:
        return next((value for value, radio in radios.items() if radio.isChecked()), fallback)

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()


def _fill_choices(combo: QComboBox, enum: type[WireEnum], current: WireEnum | None,
                  none_text: str | None) -> list[Any]:
    """Fills ``combo`` with "None" (when ``none_text`` is given) and the enum's values, the current one
    included even if unknown to this version; selects ``current``; returns the value of each row."""
    values: list[Any] = ([None] if none_text is not None else []) + enum.known()
    if current is not None and current not in values:
        values.append(current)
    combo.blockSignals(True)
    combo.clear()
    for value in values:
        combo.addItem(none_text if value is None else enum_text(value))
    combo.setCurrentIndex(values.index(current) if current in values else 0)
    combo.blockSignals(False)
    return values


def _check(radios: dict[Any, QRadioButton], value: WireEnum) -> None:
    radio = radios.get(value)
    if radio is not None:
        radio.setChecked(True)


def _local_time_text(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{date_text(local.date())} {local.hour:02d}:{local.minute:02d}"

