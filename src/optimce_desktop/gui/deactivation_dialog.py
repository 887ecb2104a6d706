"""Deactivate a meter (the web app's "Meter deactivation"): a date checked as it is typed against the meter's
latest period, what the CRM will do said before sending, whole (the new INACTIVE period has no holder and no
sharing operation), and a confirmation. The form opens on the first day the CRM takes as it is (today, or the
day after a scheduled change starts), never on a date it would refuse."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from optimce_desktop.domain.deactivation import DateFinding, DateIssue, Deactivation, first_free_day
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.gui.meter_action_dialog import MeterActionDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMark, mark_field
from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite, WriteResult
from optimce_desktop.services.texts import date_text, enum_text


class DeactivationDialog(MeterActionDialog):
    def __init__(self, detail: MeterDetail, service: MeterActionService, community_id: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(service, parent, today=today)
        self.set_header(self.tr("Deactivate meter — {0}").format(detail.EAN), _subtitle(detail),
                        self.tr("Deactivate"))
        self.setObjectName("deactivationDialog")
        self._detail = detail
        self._community_id = community_id
        self._touched = False

        self.date_edit = OptionalDateEdit()
        self.date_edit.setObjectName("deactivationDateEdit")
        self.date_hint = QLabel()
        self.date_hint.setObjectName("deactivationDateHint")
        self.date_hint.setWordWrap(True)
        self.date_message = self.field_message("deactivationDateMessage")
        self.consequences = QLabel()
        self.consequences.setObjectName("deactivationConsequences")
        self.consequences.setTextFormat(Qt.TextFormat.RichText)
        self.consequences.setWordWrap(True)
        label = self.field_label(self.tr("D&eactivation date *"))
        label.setBuddy(self.date_edit)
        # what the CRM will do is said whole: the dialog grows with it, or the form scrolls
        self.scroll_form(label, self.date_edit, self.date_message, self.date_hint, self.consequences,
                         plain=True)
        self.date_edit.optionalDateChanged.connect(self._on_edited)
        # Today when the CRM takes it as it is; any other day is the operator's to type (a deactivation on a
        # day nobody chose, one Enter away, is too easy to send)
        opening_day = today if first_free_day(detail, today := self.today()) == today else None
        self.date_edit.set_optional_date(opening_day)
        self._opened_with: dt.date | None = opening_day
        """The date the form opened with (today when the CRM takes it as it is, or a draft's; else empty):
        closing asks only once it was changed."""
        self._touched = False
        self._show_hint()
        self.validate()
        self.setMinimumWidth(520)
        self.date_edit.setFocus()
        self.size_to_form(self.minimumWidth())

    def restore(self, day: dt.date | None) -> None:
        """Fills the date from a draft: it is checked against the meter as it is now."""
        self.date_edit.set_optional_date(day)
        self._opened_with = day
        self._touched = True
        self.validate()

    def has_edits(self) -> bool:
        edit = self.date_edit
        return edit.optional_date() != self._opened_with or edit.input_problem() is not None

    def deactivation(self) -> Deactivation:
        return Deactivation.of(self._detail, self.date_edit.optional_date())

    # -- validation ------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._touched = True
        self.validate()

    def validate(self) -> bool:
        deactivation = self.deactivation()
        problem = self.date_edit.input_problem()
        findings = deactivation.date_findings(self.today())
        if problem:
            typing = self.date_edit.is_being_typed()
            mark = FieldMark.INFO if typing else FieldMark.ERROR
            text = self.tr("Deactivation date: {0}").format(problem)
            valid = False
        elif findings:
            finding = findings[0]
            mark = FieldMark.of(finding)
            text = self._finding_text(finding)
            valid = not finding.is_error
            if finding.issue is DateIssue.REQUIRED and not self._touched:
                mark, text = FieldMark.NONE, ""
        else:
            mark, text, valid = FieldMark.NONE, "", True
        self.date_message.show_message(text, mark)
        mark_field(self.date_edit, mark if mark is not FieldMark.INFO else FieldMark.NONE)
        self.consequences.setText(self._consequences_html(deactivation) if valid else "")
        self.consequences.setVisible(bool(self.consequences.text()))
        self.fit_to_form()  # longer consequences: the dialog grows to show them
        self.validate_button.setEnabled(valid and not self.is_sending and not self.awaits_outcome)
        return valid

    def _finding_text(self, finding: DateFinding) -> str:
        params = finding.params
        match finding.issue:
            case DateIssue.REQUIRED:
                text = self.tr("required")
            case DateIssue.OUT_OF_RANGE:
                text = self.tr("must be between {0} and {1}").format(
                    date_text(params["earliest"]), date_text(params["latest"]))
            case DateIssue.BEFORE_LATEST_PERIOD:
                if params["period_is_future"]:
                    text = self.tr("must be on or after {0}, the start of the latest scheduled period"
                                   ).format(date_text(params["period_start"]))
                else:
                    text = self.tr("must be on or after {0}, the start of the latest period").format(
                        date_text(params["period_start"]))
            case DateIssue.CHANGES_PERIOD_IN_PLACE:
                text = self.tr("the period starting on {0} ({1}) will be made inactive in place, not kept in "
                               "the history").format(date_text(params["period_start"]),
                                                     enum_text(params["period_status"]))
        return self.tr("Deactivation date: {0}").format(text)

    def _show_hint(self) -> None:
        latest = max(self._detail.timeline, key=lambda p: p.start_date, default=None)
        if latest is None:
            self.date_hint.setText("")
            return
        self.date_hint.setText(self.tr(
            "The latest period started on {0}: pick a later date to start an inactive period, or that date "
            "to make the period itself inactive.").format(date_text(latest.start_date)))

    def _consequences_html(self, deactivation: Deactivation) -> str:
        day = deactivation.day
        latest = deactivation.latest_period
        if day is None:
            return ""
        if deactivation.changes_in_place and latest is not None:
            return escape(self.tr(
                "The CRM will make the period starting on {0} inactive in place. It keeps its holder and "
                "sharing operation; its active status is not kept in the history.").format(date_text(day)))
        lines = [escape(self.tr("The CRM will start a new inactive period on {0}.").format(date_text(day)))]
        if latest is not None:
            lines.append(escape(self.tr("The period starting on {0} will end on {1}.").format(
                date_text(latest.start_date), date_text(day - dt.timedelta(days=1)))))
        holder, operation = deactivation.dropped_holder(), deactivation.dropped_sharing_operation()
        lines.append("<b>" + escape(self.tr(
            "The new period has no holder and is in no sharing operation: the CRM does not carry them over."
        )) + "</b>")
        if holder is not None:
            lines.append(escape(self.tr("Holder until then: {0}").format(holder.name)))
        if operation is not None:
            lines.append(escape(self.tr("Sharing operation until then: {0}").format(operation.name)))
        return "<br>".join(lines)

    # -- sending ---------------------------------------------------------------------------------------

    def write(self) -> MeterWrite:
        return MeterWrite(self.deactivation(), self._community_id)

    def confirm_and_send(self) -> None:
        write = self.write()
        deactivation = write.change
        assert isinstance(deactivation, Deactivation) and deactivation.day is not None
        day = deactivation.day
        if deactivation.changes_in_place:
            text = self.tr("Make the period starting on {0} inactive?").format(date_text(day))
        else:
            text = self.tr("Deactivate meter {0} from {1}?").format(deactivation.ean, date_text(day))
        self.ask("deactivationConfirmation", QMessageBox.Icon.Warning, escape(text),
                 self._consequences_html(deactivation), self.tr("Deactivate"), lambda: self.send(write),
                 rich=True)

    def show_refusal(self, result: WriteResult) -> None:
        assert result.problem is not None
        if result.request_field in ("date", "start_date") or result.error_code in (60005, 60006):
            self.date_message.show_message(self.tr("Deactivation date: {0}").format(result.problem.message))
            mark_field(self.date_edit, FieldMark.ERROR)
            self.fit_to_form()
            self.show_banner(self.tr("The CRM refused the deactivation: see the message under the date."),
                             Banner.ERROR)
            self.date_edit.setFocus()
            return
        super().show_refusal(result)

    def meter_changed(self, detail: MeterDetail | None) -> None:
        if detail is not None:
            self._detail = detail
            self.subtitle_label.setText(_subtitle(detail))
            self._show_hint()
            self.fit_to_form()


def _subtitle(detail: MeterDetail) -> str:
    translate = QCoreApplication.translate  # a function's texts: lupdate needs the dialog's context named
    parts = [translate("DeactivationDialog", "EAN {0}").format(detail.EAN)]
    if detail.meter_number:
        parts.append(translate("DeactivationDialog", "Meter no. {0}").format(detail.meter_number))
    if detail.address.one_line:
        parts.append(detail.address.one_line)
    return "  ·  ".join(parts)
