"""Pending changes: the changes to meters kept on this computer (updates, new meters, modified meters,
deactivations, cancelled scheduled changes), each checked against the meter as the CRM has it now before
the user confirms and sends it in its form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.meter_form import MeterModification
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import Change, MeterDataUpdate
from optimce_desktop.gui.message_box import confirm
from optimce_desktop.gui.meter_dialog import meter_field_labels, meter_value_text
from optimce_desktop.gui.widgets.change_texts import period_span, value_text
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.outcome_checks import change_name
from optimce_desktop.services.pending import PendingChange, PendingChanges, Refusal, Revalidation, Verdict
from optimce_desktop.services.problems import Problem, field_label
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.texts import EMPTY, date_text, datetime_text, dso_text, enum_text
from optimce_desktop.services.updates import DraftReason, SettledHow, Settlement, UpdateService

EanRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
FormOpener = Callable[[Revalidation], str | None]
"""Opens the form of a checked draft; returns why it cannot (None when it opened)."""
Key = tuple[str, ChangeKind]
"""A draft's meter and kind of change."""


class PendingChangesDialog(QDialog):
    METER, ACTION, CHANGES, EFFECTIVE, SAVED, CHECK = range(6)

    def __init__(self, pending: PendingChanges, updates: UpdateService, sender: ChangeSender,
                 connection: ConnectionMonitor, open_form: FormOpener, parent: QWidget | None = None) -> None:
        """``open_form`` opens an update's form; the meter actions open the other kinds' forms. ``sender``
        tells what became of changes whose outcome was not known."""
        super().__init__(parent)
        self.setObjectName("pendingChangesDialog")
        self.setWindowTitle(self.tr("Pending changes"))
        self.resize(1000, 380)
        self._pending = pending
        self._updates = updates
        self._connection = connection
        self._open_form = open_form
        self._checks: dict[Key, str] = {}
        """The latest check of each draft, in words, kept when the list is read again."""
        self._checking: Key | None = None
        self._coming_back = False
        """A form opened from here has closed: this dialog takes the keyboard back (see ``_come_back``)."""
        if parent is not None:
            parent.installEventFilter(self)  # the window activated as the form closes

        intro = QLabel(self.tr(
            "Changes kept on this computer, not sent to the CRM yet. Each one is checked against the meter "
            "as the CRM has it now; you then confirm it in its form."))
        intro.setWordWrap(True)
        intro.setObjectName("pendingIntro")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("pendingTable")
        self.table.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Meter"), self.tr("Action"), self.tr("Changes"), self.tr("Effective date"),
            self.tr("Saved on"), self.tr("Check")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((self.METER, 210), (self.ACTION, 130), (self.CHANGES, 220),
                              (self.EFFECTIVE, 115), (self.SAVED, 135)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda item: self.check_and_send())
        self.empty_label = QLabel(self.tr("No change is waiting to be sent."))
        self.empty_label.setObjectName("noPendingChanges")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.send_button = QPushButton(self.tr("&Check and send…"))
        self.send_button.setObjectName("checkAndSendButton")
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.check_and_send)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.clicked.connect(self.discard_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)  # where the list was, once all are sent: the text stays on top
        layout.addLayout(buttons)

        pending.listed.connect(self._show)
        pending.revalidated.connect(self._revalidated)
        pending.revalidationFailed.connect(self._revalidation_failed)
        sender.settled.connect(self._outcome_settled)
        connection.stateChanged.connect(self._sync_buttons)
        self._show(pending.pending)

    # -- public ------------------------------------------------------------------------------------

    @property
    def selected(self) -> Key | None:
        rows = self.table.selectionModel().selectedRows()
        return _key_of(rows[0].data(EanRole), rows[0].data(KindRole)) if rows else None

    @property
    def selected_ean(self) -> str | None:
        selected = self.selected
        return selected[0] if selected else None

    def select(self, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> bool:
        row = self._row_of((ean, kind))
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def check_text(self, ean: str, kind: ChangeKind = ChangeKind.UPDATE) -> str:
        return self._checks.get((ean, kind), "")

    def check_and_send(self) -> None:
        """Reads the selected meter from the CRM, checks the draft against it, then opens its form."""
        key = self.selected
        if key is None or not self.send_button.isEnabled():
            return
        if self.send_button.hasFocus():  # disabled while checking: the keyboard stays on the list
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._checking = key
        self._set_check(key, self.tr("Checking against the CRM…"))
        self._sync_buttons()
        self._pending.revalidate(*key)

    def discard_selected(self) -> None:
        key = self.selected
        if key is None:
            return
        ean, kind = key
        if kind is ChangeKind.UPDATE:
            title = self.tr("Discard the update?")
            text = self.tr("The update of meter {0} will not be sent, and its draft is deleted from this "
                           "computer.").format(ean)
        else:
            title = self.tr("Discard the change?")
            text = self.tr("The change to meter {0} (“{1}”) will not be sent, and its draft is deleted from "
                           "this computer.").format(ean, change_name(kind))
        confirm(self, "discardDraftConfirmation", icon=QMessageBox.Icon.Question, title=title, text=text,
                yes=self.tr("Discard"), back=self.tr("Keep"), destructive=True,
                on_yes=lambda: self._discard(key))

    def _discard(self, key: Key) -> None:
        self._checks.pop(key, None)
        self._updates.discard_draft(key[0], kind=key[1])

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, pending: list[PendingChange]) -> None:
        selected = self.selected
        self.table.setRowCount(len(pending))
        for row, change in enumerate(pending):
            key = (change.ean, change.kind)
            meter = f"{change.ean}\n{change.address}" if change.address else change.ean
            cells = (meter, change_name(change.kind), "\n".join(self._change_lines(change)) or EMPTY,
                     self._effective_text(change), datetime_text(change.draft.saved_at),
                     self._checks.get(key) or self._reason_text(change.draft.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(EanRole, change.ean)
                item.setData(KindRole, change.kind.value)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        list_had_focus = self.focusWidget() is self.table
        self.empty_label.setVisible(not pending)
        self.table.setVisible(bool(pending))
        if not (selected and self.select(*selected)) and pending:
            self.table.selectRow(0)
        self._sync_buttons()
        if list_had_focus and not pending:  # the last change sent: the keyboard on Close, not lost
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _change_lines(self, pending: PendingChange) -> list[str]:
        change = pending.draft.change
        if isinstance(change, MeterDataUpdate):
            return [self._change_text(c) for c in pending.changes]
        if isinstance(change, NewMeter):
            return [self.tr("Meter number: {0}").format(change.fields.meter_number.strip()),
                    self.tr("First period: {0}, DSO {1}").format(enum_text(change.period.status),
                                                                 dso_text(change.period.grd))]
        if isinstance(change, MeterModification):
            labels = meter_field_labels()
            return [self.tr("{0}: {1} → {2}").format(labels[name], meter_value_text(name, old),
                                                    meter_value_text(name, new))
                    for name, old, new in change.changes()]
        if isinstance(change, Deactivation):
            return [self.tr("Inactive from {0}, without holder or sharing operation").format(
                date_text(change.day))]
        if isinstance(change, ScheduledChangeCancel):
            lines = [self.tr("The period {0} is deleted").format(period_span(change.period))]
            lines.append(self.tr("The period before it runs on") if change.reopen_previous
                         else self.tr("The period before it keeps its end"))
            return lines
        return []

    @staticmethod
    def _effective_text(pending: PendingChange) -> str:
        change = pending.draft.change
        if isinstance(change, MeterDataUpdate):
            return date_text(change.effective_day)
        if isinstance(change, NewMeter):
            return date_text(change.period.effective_day)
        if isinstance(change, Deactivation):
            return date_text(change.day)
        if isinstance(change, ScheduledChangeCancel):
            return date_text(change.period.start_date)
        return EMPTY  # the meter's own fields have no history

    def _change_text(self, change: Change) -> str:
        field = change.field
        return self.tr("{0}: {1} → {2}").format(
            field_label(field), value_text(field, change.old), value_text(field, change.new))

    def _reason_text(self, reason: DraftReason) -> str:
        if reason is DraftReason.SENDING:
            return self.tr("Was being sent when the app stopped: checked against the CRM at the next list "
                           "read")
        if reason is DraftReason.OUTCOME_UNKNOWN:
            return self.tr("May have reached the CRM without an answer: checked before sending again")
        if reason is DraftReason.CRM_UNREACHABLE:
            return self.tr("Not sent: the CRM could not be reached")
        return self.tr("Kept as a draft")

    def _row_of(self, key: Key) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.METER)
            if item is not None and _key_of(item.data(EanRole), item.data(KindRole)) == key:
                return row
        return None

    def _set_check(self, key: Key, text: str) -> None:
        self._checks[key] = text
        row = self._row_of(key)
        item = self.table.item(row, self.CHECK) if row is not None else None
        if item is not None:
            item.setText(text)
            item.setToolTip(text)
        self.table.resizeRowsToContents()

    # -- checked against the CRM -------------------------------------------------------------------

    def _revalidated(self, result: Revalidation) -> None:
        key = (result.ean, result.kind)
        if key == self._checking:
            self._checking = None
        if result.verdict is Verdict.APPLIED:
            self._set_check(key, self.tr("Already applied in the CRM: nothing left to send"))
            self._updates.discard_draft(result.ean, kind=result.kind)
        elif result.verdict is Verdict.REFUSED and result.refusal is not Refusal.EAN_TAKEN:
            self._set_check(key, self._refusal_text(result.refusal))
        else:
            self._set_check(key, self._verdict_text(result))
            cannot = self._open(result)
            if cannot:
                self._set_check(key, cannot)
        self._sync_buttons()

    def _verdict_text(self, result: Revalidation) -> str:
        errors = len(result.errors)
        if errors:
            return self.tr("%n problem(s) to correct in the form", "", errors)
        if result.refusal is Refusal.EAN_TAKEN:
            return self.tr("Not sent: the CRM now has a meter with this EAN; see the form")
        if result.verdict is Verdict.CHANGED:
            return self.tr("The meter changed since: check the form, then send")
        return self.tr("Ready: confirm in the form to send")

    def _refusal_text(self, refusal: Refusal | None) -> str:
        if refusal is Refusal.NOT_ACTIVE:
            return self.tr("Not sent: the meter is no longer active, and a second deactivation would add "
                           "another inactive period")
        if refusal is Refusal.DEACTIVATION_SCHEDULED:
            return self.tr("Not sent: a deactivation of this meter is already scheduled")
        if refusal is Refusal.NO_LONGER_SCHEDULED:
            return self.tr("Not sent: this period has started since, it is history now")
        return self.tr("Not sent: the CRM no longer has this meter")

    def _open(self, result: Revalidation) -> str | None:
        cannot = self._open_draft_form(result)
        if cannot is None:
            self._come_back_after(QApplication.activeModalWidget())
        return cannot

    def _open_draft_form(self, result: Revalidation) -> str | None:
        if result.kind is ChangeKind.UPDATE:
            return self._open_form(result)
        from optimce_desktop.gui.meter_actions import MeterActions  # the window installed them

        actions = self.parentWidget().findChild(MeterActions) if self.parentWidget() is not None else None
        if actions is None:
            return self.tr("The meter actions are not ready yet: try again in a moment.")
        return actions.open_draft(result)

    # -- the keyboard, once the form closes ----------------------------------------------------------------

    def _come_back_after(self, form: QWidget | None) -> None:
        """The form opens over the main window, which takes the keyboard when it closes: this dialog, where
        the operator was working, takes it back (sent or not)."""
        if isinstance(form, QDialog) and form is not self:
            form.finished.connect(self._form_closed)

    def _form_closed(self) -> None:
        self._coming_back = True
        QTimer.singleShot(0, self._come_back)

    def _come_back(self) -> None:
        if not self.isVisible():
            self._coming_back = False
            return
        self.raise_()
        self.activateWindow()
        if self.isActiveWindow():
            self._coming_back = False
            self._focus_a_control()

    def _focus_a_control(self) -> None:
        """The list when a change is left in it (on the row it had), else Close."""
        target = self.table if self.table.isVisible() and self.table.rowCount() else self.close_button
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._coming_back:
            self._coming_back = False
            self._focus_a_control()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self._coming_back and watched is self.parentWidget()
                and event.type() == QEvent.Type.WindowActivate):
            QTimer.singleShot(0, self._come_back)  # the system activated the window the form was over
        return super().eventFilter(watched, event)

    def _outcome_settled(self, ean: str, settlement: Settlement) -> None:
        """The CRM was asked again about a change of unknown outcome (its row goes once it is applied)."""
        key = (ean, settlement.kind)
        if settlement.applied:
            self._set_check(key, self.tr("Applied by the CRM: nothing left to send"))
        elif settlement.how is SettledHow.NOT_APPLIED:
            self._set_check(key, self.tr("Not applied (the app stopped while sending it): check and send "
                                         "it again"))
        else:
            self._set_check(key, self.tr("Not confirmed by the CRM: check it, then send it again if needed"))

    def _revalidation_failed(self, ean: str, kind: str, problem: Problem) -> None:
        key = (ean, ChangeKind(kind))
        if key == self._checking:
            self._checking = None
        self._set_check(key, self.tr("Not checked: {0}").format(problem.message))
        self._sync_buttons()

    def _sync_buttons(self, *_: object) -> None:
        selected = self.selected is not None
        offline = self._connection.is_offline
        self.send_button.setEnabled(selected and not offline and self._checking is None)
        self.send_button.setToolTip(
            self.tr("The CRM cannot be reached: a pending change is sent once it is back.") if offline
            else self.tr("Read the meter from the CRM, check the change against it, and open it to send"))
        self.discard_button.setEnabled(selected and self._checking is None)


def _key_of(ean: object, kind: object) -> Key | None:
    return (str(ean), ChangeKind(kind)) if ean is not None and kind is not None else None
