"""The app's sign-in as a user lives it, with the real shell, main window and services on the emulator: the
sign-in screen opens the main window; an ended session asks to sign in again over the open update form,
which keeps what was typed; signing out goes back to the sign-in screen (asked first from that prompt), and
the next person at the computer signs in as themselves, though the browser was still signed in at the
provider as the one who signed out; server addresses saved in Settings apply to the next sign-in."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from optimce_desktop.app import Workspaces
from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, MEMBER_ONLY, EmulatorServer
from optimce_desktop.emulator.oidc import STANDARD
from optimce_desktop.gui.main_window import SETTINGS_SIGN_OUT
from optimce_desktop.gui.session_shell import SessionShell
from optimce_desktop.gui.settings_dialog import SettingsDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.services.server_settings import KEY_GATEWAY, KEY_ISSUER, load_server_settings
from optimce_desktop.services.session import SessionService, SessionState
from tests.fixtures.auth import ScriptedBrowser
from tests.fixtures.services import answer_box
from tests.support.screenshots import save_screenshot


class Clock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_app(qtbot, styled_app, emulator: EmulatorServer, server_config, session_tasks, tmp_path):
    """Starts of the app as ``main()`` wires it (without the demo's automatic approval), on the same
    settings (the emulator's addresses saved in them, as in Settings) and keyring each time: a scripted
    browser signs in."""
    settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    settings.setValue(KEY_GATEWAY, server_config.gateway_url)
    settings.setValue(KEY_ISSUER, server_config.issuer_url)
    started: list[tuple[SessionShell, SessionService, Workspaces]] = []

    def make(*, open_browser=None, server_settings=None,
             **session_options) -> tuple[SessionShell, SessionService, Clock]:
        """One start of the app (``open_browser``: the scripted browser's sign-in by default)."""
        clock = Clock()
        session = SessionService(server_config, session_tasks, settings, clock=clock,
                                 wall_clock=emulator.auth_clock, **session_options)
        workspaces = Workspaces(session, settings, session_tasks, language="en",
                                local_database=lambda user: tmp_path / f"{user}.sqlite3")
        browser = ScriptedBrowser(emulator)
        shell = SessionShell(session, settings, workspaces.open, open_browser=open_browser or browser.sign_in,
                             server_text="Sign-in server: 127.0.0.1", server_settings=server_settings)
        shell.workspaceClosed.connect(workspaces.apply_sign_out_choice)
        started.append((shell, session, workspaces))
        return shell, session, clock

    make.settings = settings  # type: ignore[attr-defined]
    yield make
    for shell, session, workspaces in started:
        session.cancel()
        if shell.workspace is not None:
            shell.workspace.window.close()
        shell.shutdown(wait_ms=0)
        workspaces.shutdown(wait_ms=0)
    qtbot.waitUntil(lambda: session_tasks.pending == 0, timeout=10_000)
    for _, session, _ in started:
        session.shutdown()


def test_an_ended_session_asks_to_sign_in_again_and_keeps_the_open_form(qtbot, make_app,
                                                                       emulator) -> None:
    shell, session, clock = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    assert shell.screen.isVisible() and shell.workspace is None

    shell.screen.sign_in_button.click()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    assert window.isVisible() and not shell.screen.isVisible()
    user_label = window.findChild(type(window.connection_label), "userLabel")
    assert user_label.text() == f"Signed in as {DEMO_MANAGER}"

    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and window.update_launcher is not None,
                    timeout=15_000)
    assert window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN, timeout=5000)
    window.open_update_dialog()
    qtbot.waitUntil(lambda: window.update_launcher.dialog is not None
                    and window.update_launcher.dialog.isVisible(), timeout=5000)
    dialog = window.update_launcher.dialog
    dialog.ui.descriptionEdit.setPlainText("Typed before the session ended")

    # An administrator ends the session; five minutes later the access token has expired too.
    emulator.oidc.end_sessions(DEMO_MANAGER)
    clock.now += 301
    emulator.auth_clock.advance(301)
    window.reload_selected()

    qtbot.waitUntil(lambda: shell.prompt is not None and shell.prompt.isVisible(), timeout=10_000)
    prompt = shell.prompt
    assert session.state is SessionState.EXPIRED
    assert "Signing in…" in window.connection_label.text()
    assert dialog.isVisible() and dialog.ui.descriptionEdit.toPlainText() == "Typed before the session ended"
    save_screenshot(prompt, "sign-in-again.png")

    prompt.reject()  # Escape does not dismiss it: sign in again, or sign out
    assert prompt.isVisible()
    prompt.sign_in_button.click()
    qtbot.waitUntil(lambda: shell.prompt is None and session.state is SessionState.SIGNED_IN, timeout=10_000)

    assert shell.workspace is not None and shell.workspace.window is window
    assert dialog.isVisible() and dialog.ui.descriptionEdit.toPlainText() == "Typed before the session ended"
    assert "Signing in…" not in window.connection_label.text()


def test_signing_out_returns_to_the_sign_in_screen(qtbot, make_app, emulator, memory_keyring) -> None:
    shell, session, _ = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    closed: list[str] = []
    shell.workspaceClosed.connect(closed.append)
    sign_out = next(a for a in window.ui.menuFile.actions() if a.objectName() == "actionSignOut")
    assert [a.text() for a in window.ui.menuFile.actions()][-4:-1] == ["&Settings…", "Sign &out", ""]
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.table_model.total_count > 0, timeout=15_000)
    save_screenshot(window, "main-window-signed-in.png")

    sign_out.trigger()

    assert shell.screen.isVisible() and shell.workspace is None and closed == [DEMO_MANAGER]
    qtbot.waitUntil(lambda: session.state is SessionState.SIGNED_OUT, timeout=5000)
    qtbot.waitUntil(lambda: emulator.oidc.active_sessions() == 0, timeout=5000)
    assert memory_keyring.secrets == {}
    assert shell.screen.sign_in_button.isEnabled()


