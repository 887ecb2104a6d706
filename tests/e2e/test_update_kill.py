"""An app killed (kill -9) during "Validate" leaves its form on disk, and the next start says what became of
it: applied (the draft goes) or not applied (offered again in Pending changes). The sending app runs the
real UpdateService in a process of its own; the next start is the real main window on the same SQLite file."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.widgets.banner import Banner

# "Validate" as the app runs it (UpdateService and its tasks), in a process of its own.
SEND = """
import sys
from PySide6.QtCore import QCoreApplication
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftStore
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.services.tasks import TaskRunner
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import Applied, UpdateService

url, token, community, path, form = sys.argv[1:6]
app = QCoreApplication([])
client = CrmClient(url, lambda: token, community_id=community, get_retry_delays=())
tasks = TaskRunner()
updates = UpdateService(ChangeSender(client, tasks, DraftStore(Database(path))), tasks)


def sent(result):
    print(result, flush=True)
    app.exit(0 if isinstance(result, Applied) else 1)


update = MeterDataUpdate.model_validate_json(form)
update.effective_date = update.effective_day
updates.submit(update, sent)
sys.exit(app.exec())
"""
DETAIL_PATH = re.compile(rf"^/meters/{GUIDE_EAN}$")


def _send_and_kill(qtbot, emulator, token: str, path: Path, form: MeterDataUpdate,
                   reached: Callable[[], bool]) -> None:
    """Starts sending ``form``; kills the process once ``reached()`` says where the request got to."""
    with subprocess.Popen(
        [sys.executable, "-c", SEND, emulator.base_url, token, TOURNESOLS_AUTH_ID, str(path),
         form.model_dump_json()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    ) as sender:
        qtbot.waitUntil(lambda: reached() or sender.poll() is not None, timeout=20_000)
        assert sender.poll() is None, sender.stderr.read()
        sender.send_signal(signal.SIGKILL)
        assert sender.wait(10) == -signal.SIGKILL


def _form(crm_client, day) -> MeterDataUpdate:
    form = MeterDataUpdate.from_detail(crm_client.meter_detail(GUIDE_EAN))
    form.amperage, form.effective_date = 63, day
    return form


def _drafts(path: Path) -> DraftStore:
    return DraftStore(Database(path))


@pytest.mark.slow
def test_killed_while_the_crm_applies_the_update_the_next_start_says_it_was_applied(
    qtbot, emulator, manager_token, crm_client, local_database, open_window, emulator_today
):
    before = crm_client.meter_detail(GUIDE_EAN)
    form = _form(crm_client, emulator_today)
    patch = emulator.faults.add(method="PATCH", path="/meters/data", delay_after=2.0)  # applied, answer late
    _send_and_kill(qtbot, emulator, manager_token, local_database, form,
                   lambda: patch.hits == 1 and crm_client.meter_detail(GUIDE_EAN).meter_data.amperage == 63)
    kept = _drafts(local_database).get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert kept is not None and kept.reason is DraftReason.SENDING and kept.update == form

    window = open_window()  # the next start
    banner = window.notice_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "was applied" in banner.message.text(), timeout=15_000)
    assert banner.message.text() == (
        f"The update of meter {GUIDE_EAN} that was being sent when the app stopped was applied by the CRM: "
        "there is nothing left to send.")
    assert banner.property("kind") == Banner.INFO
    assert _drafts(local_database).get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None
    qtbot.waitUntil(lambda: not window.pending_button.isVisible(), timeout=5000)  # nothing pending
    after = crm_client.meter_detail(GUIDE_EAN)
    assert len(after.timeline) == len(before.timeline) + 1 and patch.hits == 1  # applied once


@pytest.mark.slow
def test_killed_while_reading_the_meter_before_sending_the_next_start_offers_it_again(
    qtbot, emulator, manager_token, crm_client, local_database, open_window, emulator_today, tmp_path
):
    before = crm_client.meter_detail(GUIDE_EAN)
    form = _form(crm_client, emulator_today)
    read = emulator.faults.add(method="GET", path=DETAIL_PATH, delay_before=2.0)
    patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    _send_and_kill(qtbot, emulator, manager_token, local_database, form, lambda: read.hits == 1)
    kept = _drafts(local_database).get(TOURNESOLS_AUTH_ID, GUIDE_EAN)
    assert kept is not None and kept.reason is DraftReason.SENDING and kept.update == form  # the form is safe

    window = open_window()  # the next start
    banner = window.notice_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "not applied" in banner.message.text(), timeout=15_000)
    assert banner.message.text() == (
        f"The update of meter {GUIDE_EAN} was being sent when the app stopped, and the CRM does not show "
        "it: it was not applied. It is kept in Pending changes, to check and send again.")
    assert banner.property("kind") == Banner.WARNING and banner.action.text() == "Review"
    window.grab().save(str(tmp_path / "settled-at-start.png"))
    assert _drafts(local_database).get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN

    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)  # Pending changes offers it again
    pending = window.pending_dialog
    qtbot.waitUntil(lambda: pending is not None and pending.isVisible() and pending.table.rowCount() == 1
                    and pending.table.item(0, pending.CHANGES).text() == "Amperage: 40 A → 63 A",
                    timeout=5000)  # from the meter read to settle it, saved on this computer
    assert pending.table.item(0, pending.CHECK).text() == (
        "May have reached the CRM without an answer: checked before sending again")
    assert patches.hits == 0 and crm_client.meter_detail(GUIDE_EAN) == before
    pending.close()
