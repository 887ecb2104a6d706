"""Opens the meter action dialogs in French over a main window on one emulated screen, does what an operator
did when a text was cut or a window left the screen, and prints what is seen: where each dialog sits, and
whether each consequence is read whole. Run in its own process (the screen is chosen once per process):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.actions.small_screen_check [OUT]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.gui.actions.helpers import read_whole
from tests.gui.layout.screen_tour import settle, wait_until


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _seen(dialog, name: str, out: Path | None, **texts) -> dict:  # noqa: ANN001, ANN003
    settle()
    if out is not None:
        dialog.grab().save(str(out / f"{name}.png"))
    footer = dialog.validate_button
    return {"name": name, "dialog": _rect(dialog.geometry()),
            "buttons_shown": footer.isVisible() and dialog.rect().contains(
                QRect(footer.mapTo(dialog, footer.rect().topLeft()), footer.size())),
            "whole": {what: read_whole(label, dialog) for what, label in texts.items()}}


def main(out: Path | None) -> dict:
    from optimce_desktop.app import install_translations
    from optimce_desktop.cache.drafts import DraftStore
    from optimce_desktop.domain.enums import ClientType, MeterStatus, Rate
    from optimce_desktop.domain.meter_form import MeterFields
    from optimce_desktop.domain.new_meter import NewMeter
    from optimce_desktop.domain.update import MeterDataUpdate
    from optimce_desktop.emulator import FUTURE_EAN, GUIDE_EAN, EmulatorServer
    from optimce_desktop.emulator.clock import brussels_today
    from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
    from optimce_desktop.gui.cancel_scheduled_dialog import CancelScheduledDialog
    from optimce_desktop.gui.deactivation_dialog import DeactivationDialog
    from optimce_desktop.gui.meter_dialog import ModifyMeterDialog
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.members import MemberDirectory
    from optimce_desktop.services.meter_actions import MeterActionService
    from optimce_desktop.services.sending import ChangeSender
    from optimce_desktop.services.tasks import TaskRunner
    from tests.fixtures.services import manager_client_for

    app = QApplication(sys.argv[:1])
    apply_style(app)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    install_translations(app, "fr")
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
            drafts = DraftStore(Path(temp) / "drafts.sqlite3")
            service = MeterActionService(ChangeSender(client, tasks, drafts))
            members = MemberDirectory(client, tasks)
            seen = {"available": _rect(window.screen().availableGeometry()), "dialogs": []}
            future = client.meter_detail(FUTURE_EAN)
            scheduled = future.futur_meter_data[0]

            cancel = CancelScheduledDialog(future, scheduled, service, "community", window, today=today)
            cancel.open()
            settle()
            QTest.keyClick(cancel.reopen_check, Qt.Key.Key_Space)  # "let it run on" unticked
            seen["dialogs"].append(_seen(cancel, "cancel-scheduled", out, outcome=cancel.outcome_label))
            cancel.done(0)

            deactivation = DeactivationDialog(future, service, "community", window, today=today)
            deactivation.open()
            settle()
            edit = deactivation.date_edit
            edit.setFocus()
            edit.selectAll()
            QTest.keyClick(edit, Qt.Key.Key_Delete)
            QTest.keyClicks(edit, f"{scheduled.start_date + dt.timedelta(days=5):%d/%m/%Y}")
            seen["dialogs"].append(_seen(deactivation, "deactivation", out, hint=deactivation.date_hint,
                                         consequences=deactivation.consequences))
            deactivation.done(0)

            modify = ModifyMeterDialog(client.meter_detail(GUIDE_EAN), service, "community", window,
                                       today=today)
            modify.open()
            seen["dialogs"].append(_seen(modify, "modify", out))
            modify.done(0)

            for from_draft in (False, True):
                add = AddMeterDialog(service, "community", "CE Les Tournesols", lambda ean: False, members,
                                     window, today=today)
                if from_draft:  # as Pending changes opens a saved Add: restored, opened, then announced
                    fields = MeterFields(ean="541448000000091238", meter_number="MTR-NEW1",
                                         street="Rue des Nouveaux", number=4, postcode="4000", city="Huy",
                                         supplement="bte 1", phases_number=3)
                    period = MeterDataUpdate(ean="", rate=Rate.SIMPLE, client_type=ClientType.RESIDENTIAL,
                                             status=MeterStatus.ACTIVE, grd="RESA", sampling_power=9,
                                             effective_date=today - dt.timedelta(days=3))
                    add.restore(NewMeter(fields, period), ean_taken=False)
                add.open()
                settle()
                if from_draft:
                    add.announce_draft(dt.datetime.now(), changed=True)
                wait_until(lambda: members.is_loaded, "the members")
                seen["dialogs"].append(_seen(add, "add-from-draft" if from_draft else "add", out,
                                             banner=add.banner.message) if from_draft
                                       else _seen(add, "add", out))
                add.done(0)
                settle()
            service.shutdown()
        finally:
            tasks.shutdown()
            wait_until(lambda: tasks.pending == 0, "the workers")
            client.close()
            server.close()
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)))
