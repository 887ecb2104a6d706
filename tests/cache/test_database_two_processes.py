"""Two processes on one user's local database at once (two copies of the app, or the app and a tool): the
file is created and migrated once, and each meter keeps one draft, whole, whoever wrote last."""

from __future__ import annotations

import subprocess
import sys
from contextlib import ExitStack

import pytest

from optimce_desktop.cache.database import MIGRATIONS, Database
from optimce_desktop.cache.drafts import DraftStore
from tests.cache.database_helpers import COMMUNITY, eans

# Opens the (new) file and saves a draft for each of the same meters, several times, once told to go.
SAVE_DRAFTS = """
import sys
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from tests.cache.database_helpers import COMMUNITY, eans, form

path, who, meters = sys.argv[1], sys.argv[2], int(sys.argv[3])
forms = [form(ean, f"{who} {ean}") for ean in eans(meters)]
print("ready", flush=True)
sys.stdin.readline()
store = DraftStore(path)
for _ in range(3):
    for update in forms:
        store.save(COMMUNITY, update, DraftReason.KEPT_BY_USER)
print("done", flush=True)
"""
METERS = 25


@pytest.mark.slow
def test_two_processes_create_and_fill_one_file_without_duplicates(tmp_path):
    path = tmp_path / "local.sqlite3"
    with ExitStack() as stack:
        writers = [stack.enter_context(subprocess.Popen(
            [sys.executable, "-c", SAVE_DRAFTS, str(path), who, str(METERS)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)) for who in ("first", "second")]
        for writer in writers:
            assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        for writer in writers:  # both open the new file and write at the same time
            writer.stdin.write("go\n")
            writer.stdin.flush()
        for writer in writers:
            out, err = writer.communicate(timeout=60)
            assert writer.returncode == 0 and out.strip() == "done", err

    database = Database(path)
    with database.connection() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [
            (m.version,) for m in MIGRATIONS]
        assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == METERS
    drafts = DraftStore(database).list(COMMUNITY)
    assert sorted(d.ean for d in drafts) == eans(METERS)
    assert all(d.update.description in (f"first {d.ean}", f"second {d.ean}") for d in drafts)
