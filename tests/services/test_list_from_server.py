"""The meter list as the services read it from a server that misbehaves (a real loopback server answering
scripted replies): malformed meters, pages that do not end, and a community switched in the middle."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.meters import SavedMeters
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.domain.models import Community, MeterListItem
from optimce_desktop.services.list_report import ListReport
from optimce_desktop.services.members import MemberDirectory
from optimce_desktop.services.meters import MeterService
from tests.crm.scripted_server import ScriptedServer, SeenRequest, envelope, paginated

COMMUNITY_A = "c0ffee00-0000-4000-8000-00000000000a"
COMMUNITY_B = "c0ffee00-0000-4000-8000-00000000000b"
ADDRESS = {"id": 1, "street": "Rue de la Station", "number": 12, "postcode": "4000", "city": "Liège"}


def meter(community: str, index: int) -> dict[str, Any]:
    prefix = "54144800000001" if community == COMMUNITY_A else "54144800000002"
    return {"EAN": f"{prefix}{index:04d}", "meter_number": f"MTR-{index}", "status": 1, "address": ADDRESS}


def detail(ean: str) -> dict[str, Any]:
    return {"EAN": ean, "meter_number": "MTR", "address": ADDRESS, "meter_data_history": [],
            "futur_meter_data": []}


class Crm:
    """Two communities of meters, each answered by the X-Community-ID of the request."""

    def __init__(self, server: ScriptedServer) -> None:
        self.server = server
        self.lists: dict[str, list[Any]] = {
            community: [meter(community, i) for i in range(6)] for community in (COMMUNITY_A, COMMUNITY_B)}
        server.handle("GET", "/meters", self._list)

    def _list(self, request: SeenRequest) -> Any:
        items = self.lists.get(request.headers.get("x-community-id", ""), [])
        page, limit = int(request.param("page") or 1), int(request.param("limit") or 10)
        return paginated(items[(page - 1) * limit: page * limit], page=page, limit=limit, total=len(items))

    def list_requests(self) -> list[tuple[str | None, str | None]]:
        requests = self.server.seen("GET", "/meters")
        return [(r.headers.get("x-community-id"), r.param("page")) for r in requests]


@pytest.fixture
def crm(qtbot) -> Iterator[Crm]:
    server = ScriptedServer().start()
    yield Crm(server)
    server.stop()
    assert not server.handler_errors


@pytest.fixture
def client(crm: Crm) -> Iterator[CrmClient]:
    client = CrmClient(crm.server.base_url, lambda: "token", language="en", read_timeout=5.0,
                       get_retry_delays=())
    yield client
    client.close()


@pytest.fixture
def offline_copy(tmp_path) -> SavedMeters:
    return SavedMeters(Database(tmp_path / "local.sqlite3"))


@pytest.fixture
def meters(client, service_tasks, offline_copy) -> Iterator[MeterService]:
    service = MeterService(client, service_tasks, page_size=3, offline_copy=offline_copy)
    yield service
    service.shutdown()


def community(auth_id: str) -> Community:
    return Community(id=1 if auth_id == COMMUNITY_A else 2, auth_community_id=auth_id, role="MANAGER",
                     name=auth_id[-1])


def collect(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args if len(args) != 1 else args[0]))
    return seen


def read_list(qtbot, meters: MeterService, auth_id: str) -> tuple[set[str], ListReport]:
    finished, reports = collect(meters.listFinished), collect(meters.listReport)
    meters.set_community(community(auth_id))
    meters.refresh_list()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    return finished[0][0], reports[0]


def test_switching_community_mid_walk_sends_no_page_with_the_new_community(qtbot, crm, meters, service_tasks):
    entered, release = threading.Event(), threading.Event()

    def row(item: MeterListItem) -> object:
        # holds A's walk on its worker after its first page, as if the switch came right then
        if item.EAN.startswith("54144800000001") and not entered.is_set():
            entered.set()
            release.wait(10)
        return item

    meters.set_row_factory(row)
    meters.set_community(community(COMMUNITY_A))
    meters.refresh_list()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    finished = collect(meters.listFinished)
    meters.set_community(community(COMMUNITY_B))
    meters.refresh_list()
    release.set()
    qtbot.waitUntil(lambda: bool(finished) and service_tasks.pending == 0, timeout=10_000)

    assert crm.list_requests() == [(COMMUNITY_A, "1"), (COMMUNITY_B, "1"), (COMMUNITY_B, "2")]
    assert finished == [({m["EAN"] for m in crm.lists[COMMUNITY_B]}, finished[0][1])]
    assert meters.offline_copy.saved_list(COMMUNITY_A) is None  # A's walk was never completed, so never saved


def test_details_are_read_for_the_community_they_were_asked_for(qtbot, crm, client, meters, service_tasks):
    eans = [m["EAN"] for m in crm.lists[COMMUNITY_A]]
    for ean in eans:
        crm.server.on("GET", f"/meters/{ean}", envelope(detail(ean)))
    meters.set_community(community(COMMUNITY_A))
    loaded = collect(meters.detailLoaded)

    meters.load_detail(eans[0])
    meters.prefetch_details(eans[1:])
    client.community_id = COMMUNITY_B  # the active community changes while they are read
    qtbot.waitUntil(lambda: len(loaded) == len(eans) and service_tasks.pending == 0, timeout=10_000)

    sent = [r.headers.get("x-community-id") for r in crm.server.seen() if r.path.startswith("/meters/")]
    assert sent == [COMMUNITY_A] * len(eans)


def test_malformed_meters_are_left_out_counted_and_the_rest_saved(qtbot, crm, meters):
    good = crm.lists[COMMUNITY_A]
    crm.lists[COMMUNITY_A] = [good[0], {**good[1], "status": None}, *good[2:4], {**good[4], "address": None},
                              good[5]]

    present, report = read_list(qtbot, meters, COMMUNITY_A)

    assert present == {good[i]["EAN"] for i in (0, 2, 3, 5)}
    assert report == ListReport(COMMUNITY_A, unreadable=2)
    assert meters.offline_copy.saved_list(COMMUNITY_A).meter_count == 4


def test_pages_that_repeat_are_shown_but_neither_saved_nor_used_to_remove_rows(qtbot, crm, meters):
    saved, clean = read_list(qtbot, meters, COMMUNITY_A)
    assert clean.clean and meters.offline_copy.saved_list(COMMUNITY_A).meter_count == 6
    first = [meter(COMMUNITY_A, 100 + i) for i in range(3)]
    crm.server.on("GET", "/meters", envelope(first, pagination={"page": 1, "limit": 3, "total": 9,
                                                                  "total_pages": 3}))
    meters.set_community(None)

    present, report = read_list(qtbot, meters, COMMUNITY_A)

    assert report == ListReport(COMMUNITY_A, may_be_incomplete=True)
    assert present == saved | {m["EAN"] for m in first}  # the saved meters it may have missed stay listed
    assert len(crm.server.seen("GET", "/meters")) == 2 + 2
    assert meters.offline_copy.saved_list(COMMUNITY_A).meter_count == 6  # the offline copy is kept as it was


def test_refresh_all_on_pages_that_repeat_fails_and_keeps_the_offline_copy(qtbot, crm, meters):
    read_list(qtbot, meters, COMMUNITY_A)
    before = meters.offline_copy.saved_list(COMMUNITY_A)
    crm.server.on("GET", "/meters", envelope(crm.lists[COMMUNITY_A][:3], pagination={
        "page": 1, "limit": 3, "total": 600, "total_pages": 200}))
    reports, failures = collect(meters.listReport), collect(meters.listFailed)

    refresh = meters.refresh_all()
    assert refresh is not None
    qtbot.waitUntil(lambda: not refresh.running, timeout=10_000)

    assert reports == [ListReport(COMMUNITY_A, may_be_incomplete=True)]
    assert "the list may be incomplete" in str(failures[0])
    assert meters.offline_copy.saved_list(COMMUNITY_A) == before


def test_members_are_read_for_the_community_active_when_asked(qtbot, crm, client, service_tasks):
    members = [{"id": i, "name": f"Member {i}", "member_type": 1, "status": 1} for i in range(5)]

    def respond(request: SeenRequest) -> Any:
        page, limit = int(request.param("page") or 1), int(request.param("limit") or 10)
        return paginated(members[(page - 1) * limit: page * limit], page=page, limit=limit, total=5)

    crm.server.handle("GET", "/members", respond)
    client.community_id = COMMUNITY_A
    directory = MemberDirectory(client, service_tasks)
    loaded = collect(directory.loaded)

    directory.load()
    client.community_id = COMMUNITY_B  # switched while the members are read
    qtbot.waitUntil(lambda: bool(loaded), timeout=5000)

    assert [m.id for m in loaded[0]] == list(range(5))
    assert {r.headers.get("x-community-id") for r in crm.server.seen("GET", "/members")} == {COMMUNITY_A}


def test_a_detail_asked_before_a_switch_is_not_shown(qtbot, crm, meters, service_tasks):
    ean = crm.lists[COMMUNITY_A][0]["EAN"]
    entered, release = threading.Event(), threading.Event()

    def held(request: SeenRequest) -> Any:
        entered.set()
        release.wait(10)
        return envelope(detail(ean))

    crm.server.handle("GET", f"/meters/{ean}", held)
    meters.set_community(community(COMMUNITY_A))
    loaded, failed = collect(meters.detailLoaded), collect(meters.detailFailed)
    meters.load_detail(ean)
    qtbot.waitUntil(entered.is_set, timeout=5000)
    meters.set_community(community(COMMUNITY_B))
    release.set()
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)

    assert loaded == [] and failed == []


def test_a_refresh_all_stopped_by_a_switch_reads_and_shows_nothing_more_of_its_community(
        qtbot, crm, meters, service_tasks):
    read_list(qtbot, meters, COMMUNITY_A)
    saved = meters.offline_copy.saved_list(COMMUNITY_A)
    entered, release = threading.Event(), threading.Event()

    def row(item: MeterListItem) -> object:
        if not entered.is_set():  # holds the refresh's list walk on its worker, as if the switch came then
            entered.set()
            release.wait(10)
        return item

    meters.set_row_factory(row)
    refresh = meters.refresh_all()
    assert refresh is not None
    qtbot.waitUntil(entered.is_set, timeout=5000)
    told = [collect(signal) for signal in (meters.listStarted, meters.listPage, meters.listFinished,
                                           meters.listFailed, meters.detailLoaded)]
    cancelled = collect(refresh.cancelled)
    meters.set_community(community(COMMUNITY_B))
    release.set()
    qtbot.waitUntil(lambda: service_tasks.pending == 0, timeout=10_000)

    assert told == [[], [], [], [], []]
    assert len(cancelled) == 1 and not refresh.running  # the refresh dialog, if open, is told
    assert crm.list_requests() == [(COMMUNITY_A, "1"), (COMMUNITY_A, "2"), (COMMUNITY_A, "1")]
    assert meters.offline_copy.saved_list(COMMUNITY_A) == saved


def test_refresh_all_of_a_community_without_meters_saves_it(qtbot, crm, meters):
    crm.lists[COMMUNITY_A] = []
    crm.server.on("GET", "/members", paginated([], page=1, limit=500, total=0))
    meters.set_community(community(COMMUNITY_A))
    finished = []

    refresh = meters.refresh_all()
    assert refresh is not None
    refresh.finished.connect(finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)

    assert finished[0].meter_count == 0 and meters.offline_copy.saved_list(COMMUNITY_A) == finished[0]
