"""The local SQLite file (schema versions, migrations, unusable files moved aside) and its drafts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import platformdirs
import pytest

from optimce_desktop.cache.database import (
    MIGRATIONS,
    Database,
    DatabaseError,
    Migration,
    NoticeKind,
    default_database_path,
    transaction,
)
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.change import ChangeKind, MeterChange
from optimce_desktop.domain.deactivation import Deactivation
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_form import MeterFields, MeterModification
from optimce_desktop.domain.models import MemberRef, MeterDetail
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.scheduled_change import ScheduledChangeCancel
from optimce_desktop.domain.update import MeterDataUpdate
from tests.support.recordings import response_data

COMMUNITY = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0001"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "optimce-desktop.sqlite3"


@pytest.fixture
def update() -> MeterDataUpdate:
    """A filled form for SB1 (a meter with a current and a scheduled period), validated on its timeline."""
    detail = MeterDetail.model_validate(response_data("F5"))
    form = MeterDataUpdate.from_detail(detail)
    form.effective_date = dt.date(2027, 2, 1)
    form.amperage, form.description = 63, "Boulangerie — four et chambre froide"
    return form


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _execute(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(sql)


# -- the database file ------------------------------------------------------------------------------------


def test_the_default_file_is_in_the_users_cache_folder():
    path = default_database_path()
    assert path.parent == Path(platformdirs.user_cache_dir("optimce-desktop", appauthor=False))
    assert path.name == "optimce-desktop.sqlite3"


def test_constructing_touches_no_disk(db_path):
    Database(db_path)
    assert not db_path.parent.exists()


def test_a_new_file_is_created_in_wal_mode_at_the_latest_version(db_path):
    database = Database(db_path)
    assert database.schema_version() == MIGRATIONS[-1].version == database.latest_version
    with database.connection() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        applied = conn.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    assert applied == [(m.version, m.name) for m in MIGRATIONS]
    assert {"schema_version", "drafts"} <= _tables(db_path)
    assert database.moved_aside == []


def test_a_later_migration_is_applied_once_after_a_backup(db_path):
    Database(db_path).schema_version()
    offline_copy = Migration(len(MIGRATIONS) + 1, "offline meters", (
        "CREATE TABLE meters (ean TEXT PRIMARY KEY, payload TEXT NOT NULL)",
        lambda conn: conn.execute("INSERT INTO meters VALUES ('541448000000000011', '{}')"),
    ))
    upgraded = Database(db_path, (*MIGRATIONS, offline_copy))
    assert upgraded.schema_version() == offline_copy.version
    with upgraded.connection() as conn:
        assert conn.execute("SELECT COUNT(*) FROM meters").fetchone()[0] == 1
    backup = db_path.with_name(f"{db_path.name}.v{MIGRATIONS[-1].version}.bak")
    assert backup.exists() and "meters" not in _tables(backup) and "drafts" in _tables(backup)
    assert Database(db_path, (*MIGRATIONS, offline_copy)).schema_version() == offline_copy.version


def test_a_failed_migration_changes_nothing_and_says_which(db_path):
    Database(db_path).schema_version()
    broken = Migration(len(MIGRATIONS) + 1, "broken", ("CREATE TABLE ok (x)", "CREATE TABLE ok (x)"))
    with pytest.raises(DatabaseError, match="broken"):
        Database(db_path, (*MIGRATIONS, broken)).schema_version()
    assert "ok" not in _tables(db_path) and Database(db_path).schema_version() == MIGRATIONS[-1].version


def test_migrations_must_be_numbered_in_order(db_path):
    with pytest.raises(ValueError):
        Database(db_path, (Migration(2, "two", ()), Migration(1, "one", ())))


@pytest.mark.parametrize(("content", "reason"), [
    (b"this is not a database, only text " * 100, "corrupt"),
    (None, "unknown"),
])
def test_an_unusable_file_is_moved_aside_and_replaced(db_path, content, reason):
    db_path.parent.mkdir(parents=True)
    if content is not None:
        db_path.write_bytes(content)
    else:
        _execute(db_path, "CREATE TABLE someone_elses (x)")
    original = db_path.read_bytes()

    database = Database(db_path)
    assert database.schema_version() == MIGRATIONS[-1].version
    [moved] = database.moved_aside
    assert moved.name.startswith(f"{db_path.name}.{reason}-") and moved.read_bytes() == original
    assert DraftStore(database).list(COMMUNITY) == []


def test_transaction_rolls_back_on_error(db_path):
    database = Database(db_path)
    with database.connection() as conn:
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute("INSERT INTO drafts (community_id, ean, kind, reason, saved_at, payload)"
                         " VALUES ('c', 'e', 'update', 'r', 's', 'p')")
            raise RuntimeError("abandon")
        assert conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0


def test_a_folder_that_cannot_be_created_is_a_database_error(tmp_path):
    (tmp_path / "file").write_text("in the way")
    with pytest.raises(DatabaseError):
        Database(tmp_path / "file" / "db.sqlite3").schema_version()


# -- drafts -----------------------------------------------------------------------------------------------


def test_a_draft_keeps_the_whole_form_its_timeline_and_when_it_was_saved(db_path, update):
    saved_at = dt.datetime(2026, 11, 28, 16, 45, tzinfo=dt.UTC)
    DraftStore(db_path).save(COMMUNITY, update, DraftReason.OUTCOME_UNKNOWN, saved_at=saved_at)
    draft = DraftStore(db_path).get(COMMUNITY, update.ean)  # a new store: the app was restarted
    assert draft is not None and draft.ean == update.ean and draft.community_id == COMMUNITY
    assert draft.update == update and draft.update.timeline == update.timeline
    assert draft.update.effective_date == draft.update.effective_day == dt.date(2027, 2, 1)
    assert draft.reason is DraftReason.OUTCOME_UNKNOWN and draft.saved_at == saved_at
    assert draft.update.to_patch_body() == update.to_patch_body()


def test_saving_again_replaces_the_meters_draft(db_path, update):
    store = DraftStore(db_path)
    store.save(COMMUNITY, update, DraftReason.CRM_UNREACHABLE)
    changed = update.model_copy(
        update={"holder": MemberRef(id=7, name="Dupont"), "status": MeterStatus.WAITING_GRD})
    store.save(COMMUNITY, changed, DraftReason.KEPT_BY_USER)
    [draft] = store.list(COMMUNITY)
    assert draft.update.holder == MemberRef(id=7, name="Dupont") and draft.reason is DraftReason.KEPT_BY_USER


def test_drafts_belong_to_their_community(db_path, update):
    store = DraftStore(db_path)
    store.save(COMMUNITY, update, DraftReason.CRM_UNREACHABLE)
    assert store.get("another-community", update.ean) is None and store.list("another-community") == []
    assert not store.delete("another-community", update.ean)
    assert store.delete(COMMUNITY, update.ean) and store.get(COMMUNITY, update.ean) is None
    assert not store.delete(COMMUNITY, update.ean)


def test_list_is_newest_first_and_skips_unreadable_drafts(db_path, update):
    store = DraftStore(db_path)
    other = update.model_copy(update={"ean": "541448000000000011"})
    for form, day in ((update, 1), (other, 2)):
        saved_at = dt.datetime(2026, 11, day, tzinfo=dt.UTC)
        store.save(COMMUNITY, form, DraftReason.CRM_UNREACHABLE, saved_at=saved_at)
    with store.database.connection() as conn:
        conn.execute("INSERT INTO drafts (community_id, ean, kind, reason, saved_at, payload) VALUES"
                     " (?, 'broken', 'update', 'crm_unreachable', '2026-11-03T00:00:00+00:00',"
                     " '{\"not\": \"an update\"}')", (COMMUNITY,))
    assert [d.ean for d in store.list(COMMUNITY)] == [other.ean, update.ean]
    assert store.get(COMMUNITY, "broken") is None


def test_a_form_being_sent_is_kept_as_a_sending_draft_and_read_back_after_a_restart(db_path, update):
    DraftStore(db_path).save(COMMUNITY, update, DraftReason.SENDING)
    draft = DraftStore(db_path).get(COMMUNITY, update.ean)  # the app was killed while sending, then started
    assert draft is not None and draft.reason is DraftReason.SENDING and draft.update == update
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT reason FROM drafts").fetchone() == ("sending",)


# -- every kind of meter change ---------------------------------------------------------------------------


def _changes(update: MeterDataUpdate) -> list[MeterChange]:
    """One change of each kind, made against meter SB1 as the recording has it."""
    detail = MeterDetail.model_validate(response_data("F5"))
    fields = MeterFields.from_detail(detail)
    scheduled = max(detail.timeline, key=lambda p: p.start_date)
    new_ean = "541448000000000952"
    return [
        update,
        NewMeter(MeterFields(ean=new_ean, meter_number="M-1", street="Rue Neuve", number=3, postcode="4000",
                             city="Huy"), update.model_copy(update={"ean": new_ean, "timeline": []})),
        MeterModification(dataclasses.replace(fields, street="Rue du Pont", number=7), fields),
        Deactivation.of(detail, dt.date(2027, 3, 1)),
        ScheduledChangeCancel(detail.EAN, scheduled, False, tuple(detail.timeline)),
    ]


def test_each_kind_of_change_is_kept_beside_the_others_and_read_back_after_a_restart(db_path, update):
    changes = _changes(update)
    store = DraftStore(db_path)
    for change in changes:
        store.save(COMMUNITY, change, DraftReason.CRM_UNREACHABLE)
    again = DraftStore(db_path)  # the app was restarted
    assert sorted(d.kind for d in again.list(COMMUNITY)) == sorted(ChangeKind)
    for change in changes:
        draft = again.get(COMMUNITY, change.ean, change.kind)
        assert draft is not None and draft.change == change and draft.kind is change.kind
    new_meter = again.get(COMMUNITY, changes[1].ean, ChangeKind.ADD).change
    assert new_meter.period.effective_date == dt.date(2027, 2, 1)
    assert new_meter.to_body() == changes[1].to_body()
    with pytest.raises(TypeError):
        _ = again.get(COMMUNITY, update.ean, ChangeKind.DEACTIVATE).update
    assert again.delete(COMMUNITY, update.ean, ChangeKind.DEACTIVATE)
    assert again.get(COMMUNITY, update.ean, ChangeKind.DEACTIVATE) is None
    assert again.get(COMMUNITY, update.ean).update == update  # the meter's other drafts stay


def test_the_drafts_of_an_earlier_version_are_kept_as_updates(db_path, update):
    before_kinds = Database(db_path, MIGRATIONS[:3])
    with before_kinds.connection() as conn:
        conn.execute("INSERT INTO drafts VALUES (?, ?, 'kept_by_user', '2026-11-03T00:00:00+00:00', ?)",
                     (COMMUNITY, update.ean, update.model_dump_json()))
    store = DraftStore(db_path)
    [draft] = store.list(COMMUNITY)
    assert draft.kind is ChangeKind.UPDATE and draft.update == update
    assert draft.reason is DraftReason.KEPT_BY_USER
    assert store.database.schema_version() == MIGRATIONS[-1].version
    assert db_path.with_name(f"{db_path.name}.v3.bak").exists()


@pytest.mark.parametrize("versions", [len(MIGRATIONS), 3])
def test_a_damaged_file_carries_every_kind_of_draft_into_the_new_one(db_path, update, versions):
    database = Database(db_path, MIGRATIONS[:versions])
    if versions == len(MIGRATIONS):
        changes = _changes(update)
        for change in changes:
            DraftStore(database).save(COMMUNITY, change, DraftReason.CRM_UNREACHABLE)
    else:  # a file of a version whose drafts were all updates, without a column saying so
        changes = [update]
        with database.connection() as conn:
            conn.execute("INSERT INTO drafts VALUES (?, ?, 'kept_by_user', '2026-11-03T00:00:00+00:00', ?)",
                         (COMMUNITY, update.ean, update.model_dump_json()))
    database.mark_damaged()

    fresh = Database(db_path)
    recovered = DraftStore(fresh).list(COMMUNITY)
    [notice] = fresh.take_notices()
    assert notice.kind is NoticeKind.SET_ASIDE and (notice.recovered, notice.unreadable) == (len(changes), 0)
    assert sorted((d.kind, d.ean) for d in recovered) == sorted((c.kind, c.ean) for c in changes)
