"""Where the app's messages go: a rotating log file in the user's log folder, and standard error when there
is one. A Windows GUI executable has neither a console nor a standard error: started from a shortcut, its log
file is the only trace of what happened.

Also: a traceback of any unhandled exception into that log, the dialog shown when the app fails at start,
and the parent console for ``--help`` and ``--version`` typed in a Windows console.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import platformdirs

APP_NAME = "optimce-desktop"  # the folders' name, as in app.py
LOG_FILE_NAME = "optimce-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
"""The log and its four predecessors: 5 MB at most."""
LEVEL_VARIABLE = "OPTIMCE_LOG_LEVEL"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("optimce_desktop")


def log_folder() -> Path:
    """The folder of the app's log files, created if needed: ``%LOCALAPPDATA%\\optimce-desktop\\Logs`` on
    Windows, ``~/.local/state/optimce-desktop/log`` on Linux. Help → Open log folder opens it."""
    folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


class _FileHandler(logging.FileHandler):
    """The app's file handler (one per process, whatever the number of ``configure`` calls). It starts as
    logging's plain file handler, and ``rotate_log_file`` hands the file to a rotating one once the first
    screen is up: ``logging.handlers`` (and the socket, pickle and queue modules it imports) would cost the
    start some milliseconds."""


def configure() -> Path:
    """Sends the app's messages (INFO and above; any library's WARNING and above) to the log file, and
    WARNING and above to standard error when there is one (``OPTIMCE_LOG_LEVEL`` sets both levels, e.g.
    DEBUG). Logs unhandled exceptions. Returns the log file."""
    path = log_file()
    chosen = os.environ.get(LEVEL_VARIABLE, "").upper()
    level = logging.getLevelName(chosen) if chosen else None
    if not isinstance(level, int):
        level = None
    root = logging.getLogger()
    if not root.handlers and sys.stderr is not None:  # as logging.basicConfig: never twice, never into None
        console = logging.StreamHandler()
        console.setLevel(level or logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        root.addHandler(console)
    for handler in [h for h in root.handlers if isinstance(h, _FileHandler)]:
        root.removeHandler(handler)
        handler.close()
    try:
        handler = _FileHandler(path, encoding="utf-8", delay=True)
    except OSError as error:  # a read-only or full disk: the app runs without its log
        log.warning("Cannot write the log file %s: %s", path, error)
    else:
        handler.setLevel(level or logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(min(level or logging.WARNING, root.level or logging.WARNING))
    log.setLevel(level or logging.INFO)
    _log_unhandled_exceptions()
    return path


def rotate_log_file() -> None:
    """From now on the log file rotates: past ``MAX_BYTES`` it becomes ``.1`` (the older ones shift, up to
    ``BACKUPS``) and a new one starts. Nothing is lost in the hand-over: both handlers append to the file."""
    import logging.handlers

    class RotatingHandler(logging.handlers.RotatingFileHandler, _FileHandler):
        pass

    root = logging.getLogger()
    for plain in [h for h in root.handlers if type(h) is _FileHandler]:
        rotating = RotatingHandler(plain.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                   encoding="utf-8", delay=True)
        rotating.setLevel(plain.level)
        rotating.setFormatter(plain.formatter)
        root.addHandler(rotating)
        root.removeHandler(plain)
        plain.close()


def _log_unhandled_exceptions() -> None:
    """Unhandled exceptions (the main thread's, a Qt slot's, another thread's) into the log, and then to the
    hook that was there before (which prints them to standard error)."""
    previous = sys.excepthook
    if getattr(previous, "_optimce_logs", False):
        return

    def excepthook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("Unhandled exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    excepthook._optimce_logs = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook
    previous_thread_hook = threading.excepthook

    def thread_excepthook(arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_type is not SystemExit and arguments.exc_value is not None:
            log.critical("Unhandled exception in thread %s", getattr(arguments.thread, "name", "?"),
                         exc_info=(arguments.exc_type, arguments.exc_value, arguments.exc_traceback))
        previous_thread_hook(arguments)

    thread_excepthook._optimce_logs = True  # type: ignore[attr-defined]
    if not getattr(previous_thread_hook, "_optimce_logs", False):
        threading.excepthook = thread_excepthook


def show_start_failure(path: Path) -> None:
    """Tells the user the app could not start, and where its log is (the details are there). Runs its own
    event loop when none runs: nothing else is left to do."""
    from PySide6.QtCore import QCoreApplication, QDir, QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "OptimCE Desktop"),
                      QCoreApplication.translate("App", "OptimCE Desktop could not start because of an "
                                                 "unexpected error."))
    box.setInformativeText(QCoreApplication.translate(
        "App", "What happened is written in its log file:\n{path}\n\nSend that file to your IT support "
               "if this happens again.").format(path=QDir.toNativeSeparators(str(path))))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    loop = QEventLoop()
    box.finished.connect(loop.quit)
    box.open()
    loop.exec()


CONSOLE_OPTIONS = ("-h", "--help", "--version")


def attach_console(arguments: Sequence[str]) -> None:
    """On Windows, a GUI executable (PyInstaller's ``console=False``) has no standard output (``sys.stdout``
    is None, as under pythonw): ``--help`` and ``--version`` would print nothing. When typed in a console,
    they print there: the process attaches to its parent's console. (A console executable would open a
    console window at each start from a shortcut.) The console does not wait for a GUI program: its prompt
    may come back before the text; ``start /wait`` waits."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    if not any(argument in CONSOLE_OPTIONS for argument in arguments):
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # started from a shortcut
        return
    try:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - for the process
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stdout.write("\n")  # the console's prompt came back before this program wrote
    except OSError:
        sys.stdout = None  # type: ignore[assignment]
