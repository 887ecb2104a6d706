"""The offline copy of who is who: the user's communities (so that the window opens the last one without
the network) and each community's members (the holders the update form offers), with what tells apart
members of the same name (first name, home address) for those whose full record was read.

No Qt; the domain models are imported on first use (see ``cache/meters.py``). Disk I/O: call from workers.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from optimce_desktop.cache.database import Database, transaction
from optimce_desktop.cache.meters import SavedMeters

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from optimce_desktop.domain.models import Community, ListedMember, MemberRef


@dataclass(frozen=True)
class SavedCommunities:
    communities: list[Community]
    fetched_at: dt.datetime


@dataclass(frozen=True)
class SavedMembers:
    members: list[MemberRef]
    """In the saved order; a ``ListedMember`` where a first name or home address was saved."""
    fetched_at: dt.datetime


class SavedDirectory:
    """The offline copy of the user's communities and of each community's members."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def save_communities(
        self, communities: Sequence[Community], fetched_at: dt.datetime | None = None
    ) -> None:
        """Replaces the user's communities; forgets the saved meters of those no longer listed."""
        moment = (fetched_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
        listed = {community.auth_community_id for community in communities}
        with self._database.connection() as conn, transaction(conn):
            known = {row[0] for row in conn.execute("SELECT auth_community_id FROM cached_communities")}
            conn.execute("DELETE FROM cached_communities")
            conn.executemany(
                "INSERT INTO cached_communities (auth_community_id, position, payload, fetched_at)"
                " VALUES (?, ?, ?, ?)",
                [(c.auth_community_id, i, c.model_dump_json(), moment) for i, c in enumerate(communities)],
            )
            gone = [(community_id,) for community_id in known - listed]
            conn.executemany("DELETE FROM cached_members WHERE community_id = ?", gone)
        SavedMeters(self._database).forget(known - listed)

    def communities(self) -> SavedCommunities | None:
        """The communities as last read from the CRM, or None if they never were."""
        with self._database.connection() as conn:
            rows = conn.execute(
                "SELECT payload, fetched_at FROM cached_communities ORDER BY position").fetchall()
        if not rows:
            return None
        adapter = _community_adapter()
        return SavedCommunities([adapter.validate_json(row[0]) for row in rows],
                                 dt.datetime.fromisoformat(rows[0][1]))

    def save_members(
        self, community_id: str, members: Sequence[MemberRef], fetched_at: dt.datetime | None = None
    ) -> None:
        """Replaces the community's members. A member given without its first name and home address (a list
        read again, as "Refresh all" reads it) keeps those saved before for it, if its name did not change:
        they are read from the CRM for a few members only, and a list alone does not bring them again."""
        moment = (fetched_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
        with self._database.connection() as conn, transaction(conn):
            row = conn.execute("SELECT payload FROM cached_members WHERE community_id = ?",
                               (community_id,)).fetchone()
            known = _identified_members(row[0]) if row is not None else {}
            payload = json.dumps([_with_known_identity(member, known).model_dump(mode="json")
                                  for member in members])
            conn.execute(
                "INSERT OR REPLACE INTO cached_members (community_id, payload, fetched_at) VALUES (?, ?, ?)",
                (community_id, payload, moment),
            )

    def members(self, community_id: str) -> SavedMembers | None:
        with self._database.connection() as conn:
            row = conn.execute("SELECT payload, fetched_at FROM cached_members WHERE community_id = ?",
                               (community_id,)).fetchone()
        if row is None:
            return None
        members = [_plain_unless_identified(m) for m in _members_adapter().validate_json(row[0])]
        return SavedMembers(members, dt.datetime.fromisoformat(row[1]))


@functools.cache
def _community_adapter() -> TypeAdapter[Community]:
    from pydantic import TypeAdapter

    from optimce_desktop.domain.models import Community

    return TypeAdapter(Community)


def _plain_unless_identified(member: ListedMember) -> MemberRef:
    from optimce_desktop.domain.models import MemberRef

    if member.has_identity:
        return member
    return MemberRef(id=member.id, name=member.name, member_type=member.member_type, status=member.status)


def _identified_members(payload: str) -> dict[int, ListedMember]:
    """The saved members whose first name or home address is known, by id; none from an unreadable copy
    (it is replaced)."""
    try:
        saved = _members_adapter().validate_json(payload)
    except ValueError:  # pydantic's ValidationError: a copy written by hand, or damaged
        return {}
    return {member.id: member for member in saved if member.has_identity}


def _with_known_identity(member: MemberRef, known: dict[int, ListedMember]) -> MemberRef:
    from optimce_desktop.domain.models import ListedMember

    if isinstance(member, ListedMember) and member.has_identity:
        return member
    saved = known.get(member.id)
    if saved is None or saved.name != member.name:
        return member
    return ListedMember.with_identity(member, saved)


@functools.cache
def _members_adapter() -> TypeAdapter[list[ListedMember]]:
    from pydantic import TypeAdapter

    from optimce_desktop.domain.models import ListedMember

    return TypeAdapter(list[ListedMember])
