"""Add a meter (the web app's "+ Add"): the meter's own fields and its first configuration period, checked
as they are typed; sent once from a worker, the outcome of a lost answer settled by reading the new EAN.

An EAN that is not 18 digits is refused; a wrong Belgian prefix or check digit is confirmed before sending;
an EAN already in the community's list is refused at once, and one the CRM already knows elsewhere (read
before sending, or its 409 / 60000) is said at the EAN.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from optimce_desktop.domain.meter_form import MeterField, MeterFields, MeterIssueCode
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.meter_action_dialog import MeterActionDialog
from optimce_desktop.gui.meter_dialog import MeterFieldsForm
from optimce_desktop.gui.period_form import PeriodForm
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.enter_moves_on import make_button_explicit, move_on_enter
from optimce_desktop.gui.widgets.field_message import FieldMark
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite, WriteResult
from optimce_desktop.services.problems import Problem
from optimce_desktop.services.texts import labelled

EAN_WARNINGS = (MeterIssueCode.EAN_NOT_BELGIAN, MeterIssueCode.EAN_CHECK_DIGIT)


class AddMeterDialog(MeterActionDialog):
    def __init__(self, service: MeterActionService, community_id: str, community_name: str,
                 is_listed: Callable[[str], bool], members: MemberDirectory | None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        """``is_listed(ean)``: whether the community's list already has that meter."""
        super().__init__(service, parent, today=today)
        self.setObjectName("addMeterDialog")
        self.set_header(self.tr("Add a meter"),
                        self.tr("To {0}: the meter, and its first configuration period.").format(
                            community_name),
                        self.tr("Create meter"))
        self._community_id = community_id
        self._is_listed = is_listed
        self._members = members
        self._touched: set[MeterField | UpdateField] = set()
        self._meter_problem: tuple[MeterField, str] | None = None
        self._period_problem: tuple[UpdateField, str] | None = None

        self.form = MeterFieldsForm()
        self.period_form = PeriodForm()
        self.scroll_form(self.form, self.period_form)

        self.form.fill(MeterFields(ean="", number=None))
        self._empty = self.new_meter()
        """The form as it opens: closing it asks only once something was typed or chosen."""
        self.form.ean_edit.setMaxLength(64)
        self.form.ean_edit.setPlaceholderText(self.tr("18 digits, starting with 54"))
        self.form.connect_edits(self._on_meter_edited)
        self.period_form.connect_edits(self._on_period_edited)
        self._connect_members()
        self.setMinimumWidth(700)
        make_button_explicit(self.validate_button)  # Enter goes from field to field
        self.validate()
        self.form.ean_edit.setFocus()
        self.size_to_form(760)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not move_on_enter(self, event, self.form_area, self.validate_button):
            super().keyPressEvent(event)

    def _connect_members(self) -> None:
        members = self._members
        if members is None:
            return
        if members.is_loaded:
            self.period_form.set_members(members.members)
        members.loaded.connect(self._members_loaded)
        members.load()

    def _members_loaded(self, members: list) -> None:
        self.period_form.set_members(members)
        self.validate()

    def restore(self, new: NewMeter, *, ean_taken: bool) -> None:
        """Fills the form from a draft; ``ean_taken``: the CRM now has a meter with its EAN."""
        self._from_draft = True
        self.form.fill(new.fields)
        self.period_form.fill(new.period)
        self._touched = {*MeterField, *UpdateField}
        if ean_taken:
            self._meter_problem = (MeterField.EAN,
                                   labelled(self.form.labels[MeterField.EAN], self._ean_taken()))
        self.validate()

    # -- reading ---------------------------------------------------------------------------------------

    def new_meter(self) -> NewMeter:
        fields = self.form.fields()
        return NewMeter(fields, self.period_form.period(fields.ean))

    def _listed(self, ean: str) -> set[str]:
        return {ean} if ean and self._is_listed(ean) else set()

    # -- checking --------------------------------------------------------------------------------------

    def _on_meter_edited(self, name: MeterField, *_: object) -> None:
        self._touched.add(name)
        if self._meter_problem is not None and self._meter_problem[0] is name:
            self._meter_problem = None
        self.validate()

    def _on_period_edited(self, name: UpdateField, *_: object) -> None:
        self._touched.add(name)
        if self._period_problem is not None and self._period_problem[0] is name:
            self._period_problem = None
        self.validate()

    def validate(self) -> bool:
        new = self.new_meter()
        meter_extra = {}
        if self._meter_problem is not None:
            meter_extra[self._meter_problem[0]] = (FieldMark.ERROR, self._meter_problem[1])
        touched_meter = {name for name in self._touched if isinstance(name, MeterField)}
        meter_ok = self.form.show_issues(new.meter_issues(self._listed(new.ean)), touched_meter, meter_extra)
        period_extra = {}
        if self._period_problem is not None:
            period_extra[self._period_problem[0]] = (FieldMark.ERROR, self._period_problem[1])
        touched_period = {name for name in self._touched if isinstance(name, UpdateField)}
        period_ok = self.period_form.show_issues(new.period_issues(self.today()), touched_period,
                                                 period_extra)
        valid = meter_ok and period_ok
        self.fit_to_form()  # a long message may have grown its room
        self.validate_button.setEnabled(valid and not self.is_sending and not self.awaits_outcome)
        if not self.is_sending:
            self.footer_hint.setText("" if valid else self.tr(
                "To create the meter, fill in the fields marked * and correct those marked in red."))
        return valid

    # -- sending ---------------------------------------------------------------------------------------

    def write(self) -> MeterWrite:
        return MeterWrite(self.new_meter(), self._community_id)

    def confirm_and_send(self) -> None:
        """Sends at once, unless the form shows warnings: they are repeated, to be confirmed."""
        write = self.write()
        new = write.change
        assert isinstance(new, NewMeter)
        warnings = self.form.warnings() + self.period_form.warnings()
        if not warnings:
            self.send(write)
            return
        ean_doubtful = any(issue.code in EAN_WARNINGS for issue in new.meter_issues())
        question = (self.tr("Create meter {0} with this EAN?") if ean_doubtful
                    else self.tr("Create meter {0} despite these warnings?")).format(new.ean)
        details = "\n".join(f"• {text}" for text in warnings)
        if ean_doubtful:
            details += "\n" + self.tr("The EAN cannot be changed once the meter is created.")
        self.ask("eanConfirmation" if ean_doubtful else "warningsConfirmation", QMessageBox.Icon.Warning,
                 question, details, self.tr("Create anyway"), lambda: self.send(write))

    def show_refusal(self, result: WriteResult) -> None:
        assert result.problem is not None
        name = result.request_field
        if name == MeterField.EAN.value or result.error_code == 60000:
            self._say_at_ean(self._ean_taken())
            return
        if name is not None and name in {f.value for f in MeterField}:
            field = MeterField(name)
            self._meter_problem = (field, labelled(self.form.labels[field], result.problem.message))
            self._refused_at(self.form.labels[field], self.form.inputs[field])
            return
        if name is not None and name in {f.value for f in UpdateField}:
            period_field = UpdateField(name)
            self._period_problem = (period_field, self._period_text(period_field, result.problem))
            self._refused_at(self._period_text(period_field, None), self.period_form.inputs[period_field])
            return
        super().show_refusal(result)

    def _period_text(self, field: UpdateField, problem: Problem | None) -> str:
        from optimce_desktop.services.problems import field_label

        return labelled(field_label(field), problem.message) if problem is not None else field_label(field)

    def _ean_taken(self) -> str:
        return self.tr("a meter with this EAN already exists in the CRM (perhaps in another community): it "
                       "cannot be created twice")

    def _say_at_ean(self, text: str) -> None:
        self._meter_problem = (MeterField.EAN, labelled(self.form.labels[MeterField.EAN], text))
        self._refused_at(self.form.labels[MeterField.EAN], self.form.ean_edit)

    def _refused_at(self, label: str, widget: QWidget) -> None:
        self.validate()
        self.show_banner(self.tr("The meter was not created: see the message under “{0}”.").format(label),
                         Banner.ERROR)
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus()

    def meter_changed(self, detail: MeterDetail | None) -> None:
        """The EAN was free when the form was checked, but the CRM has it now (read before sending)."""
        self._meter_problem = (MeterField.EAN, labelled(self.form.labels[MeterField.EAN], self._ean_taken()))
        self.scroll_area.ensureWidgetVisible(self.form.ean_edit)

    def changed_text(self) -> str:
        return self.tr("Nothing was sent: the CRM already has a meter with this EAN. See the message under "
                       "“{0}”.").format(self.form.labels[MeterField.EAN])

    # -- closing ---------------------------------------------------------------------------------------

    def has_edits(self) -> bool:
        period = self.period_form
        return (self.new_meter() != self._empty or self.form.has_unreadable_input()
                or period.has_unreadable_input())

    def discard_question(self) -> str:
        return self.tr("Discard this new meter?")

    def done(self, result: int) -> None:
        if self._members is not None:
            self._members.loaded.disconnect(self._members_loaded)
            self._members = None
        super().done(result)
