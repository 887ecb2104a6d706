"""The test-only fault switch: late answers, error answers, dropped connections, and the CRM going away."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time

import httpx
import pytest

from optimce_desktop.emulator import GUIDE_EAN, EmulatorServer
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
    emulator.faults.add(method="GET", path="/members", delay_before=1.5)
    results: list[int] = []

    def slow_request() -> None:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=5) as client:
            results.append(client.get("/members").status_code)

    thread = threading.Thread(target=slow_request)
    thread.start()
    time.sleep(0.05)
    started = time.monotonic()
    assert data(api.get("/meters"))
    assert time.monotonic() - started < 1.0  # far less than the 1.5 s the other request waits
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


def test_stopping_during_a_delayed_request_is_prompt(
    emulator: EmulatorServer, manager_headers: dict[str, str]
) -> None:
    emulator.faults.add(path="/meters", delay_before=30)
    errors: list[Exception] = []

    def stuck_request() -> None:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=10) as client:
            try:
                client.get("/meters")
            except httpx.HTTPError as exc:
                errors.append(exc)

    thread = threading.Thread(target=stuck_request)
    thread.start()
    wait_until(lambda: emulator.faults.active == [] or emulator.faults.active[0].hits == 1)
    started = time.monotonic()
    emulator.stop()
    assert time.monotonic() - started < 3
    thread.join(5)
    assert not thread.is_alive() and len(errors) == 1
