"""The installed app starts on its embedded default, paints its window and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

REMEMBERED_START = """
import os, sys
from PySide6.QtCore import QSettings
from optimce_desktop.app import main, settings_path
from optimce_desktop.gui.main_window import MainWindow
from optimce_desktop.services.session import SETTINGS_ISSUER, SETTINGS_USER

settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
settings.setValue(SETTINGS_USER, "demo-manager")
settings.setValue(SETTINGS_ISSUER, sys.argv[2])
settings.sync()
show = MainWindow.show

def show_and_report(window):
    show(window)
    loaded = [name for name in ("httpx", "authlib", "joserfc", "keyring", "pydantic") if name in sys.modules]
    print("shown", window.windowTitle(), loaded, flush=True)
    os._exit(0)

MainWindow.show = show_and_report
main(["--api-url", sys.argv[1], "--issuer", sys.argv[2]])
"""


def app_environment(tmp_path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"))


@pytest.mark.slow
def test_demo_smoke_run_exits_zero_without_noise(tmp_path):
    result = subprocess.run([sys.executable, "-m", "optimce_desktop", "--demo", "--smoke"],
                            env=app_environment(tmp_path),
                            capture_output=True, text=True, timeout=50)
    assert result.returncode == 0, result.stderr
    noise = [line for line in result.stderr.splitlines()
             if line.strip() and "propagateSizeHints" not in line]
    assert noise == []
    assert (tmp_path / "data" / "optimce-desktop" / "demo-crm.sqlite3").exists()


@pytest.mark.slow
def test_a_remembered_user_sees_their_window_before_the_network_and_sign_in_libraries_load(tmp_path):
    """The start of a remembered user is quick: their window (and saved rows) comes first; the HTTP client,
    the OpenID and password-store libraries and the wire models load afterwards, in the background."""
    gateway, issuer = "http://127.0.0.1:8800", "http://127.0.0.1:8800/realms/optimce-realm"
    result = subprocess.run([sys.executable, "-c", REMEMBERED_START, gateway, issuer],
                            env=app_environment(tmp_path), capture_output=True, text=True, timeout=50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown OptimCE Desktop []", result.stdout
