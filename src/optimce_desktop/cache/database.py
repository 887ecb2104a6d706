"""The app's one local SQLite file: opened in WAL mode, versioned by an ordered list of migrations.

Every feature that stores something locally (drafts, the offline copy of the CRM) adds its tables as the
next ``Migration`` in ``MIGRATIONS``; a released migration is never edited, only followed by another one.
The ``schema_version`` table records each migration applied. A file that is not a readable SQLite
database, or that a newer version of the app migrated further than this one knows, is moved aside (never
deleted) and a fresh file takes its place. Before migrating an existing file, a copy is kept next to it.

Opening checks only what is cheap (the file reads as a database, its version): a full integrity check
reads the whole file, a few tenths of a second for a large offline copy, so ``check_integrity`` runs it
later, in the background; a file found damaged then (or by a failing read, ``mark_damaged``) is moved
aside at the next start.

No Qt here. Connections are short-lived and per call, so that worker threads never share one; the
constructor touches no disk, so a ``Database`` may be built on the GUI thread and first used in a task.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "optimce-desktop"
DATABASE_FILE_NAME = "optimce-desktop.sqlite3"
BUSY_TIMEOUT_SECONDS = 5.0

MigrationStep = str | Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    """One schema change: SQL statements (one per string) or functions, run in a single transaction."""

    version: int
    name: str
    steps: tuple[MigrationStep, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "drafts of meter-data updates", (
        """
        CREATE TABLE drafts (
            community_id TEXT NOT NULL,
            ean          TEXT NOT NULL,
            reason       TEXT NOT NULL,
            saved_at     TEXT NOT NULL,  -- ISO 8601, UTC
            payload      TEXT NOT NULL,  -- the MeterDataUpdate as JSON, timeline included
            PRIMARY KEY (community_id, ean)
        ) WITHOUT ROWID
        """,
    )),
    Migration(2, "offline copy of communities, meter lists, meter details and members", (
        # The user's communities, in the CRM's order. Times are ISO 8601 in UTC.
        """
        CREATE TABLE cached_communities (
            auth_community_id TEXT PRIMARY KEY,
            position          INTEGER NOT NULL,
            payload           TEXT NOT NULL,  -- the Community as JSON
            fetched_at        TEXT NOT NULL
        )
        """,
        # A community's list is a generation of cached_meters rows; a refresh writes a new generation
        # beside the current one and commits by pointing this row at it, so a refresh that dies midway
        # leaves the previous list whole (its rows are swept by the next refresh).
        """
        CREATE TABLE cached_lists (
            community_id        TEXT PRIMARY KEY,
            generation          INTEGER NOT NULL,
            fetched_at          TEXT NOT NULL,
            meter_count         INTEGER NOT NULL,
            details_complete_at TEXT  -- when every detail was read in one refresh ("Refresh all")
        )
        """,
        """
        CREATE TABLE list_generations (
            generation   INTEGER PRIMARY KEY AUTOINCREMENT,
            community_id TEXT NOT NULL,
            started_at   TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE cached_meters (
            community_id  TEXT NOT NULL,
            generation    INTEGER NOT NULL,
            ean           TEXT NOT NULL,
            position      INTEGER NOT NULL,
            meter_number  TEXT NOT NULL,
            status        INTEGER NOT NULL,
            start_date    TEXT,
            address_line  TEXT NOT NULL,
            address_place TEXT NOT NULL,
            item          TEXT NOT NULL,  -- the list item as JSON
            fetched_at    TEXT NOT NULL,
            PRIMARY KEY (community_id, generation, ean)
        )
        """,
        "CREATE INDEX cached_meters_in_order ON cached_meters (community_id, generation, position)",
        # One detail per meter, with what the list shows of it (the list itself lacks holders).
        """
        CREATE TABLE cached_details (
            community_id      TEXT NOT NULL,
            ean               TEXT NOT NULL,
            holder            TEXT,
            sharing_operation TEXT,
            current_status    INTEGER,  -- NULL when no period is in effect
            current_start     TEXT,
            detail            TEXT NOT NULL,  -- the MeterDetail as JSON
            fetched_at        TEXT NOT NULL,
            PRIMARY KEY (community_id, ean)
        )
        """,
        # Details read by a "Refresh all", kept apart until the whole community is read.
        """
        CREATE TABLE staged_details (
            generation        INTEGER NOT NULL,
            ean               TEXT NOT NULL,
            holder            TEXT,
            sharing_operation TEXT,
            current_status    INTEGER,
            current_start     TEXT,
            detail            TEXT NOT NULL,
            fetched_at        TEXT NOT NULL,
            PRIMARY KEY (generation, ean)
        )
        """,
        """
        CREATE TABLE cached_members (
            community_id TEXT PRIMARY KEY,
            payload      TEXT NOT NULL,  -- JSON array of the community's members
            fetched_at   TEXT NOT NULL
        )
        """,
    )),
    Migration(3, "offline copy of the consumptions read", (
        # One meter's totals of one Brussels day (kWh), as last read from the CRM.
        """
        CREATE TABLE cached_consumptions (
            community_id    TEXT NOT NULL,
            ean             TEXT NOT NULL,
            day             TEXT NOT NULL,  -- ISO date, Brussels calendar
            consumed_net    REAL NOT NULL,
            consumed_shared REAL NOT NULL,
            injected_net    REAL NOT NULL,
            injected_shared REAL NOT NULL,
            fetched_at      TEXT NOT NULL,
            PRIMARY KEY (community_id, ean, day)
        ) WITHOUT ROWID
        """,
    )),
)


class DatabaseError(Exception):
    """The local database cannot be used (for instance the folder is not writable, or a migration failed)."""


def default_database_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / DATABASE_FILE_NAME


class Database:
    """The local SQLite file. ``connection()`` opens it, migrating it first if this is its first use."""

    def __init__(self, path: Path | None = None, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        _check_ordered(migrations)
        self.path = Path(path) if path is not None else default_database_path()
        self._migrations = tuple(migrations)
        self._prepare_lock = threading.Lock()
        self._prepared = False
        self.moved_aside: list[Path] = []
        """Files this instance moved aside (unreadable, or from a newer app), for the user to be told."""

    @property
    def latest_version(self) -> int:
        return self._migrations[-1].version if self._migrations else 0

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection in autocommit mode (use ``transaction`` to group writes); closed on exit."""
        self._ensure_prepared()
        with closing(self._open()) as conn:
            yield conn

    def schema_version(self) -> int:
        with self.connection() as conn:
            return _read_version(conn)

    @property
    def damage_marker(self) -> Path:
        """Its presence asks the next start to move the file aside."""
        return self.path.with_name(self.path.name + ".damaged")

    def check_integrity(self) -> bool:
        """Reads the whole file (SQLite's quick check); False, and the file marked for the next start to
        move it aside, when it is damaged. Slow on a large file: call it from a background task."""
        try:
            with self.connection() as conn:
                healthy = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        except sqlite3.DatabaseError as exc:
            log.warning("The local database %s failed its integrity check: %s", self.path, exc)
            healthy = False
        if not healthy:
            self.mark_damaged()
        return healthy

    def mark_damaged(self) -> None:
        """Asks the next start to move the file aside and build a new one (it may be in use now)."""
        log.warning("The local database %s is damaged: it is set aside at the next start", self.path)
        try:
            self.damage_marker.touch()
        except OSError as exc:
            log.warning("Could not mark %s as damaged: %s", self.path, exc)

    def take_moved_aside(self) -> list[Path]:
        """The files moved aside so far, once: the first caller tells the user, later ones get []."""
        moved, self.moved_aside = self.moved_aside, []
        return moved

    # -- preparing the file --------------------------------------------------------------------------

    def _ensure_prepared(self) -> None:
        with self._prepare_lock:
            if self._prepared:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"Cannot create the folder of {self.path}: {exc}") from exc
            self._prepare()
            self._prepared = True

    def _prepare(self) -> None:
        found = self._inspect()
        if isinstance(found, str):
            self._move_aside(found)
            found = 0
        if found > self.latest_version:
            self._move_aside(f"newer-v{found}")
            found = 0
        if found < self.latest_version:
            if found > 0:
                self._back_up(found)
            self._migrate(found)

    def _inspect(self) -> int | str:
        """The file's schema version (0 for a new or empty file), or why it cannot be used."""
        if not self.path.exists():
            return 0
        if self.damage_marker.exists():
            return "corrupt"
        try:
            with closing(self._open()) as conn:
                rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                tables = {row[0] for row in rows}
                if not tables:
                    return 0
                if "schema_version" not in tables:
                    return "unknown"
                return _read_version(conn)
        except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
            log.warning("The local database %s is unreadable: %s", self.path, exc)
            return "corrupt"

    def _migrate(self, current: int) -> None:
        with closing(self._open()) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for migration in self._migrations:
                if migration.version <= current:
                    continue
                log.info("Migrating the local database to version %d (%s)", migration.version, migration.name)
                try:
                    with transaction(conn):
                        for step in migration.steps:
                            if isinstance(step, str):
                                conn.execute(step)
                            else:
                                step(conn)
                        conn.execute(
                            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                            (migration.version, migration.name, _utc_now_text()),
                        )
                except sqlite3.Error as exc:
                    raise DatabaseError(
                        f"Migration {migration.version} ({migration.name}) of {self.path} failed: {exc}"
                    ) from exc

    def _back_up(self, version: int) -> None:
        backup_path = self.path.with_name(f"{self.path.name}.v{version}.bak")
        with closing(self._open()) as source, closing(sqlite3.connect(backup_path)) as target:
            source.backup(target)
        log.info("Kept a copy of the local database before migrating it: %s", backup_path)

    def _move_aside(self, reason: str) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = []
        for suffix in ("", "-wal", "-shm"):
            source = self.path.with_name(self.path.name + suffix)
            if source.exists():
                target = self.path.with_name(f"{self.path.name}.{reason}-{stamp}{suffix}")
                source.replace(target)
                moved.append(target)
        if moved:
            log.warning("Moved the local database aside (%s): %s", reason, moved[0])
            self.moved_aside.append(moved[0])
        self.damage_marker.unlink(missing_ok=True)

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise DatabaseError(f"Cannot open the local database {self.path}: {exc}") from exc
        conn.execute("PRAGMA foreign_keys = ON")
        # In WAL mode a commit survives a crash or a kill of the app without an fsync per commit.
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises (for autocommit-mode connections)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _read_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _check_ordered(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"Migrations must be numbered 1, 2, 3... in order, not {versions}")


def _utc_now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
