"""Starts the app in French on this process's screen, as at a first start, and reports where the list's
columns are against the list's visible width and how the detail pane shows its current cards; then drags
the splitter and the holder column's edge with the mouse, closes the window and starts it again, and reports
both. Run in its own process (the screen is chosen once per process):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.layout.list_beside_detail [OUT]

It prints one JSON object: {"first": view, "dragged": sizes, "again": view} (see ``view`` and ``sizes``).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.layout.screen_tour import settle, wait_until

COLUMNS = ("ADDRESS", "HOLDER", "EAN", "STATUS")


def sizes(window) -> dict:  # noqa: ANN001 - a MainWindow
    from optimce_desktop.gui.meter_rows import Column

    table = window.ui.meterTable
    return {"splitter": window.ui.mainSplitter.sizes(),
            "columns": {name: table.columnWidth(Column[name]) for name in COLUMNS}}


def view(window) -> dict:  # noqa: ANN001 - a MainWindow
    """Where each column is in the list (left and right edges, in the viewport) and the list's visible width;
    the detail's current cards: how many side by side, each card's width and the least it needs, and whether
    the pane scrolls sideways."""
    from optimce_desktop.gui.meter_rows import Column

    table = window.ui.meterTable
    header = table.horizontalHeader()
    pane = window.detail_pane
    cards = [pane.current_cards.description, pane.current_cards.energy, pane.current_cards.financial]
    return {
        **sizes(window),
        "visible": table.viewport().width(),
        "order": [Column(header.logicalIndex(i)).name for i in range(header.count())
                  if not header.isSectionHidden(header.logicalIndex(i))],
        "edges": {name: [table.columnViewportPosition(Column[name]),
                         table.columnViewportPosition(Column[name]) + table.columnWidth(Column[name])]
                  for name in COLUMNS},
        "cards_across": pane.current_cards.row.columns,
        "cards": [[card.width(), card.one_column_width()] for card in cards],
        "scrolls_sideways": pane.scroll_area.horizontalScrollBar().maximum() > 0,
    }


def open_window(client, tasks, settings: QSettings, database: Path):  # noqa: ANN001, ANN201
    """The window as the app opens it (its detail pane built once the first rows are painted), showing the
    guide's meter."""
    from optimce_desktop.app import compose_main_window
    from optimce_desktop.emulator import GUIDE_EAN

    window = compose_main_window(client, tasks, settings, database, defer_editing=True)
    window.show()
    window.start()
    wait_until(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible(),
               "the list")
    wait_until(lambda: window._detail_pane is not None, "the detail pane")
    assert window.select_meter(GUIDE_EAN)
    wait_until(lambda: window.detail_pane.shown_ean == GUIDE_EAN, "the meter's detail")
    # the editing actions come a moment later (their buttons sit in the detail's header)
    wait_until(lambda: window.update_launcher is not None, "the editing actions")
    settle()
    return window


def drag(widget, start: QPoint, by: int) -> None:  # noqa: ANN001 - a QWidget
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(widget, start + QPoint(by * step // 4, 0))
    end = start + QPoint(by, 0)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle()


def main(out: Path | None) -> dict:
    from optimce_desktop.app import install_translations
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.emulator import DEMO_MANAGER, EmulatorServer
    from optimce_desktop.emulator.clock import brussels_today
    from optimce_desktop.gui.meter_rows import Column
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    apply_style(app)
    install_translations(app, "fr")
    screen = app.primaryScreen()
    name = f"{screen.size().width()}x{screen.size().height()}@{round(screen.logicalDotsPerInch() / 96 * 100)}"
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        server = EmulatorServer(workdir / "crm.sqlite3", today=brussels_today()).start()
        token = server.token_for(DEMO_MANAGER)
        client = CrmClient(server.base_url, lambda: token, language="en", read_timeout=10.0,
                           get_retry_delays=())
        tasks = TaskRunner(max_threads=6)
        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        try:
            window = open_window(client, tasks, settings, workdir / "local.sqlite3")
            first = view(window)
            if out is not None:
                window.grab().save(str(out / f"list-beside-detail-{name}-first.png"))
            splitter = window.ui.mainSplitter
            handle = splitter.handle(1)
            drag(handle, handle.rect().center(), 40)
            header = window.ui.meterTable.horizontalHeader()
            edge = header.sectionViewportPosition(Column.HOLDER) + header.sectionSize(Column.HOLDER) - 1
            drag(header.viewport(), QPoint(edge, header.height() // 2), 30)
            dragged = sizes(window)
            window.close()
            window.deleteLater()
            settle()
            window = open_window(client, tasks, settings, workdir / "local.sqlite3")
            again = view(window)
            if out is not None:
                window.grab().save(str(out / f"list-beside-detail-{name}-again.png"))
            window.close()
        finally:
            tasks.shutdown()
            wait_until(lambda: tasks.pending == 0, "the workers")
            client.close()
            server.close()
    return {"first": first, "dragged": dragged, "again": again}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)))
