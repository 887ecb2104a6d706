"""Composition root: command line, settings, wiring, QApplication."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from optimce_desktop import __version__
from optimce_desktop.allocator import (
    collect_again,
    hold_collections,
    keep_out_of_collections,
    limit_arenas,
    start_done,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from optimce_desktop.cache.database import Database
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.domain.models import Community
    from optimce_desktop.gui.main_window import MainWindow
    from optimce_desktop.gui.session_shell import SessionShell, Workspace
    from optimce_desktop.services.meters import MeterService
    from optimce_desktop.services.session import SessionService
    from optimce_desktop.services.tasks import TaskRunner

APP_NAME = "optimce-desktop"
LANGUAGES = ("en", "fr", "nl", "de")
SMOKE_DEADLINE_MS = 15_000
SHUTDOWN_WAIT_MS = 3_000
WINDOW_ICON = ":/optimce/icons/optimce-desktop.svg"
AFTER_FIRST_SCREEN_MS = 1_000
"""What the start leaves for later (a later start looks for this one for a few seconds)."""
log = logging.getLogger("optimce_desktop")


@dataclass
class Options:
    demo: bool
    """``--demo`` was given; without it, the demo still runs while no server is set (see ``main``)."""
    api_url: str | None
    language: str | None
    smoke: bool
    demo_meters: int | None
    offline: bool = False
    issuer: str | None = None


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        prog="optimce-desktop",
        description="Review and update the meters of your OptimCE energy communities.")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--demo", action="store_true",
                        help="use the embedded local CRM and sign-in server with demo data (the default "
                        "until a server is set in Settings)")
    target.add_argument("--api-url", metavar="URL", help="the OptimCE API gateway to connect to "
                        "(instead of the one in Settings)")
    parser.add_argument("--issuer", metavar="URL", help="the OpenID issuer to sign in with (instead of the "
                        "one in Settings), e.g. https://sso.example.be/realms/optimce-realm")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="the interface language (default: the system's)")
    parser.add_argument("--demo-meters", type=int, metavar="N", help="seed the demo community with N meters "
                        "(only when its database is created)")
    parser.add_argument("--offline", action="store_true", help="start without contacting the CRM, from the "
                        "data saved on this computer (Refresh goes online)")
    parser.add_argument("--smoke", action="store_true", help="show the main window, then quit once painted")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    if args.demo and args.issuer:
        parser.error("--issuer cannot be used with --demo (the demo signs in on its own server)")
    return Options(demo=args.demo, api_url=args.api_url, language=args.language, smoke=args.smoke,
                   demo_meters=args.demo_meters, offline=args.offline, issuer=args.issuer)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


def drafts_database_path(user: str) -> Path:
    """One local database per user: drafts (and the offline copy) never mix two people's work."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in user)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"{safe}.sqlite3"


def demo_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo-crm.sqlite3"


def installer_language(settings: QSettings) -> object:
    """The language chosen in the Windows setup program, which writes it beside the settings (its
    ``installer.ini``): Windows' display language, or the user's pick, rather than the regional format."""
    path = Path(settings.fileName()).with_name("installer.ini")
    return QSettings(str(path), QSettings.Format.IniFormat).value("ui/language") if path.is_file() else None