def test_addresses_given_for_this_run_are_kept_after_signing_out(qtbot, make_app, emulator,
                                                                  server_config) -> None:
    settings = make_app.settings
    settings.remove(KEY_GATEWAY)
    settings.remove(KEY_ISSUER)  # nothing saved: the addresses come from --api-url and --issuer
    for_this_run = lambda: load_server_settings(settings).with_overrides(  # noqa: E731
        server_config.gateway_url, server_config.issuer_url)
    shell, session, _ = make_app(server_settings=for_this_run)
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    shell.sign_out()
    qtbot.waitUntil(lambda: session.state is SessionState.SIGNED_OUT, timeout=5000)
    assert session.config == server_config and session.problem is None
    assert shell.screen.sign_in_button.isEnabled() and not shell.screen.message_banner.isVisible()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)


def test_a_sign_out_that_may_leave_the_providers_session_open_says_so(qtbot, make_app,
                                                                       emulator) -> None:
    """A standard provider ends its session in the browser: the user closes that page instead of letting
    it finish (Cancel on the screen meanwhile), and the screen says plainly what that leaves."""
    emulator.oidc.profile = STANDARD
    browser = ScriptedBrowser(emulator)
    sign_out_pages: list[str] = []
    shell, session, _ = make_app(open_browser=lambda url: sign_out_pages.append(url)
                                 if "post_logout_redirect_uri=" in url else browser.sign_in(url))
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)

    shell.sign_out()

    screen = shell.screen
    qtbot.waitUntil(lambda: bool(sign_out_pages) and screen.cancel_button.isVisible(), timeout=5000)
    assert session.state is SessionState.SIGNING_OUT and not screen.sign_in_button.isEnabled()
    assert screen.waiting_label.text() == "Signing out in your browser…"
    save_screenshot(screen, "signing-out-in-the-browser.png")
    screen.cancel_button.click()

    assert session.state is SessionState.SIGNED_OUT and screen.sign_in_button.isEnabled()
    assert screen.message_banner.isVisible() and screen.message_banner.property("kind") == "warning"
    assert screen.message_banner.message.text().startswith(
        "You are signed out of OptimCE Desktop, but your session at the sign-in server may still be open: "
        "the browser did not come back from the sign-in server's sign-out page.")
    assert emulator.oidc.active_sessions() == 1
    banner = screen.message_banner
    assert banner.geometry().bottom() < screen.sign_in_button.geometry().top()  # the whole text is shown
    assert banner.height() >= banner.sizeHint().height()
    save_screenshot(screen, "signed-out-provider-session-open.png")


def user_label(window):
    return window.findChild(type(window.connection_label), "userLabel")


def test_after_signing_out_the_next_operator_signs_in_as_themselves(qtbot, make_app, emulator) -> None:
    """Operator A signs out of a shared computer; B clicks Sign in in the same browser, where the provider
    signed A in: the provider asks who signs in, and the app is B's. B quits: the next start is B's at
    once."""
    browser = ScriptedBrowser(emulator)  # the system browser: it keeps the provider's cookies
    shell, session, _ = make_app(open_browser=browser.sign_in)
    shell.start()
    shell.screen.sign_in_button.click()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    assert user_label(window).text() == f"Signed in as {DEMO_MANAGER}"

    next(a for a in window.ui.menuFile.actions() if a.objectName() == "actionSignOut").trigger()
    qtbot.waitUntil(lambda: session.state is SessionState.SIGNED_OUT, timeout=5000)
    browser.user = MEMBER_ONLY
    shell.screen.sign_in_button.click()

    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    assert user_label(window).text() == f"Signed in as {MEMBER_ONLY}" and session.user == MEMBER_ONLY
    assert browser.forms == [DEMO_MANAGER, MEMBER_ONLY]
    window.close()  # B quits the app

    later_shell, later_session, _ = make_app(open_browser=browser.sign_in)  # and starts it again
    later_shell.start()
    assert later_shell.workspace is not None and not later_shell.screen.isVisible()
    assert user_label(later_shell.workspace.window).text() == f"Signed in as {MEMBER_ONLY}"
    assert later_session.state is SessionState.SIGNED_IN and browser.forms == [DEMO_MANAGER, MEMBER_ONLY]


