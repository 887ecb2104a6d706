"""Offline benchmark: saving a community of N meters on this computer, and starting from that copy.

    python benchmarks/offline.py --meters 50000

prints one JSON line: {"meters", "list_refresh_s", "full_refresh_s", "cold_start_first_rows_s",
"empty_window_s", "cold_start_ratio", "reopen_detail_requests", "peak_rss_mb", "cache_mb"}. The emulator
runs in its own process; the window, its services and its worker threads run here, as in the app:

- ``list_refresh_s``: the list read from the CRM into an empty window and saved (the list only);
- ``full_refresh_s``: "Refresh all", the list and every detail, until the new copy is committed;
- ``cold_start_first_rows_s``: a fresh process that starts the app (its ``main()``, see ``_first_rows.py``)
  with the user's sign-in remembered, as after any earlier use: from its start to the first rows of the
  saved copy painted (median of a few runs). Before each run, the user signs in again (refresh tokens are
  single-use) and the refresh token goes to a password store that these processes share (``_keyring.py``);
- ``empty_window_s``: a fresh process that only shows an empty QMainWindow, measured the same way;
  ``cold_start_ratio`` is the first over the second (same run);
  Both run as an installed app does, from compiled bytecode: an unmeasured first run writes it (to a
  temporary folder: this machine may forbid writing it next to the sources);
- ``reopen_detail_requests``: after "Refresh all", the community opened again (a new window and services
  on the same local database, as at the app's next start): the meter details it asked the CRM for in its
  first ``--reopen-seconds`` (60), the list read included. The copy is fresh: the target is 0;
- ``peak_rss_mb``: this process (both refreshes), ``cache_mb``: the local database's files.

``--server-timings real`` makes the emulator answer as slowly as the real CRM (``emulator/timings.py``).
Targets on a 2-core machine: for 50,000 meters, cold start under 1.5 s and under 2.0 x empty_window_s,
list refresh under 10 s, memory under 400 MB, 0 detail requests on reopening; for 10,000 meters, full
refresh under 60 s.
"""

from __future__ import annotations

import argparse
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

COLD_RUNS = 5
CHILD_TIMEOUT_S = 60
REQUEST_ID = re.compile(r'name="request_id" value="([^"]+)"')


def run(meters: int, server_timings: str = "emulator", reopen_s: float = 60.0) -> dict[str, float | int]:
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
        finally:
            emulator.stop()
        figures["cold_start_ratio"] = round(figures["cold_start_first_rows_s"] / figures["empty_window_s"], 2)
        order = ("meters", "list_refresh_s", "full_refresh_s", "cold_start_first_rows_s", "empty_window_s",
                 "cold_start_ratio", "reopen_detail_requests", "peak_rss_mb", "cache_mb")
        return {key: figures[key] for key in order}


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
    wait_until(app, lambda: meters.snapshot is not None and not meters.loading_list, 600)
    list_refresh = time.perf_counter() - started
    total = window.table_model.total_count

    started = time.perf_counter()
    window.refresh_all()
    wait_until(app, lambda: window.refresh_all_dialog is None and meters.snapshot is not None
               and meters.snapshot.details_complete_at is not None, 1800)
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
    if window.meters.snapshot is None or window.meters.loading_list:
        raise RuntimeError("the community did not open again within the measured time")
    requests = transport.details_between(started, started + seconds)
    window.close()
    tasks.shutdown()
    wait_until(app, lambda: tasks.pending == 0, 60)
    client.close()
    return requests


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
    args = parser.parse_args()
    print(json.dumps(run(args.meters, args.server_timings, args.reopen_seconds)), flush=True)


if __name__ == "__main__":
    main()
