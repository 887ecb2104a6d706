"""Offline benchmark: saving a community of N meters on this computer, and starting from that copy.

    python benchmarks/offline.py --meters 50000

prints one JSON line: {"meters", "list_refresh_s", "full_refresh_s", "cold_start_first_rows_s",
"empty_window_s", "cold_start_ratio", "window_only_s", "window_only_ratio", "reopen_detail_requests",
"peak_rss_mb", "cache_mb", "full_refresh_under_failures_s", "unread_under_failures"}. The emulator runs in
its own process; the window, its services and its worker threads run here, as in the app:

- ``list_refresh_s``: the list read from the CRM into an empty window and saved (the list only);
- ``full_refresh_s``: "Refresh all", the list and every detail, until the new copy is committed;
- ``cold_start_first_rows_s``: a fresh process that starts the app (its ``main()``, see ``_first_rows.py``)
  with the user's sign-in remembered, as after any earlier use: from its start to the first rows of the
  offline copy painted (median of a few runs). Before each run, the user signs in again (refresh tokens are
  single-use) and the refresh token goes to a password store that these processes share (``_keyring.py``);
- ``empty_window_s``: a fresh process that only shows an empty QMainWindow, measured the same way;
  ``cold_start_ratio`` is the first over the second (same run);
- ``window_only_s``: a fresh process that shows only the main window's form and style sheet with the copy's
  first screenful read on the GUI thread (no session, no services, no worker), measured the same way: the
  least any start of this window does; ``window_only_ratio`` is it over ``empty_window_s``;
  Both run as an installed app does, from compiled bytecode: an unmeasured first run writes it (to a
  temporary folder: this machine may forbid writing it next to the sources);
- ``reopen_detail_requests``: after "Refresh all", the community opened again (a new window and services
  on the same local database, as at the app's next start): the meter details it asked the CRM for in its
  first ``--reopen-seconds`` (60), the list read included. The copy is fresh: the target is 0;
- ``peak_rss_mb``: this process (both refreshes), ``cache_mb``: the local database's files;
- ``full_refresh_under_failures_s``: "Refresh all" again, on the offline copy, against a second emulator
  process (the same CRM) where ``--fail-rate`` (0.1) of the requests fail at random (a gateway's 503 or a
  dropped connection; fixed seed), until it is finished and its copy committed; ``unread_under_failures``:
  the meters whose detail it reports it could not read (their previous copy kept). The copy is then
  checked (every meter the CRM lists, once; every detail read saved, the unread ones kept): an
  inconsistent copy, a refresh that fails or never ends, raises. ``--fail-rate 0`` skips it (both null).

``--server-timings real`` makes the emulator answer as slowly as the real CRM (``emulator/timings.py``).
Targets on a 2-core machine: for 50,000 meters, cold start under 1.5 s and under 2.0 x empty_window_s,
list refresh under 10 s, memory under 400 MB, 0 detail requests on reopening; for 10,000 meters, full
refresh under 60 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optimce_desktop.cache.meters import SavedMeters

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

COLD_RUNS = 5
CHILD_TIMEOUT_S = 60
FAULT_SEED = 19
"""The emulator's random failures fall on the same requests in each run (as far as their order allows)."""
REQUEST_ID = re.compile(r'name="request_id" value="([^"]+)"')


