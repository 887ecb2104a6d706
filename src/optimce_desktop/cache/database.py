"""The app's one local SQLite file: opened in WAL mode, versioned by an ordered list of migrations.

Every feature that stores something locally (drafts, the offline copy of the CRM) adds its tables as the
next ``Migration`` in ``MIGRATIONS``; a released migration is never edited, only followed by another one.
The ``schema_version`` table records each migration applied. Before migrating an existing file, a copy is
kept next to it.

What a file can be found to be, and what happens then:

- damaged (not a SQLite database, malformed pages, or someone else's tables): the drafts that can still be
  read are carried into a fresh file, the old one is moved aside (never deleted), and a ``DatabaseNotice``
  says how many were recovered, how many could not be, and where the old file is;
- written by a newer version of the app: kept, and used read-only (its drafts are still offered);
  ``trouble`` says so while the app runs;
- empty (0 bytes) although it held data (``held_data_marker``): reported by a notice, then started again;
- busy, locked, full, not writable, failing to read or write: "cannot be used right now"
  (``DatabaseUnavailableError``, and ``trouble`` until a write succeeds again); the file stays as it is.

Opening checks only what is cheap (the file reads as a database, its version): a full integrity check
reads the whole file, a few tenths of a second for a large offline copy, so ``check_integrity`` runs it
later, in the background; a file found damaged then (or by a failing read, ``mark_damaged``) is set
aside, its drafts carried over, at the next start.

No Qt here. Connections are short-lived and per call, so that worker threads never share one; the
constructor touches no disk, so a ``Database`` may be built on the GUI thread and first used in a task.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "optimce-desktop"
DATABASE_FILE_NAME = "optimce-desktop.sqlite3"
BUSY_TIMEOUT_SECONDS = 5.0
HELD_DATA_SUFFIX = "-held-data"
"""Names the marker beside the file (as SQLite names its journals) that says the file held data."""

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
    Migration(4, "drafts of every kind of meter change", (
        # One draft per meter and kind of change; the drafts kept so far are all updates.
        """
        CREATE TABLE meter_change_drafts (
            community_id TEXT NOT NULL,
            ean          TEXT NOT NULL,  -- of a new meter: the EAN it will have
            kind         TEXT NOT NULL,  -- update, add, modify, deactivate, cancel_scheduled
            reason       TEXT NOT NULL,
            saved_at     TEXT NOT NULL,  -- ISO 8601, UTC
            payload      TEXT NOT NULL,  -- the change as JSON, with the meter it was made against
            PRIMARY KEY (community_id, ean, kind)
        ) WITHOUT ROWID
        """,
        "INSERT INTO meter_change_drafts (community_id, ean, kind, reason, saved_at, payload)"
        " SELECT community_id, ean, 'update', reason, saved_at, payload FROM drafts",
        "DROP TABLE drafts",
        "ALTER TABLE meter_change_drafts RENAME TO drafts",
    )),
)


class DatabaseError(Exception):
    """The local database cannot be used (for instance the folder is not writable, or a migration failed)."""


class Trouble(StrEnum):
    """Why a healthy file cannot be used right now (it is left as it is)."""

    BUSY = "busy"
    """Another program (or another copy of the app) holds a lock on it."""
    FULL = "full"
    """The disk is full (or the file reached its size limit)."""
    NO_ACCESS = "no_access"
    """This app is not allowed to open or to write it."""
    IO = "io"
    """Reading or writing it failed."""
    NEWER = "newer"
    """A newer version of the app wrote it: this one only reads it."""


class DatabaseUnavailableError(DatabaseError):
    """The file cannot be used right now; it is not damaged, and stays where it is."""

    def __init__(self, trouble: Trouble, detail: str) -> None:
        super().__init__(detail)
        self.trouble = trouble
        self.detail = detail
        """SQLite's or the system's own words, in English."""


class NoticeKind(StrEnum):
    SET_ASIDE = "set_aside"
    """The file was damaged: moved aside, its readable drafts carried into a new file."""
    EMPTIED = "emptied"
    """The file was found empty (0 bytes) although it held data: its drafts are lost."""


@dataclass(frozen=True)
class DatabaseNotice:
    """Something found when opening the file, for the user to be told once."""

    kind: NoticeKind
    path: Path
    """Where the old file now is (``SET_ASIDE``), or the file itself (``EMPTIED``)."""
    recovered: int = 0
    """Drafts carried into the new file."""
    unreadable: int | None = 0
    """Drafts that could not be read; None when the file was too damaged to tell how many it held."""


_TROUBLE_BY_CODE = {
    sqlite3.SQLITE_BUSY: Trouble.BUSY,
    sqlite3.SQLITE_LOCKED: Trouble.BUSY,
    sqlite3.SQLITE_FULL: Trouble.FULL,
    sqlite3.SQLITE_PERM: Trouble.NO_ACCESS,
    sqlite3.SQLITE_READONLY: Trouble.NO_ACCESS,
    sqlite3.SQLITE_CANTOPEN: Trouble.NO_ACCESS,
    sqlite3.SQLITE_AUTH: Trouble.NO_ACCESS,
    sqlite3.SQLITE_IOERR: Trouble.IO,
    sqlite3.SQLITE_PROTOCOL: Trouble.IO,
    sqlite3.SQLITE_NOMEM: Trouble.IO,
}
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def trouble_of(error: BaseException) -> Trouble | None:
    """Why ``error`` keeps a healthy file from being used right now; None when it says something else."""
    if isinstance(error, DatabaseUnavailableError):
        return error.trouble
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return None if code is None else _TROUBLE_BY_CODE.get(code & 0xFF)  # extended codes: low byte
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return Trouble.FULL
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Trouble.NO_ACCESS
        return Trouble.IO
    return None


def is_damage(error: BaseException) -> bool:
    """True when ``error`` says the file is not a database, or is malformed: only these count as damage."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.Error) and code is not None and code & 0xFF in _DAMAGE_CODES


