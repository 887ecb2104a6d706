"""A damaged local database is set aside only after its readable drafts are carried into the new file, and
the user is told how many were recovered and where the old file is; a newer app's file is kept and read;
a file found empty after holding data is reported."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from optimce_desktop.cache.database import (
    MIGRATIONS,
    Database,
    DatabaseNotice,
    DatabaseUnavailableError,
    NoticeKind,
    Trouble,
)
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.held_drafts import HoldingDraftStore
from optimce_desktop.cache.retention import remove_offline_copy
from tests.cache.database_helpers import COMMUNITY, eans, form

PAGE = 4096


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "local.sqlite3"


def save_drafts(path: Path, count: int) -> list[str]:
    store = DraftStore(path)
    for ean in eans(count):
        store.save(COMMUNITY, form(ean, f"draft of {ean}"), DraftReason.KEPT_BY_USER)
    return eans(count)


def damage_page_holding(path: Path, text: str) -> None:
    """Overwrites the page of the file where ``text`` is stored with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = data.index(text.encode()) // PAGE
    assert page > 0
    data[page * PAGE:(page + 1) * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def moved_aside(path: Path) -> list[Path]:
    """The files moved aside (their journals, moved with them, aside)."""
    return [p for p in path.parent.iterdir()
            if p.name.startswith(path.name + ".") and not p.name.endswith(("-wal", "-shm"))]


def test_a_damaged_page_of_drafts_loses_only_its_own_drafts_and_says_so(db_path):
    saved = save_drafts(db_path, 40)
    damage_page_holding(db_path, f"draft of {saved[20]}")
    damaged = db_path.read_bytes()

    database = Database(db_path)
    recovered = {d.ean for d in DraftStore(database).list(COMMUNITY)}
    [notice] = database.take_notices()
    [aside] = moved_aside(db_path)
    assert notice == DatabaseNotice(NoticeKind.SET_ASIDE, aside, len(recovered), None)
    assert aside.name.startswith(f"{db_path.name}.corrupt-") and aside.read_bytes() == damaged
    assert saved[20] not in recovered and saved[0] in recovered and saved[-1] in recovered
    assert 30 <= len(recovered) < 40  # a page holds a few drafts; those before and after it are read
    with database.connection() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert database.take_notices() == [] and Database(db_path).take_notices() == []  # said once


def test_a_file_found_damaged_earlier_carries_its_readable_drafts_and_counts_the_others(db_path):
    saved = save_drafts(db_path, 3)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE drafts SET payload = '{\"cut\": ' WHERE ean = ?", (saved[1],))
    Database(db_path).mark_damaged()  # as the background integrity check does

    database = Database(db_path)
    assert sorted(d.ean for d in DraftStore(database).list(COMMUNITY)) == [saved[0], saved[2]]
    [notice] = database.take_notices()
    assert (notice.recovered, notice.unreadable) == (2, 1)
    assert notice.path.name.startswith(f"{db_path.name}.corrupt-") and not database.damage_marker.exists()


def test_a_file_that_is_not_a_database_is_set_aside_with_nothing_to_recover(db_path):
    db_path.write_bytes(b"this is not a database, only text " * 100)
    database = Database(db_path)
    assert database.schema_version() == MIGRATIONS[-1].version
    [notice] = database.take_notices()
    assert (notice.kind, notice.recovered, notice.unreadable) == (NoticeKind.SET_ASIDE, 0, None)
    assert notice.path.read_bytes().startswith(b"this is not a database")


def test_a_newer_apps_file_is_kept_read_and_never_written(db_path):
    saved = save_drafts(db_path, 2)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from a newer app', '2030-01-01')")
    before = db_path.read_bytes()

    database = Database(db_path)
    store = HoldingDraftStore(database)
    assert sorted(d.ean for d in store.list(COMMUNITY)) == saved  # its drafts are still offered
    assert database.trouble.trouble is Trouble.NEWER and database.newer_version == 99
    assert moved_aside(db_path) == [] and database.take_notices() == []
    with pytest.raises(DatabaseUnavailableError) as raised:
        DraftStore(database).delete(COMMUNITY, saved[0])
    assert raised.value.trouble is Trouble.NEWER
    kept = form("541448000000000099", "typed now")
    store.save(COMMUNITY, kept, DraftReason.KEPT_BY_USER)
    assert store.held_count == 1 and kept.ean in {d.ean for d in store.list(COMMUNITY)}
    assert not store.write_held() and database.trouble.trouble is Trouble.NEWER
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 2
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 99
    assert db_path.read_bytes() == before


def test_a_file_emptied_after_holding_data_is_reported_not_a_first_start(db_path):
    save_drafts(db_path, 1)
    db_path.write_bytes(b"")  # cut short outside the app
    database = Database(db_path)
    assert DraftStore(database).list(COMMUNITY) == []
    assert database.take_notices() == [DatabaseNotice(NoticeKind.EMPTIED, db_path, 0, None)]
    assert Database(db_path).take_notices() == []  # it holds data again: said once


def test_an_empty_file_that_never_held_data_is_a_first_start(db_path):
    db_path.write_bytes(b"")
    database = Database(db_path)
    assert database.schema_version() == MIGRATIONS[-1].version and database.take_notices() == []


def test_a_removed_copy_starts_again_as_a_first_start(db_path):
    Database(db_path).schema_version()
    remove_offline_copy(db_path)
    db_path.write_bytes(b"")
    database = Database(db_path)
    database.schema_version()
    assert database.take_notices() == []
