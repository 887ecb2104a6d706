"""An app killed (kill -9) while sending a meter action leaves the change on disk, and the next start says
what became of it, as for an update: applied (the draft goes) or not applied (offered again in Pending
changes). The sending app runs the real services in a process of its own; the next start is the real main
window on the same SQLite file."""

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
from optimce_desktop.cache.drafts import DraftReason, DraftStore, payload_of
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_form import MeterFields
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.widgets.banner import Banner
from tests.e2e.test_meter_actions_add import NEW_EAN

# A meter action as the app sends it (its services, tasks and signals), in a process of its own.
SEND = """
import sys
from PySide6.QtCore import QCoreApplication
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftStore, draft_from_row
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.tasks import TaskRunner

url, token, community, path, kind, payload = sys.argv[1:7]
app = QCoreApplication([])
client = CrmClient(url, lambda: token, community_id=community, get_retry_delays=())
actions = MeterActionService(ChangeSender(client, TaskRunner(), DraftStore(Database(path))))
actions.resultReady.connect(lambda result: (print(result.outcome, flush=True), app.exit(0)))
change = draft_from_row(community, kind, "kept_by_user", "2026-01-01T00:00:00+00:00", payload).change
actions.submit(MeterWrite(change, community))
sys.exit(app.exec())
"""


def _send_and_kill(qtbot, emulator, token: str, path: Path, change: MeterChange,
                   reached: Callable[[], bool]) -> None:
    """Starts sending ``change``; kills the process once ``reached()`` says where the request got to."""
    with subprocess.Popen(
        [sys.executable, "-c", SEND, emulator.base_url, token, TOURNESOLS_AUTH_ID, str(path), change.kind,
         payload_of(change)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    ) as sender:
        qtbot.waitUntil(lambda: reached() or sender.poll() is not None, timeout=20_000)
        assert sender.poll() is None, sender.stderr.read()
        sender.send_signal(signal.SIGKILL)
        assert sender.wait(10) == -signal.SIGKILL


def _kept(path: Path, ean: str, kind: ChangeKind):  # noqa: ANN202 - a Draft
    return DraftStore(Database(path)).get(TOURNESOLS_AUTH_ID, ean, kind)


@pytest.mark.slow
def test_killed_while_the_crm_deactivates_the_meter_the_next_start_says_it_was_applied(
    qtbot, emulator, manager_token, crm_client, local_database, open_window, emulator_today
):
    before = crm_client.meter_detail(GUIDE_EAN)
    deactivation = Deactivation.of(before, emulator_today)
    patch = emulator.faults.add(method="PATCH", path="/meters/data/deactivate", delay_after=2.0)  # applied
    _send_and_kill(qtbot, emulator, manager_token, local_database, deactivation,
                   lambda: patch.hits == 1
                   and crm_client.meter_detail(GUIDE_EAN).meter_data.status == MeterStatus.INACTIVE)
    kept = _kept(local_database, GUIDE_EAN, ChangeKind.DEACTIVATE)
    assert kept is not None and kept.reason is DraftReason.SENDING and kept.change == deactivation

    window = open_window()  # the next start
    banner = window.notice_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "was applied" in banner.message.text(), timeout=15_000)
    assert banner.message.text() == (
        f"The change to meter {GUIDE_EAN} (“Deactivate meter”) that was being sent when the app stopped was "
        "applied by the CRM: there is nothing left to send.")
    assert banner.property("kind") == Banner.INFO
    assert _kept(local_database, GUIDE_EAN, ChangeKind.DEACTIVATE) is None
    after = crm_client.meter_detail(GUIDE_EAN)
    assert len(after.timeline) == len(before.timeline) + 1 and patch.hits == 1  # deactivated once


@pytest.mark.slow
def test_killed_while_reading_before_creating_a_meter_the_next_start_offers_it_again(
    qtbot, emulator, manager_token, crm_client, local_database, open_window, emulator_today
):
    period = MeterDataUpdate(ean=NEW_EAN, grd="RESA", sampling_power=9, effective_date=emulator_today)
    new_meter = NewMeter(MeterFields(ean=NEW_EAN, meter_number="MTR-KILL", street="Rue Neuve", number=3,
                                     postcode="4000", city="Huy"), period)
    read = emulator.faults.add(method="GET", path=re.compile(rf"^/meters/{NEW_EAN}$"), delay_before=2.0)
    posts = emulator.faults.add(method="POST", path="/meters", times=None)  # counts only
    _send_and_kill(qtbot, emulator, manager_token, local_database, new_meter, lambda: read.hits == 1)
    kept = _kept(local_database, NEW_EAN, ChangeKind.ADD)
    assert kept is not None and kept.reason is DraftReason.SENDING and kept.change == new_meter

    window = open_window()  # the next start
    banner = window.notice_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "not applied" in banner.message.text(), timeout=15_000)
    assert banner.message.text() == (
        f"The change to meter {NEW_EAN} (“Add a meter”) was being sent when the app stopped, and the CRM "
        "does not show it: it was not applied. It is kept in Pending changes, to check and send again.")
    assert banner.property("kind") == Banner.WARNING and banner.action.text() == "Review"
    assert _kept(local_database, NEW_EAN, ChangeKind.ADD).reason is DraftReason.OUTCOME_UNKNOWN

    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)  # Pending changes offers it again
    pending = window.pending_dialog
    unknown = "May have reached the CRM without an answer: checked before sending again"
    qtbot.waitUntil(lambda: pending is not None and pending.isVisible() and pending.table.rowCount() == 1
                    and pending.table.item(0, pending.CHECK).text() == unknown, timeout=5000)
    assert pending.table.item(0, pending.ACTION).text() == "Add a meter"
    assert posts.hits == 0
    pending.close()
