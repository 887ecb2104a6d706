"""A process killed in the middle of "Refresh all" leaves the copy saved before it whole and readable."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID

# "Refresh all" as the app runs it (FullRefresh, its tasks and signals), in a process of its own.
REFRESH_ALL = """
import sys
from PySide6.QtCore import QCoreApplication
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.full_refresh import FullRefresh
from optimce_desktop.services.tasks import TaskRunner

url, token, community, path = sys.argv[1:5]
app = QCoreApplication([])
client = CrmClient(url, lambda: token, community_id=community, get_retry_delays=())
tasks = TaskRunner()
refresh = FullRefresh(client, tasks, SavedMeters(Database(path)), community, ConnectionMonitor(client, tasks),
                      lambda item: item)
refresh.progressed.connect(lambda stage, done, total: print(stage.value, done, total, flush=True))
refresh.finished.connect(lambda saved_list: (print("finished", flush=True), app.exit(0)))
refresh.failed.connect(lambda error: (print("failed", error, flush=True), app.exit(1)))
refresh.start()
sys.exit(app.exec())
"""


def refresh_all(emulator, token: str, path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", REFRESH_ALL, emulator.base_url, token, TOURNESOLS_AUTH_ID, str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def count(path: Path, sql: str) -> int:
    with Database(path).connection() as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.mark.slow
def test_a_refresh_killed_midway_leaves_the_previous_copy_whole(emulator, manager_token, crm_client,
                                                                 tmp_path):
    path = tmp_path / "local.sqlite3"
    offline_copy = SavedMeters(Database(path))
    with refresh_all(emulator, manager_token, path) as first:
        assert first.wait(60) == 0, first.stderr.read()
    before = offline_copy.saved_list(TOURNESOLS_AUTH_ID)
    rows_before = [row for chunk in offline_copy.iter_rows(TOURNESOLS_AUTH_ID) for row in chunk]
    assert before is not None and before.details_complete_at is not None

    # The CRM changes, then a slow refresh starts and is killed once it has staged some details.
    form = MeterDataUpdate.from_detail(crm_client.meter_detail(GUIDE_EAN))
    form.amperage, form.effective_date = 63, emulator.today
    crm_client.update_meter_data(form.to_patch_body())
    emulator.faults.add(method="GET", path=re.compile(r"^/meters/\d+$"), delay_before=0.02, times=None)
    with refresh_all(emulator, manager_token, path) as second:
        assert second.stdout is not None
        for line in second.stdout:
            stage, done, _ = line.split()
            if stage == "details" and int(done) > 0:
                break
        second.send_signal(signal.SIGKILL)
        assert second.wait(10) == -signal.SIGKILL

    assert count(path, "SELECT COUNT(*) FROM staged_details") > 0  # it was killed midway
    with Database(path).connection() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert offline_copy.saved_list(TOURNESOLS_AUTH_ID) == before
    assert [row for chunk in offline_copy.iter_rows(TOURNESOLS_AUTH_ID) for row in chunk] == rows_before
    assert offline_copy.detail(TOURNESOLS_AUTH_ID, GUIDE_EAN).detail.meter_data.amperage == 40

    # The next refresh sweeps what the killed one left, and completes.
    emulator.faults.clear()
    with refresh_all(emulator, manager_token, path) as third:
        assert third.wait(60) == 0, third.stderr.read()
    assert count(path, "SELECT COUNT(*) FROM staged_details") == 0
    assert offline_copy.detail(TOURNESOLS_AUTH_ID, GUIDE_EAN).detail.meter_data.amperage == 63
    assert offline_copy.saved_list(TOURNESOLS_AUTH_ID).fetched_at > before.fetched_at
