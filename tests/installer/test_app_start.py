"""What a Windows user (or their IT support) gets from the app when no console shows anything: a log file
in the user's log folder, a dialog saying where it is when the start fails, the window's icon, and the
version on the command line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from optimce_desktop import __version__, logging_setup

START_THAT_FAILS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import optimce_desktop.gui.style
from optimce_desktop.app import main

def broken_style(app):
    raise RuntimeError("the style sheet is broken")

optimce_desktop.gui.style.apply_style = broken_style
app = QApplication(sys.argv[:1])

def answer_the_dialog():
    boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if not boxes:
        QTimer.singleShot(10, answer_the_dialog)
        return
    box = boxes[0]
    print("dialog:", box.windowTitle(), "|", box.text(), "|", box.informativeText(), flush=True)
    box.accept()

QTimer.singleShot(0, answer_the_dialog)
print("exit code", main(sys.argv[1:]), flush=True)
"""

SHOWN_WITH_ITS_ICON = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from optimce_desktop.app import main
from optimce_desktop.gui.main_window import MainWindow
show = MainWindow.show

def show_and_report(window):
    show(window)
    shown = time.monotonic()

    def report_once_set():  # set after the first screen (the executable's icon shows until then)
        icon = QApplication.windowIcon()
        if icon.isNull() and time.monotonic() - shown < 10:
            QTimer.singleShot(50, report_once_set)
            return
        print("icon", not icon.isNull(), not window.windowIcon().pixmap(32).isNull(), flush=True)
        os._exit(0)

    report_once_set()

MainWindow.show = show_and_report
main(["--demo"])
"""


def app_environment(tmp_path: Path) -> dict[str, str]:
    """The app's folders in ``tmp_path``: the XDG ones, and on Windows %LOCALAPPDATA% (platformdirs)."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"),
                WIN_PD_OVERRIDE_LOCAL_APPDATA=str(tmp_path / "local"),
                WIN_PD_OVERRIDE_APPDATA=str(tmp_path / "roaming"))


def run_python(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *arguments], env=app_environment(tmp_path), capture_output=True,
                          text=True, timeout=50)


def log_of(tmp_path: Path) -> Path:
    if sys.platform == "win32":
        return tmp_path / "local" / "optimce-desktop" / "Logs" / "optimce-desktop.log"
    return tmp_path / "state" / "optimce-desktop" / "log" / "optimce-desktop.log"


@pytest.mark.slow
def test_a_failed_start_says_where_its_log_is_and_the_log_has_the_traceback(tmp_path) -> None:
    result = run_python(tmp_path, "-c", START_THAT_FAILS, "--demo")

    log = log_of(tmp_path)
    dialog = f"dialog: OptimCE Desktop | OptimCE Desktop could not start because of an unexpected error. | " \
             f"What happened is written in its log file:\n{log}\n\n"
    assert dialog in result.stdout, result.stdout + result.stderr
    assert result.stdout.endswith("exit code 1\n")
    text = log.read_text(encoding="utf-8")
    assert "CRITICAL MainThread optimce_desktop: OptimCE Desktop stopped on an unexpected error" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: the style sheet is broken" in text


@pytest.mark.slow
def test_a_smoke_run_that_fails_ends_with_its_traceback_and_no_dialog(tmp_path) -> None:
    result = run_python(tmp_path, "-c", START_THAT_FAILS, "--demo", "--smoke")

    assert result.stdout == "exit code 1\n"
    assert "RuntimeError: the style sheet is broken" in result.stderr  # standard error, when there is one
    assert "RuntimeError: the style sheet is broken" in log_of(tmp_path).read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_window_has_the_apps_icon(tmp_path) -> None:
    result = run_python(tmp_path, "-c", SHOWN_WITH_ITS_ICON)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "icon True True"


def test_the_version_on_the_command_line(tmp_path) -> None:
    result = run_python(tmp_path, "-m", "optimce_desktop", "--version")

    assert (result.returncode, result.stdout.strip()) == (0, f"optimce-desktop {__version__}")


@pytest.fixture
def configured_logging(tmp_path, monkeypatch) -> Iterator[Path]:
    # beside the XDG folders of the suite's isolated_dirs
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(tmp_path / "home" / "local"))
    root = logging.getLogger()
    handlers, level, app_level = list(root.handlers), root.level, logging_setup.log.level
    hooks = sys.excepthook, __import__("threading").excepthook
    yield logging_setup.configure()
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging_setup.log.setLevel(app_level)
    sys.excepthook, __import__("threading").excepthook = hooks


def test_the_apps_messages_go_to_a_file_in_the_users_log_folder(tmp_path, configured_logging: Path) -> None:
    logging.getLogger("optimce_desktop.services.session").info("Resuming the remembered session")
    logging.getLogger("httpx").info("HTTP Request: GET https://crm.example.be/meters")
    logging.getLogger("uvicorn").warning("A library's warning")

    assert configured_logging == logging_setup.log_folder() / "optimce-desktop.log"
    assert configured_logging == log_of(tmp_path / "home")
    lines = configured_logging.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        "INFO MainThread optimce_desktop.services.session: Resuming the remembered session",
        "WARNING MainThread uvicorn: A library's warning",
    ]


def test_configuring_again_keeps_one_log_file_handler(configured_logging: Path) -> None:
    logging_setup.configure()
    file_handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging_setup._FileHandler)]
    assert [Path(h.baseFilename) for h in file_handlers] == [configured_logging]


def test_the_log_file_rotates_once_handed_over_and_loses_nothing(configured_logging: Path,
                                                                 monkeypatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2_000)
    app_log = logging.getLogger("optimce_desktop.services.session")
    app_log.info("before the hand-over")
    logging_setup.rotate_log_file()
    file_handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging_setup._FileHandler)]
    assert len(file_handlers) == 1
    for number in range(60):
        app_log.info("line %d of a long day", number)

    files = [configured_logging.with_name(f"{configured_logging.name}.{n}") for n in (3, 2, 1)]
    assert all(file.exists() for file in files) and configured_logging.stat().st_size <= 2_000
    written = "".join(file.read_text(encoding="utf-8") for file in [*files, configured_logging])
    assert "before the hand-over" in written
    assert written.count("of a long day") == 60
