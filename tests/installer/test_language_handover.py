"""The language chosen in the setup program (written beside the settings, in ``installer.ini``) is the app's
until its user chooses one: Windows' display language rather than the regional format."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from optimce_desktop.app import choose_language, settings_path


@pytest.fixture
def settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def setup_chose(language: str) -> None:
    # As NSIS's WriteINIStr writes it.
    path = settings_path().with_name("installer.ini")
    path.write_text(f"[ui]\r\nlanguage={language}\r\n", encoding="ascii")


def test_the_setup_programs_language_comes_before_the_regional_format(settings) -> None:
    setup_chose("de")
    assert choose_language(None, settings) == "de"


def test_the_users_choice_comes_before_the_setup_programs(settings) -> None:
    setup_chose("de")
    settings.setValue("ui/language", "fr")
    assert choose_language(None, settings) == "fr"
    assert choose_language("nl", settings) == "nl"  # and the command line before both


def test_without_a_setup_program_the_system_decides(settings) -> None:
    expected = QLocale.system().name()[:2]
    assert choose_language(None, settings) == (expected if expected in ("fr", "nl", "de") else "en")
    setup_chose("xx")  # not one of the app's languages
    assert choose_language(None, settings) == (expected if expected in ("fr", "nl", "de") else "en")
