"""Browse benchmark: the main window loading and filtering N meters served by the emulator.

    python benchmarks/browse.py --meters 50000

    python benchmarks/browse.py --meters 50000 --server-timings real

prints one JSON line: {"meters", "first_rows_s", "all_rows_s", "filter_p95_ms", "filter_cpu_p95_ms",
"max_gui_stall_ms", "peak_rss_mb", "sweep_requests_per_s", "sweep_window_s"}. The emulator runs in its own
process (with ``--server-timings real``, it answers as slowly as the real CRM: see ``emulator/timings.py``);
the window, its services and its worker threads run here, as in the app, with the default settings.

Once the list is loaded, the detail sweep (the holders) goes on for ``--sweep-seconds`` (60 by default);
the keystrokes of the filter are typed at its start: ``filter_p95_ms`` is the time from a key to the table
painted again, ``filter_cpu_p95_ms`` the GUI thread's processor time in it (what the app spends, whatever
else runs on the machine). ``max_gui_stall_ms`` covers the list load and that whole window;
``sweep_requests_per_s`` is the detail requests the app sent in it (rows on screen included), per second.
Targets for 50,000 meters with real-server timings on a 2-core machine: first rows < 1 s, GUI stall < 100 ms,
filter p95 < 30 ms, memory < 250 MB; the sweep at its set rate (5 a second).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    CountingTransport,
    EmulatorProcess,
    StallMeter,
    p95,
    peak_rss_mb,
    wait_until,
)
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from optimce_desktop.allocator import hold_collections, start_done  # noqa: E402
from optimce_desktop.app import keep_rows_out_of_collections  # noqa: E402
from optimce_desktop.crm.client import CrmClient  # noqa: E402
from optimce_desktop.gui.main_window import MainWindow  # noqa: E402
from optimce_desktop.gui.style import apply_style  # noqa: E402
from optimce_desktop.services.communities import CommunityService  # noqa: E402
from optimce_desktop.services.meters import MeterService  # noqa: E402
from optimce_desktop.services.tasks import TaskRunner  # noqa: E402

QUERIES = ["rue de la", "4500", "5414487000", "goffin", "zzz", "liege"]


def run(meters: int, server_timings: str = "emulator", sweep_s: float = 60.0) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        emulator = EmulatorProcess(Path(folder) / "crm.sqlite3", meters,
                                   extra_args=("--server-timings", server_timings))
        try:
            return measure(emulator, Path(folder), sweep_s)
        finally:
            emulator.stop()


def measure(emulator: EmulatorProcess, folder: Path, sweep_s: float) -> dict[str, float | int]:
    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    transport = CountingTransport()
    client = CrmClient(emulator.base_url, lambda: emulator.manager_token, transport=transport)
    tasks = TaskRunner()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    hold_collections()  # the garbage collector as the app sets it (see app.py and allocator.py)
    meters = MeterService(client, tasks)
    window = MainWindow(CommunityService(client, tasks), meters, settings)
    keep_rows_out_of_collections(meters)
    window.startupSettled.connect(start_done)
    window.resize(1440, 860)
    window.show()
    stall = StallMeter()
    stall.start()
    started = time.perf_counter()
    window.start()
    wait_until(app, lambda: window.table_model.rowCount() > 0, 60)
    first_rows = time.perf_counter() - started
    loaded = lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible()  # noqa: E731
    wait_until(app, loaded, 300)
    sweep_started = time.perf_counter()
    all_rows = sweep_started - started
    total = window.table_model.total_count

    latencies, processor = [], []
    search = window.ui.searchEdit
    for query in QUERIES:
        search.clear()
        for key in [*query, *[Qt.Key.Key_Backspace] * len(query)]:
            typed, used = time.perf_counter(), time.thread_time()
            QTest.keyClick(search, key)
            app.processEvents()
            latencies.append((time.perf_counter() - typed) * 1000)
            processor.append((time.thread_time() - used) * 1000)
    sweep_ends = sweep_started + sweep_s
    wait_until(app, lambda: time.perf_counter() >= sweep_ends, sweep_s + 10)
    stall.stop()
    requests = transport.details_between(sweep_started, sweep_ends)
    window.close()
    settings.sync()
    tasks.shutdown()
    client.close()
    return {
        "meters": total,
        "first_rows_s": round(first_rows, 3),
        "all_rows_s": round(all_rows, 3),
        "filter_p95_ms": round(p95(latencies), 1),
        "filter_cpu_p95_ms": round(p95(processor), 1),
        "max_gui_stall_ms": round(stall.max_gap_ms, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "sweep_requests_per_s": round(requests / sweep_s, 2),
        "sweep_window_s": sweep_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meters", type=int, default=10_000)
    parser.add_argument("--server-timings", choices=("emulator", "real"), default="emulator",
                        help="the emulator's answer times: its own, or the real CRM's")
    parser.add_argument("--sweep-seconds", type=float, default=60.0,
                        help="how long the detail sweep is watched after the list is loaded")
    args = parser.parse_args()
    print(json.dumps(run(args.meters, args.server_timings, args.sweep_seconds)), flush=True)


if __name__ == "__main__":
    main()
