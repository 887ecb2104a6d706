"""Opens the app's windows on one emulated screen, in each language, checks that they fit, and saves their
screenshots in the folder OUT when one is given. Run in its own process (the Qt platform, hence the screen,
is chosen once per process):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.layout.screen_tour en,fr [OUT]

It prints one JSON object: {"problems": [...], "views": [...]}, the views being the windows looked at.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.gui.layout import layout_checks as checks

WAIT_MS = 20_000


def wait_until(condition: Callable[[], bool], what: str) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > WAIT_MS:
            raise TimeoutError(f"waited in vain for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    """Lets pending layouts and paints happen (posted events only: no waiting on a clock)."""
    for _ in range(3):
        QApplication.processEvents()


class Tour:
    def __init__(self, out: Path | None, screen_name: str) -> None:
        self.out = out
        self.screen_name = screen_name
        self.problems: list[str] = []
        self.views: list[str] = []
        self.language = "en"

    def note(self, found: list[str]) -> None:
        self.problems.extend(f"[{self.screen_name} {self.language}] {problem}" for problem in found)

    def shoot(self, widget: QWidget, name: str) -> None:
        settle()
        view = f"{self.screen_name}-{self.language}-{name}"
        if self.out is not None:
            widget.grab().save(str(self.out / f"{view}.png"))
        self.views.append(view)

    def check_window(self, window: QWidget, name: str) -> None:
        settle()
        self.note(checks.window_outside_area(window))
        self.note(checks.hidden_buttons(window))
        self.note(checks.forms_cut_at_the_side(window))
        self.shoot(window, name)


def cell_width(text: str, font: QFont) -> int:
    return QFontMetrics(font).horizontalAdvance(text) + 8  # the item view's text margins


def check_main_window(tour: Tour, window) -> None:  # noqa: ANN001 - a MainWindow
    from optimce_desktop.gui.meter_rows import Column
    from optimce_desktop.gui.meter_table import pill_width

    table = window.ui.meterTable
    pane = window.detail_pane
    tour.check_window(window, "main")
    for column, what in ((Column.ADDRESS, "address column"), (Column.HOLDER, "holder column"),
                         (Column.EAN, "EAN column"), (Column.STATUS, "status column")):
        tour.note(checks.column_beyond_view(table, column, what))
    tour.note(checks.column_cut(table, Column.STATUS, pill_width, "status pill in the list"))
    tour.note(checks.pill_cut(table, Column.STATUS, "status pill in the list"))
    tour.note(checks.status_cut(table, Column.STATUS, "status pill in the list"))
    tour.note(checks.column_cut(table, Column.EAN, cell_width, "EAN in the list"))
    tour.note(checks.column_cut(table, Column.METER_NUMBER, cell_width, "meter number in the list"))
    for label, what in ((pane.ean_label, "EAN title"), (pane.meter_number_label, "meter number"),
                        (pane.status_pill, "status pill"),
                        (pane.current_cards.status_pill, "current period's status pill"),
                        (pane.meter_card.value_label("ean"), "EAN in its card"),
                        (pane.meter_card.value_label("meterNumber"), "meter number in its card")):
        tour.note(checks.label_cut(label, what))
    bar = window.statusBar()
    bar.layout().activate()  # the holders' count changes as they are read: laid out for its text now
    for label in bar.findChildren(QLabel):
        if label.isVisible() and label.text() and (label.geometry().right() > bar.width()
                                                   or label.width() < label.minimumSizeHint().width()):
            tour.note([f"the status bar cuts {label.text()!r}"])
    cards = pane.current_cards
    scroll = pane.findChild(QWidget, "detailScroll")
    if scroll is not None and scroll.horizontalScrollBar().maximum() > 0:
        tour.note([f"the detail is {scroll.widget().minimumSizeHint().width()} px wide at least, its pane "
                   f"shows {scroll.viewport().width()} px: it scrolls sideways"])
    if scroll is not None:
        bottom = cards.mapTo(scroll, cards.rect().bottomLeft()).y()
        if bottom > scroll.height():
            tour.note([f"the current data cards end at {bottom} px, below the detail's {scroll.height()} px"])


def check_update_dialog(tour: Tour, dialog, name: str) -> None:  # noqa: ANN001 - the update dialog
    tour.check_window(dialog, name)
    tour.note(checks.label_cut(dialog.ui.headerSubtitle, "update dialog's subtitle (EAN, meter number)"))


def tour_language(tour: Tour, app: QApplication, client, tasks, workdir: Path, today: dt.date) -> None:  # noqa: ANN001
    from optimce_desktop.app import compose_main_window
    from optimce_desktop.domain.update import MeterDataUpdate
    from optimce_desktop.emulator import GUIDE_EAN
    from optimce_desktop.gui.settings_dialog import SettingsDialog
    from optimce_desktop.gui.timeline_model import TimelineModel
    from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog

    settings = QSettings(str(workdir / f"settings-{tour.language}.ini"), QSettings.Format.IniFormat)
    window = compose_main_window(client, tasks, settings, workdir / f"local-{tour.language}.sqlite3")
    window.show()
    window.start()
    wait_until(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible(),
               "the list")
    assert window.select_meter(GUIDE_EAN)
    wait_until(lambda: window.detail_pane.shown_ean == GUIDE_EAN, "the meter's detail")
    check_main_window(tour, window)
    window.detail_pane.tabs.setCurrentIndex(1)
    settle()
    tour.note(checks.pill_cut(window.detail_pane.timeline_view, TimelineModel.STATUS_COLUMN,
                              "status pill in History and future"))
    tour.shoot(window, "main-history")
    window.detail_pane.tabs.setCurrentIndex(0)

    launcher = window.update_launcher
    window.open_update_dialog()
    wait_until(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), "the update dialog")
    dialog = launcher.dialog
    check_update_dialog(tour, dialog, "update")

    dialog.ui.dsoCombo.setCurrentIndex(dialog.ui.dsoCombo.findText("RESA"))
    # the current period's start: the form warns that the period is replaced, so Validate asks first
    dialog.ui.effectiveDateEdit.set_optional_date(window.detail_pane.detail.meter_data.start_date)
    settle()
    dialog.ui.validateButton.click()
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    for box in boxes:
        tour.check_window(box, box.objectName() or "message-box")
    if [box.objectName() for box in boxes] != ["changeSummary"]:
        tour.note([f"Validate opened {[box.objectName() for box in boxes]} rather than the change summary"])
    dialog.done(0)  # its box answers "back to the form"

    detail = window.detail_pane.detail
    draft = MeterDataUpdate.from_detail(detail)
    draft.amperage = 50
    draft_dialog = MeterDataUpdateDialog(detail, launcher._updates, launcher._members, window, draft=draft)
    draft_dialog.open()
    check_update_dialog(tour, draft_dialog, "update-draft")
    draft_dialog.done(0)

    window.open_pending_changes()
    wait_until(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible(), "pending")
    tour.check_window(window.pending_dialog, "pending-changes")
    window.pending_dialog.close()

    tour_meter_actions(tour, window)

    settings_dialog = SettingsDialog(settings, parent=window)
    settings_dialog.open()
    tour.check_window(settings_dialog, "settings")
    settings_dialog.done(0)

    window.refresh_all()
    refresh = window.refresh_all_dialog
    if refresh is not None:
        tour.check_window(refresh, "refresh-all")
        refresh.close()
        wait_until(lambda: window.refresh_all_dialog is None, "refresh all to stop")
    window.close()
    window.deleteLater()
    settle()


def tour_meter_actions(tour: Tour, window) -> None:  # noqa: ANN001 - a MainWindow
    """The meter actions' dialogs, the export dialog and About, opened as from the menus."""
    from optimce_desktop.gui.meter_actions import MeterActions
    from optimce_desktop.gui.meter_exports import MeterExports

    actions = window.findChild(MeterActions)
    for action, name in ((actions.add_action, "add-meter"), (actions.modify_action, "modify-meter"),
                         (actions.deactivate_action, "deactivate-meter")):
        action.trigger()
        wait_until(lambda: actions.dialog is not None and actions.dialog.isVisible(), name)
        dialog = actions.dialog
        tour.check_window(dialog, name)
        dialog.done(0)
        wait_until(lambda: actions.dialog is None, f"{name} to close")
    exports = window.findChild(MeterExports)
    exports.export_meters_action.trigger()
    wait_until(lambda: exports.dialog is not None and exports.dialog.isVisible(), "the export dialog")
    tour.check_window(exports.dialog, "export")
    exports.dialog.done(0)
    window.ui.actionAbout.trigger()
    wait_until(lambda: window.findChild(QWidget, "aboutDialog") is not None, "About")
    about = window.findChild(QWidget, "aboutDialog")
    tour.check_window(about, "about")
    about.close()


