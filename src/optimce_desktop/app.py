"""Composition root: command line, settings, wiring, QApplication."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from optimce_desktop import __version__

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.gui.main_window import MainWindow
    from optimce_desktop.services.tasks import TaskRunner

APP_NAME = "optimce-desktop"
LANGUAGES = ("en", "fr", "nl", "de")
SMOKE_DEADLINE_MS = 15_000
SHUTDOWN_WAIT_MS = 3_000
log = logging.getLogger("optimce_desktop")


@dataclass
class Options:
    demo: bool
    api_url: str | None
    language: str | None
    smoke: bool
    demo_meters: int | None


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        prog="optimce-desktop",
        description="Review and update the meters of your OptimCE energy communities.")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--demo", action="store_true",
                        help="use the embedded local CRM with demo data (the default)")
    target.add_argument("--api-url", metavar="URL", help="the OptimCE API gateway to connect to")
    parser.add_argument("--language", choices=LANGUAGES, help="the interface language (default: the system's)")
    parser.add_argument("--demo-meters", type=int, metavar="N", help="seed the demo community with N meters "
                        "(only when its database is created)")
    parser.add_argument("--smoke", action="store_true", help="show the main window, then quit once painted")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    return Options(demo=args.api_url is None, api_url=args.api_url, language=args.language, smoke=args.smoke,
                   demo_meters=args.demo_meters)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


def drafts_database_path(user: str) -> Path:
    """One local database per user: drafts (and the offline cache) never mix two people's work."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in user)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"{safe}.sqlite3"


def demo_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo-crm.sqlite3"


def choose_language(requested: str | None, settings: QSettings) -> str:
    for candidate in (requested, settings.value("ui/language"), QLocale.system().name()[:2]):
        if isinstance(candidate, str) and candidate[:2] in LANGUAGES:
            return candidate[:2]
    return "en"


def install_translations(app: QApplication, language: str) -> None:
    if language == "en":
        return
    for base, folder in ((f"optimce_{language}", ":/optimce/translations"),):
        translator = QTranslator(app)
        if translator.load(base, folder):
            app.installTranslator(translator)
        else:
            log.warning("no translation for %s", language)
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)


def compose_main_window(client: CrmClient, tasks: TaskRunner, settings: QSettings,
                        local_database: Path) -> MainWindow:
    """The main window with every service it works with, as the app runs it (and its tests too)."""
    from optimce_desktop.cache.database import Database
    from optimce_desktop.cache.drafts import DraftStore
    from optimce_desktop.gui.main_window import MainWindow
    from optimce_desktop.gui.update_launcher import UpdateLauncher
    from optimce_desktop.services.communities import CommunityService
    from optimce_desktop.services.members import MemberDirectory
    from optimce_desktop.services.meters import MeterService
    from optimce_desktop.services.updates import UpdateService

    meters = MeterService(client, tasks)
    window = MainWindow(CommunityService(client, tasks), meters, settings)
    members = MemberDirectory(client, tasks, window)
    meters.communityChanged.connect(lambda community: members.switch_community() if community else None)
    drafts = DraftStore(Database(local_database))
    window.update_launcher = UpdateLauncher(window, UpdateService(client, tasks, drafts, window), members)
    return window


class _QuitWhenPainted(QObject):
    """--smoke: quits with 0 once the window has painted; the deadline turns a hang into exit code 1."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QTimer.singleShot(SMOKE_DEADLINE_MS, lambda: app.exit(1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._app.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("OPTIMCE_LOG_LEVEL", "WARNING"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("OptimCE Desktop")
    app.setOrganizationName("OptimCE")
    app.setApplicationVersion(__version__)
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    language = choose_language(options.language, settings)
    from optimce_desktop.gui.style import apply_style

    apply_style(app)
    install_translations(app, language)

    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.services.tasks import TaskRunner

    emulator = None
    if options.demo:
        from optimce_desktop.emulator import DEMO_MANAGER, EmulatorServer

        emulator = EmulatorServer(demo_database_path(), meters=options.demo_meters)
        emulator.start()
        base_url = emulator.base_url
        token: str | None = emulator.token_for(DEMO_MANAGER, lifetime=30 * 24 * 3600)
        user = DEMO_MANAGER
    else:
        base_url = options.api_url or ""
        token = os.environ.get("OPTIMCE_ACCESS_TOKEN")
        user = "default"
    try:
        client = CrmClient(base_url, lambda: token, language=language)
    except ValueError as error:
        QMessageBox.critical(None, app.tr("OptimCE Desktop"), str(error))
        return 2
    tasks = TaskRunner()
    window = compose_main_window(client, tasks, settings, drafts_database_path(user))
    if options.smoke:
        window.installEventFilter(_QuitWhenPainted(app))
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        tasks.shutdown(wait_ms=SHUTDOWN_WAIT_MS)
        client.close()
        if emulator is not None:
            emulator.close()
