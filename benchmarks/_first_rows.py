"""A child process of ``offline.py``: prints "painted" as soon as the first rows (or, with ``--empty``, an
empty main window) are painted, then quits.

    python benchmarks/_first_rows.py --app ARGS...   # the app, as `optimce-desktop ARGS...` starts it
    python benchmarks/_first_rows.py --empty         # only an empty QMainWindow: the floor of a start

With ``--app``, the app's own ``main()`` runs: the sign-in shell resumes the remembered session, and the
user's main window shows their offline copy. Only Qt is imported before, so that both modes measure the same
thing, and the app imports its modules in its own order. The probe watches only the widget it measures: an
application-wide event filter would wrap every object of every event in Python, which makes PySide build all
of its types at once (tens of ms).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

DEADLINE_MS = 30_000


class _ReportPaint(QObject):
    """Event filter of the measured widget: its first paint for which ``ready()`` holds ends the process."""

    def __init__(self, parent: QObject, ready: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._ready = ready
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._ready():
            self._done = True
            QTimer.singleShot(0, _report_and_end)  # once the paint is done: this filter runs before it
        return False


def _report_and_end() -> None:
    print("painted", flush=True)
    os._exit(0)  # a probe: the app's background work (reading the rest, the network) is not waited for


def _watch_the_meter_table() -> None:
    """Watches the main window's table as the window is shown: its first paint with rows. The hook is on Qt's
    class, so that nothing of the app is imported before its ``main()``."""
    show = QMainWindow.show

    def show_watched(window: QMainWindow) -> None:
        table = getattr(getattr(window, "ui", None), "meterTable", None)  # the sign-in screen has none
        if table is not None:
            table.viewport().installEventFilter(_ReportPaint(table, lambda: table.model().rowCount() > 0))
        show(window)

    QMainWindow.show = show_watched  # type: ignore[method-assign]


def main() -> int:
    mode, app_arguments = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(DEADLINE_MS, lambda: app.exit(1))
    if mode == "--empty":
        window = QMainWindow()
        window.resize(1440, 860)
        window.installEventFilter(_ReportPaint(window, lambda: True))
        window.show()
        return app.exec()
    _watch_the_meter_table()
    from optimce_desktop.app import main as start_app

    return start_app(app_arguments)


if __name__ == "__main__":
    raise SystemExit(main())
