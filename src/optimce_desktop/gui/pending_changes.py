"""Pending changes: the updates kept on this computer, each checked against the meter as the CRM has it now
before the user confirms and sends it in the update form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from optimce_desktop.domain.update import Change
from optimce_desktop.gui.widgets.change_texts import value_text
from optimce_desktop.gui.widgets.confirm_buttons import mark_buttons
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.pending import PendingChange, PendingChanges, Revalidation
from optimce_desktop.services.problems import Problem, field_label
from optimce_desktop.services.texts import EMPTY, date_text, datetime_text
from optimce_desktop.services.updates import DraftReason, SettledHow, Settlement, UpdateService

EanRole = Qt.ItemDataRole.UserRole + 1
FormOpener = Callable[[Revalidation], str | None]
"""Opens the update form for a checked draft; returns why it cannot (None when it opened)."""


class PendingChangesDialog(QDialog):
    METER, CHANGES, EFFECTIVE, SAVED, CHECK = range(5)

    def __init__(self, pending: PendingChanges, updates: UpdateService, connection: ConnectionMonitor,
                 open_form: FormOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingChangesDialog")
        self.setWindowTitle(self.tr("Pending changes"))
        self.resize(900, 380)
        self._pending = pending
        self._updates = updates
        self._connection = connection
        self._open_form = open_form
        self._checks: dict[str, str] = {}
        """The latest check of each draft, in words, kept when the list is read again."""
        self._checking: str | None = None

        intro = QLabel(self.tr(
            "Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter "
            "as the CRM has it now; you then confirm it in the update form."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pendingTable")
        self.table.setAccessibleName(self.tr("Updates waiting to be sent"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Meter"), self.tr("Changes"), self.tr("Effective date"), self.tr("Saved on"),
            self.tr("Check")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((self.METER, 210), (self.CHANGES, 220), (self.EFFECTIVE, 115),
                              (self.SAVED, 135)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda item: self.check_and_send())
        self.empty_label = QLabel(self.tr("No update is waiting to be sent."))
        self.empty_label.setObjectName("noPendingChanges")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.send_button = QPushButton(self.tr("&Check and send…"))
        self.send_button.setObjectName("checkAndSendButton")
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.check_and_send)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.clicked.connect(self.discard_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        pending.listed.connect(self._show)
        pending.revalidated.connect(self._revalidated)
        pending.revalidationFailed.connect(self._revalidation_failed)
        updates.outcomeSettled.connect(self._outcome_settled)
        connection.stateChanged.connect(self._sync_buttons)
        self._show(pending.pending)

    # -- public ------------------------------------------------------------------------------------

    @property
    def selected_ean(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(EanRole) if rows else None

    def select(self, ean: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, self.METER).data(EanRole) == ean:
                self.table.selectRow(row)
                return True
        return False

    def check_text(self, ean: str) -> str:
        return self._checks.get(ean, "")

    def check_and_send(self) -> None:
        """Reads the selected meter from the CRM, checks the draft against it, then opens the form."""
        ean = self.selected_ean
        if ean is None or not self.send_button.isEnabled():
            return
        self._checking = ean
        self._set_check(ean, self.tr("Checking against the CRM…"))
        self._sync_buttons()
        self._pending.revalidate(ean)

    def discard_selected(self) -> None:
        ean = self.selected_ean
        if ean is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the update?"),
                          self.tr("The update of meter {0} will not be sent, and its draft is deleted from "
                                  "this computer.").format(ean), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardDraftConfirmation")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        mark_buttons(box, primary=None, default=keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is discard:
            self._checks.pop(ean, None)
            self._updates.discard_draft(ean)

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, pending: list[PendingChange]) -> None:
        selected = self.selected_ean
        self.table.setRowCount(len(pending))
        for row, change in enumerate(pending):
            update = change.draft.update
            meter = f"{change.ean}\n{change.address}" if change.address else change.ean
            changed = "\n".join(self._change_text(c) for c in change.changes) or EMPTY
            cells = (meter, changed, date_text(update.effective_day), datetime_text(change.draft.saved_at),
                     self._checks.get(change.ean) or self._reason_text(change.draft.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(EanRole, change.ean)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty_label.setVisible(not pending)
        self.table.setVisible(bool(pending))
        if not (selected and self.select(selected)) and pending:
            self.table.selectRow(0)
        self._sync_buttons()

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

    def _set_check(self, ean: str, text: str) -> None:
        self._checks[ean] = text
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.CHECK)
            if item is not None and item.data(EanRole) == ean:
                item.setText(text)
                item.setToolTip(text)
        self.table.resizeRowsToContents()

    def _revalidated(self, result: Revalidation) -> None:
        ean = result.detail.EAN
        if ean == self._checking:
            self._checking = None
        if result.already_applied:
            self._set_check(ean, self.tr("Already applied in the CRM: nothing left to send"))
            self._updates.discard_draft(ean)
        else:
            errors = len(result.errors)
            if errors:
                text = self.tr("%n problem(s) to correct in the form", "", errors)
            elif result.differences:
                text = self.tr("The meter changed since: check the form, then send")
            else:
                text = self.tr("Ready: confirm in the form to send")
            self._set_check(ean, text)
            cannot = self._open_form(result)
            if cannot:
                self._set_check(ean, cannot)
        self._sync_buttons()

    def _outcome_settled(self, ean: str, settlement: Settlement) -> None:
        """The CRM was asked again about an update of unknown outcome (its row goes once it is applied)."""
        if settlement.applied:
            self._set_check(ean, self.tr("Applied by the CRM: nothing left to send"))
        elif settlement.how is SettledHow.NOT_APPLIED:
            self._set_check(ean, self.tr("Not applied (the app stopped while sending it): check and send "
                                         "it again"))
        else:
            self._set_check(ean, self.tr("Not confirmed by the CRM: check it, then send it again if needed"))

    def _revalidation_failed(self, ean: str, problem: Problem) -> None:
        if ean == self._checking:
            self._checking = None
        self._set_check(ean, self.tr("Not checked: {0}").format(problem.message))
        self._sync_buttons()

    def _sync_buttons(self, *_: object) -> None:
        selected = self.selected_ean is not None
        offline = self._connection.is_offline
        self.send_button.setEnabled(selected and not offline and self._checking is None)
        self.send_button.setToolTip(
            self.tr("The CRM cannot be reached: a pending change is sent once it is back.") if offline
            else self.tr("Read the meter from the CRM, check the update against it, and open it to send"))
        self.discard_button.setEnabled(selected and self._checking is None)
