"""Real-file helpers for the local database's tests: another process that locks it, drafts to fill it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate
from tests.support.recordings import response_data

COMMUNITY = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0001"

# Another program that takes the file for itself (as a backup or sync tool can) until told to let go.
HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@contextmanager
def locked_by_another_process(path: Path) -> Iterator[None]:
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "locked"
            yield
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(10) == 0


def form(ean: str = "541448000000000011", description: str = "Boulangerie") -> MeterDataUpdate:
    detail = MeterDetail.model_validate(response_data("F5"))
    update = MeterDataUpdate.from_detail(detail).model_copy(update={"ean": ean})
    update.effective_date = dt.date(2027, 2, 1)
    update.description = description
    return update


def eans(count: int) -> list[str]:
    return [f"5414480000{n:08d}" for n in range(count)]