def test_a_remembered_user_opens_their_window_without_the_sign_in_screen(qtbot, make_app, emulator) -> None:
    first_shell, _, _ = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    first_shell.start()
    first_shell.screen.sign_in()
    qtbot.waitUntil(lambda: first_shell.workspace is not None, timeout=10_000)
    first_shell.workspace.window.close()  # the user quits the app

    shell, session, _ = make_app()  # and starts it again
    shell.start()

    assert shell.workspace is not None and not shell.screen.isVisible()
    window = shell.workspace.window
    qtbot.waitUntil(lambda: window.table_model.total_count > 0, timeout=15_000)
    assert session.user == DEMO_MANAGER and session.state is SessionState.SIGNED_IN


def test_signing_out_removes_the_saved_data_when_the_user_chose_so(qtbot, make_app, emulator,
                                                                   tmp_path) -> None:
    make_app.settings.setValue(SETTINGS_SIGN_OUT, "remove")
    shell, session, _ = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    qtbot.waitUntil(lambda: window.table_model.total_count > 0, timeout=15_000)
    saved = tmp_path / f"{DEMO_MANAGER}.sqlite3"
    assert saved.exists()

    shell.sign_out()

    qtbot.waitUntil(lambda: not saved.exists(), timeout=10_000)


def test_without_a_password_store_the_main_window_says_it_once(qtbot, make_app, emulator) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    shell, _, _ = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    banners = [b for b in window.findChildren(Banner) if b.objectName() == "sessionNoticeBanner"]
    assert len(banners) == 1 and banners[0].isVisible()
    assert "will not be remembered" in banners[0].message.text()


def test_signing_out_from_the_prompt_asks_first(qtbot, make_app, emulator) -> None:
    shell, session, clock = make_app()
    emulator.oidc.auto_approve = DEMO_MANAGER
    shell.start()
    shell.screen.sign_in()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=10_000)
    window = shell.workspace.window
    qtbot.waitUntil(lambda: window.table_model.total_count > 0, timeout=15_000)
    assert window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN, timeout=5000)
    emulator.oidc.end_sessions(DEMO_MANAGER)
    clock.now += 301
    emulator.auth_clock.advance(301)
    window.reload_selected()
    qtbot.waitUntil(lambda: shell.prompt is not None and shell.prompt.isVisible(), timeout=10_000)
    prompt = shell.prompt

    prompt.sign_out_button.click()
    assert answer_box(qtbot, prompt, "signOutConfirmation", "Cancel") == (
        "Sign out now? Your windows close, and changes not yet sent are lost.\n")
    assert shell.workspace is not None and window.isVisible() and prompt.isVisible()
    assert session.state is SessionState.EXPIRED

    prompt.sign_out_button.click()
    answer_box(qtbot, prompt, "signOutConfirmation", "Sign out")
    assert shell.workspace is None and shell.prompt is None and shell.screen.isVisible()
    qtbot.waitUntil(lambda: session.state is SessionState.SIGNED_OUT, timeout=5000)


def test_server_addresses_saved_in_settings_apply_to_the_sign_in_screen(qtbot, make_app) -> None:
    shell, session, _ = make_app()
    shell.start()
    screen = shell.screen
    assert screen.server_label.text() == "Sign-in server: 127.0.0.1"

    def opened_settings() -> SettingsDialog:
        screen.settings_button.click()
        [dialog] = [d for d in screen.findChildren(SettingsDialog) if d.isVisible()]
        return dialog

    dialog = opened_settings()
    dialog.issuer_edit.setText("https://sso.example.be/realms/optimce-realm")
    dialog.gateway_edit.setText("https://crm.example.be")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and screen.server_label.text() == "Sign-in server: 127.0.0.1"

    dialog = opened_settings()
    dialog.issuer_edit.setText("https://sso.example.be/realms/optimce-realm")
    dialog.gateway_edit.setText("https://crm.example.be")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and screen.server_label.text() == "Sign-in server: sso.example.be"
    assert session.config is not None and session.config.gateway_url == "https://crm.example.be"
