"""The signed-in session, for the GUI: sign-in in the browser, silent sign-in at start with the remembered
refresh token, sign-out (ending the session at the provider: ``crm.auth.sign_out``), and the tokens every
CRM request carries.

Everything that touches the network or the password store runs in a background task; results and changes
of state come back as signals on the GUI thread. ``access_token`` and ``refresh_after_rejection`` are the
CRM client's hooks (called on its worker threads). The service never opens a browser itself: the GUI opens
``waitingForBrowser``'s address (the sign-in page, or the provider's end-session page while signing out),
unless the provider approves the user at once (the demo), in which case the service follows the redirect
itself.

The clients of the sign-in server (httpx, Authlib, joserfc, the password store) are built on first need:
a remembered user's window opens before them, and its first CRM request builds them on a worker thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal

from optimce_desktop.crm.auth.config import DEFAULT_BROWSER_TIMEOUT, DEFAULT_SIGN_OUT_TIMEOUT, ServerConfig
from optimce_desktop.crm.auth.errors import SignInError, SignInFailure
from optimce_desktop.services.server_settings import address_problem
from optimce_desktop.services.tasks import TaskContext, TaskRunner, TaskSlot

if TYPE_CHECKING:
    from optimce_desktop.crm.auth.loopback import RedirectPages
    from optimce_desktop.crm.auth.oidc import OidcClient
    from optimce_desktop.crm.auth.sign_out import ProviderSignOut
    from optimce_desktop.crm.auth.tokens import EndedSession, TokenManager

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SETTINGS_USER = "session/user"
SETTINGS_ISSUER = "session/issuer"
SETTINGS_AUTHENTICATE_AGAIN = "session/authenticateAgain"
"""Set by signing out, removed by the next sign-in that succeeds: until then, a sign-in asks the provider to
authenticate the user even when the browser is still signed in there, so that the next person at this
computer is not signed in as the one who signed out."""


class SessionState(Enum):
    SIGNED_OUT = "signed_out"
    SIGNING_IN = "signing_in"
    SIGNED_IN = "signed_in"
    EXPIRED = "expired"
    """The provider ended the session while the app was open: the user must sign in again (the windows
    and their forms stay open meanwhile)."""
    SIGNING_OUT = "signing_out"


class SessionService(QObject):
    stateChanged = Signal(SessionState)
    signedIn = Signal(str)  # the user
    signInFailed = Signal(str, bool)  # why, in words for the user; whether the user stopped it (Cancel)
    sessionExpired = Signal(str)  # the session ended at the provider: sign in again (forms are kept)
    signedOut = Signal(str)  # the user who signed out, once the provider was told (or could not be)
    signOutIncomplete = Signal(str)  # after signedOut: the session at the provider may go on, and why
    waitingForBrowser = Signal(str)  # the page the browser must open (sign-in, or the provider's sign-out)
    notice = Signal(str)  # something to tell once, not an error (the session will not be remembered)
    _ended = Signal(SignInError)  # from the CRM client's threads

    def __init__(
        self,
        config: ServerConfig | None,
        tasks: TaskRunner,
        settings: QSettings,
        *,
        remember: bool = True,
        approve_automatically: bool = False,
        browser_timeout: float = DEFAULT_BROWSER_TIMEOUT,
        sign_out_timeout: float = DEFAULT_SIGN_OUT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        """``config`` None (or unusable) leaves the service waiting for ``configure()``. ``remember``
        keeps the refresh token in the password store; ``approve_automatically`` is for a provider that
        signs the user in without asking (the demo's emulator): no browser is involved. ``sign_out_timeout``:
        how long signing out waits for the browser to come back from the provider's end-session page.
        ``clock`` times the tokens' lifetimes, ``wall_clock`` checks the ID tokens' dates."""
        super().__init__(parent)
        self._tasks = tasks
        self._settings = settings
        self._remember = remember
        self._approve_automatically = approve_automatically
        self._browser_timeout = browser_timeout
        self._sign_out_timeout = sign_out_timeout
        self._clock = clock
        self._wall_clock = wall_clock
        self._state = SessionState.SIGNED_OUT
        self._user: str | None = None
        self._lock = threading.Lock()  # guards the clients below, built on the GUI or a CRM client's thread
        self._config: ServerConfig | None = None
        self._built = False
        self._problem: str | None = None
        self._oidc: OidcClient | None = None
        self._tokens: TokenManager | None = None
        self._resumed: str | None = None  # the remembered user, until the token manager is built
        self._retired: list[OidcClient] = []
        self._sign_in = TaskSlot(tasks)
        self._sign_out = TaskSlot(tasks)
        self._leaving = ""  # the user whose sign-out runs in _sign_out
        self._told_not_remembered = False
        self._ended.connect(self._session_ended)
        self.configure(config)

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def user(self) -> str | None:
        """The signed-in user (also while the session is EXPIRED: the one expected to sign in again)."""
        return self._user

    @property
    def config(self) -> ServerConfig | None:
        return self._config

    @property
    def problem(self) -> str | None:
        """Why the configuration cannot be used (translated), or None. The first call builds the clients of
        the sign-in server."""
        self._clients()
        return self._problem

    def configure(self, config: ServerConfig | None) -> None:
        """Uses ``config`` for the next sign-in (only while signed out); ``problem`` then says what is wrong
        with it."""
        if self._state is not SessionState.SIGNED_OUT:
            raise RuntimeError("The servers can only change while nobody is signed in")
        with self._lock:
            if self._oidc is not None:
                self._retired.append(self._oidc)  # a task may still use it: closed at shutdown()
            self._config, self._oidc, self._tokens, self._resumed = config, None, None, None
            self._built = config is None
            self._problem = None if config is not None else translate(
                "Session", "Set the addresses of the CRM and of the sign-in server in Settings.")

    def _clients(self) -> tuple[OidcClient, TokenManager] | None:
        """The OIDC client and the token manager of the configuration, built on first need (on any thread);
        None when the configuration cannot be used (``_problem`` says why)."""
        with self._lock:
            resumed = self._resumed
            if not self._built:
                self._built = True
                self._build()
            clients = (self._oidc, self._tokens) if self._oidc is not None and self._tokens is not None \
                else None
        if clients is None and resumed is not None:  # the remembered session cannot go on with these settings
            self._ended.emit(SignInError(SignInFailure.INVALID_ANSWER, "The settings cannot be used"))
        return clients

    def _build(self) -> None:
        from optimce_desktop.crm.auth.oidc import OidcClient
        from optimce_desktop.crm.auth.tokens import TokenManager
        from optimce_desktop.crm.keyring_store import RefreshTokenStore
        from optimce_desktop.crm.transport import AddressError

        config, resumed, self._resumed = self._config, self._resumed, None
        assert config is not None
        try:
            self._oidc = OidcClient(config, clock=self._wall_clock)
        except AddressError as exc:
            self._problem = address_problem(exc)
        except (ValueError, OSError) as exc:  # an empty client id, an unreadable CA bundle
            self._problem = translate("Session", "These settings cannot be used: {0}").format(exc)
        except Exception as exc:  # noqa: BLE001 - said to the user, not raised on a CRM worker thread
            log.error("The sign-in cannot be prepared", exc_info=exc)
            self._problem = translate("Session", "The sign-in cannot be prepared ({0}).").format(
                f"{type(exc).__name__}: {exc}")
        else:
            store = RefreshTokenStore(config.issuer) if self._remember else None
            self._tokens = TokenManager(self._oidc, store, on_session_ended=self._ended.emit,
                                        clock=self._clock)
            if resumed is not None:
                self._tokens.defer_restore(resumed)

    # -- the CRM client's hooks (worker threads) ---------------------------------------------------------

    def access_token(self) -> str | None:
        clients = self._clients()
        return clients[1].access_token() if clients is not None else None

    def refresh_after_rejection(self) -> bool:
        clients = self._clients()
        return clients[1].refresh_after_rejection() if clients is not None else False

    # -- signing in ----------------------------------------------------------------------------------------

    def resume(self) -> str | None:
        """At start: when the last user's sign-in was remembered, signs them in silently and returns them.
        Nothing waits for the network: the first CRM request restores the session with the stored refresh
        token (meanwhile the app shows the data saved on this computer); if the provider refuses it, the
        session ends as at any time (``sessionExpired``)."""
        user = self._remembered_user()
        if self._state is not SessionState.SIGNED_OUT or user is None:
            return None
        with self._lock:
            if self._tokens is not None:
                self._tokens.defer_restore(user)
            elif not self._built:
                self._resumed = user
            else:
                return None  # the settings cannot be used: the sign-in screen says why
        self._user = user
        self._set_state(SessionState.SIGNED_IN)
        log.info("Resuming the remembered session of %s", user)
        self.signedIn.emit(user)
        return user

    def sign_in(self) -> None:
        """Starts a sign-in in the browser (``waitingForBrowser`` gives the page); ``signedIn`` or
        ``signInFailed`` ends it."""
        if self._state in (SessionState.SIGNING_IN, SessionState.SIGNING_OUT, SessionState.SIGNED_IN):
            return
        clients = self._clients()
        if clients is None:
            self.signInFailed.emit(self._problem or "", False)
            return
        oidc, tokens = clients
        expected = self._user if self._state is SessionState.EXPIRED else None
        authenticate_again = self._settings.value(SETTINGS_AUTHENTICATE_AGAIN, False, type=bool)
        self._set_state(SessionState.SIGNING_IN)
        pages = _redirect_pages()
        timeout = self._browser_timeout

        def work(context: TaskContext) -> tuple[str, bool]:
            from optimce_desktop.crm.auth.flow import browser_sign_in

            signed_in = browser_sign_in(oidc, show=context.report, pages=pages, timeout=timeout,
                                        cancelled=lambda: context.cancelled, login_hint=expected,
                                        reauthenticate=authenticate_again)
            context.raise_if_cancelled()
            remembered = tokens.start(signed_in)
            if context.cancelled:  # cancelled while the session was being installed: undo it here
                _end_quietly(oidc, tokens, tokens.end())
                context.raise_if_cancelled()
            assert signed_in.user is not None  # start() checked it
            return signed_in.user, remembered

        self._sign_in.run(
            work, on_progress=self._browser_page_ready,
            on_success=lambda result: self._signed_in(result[0], result[1]), on_error=self._sign_in_failed)

    def cancel(self) -> None:
        """Stops waiting for the browser: the sign-in ends at once as cancelled; signing out ends at once,
        saying that the provider's session may go on."""
        self._stop_waiting(SignInError(SignInFailure.CANCELLED))

    def _stop_waiting(self, error: BaseException) -> None:
        if self._state is SessionState.SIGNING_OUT and self._sign_out.busy:
            self._sign_out.cancel()
            self._signed_out(self._leaving, None, error)
            return
        if self._state is not SessionState.SIGNING_IN or not self._sign_in.busy:
            return
        self._sign_in.cancel()
        oidc, tokens = self._oidc, self._tokens
        if oidc is not None and tokens is not None:  # the code may have been exchanged just before
            ended = tokens.end()
            if ended is not None:
                self._tasks.run(lambda context: _end_quietly(oidc, tokens, ended))
        self._sign_in_failed(error)

    def _browser_page_ready(self, url: object) -> None:
        assert isinstance(url, str)
        self.waitingForBrowser.emit(url)
        if self._approve_automatically:
            from optimce_desktop.crm.auth.flow import follow_to_redirect

            verify = self._config.verify if self._config is not None else True
            self._tasks.run(lambda context: follow_to_redirect(url, verify=verify),
                            on_error=self._stop_waiting)

    def _signed_in(self, user: str, remembered: bool) -> None:
        self._user = user
        self._settings.remove(SETTINGS_AUTHENTICATE_AGAIN)
        if remembered:
            self._settings.setValue(SETTINGS_USER, user)
            self._settings.setValue(SETTINGS_ISSUER, self._config.issuer if self._config else "")
        else:
            self._forget_remembered_user()
            self._tell_not_remembered()
        self._set_state(SessionState.SIGNED_IN)
        log.info("Signed in as %s", user)
        self.signedIn.emit(user)

    def _sign_in_failed(self, error: BaseException) -> None:
        """Ends a failed sign-in: signed out, or still EXPIRED when it was a sign-in again (the user is
        known, and their windows stay open)."""
        message = sign_in_problem(error)
        if isinstance(error, SignInError):
            log.info("Sign-in failed: %s", error)
        else:
            log.error("Sign-in failed", exc_info=error)
        self._set_state(SessionState.EXPIRED if self._user is not None else SessionState.SIGNED_OUT)
        stopped = isinstance(error, SignInError) and error.reason is SignInFailure.CANCELLED
        self.signInFailed.emit(message, stopped)

    # -- the end of a session ----------------------------------------------------------------------------

    def _session_ended(self, error: SignInError) -> None:
        if self._state is not SessionState.SIGNED_IN:
            return
        log.info("The session ended: %s", error)
        self._set_state(SessionState.EXPIRED)
        self.sessionExpired.emit(self._problem or translate(
            "Session", "Your session has ended. Sign in again to go on: your open windows and forms are "
            "kept."))

    def sign_out(self) -> None:
        """Ends the session in the app at once and forgets the stored sign-in, then ends it at the provider
        (revocation, or its end-session page in the browser: ``waitingForBrowser``). ``signedOut`` follows;
        ``signOutIncomplete`` says when the provider's session could not be ended. The next sign-in, even
        after a restart, asks the provider to authenticate the user again."""
        if self._state in (SessionState.SIGNED_OUT, SessionState.SIGNING_OUT):
            return
        if self._state is SessionState.SIGNING_IN:
            self.cancel()
        self._settings.setValue(SETTINGS_AUTHENTICATE_AGAIN, True)
        clients, user = self._clients(), self._user
        if clients is None or user is None:
            self._user = None
            self._forget_remembered_user()
            self._set_state(SessionState.SIGNED_OUT)
            return
        oidc, tokens = clients
        restorable = tokens.restorable_user == user  # resumed at start, not yet restored: nothing in memory
        ended = tokens.end()
        self._user = None
        self._forget_remembered_user()
        self._set_state(SessionState.SIGNING_OUT)
        pages, timeout = _sign_out_pages(), self._sign_out_timeout

        def work(context: TaskContext) -> ProviderSignOut | None:
            from optimce_desktop.crm.auth.sign_out import end_provider_session

            session = ended if ended is not None or not restorable else tokens.stored_session(user)
            tokens.forget(user)
            if session is None:
                return None  # the session had already ended at the provider
            return end_provider_session(oidc, session, show=context.report, pages=pages, timeout=timeout,
                                        cancelled=lambda: context.cancelled)

        self._leaving = user
        self._sign_out.run(work, on_progress=self._browser_page_ready,
                           on_success=lambda outcome: self._signed_out(user, outcome, None),
                           on_error=lambda error: self._signed_out(user, None, error))

    def _signed_out(self, user: str, outcome: ProviderSignOut | None, error: BaseException | None) -> None:
        self._set_state(SessionState.SIGNED_OUT)
        self.signedOut.emit(user)
        problem = sign_out_problem(outcome, error)
        if problem is not None:
            log.warning("The session may go on at the sign-in server: %s",
                        error if isinstance(error, SignInError) else outcome or type(error).__name__)
            self.signOutIncomplete.emit(problem)
        else:
            log.info("Signed out at the sign-in server (%s)", outcome.value if outcome else "already ended")

    def shutdown(self) -> None:
        """Closes the connections to the provider (at the end of the app, once no task runs)."""
        with self._lock:
            clients, self._retired = [*self._retired, self._oidc], []
        for oidc in clients:
            if oidc is not None:
                oidc.close()

    # -- inside --------------------------------------------------------------------------------------------

    def _set_state(self, state: SessionState) -> None:
        if state is not self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _remembered_user(self) -> str | None:
        if not self._remember or self._config is None:
            return None
        user, issuer = self._settings.value(SETTINGS_USER), self._settings.value(SETTINGS_ISSUER)
        if isinstance(user, str) and user and issuer == self._config.issuer:
            return user
        return None

    def _forget_remembered_user(self) -> None:
        self._settings.remove(SETTINGS_USER)
        self._settings.remove(SETTINGS_ISSUER)

    def _tell_not_remembered(self) -> None:
        if self._remember and not self._told_not_remembered:
            self._told_not_remembered = True
            self.notice.emit(translate(
                "Session", "This computer has no usable password store: your session will not be "
                "remembered, and you will sign in again next time."))


def _end_quietly(oidc: OidcClient, tokens: TokenManager, ended: EndedSession | None) -> None:
    """Undoes a sign-in cancelled once its code was exchanged: forgets it, and revokes it when the provider
    offers revocation (no browser page opens for a sign-in the user stopped)."""
    from optimce_desktop.crm.auth.sign_out import end_provider_session

    if ended is None:
        return
    tokens.forget(ended.user)
    try:
        outcome = end_provider_session(oidc, ended, show=None, pages=None)
        log.info("The cancelled sign-in's session at the sign-in server: %s", outcome.value)
    except SignInError as exc:
        log.warning("Could not end the cancelled session at the sign-in server: %s", exc)


def _redirect_pages() -> RedirectPages:
    from optimce_desktop.crm.auth.loopback import RedirectPages

    return RedirectPages(
        done_title=translate("Session", "You are signed in to OptimCE Desktop"),
        done_text=translate("Session", "You can close this tab and go back to the app."),
        failed_title=translate("Session", "The sign-in did not complete"),
        failed_text=translate("Session", "Go back to OptimCE Desktop to see why, and try again."),
        language=_page_language(),
        **_stray_page(),
    )


def _sign_out_pages() -> RedirectPages:
    from optimce_desktop.crm.auth.loopback import RedirectPages

    return RedirectPages(
        done_title=translate("Session", "You are signed out of OptimCE Desktop"),
        done_text=translate("Session", "Your session at the sign-in server has ended. You can close this "
                            "tab."),
        failed_title=translate("Session", "The sign-out did not complete"),
        failed_text=translate("Session", "Go back to OptimCE Desktop to see why."),
        language=_page_language(),
        **_stray_page(),
    )


def _stray_page() -> dict[str, str]:
    """The page for a request to the app's listener that is not the answer it waits for."""
    return {
        "stray_title": translate("Session", "This page is out of date"),
        "stray_text": translate("Session", "It does not belong to what OptimCE Desktop is waiting for. Go "
                                "back to the app."),
    }


def _page_language() -> str:
    code = QLocale().name()[:2]
    return code if len(code) == 2 and code.isalpha() else "en"


def sign_out_problem(outcome: ProviderSignOut | None, error: BaseException | None) -> str | None:
    """What to tell the user when signing out could not end the session at the sign-in server (None when
    it did, or it had ended already)."""
    from optimce_desktop.crm.auth.sign_out import ProviderSignOut

    advice = translate("Session", "Close your web browser, or sign out on the sign-in server's own page, so "
                       "that nobody else at this computer can use it.")
    if error is None:
        if outcome is not ProviderSignOut.NOT_OFFERED:  # revoked, logged out, or ended already
            return None
        why = translate("Session", "the sign-in server offers no way for this app to end it")
    elif not isinstance(error, SignInError):
        why = f"{type(error).__name__}: {error}"
    else:
        match error.reason:
            case SignInFailure.CANCELLED | SignInFailure.TIMED_OUT:
                why = translate("Session", "the browser did not come back from the sign-in server's "
                                "sign-out page")
            case SignInFailure.UNREACHABLE:
                why = translate("Session", "the sign-in server cannot be reached")
            case _:
                why = translate("Session", "the sign-in server answered: {0}").format(error.detail)
    return translate("Session", "You are signed out of OptimCE Desktop, but your session at the sign-in "
                     "server may still be open: {0}. {1}").format(why, advice)


def sign_in_problem(error: BaseException) -> str:
    """Why a sign-in failed, in words for the user."""
    if not isinstance(error, SignInError):
        return translate("Session", "The sign-in failed unexpectedly ({0}).").format(
            f"{type(error).__name__}: {error}")
    match error.reason:
        case SignInFailure.CANCELLED:
            return translate("Session", "Sign-in cancelled.")
        case SignInFailure.TIMED_OUT:
            return translate("Session", "The browser did not come back in time: the sign-in was stopped. "
                             "Try again.")
        case SignInFailure.DENIED:
            return translate("Session", "The sign-in was cancelled or refused in the browser.")
        case SignInFailure.STATE_MISMATCH:
            return translate("Session", "The browser brought back an answer that does not belong to this "
                             "sign-in, so it was refused. Try again.")
        case SignInFailure.REJECTED:
            return translate("Session", "The sign-in server refused the sign-in (it may have expired, or "
                             "your session was ended). Sign in again.")
        case SignInFailure.UNREACHABLE:
            return translate("Session", "The sign-in server cannot be reached. Check the network "
                             "connection and the server's address in Settings.")
        case SignInFailure.PROVIDER_ERROR:
            return translate("Session", "The sign-in server reported an error ({0}). Check the client id "
                             "in Settings, or ask your administrator.").format(error.error or error.detail)
    return translate("Session", "The sign-in server answered something this app cannot use ({0}).").format(
        error.detail)
