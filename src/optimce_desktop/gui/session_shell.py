"""What is on screen as the session goes: the sign-in screen while nobody is signed in, the signed-in user's
main window (their workspace) once they are, a prompt over it when the session ends, and the sign-in screen
again after signing out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.services.server_settings import ServerSettings, load_server_settings
from optimce_desktop.services.session import SessionService, SessionState

if TYPE_CHECKING:
    from optimce_desktop.gui.main_window import MainWindow
    from optimce_desktop.gui.sign_in import SignInDialog


@dataclass
class Workspace:
    """A signed-in user's main window and what it works with. ``release(wait_ms)`` lets go of the
    window's background work and connections once the window is closed (``wait_ms`` at the end of the app
    only)."""

    user: str
    window: MainWindow
    release: Callable[[int], None]

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.release(0)


class SessionShell(QObject):
    workspaceOpened = Signal(QMainWindow)  # the MainWindow opened
    workspaceClosed = Signal(str)  # the user whose window closed (sign-out, or another user signed in)

    def __init__(
        self,
        session: SessionService,
        settings: QSettings,
        open_workspace: Callable[[str], Workspace],
        *,
        open_browser: Callable[[str], None] | None,
        demo: bool = False,
        server_text: str = "",
        server_settings: Callable[[], ServerSettings] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``open_browser`` opens the sign-in page (None when the provider approves at once, as the demo's
        does). ``workspaceClosed`` tells when a user's window closed for good (they signed out, or another
        user signed in), to apply what that does to the data saved on this computer."""
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._open_workspace = open_workspace
        self._open_browser = open_browser
        self._demo = demo
        self._server_settings = server_settings or (lambda: load_server_settings(settings))
        """The addresses to sign in with: the saved ones, or those given for this run."""
        self.workspace: Workspace | None = None
        self.prompt: SignInDialog | None = None
        self._notice: str | None = None
        self._server_text = server_text
        self._screen: SignInDialog | None = None
        if open_browser is not None:
            session.waitingForBrowser.connect(open_browser)
        session.signedIn.connect(self._signed_in)
        session.sessionExpired.connect(self._session_expired)
        session.signedOut.connect(self._signed_out)
        session.signOutIncomplete.connect(self._sign_out_incomplete)
        session.stateChanged.connect(self._state_changed)
        session.notice.connect(self._noticed)

    @property
    def screen(self) -> SignInDialog:
        """The sign-in screen, built when first needed: a remembered user's window opens without it."""
        if self._screen is None:
            from optimce_desktop.gui.sign_in import SignInDialog

            self._screen = SignInDialog(self._session, server_text=self._server_text,
                                        reopen_browser=self._open_browser)
            self._screen.settingsRequested.connect(self.open_settings)
        return self._screen

    # -- life cycle ----------------------------------------------------------------------------------------

    def start(self, *, sign_in_at_once: bool = False) -> None:
        """Opens the remembered user's window at once when their sign-in was remembered; else shows the
        sign-in screen (and starts signing in with ``sign_in_at_once``, as the demo does)."""
        if self._session.resume() is not None:
            return
        self.screen.show()
        if sign_in_at_once:
            self.screen.sign_in()

    def shutdown(self, wait_ms: int) -> None:
        """At the end of the app: lets the window's background work finish (``wait_ms`` at most)."""
        if self.workspace is not None:
            self.workspace.release(wait_ms)
            self.workspace = None
        if self._screen is not None:
            self._screen.deleteLater()

    def sign_out(self) -> None:
        """Closes the user's window (the sign-in screen comes back) and signs out; from the prompt over the
        window, once the user confirms it."""
        if self.prompt is not None and self.workspace is not None:
            self._confirm_sign_out(self.prompt)
        else:
            self._sign_out_now()

    def open_settings(self) -> None:
        from optimce_desktop.gui.settings_dialog import SettingsDialog

        parent = self.workspace.window if self.workspace is not None else self.screen
        dialog = SettingsDialog(self._settings, demo=self._demo,
                                signed_in=self._session.state is not SessionState.SIGNED_OUT, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._reconfigure)
        dialog.open()

    # -- the session ---------------------------------------------------------------------------------------

    def _signed_in(self, user: str) -> None:
        self._close_prompt()
        if self.workspace is not None and self.workspace.user == user:
            return  # signed in again: the window and its forms go on
        if self.workspace is not None:  # someone else signed in at the prompt: their own window
            self._close_workspace()
        workspace = self._open_workspace(user)
        self.workspace = workspace
        self._add_session_actions(workspace.window, user)
        workspace.window.show()
        if self._screen is not None:
            self._screen.hide()
        self._show_notice()
        self.workspaceOpened.emit(workspace.window)

    def _session_expired(self, message: str) -> None:
        if self.workspace is None:
            self.screen.show()
            self.screen.show_message(message)
            return
        if self.prompt is None:
            from optimce_desktop.gui.sign_in import SignInDialog

            prompt = SignInDialog(self._session, reopen_browser=self._open_browser, prompt=True,
                                  parent=self.workspace.window)
            prompt.signOutRequested.connect(self.sign_out)
            self.prompt = prompt
        self.prompt.show()

    def _signed_out(self, user: str) -> None:
        self._reconfigure()

    def _sign_out_incomplete(self, message: str) -> None:
        """The session at the sign-in server may go on: said plainly on the sign-in screen."""
        self.screen.show()
        self.screen.show_message(message, kind=Banner.WARNING)

    def _noticed(self, text: str) -> None:
        """Said once (the session will not be remembered): on the sign-in screen, and in the main window,
        which usually replaces the screen at once."""
        self._notice = text
        self._show_notice()

    def _show_notice(self) -> None:
        if self._notice is None or self.workspace is None:
            return
        banner = Banner(self.workspace.window)
        banner.setObjectName("sessionNoticeBanner")
        self.workspace.window.ui.bannerLayout.addWidget(banner)
        banner.show_message(self._notice, kind=Banner.WARNING)
        self._notice = None

    def _state_changed(self, state: SessionState) -> None:
        if self.workspace is not None:
            self.workspace.window.show_signing_in(state in (SessionState.SIGNING_IN, SessionState.EXPIRED))

    # -- inside --------------------------------------------------------------------------------------------

    def _reconfigure(self) -> None:
        """Server addresses changed in Settings apply while nobody is signed in (never in the demo)."""
        if self._demo or self._session.state is not SessionState.SIGNED_OUT:
            return
        values = self._server_settings()
        config = None
        if values.configured:
            try:
                config = values.server_config()
            except ValueError:
                config = None  # configure(None) says to fix the addresses in Settings
        if config != self._session.config:
            self._session.configure(config)
            self._server_text = server_text(config.issuer_url if config else "")
            self.screen.set_server_text(self._server_text)
            self.screen.message_banner.hide()
            if self._session.problem is not None:
                self.screen.show_message(self._session.problem)

    def _close_workspace(self) -> None:
        self._close_prompt()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()
            self.workspaceClosed.emit(workspace.user)

    def _close_prompt(self) -> None:
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            prompt.hide()
            prompt.deleteLater()

    def _sign_out_now(self) -> None:
        self.screen.show()  # first: closing the last window would quit the app
        self._close_workspace()
        self._session.sign_out()

    def _confirm_sign_out(self, prompt: SignInDialog) -> None:
        """Signs out once confirmed (the box goes with the prompt if the user signs in again meanwhile)."""
        from PySide6.QtWidgets import QMessageBox

        from optimce_desktop.gui.message_box import ask

        ask(prompt, "signOutConfirmation", icon=QMessageBox.Icon.Question, title=self.tr("Sign out?"),
            text=self.tr("Sign out now? Your windows close, and changes not yet sent are lost."),
            buttons={True: (self.tr("Sign out"), QMessageBox.ButtonRole.DestructiveRole),
                     False: QMessageBox.StandardButton.Cancel},
            escape=False, on_answer=lambda confirmed: self._sign_out_now() if confirmed else None)

    def _add_session_actions(self, window: MainWindow, user: str) -> None:
        """File → Settings… and Sign out, and who is signed in, in the status bar."""
        menu, before = window.ui.menuFile, window.ui.actionQuit
        settings_action = QAction(self.tr("&Settings…"), window)
        settings_action.setObjectName("actionSettings")
        settings_action.triggered.connect(self.open_settings)
        sign_out_action = QAction(self.tr("Sign &out"), window)
        sign_out_action.setObjectName("actionSignOut")
        sign_out_action.triggered.connect(self.sign_out)
        menu.insertAction(before, settings_action)
        menu.insertAction(before, sign_out_action)
        menu.insertSeparator(before)
        user_label = QLabel(self.tr("Signed in as {0}").format(user))
        user_label.setObjectName("userLabel")
        window.statusBar().addPermanentWidget(user_label)


def server_text(issuer_url: str) -> str:
    """The line of the sign-in screen that names the sign-in server."""
    if not issuer_url:
        return ""
    from PySide6.QtCore import QUrl

    host = QUrl(issuer_url).host() or issuer_url
    return QCoreApplication.translate("SessionShell", "Sign-in server: {0}").format(host)
