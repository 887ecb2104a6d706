"""Cancel a scheduled change: delete a future period of the meter, reopening the period before it (the
default, shown) or not. Deleting cannot be undone: Enter never deletes; the button (a click or its Alt+letter)
asks first, and Enter in that question keeps the period (its own Alt+letter deletes it). The button that
leaves without deleting says "Close": "Cancel" would read as cancelling the change."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QWidget

from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel, period_reopened_by
from optimce_desktop.gui.meter_action_dialog import MeterActionDialog
from optimce_desktop.gui.widgets.change_texts import period_span
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite
from optimce_desktop.services.texts import date_text, enum_text


class CancelScheduledDialog(MeterActionDialog):
    def __init__(self, detail: MeterDetail, period: Period, service: MeterActionService, community_id: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(service, parent, today=today)
        self.setObjectName("cancelScheduledDialog")
        self.set_header(self.tr("Cancel a scheduled change — {0}").format(detail.EAN),
                        self.tr("The period from {0} ({1}) has not started yet.").format(
                            date_text(period.start_date), enum_text(period.status)),
                        self.tr("&Delete the scheduled period"))
        self._detail, self._period, self._community_id = detail, period, community_id
        self._previous = period_reopened_by(detail.timeline, period)

        self.close_rather_than_cancel()
        self.reopen_check = QCheckBox()
        self.reopen_check.setObjectName("reopenPreviousCheck")
        self.reopen_check.setChecked(True)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("cancelOutcome")
        self.outcome_label.setTextFormat(Qt.TextFormat.RichText)
        self.outcome_label.setWordWrap(True)
        # what deleting does is said whole: the dialog grows with it, or the form scrolls
        self.scroll_form(self.reopen_check, self.outcome_label, plain=True)
        if self._previous is not None:
            self.reopen_check.setText(self.tr("Let the period from {0} run on (it ends on {1} now)").format(
                date_text(self._previous.start_date), date_text(self._previous.end_date)))
        else:
            self.reopen_check.setText(self.tr("Let the period before it run on"))
            self.reopen_check.setChecked(False)
            self.reopen_check.setEnabled(False)
            self.reopen_check.setToolTip(self.tr("No period ends the day before this one starts."))
        self._reopen_at_first = self.reopen_check.isChecked()
        self.reopen_check.toggled.connect(self.validate)
        # a destructive button is never pressed by Enter, even when it has the cursor
        self.validate_button.setDefault(False)
        self.validate_button.setAutoDefault(False)
        self.validate()
        self.setMinimumWidth(520)
        self.reopen_check.setFocus()
        self.size_to_form(self.minimumWidth())

    def restore(self, reopen_previous: bool) -> None:
        """The choice a draft kept (the period before it may not end the day before any more)."""
        if self.reopen_check.isEnabled():
            self.reopen_check.setChecked(reopen_previous)
            self._reopen_at_first = reopen_previous

    def has_edits(self) -> bool:
        return self.reopen_check.isChecked() != self._reopen_at_first

    def cancel(self) -> ScheduledChangeCancel:
        return ScheduledChangeCancel(self._detail.EAN, self._period, self.reopen_check.isChecked(),
                                     tuple(self._detail.timeline))

    def validate(self) -> bool:
        self.outcome_label.setText(self._outcome_html())
        self.fit_to_form()  # a longer outcome: the dialog grows to show it
        self.validate_button.setEnabled(not self.is_sending and not self.awaits_outcome)
        return True

    def _outcome_html(self) -> str:
        lines = [escape(self.tr("The period {0} is deleted.").format(period_span(self._period)))]
        previous = self._previous
        if previous is not None and self.reopen_check.isChecked():
            until = (self.tr("with no end date") if self._period.end_date is None
                     else self.tr("until {0}").format(date_text(self._period.end_date)))
            lines.append(escape(self.tr("The period from {0} runs on, {1}.").format(
                date_text(previous.start_date), until)))
        elif previous is not None:
            lines.append("<b>" + escape(self.tr(
                "The period from {0} still ends on {1}: from {2} the meter has no configuration.").format(
                date_text(previous.start_date), date_text(previous.end_date),
                date_text(self._period.start_date))) + "</b>")
        return "<br>".join(lines)

    def write(self) -> MeterWrite:
        return MeterWrite(self.cancel(), self._community_id)

    def confirm_and_send(self) -> None:
        write = self.write()
        self.ask("cancelScheduledConfirmation", QMessageBox.Icon.Warning,
                 escape(self.tr("Delete the period {0}?").format(period_span(self._period))),
                 self._outcome_html() + "<br>" + escape(self.tr("This cannot be undone.")),
                 self.tr("&Delete the period"), lambda: self.send(write), rich=True, destructive=True,
                 back_text=self.tr("&Keep the period"))
