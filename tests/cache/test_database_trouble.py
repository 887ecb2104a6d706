"""A healthy local database that cannot be used right now (locked by another process, a full disk, no
access) is left where it is, said so, and the drafts kept meanwhile are held in memory, then written."""

from __future__ import annotations

from pathlib import Path

import pytest

from optimce_desktop.cache.database import Database, DatabaseUnavailableError, Trouble
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.held_drafts import HoldingDraftStore
from tests.cache.database_helpers import COMMUNITY, form, locked_by_another_process

FAST = 0.2  # seconds to wait for another process's lock: the lock is certain to stay, no need to wait long


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "local.sqlite3"


def files_beside(path: Path) -> list[str]:
    """The database and what was moved aside from it (not SQLite's own journals)."""
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name == path.name or p.name.startswith(path.name + "."))


def test_a_file_locked_by_another_process_is_busy_not_damaged(db_path):
    DraftStore(db_path).save(COMMUNITY, form(), DraftReason.KEPT_BY_USER)
    before = files_beside(db_path)
    database = Database(db_path, busy_timeout=FAST)
    with locked_by_another_process(db_path):
        with pytest.raises(DatabaseUnavailableError) as raised:
            database.schema_version()
        assert raised.value.trouble is Trouble.BUSY and "locked" in raised.value.detail
        assert database.trouble is not None and database.trouble.trouble is Trouble.BUSY
        assert files_beside(db_path) == before and database.take_notices() == []
        with pytest.raises(DatabaseUnavailableError):
            database.check_integrity()  # a lock is no damage: nothing marked for the next start
        assert not database.damage_marker.exists()
    assert [d.ean for d in DraftStore(database).list(COMMUNITY)] == [form().ean]
    assert files_beside(db_path) == before


def test_drafts_kept_while_locked_are_held_offered_and_written_once_it_is_free(db_path):
    earlier = form("541448000000000011")
    DraftStore(db_path).save(COMMUNITY, earlier, DraftReason.CRM_UNREACHABLE)
    changes = []
    store = HoldingDraftStore(Database(db_path, busy_timeout=FAST), on_change=lambda: changes.append(1))
    kept = form("541448000000000022", "typed while the file was locked")
    with locked_by_another_process(db_path):
        draft = store.save(COMMUNITY, kept, DraftReason.KEPT_BY_USER)
        assert draft.update == kept and store.held_count == 1 and changes
        assert [d.ean for d in store.list(COMMUNITY)] == [kept.ean]  # the file cannot be read: held ones
        assert store.get(COMMUNITY, kept.ean).update.description == "typed while the file was locked"
        assert store.delete(COMMUNITY, earlier.ean) is False  # removed from the disk once it can be
        assert store.get(COMMUNITY, earlier.ean) is None
        assert not store.write_held() and store.database.trouble.trouble is Trouble.BUSY
    assert store.write_held() and store.held_count == 0
    assert store.database.trouble is None
    on_disk = DraftStore(db_path).list(COMMUNITY)
    assert [(d.ean, d.update.description) for d in on_disk] == [(kept.ean, "typed while the file was locked")]


def test_a_full_disk_holds_the_draft_and_leaves_the_file(db_path):
    DraftStore(db_path).save(COMMUNITY, form(), DraftReason.KEPT_BY_USER)
    database = Database(db_path)
    with database.connection() as conn:
        database.max_pages = conn.execute("PRAGMA page_count").fetchone()[0]  # not one page more
    store = HoldingDraftStore(database)
    big = form("541448000000000022", "x" * 20_000)
    store.save(COMMUNITY, big, DraftReason.KEPT_BY_USER)
    assert store.held_count == 1
    assert database.trouble.trouble is Trouble.FULL and "full" in database.trouble.detail
    assert {d.ean for d in store.list(COMMUNITY)} == {form().ean, big.ean}  # the file is still read
    assert database.take_notices() == [] and not any(p.name.startswith(db_path.name + ".")
                                                      for p in db_path.parent.iterdir())

    database.max_pages = None  # space freed
    assert store.write_held() and database.trouble is None
    assert {d.ean for d in DraftStore(db_path).list(COMMUNITY)} == {form().ean, big.ean}


def test_a_file_that_cannot_be_opened_is_no_access_and_stays(tmp_path):
    path = tmp_path / "local.sqlite3"
    path.mkdir()  # what sits at the file's place cannot be opened (root ignores file permissions)
    (path / "keep").write_text("someone's")
    database = Database(path)
    with pytest.raises(DatabaseUnavailableError) as raised:
        database.schema_version()
    assert raised.value.trouble is Trouble.NO_ACCESS
    assert (path / "keep").read_text() == "someone's"
    assert not any(p.name.startswith(path.name + ".") for p in tmp_path.iterdir())


def test_a_folder_that_cannot_be_created_is_no_access(tmp_path):
    (tmp_path / "file").write_text("in the way")
    database = Database(tmp_path / "file" / "local.sqlite3")
    with pytest.raises(DatabaseUnavailableError) as raised:
        database.schema_version()
    assert raised.value.trouble in (Trouble.NO_ACCESS, Trouble.IO)
    assert "Cannot create the folder" in str(raised.value)
