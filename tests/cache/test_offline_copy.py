"""The offline copy of the CRM in the local database: lists written as whole generations, details, the
user's communities and members, and removing a user's copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from optimce_desktop.cache.database import MIGRATIONS, Database
from optimce_desktop.cache.directory import SavedDirectory
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.meters import RefreshAbandonedError, SavedMeters, SavedRow
from optimce_desktop.cache.retention import SignOutChoice, on_sign_out, remove_offline_copy
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.models import (
    Address,
    Community,
    ListedMember,
    MemberRef,
    MeterDetail,
    MeterListItem,
)
from optimce_desktop.domain.update import MeterDataUpdate
from tests.support.recordings import response_data

COMMUNITY = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0001"
OTHER = "7b0e5d1a-2c4f-4e8b-9a3d-1f6c8e2a0002"
T0 = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 21, 9, 45, tzinfo=dt.UTC)


def item(ean: str, status: MeterStatus = MeterStatus.ACTIVE, city: str = "Liège") -> MeterListItem:
    return MeterListItem.model_validate({
        "EAN": ean, "meter_number": f"M-{ean[-3:]}", "status": int(status), "start_date": "2026-01-01",
        "address": {"street": "Rue de la Station", "number": 12, "postcode": "4000", "city": city},
    })


def detail(ean: str, holder: str = "Boulangerie Lemaire SRL") -> MeterDetail:
    data = response_data("F5")
    data = {**data, "EAN": ean, "holder": {**data["holder"], "name": holder}}
    return MeterDetail.model_validate(data)


EANS = [f"5414480000000000{n:02d}" for n in range(10, 16)]


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return Database(tmp_path / "cache" / "user.sqlite3")


@pytest.fixture
def meters(database: Database) -> SavedMeters:
    return SavedMeters(database)


def save_list(meters: SavedMeters, eans: list[str], when: dt.datetime = T0,
              community: str = COMMUNITY) -> None:
    writer = meters.begin_refresh(community, with_details=False)
    writer.add_items([item(ean) for ean in eans[:2]], when)
    writer.add_items([item(ean) for ean in eans[2:]], when)
    writer.commit(when)


def rows(meters: SavedMeters, community: str = COMMUNITY) -> list[SavedRow]:
    return [row for chunk in meters.iter_rows(community, 4, first_chunk=1) for row in chunk]


def count(database: Database, table: str) -> int:
    with database.connection() as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# -- the schema -------------------------------------------------------------------------------------------


def test_a_version_1_file_is_migrated_and_keeps_its_drafts(tmp_path):
    path = tmp_path / "user.sqlite3"
    form = MeterDataUpdate.from_detail(detail(EANS[0]))
    with Database(path, MIGRATIONS[:1]).connection() as conn:  # a draft as the first version wrote it
        conn.execute("INSERT INTO drafts VALUES (?, ?, 'kept_by_user', '2026-11-03T00:00:00+00:00', ?)",
                     (COMMUNITY, form.ean, form.model_dump_json()))

    upgraded = Database(path)
    assert upgraded.schema_version() == upgraded.latest_version
    assert [d.ean for d in DraftStore(upgraded).list(COMMUNITY)] == [EANS[0]]
    assert SavedMeters(upgraded).saved_list(COMMUNITY) is None
    assert path.with_name(f"{path.name}.v1.bak").exists()


# -- lists -------------------------------------------------------------------------------------------------


def test_a_saved_list_reads_back_in_order_with_what_the_details_add(meters):
    save_list(meters, EANS)
    meters.save_details(COMMUNITY, [detail(EANS[1])], T1)

    saved_list = meters.saved_list(COMMUNITY)
    assert saved_list is not None and (saved_list.fetched_at, saved_list.meter_count) == (T0, len(EANS))
    assert saved_list.details_complete_at is None
    read = rows(meters)
    assert [row.ean for row in read] == EANS
    plain, detailed = read[0], read[1]
    assert plain == SavedRow(EANS[0], "M-010", MeterStatus.ACTIVE, dt.date(2026, 1, 1),
                              "Rue de la Station 12", "4000 Liège", None, None, False)
    # the current period of the detail wins over the list, as in the live table
    assert (detailed.holder, detailed.details_known, detailed.start_date) == (
        "Boulangerie Lemaire SRL", True, dt.date(2026, 11, 15))
    assert meters.saved_list(OTHER) is None and rows(meters, OTHER) == []


def test_a_detail_reads_back_whole_and_an_older_copy_never_replaces_a_newer(meters):
    fresh = detail(EANS[0], holder="Dupont")
    meters.save_details(COMMUNITY, [fresh], T1)
    meters.save_details(COMMUNITY, [detail(EANS[0], holder="Stale")], T0)
    saved = meters.detail(COMMUNITY, EANS[0])
    assert saved is not None and saved.fetched_at == T1
    assert saved.detail == fresh
    assert saved.detail.futur_meter_data[0].total_generating_capacity == 4.2
    assert meters.detail(OTHER, EANS[0]) is None


def test_a_newer_read_of_a_modified_meter_gives_the_saved_row_its_number_and_address(meters):
    save_list(meters, EANS)
    moved = detail(EANS[0]).model_copy(update={"meter_number": "M-NEW"})
    moved = moved.model_copy(update={"address": moved.address.model_copy(
        update={"street": "Rue du Pont Neuf", "number": 7, "postcode": "4020", "city": "Liège"})})
    meters.save_details(COMMUNITY, [moved], T1)
    first = rows(meters)[0]
    assert (first.meter_number, first.address_line, first.address_place) == (
        "M-NEW", moved.address.first_line, moved.address.second_line)
    assert "Rue du Pont Neuf 7" in first.address_line
    # an older read changes nothing
    meters.save_details(COMMUNITY, [detail(EANS[0])], T0)
    assert rows(meters)[0].meter_number == "M-NEW"
    assert rows(meters, OTHER) == []


def test_a_new_list_replaces_the_old_one_only_when_committed(meters, database):
    save_list(meters, EANS)
    meters.save_details(COMMUNITY, [detail(EANS[0]), detail(EANS[5])])
    writer = meters.begin_refresh(COMMUNITY, with_details=False)
    writer.add_items([item(ean, MeterStatus.INACTIVE) for ean in EANS[:3]], T1)

    assert [row.ean for row in rows(meters)] == EANS  # readers still see the previous list
    assert meters.row_signatures(COMMUNITY)[EANS[0]][1] == MeterStatus.ACTIVE

    saved_list = writer.commit(T1)
    assert (saved_list.fetched_at, saved_list.meter_count) == (T1, 3)
    assert [row.ean for row in rows(meters)] == EANS[:3]
    assert meters.detail(COMMUNITY, EANS[0]) is not None
    assert meters.detail(COMMUNITY, EANS[5]) is None  # no longer listed: its detail goes too
    assert count(database, "cached_meters") == 3


def test_a_discarded_or_abandoned_refresh_leaves_the_previous_list_whole(meters, database):
    save_list(meters, EANS)
    discarded = meters.begin_refresh(COMMUNITY, with_details=True)
    discarded.add_items([item(EANS[0], MeterStatus.INACTIVE)])
    discarded.add_details([detail(EANS[0], holder="Never")])
    discarded.discard()
    abandoned = meters.begin_refresh(COMMUNITY, with_details=True)  # as if its process were killed
    abandoned.add_items([item(EANS[0], MeterStatus.INACTIVE)])
    abandoned.add_details([detail(EANS[0], holder="Never")])

    assert [(row.ean, row.status) for row in rows(meters)] == [(ean, MeterStatus.ACTIVE) for ean in EANS]
    assert meters.detail(COMMUNITY, EANS[0]) is None

    meters.begin_refresh(COMMUNITY, with_details=False)  # the next refresh sweeps what was left
    assert count(database, "cached_meters") == len(EANS)
    assert count(database, "staged_details") == 0
    with pytest.raises(RefreshAbandonedError):
        abandoned.commit()
    assert [row.ean for row in rows(meters)] == EANS


def test_a_full_refresh_saves_its_details_with_the_list(meters, database):
    save_list(meters, EANS)
    meters.save_details(COMMUNITY, [detail(EANS[1], holder="Old")], T0)
    writer = meters.begin_refresh(COMMUNITY, with_details=True)
    writer.add_items([item(ean) for ean in EANS[:2]], T1)
    writer.add_details([detail(EANS[0], holder="Dupont"), detail(EANS[1], holder="Martin")], T1)
    assert meters.detail(COMMUNITY, EANS[0]) is None  # staged only

    saved_list = writer.commit(T1)
    assert saved_list.details_complete_at == T1
    assert [(row.ean, row.holder) for row in rows(meters)] == [(EANS[0], "Dupont"), (EANS[1], "Martin")]
    assert count(database, "staged_details") == 0
    save_list(meters, EANS[:2], T1)
    saved_list = meters.saved_list(COMMUNITY)
    assert saved_list is not None and saved_list.details_complete_at == T1  # a list refresh keeps it


def test_forgetting_a_community_keeps_the_others(meters):
    save_list(meters, EANS)
    save_list(meters, EANS[:2], community=OTHER)
    meters.forget([COMMUNITY])
    assert meters.saved_list(COMMUNITY) is None and rows(meters) == []
    assert [row.ean for row in rows(meters, OTHER)] == EANS[:2]


# -- communities and members ---------------------------------------------------------------------------


def test_communities_and_members_read_back_and_a_community_left_is_forgotten(database, meters):
    directory = SavedDirectory(database)
    assert directory.communities() is None
    tournesols = Community(id=1, auth_community_id=COMMUNITY, role="MANAGER", name="CE Les Tournesols")
    other = Community(id=2, auth_community_id=OTHER, role="ADMIN", name="Énergie Commune")
    directory.save_communities([tournesols, other], T0)
    members = [MemberRef(id=3, name="Lemaître"), MemberRef(id=1, name="Dupont", member_type=1, status=1)]
    directory.save_members(OTHER, members, T1)
    save_list(meters, EANS, community=OTHER)

    saved = directory.communities()
    assert saved is not None and saved.communities == [tournesols, other] and saved.fetched_at == T0
    saved_members = directory.members(OTHER)
    assert saved_members is not None and saved_members.members == members and saved_members.fetched_at == T1

    directory.save_communities([tournesols], T1)
    assert directory.members(OTHER) is None and meters.saved_list(OTHER) is None


def test_the_first_names_and_addresses_of_homonyms_are_kept_when_the_list_alone_is_saved_again(database):
    directory = SavedDirectory(database)
    home = Address(street="Rue de la Station", number=12, postcode="4000", city="Liège")
    marie = ListedMember(id=5, name="Gillet", member_type=1, status=1, first_name="Marie", home_address=home)
    jean = ListedMember(id=6, name="Gillet", member_type=1, status=1, first_name="Jean")
    directory.save_members(COMMUNITY, [marie, jean, MemberRef(id=7, name="Lemaître")], T0)
    saved = directory.members(COMMUNITY)
    assert saved is not None and saved.members == [marie, jean, MemberRef(id=7, name="Lemaître")]

    # read again as a list ("Refresh all"): names, types and statuses as listed now, the rest as saved
    listed = [MemberRef(id=5, name="Gillet", member_type=1, status=2), MemberRef(id=6, name="Gillot"),
              MemberRef(id=7, name="Lemaître")]
    directory.save_members(COMMUNITY, listed, T1)
    saved = directory.members(COMMUNITY)
    assert saved is not None and saved.members == [
        ListedMember(id=5, name="Gillet", member_type=1, status=2, first_name="Marie", home_address=home),
        MemberRef(id=6, name="Gillot"),  # renamed: what was read of "Gillet" is not this name's
        MemberRef(id=7, name="Lemaître")]


# -- removing a user's copy -------------------------------------------------------------------------------


def test_removing_the_offline_copy_keeps_drafts_and_erases_the_rest(database, meters, tmp_path):
    many = [f"54144800000001{n:04d}" for n in range(300)]
    save_list(meters, many)
    meters.save_details(COMMUNITY, [detail(ean) for ean in many])
    form = MeterDataUpdate.from_detail(detail(EANS[0]))
    DraftStore(database).save(COMMUNITY, form, DraftReason.CRM_UNREACHABLE)
    aside = database.path.with_name(database.path.name + ".corrupt-20261120-083000")
    aside.write_bytes(b"old copy")

    size_before = database.path.stat().st_size
    removed = remove_offline_copy(database.path)
    assert removed == [aside]
    reopened = Database(database.path)
    assert [d.ean for d in DraftStore(reopened).list(COMMUNITY)] == [EANS[0]]
    assert SavedMeters(reopened).saved_list(COMMUNITY) is None
    # compacted: what was removed does not linger in free pages of the file
    assert database.path.stat().st_size < size_before / 5
    assert all(count(reopened, table) == 0 for table in ("cached_meters", "cached_details"))


def test_removing_the_offline_copy_without_drafts_deletes_the_file(database, meters):
    save_list(meters, EANS)
    assert on_sign_out(database.path, SignOutChoice.KEEP) == []
    assert database.path.exists()

    removed = on_sign_out(database.path, SignOutChoice.REMOVE)
    assert database.path in removed
    assert not any(database.path.parent.iterdir())
    assert remove_offline_copy(database.path) == []