def run(meters: int, server_timings: str = "emulator", reopen_s: float = 60.0,
        fail_rate: float = 0.1) -> dict[str, float | int | None]:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        # the app's folders (settings, the local database) for this process and its children
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(root / name.lower())
        os.environ.update(PYTHON_KEYRING_BACKEND="_keyring.SharedFileKeyring",
                          OPTIMCE_BENCHMARK_KEYRING=str(root / "keyring.json"))
        from _harness import EmulatorProcess

        emulator = EmulatorProcess(root / "crm.sqlite3", meters,
                                   extra_args=("--server-timings", server_timings))
        children = {"PYTHONPYCACHEPREFIX": str(root / "pycache"), "PYTHONDONTWRITEBYTECODE": "",
                    "PYTHONPATH": str(HERE)}
        try:
            user = remember_sign_in(emulator)
            figures = measure_refreshes(emulator, user)
            figures["reopen_detail_requests"] = measure_reopen(emulator, user, reopen_s)
            start_app = [str(HERE / "_first_rows.py"), "--app", "--api-url", emulator.base_url,
                         "--issuer", emulator.issuer_url]
            figures["cold_start_first_rows_s"] = _median_child(
                [sys.executable, *start_app], children, before_each=lambda: remember_sign_in(emulator))
            figures["empty_window_s"] = _median_child(
                [sys.executable, str(HERE / "_first_rows.py"), "--empty"], children)
            figures["window_only_s"] = _median_child(
                [sys.executable, str(HERE / "_first_rows.py"), "--window-only", *saved_first_rows(user)],
                children)
        finally:
            emulator.stop()
        figures["cold_start_ratio"] = round(figures["cold_start_first_rows_s"] / figures["empty_window_s"], 2)
        figures["window_only_ratio"] = round(figures["window_only_s"] / figures["empty_window_s"], 2)
        figures.update(full_refresh_under_failures_s=None, unread_under_failures=None)
        if fail_rate:
            # the same CRM database, served by a process whose answers fail at random
            failing = EmulatorProcess(root / "crm.sqlite3", meters, extra_args=(
                "--server-timings", server_timings, "--fail-rate", str(fail_rate), "--fault-seed",
                str(FAULT_SEED)))
            try:
                figures.update(measure_refresh_under_failures(failing, user))
            finally:
                failing.stop()
        order = ("meters", "list_refresh_s", "full_refresh_s", "cold_start_first_rows_s", "empty_window_s",
                 "cold_start_ratio", "window_only_s", "window_only_ratio", "reopen_detail_requests",
                 "peak_rss_mb", "cache_mb", "full_refresh_under_failures_s", "unread_under_failures")
        return {key: figures[key] for key in order}


def saved_first_rows(user: str) -> tuple[str, str]:
    """The user's local database and the community the app opens first (its saved rows are the first
    screen), as the app finds them."""
    from PySide6.QtCore import QSettings

    from optimce_desktop.app import drafts_database_path, settings_path
    from optimce_desktop.gui.community_switcher import remembered_community

    community = remembered_community(QSettings(str(settings_path()), QSettings.Format.IniFormat))
    assert community is not None, "no community remembered: the app would open none"
    return str(drafts_database_path(user)), community


def remember_sign_in(emulator: object) -> str:
    """Signs the demo manager in on the emulator's login form, as the app does, and leaves the sign-in
    remembered for the app's next start: the refresh token in the password store, the user in the settings.
    Returns the user."""
    import httpx
    from PySide6.QtCore import QSettings

    from optimce_desktop.app import settings_path
    from optimce_desktop.crm.auth import OidcClient, RedirectPages, ServerConfig, browser_sign_in
    from optimce_desktop.crm.keyring_store import RefreshTokenStore
    from optimce_desktop.emulator import DEMO_MANAGER
    from optimce_desktop.services.session import SETTINGS_ISSUER, SETTINGS_USER

    def approve(url: str) -> None:
        with httpx.Client(timeout=10) as browser:
            form = browser.get(url)
            request_id = REQUEST_ID.search(form.text)
            assert request_id, form.text
            answer = browser.post(url.split("?")[0], data={"request_id": request_id.group(1),
                                                           "username": DEMO_MANAGER, "action": "approve"})
            browser.get(answer.headers["location"])

    config = ServerConfig(emulator.base_url, emulator.issuer_url)  # type: ignore[attr-defined]
    with OidcClient(config) as oidc:
        tokens = browser_sign_in(oidc, show=lambda url: threading.Thread(target=approve, args=(url,)).start(),
                                 pages=RedirectPages("", "", "", ""), timeout=30)
    assert tokens.user is not None and tokens.refresh_token is not None
    RefreshTokenStore(config.issuer).save(tokens.user, tokens.refresh_token)
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_USER, tokens.user)
    settings.setValue(SETTINGS_ISSUER, config.issuer)
    settings.sync()
    return tokens.user


