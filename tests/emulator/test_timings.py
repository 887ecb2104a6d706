"""The real server's answer times as the emulator plays them: the drawn times (not measured: no timed tests)
and the answers themselves, unchanged."""

from __future__ import annotations

import httpx
import pytest

from optimce_desktop.emulator import DEMO_MANAGER, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.emulator.__main__ import main as emulator_main
from optimce_desktop.emulator.timings import PROFILES, REAL_SERVER, TimingMiddleware


async def _nothing(scope, receive, send) -> None:  # noqa: ANN001 - an ASGI app
    return None


@pytest.fixture
def timed() -> TimingMiddleware:
    return TimingMiddleware(_nothing, REAL_SERVER, seed=7)


@pytest.mark.parametrize(("rows", "low", "high"), [(2000, 0.10, 0.23), (5000, 0.22, 0.47)])
def test_a_list_page_takes_the_measured_time_for_its_size(timed, rows, low, high):
    times = [timed.answer_time("GET", "/meters", f"page=3&limit={rows}".encode()) for _ in range(500)]

    assert all(low - 1e-9 <= time <= high + 1e-9 for time in times)
    assert min(times) < low + 0.02 and max(times) > high - 0.02  # the whole range, not one value


def test_a_page_takes_longer_as_it_grows_and_a_detail_a_few_ms(timed):
    assert REAL_SERVER.list_page_range(500) < REAL_SERVER.list_page_range(2000)
    assert REAL_SERVER.list_page_range(10_000) > REAL_SERVER.list_page_range(5000)
    details = [timed.answer_time("GET", "/meters/541448000000000001", b"") for _ in range(200)]
    assert all(0.005 <= time <= 0.009 for time in details)


@pytest.mark.parametrize(("method", "path"), [
    ("PATCH", "/meters/data"), ("POST", "/meters"), ("GET", "/members"), ("GET", "/meters/5414/consumptions"),
    ("GET", "/communities/my-communities"),
])
def test_routes_never_measured_are_not_slowed(timed, method, path):
    assert timed.answer_time(method, path, b"limit=5000") is None


def test_with_real_timings_the_answers_are_the_same(emulator_template, emulator_today, tmp_path):
    database = tmp_path / "crm.sqlite3"
    database.write_bytes(emulator_template.read_bytes())
    plain = EmulatorServer(database, today=emulator_today).start()
    try:
        expected = httpx.get(f"{plain.base_url}/meters", params={"limit": 50}, headers=headers(plain)).json()
    finally:
        plain.close()
    with EmulatorServer(database, today=emulator_today, server_timings=PROFILES["real"]) as server:
        answer = httpx.get(f"{server.base_url}/meters", params={"limit": 50}, headers=headers(server))
        ean = answer.json()["data"][0]["EAN"]
        detail = httpx.get(f"{server.base_url}/meters/{ean}", headers=headers(server))

    assert answer.status_code == 200 and answer.json() == expected
    assert all("holder" not in item or item["holder"] is None for item in answer.json()["data"])
    assert detail.status_code == 200 and detail.json()["data"]["EAN"] == ean


def headers(server: EmulatorServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.token_for(DEMO_MANAGER)}", "X-Community-ID": TOURNESOLS_AUTH_ID}


def test_the_command_line_offers_the_real_server_timings(capsys):
    with pytest.raises(SystemExit):
        emulator_main(["--help"])
    assert "--server-timings {emulator,real}" in capsys.readouterr().out
