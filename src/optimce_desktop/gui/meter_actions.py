"""The rest of a meter's life in the main window: add, modify, deactivate, cancel a scheduled change, and
the exports. ``install_meter_actions`` adds the actions to the window's menus and buttons next to the
widgets they act on (found by object name), and enables each for the selected meter only when the CRM
would accept it, saying why otherwise. Offline, they work from the offline copy and keep the change as a
draft, sent later from Pending changes.

Only meters of the active community's list are acted on: the CRM checks no community on these routes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QLayout, QMenu, QPushButton, QWidget

from optimce_desktop.domain import deactivation as deactivation_rules
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.meter_form import MeterModification
from optimce_desktop.domain.models import MeterDetail, Period
from optimce_desktop.domain.new_meter import NewMeter, list_item_of
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel, is_scheduled
from optimce_desktop.gui.meter_action_dialog import MeterActionDialog
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.connection import ClientSource
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.meter_actions import MeterActionService, WriteResult
from optimce_desktop.services.outcome_checks import Settlement
from optimce_desktop.services.pending import Revalidation, Verdict
from optimce_desktop.services.sending import ChangeSender, Sent
from optimce_desktop.services.tasks import TaskRunner
from optimce_desktop.services.texts import date_text

if TYPE_CHECKING:
    from optimce_desktop.gui.main_window import MainWindow


def install_meter_actions(window: MainWindow, client: ClientSource, tasks: TaskRunner, sender: ChangeSender,
                          members: MemberDirectory, *,
                          today: Callable[[], dt.date] = dt.date.today) -> MeterActions:
    """Adds Add / Modify / Deactivate / Export and "Cancel the scheduled change" to ``window``; the changes
    go through ``sender``, the window's way to the CRM for every change to a meter; the holders are picked
    from ``members``, the community's directory the update form uses too."""
    actions = MeterActions(window, sender, members, today=today)
    from optimce_desktop.gui.meter_exports import MeterExports

    actions.exports = MeterExports(window, client, tasks)
    return actions


