"""The sign-in screen and the settings dialog, as the user sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from optimce_desktop.crm.auth import ServerConfig
from optimce_desktop.emulator import DEMO_MANAGER
from optimce_desktop.gui.settings_dialog import SettingsDialog
from optimce_desktop.gui.sign_in import SignInDialog
from optimce_desktop.services.server_settings import (
    KEY_CA_BUNDLE,
    KEY_GATEWAY,
    KEY_ISSUER,
    KEY_LANGUAGE,
    ServerField,
    load_server_settings,
)
from optimce_desktop.services.session import SessionState
from tests.support.screenshots import save_screenshot


def test_the_sign_in_screen_waits_for_the_browser_and_can_be_cancelled(qtbot, styled_app,
                                                                       make_session) -> None:
    opened: list[str] = []
    session, events = make_session(browser=opened.append)
    screen = SignInDialog(session, server_text="Sign-in server: sso.example.be", reopen_browser=opened.append)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.sign_in_button.isEnabled() and not screen.cancel_button.isVisible()
    assert not screen.waiting_label.isVisible()
    save_screenshot(screen, "sign-in-screen.png")

    screen.sign_in_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1 and screen.reopen_button.isVisible(), timeout=5000)
    assert not screen.sign_in_button.isEnabled() and screen.cancel_button.isVisible()
    assert screen.waiting_label.text() == "Waiting for you to sign in with your browser…"
    save_screenshot(screen, "sign-in-waiting.png")
    screen.reopen_button.click()
    assert opened == [opened[0], opened[0]]

    screen.cancel_button.click()

    assert session.state is SessionState.SIGNED_OUT and screen.sign_in_button.isEnabled()
    assert screen.message_banner.isVisible() and screen.message_banner.message.text() == "Sign-in cancelled."
    assert screen.message_banner.property("kind") == "info"


def test_escape_on_the_screen_stops_waiting_first(qtbot, styled_app, make_session) -> None:
    opened: list[str] = []
    session, _ = make_session(browser=opened.append)
    screen = SignInDialog(session)
    qtbot.addWidget(screen)
    screen.show()
    screen.sign_in()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    screen.reject()
    assert screen.isVisible() and session.state is SessionState.SIGNED_OUT
    screen.reject()
    assert not screen.isVisible()


def test_a_failed_sign_in_is_shown_as_an_error(qtbot, styled_app, make_session, browser, emulator) -> None:
    emulator.oidc.auto_approve = None
    session, _ = make_session(browser=lambda url: browser.sign_in(url, user=None))
    screen = SignInDialog(session)
    qtbot.addWidget(screen)
    screen.show()
    screen.sign_in()
    qtbot.waitUntil(lambda: screen.message_banner.isVisible(), timeout=10_000)
    assert "cancelled or refused in the browser" in screen.message_banner.message.text()
    assert screen.message_banner.property("kind") == "error"


def test_a_notice_that_the_session_is_not_remembered(qtbot, styled_app, make_session, browser,
                                                     emulator) -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    emulator.oidc.auto_approve = DEMO_MANAGER
    session, events = make_session(browser=browser.sign_in, wall_clock=emulator.auth_clock)
    screen = SignInDialog(session)
    qtbot.addWidget(screen)
    screen.show()
    screen.sign_in()
    qtbot.waitUntil(lambda: bool(events.signed_in), timeout=10_000)
    assert screen.notice_banner.isVisible()
    assert "will not be remembered" in screen.notice_banner.message.text()


def test_an_unusable_server_address_is_explained_and_sign_in_disabled(qtbot, styled_app,
                                                                      make_session) -> None:
    session, _ = make_session(config=ServerConfig("http://crm.example.be", "https://sso.example.be/r"))
    screen = SignInDialog(session)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.sign_in_button.isEnabled() and screen.settings_button.isEnabled()
    assert "plain http" in screen.message_banner.message.text()
    save_screenshot(screen, "sign-in-unusable-address.png")


def test_the_prompt_cannot_be_dismissed_but_offers_to_sign_out(qtbot, styled_app, make_session) -> None:
    session, _ = make_session()
    prompt = SignInDialog(session, prompt=True)
    qtbot.addWidget(prompt)
    asked: list[bool] = []
    prompt.signOutRequested.connect(lambda: asked.append(True))
    prompt.show()
    assert prompt.sign_out_button.isVisible() and not prompt.settings_button.isVisible()
    assert prompt.heading_label.text() == "Your session has ended"
    prompt.reject()
    assert prompt.isVisible()
    prompt.sign_out_button.click()
    assert asked == [True]


def settings_dialog(qtbot, settings: QSettings, **options) -> SettingsDialog:
    dialog = SettingsDialog(settings, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_settings_dialog_refuses_plain_http_to_another_machine(qtbot, styled_app,
                                                                   session_settings) -> None:
    dialog = settings_dialog(qtbot, session_settings)
    assert dialog.save_button.isEnabled()  # nothing set: the demo runs until a server is chosen
    assert dialog.client_id_edit.text() == "optimce-desktop"

    dialog.gateway_edit.setText("http://crm.example.be")
    dialog.issuer_edit.setText("https://sso.example.be/realms/optimce-realm")

    message = dialog.messages[ServerField.GATEWAY]
    assert message.isVisible() and "plain http" in message.text()
    assert "http://crm.example.be" in message.text()
    assert not dialog.messages[ServerField.ISSUER].isVisible()
    assert not dialog.save_button.isEnabled()
    save_screenshot(dialog, "settings-dialog-refused.png")
    dialog.accept()
    assert dialog.isVisible() and session_settings.value(KEY_GATEWAY) is None

    dialog.gateway_edit.setText("http://127.0.0.1:8800")
    assert not message.isVisible() and dialog.save_button.isEnabled()


def test_the_settings_dialog_saves_the_servers_and_the_language(qtbot, styled_app, session_settings,
                                                                tmp_path) -> None:
    bundle = tmp_path / "proxy-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = settings_dialog(qtbot, session_settings, signed_in=True)
    assert "once you sign out" in dialog.note_label.text()
    dialog.gateway_edit.setText("https://api.optimce.example")
    dialog.issuer_edit.setText("https://sso.optimce.example/realms/optimce-realm")
    dialog.ca_bundle_edit.setText(str(tmp_path / "missing.pem"))
    assert "No such file" in dialog.messages[ServerField.CA_BUNDLE].text()
    dialog.ca_bundle_edit.setText(str(bundle))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    save_screenshot(dialog, "settings-dialog.png")

    dialog.save_button.click()

    assert not dialog.isVisible()
    assert session_settings.value(KEY_ISSUER) == "https://sso.optimce.example/realms/optimce-realm"
    assert session_settings.value(KEY_CA_BUNDLE) == str(bundle)
    assert session_settings.value(KEY_LANGUAGE) == "fr"
    stored = load_server_settings(session_settings)
    config = stored.server_config()
    assert config.gateway_url == "https://api.optimce.example" and config.verify == str(bundle)


def test_the_settings_dialog_in_the_demo_says_where_the_addresses_apply(qtbot, styled_app,
                                                                        session_settings) -> None:
    dialog = settings_dialog(qtbot, session_settings, demo=True)
    assert "without --demo" in dialog.note_label.text()


def test_browse_picks_the_ca_bundle_in_a_file_chooser_over_the_settings(qtbot, styled_app, session_settings,
                                                                         tmp_path) -> None:
    bundle = tmp_path / "proxy-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = settings_dialog(qtbot, session_settings)
    dialog.ca_bundle_edit.setText(str(tmp_path / "missing.pem"))
    browse = dialog.findChild(QPushButton, "browseCaBundleButton")

    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    [chooser] = [c for c in dialog.findChildren(QFileDialog, "caBundleChooser") if c.isVisible()]
    assert chooser.windowModality() is Qt.WindowModality.WindowModal
    assert Path(chooser.directory().absolutePath()) == tmp_path  # where the typed file would be
    chooser.reject()
    assert dialog.ca_bundle_edit.text() == str(tmp_path / "missing.pem")

    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    [chooser] = [c for c in dialog.findChildren(QFileDialog, "caBundleChooser") if c.isVisible()]
    chooser.selectFile(str(bundle))
    chooser.accept()
    assert dialog.ca_bundle_edit.text() == str(bundle)
    assert not dialog.messages[ServerField.CA_BUNDLE].isVisible() and dialog.save_button.isEnabled()
