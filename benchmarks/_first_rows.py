"""A child process of ``offline.py``: prints "painted" as soon as the first rows (or, with ``--empty``, an
empty main window) are painted, then quits.

    python benchmarks/_first_rows.py URL TOKEN USER   # the user's main window, from their saved copy
    python benchmarks/_first_rows.py --empty          # only an empty QMainWindow: the floor of a start

The main window is opened as ``app.Workspaces.open`` opens a signed-in user's: ``compose_main_window``
(with a CRM client built on first use), ``start()``, ``show()``. The sign-in shell before it is not part of
this measure (signing in needs a browser, or a keyring with a remembered session, which this machine has
not). Only Qt is imported before, so that both modes measure the same thing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow


class _ReportPaint(QObject):
    """Application-wide filter: the first paint of what is watched for ends the process."""

    def __init__(self, app: QApplication, rows: bool) -> None:
        super().__init__(app)
        self._app = app
        self._rows = rows
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._done or event.type() != QEvent.Type.Paint:
            return False
        if self._rows:
            view = watched.parent()
            if not (isinstance(view, QAbstractItemView) and view.objectName() == "meterTable"
                    and view.model() is not None and view.model().rowCount() > 0):
                return False
        elif not isinstance(watched, QMainWindow):
            return False
        self._done = True
        QTimer.singleShot(0, _report_and_end)  # once the paint is done: this filter runs before it
        return False


def _report_and_end() -> None:
    print("painted", flush=True)
    os._exit(0)  # a probe: the app's background work (reading the rest, the network) is not waited for


DEADLINE_MS = 30_000


def main() -> int:
    empty = "--empty" in sys.argv
    app = QApplication(sys.argv[:1])
    app.installEventFilter(_ReportPaint(app, rows=not empty))
    QTimer.singleShot(DEADLINE_MS, lambda: app.exit(1))
    if empty:
        window = QMainWindow()
        window.resize(1440, 860)
        window.show()
        return app.exec()
    return open_window(app, *sys.argv[1:4])


def open_window(app: QApplication, url: str, token: str, user: str) -> int:
    from optimce_desktop.app import LazyClient, compose_main_window, drafts_database_path, settings_path
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.tasks import TaskRunner

    apply_style(app)

    def build_client():  # noqa: ANN202 - the type would need the import this delays
        from optimce_desktop.crm.client import CrmClient

        return CrmClient(url, lambda: token)

    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    window = compose_main_window(LazyClient(build_client), TaskRunner(), settings,
                                 Path(drafts_database_path(user)), defer_editing=True)
    window.start()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