class MeterActions(QObject):
    def __init__(self, window: MainWindow, sender: ChangeSender, members: MemberDirectory, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self.setObjectName("meterActions")
        self._window = window
        self._today = today
        self.service = MeterActionService(sender, self)
        self.dialog: QWidget | None = None
        self.exports: QObject | None = None
        self._members = members
        self._select_when_listed: str | None = None
        self.add_action = self._action("actionAddMeter", self.tr("&Add a meter…"), self.open_add)
        self.modify_action = self._action("actionModifyMeter", self.tr("M&odify meter…"), self.open_modify)
        self.deactivate_action = self._action("actionDeactivateMeter", self.tr("&Deactivate meter…"),
                                              self.open_deactivation)
        self._add_to_meter_menu([self.add_action, self.modify_action, self.deactivate_action])
        pane = window.detail_pane
        self.modify_button = self._button_beside(
            pane, "updateDataButton", "modifyMeterButton", self.tr("Modify"), self.modify_action)
        self.deactivate_button = self._button_beside(
            pane, "updateDataButton", "deactivateMeterButton", self.tr("Deactivate"), self.deactivate_action)
        self.delete_scheduled_button = self._button_below(
            pane, "timelineTable", "deleteScheduledPeriodButton", self.tr("Cancel this scheduled change…"),
            self.open_cancel_scheduled)
        self._connect(window)
        self.sync()

    # -- building --------------------------------------------------------------------------------------

    def configure(self, *, today: Callable[[], dt.date], check_delays: Sequence[float]) -> None:
        """Another "today" and other re-read delays (a demo day, quicker checks)."""
        self._today = today
        self.service.set_check_delays(check_delays)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _add_to_meter_menu(self, actions: list[QAction]) -> None:
        menu = self._window.findChild(QMenu, "menuMeter")
        if menu is None:
            self._window.addActions(actions)  # shortcuts still work without the menu
            return
        anchor = self._window.findChild(QAction, "actionRefreshMeter")
        before = anchor if anchor is not None and anchor in menu.actions() else None
        for action in actions:
            menu.insertAction(before, action)

    @staticmethod
    def _button_beside(root: QWidget, anchor_name: str, name: str, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action.trigger)
        anchor = root.findChild(QWidget, anchor_name)
        found = _layout_holding(anchor) if anchor is not None else None
        if found is not None:
            layout, index = found
            layout.insertWidget(index, button)
            _tab_after(_focusable_before(anchor), button)  # Tab reaches it where it is shown
        return button

    @staticmethod
    def _button_below(root: QWidget, anchor_name: str, name: str, text: str,
                      slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        anchor = root.findChild(QWidget, anchor_name)
        found = _layout_holding(anchor) if anchor is not None else None
        if found is not None:
            layout, index = found
            layout.insertWidget(index + 1, button, 0, Qt.AlignmentFlag.AlignLeft)
            _tab_after(anchor, button)
        return button

    def _connect(self, window: MainWindow) -> None:
        meters = window.meters
        meters.detailLoaded.connect(self.sync)
        meters.communityChanged.connect(self.sync)
        meters.listFinished.connect(self.sync)
        meters.listFinished.connect(self._select_created)
        window.connection.stateChanged.connect(self.sync)
        window.ui.meterTable.selectionModel().currentChanged.connect(self.sync)
        pane = window.detail_pane
        pane.timeline_view.selectionModel().currentRowChanged.connect(self.sync)
        pane.timeline_model.modelReset.connect(self.sync)
        self.service.resultReady.connect(self._on_result)

    # -- what may be done ------------------------------------------------------------------------------

    def selected_detail(self) -> MeterDetail | None:
        """The selected meter's detail, when it is shown and in the active community's list."""
        window = self._window
        detail = window.detail_pane.detail
        community = window.active_community
        if detail is None or community is None or detail.EAN != window.selected_ean:
            return None
        if window.meters.shown_community_id != community.auth_community_id:
            return None
        return detail if window.table_model.meter_row(detail.EAN) is not None else None

    def selected_period(self) -> Period | None:
        pane = self._window.detail_pane
        index = pane.timeline_view.selectionModel().currentIndex()
        return pane.timeline_model.period_at(index.row()) if index.isValid() else None

    def add_refusal(self) -> str | None:
        window = self._window
        community = window.active_community
        if community is None or window.meters.shown_community_id != community.auth_community_id:
            return self.tr("Open a community first: the new meter joins its list.")
        if not community.can_manage:
            return self.tr("Your role in this community does not allow adding meters: it needs a manager or "
                           "an administrator.")
        return None

    def modify_refusal(self) -> str | None:
        detail = self.selected_detail()
        if detail is None:
            return self.tr("Select a meter of the community's list.")
        if self.service.is_busy(detail.EAN):
            return self.tr("A change of this meter is being sent.")
        return None

    def deactivation_refusal(self) -> str | None:
        detail = self.selected_detail()
        if detail is None:
            return self.tr("Select a meter of the community's list.")
        if self.service.is_busy(detail.EAN):
            return self.tr("A change of this meter is being sent.")
        refusal = deactivation_rules.refusal(detail, self._today())
        if refusal is deactivation_rules.Refusal.ALREADY_SCHEDULED:
            return self.tr("This meter's deactivation is already scheduled: cancel that change first to pick "
                           "another date.")
        if refusal is not None:
            return self.tr("Only an active meter can be deactivated.")
        return None

    def cancel_scheduled_refusal(self) -> str | None:
        detail = self.selected_detail()
        if detail is None:
            return self.tr("Select a meter of the community's list.")
        period = self.selected_period()
        if not is_scheduled(period, self._today()):
            return self.tr("Only a scheduled change (a period that starts after today) can be cancelled; "
                           "current and past periods are history.")
        if self.service.is_busy(detail.EAN):
            return self.tr("A change of this meter is being sent.")
        return None

    def sync(self, *_: object) -> None:
        _enable(self.add_action, self.add_refusal(),
                self.tr("Create a meter in this community, with its first configuration period"))
        _enable(self.modify_action, self.modify_refusal(),
                self.tr("Change the meter's address, number, tariff group, phases and reading frequency"))
        self.modify_button.setEnabled(self.modify_action.isEnabled())
        self.modify_button.setToolTip(self.modify_action.toolTip())
        _enable(self.deactivate_action, self.deactivation_refusal(),
                self.tr("Make this meter inactive from a date you choose"))
        self.deactivate_button.setEnabled(self.deactivate_action.isEnabled())
        self.deactivate_button.setToolTip(self.deactivate_action.toolTip())
        refusal = self.cancel_scheduled_refusal()
        self.delete_scheduled_button.setEnabled(refusal is None)
        self.delete_scheduled_button.setToolTip(refusal or self.tr(
            "Delete this scheduled period; the period before it can run on again"))

    # -- opening ---------------------------------------------------------------------------------------

    def _community_id(self) -> str:
        community = self._window.active_community
        return community.auth_community_id if community is not None else ""

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()  # type: ignore[attr-defined]
        self.sync()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def open_add(self) -> None:
        community = self._window.active_community
        if community is None or self.add_refusal() is not None:
            return
        from optimce_desktop.gui.add_meter_dialog import AddMeterDialog

        table = self._window.table_model
        self._open(AddMeterDialog(self.service, community.auth_community_id, community.name,
                                  lambda ean: table.meter_row(ean) is not None, self._members,
                                  self._window, today=self._today()))

    def open_modify(self) -> None:
        detail = self.selected_detail()
        if detail is None or self.modify_refusal() is not None:
            return
        from optimce_desktop.gui.meter_dialog import ModifyMeterDialog

        self._open(ModifyMeterDialog(detail, self.service, self._community_id(), self._window,
                                     today=self._today()))

    def open_deactivation(self) -> None:
        detail = self.selected_detail()
        if detail is None or self.deactivation_refusal() is not None:
            return
        from optimce_desktop.gui.deactivation_dialog import DeactivationDialog

        self._open(DeactivationDialog(detail, self.service, self._community_id(), self._window,
                                      today=self._today()))

    def open_cancel_scheduled(self) -> None:
        detail, period = self.selected_detail(), self.selected_period()
        if detail is None or period is None or self.cancel_scheduled_refusal() is not None:
            return
        from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog

        self._open(CancelScheduledDialog(detail, period, self.service, self._community_id(), self._window,
                                         today=self._today()))

    def open_draft(self, checked: Revalidation) -> str | None:
        """Opens the form of a draft checked against the CRM (from Pending changes), pre-filled from it and
        made against the meter as the CRM has it now; returns why it cannot (None when it opened)."""
        window, change = self._window, checked.change
        community = window.active_community
        if community is None or window.meters.shown_community_id != community.auth_community_id:
            return self.tr("Open the draft's community first.")
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.tr("Another form is open: finish it or close it first.")
        if isinstance(change, NewMeter):
            from optimce_desktop.gui.add_meter_dialog import AddMeterDialog

            table = window.table_model
            dialog: MeterActionDialog = AddMeterDialog(
                self.service, community.auth_community_id, community.name,
                lambda ean: table.meter_row(ean) is not None, self._members, window,
                today=self._today())
            dialog.restore(change, ean_taken=checked.detail is not None)
        else:
            detail = checked.detail
            if detail is None or not window.show_meter(detail.EAN):
                return self.tr("This meter is no longer in the community's list: its change cannot be sent.")
            window.show_updated_detail(detail)
            dialog = self._dialog_of(change, detail)
        self._open(dialog)
        dialog.announce_draft(checked.draft.saved_at, changed=checked.verdict is Verdict.CHANGED)
        return None

    def _dialog_of(self, change: MeterChange, detail: MeterDetail) -> MeterActionDialog:
        community_id, today = self._community_id(), self._today()
        if isinstance(change, MeterModification):
            from optimce_desktop.gui.meter_dialog import ModifyMeterDialog

            modify = ModifyMeterDialog(detail, self.service, community_id, self._window, today=today)
            modify.restore(change.fields)
            return modify
        if isinstance(change, Deactivation):
            from optimce_desktop.gui.deactivation_dialog import DeactivationDialog

            deactivation = DeactivationDialog(detail, self.service, community_id, self._window, today=today)
            deactivation.restore(change.day)
            return deactivation
        assert isinstance(change, ScheduledChangeCancel)
        from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog

        period = next(p for p in detail.timeline if p.id == change.period.id)  # checked: still scheduled
        cancel = CancelScheduledDialog(detail, period, self.service, community_id, self._window, today=today)
        cancel.restore(change.reopen_previous)
        return cancel

    # -- outcomes ----------------------------------------------------------------------------------------

    def tells(self, settlement: Settlement) -> bool:
        """The form on screen awaits what ``settlement`` says, and tells it."""
        dialog = self.dialog
        return isinstance(dialog, MeterActionDialog) and dialog.awaits(settlement.ean, settlement.kind)

    def _on_result(self, result: WriteResult) -> None:
        if result.outcome is Sent.KEPT:
            Toast.show_message(self._window, self.tr(
                "Saved as a draft: send it from Pending changes once the CRM is back"), kind="info")
        if result.outcome is not Sent.APPLIED:
            self.sync()
            return
        window, write = self._window, result.write
        # An outcome settled later with no form on screen is told in the window's banner.
        told_here = isinstance(self.dialog, MeterActionDialog) and self.dialog.answers(write)
        if write.kind is ChangeKind.ADD:
            self._show_created(result, told_here)
            return
        messages = {
            ChangeKind.DEACTIVATE: self._deactivated_text(write.change),
            ChangeKind.MODIFY: self.tr("Meter {0} modified").format(write.ean),
            ChangeKind.CANCEL_SCHEDULED: self.tr("Scheduled change of meter {0} cancelled").format(write.ean),
        }
        if told_here:
            Toast.show_message(window, messages.get(write.kind, self.tr("Meter {0} saved").format(write.ean)))
        if result.detail is None:
            window.reload_selected()
        elif window.table_model.meter_row(write.ean) is not None:
            window.show_updated_detail(result.detail)
        self.sync()

    def _deactivated_text(self, change: MeterChange) -> str:
        """Done today, or planned: a deactivation from a later date is not done yet."""
        day = change.day if isinstance(change, Deactivation) else None
        if day is not None and day > self._today():
            return self.tr("Meter {0} will be deactivated on {1}").format(change.ean, date_text(day))
        return self.tr("Meter {0} deactivated").format(change.ean)

    def _show_created(self, result: WriteResult, told_here: bool) -> None:
        """The new meter joins the list and is selected (once the list has it)."""
        window, write = self._window, result.write
        if told_here:
            Toast.show_message(window, self.tr("Meter {0} created").format(write.ean))
        if result.detail is None:  # created, but its re-read failed: the list read gives its row
            self._select_when_listed = write.ean
            window.refresh()
        else:
            window.meters.add_listed_meter(list_item_of(result.detail, self._today()), write.community_id)
            window.show_new_meter(write.ean)
            window.show_updated_detail(result.detail)
        self.sync()

    def _select_created(self, *_: object) -> None:
        ean, self._select_when_listed = self._select_when_listed, None
        if ean is not None:
            self._window.show_meter(ean)



def _enable(action: QAction, refusal: str | None, tip: str) -> None:
    action.setEnabled(refusal is None)
    action.setToolTip(refusal or tip)
    action.setStatusTip(refusal or tip)


def _layout_holding(widget: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout that holds ``widget`` (searched from its parent's layout down), and its index."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return _search(layout, widget) if layout is not None else None


def _search(layout: QLayout, widget: QWidget) -> tuple[QBoxLayout, int] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget and isinstance(layout, QBoxLayout):
            return layout, index
        child = item.layout()
        if child is not None and (found := _search(child, widget)) is not None:
            return found
    return None


def _focusable_before(widget: QWidget) -> QWidget:
    """The control Tab reaches just before ``widget`` (``widget`` itself when there is none)."""
    previous = widget.previousInFocusChain()
    while previous is not widget and previous.focusPolicy() == Qt.FocusPolicy.NoFocus:
        previous = previous.previousInFocusChain()
    return previous


def _tab_after(first: QWidget, second: QWidget) -> None:
    """A button added to a built pane comes last in its focus chain: it moves to just after ``first``."""
    if first is not second and first.focusPolicy() != Qt.FocusPolicy.NoFocus:
        QWidget.setTabOrder(first, second)