def choose_language(requested: str | None, settings: QSettings) -> str:
    """The command line's, else the user's choice, else the setup program's, else the regional format's."""
    for candidate in (requested, settings.value("ui/language"), installer_language(settings),
                      QLocale.system().name()[:2]):
        if isinstance(candidate, str) and candidate[:2] in LANGUAGES:
            return candidate[:2]
    return "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Installs the app's translation into ``language`` (compiled into the resources, see
    ``tools/update_translations.py``) and Qt's own (standard buttons and dialogs). Returns the installed
    translators: removing them from ``app`` goes back to the source texts. English, the source language, gets
    only its plural forms ("1 pending change", "2 pending changes" for "%n pending change(s)"); Qt speaks
    English without a translator."""
    from PySide6.QtCore import QLibraryInfo

    from optimce_desktop.gui.forms import resources_rc  # noqa: F401 - registers the compiled .qm files

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    sources = [(f"optimce_{language}", ":/optimce/translations")]
    if language != "en":
        sources.append((f"qtbase_{language}", qt_folder))
    for base, folder in sources:
        translator = QTranslator(app)
        if translator.load(base, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", base, folder)
            translator.setParent(None)
    return installed


EDITING_MODULES = (
    "optimce_desktop.gui.update_launcher",
    "optimce_desktop.gui.meter_actions",
    "optimce_desktop.gui.keyboard_help",
    "optimce_desktop.services.members",
    "optimce_desktop.services.updates",
    "optimce_desktop.services.pending",
    "optimce_desktop.services.consumptions",
    "optimce_desktop.cache.drafts",
    "optimce_desktop.cache.held_drafts",
    "optimce_desktop.cache.consumptions",
    "optimce_desktop.crm.client",
    "stdnum.ean",  # the detail pane's EAN check
)
"""What ``compose_main_window`` composes once the saved rows are painted (``defer_editing``), imported on a
worker first."""


class LazyClient:
    """The CRM client, built on first use (from whichever thread needs it first), so that its imports
    (httpx, the domain models) come after the window painted the rows saved on this computer."""

    def __init__(self, build: Callable[[], CrmClient]) -> None:
        self._build = build
        self._client: CrmClient | None = None
        self._lock = threading.Lock()

    def __call__(self) -> CrmClient:
        with self._lock:
            if self._client is None:
                self._client = self._build()
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()


def compose_main_window(client: CrmClient | Callable[[], CrmClient], tasks: TaskRunner, settings: QSettings,
                        local_database: Path | Database, *, work_offline: bool = False,
                        defer_editing: bool = False, start: bool = False) -> MainWindow:
    """The main window with every service it works with, as the app runs it (and its tests too).

    ``local_database`` is the user's one SQLite file (drafts and the offline copy), or its ``Database``.
    ``work_offline`` starts without contacting the CRM. ``defer_editing`` composes the detail pane, the update
    form and pending changes (heavy imports) once the window has painted its saved rows, rather than before.
    ``start`` starts the window (``MainWindow.start()``), its saved rows being read from the disk on a
    worker while the window is built.
    """
    from optimce_desktop.cache.database import Database
    from optimce_desktop.cache.directory import SavedDirectory
    from optimce_desktop.cache.meters import SavedMeters
    from optimce_desktop.gui.local_data_banner import show_local_data
    from optimce_desktop.gui.main_window import MainWindow, remembered_community
    from optimce_desktop.gui.meter_rows import MeterRow
    from optimce_desktop.services.communities import CommunityService
    from optimce_desktop.services.connection import ConnectionMonitor
    from optimce_desktop.services.local_data import LocalDataStatus
    from optimce_desktop.services.meters import MeterService
    from optimce_desktop.services.preload import preload

    database = local_database if isinstance(local_database, Database) else Database(local_database)
    directory = SavedDirectory(database)
    connection = ConnectionMonitor(client, tasks, work_offline=work_offline)
    meters = MeterService(client, tasks, offline_copy=SavedMeters(database), connection=connection)
    if start:
        meters.set_saved_row_factory(MeterRow.from_saved)
        meters.open_copy(remembered_community(settings))
    window = MainWindow(CommunityService(client, tasks, offline_copy=directory, connection=connection),
                        meters, settings, defer_detail_pane=defer_editing)
    keep_rows_out_of_collections(meters)
    connection.setParent(window)
    local_data = LocalDataStatus(database, tasks, window)
    show_local_data(window, local_data)
    local_data.start()

    def attach_editing() -> None:
        from optimce_desktop.cache.consumptions import SavedConsumptions
        from optimce_desktop.cache.held_drafts import HoldingDraftStore
        from optimce_desktop.gui.keyboard_help import install_keyboard_help
        from optimce_desktop.gui.meter_actions import install_meter_actions
        from optimce_desktop.gui.update_launcher import UpdateLauncher
        from optimce_desktop.services.consumptions import ConsumptionService
        from optimce_desktop.services.members import MemberDirectory
        from optimce_desktop.services.pending import PendingChanges
        from optimce_desktop.services.sending import ChangeSender
        from optimce_desktop.services.updates import UpdateService

        members = MemberDirectory(client, tasks, window, offline_copy=directory, connection=connection)
        meters.communityChanged.connect(lambda community: members.switch_community() if community else None)
        drafts = HoldingDraftStore(database, on_change=local_data.poke)
        local_data.attach_drafts(drafts)
        sender = ChangeSender(client, tasks, drafts, window, connection=connection)
        updates = UpdateService(sender, tasks, window)
        pending = PendingChanges(client, tasks, drafts, connection, window, offline_copy=meters.offline_copy)
        window.set_pending_changes(pending, updates, sender)
        local_data.usableAgain.connect(pending.refresh)
        window.set_consumptions(ConsumptionService(
            client, tasks, lambda: meters.shown_community_id, window,
            offline_copy=SavedConsumptions(database), connection=connection))
        # once the consumption tab exists: the actions' exports take its requests
        actions = install_meter_actions(window, client, tasks, sender, members)
        window.update_launcher = UpdateLauncher(window, updates, members, sender, actions)
        install_keyboard_help(window)

    if defer_editing:
        window.startupSettled.connect(lambda: preload(tasks, EDITING_MODULES, then=attach_editing))
    else:
        attach_editing()
    if start:
        window.start()
    return window


def keep_rows_out_of_collections(meters: MeterService) -> None:
    """Spares the garbage collector the community's rows (see ``allocator``): they are frozen out of its walks
    as they arrive (after the window took them), and let go when another community's rows replace them."""
    shown = meters.shown_community_id

    def community_changed(community: Community | None) -> None:
        nonlocal shown
        now = community.auth_community_id if community is not None else None
        if now != shown:  # the same community keeps its rows on screen
            if shown is not None:
                collect_again()
            shown = now

    meters.listPage.connect(lambda *_: keep_out_of_collections())
    meters.communityChanged.connect(community_changed)