def default_database_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / DATABASE_FILE_NAME


class Database:
    """The local SQLite file. ``connection()`` opens it, migrating it first if this is its first use."""

    def __init__(self, path: Path | None = None, migrations: Sequence[Migration] = MIGRATIONS, *,
                 max_pages: int | None = None, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        _check_ordered(migrations)
        self.path = Path(path) if path is not None else default_database_path()
        self._migrations = tuple(migrations)
        self.max_pages = max_pages
        """A cap on the file's size, in pages (SQLite's ``max_page_count``): a write past it fails as on a
        full disk. None: no cap but the disk's."""
        self.busy_timeout = busy_timeout
        """Seconds a statement waits for another connection's lock before the file is "busy"."""
        self._prepare_lock = threading.Lock()
        self._prepared = False
        self._state_lock = threading.Lock()
        self._trouble: DatabaseUnavailableError | None = None
        self._newer_version: int | None = None
        self._notices: list[DatabaseNotice] = []
        self._listeners: list[Callable[[], None]] = []
        self.moved_aside: list[Path] = []
        """Files this instance moved aside (damaged), as the notices say too."""

    @property
    def latest_version(self) -> int:
        return self._migrations[-1].version if self._migrations else 0

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection in autocommit mode (use ``transaction`` to group writes); closed on exit.
        Raises ``DatabaseUnavailableError`` when the file cannot be used right now (busy, full...)."""
        try:
            self._ensure_prepared()
            with closing(self._open()) as conn:
                yield conn
                wrote = conn.total_changes > 0
        except (sqlite3.Error, OSError) as exc:
            trouble = trouble_of(exc)
            if trouble is None:
                raise
            raise self._unavailable(trouble, exc) from exc
        if wrote:
            self._usable_again()

    def schema_version(self) -> int:
        with self.connection() as conn:
            return _read_version(conn)

    def probe(self) -> None:
        """Takes the write lock and lets it go: ends ``trouble`` when that works (a full disk is only
        noticed by the next write). Waits for a lock up to the busy timeout: call it from a task."""
        with self.connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        self._usable_again()

    # -- what the user is told -----------------------------------------------------------------------

    @property
    def trouble(self) -> DatabaseUnavailableError | None:
        """Why the file cannot be used right now, until a write works again (for good when ``NEWER``)."""
        with self._state_lock:
            return self._trouble

    @property
    def newer_version(self) -> int | None:
        """The file's schema version when a newer app wrote it (it is then only read), else None."""
        return self._newer_version

    def watch(self, listener: Callable[[], None]) -> None:
        """Calls ``listener()`` (on whichever thread noticed) when ``trouble`` changes or a notice comes."""
        with self._state_lock:
            self._listeners.append(listener)

    def take_notices(self) -> list[DatabaseNotice]:
        """What opening the file found, once: the first caller tells the user, later ones get []."""
        with self._state_lock:
            notices, self._notices = self._notices, []
        return notices

    def take_moved_aside(self) -> list[Path]:
        """Always []: the files moved aside are told by ``take_notices``, with the drafts carried over."""
        return []

    # -- damage found while the app runs -------------------------------------------------------------

    @property
    def damage_marker(self) -> Path:
        """Its presence asks the next start to set the file aside (after carrying its drafts over)."""
        return self.path.with_name(self.path.name + ".damaged")

    @property
    def held_data_marker(self) -> Path:
        """Present once the file held data: a file found empty then was cut short, not a first start."""
        return self.path.with_name(self.path.name + HELD_DATA_SUFFIX)

    def check_integrity(self) -> bool:
        """Reads the whole file (SQLite's quick check); False, and the file marked for the next start to
        set it aside, when it is damaged. Raises ``DatabaseUnavailableError`` when it cannot be read right
        now (that is no damage). Slow on a large file: call it from a background task."""
        try:
            with self.connection() as conn:
                healthy = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            log.warning("The local database %s failed its integrity check: %s", self.path, exc)
            healthy = False
        if not healthy:
            self.mark_damaged()
        return healthy

    def mark_damaged(self) -> None:
        """Asks the next start to set the file aside and build a new one (it may be in use now)."""
        log.warning("The local database %s is damaged: it is set aside at the next start", self.path)
        try:
            self.damage_marker.touch()
        except OSError as exc:
            log.warning("Could not mark %s as damaged: %s", self.path, exc)

    # -- state ---------------------------------------------------------------------------------------

    def _unavailable(self, trouble: Trouble, error: BaseException) -> DatabaseUnavailableError:
        if self._newer_version is not None and trouble is Trouble.NO_ACCESS:
            trouble = Trouble.NEWER  # the read-only use of a newer app's file refused a write
        unavailable = DatabaseUnavailableError(trouble, str(error))
        self._set_trouble(unavailable)
        return unavailable

    def _set_trouble(self, error: DatabaseUnavailableError) -> None:
        with self._state_lock:
            changed = self._trouble is None or self._trouble.trouble is not error.trouble
            self._trouble = error
        if changed:
            log.warning("The local database %s cannot be used right now (%s): %s", self.path,
                        error.trouble.value, error.detail)
            self._tell_listeners()

    def _usable_again(self) -> None:
        with self._state_lock:
            if self._trouble is None or self._trouble.trouble is Trouble.NEWER:
                return
            self._trouble = None
        log.info("The local database %s can be used again", self.path)
        self._tell_listeners()

    def _add_notice(self, notice: DatabaseNotice) -> None:
        with self._state_lock:
            self._notices.append(notice)
        self._tell_listeners()

    def _tell_listeners(self) -> None:
        with self._state_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()

    # -- preparing the file --------------------------------------------------------------------------

    def _ensure_prepared(self) -> None:
        with self._prepare_lock:
            if self._prepared:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                error = OSError(exc.errno, f"Cannot create the folder of {self.path}: {exc}")
                raise self._unavailable(trouble_of(exc) or Trouble.IO, error) from exc
            self._prepare()
            self._prepared = True

    def _prepare(self) -> None:
        found = self._inspect()
        if isinstance(found, str):
            self._replace_damaged(found)
            return
        if found > self.latest_version:
            self._newer_version = found
            self._set_trouble(DatabaseUnavailableError(Trouble.NEWER, (
                f"written by a newer version of the app (schema version {found}; this one knows up to "
                f"{self.latest_version}): it is only read")))
            return
        if found < self.latest_version:
            if found > 0:
                self._back_up(found)
            self._migrate(self.path, found)
        self._remember_data()

    def _inspect(self) -> int | str:
        """The file's schema version (0 for a new or empty file), or why it is damaged. Errors that are no
        damage (busy, locked, I/O...) are raised: the file stays as it is."""
        if not self.path.exists():
            return 0
        if self.damage_marker.exists():
            return "corrupt"
        if self.path.stat().st_size == 0:
            if self.held_data_marker.exists():
                log.warning("The local database %s was found empty although it held data", self.path)
                self._add_notice(DatabaseNotice(NoticeKind.EMPTIED, self.path, unreadable=None))
            return 0
        try:
            with closing(self._open()) as conn:
                rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                tables = {row[0] for row in rows}
                if not tables:
                    return 0
                if "schema_version" not in tables:
                    return "unknown"
                # the drafts are the user's own work, and few: checked at once, the rest in the background
                if "drafts" in tables and conn.execute("PRAGMA quick_check(drafts)").fetchone()[0] != "ok":
                    return "corrupt"
                return _read_version(conn)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            log.warning("The local database %s is unreadable: %s", self.path, exc)
            return "corrupt"

    def _replace_damaged(self, reason: str) -> None:
        """Carries the drafts still readable into a new file built beside the damaged one, then swaps them:
        until the swap, a failure (a full disk...) leaves the damaged file where it was."""
        from optimce_desktop.cache.salvage import read_drafts  # the domain's models: only when needed

        salvage = read_drafts(self.path)
        fresh = self.path.with_name(self.path.name + ".new")
        _remove_with_journals(fresh)
        self._migrate(fresh, 0)
        with closing(self._open(fresh)) as conn, transaction(conn):
            conn.executemany("INSERT OR REPLACE INTO drafts (community_id, ean, kind, reason, saved_at,"
                             " payload) VALUES (?, ?, ?, ?, ?, ?)", salvage.rows)
        aside = self._move_aside(reason)
        fresh.replace(self.path)
        self._remember_data()
        log.warning("The local database %s was set aside as %s: %d draft(s) carried over, %s unreadable",
                    self.path, aside, len(salvage.rows), salvage.unreadable)
        self._add_notice(DatabaseNotice(NoticeKind.SET_ASIDE, aside, len(salvage.rows), salvage.unreadable))

    def _migrate(self, path: Path, current: int) -> None:
        with closing(self._open(path)) as conn:
            self._use_wal(conn)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            for migration in self._migrations:
                if migration.version <= current:
                    continue
                try:
                    with transaction(conn):
                        # read again under the write lock: another copy of the app may have applied it
                        if _read_version(conn) >= migration.version:
                            continue
                        log.info("Migrating the local database to version %d (%s)", migration.version,
                                 migration.name)
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
                    if trouble_of(exc) is not None:
                        raise  # busy, full...: not the migration's fault
                    raise DatabaseError(
                        f"Migration {migration.version} ({migration.name}) of {path} failed: {exc}"
                    ) from exc

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        """Switches a new file to WAL. SQLite answers "locked" at once, without waiting, while another copy
        of the app is switching the same new file: tried again until the busy timeout."""
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if trouble_of(exc) is not Trouble.BUSY or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    def _back_up(self, version: int) -> None:
        backup_path = self.path.with_name(f"{self.path.name}.v{version}.bak")
        with closing(self._open()) as source, closing(sqlite3.connect(backup_path)) as target:
            source.backup(target)
        log.info("Kept a copy of the local database before migrating it: %s", backup_path)

    def _move_aside(self, reason: str) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = []
        for suffix in ("", "-wal", "-shm"):
            source = self.path.with_name(self.path.name + suffix)
            if source.exists():
                target = self.path.with_name(f"{self.path.name}.{reason}-{stamp}{suffix}")
                source.replace(target)
                moved.append(target)
        self.damage_marker.unlink(missing_ok=True)
        log.warning("Moved the local database aside (%s): %s", reason, moved[0])
        self.moved_aside.append(moved[0])
        return moved[0]

    def _remember_data(self) -> None:
        if self.held_data_marker.exists():
            return
        try:
            self.held_data_marker.touch()
        except OSError as exc:  # only a later empty file would go unexplained
            log.warning("Could not write %s: %s", self.held_data_marker, exc)

    def _open(self, path: Path | None = None) -> sqlite3.Connection:
        conn = sqlite3.connect(path or self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            # In WAL mode a commit survives a crash or a kill of the app without an fsync per commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            if self.max_pages is not None:
                conn.execute(f"PRAGMA max_page_count = {int(self.max_pages)}")
            if self._newer_version is not None:
                conn.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            raise
        return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises (for autocommit-mode connections)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite already rolled back after some errors (a full disk)
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


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _utc_now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
