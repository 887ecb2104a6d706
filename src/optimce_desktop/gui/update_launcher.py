"""Opens "Update data" for the main window's meter: offers a kept draft, shows the outcome."""

from __future__ import annotations

from PySide6.QtCore import QObject

from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.gui.main_window import MainWindow
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.toast import Toast
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.updates import Draft, UpdateService


class UpdateLauncher(QObject):
    def __init__(self, window: MainWindow, updates: UpdateService, members: MemberDirectory) -> None:
        super().__init__(window)
        self._window = window
        self._updates = updates
        self._members = members
        self._opening: str | None = None
        self.dialog: MeterDataUpdateDialog | None = None
        window.set_update_handler(self.open_for)

    def open_for(self, detail: MeterDetail) -> None:
        """Looks for a draft of this meter first (on a worker), then opens the form."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._opening == detail.EAN:
            return
        self._opening = detail.EAN
        if not self._members.is_loaded and not self._members.is_loading:
            self._members.load()
        self._updates.find_draft(detail.EAN, lambda draft: self._open(detail, draft), current=detail)

    def _open(self, detail: MeterDetail, draft: Draft | None) -> None:
        self._opening = None
        if detail.EAN != self._window.selected_ean:
            return  # the user moved on while the draft was looked up
        dialog = MeterDataUpdateDialog(detail, self._updates, self._members, self._window, draft=draft)
        dialog.acknowledged.connect(self._acknowledged)
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

    def _acknowledged(self, detail: MeterDetail | None) -> None:
        Toast.show_message(self._window, self.tr("Meter data updated"))
        if detail is not None:
            self._window.show_updated_detail(detail)
        else:
            self._window.reload_selected()
