"""The consumption days saved on this computer: read back by range with the days never read, replaced by a
newer reading, forgotten with their community, and erased with the user's copy at sign-out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.cache.retention import remove_offline_copy
from optimce_desktop.domain.consumption import DailyConsumption
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import MeterDataUpdate
from tests.support.recordings import response_data

COMMUNITY, OTHER = "community-a", "community-b"
EAN = "541448000000000011"
T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def day(number: int, consumed: float = 1.0) -> DailyConsumption:
    return DailyConsumption(dt.date(2026, 11, number), consumed, 0.5, 0.25, 0.125)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return Database(tmp_path / "user.sqlite3")


@pytest.fixture
def offline_copy(database) -> SavedConsumptions:
    return SavedConsumptions(database)


def test_a_range_reads_back_its_saved_days_and_names_the_others(offline_copy):
    offline_copy.save(COMMUNITY, EAN, [day(10), day(11), day(13)], fetched_at=T0)

    saved = offline_copy.load(COMMUNITY, EAN, dt.date(2026, 11, 9), dt.date(2026, 11, 13))

    assert saved.days == [day(10), day(11), day(13)] and saved.fetched_at == T0
    assert saved.missing == [dt.date(2026, 11, 9), dt.date(2026, 11, 12)]
    assert offline_copy.load(OTHER, EAN, dt.date(2026, 11, 9), dt.date(2026, 11, 13)).days == []


def test_a_newer_reading_replaces_the_same_days_and_the_oldest_time_is_told(offline_copy):
    offline_copy.save(COMMUNITY, EAN, [day(10), day(11)], fetched_at=T0)
    later = T0 + dt.timedelta(days=1)
    offline_copy.save(COMMUNITY, EAN, [day(11, consumed=7.0)], fetched_at=later)

    saved = offline_copy.load(COMMUNITY, EAN, dt.date(2026, 11, 10), dt.date(2026, 11, 11))

    assert saved.days == [day(10), day(11, consumed=7.0)] and saved.fetched_at == T0
    assert offline_copy.load(COMMUNITY, EAN, dt.date(2026, 11, 11), dt.date(2026, 11, 11)).fetched_at == later


def test_a_community_left_takes_its_consumptions_along(offline_copy, database):
    offline_copy.save(COMMUNITY, EAN, [day(10)], fetched_at=T0)
    offline_copy.save(OTHER, EAN, [day(10)], fetched_at=T0)

    SavedMeters(database).forget([COMMUNITY])

    assert offline_copy.load(COMMUNITY, EAN, dt.date(2026, 11, 10), dt.date(2026, 11, 10)).days == []
    assert offline_copy.load(OTHER, EAN, dt.date(2026, 11, 10), dt.date(2026, 11, 10)).days == [day(10)]


def test_removing_the_users_copy_erases_the_consumptions_and_keeps_drafts(offline_copy, database):
    offline_copy.save(COMMUNITY, EAN, [day(10)], fetched_at=T0)
    form = MeterDataUpdate.from_detail(MeterDetail.model_validate(response_data("D1")))
    DraftStore(database).save(COMMUNITY, form, DraftReason.CRM_UNREACHABLE)

    remove_offline_copy(database.path)

    reopened = Database(database.path)
    tenth = dt.date(2026, 11, 10)
    assert SavedConsumptions(reopened).load(COMMUNITY, EAN, tenth, tenth).days == []
    assert len(DraftStore(reopened).list(COMMUNITY)) == 1