class Workspaces:
    """Opens each signed-in user's main window as the app composes it (their own local database, the CRM
    called with their session), and keeps the background work of a closed one until it has ended."""

    def __init__(self, session: SessionService, settings: QSettings, background: TaskRunner, *,
                 language: str, work_offline: bool = False,
                 local_database: Callable[[str], Path] = drafts_database_path) -> None:
        """``background`` runs the clean-up of a closed window's data (not the window's own tasks)."""
        self._session = session
        self._settings = settings
        self._background = background
        self._language = language
        self._work_offline = work_offline
        self._local_database = local_database
        self._closed: dict[str, TaskRunner] = {}

    def open(self, user: str) -> Workspace:
        from optimce_desktop.gui.session_shell import Workspace
        from optimce_desktop.services.tasks import TaskRunner

        session, connection = self._session, self._session.config
        assert connection is not None  # signed in, so configured

        def build_client() -> CrmClient:
            from optimce_desktop.crm.client import CrmClient

            return CrmClient(connection.gateway_url, session.access_token, language=self._language,
                             on_unauthorized=session.refresh_after_rejection, verify=connection.verify)

        client = LazyClient(build_client)
        tasks = TaskRunner()
        # started before show(): the saved rows may then be in the very first paint
        window = compose_main_window(client, tasks, self._settings, self._local_database(user),
                                     work_offline=self._work_offline, defer_editing=True, start=True)
        window.set_server_addresses(connection.gateway_url, connection.issuer_url)

        def unusable_client(error: BaseException) -> None:
            if isinstance(error, ValueError):  # the CRM's address, refused
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(None, QApplication.translate("App", "OptimCE Desktop"), str(error))
                QApplication.exit(2)
            else:
                log.error("The CRM client cannot be built", exc_info=error)

        def check_client() -> None:
            tasks.run(lambda context: client(), on_error=unusable_client)

        def release(wait_ms: int) -> None:
            """Drops the window's pending results; the connections close once its last task ended."""
            tasks.shutdown(wait_ms=wait_ms)
            self._closed[user] = tasks
            if wait_ms or tasks.pending == 0:
                client.close()
            else:
                tasks.idle.connect(client.close)

        window.startupSettled.connect(check_client)
        window.startupSettled.connect(start_done)
        return Workspace(user, window, release)

    def apply_sign_out_choice(self, user: str) -> None:
        """Once ``user``'s window closed for good (signed out, or another user signed in): removes the data
        of the CRM saved on this computer when the user chose so, after the window's work has ended."""
        from optimce_desktop.cache.retention import SignOutChoice, on_sign_out
        from optimce_desktop.gui.main_window import SETTINGS_SIGN_OUT

        if self._settings.value(SETTINGS_SIGN_OUT) != SignOutChoice.REMOVE.value:
            return
        path = self._local_database(user)

        def remove() -> None:
            self._background.run(
                lambda context: on_sign_out(path, SignOutChoice.REMOVE),
                on_error=lambda error: log.error("Could not remove %s", path, exc_info=error))

        tasks = self._closed.get(user)
        if tasks is not None and tasks.pending:
            tasks.idle.connect(remove)
        else:
            remove()

    def shutdown(self, wait_ms: int) -> None:
        for tasks in self._closed.values():
            tasks.shutdown(wait_ms=wait_ms)


def _open_in_system_browser(url: str) -> None:
    from optimce_desktop.gui.sign_in import open_in_system_browser  # the sign-in screen's module: when needed

    open_in_system_browser(url)


def _bring_to_front(shell: SessionShell) -> None:
    """Another start of the app asked for this one: its window (the sign-in screen, or the user's)."""
    from PySide6.QtCore import Qt

    window = shell.prompt or (shell.workspace.window if shell.workspace is not None else shell.screen)
    window.show()
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()
    log.info("Brought the window to the front for another start of the app")


