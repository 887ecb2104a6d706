"""The connection as the main window shows it: a coloured dot and a word in the status bar and, while the
CRM cannot be used, a banner that says what the window shows instead and offers to try again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.dots import dot_text
from optimce_desktop.services.connection import Reachability
from optimce_desktop.services.texts import datetime_text

if TYPE_CHECKING:
    from optimce_desktop.services.connection import ConnectionMonitor
    from optimce_desktop.services.meters import MeterService

WAITING_COLOUR = "#6E7E70"
COLOURS = {
    Reachability.UNKNOWN: WAITING_COLOUR,
    Reachability.ONLINE: "#2E7D32",
    Reachability.WORKING_OFFLINE: "#9A4A00",
    Reachability.OFFLINE: "#B71C1C",
}


class ConnectionStatus(QObject):
    def __init__(self, connection: ConnectionMonitor, meters: MeterService, window: QWidget) -> None:
        super().__init__(window)
        self._connection = connection
        self._meters = meters
        self.label = QLabel()
        self.label.setObjectName("connectionLabel")
        self.banner = Banner(window)
        self.banner.actionTriggered.connect(self.try_online)

    def show_state(self) -> None:
        """The dot and its word; the banner while offline, with what the window shows from this computer."""
        state = self._connection.state
        words = {
            Reachability.UNKNOWN: self.tr("Connecting…"),
            Reachability.ONLINE: self.tr("Online"),
            Reachability.WORKING_OFFLINE: self.tr("Working offline"),
            Reachability.OFFLINE: self.tr("Offline"),
        }
        self.label.setText(dot_text(COLOURS[state], words[state]))
        if self._connection.is_offline:
            self._show_banner(state)
        else:
            self.banner.hide()

    def show_signing_in(self) -> None:
        """The user is signing in again (their session ended): said until ``show_state`` is called."""
        self.label.setText(dot_text(WAITING_COLOUR, self.tr("Signing in…")))

    def try_online(self) -> None:
        self._connection.go_online()
        self.show_state()

    def needs_crm_text(self) -> str:
        """Why an action that needs the CRM is disabled, for its tooltip."""
        if self._connection.state is Reachability.WORKING_OFFLINE:
            return self.tr("You are working offline: this needs the CRM. Refresh (F5) to go online.")
        return self.tr("The CRM cannot be reached: this needs it. The app checks again regularly.")

    def _show_banner(self, state: Reachability) -> None:
        saved_list = self._meters.saved_list
        if saved_list is not None:
            text = self.tr("Offline: showing data saved on {0}").format(datetime_text(saved_list.fetched_at))
        elif self._meters.community is None and self._meters.shown_community_id is None:
            text = self.tr("Offline: no community is saved on this computer yet.")
        else:
            text = self.tr("Offline: no data of this community is saved on this computer yet.")
        if state is Reachability.WORKING_OFFLINE:
            action = self.tr("Go online")
        elif self._connection.checking:
            action = self.tr("Checking…")
        else:
            action = self.tr("Try again")
        self.banner.show_message(text, kind=Banner.WARNING, action=action, closable=False)
        self.banner.action.setEnabled(not self._connection.checking)
