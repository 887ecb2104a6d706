"""The test-only fault switch: late answers, error answers, dropped connections, and the CRM going away."""

from __future__ import annotations

import datetime as dt
import re
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from optimce_desktop.emulator import GUIDE_EAN, EmulatorServer
from tests.emulator.command_line import start_emulator
from tests.emulator.support import assert_error, data, day, update_body


def guide_update(emulator_today: dt.date, amperage: int = 63) -> dict:
    return update_body(GUIDE_EAN, day(emulator_today, -1), amperage=amperage)


def wait_until(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_delay_before_lets_the_client_time_out_before_the_change(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    fault = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=0.6)
    before = emulator.store.periods(GUIDE_EAN)
    with pytest.raises(httpx.ReadTimeout):
        api.patch("/meters/data", json=guide_update(emulator_today), timeout=0.2)
    assert emulator.store.periods(GUIDE_EAN) == before  # the client gave up before anything changed
    assert fault.hits == 1
    # ...and the server applies the request once the delay is over, as a real slow server would.
    wait_until(lambda: emulator.store.periods(GUIDE_EAN)[0].amperage == 63)


def test_delay_after_applies_the_change_and_answers_late(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    emulator.faults.add(method="PATCH", path="/meters/data", delay_after=0.6)
    with pytest.raises(httpx.ReadTimeout):
        api.patch("/meters/data", json=guide_update(emulator_today), timeout=0.25)
    assert emulator.store.periods(GUIDE_EAN)[0].amperage == 63


def test_a_delayed_answer_arrives_complete_when_the_client_waits(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    emulator.faults.add(method="GET", path=f"/meters/{GUIDE_EAN}", delay_after=0.2)
    started = time.monotonic()
    assert data(api.get(f"/meters/{GUIDE_EAN}"))["EAN"] == GUIDE_EAN
    assert time.monotonic() - started >= 0.2


def test_delays_do_not_hold_other_requests(
    emulator: EmulatorServer, manager_headers: dict[str, str], api: httpx.Client
) -> None:
    slow = emulator.faults.add(method="GET", path="/members", delay_before=1.5)
    results: list[int] = []

    def slow_request() -> None:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=5) as client:
            results.append(client.get("/members").status_code)

    thread = threading.Thread(target=slow_request)
    thread.start()
    wait_until(lambda: slow.hits == 1)  # the slow request is being held
    assert data(api.get("/meters"))
    assert results == []  # answered while the other one still waits
    thread.join(5)
    assert results == [200]


def test_an_error_answer_is_given_instead_of_applying(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    emulator.faults.add(method="PATCH", path="/meters/data", status=503)
    response = api.patch("/meters/data", json=guide_update(emulator_today))
    assert response.status_code == 503
    assert response.json() == {"data": "Service Unavailable", "error_code": 1}
    assert emulator.store.periods(GUIDE_EAN) == before
    assert data(api.patch("/meters/data", json=guide_update(emulator_today))) == "success"  # times=1


def test_error_answers_can_be_html_text_or_a_chosen_envelope(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    emulator.faults.add(path="/meters", status=502, html=True)
    emulator.faults.add(path="/meters", status=500, body="upstream exploded")
    emulator.faults.add(
        path="/meters", status=409, body={"data": "meter.add_meter.already_exist", "error_code": 60000}
    )
    gateway = api.get("/meters")
    assert gateway.status_code == 502 and gateway.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>502 Bad Gateway</h1>" in gateway.text
    text = api.get("/meters")
    assert (text.status_code, text.headers["content-type"], text.text) == (
        500,
        "text/plain; charset=utf-8",
        "upstream exploded",
    )
    assert_error(api.get("/meters"), 409, 60000)
    assert data(api.get("/meters"))


def test_a_dropped_connection_gives_no_answer_and_changes_nothing(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    emulator.faults.add(method="PATCH", path="/meters/data", drop=True)
    with pytest.raises(httpx.TransportError):
        api.patch("/meters/data", json=guide_update(emulator_today))
    assert emulator.store.periods(GUIDE_EAN) == before
    assert data(api.patch("/meters/data", json=guide_update(emulator_today))) == "success"


def test_faults_match_method_prefix_or_regex_and_count_their_uses(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    detail_only = emulator.faults.add(path=re.compile(r"^/meters/\d+$"), status=504, times=2)
    patch_only = emulator.faults.add(method="PATCH", path="/meters", status=503, times=None)
    assert data(api.get("/meters"))  # neither the regex nor the method matches
    assert api.get(f"/meters/{GUIDE_EAN}/consumptions").status_code == 200
    assert api.get(f"/meters/{GUIDE_EAN}").status_code == 504
    assert api.get(f"/meters/{GUIDE_EAN}").status_code == 504
    assert api.get(f"/meters/{GUIDE_EAN}").status_code == 200
    assert detail_only.hits == 2 and emulator.faults.active == [patch_only]
    for _ in range(3):
        assert api.patch("/meters/data/delete", json={"id_meter_data": 1}).status_code == 503
    assert patch_only.hits == 3
    emulator.faults.clear()
    assert emulator.faults.active == []
    assert_error(api.patch("/meters/data/delete", json={"id_meter_data": 99_999_999}), 400, 60009)


def test_fault_arguments_are_checked(emulator: EmulatorServer) -> None:
    with pytest.raises(ValueError):
        emulator.faults.add(status=500, drop=True)
    with pytest.raises(ValueError):
        emulator.faults.add(times=0)
    with pytest.raises(ValueError):
        emulator.faults.add(delay_before=-1)


def test_restart_on_the_same_port_keeps_the_data_and_the_tokens(
    emulator: EmulatorServer, manager_headers: dict[str, str], emulator_today: dt.date
) -> None:
    base_url = emulator.base_url
    with httpx.Client(base_url=base_url, headers=manager_headers, timeout=2) as client:
        assert data(client.patch("/meters/data", json=guide_update(emulator_today, amperage=50))) == "success"
        emulator.stop()
        assert not emulator.running
        with pytest.raises(httpx.ConnectError):
            client.get("/meters")
        emulator.start()
        assert emulator.base_url == base_url
        assert data(client.get(f"/meters/{GUIDE_EAN}"))["meter_data"]["amperage"] == 50


def test_stopping_during_a_delayed_request_does_not_wait_for_the_delay(
    emulator: EmulatorServer, manager_headers: dict[str, str]
) -> None:
    stuck = emulator.faults.add(path="/meters", delay_before=30)
    errors: list[Exception] = []

    def stuck_request() -> None:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=10) as client:
            try:
                client.get("/meters")
            except httpx.HTTPError as exc:
                errors.append(exc)

    thread = threading.Thread(target=stuck_request)
    thread.start()
    wait_until(lambda: stuck.hits == 1)
    emulator.stop()
    thread.join(5)
    # the server hung up on the request; a stop that waited out the delay would let the client time out first
    assert not thread.is_alive() and len(errors) == 1
    assert isinstance(errors[0], httpx.RemoteProtocolError)


# -- random trouble (load and soak runs) -----------------------------------------------------------------


def _fates(api: httpx.Client, requests: int) -> list[str]:
    """What became of each of ``requests`` sequential reads: "ok", "503" or "drop"."""
    fates = []
    for _ in range(requests):
        try:
            response = api.get("/meters", params={"limit": 1})
        except httpx.TransportError:
            fates.append("drop")
        else:
            fates.append("ok" if response.status_code == 200 else str(response.status_code))
    return fates


def test_random_failures_follow_the_rate_and_repeat_with_the_same_seed(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    chaos = emulator.faults.set_random(fail_rate=0.3, seed=7)
    first = _fates(api, 60)
    assert set(first) == {"ok", "503", "drop"}
    assert 8 <= first.count("503") + first.count("drop") <= 30  # 18 expected
    assert chaos.requests == 60 and chaos.failed == 60 - first.count("ok")
    assert chaos.failures == {"503": first.count("503"), "drop": first.count("drop")}
    emulator.faults.set_random(fail_rate=0.3, seed=7)
    assert _fates(api, 60) == first
    emulator.faults.set_random(fail_rate=0.3, seed=8)
    assert _fates(api, 60) != first


def test_a_random_failure_is_transient_and_applies_nothing(
    api: httpx.Client, emulator: EmulatorServer, emulator_today: dt.date
) -> None:
    before = emulator.store.periods(GUIDE_EAN)
    emulator.faults.set_random(fail_rate=1.0, kinds=("503",), method="PATCH")
    gateway = api.patch("/meters/data", json=guide_update(emulator_today))
    assert gateway.status_code == 503 and gateway.headers["content-type"] == "text/html; charset=utf-8"
    assert data(api.get(f"/meters/{GUIDE_EAN}"))  # another method: not affected
    emulator.faults.set_random(fail_rate=1.0, kinds=("drop",), path=re.compile(r"^/meters/data$"))
    with pytest.raises(httpx.TransportError):
        api.patch("/meters/data", json=guide_update(emulator_today))
    assert emulator.store.periods(GUIDE_EAN) == before
    emulator.faults.clear()
    assert emulator.faults.random is None
    assert data(api.patch("/meters/data", json=guide_update(emulator_today))) == "success"


def test_latency_is_added_to_every_request_and_a_fault_added_wins(
    api: httpx.Client, emulator: EmulatorServer
) -> None:
    chaos = emulator.faults.set_random(latency=0.15, fail_rate=1.0, kinds=("drop",))
    emulator.faults.add(path="/meters", status=418)
    started = time.monotonic()
    assert api.get("/meters").status_code == 418  # the fault added, not the random drop
    assert time.monotonic() - started >= 0.15
    assert chaos.requests == 1
    emulator.faults.set_random(latency=0.15)
    started = time.monotonic()
    assert data(api.get("/meters"))
    assert time.monotonic() - started >= 0.15


@pytest.mark.parametrize("arguments", [{"fail_rate": 1.5}, {"fail_rate": -0.1}, {"latency": -1.0},
                                       {"kinds": ()}, {"kinds": ("timeout",)}])
def test_random_fault_arguments_are_checked(emulator: EmulatorServer, arguments: dict) -> None:
    with pytest.raises(ValueError):
        emulator.faults.set_random(**arguments)
    assert emulator.faults.random is None


def test_the_command_line_sets_random_failures_and_latency(tmp_path: Path) -> None:
    process, output, base_url = start_emulator(
        "--port", "0", "--meters", "20", "--db", str(tmp_path / "cli.sqlite3"), "--fail-rate", "1",
        "--latency-ms", "100", "--fault-seed", "3")
    try:
        assert "Random faults: 100% of requests fail (503 or dropped connection), 100 ms added" in output
        with httpx.Client(timeout=5) as client:
            started = time.monotonic()
            try:
                status = client.get(f"{base_url}/meters").status_code
            except httpx.TransportError:
                status = 0  # dropped
            assert status in (0, 503) and time.monotonic() - started >= 0.1
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