def measure_refreshes(emulator: object, user: str) -> dict[str, float | int]:
    from _harness import peak_rss_mb, wait_until
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optimce_desktop.app import compose_main_window, drafts_database_path, settings_path
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.gui.style import apply_style
    from optimce_desktop.services.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    client = CrmClient(emulator.base_url, lambda: emulator.manager_token)  # type: ignore[attr-defined]
    tasks = TaskRunner()
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    database = drafts_database_path(user)
    window = compose_main_window(client, tasks, settings, database)
    window.resize(1440, 860)
    window.show()
    meters = window._meters

    started = time.perf_counter()
    window.start()
    wait_until(app, lambda: meters.saved_list is not None and not meters.loading_list, 600)
    list_refresh = time.perf_counter() - started
    total = window.table_model.total_count

    started = time.perf_counter()
    window.refresh_all()
    wait_until(app, lambda: window.refresh_all_dialog is None and meters.saved_list is not None
               and meters.saved_list.details_complete_at is not None, 1800)
    full_refresh = time.perf_counter() - started

    window.close()
    settings.sync()
    tasks.shutdown()
    wait_until(app, lambda: tasks.pending == 0, 60)
    client.close()
    cache_bytes = sum(path.stat().st_size for path in database.parent.glob(database.name + "*"))
    return {
        "meters": total,
        "list_refresh_s": round(list_refresh, 3),
        "full_refresh_s": round(full_refresh, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "cache_mb": round(cache_bytes / 1e6, 1),
    }


def measure_reopen(emulator: object, user: str, seconds: float) -> int:
    """The community opened again on its fresh copy: detail requests in its first ``seconds``."""
    from _harness import CountingTransport, wait_until
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optimce_desktop.app import compose_main_window, drafts_database_path, settings_path
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.services.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    transport = CountingTransport()
    client = CrmClient(emulator.base_url, lambda: emulator.manager_token,  # type: ignore[attr-defined]
                       transport=transport)
    tasks = TaskRunner()
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    window = compose_main_window(client, tasks, settings, drafts_database_path(user))
    window.resize(1440, 860)
    window.show()
    started = time.perf_counter()
    window.start()
    wait_until(app, lambda: time.perf_counter() - started >= seconds, seconds + 10)
    if window.meters.saved_list is None or window.meters.loading_list:
        raise RuntimeError("the community did not open again within the measured time")
    requests = transport.details_between(started, started + seconds)
    window.close()
    tasks.shutdown()
    wait_until(app, lambda: tasks.pending == 0, 60)
    client.close()
    return requests


def measure_refresh_under_failures(emulator: object, user: str) -> dict[str, float | int]:
    """"Refresh all" of the saved community, the CRM failing requests at random: its time until the new
    copy is committed, and the meters it reports it could not read. Raises if it fails, or if the copy it
    leaves is not consistent with the copy saved before (the same meters, each once; every detail read
    saved, the previous one kept for each unread meter)."""
    from _harness import wait_until
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optimce_desktop.app import compose_main_window, drafts_database_path, settings_path
    from optimce_desktop.cache.database import Database
    from optimce_desktop.cache.meters import SavedMeters
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.emulator import TOURNESOLS_AUTH_ID
    from optimce_desktop.services.tasks import TaskRunner

    database = drafts_database_path(user)
    before = saved_meters(SavedMeters(Database(database)), TOURNESOLS_AUTH_ID)
    app = QApplication.instance() or QApplication([])
    client = CrmClient(emulator.base_url, lambda: emulator.manager_token)  # type: ignore[attr-defined]
    tasks = TaskRunner()
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    window = compose_main_window(client, tasks, settings, database)
    window.resize(1440, 860)
    window.show()
    meters = window.meters
    lists_ended: list[str] = []
    meters.listFinished.connect(lambda *_: lists_ended.append("read"))
    meters.listFailed.connect(lambda error: lists_ended.append(f"failed: {error}"))
    window.start()
    # the community opened on its copy, and its list read from the CRM (or given up), as after a start
    wait_until(app, lambda: bool(lists_ended) and meters.community is not None and not meters.loading_list,
               600)
    if meters.community.auth_community_id != TOURNESOLS_AUTH_ID:  # type: ignore[union-attr]
        raise RuntimeError(f"another community opened: {meters.community}")

    outcome: list[tuple[str, float, object]] = []
    refresh_started_at = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    window.refresh_all()
    refresh = meters.refresh_all()  # the one the window started, still running
    if window.refresh_all_dialog is None or refresh is None or not refresh.running:
        raise RuntimeError(f"Refresh all did not start (the list: {lists_ended})")
    refresh.finished.connect(lambda saved_list: outcome.append(("finished", time.perf_counter(), saved_list)))
    refresh.failed.connect(lambda error: outcome.append(("failed", time.perf_counter(), error)))
    wait_until(app, lambda: bool(outcome), 3600)
    how, ended, result = outcome[0]
    if how != "finished":
        raise RuntimeError(f"Refresh all failed under random failures: {result!r}")
    unread = list(refresh.unread)
    wait_until(app, lambda: window.refresh_all_dialog is None, 60)

    window.close()
    settings.sync()
    tasks.shutdown()
    wait_until(app, lambda: tasks.pending == 0, 60)
    client.close()
    check_copy_after_refresh(SavedMeters(Database(database)), TOURNESOLS_AUTH_ID, before, unread,
                             refresh_started_at)
    return {"full_refresh_under_failures_s": round(ended - started, 3), "unread_under_failures": len(unread)}


def saved_meters(offline_copy: SavedMeters, community_id: str) -> list[str]:
    """The meters of the community's offline copy, in list order; raises if one lacks its detail."""
    rows = [row for chunk in offline_copy.iter_rows(community_id) for row in chunk]
    if not rows or not all(row.details_known for row in rows):
        raise RuntimeError(f"the offline copy is not whole before the refresh: {len(rows)} meters")
    return [row.ean for row in rows]


def check_copy_after_refresh(offline_copy: SavedMeters, community_id: str, before: list[str],
                             unread: list[str], started_at: dt.datetime) -> None:
    """The copy a "Refresh all" committed holds every meter of the copy before it (the CRM's list did not
    change), each once, the detail of each meter it read, and the previous detail of each it could not."""
    after = saved_meters(offline_copy, community_id)
    saved_list = offline_copy.saved_list(community_id)
    problems = []
    if len(set(after)) != len(after):
        problems.append(f"{len(after) - len(set(after))} meters twice")
    if set(after) != set(before):
        problems.append(f"{len(set(before) - set(after))} meters missing, {len(set(after) - set(before))} "
                        "meters more than the CRM lists")
    if saved_list is None or saved_list.meter_count != len(after):
        problems.append(f"the copy says {saved_list and saved_list.meter_count} meters, holds {len(after)}")
    complete_at = saved_list.details_complete_at if saved_list is not None else None
    if complete_at is None or complete_at < started_at:
        problems.append("the refresh's copy is not the one committed")
    if len(set(unread)) != len(unread) or not set(unread) <= set(after):
        problems.append(f"the unread report names {len(unread) - len(set(unread))} meters twice, "
                        f"{len(set(unread) - set(after))} meters not listed")
    fresh = offline_copy.fresh_detail_eans(community_id, started_at)
    read = set(after) - set(unread)
    if fresh != read:
        problems.append(f"{len(read - fresh)} details read but not saved, {len(fresh - read)} reported "
                        "unread but saved")
    if problems:
        raise RuntimeError("the copy left by Refresh all under failures is inconsistent: "
                           + "; ".join(problems))


def _median_child(command: list[str], extra_env: dict[str, str],
                  before_each: Callable[[], object] = lambda: None) -> float:
    """Wall time from starting ``command`` to its "painted" line, median of ``COLD_RUNS`` runs after an
    unmeasured one; ``before_each`` runs before each start, unmeasured."""
    env = {key: value for key, value in dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra_env).items()
           if value}
    times = []
    for _ in range(COLD_RUNS + 1):
        before_each()
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        try:
            process.wait(CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        if not line.startswith("painted"):
            raise RuntimeError(f"{command} did not paint: {line!r} (exit {process.returncode})")
        times.append(elapsed)
    return round(statistics.median(times[1:]), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meters", type=int, default=10_000)
    parser.add_argument("--server-timings", choices=("emulator", "real"), default="emulator",
                        help="the emulator's answer times: its own, or the real CRM's")
    parser.add_argument("--reopen-seconds", type=float, default=60.0,
                        help="how long the reopened community is watched for detail requests")
    parser.add_argument("--fail-rate", type=float, default=0.1,
                        help="fraction of requests failing at random in the last Refresh all (0: skip it)")
    args = parser.parse_args()
    if not 0.0 <= args.fail_rate <= 1.0:
        parser.error("--fail-rate is from 0 to 1")
    print(json.dumps(run(args.meters, args.server_timings, args.reopen_seconds, args.fail_rate)), flush=True)


if __name__ == "__main__":
    main()
