"""Members of the same name told apart: the directory reads the full record of those members, and of those
only, in the background, and adds their first name and home address to the list (and to the offline copy)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.domain.models import ListedMember, MemberRef
from optimce_desktop.domain.text import fold
from optimce_desktop.emulator import TOURNESOLS_AUTH_ID
from optimce_desktop.services.connection import ConnectionMonitor
from optimce_desktop.services.members import MemberDirectory

MEMBER_RECORD = re.compile(r"^/members/\d+$")


@pytest.fixture
def database(drafts_path) -> Database:
    return Database(drafts_path)


def _loads(qtbot, directory: MemberDirectory) -> list[list[MemberRef]]:
    """Every list the directory emits until it has read what tells its homonyms apart."""
    received: list[list[MemberRef]] = []
    directory.loaded.connect(received.append)
    directory.load()
    qtbot.waitUntil(lambda: directory.is_loaded and not directory.is_reading_identities, timeout=10_000)
    return received


def _homonym_ids(members: list[MemberRef]) -> set[int]:
    counts = Counter(fold(m.name) for m in members)
    return {m.id for m in members if counts[fold(m.name)] > 1}


def test_the_records_of_homonyms_only_are_read_and_tell_them_apart(qtbot, emulator, crm_client,
                                                                  member_directory):
    records_read = emulator.faults.set_random(method="GET", path=MEMBER_RECORD)  # counts, fails nothing
    received = _loads(qtbot, member_directory)
    members = member_directory.members
    homonyms = _homonym_ids(members)
    assert {m.id for m in member_directory.homonyms()} == homonyms
    assert 0 < len(homonyms) < len(members)
    assert records_read.requests == len(homonyms)

    # the list first, as the CRM lists it; then the same members, homonyms with their first name and address
    assert len(received) >= 2 and [m.id for m in received[0]] == [m.id for m in received[-1]]
    assert not any(isinstance(m, ListedMember) for m in received[0])
    for member in members:
        if member.id not in homonyms:
            assert type(member) is MemberRef
            continue
        record = crm_client.member_detail(member.id)
        assert isinstance(member, ListedMember) and member.has_identity
        assert (member.name, member.first_name, member.home_address) == (
            record.name, record.first_name, record.home_address)
        assert "email" not in member.model_dump() and not member.model_extra  # no more of the record

    gillets = [m for m in members if isinstance(m, ListedMember) and m.name == "Gillet"]
    assert len(gillets) >= 2
    chosen = gillets[-1]
    assert chosen.address_line == (f"{chosen.home_address.street} {chosen.home_address.number}, "
                                   f"{chosen.home_address.postcode} {chosen.home_address.city}")
    assert chosen in member_directory.search(f"{chosen.first_name.upper()}")
    assert chosen in member_directory.search(f"gillet {fold(chosen.first_name)}")
    assert chosen in member_directory.search(chosen.home_address.city)


def test_records_that_cannot_be_read_leave_the_list_as_listed_and_no_failure(qtbot, emulator,
                                                                             member_directory):
    refused = emulator.faults.add(method="GET", path=MEMBER_RECORD, status=500, times=None)
    failures = []
    member_directory.failed.connect(failures.append)
    received = _loads(qtbot, member_directory)
    assert refused.hits > 0 and failures == [] and member_directory.last_problem is None
    assert len(received) == 1 and not any(isinstance(m, ListedMember) for m in member_directory.members)


def test_the_homonyms_first_names_and_addresses_are_saved_and_shown_offline_at_once(
        qtbot, emulator, crm_client, service_tasks, database):
    saved = SavedDirectory(database)
    online = MemberDirectory(crm_client, service_tasks, offline_copy=saved)
    _loads(qtbot, online)
    identified = [m for m in online.members if isinstance(m, ListedMember)]
    assert identified
    copy = saved.members(TOURNESOLS_AUTH_ID)
    assert copy is not None and copy.members == online.members

    # "Refresh all" saves the list alone: what was read of the homonyms stays
    saved.save_members(TOURNESOLS_AUTH_ID, list(crm_client.iter_members(page_size=500)))
    copy = saved.members(TOURNESOLS_AUTH_ID)
    assert copy is not None and {m.id for m in copy.members if isinstance(m, ListedMember)} == {
        m.id for m in identified}

    # offline by choice: from the copy, with no record read
    records_read = emulator.faults.set_random(method="GET", path=MEMBER_RECORD)
    offline = MemberDirectory(crm_client, service_tasks, offline_copy=saved,
                              connection=ConnectionMonitor(crm_client, service_tasks, work_offline=True))
    received = _loads(qtbot, offline)
    assert len(received) == 1 and sorted(received[0], key=lambda m: m.id) == sorted(online.members,
                                                                                  key=lambda m: m.id)
    assert records_read.requests == 0

    # online again: shown at once from the copy, and not asked of the CRM again (its load stays the list's)
    again = MemberDirectory(crm_client, service_tasks, offline_copy=saved)
    received = _loads(qtbot, again)
    assert {m.id for m in received[0] if isinstance(m, ListedMember)} == {m.id for m in identified}
    qtbot.waitUntil(lambda: not again.is_reading_identities, timeout=10_000)
    assert records_read.requests == 0


def test_a_community_with_too_many_homonyms_keeps_their_numbers_and_asks_the_crm_nothing(
        qtbot, emulator, crm_client, service_tasks, monkeypatch):
    """A large community whose names repeat often (thousands of homonyms) would have the CRM asked for as
    many records at each opening: its members keep their CRM numbers in the picker."""
    records_read = emulator.faults.set_random(method="GET", path=MEMBER_RECORD)
    listed = MemberDirectory(crm_client, service_tasks)
    monkeypatch.setattr("optimce_desktop.services.members.IDENTITIES_READ_AT_MOST",
                        len(_homonym_ids(list(crm_client.iter_members(page_size=500)))) - 1)
    received = _loads(qtbot, listed)
    qtbot.wait(300)  # a read would have started by now
    assert not listed.is_reading_identities and records_read.requests == 0
    assert not any(isinstance(m, ListedMember) and m.has_identity for m in received[-1])
