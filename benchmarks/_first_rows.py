"""A child process of ``offline.py``: prints "painted" as soon as the first rows (or, with ``--empty``, an
empty main window) are painted, then quits.

    python benchmarks/_first_rows.py --app ARGS...   # the app, as `optimce-desktop ARGS...` starts it
    python benchmarks/_first_rows.py --empty         # only an empty QMainWindow: the floor of a start
    python benchmarks/_first_rows.py --window-only DATABASE COMMUNITY
        # the main window's form and style sheet with the copy's first screenful, read on the GUI thread,
        # and nothing else of the app (no session, no services, no worker): the least a start of it does

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
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

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
            _report_soon()  # once the paint is done: this filter runs before it
        return False


def _report_soon() -> None:
    QTimer.singleShot(0, _report_and_end)


def _report_and_end() -> None:
    print("painted", flush=True)
    os._exit(0)  # a probe: the app's background work (reading the rest, the network) is not waited for


def _watch_the_meter_table() -> None:
    """Watches the main window's table (``meterTable``) from the moment it is given its model: its first paint
    with rows. The app's table says when its viewport has been painted (``viewportPainted``), and this probe
    hears it first, before the app's own work after that paint; a table that does not say it is watched
    through its viewport's events. (The app never asks for the viewport at start: PySide would build every
    widget class to name the type of that plain QWidget, see ``gui/meter_table_view.py``; nor does the probe.)
    The hook is on Qt's class, so that nothing of the app is imported before its ``main()``."""
    set_model = QTableView.setModel

    def set_model_watched(table: QTableView, model: QAbstractItemModel) -> None:
        set_model(table, model)
        if table.objectName() != "meterTable":
            return

        def rows_on_screen() -> bool:
            return model.rowCount() > 0

        painted = getattr(table, "viewportPainted", None)
        if painted is None:
            table.viewport().installEventFilter(_ReportPaint(table, rows_on_screen))
        else:
            painted.connect(lambda: _report_soon() if rows_on_screen() else None)

    QTableView.setModel = set_model_watched  # type: ignore[method-assign]


def _show_the_window_only(app: QApplication, database: str, community: str) -> QMainWindow:
    from optimce_desktop.cache.database import Database
    from optimce_desktop.cache.meters import SavedMeters
    from optimce_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from optimce_desktop.gui.meter_rows import Column, MeterRow
    from optimce_desktop.gui.meter_table import MeterTableModel, StatusPillDelegate
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.breathing import FIRST_SCREENFUL

    apply_style(app)
    window = QMainWindow()
    form = Ui_MainWindow()
    form.setupUi(window)
    model = MeterTableModel(window)
    form.meterTable.setModel(model)
    form.meterTable.setItemDelegateForColumn(Column.STATUS, StatusPillDelegate(form.meterTable))
    rows = SavedMeters(Database(Path(database))).iter_rows(community, first_chunk=FIRST_SCREENFUL)
    model.merge_rows([MeterRow.from_saved(saved) for saved in next(rows)])
    rows.close()
    window.resize(1440, 860)
    window.show()
    return window


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
    if mode == "--window-only":
        window = _show_the_window_only(app, *app_arguments)
        return app.exec()
    from optimce_desktop.app import main as start_app

    return start_app(app_arguments)


if __name__ == "__main__":
    raise SystemExit(main())
