"""The sign-in screen (at start, and after signing out) and the same screen as a prompt over the main window
when the session ended (sign in again: every open window and form stays as it was).

The sign-in itself happens in the user's browser: this screen starts it, shows that the app waits for the
browser (with a way to open the page again, and Cancel), and says what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.services.session import SessionService, SessionState


def open_in_system_browser(url: str) -> None:
    """Opens the sign-in page in the user's default browser (never inside the app)."""
    QDesktopServices.openUrl(QUrl(url))


class SignInDialog(QDialog):
    settingsRequested = Signal()
    signOutRequested = Signal()

    def __init__(
        self,
        session: SessionService,
        *,
        server_text: str = "",
        reopen_browser: Callable[[str], None] | None = None,
        prompt: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``prompt``: the session ended while the main window (``parent``) is open; the user signs in again
        or signs out, and cannot just dismiss the prompt. ``reopen_browser`` opens the sign-in page again
        (None when no browser is involved, as in the demo)."""
        super().__init__(parent)
        self.setObjectName("signInPrompt" if prompt else "signInScreen")
        self._session = session
        self._prompt = prompt
        self._reopen_browser = reopen_browser
        self._url: str | None = None
        self.setWindowTitle(self.tr("Sign in again — OptimCE Desktop") if prompt
                            else self.tr("Sign in — OptimCE Desktop"))
        if prompt:
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._build(server_text)
        session.stateChanged.connect(self._sync)
        session.signInFailed.connect(self._failed)
        session.waitingForBrowser.connect(self._waiting)
        session.notice.connect(self.show_notice)
        self._sync()

    def _build(self, server_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        self.heading_label = QLabel(self.tr("Your session has ended") if self._prompt
                                    else self.tr("Sign in to OptimCE"))
        self.heading_label.setObjectName("headingLabel")
        self.heading_label.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.intro_label = QLabel(
            self.tr("Sign in again to go on. Your open windows and forms are kept as they are.")
            if self._prompt else
            self.tr("Sign in with your OptimCE account. The sign-in page opens in your web browser; come "
                    "back here once you are signed in."))
        self.intro_label.setObjectName("introLabel")
        self.intro_label.setWordWrap(True)
        self.server_label = QLabel(server_text)
        self.server_label.setObjectName("serverLabel")
        self.server_label.setStyleSheet("color: #6E7E70;")
        self.server_label.setVisible(bool(server_text))
        self.message_banner = Banner(self)
        self.notice_banner = Banner(self)

        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setWordWrap(True)
        self.waiting_progress = QProgressBar()
        self.waiting_progress.setObjectName("loadProgress")
        self.waiting_progress.setRange(0, 0)
        self.waiting_progress.setFixedHeight(4)
        self.waiting_progress.setTextVisible(False)
        self.reopen_button = QPushButton(self.tr("Open the sign-in page again"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setFlat(True)
        self.reopen_button.clicked.connect(self._reopen)
        waiting = QHBoxLayout()
        waiting.addWidget(self.waiting_label, 1)
        waiting.addWidget(self.reopen_button)

        buttons = QHBoxLayout()
        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.settingsRequested)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self._session.cancel)
        self.sign_in_button = QPushButton(self.tr("Sign in again") if self._prompt else self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.settings_button.setVisible(not self._prompt)
        self.sign_out_button.setVisible(self._prompt)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)

        layout.addWidget(self.heading_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.server_label)
        layout.addWidget(self.message_banner)
        layout.addWidget(self.notice_banner)
        layout.addLayout(waiting)
        layout.addWidget(self.waiting_progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.intro_label.setMinimumWidth(460)  # the width the wrapped texts take

    # -- what the shell calls ------------------------------------------------------------------------------

    def sign_in(self) -> None:
        self.message_banner.hide()
        self._session.sign_in()

    def set_server_text(self, text: str) -> None:
        self.server_label.setText(text)
        self.server_label.setVisible(bool(text))

    def show_message(self, text: str, *, kind: str = Banner.ERROR) -> None:
        self.message_banner.show_message(text, kind=kind)
        self._fit()

    def show_notice(self, text: str) -> None:
        self.notice_banner.show_message(text, kind=Banner.WARNING)
        self._fit()

    def _fit(self) -> None:
        """Takes the height the shown texts need (wrapped labels do not make a dialog grow by themselves)."""
        if self.isVisible():
            layout = self.layout()
            layout.activate()  # the new text's wrapped height, not the one cached before it
            self.adjustSize()
            if layout.hasHeightForWidth():  # adjustSize() falls short of a long wrapped message
                self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    # -- the session's progress ----------------------------------------------------------------------------

    def _sync(self, *_: object) -> None:
        state = self._session.state
        signing_in = state is SessionState.SIGNING_IN
        busy = signing_in or state is SessionState.SIGNING_OUT
        self.sign_in_button.setEnabled(not busy and self._session.problem is None)
        self.settings_button.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy)
        in_browser = self._url is not None and self._reopen_browser is not None
        self.cancel_button.setVisible(signing_in or (state is SessionState.SIGNING_OUT and in_browser))
        self.waiting_progress.setVisible(busy)
        self.waiting_label.setVisible(busy)
        if state is SessionState.SIGNING_OUT:
            self.waiting_label.setText(self.tr("Signing out in your browser…") if in_browser
                                       else self.tr("Signing out…"))
        elif signing_in:
            self.waiting_label.setText(self.tr("Waiting for you to sign in with your browser…")
                                       if self._reopen_browser is not None else self.tr("Signing in…"))
        if not busy:
            self._url = None
            in_browser = False
        self.reopen_button.setVisible(signing_in and in_browser)
        if self._session.problem is not None and not busy:
            self.message_banner.show_message(self._session.problem, kind=Banner.WARNING)
        self._fit()

    def _waiting(self, url: str) -> None:
        self._url = url
        self._sync()

    def _failed(self, message: str, stopped_by_user: bool) -> None:
        if self.isVisible():
            self.show_message(message, kind=Banner.INFO if stopped_by_user else Banner.ERROR)

    def _reopen(self) -> None:
        if self._url is not None and self._reopen_browser is not None:
            self._reopen_browser(self._url)

    # -- closing -------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape: stops waiting for the browser. The prompt stays (sign in again, or sign out); the
        screen closes."""
        if self._session.state is SessionState.SIGNING_IN:
            self._session.cancel()
            return
        if not self._prompt:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._prompt and self._session.state is not SessionState.SIGNED_IN:
            event.ignore()
            return
        if self._session.state is SessionState.SIGNING_IN:
            self._session.cancel()
        super().closeEvent(event)