def main(languages: list[str], out: Path | None) -> dict:
    from optimce_desktop.app import install_translations
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.emulator import DEMO_MANAGER, EmulatorServer
    from optimce_desktop.emulator.clock import brussels_today
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    apply_style(app)
    screen = app.primaryScreen()
    size = screen.size() * screen.devicePixelRatio()
    tour = Tour(out, f"{size.width()}x{size.height()}@{round(screen.devicePixelRatio() * 100)}")
    today = brussels_today()
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        server = EmulatorServer(workdir / "crm.sqlite3", today=today).start()
        token = server.token_for(DEMO_MANAGER)
        client = CrmClient(server.base_url, lambda: token, language="en", read_timeout=10.0,
                           get_retry_delays=())
        tasks = TaskRunner(max_threads=6)
        try:
            for language in languages:
                tour.language = language
                installed = install_translations(app, language)
                try:
                    tour_language(tour, app, client, tasks, workdir, today)
                finally:
                    for translator in installed:
                        app.removeTranslator(translator)
        finally:
            tasks.shutdown()
            wait_until(lambda: tasks.pending == 0, "the workers")
            client.close()
            server.close()
    return {"problems": tour.problems, "views": tour.views}


if __name__ == "__main__":
    report = main(sys.argv[1].split(","), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(json.dumps(report))
