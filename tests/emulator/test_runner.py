"""The in-process runner, its life cycle, and the command line."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import sqlite3
import threading
from pathlib import Path

import httpx
import pytest

from optimce_desktop.emulator import (
    DEMO_MANAGER,
    GUIDE_EAN,
    TOURNESOLS_AUTH_ID,
    EmulatorServer,
    default_db_path,
)
from tests.emulator.command_line import start_emulator
from tests.emulator.support import data, headers_for


def emulator_threads() -> list[threading.Thread]:
    """Threads of the emulator: uvicorn's and its pool's (other plugins, xdist's say, have their own)."""
    return [t for t in threading.enumerate() if t.name.startswith("crm-emulator")]


def test_start_and_stop_leave_no_thread_behind(
    emulator_template: Path, tmp_path: Path, emulator_today: dt.date
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    db_path.write_bytes(emulator_template.read_bytes())
    with EmulatorServer(db_path, today=emulator_today) as server:
        assert server.running and server.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(
            base_url=server.base_url, headers=headers_for(server, DEMO_MANAGER), timeout=5
        ) as client:
            assert data(client.get("/meters"))
            assert emulator_threads()  # the server thread and a worker thread of its pool
    assert not server.running
    assert emulator_threads() == []


def test_the_server_answers_on_the_port_it_was_given(
    emulator_template: Path, tmp_path: Path, emulator_today: dt.date
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    db_path.write_bytes(emulator_template.read_bytes())
    with EmulatorServer(db_path, today=emulator_today) as first:
        port = first.port
    with EmulatorServer(db_path, today=emulator_today, port=port) as second:
        assert second.base_url == f"http://127.0.0.1:{port}"
        with httpx.Client(timeout=5) as client:
            assert client.get(f"{second.base_url}/meters").json()["error_code"] == 6


def test_misuse_is_reported(emulator: EmulatorServer, tmp_path: Path, emulator_today: dt.date) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        emulator.start()
    idle = EmulatorServer(tmp_path / "idle.sqlite3", meters=3, today=emulator_today)
    try:
        with pytest.raises(RuntimeError, match="no port"):
            _ = idle.base_url
        idle.stop()  # stopping a server that never started is harmless
    finally:
        idle.close()


def test_the_live_clock_is_brusselss_date(tmp_path: Path) -> None:
    server = EmulatorServer(tmp_path / "live.sqlite3", meters=3)
    try:
        assert server.today in {dt.date.today() + dt.timedelta(days=d) for d in (-1, 0, 1)}
    finally:
        server.close()


def test_the_demo_database_lives_in_the_users_data_folder() -> None:
    path = default_db_path()
    assert path.name == "demo-crm.sqlite3"
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])  # redirected by the suite's isolated_dirs


def test_concurrent_reads_and_writes(emulator: EmulatorServer, manager_headers: dict[str, str]) -> None:
    eans = emulator.store.meter_eans(1)[:30]
    failures: list[str] = []

    def worker(ean: str) -> None:
        with httpx.Client(base_url=emulator.base_url, headers=manager_headers, timeout=10) as client:
            for _ in range(3):
                if client.get(f"/meters/{ean}").status_code != 200:
                    failures.append(ean)
                if client.get("/meters", params={"limit": 100}).status_code != 200:
                    failures.append("list")
            body = {"EAN": ean, "date": (emulator.today + dt.timedelta(days=400)).isoformat()}
            if client.patch("/meters/data/deactivate", json=body).status_code != 200:
                failures.append(f"deactivate {ean}")

    threads = [threading.Thread(target=worker, args=(ean,)) for ean in eans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert failures == []
    assert all(emulator.store.periods(ean)[0].status == 2 for ean in eans)


def test_command_line_prints_tokens_and_serves_until_interrupted(tmp_path: Path) -> None:
    process, output, base_url = start_emulator(
        "--port", "0", "--meters", "20", "--db", str(tmp_path / "cli.sqlite3"), "--today", "2026-11-28")
    try:
        token = re.search(rf"{DEMO_MANAGER} \(MANAGER[^:]*: (\S+)", output).group(1)  # type: ignore[union-attr]
        assert "curl -H" in output and TOURNESOLS_AUTH_ID in output and "today: 2026-11-28" in output
        headers = {"Authorization": f"Bearer {token}", "X-Community-ID": TOURNESOLS_AUTH_ID}
        with httpx.Client(timeout=5) as client:
            assert client.get(f"{base_url}/meters", headers=headers).json()["pagination"]["total"] == 25
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
        assert process.returncode == 0, errors
        assert errors == ""
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_changes_survive_a_new_server_on_the_same_file(
    emulator_template: Path, tmp_path: Path, emulator_today: dt.date
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    db_path.write_bytes(emulator_template.read_bytes())
    body = {"EAN": GUIDE_EAN, "date": emulator_today.isoformat()}
    with EmulatorServer(db_path, today=emulator_today) as first:
        with httpx.Client(
            base_url=first.base_url, headers=headers_for(first, DEMO_MANAGER), timeout=5
        ) as client:
            assert data(client.patch("/meters/data/deactivate", json=body)) == "success"
    with EmulatorServer(db_path, today=emulator_today) as second:
        assert second.store.periods(GUIDE_EAN)[0].status == 2


def test_a_database_of_another_schema_is_set_aside_and_reseeded(
    tmp_path: Path, emulator_today: dt.date
) -> None:
    db_path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    conn.close()
    server = EmulatorServer(db_path, meters=4, today=emulator_today)
    try:
        assert len(server.store.meter_eans(1)) == 4 + 5
        assert (tmp_path / "crm.sqlite3.schema-0.bak").exists()
    finally:
        server.close()
