"""MemberDirectory: every member of the community, loaded in the background, searched without case nor
accents."""

from __future__ import annotations

from optimce_desktop.domain.models import MemberRef
from optimce_desktop.domain.text import fold
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.problems import ProblemKind


def _loaded(qtbot, directory: MemberDirectory) -> list[MemberRef]:
    received: list[list[MemberRef]] = []
    directory.loaded.connect(received.append)
    directory.load()
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    return received[0]


def test_loads_every_member_sorted_by_name(qtbot, member_directory, crm_client):
    assert not member_directory.is_loaded
    members = _loaded(qtbot, member_directory)
    total = crm_client.list_members(page=1, limit=1).pagination.total
    assert len(members) == total > 100 and member_directory.is_loaded and not member_directory.is_loading
    assert [fold(m.name) for m in members] == sorted(fold(m.name) for m in members)
    assert member_directory.by_id(members[0].id) == members[0]


def test_search_ignores_case_and_accents_and_matches_inside_names(qtbot, member_directory):
    members = _loaded(qtbot, member_directory)
    accented = next(m for m in members if fold(m.name) != m.name.casefold())
    query = fold(accented.name)[1:].upper()
    found = member_directory.search(query)
    assert accented in found and all(query.casefold() in fold(m.name) for m in found)
    assert len(member_directory.search("")) == len(members)
    assert member_directory.search("zzz-nobody-zzz") == []
    assert len(member_directory.search("", limit=5)) == 5


def test_folded_text():
    assert fold("Lemaître-Gérard Œuvre") == "lemaitre-gerard œuvre"


def test_load_is_started_once(qtbot, member_directory):
    member_directory.load()
    assert member_directory.is_loading
    member_directory.load()  # already loading: nothing new
    qtbot.waitUntil(lambda: member_directory.is_loaded, timeout=5000)
    before = member_directory.members
    member_directory.load()  # already loaded: nothing to do
    assert not member_directory.is_loading and member_directory.members == before


def test_an_unreachable_crm_is_reported_and_earlier_members_are_kept(qtbot, emulator, member_directory):
    _loaded(qtbot, member_directory)
    qtbot.waitUntil(lambda: not member_directory.is_reading_identities, timeout=10_000)  # homonyms told apart
    members = member_directory.members
    problems = []
    member_directory.failed.connect(problems.append)
    emulator.stop()
    member_directory.reload()
    qtbot.waitUntil(lambda: bool(problems), timeout=5000)
    assert problems[0].kind is ProblemKind.OFFLINE and member_directory.last_problem is problems[0]
    assert member_directory.members == members


def test_switching_community_forgets_the_previous_members_at_once(qtbot, member_directory):
    member_directory.load()
    qtbot.waitUntil(lambda: member_directory.is_loaded, timeout=5000)
    assert member_directory.members
    member_directory.switch_community()
    assert member_directory.members == [] and not member_directory.is_loaded
    qtbot.waitUntil(lambda: member_directory.is_loaded, timeout=5000)
    assert member_directory.members
