"""Browse benchmark: the main window loading and filtering N meters served by the emulator.

    python benchmarks/browse.py --meters 50000

prints one JSON line: {"meters", "first_rows_s", "all_rows_s", "filter_p95_ms", "max_gui_stall_ms",
"peak_rss_mb"}. The emulator runs in its own process; the window, its services and its worker threads run
here, as in the app. Targets for 50,000 meters on a 2-core machine: first rows < 1 s, filter p95 < 50 ms,
GUI stall < 100 ms, memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import EmulatorProcess, StallMeter, p95, peak_rss_mb, wait_until  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from optimce_desktop.crm.client import CrmClient  # noqa: E402
from optimce_desktop.gui.main_window import MainWindow  # noqa: E402
from optimce_desktop.gui.style import apply_style  # noqa: E402
from optimce_desktop.services.communities import CommunityService  # noqa: E402
from optimce_desktop.services.meters import MeterService  # noqa: E402
from optimce_desktop.services.tasks import TaskRunner  # noqa: E402

QUERIES = ["rue de la", "4500", "5414487000", "goffin", "zzz", "liege"]


def run(meters: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        emulator = EmulatorProcess(Path(folder) / "crm.sqlite3", meters)
        try:
            return measure(emulator, Path(folder))
        finally:
            emulator.stop()


def measure(emulator: EmulatorProcess, folder: Path) -> dict[str, float | int]:
    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    client = CrmClient(emulator.base_url, lambda: emulator.manager_token)
    tasks = TaskRunner()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(CommunityService(client, tasks), MeterService(client, tasks), settings)
    window.resize(1440, 860)
    window.show()
    stall = StallMeter()
    stall.start()
    started = time.perf_counter()
    window.start()
    wait_until(app, lambda: window.proxy.rowCount() > 0, 60)
    first_rows = time.perf_counter() - started
    loaded = lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible()  # noqa: E731
    wait_until(app, loaded, 300)
    all_rows = time.perf_counter() - started
    total = window.table_model.total_count

    latencies = []
    search = window.ui.searchEdit
    for query in QUERIES:
        search.clear()
        for char in query:
            typed = time.perf_counter()
            QTest.keyClick(search, char)
            app.processEvents()
            latencies.append((time.perf_counter() - typed) * 1000)
        for _ in range(len(query)):
            typed = time.perf_counter()
            QTest.keyClick(search, Qt.Key.Key_Backspace)
            app.processEvents()
            latencies.append((time.perf_counter() - typed) * 1000)
    stall.stop()
    window.close()
    settings.sync()
    tasks.shutdown()
    client.close()
    return {
        "meters": total,
        "first_rows_s": round(first_rows, 3),
        "all_rows_s": round(all_rows, 3),
        "filter_p95_ms": round(p95(latencies), 1),
        "max_gui_stall_ms": round(stall.max_gap_ms, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meters", type=int, default=10_000)
    args = parser.parse_args()
    print(json.dumps(run(args.meters)), flush=True)


if __name__ == "__main__":
    main()