class _QuitWhenPainted(QObject):
    """--smoke: quits with 0 once the window has painted; the deadline turns a hang into exit code 1."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QTimer.singleShot(SMOKE_DEADLINE_MS, lambda: app.exit(1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._app.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    hold_collections()  # until the first screen is shown (start_done), see allocator
    try:
        return _start(argv)
    finally:
        start_done()


def _start(argv: Sequence[str] | None) -> int:
    from optimce_desktop.gui.pyside_feature_check import answer_from_the_file

    answer_from_the_file()  # before the modules of the first screen are imported
    from optimce_desktop import logging_setup

    arguments = list(sys.argv[1:] if argv is None else argv)
    logging_setup.attach_console(arguments)  # --help, --version typed in a Windows console
    options = parse_args(arguments)
    log_file = logging_setup.configure()
    try:
        return run(options)
    except Exception:
        log.critical("OptimCE Desktop stopped on an unexpected error", exc_info=True)
        if not options.smoke:  # a smoke run ends with its traceback, never waits on a dialog
            logging_setup.show_start_failure(log_file)
        return 1


def run(options: Options) -> int:
    limit_arenas()  # before any worker thread exists
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
    from optimce_desktop.services.single_instance import SingleInstance

    instance = SingleInstance(settings_path().parent, app)
    if not instance.claim():  # the running copy comes to the front: it alone works on the user's data
        if instance.answered:
            return 0
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, QApplication.translate("App", "OptimCE Desktop"), QApplication.translate(
            "App", "OptimCE Desktop is already running, but does not answer. Close it, then start it again."))
        return 1
    from optimce_desktop.logging_setup import rotate_log_file

    # what the first screen does not need: the socket later starts look for, the log's rotation, the window
    # icon (Qt's SVG plugin; Windows shows the executable's icon, the same picture, until then)
    QTimer.singleShot(AFTER_FIRST_SCREEN_MS, instance.listen)
    QTimer.singleShot(AFTER_FIRST_SCREEN_MS, rotate_log_file)
    QTimer.singleShot(AFTER_FIRST_SCREEN_MS, lambda: app.setWindowIcon(QIcon(WINDOW_ICON)))

    from optimce_desktop.crm.auth.config import ServerConfig
    from optimce_desktop.gui.session_shell import SessionShell, server_text
    from optimce_desktop.services.server_settings import ServerSettings, load_server_settings
    from optimce_desktop.services.session import SessionService
    from optimce_desktop.services.tasks import TaskRunner

    stored = load_server_settings(settings)
    demo = options.demo or (options.api_url is None and options.issuer is None and not stored.configured)

    def server_settings() -> ServerSettings:
        return load_server_settings(settings).with_overrides(options.api_url, options.issuer)

    emulator = None
    config: ServerConfig | None
    if demo:
        from optimce_desktop.emulator import DEMO_MANAGER, EmulatorServer

        # The embedded CRM is also the sign-in server, and signs the demo manager in without asking.
        emulator = EmulatorServer(demo_database_path(), meters=options.demo_meters, auto_approve=DEMO_MANAGER)
        emulator.start()
        config = ServerConfig(emulator.base_url, emulator.issuer_url)
    else:
        values = server_settings()
        config = ServerConfig(values.gateway_url, values.issuer_url, values.client_id,
                              values.ca_bundle or None) if values.configured else None

    session_tasks = TaskRunner(max_threads=4)
    session = SessionService(config, session_tasks, settings, remember=not demo, approve_automatically=demo)
    workspaces = Workspaces(session, settings, session_tasks, language=language, work_offline=options.offline)
    shell = SessionShell(session, settings, workspaces.open, demo=demo, server_settings=server_settings,
                         open_browser=None if demo else _open_in_system_browser,
                         server_text=server_text(config.issuer_url) if config and not demo else "")
    shell.workspaceClosed.connect(workspaces.apply_sign_out_choice)
    instance.activationRequested.connect(lambda: _bring_to_front(shell))
    if options.smoke:
        quit_when_painted = _QuitWhenPainted(app)
        shell.workspaceOpened.connect(lambda window: window.installEventFilter(quit_when_painted))
    shell.start(sign_in_at_once=demo)
    if shell.workspace is None:  # the sign-in screen: no rows to wait for
        start_done()
    try:
        return app.exec()
    finally:
        shell.shutdown(wait_ms=SHUTDOWN_WAIT_MS)
        workspaces.shutdown(wait_ms=SHUTDOWN_WAIT_MS)
        session_tasks.shutdown(wait_ms=SHUTDOWN_WAIT_MS)
        session.shutdown()
        if emulator is not None:
            emulator.close()
        instance.release()
