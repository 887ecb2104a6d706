"""Opens "Update data" for the main window's meter: offers a kept draft, shows the outcome, and tells what
became of changes whose outcome was not known (sent without an answer, or by an app that stopped)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.gui.main_window import MainWindow
from optimce_desktop.gui.meter_actions import MeterActions
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.pending import Revalidation
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.texts import date_text
from optimce_desktop.services.updates import Draft, Settlement, UpdateService

if TYPE_CHECKING:
    from optimce_desktop.gui.meter_detail import DetailPane


class UpdateLauncher(QObject):
    def __init__(self, window: MainWindow, updates: UpdateService, members: MemberDirectory,
                 sender: ChangeSender, actions: MeterActions) -> None:
        """``actions``: the window's other changes to a meter, whose forms may be waiting for an outcome."""
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._updates = updates
        self._members = members
        self._opening: str | None = None
        self._notices: list[Settlement] = []
        self.dialog: MeterDataUpdateDialog | None = None
        window.set_update_handler(self.open_for)
        # Each read of the list or of a meter is a chance to settle an update of unknown outcome; the first
        # list read after a start settles the drafts of updates that were being sent when the app stopped.
        window.meters.listFinished.connect(lambda present, when: updates.check_unsettled())
        window.meters.detailLoaded.connect(updates.note_detail)
        sender.settled.connect(self._outcome_settled)
        window.installEventFilter(self)
        if window.meters.community is not None:
            updates.check_unsettled()  # composed after the list was read (a deferred start)

    def open_for(self, detail: MeterDetail, checked: Revalidation | None = None) -> None:
        """Opens the form: on the draft ``checked`` against ``detail`` (from Pending changes), or on the
        meter's draft if it has one (looked for on a worker)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._opening == detail.EAN:
            return
        if not self._members.is_loaded and not self._members.is_loading:
            self._members.load()
        if checked is not None:
            self._open(detail, checked)
            return
        self._opening = detail.EAN
        self._updates.find_draft(detail.EAN, lambda draft: self._open(detail, draft), current=detail)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._updates.shutdown()
        return super().eventFilter(watched, event)

    def _open(self, detail: MeterDetail, draft: Draft | Revalidation | None) -> None:
        self._opening = None
        if detail.EAN != self._window.selected_ean:
            return  # the user moved on while the draft was looked up
        dialog = MeterDataUpdateDialog(detail, self._updates, self._members, self._window, draft=draft)
        dialog.acknowledged.connect(lambda fresh: self._acknowledged(fresh, dialog.applied_update))
        dialog.savedAsDraft.connect(self._saved_as_draft)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _saved_as_draft(self, draft: Draft) -> None:
        Toast.show_message(self._window, self.tr(
            "Saved as a draft: send it from Pending changes once the CRM is back"), kind="info")

    def _acknowledged(self, detail: MeterDetail | None, update: MeterDataUpdate | None) -> None:
        starts = update.effective_day if update is not None else None
        if starts is not None and starts > dt.date.today():
            Toast.show_message(self._window, self.tr("Meter data updated: takes effect on {0}").format(
                date_text(starts)))
        else:
            Toast.show_message(self._window, self.tr("Meter data updated"))
        if detail is None:
            self._window.reload_selected()
            return
        self._window.show_updated_detail(detail)
        if starts is not None and starts > dt.date.today() and detail.EAN == self._window.selected_ean:
            show_scheduled_period(self._window.detail_pane, starts)

    def _outcome_settled(self, ean: str, settlement: Settlement) -> None:
        """What became of a change (of any kind) whose outcome was not known, unless the form that sent it
        is on screen and says it."""
        if self._told_by_a_form(settlement):
            return
        if settlement.applied and settlement.detail is not None:
            self._window.show_updated_detail(settlement.detail)
        banner = self._window.notice_banner
        if not banner.isVisible():
            self._notices.clear()
        self._notices = [*self._notices[-2:], settlement]
        text = "\n".join(notice.message for notice in self._notices)
        if all(notice.applied for notice in self._notices):
            banner.show_message(text, kind=Banner.INFO)
        else:  # "Review" opens Pending changes, where what was not applied waits
            banner.show_message(text, kind=Banner.WARNING, action=self.tr("Review"))


    def _told_by_a_form(self, settlement: Settlement) -> bool:
        if settlement.kind is not ChangeKind.UPDATE:
            return self._actions.tells(settlement)
        dialog = self.dialog
        return (dialog is not None and dialog.isVisible() and dialog.ean == settlement.ean
                and dialog.awaits_outcome)


def show_scheduled_period(pane: DetailPane, starts: dt.date) -> None:
    """Opens "History and future" on the period starting on ``starts``: an update that takes effect later
    does not change the current data."""
    model = pane.timeline_model
    row = next((r for r in range(model.rowCount()) if (p := model.period_at(r)) and p.start_date == starts),
               None)
    if row is None:
        return
    pane.tabs.setCurrentWidget(pane.timeline_view.parentWidget())
    pane.timeline_view.selectRow(row)
