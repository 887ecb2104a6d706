"""Starts the app offline with an update kept on this computer, goes back online, and reports the window's
width and minimum width against the screen's available width at each step. Run in its own process (the
screen is chosen once per process):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.layout.back_online fr [OUT]

It prints one JSON object: {"available": width, "steps": [{"step", "width", "minimum"}, ...]}.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.layout.screen_tour import settle, wait_until


def main(language: str, out: Path | None) -> dict:  # noqa: PLR0915 - one story, told in order
    from optimce_desktop.app import compose_main_window, install_translations
    from optimce_desktop.cache.database import Database
    from optimce_desktop.cache.drafts import DraftReason, DraftStore
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.domain.update import MeterDataUpdate
    from optimce_desktop.emulator import DEMO_MANAGER, GUIDE_EAN, TOURNESOLS_AUTH_ID, EmulatorServer
    from optimce_desktop.emulator.clock import brussels_today
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.connection import Reachability
    from optimce_desktop.services.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    apply_style(app)
    install_translations(app, language)
    steps: list[dict] = []
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        today = brussels_today()
        server = EmulatorServer(workdir / "crm.sqlite3", today=today).start()
        token = server.token_for(DEMO_MANAGER)
        client = CrmClient(server.base_url, lambda: token, language="en", read_timeout=10.0,
                           get_retry_delays=())
        tasks = TaskRunner(max_threads=6)
        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        database = workdir / "local.sqlite3"
        try:
            first = compose_main_window(client, tasks, settings, database)  # saves the community here
            first.show()
            first.start()
            wait_until(lambda: first.table_model.total_count > 0 and not first.ui.loadProgress.isVisible(),
                       "the list")
            first.close()
            settle()
            draft = MeterDataUpdate.from_detail(client.meter_detail(GUIDE_EAN))
            draft.amperage, draft.effective_date = 50, today + dt.timedelta(days=25)
            DraftStore(Database(database)).save(TOURNESOLS_AUTH_ID, draft, DraftReason.CRM_UNREACHABLE)

            window = compose_main_window(client, tasks, settings, database, work_offline=True)
            # who is signed in, as the session shell says it (the app's windows have it; this one is composed
            # without signing in)
            window.statusBar().addPermanentWidget(QLabel(QApplication.translate(
                "SessionShell", "Signed in as {0}").format(DEMO_MANAGER)))
            window.show()
            window.start()
            wait_until(lambda: window.table_model.total_count > 0 and window.meters.community is not None,
                       "the saved list")
            QTest.keyClicks(window.ui.searchEdit, GUIDE_EAN)  # the operator's search: the holders count warns
            window.select_meter(GUIDE_EAN)

            def note(step: str) -> None:
                settle()
                steps.append({"step": step, "width": window.frameGeometry().width(),
                              "minimum": window.minimumSizeHint().width()})
                if out is not None:
                    window.grab().save(str(out / f"back-online-{language}-{step}.png"))

            note("offline")
            window.offline_banner.action.click()
            wait_until(lambda: window.connection.state is Reachability.ONLINE, "the CRM")
            wait_until(lambda: window.notice_banner.isVisible() and window.pending_button.isVisible()
                       and window.sweep_label.isVisible(), "the drafts announced, the holders being read")
            note("online")
            window.notice_banner.close_button.click()
            note("banner-closed")
            window.close()
        finally:
            tasks.shutdown()
            wait_until(lambda: tasks.pending == 0, "the workers")
            client.close()
            server.close()
    return {"available": app.primaryScreen().availableGeometry().width(), "steps": steps}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else None)))
