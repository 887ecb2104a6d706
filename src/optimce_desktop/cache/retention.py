"""What happens to a user's offline copy of the CRM when they sign out or another user signs in.

The choice is a setting (keep, or remove). Removing takes the saved communities, meters, details and
members, and the older copies of the file kept beside it (moved aside, or backed up before a migration).
Drafts of unsent updates are the user's own work, not a copy of the CRM: they stay unless asked for too.
Call these while no task uses the database (after the window that used it closed).
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from optimce_desktop.cache.database import HELD_DATA_SUFFIX, Database, transaction

log = logging.getLogger(__name__)

OFFLINE_COPY_TABLES = ("cached_communities", "cached_lists", "cached_meters", "cached_details",
                       "staged_details", "list_generations", "cached_members", "cached_consumptions")


class SignOutChoice(StrEnum):
    KEEP = "keep"
    """Keep the offline copy: the next sign-in of the same user opens it at once."""
    REMOVE = "remove"
    """Remove it: nothing of the CRM stays on this computer (for shared computers)."""


def remove_offline_copy(database_path: Path, *, include_drafts: bool = False) -> list[Path]:
    """Removes the user's offline copy; returns the files deleted. The database file itself goes when
    nothing is left in it (no draft, or ``include_drafts``); otherwise it is emptied of saved rows and
    compacted, so that the removed data does not linger in free pages."""
    if not database_path.exists():
        return _remove_older_copies(database_path)
    database = Database(database_path)
    with database.connection() as conn:
        drafts = 0 if include_drafts else conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0]
        if drafts:
            with transaction(conn):
                for table in OFFLINE_COPY_TABLES:
                    conn.execute(f"DELETE FROM {table}")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # After opening: a file found unreadable there was moved aside, and is an older copy too.
    removed = _remove_older_copies(database_path)
    if drafts:
        log.info("Removed the offline copy of the CRM from %s; kept %d draft(s)", database_path, drafts)
        return removed
    # the marker that it held data goes too: a later start is a first start, not a file found emptied
    for suffix in ("", "-wal", "-shm", HELD_DATA_SUFFIX):
        path = database_path.with_name(database_path.name + suffix)
        if path.exists():
            path.unlink()
            removed.append(path)
    log.info("Removed the local database %s", database_path)
    return removed


def on_sign_out(database_path: Path, choice: SignOutChoice) -> list[Path]:
    """Applies the user's setting when they sign out (or another user signs in); returns deleted files."""
    if SignOutChoice(choice) is SignOutChoice.KEEP:
        return []
    return remove_offline_copy(database_path)


def _remove_older_copies(database_path: Path) -> list[Path]:
    """Files named after the database and a suffix: moved aside (``.corrupt-<date>``) or backed up."""
    removed = []
    if database_path.parent.exists():
        for path in database_path.parent.glob(f"{database_path.name}.*"):
            if path.is_file():
                path.unlink()
                removed.append(path)
    return removed
