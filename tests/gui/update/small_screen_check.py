"""Opens "Update data" over a main window on one emulated screen, types effective dates as an operator does,
and prints what is seen: where the dialog sits, and whether each date message is wholly in the form's view.
Run in its own process (the screen is chosen once per process):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.update.small_screen_check [OUT]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.gui.layout.screen_tour import settle, wait_until


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _type_date(dialog, text: str) -> dict:  # noqa: ANN001 - the update dialog
    from optimce_desktop.domain.update import UpdateField

    edit = dialog.ui.effectiveDateEdit
    edit.setFocus()
    edit.clear()
    QTest.keyClicks(edit, text.replace("/", ""))
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    settle()
    message = dialog.field_message(UpdateField.START_DATE)
    viewport = dialog.ui.formScrollArea.viewport()
    top_left = message.mapTo(viewport, message.rect().topLeft())
    return {"typed": text, "message": message.text(), "mark": message.mark.value,
            "visible": message.isVisible(), "rect": _rect(QRect(top_left, message.size())),
            "viewport": _rect(viewport.rect())}


def main(out: Path | None) -> dict:
    from optimce_desktop.cache.drafts import DraftStore
    from optimce_desktop.emulator import GUIDE_EAN, EmulatorServer
    from optimce_desktop.emulator.clock import brussels_today
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
    from optimce_desktop.services.members import MemberDirectory
    from optimce_desktop.services.sending import ChangeSender
    from optimce_desktop.services.tasks import TaskRunner
    from optimce_desktop.services.updates import UpdateService
    from tests.fixtures.services import manager_client_for

    app = QApplication(sys.argv[:1])
    apply_style(app)
    today = brussels_today()
    with tempfile.TemporaryDirectory() as temp:
        server = EmulatorServer(Path(temp) / "crm.sqlite3", today=today).start()
        client = manager_client_for(server)
        tasks = TaskRunner(max_threads=2)
        try:
            window = QMainWindow()
            window.setGeometry(app.primaryScreen().availableGeometry())
            window.show()
            settle()
            members = MemberDirectory(client, tasks)
            drafts = DraftStore(Path(temp) / "drafts.sqlite3")
            updates = UpdateService(ChangeSender(client, tasks, drafts), tasks)
            detail = client.meter_detail(GUIDE_EAN)
            dialog = MeterDataUpdateDialog(detail, updates, members, window)
            dialog.open()
            wait_until(lambda: members.is_loaded, "the members")
            settle()
            seen = {"available": _rect(dialog.screen().availableGeometry()),
                    "window": _rect(window.frameGeometry()), "dialog": _rect(dialog.geometry()), "dates": []}
            start = detail.meter_data.start_date
            for text in (f"{start - dt.timedelta(days=1):%d/%m/%Y}", f"{start:%d/%m/%Y}", "31/11/2026",
                         f"{max(start + dt.timedelta(days=1), today - dt.timedelta(days=174)):%d/%m/%Y}"):
                seen["dates"].append(_type_date(dialog, text))
                if out is not None:
                    dialog.grab().save(str(out / f"update-date-{len(seen['dates'])}.png"))
            dialog.done(0)
            updates.shutdown()
        finally:
            tasks.shutdown()
            wait_until(lambda: tasks.pending == 0, "the workers")
            client.close()
            server.close()
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)))
