"""Soak benchmark: an operator's working day, compressed, and the memory of the app along the way.

    python benchmarks/soak.py --minutes 10 [--meters 5000] [--warmup-minutes 3]

The app (the main window as ``app.py`` composes it, its services and worker threads) runs here; the
emulator runs in its own process. The script selects meters (a few a second), sends updates through the
update dialog, switches community, goes offline and back (the emulator stopped, then started again on the
same port), and runs "Refresh all", each on its own schedule. It prints one JSON line:
{"minutes", "meters", "rss_start_mb", "rss_after_warmup_mb", "rss_end_mb", "growth_mb_per_hour", ...,
"selections", "updates", "switches", "offline_cycles", "refresh_alls", ...}.

``growth_mb_per_hour`` is the slope of a least-squares line through the resident memory sampled every few
seconds after the warm-up (a difference of two samples would follow the noise of one moment). Target: under
20 MB an hour after warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _harness import EmulatorProcess, malloc_mb, rss_mb, wait_until  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

SAMPLE_EVERY_S = 5.0
SELECT_EVERY_S = 0.25
OFFLINE_FOR_S = 20.0


@dataclass
class Schedule:
    """Seconds between two of each action, and when the first one comes (all in the warm-up)."""

    update_every: float = 12.0
    switch_every: float = 60.0
    offline_every: float = 150.0
    refresh_all_every: float = 240.0
    first: dict[str, float] = field(default_factory=lambda: {
        "refresh_all": 5.0, "update": 10.0, "switch": 30.0, "offline": 60.0})


@dataclass
class Counts:
    selections: int = 0
    updates: int = 0
    switches: int = 0
    offline_cycles: int = 0
    refresh_alls: int = 0
    boxes_answered: int = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--meters", type=int, default=5000)
    parser.add_argument("--warmup-minutes", type=float, default=None,
                        help="default: a quarter of the run, at most 3 minutes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--types", action="store_true",
                        help="also print (to stderr) the types whose live objects grew most after warm-up")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # the offline cycles' retries are expected: short output
    warmup = args.warmup_minutes if args.warmup_minutes is not None else min(3.0, args.minutes / 4)
    print(json.dumps(run(args.minutes, args.meters, warmup, args.seed, args.types)), flush=True)


def run(minutes: float, meters: int, warmup_minutes: float, seed: int,
        types: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(root / name.lower())
        emulator = EmulatorProcess(root / "crm.sqlite3", meters)
        try:
            soak = Soak(emulator, root, random.Random(seed), count_types=types)
            return soak.run(minutes * 60, warmup_minutes * 60)
        finally:
            emulator.stop()


Step = float | tuple[Callable[[], bool], float]
"""What a script yields: seconds to let the app work, or a condition to wait for and its timeout (seconds)."""
Script = Generator[Step, None, Any]


class ScriptDriver:
    """Runs a script in the app's own event loop (``exec()``, as the app does: deferred deletions, for one,
    happen only there), one step per turn, each turn short."""

    def __init__(self, app: QApplication, script: Script) -> None:
        self._app = app
        self._script = script
        self._waiting: Step = 0.0
        self._since = time.monotonic()
        self._stepping = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._turn)

    def run(self) -> Any:
        self._timer.start()
        self._app.exec()
        self._timer.stop()
        if self.error is not None:
            raise self.error
        return self.result

    def _turn(self) -> None:
        if self._stepping:  # a modal box's own event loop turning inside a step
            return
        waited = time.monotonic() - self._since
        timed_out = False
        if isinstance(self._waiting, tuple):
            condition, timeout = self._waiting
            if not condition():
                if waited < timeout:
                    return
                timed_out = True
        elif waited < self._waiting:
            return
        self._stepping = True
        try:
            if timed_out:
                self._waiting = self._script.throw(TimeoutError(f"condition not met within {timeout} s"))
            else:
                self._waiting = next(self._script)
        except StopIteration as stop:
            self.result = stop.value
            self._app.quit()
        except BaseException as error:  # noqa: BLE001 - reported by run()
            self.error = error
            self._app.quit()
        finally:
            self._stepping = False
            self._since = time.monotonic()


class Soak:
    def __init__(self, emulator: EmulatorProcess, root: Path, rng: random.Random, *,
                 count_types: bool = False) -> None:
        from optimce_desktop.allocator import limit_arenas
        from optimce_desktop.app import compose_main_window
        from optimce_desktop.crm.client import CrmClient
        from optimce_desktop.gui.style import apply_style
        from optimce_desktop.services.tasks import TaskRunner

        limit_arenas()  # as the app's main() does, before any worker thread exists
        self.app = QApplication.instance() or QApplication([])
        apply_style(self.app)  # type: ignore[arg-type]
        self.emulator = emulator
        self.rng = rng
        self.counts = Counts()
        self.skipped: dict[str, int] = {}
        self.client = CrmClient(emulator.base_url, lambda: emulator.manager_token)
        self.tasks = TaskRunner()
        self.settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        self.window = compose_main_window(self.client, self.tasks, self.settings, root / "local.sqlite3")
        self.window.resize(1440, 860)
        self.window.show()
        self.updated: set[str] = set()
        self.meters_in_first_community = 0
        self.count_types = count_types
        self.types_after_warmup: Counter[str] = Counter()
        self._boxes = QTimer()
        self._boxes.setInterval(50)
        self._boxes.timeout.connect(self._answer_box)

    def run(self, duration_s: float, warmup_s: float) -> dict[str, object]:
        self._boxes.start()
        try:
            return ScriptDriver(self.app, self.day(duration_s, warmup_s)).run()  # type: ignore[arg-type]
        finally:
            self._boxes.stop()
            self.close()

    # -- the day ------------------------------------------------------------------------------------------

    def day(self, duration_s: float, warmup_s: float) -> Script:
        window, meters = self.window, self.window.meters
        window.start()
        yield (lambda: meters.community is not None and meters.saved_list is not None
               and not meters.loading_list and window.table_model.total_count > 0), 300
        self.meters_in_first_community = window.table_model.total_count
        schedule = Schedule()
        actions: dict[str, tuple[float, Callable[[], Script]]] = {
            "refresh_all": (schedule.refresh_all_every, self.refresh_all),
            "update": (schedule.update_every, self.update),
            "switch": (schedule.switch_every, self.switch_community),
            "offline": (schedule.offline_every, self.offline_cycle),
        }
        started = time.monotonic()
        due = {name: started + first for name, first in schedule.first.items()}
        samples: list[tuple[float, float]] = []
        next_sample = started
        rss_start = rss_mb()
        malloc_after_warmup = (0.0, 0.0)
        while (now := time.monotonic()) - started < duration_s:
            if malloc_after_warmup == (0.0, 0.0) and now - started >= warmup_s:
                malloc_after_warmup = malloc_mb()
            if self.count_types and not self.types_after_warmup and now - started >= warmup_s:
                self.types_after_warmup = _live_types()
            if now >= next_sample:
                samples.append((now - started, rss_mb()))
                next_sample = now + SAMPLE_EVERY_S
            name = next((name for name, when in due.items() if now >= when), None)
            if name is not None:
                every, action = actions[name]
                yield from action()
                due[name] = time.monotonic() + every
            else:
                yield from self.select_some()
        samples.append((time.monotonic() - started, rss_mb()))
        after = [(t, rss) for t, rss in samples if t >= warmup_s]
        if self.count_types:
            growth = _live_types()
            growth.subtract(self.types_after_warmup)
            print("live objects grown after warm-up:", growth.most_common(25), file=sys.stderr, flush=True)
        return {
            "minutes": round(duration_s / 60, 1),
            "meters": self.meters_in_first_community,
            "warmup_minutes": round(warmup_s / 60, 1),
            "rss_start_mb": round(rss_start, 1),
            "rss_after_warmup_mb": round(after[0][1], 1) if after else None,
            "rss_end_mb": round(samples[-1][1], 1),
            "growth_mb_per_hour": round(slope(after) * 3600, 1) if len(after) > 2 else None,
            "malloc_in_use_after_warmup_mb": round(malloc_after_warmup[0], 1),
            "malloc_in_use_end_mb": round(malloc_mb()[0], 1),
            "malloc_held_after_warmup_mb": round(malloc_after_warmup[1], 1),
            "malloc_held_end_mb": round(malloc_mb()[1], 1),
            **vars(self.counts),
            "skipped": self.skipped,
            "gc_frozen_objects": gc.get_freeze_count(),
            "gc_tracked_objects": len(gc.get_objects()),
            "threads": _threads(),
        }

    def close(self) -> None:
        self.window.close()
        self.settings.sync()
        self.tasks.shutdown()
        wait_until(self.app, lambda: self.tasks.pending == 0, 60)  # type: ignore[arg-type]
        self.client.close()

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    # -- actions ------------------------------------------------------------------------------------------

    def select_some(self) -> Script:
        """Selects a meter at random (as the arrow keys or a click do), then lets the app work."""
        model = self.window.table_model
        if model.rowCount():
            self.select(model.ean_at(self.rng.randrange(model.rowCount())))
            self.counts.selections += 1
        yield SELECT_EVERY_S

    def select(self, ean: str | None) -> None:
        window = self.window
        row = window.table_model.row_of(ean) if ean else None
        if row is None:
            return
        index = window.table_model.index(row, 0)
        table = window.ui.meterTable
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def update(self) -> Script:
        """An update through the dialog: a meter not updated yet in this run, a new period from today with
        another amperage."""
        from optimce_desktop.domain.enums import MeterStatus

        window = self.window
        launcher = window.update_launcher
        if window.connection.is_offline or launcher is None:
            return
        model = window.table_model
        candidates = [ean for ean in model.visible_eans(0, 1999) if ean not in self.updated
                      and (row := model.meter_row(ean)) is not None and row.status == MeterStatus.ACTIVE]
        if not candidates:
            self.skip("no meter to update")
            return
        ean = self.rng.choice(candidates)
        self.updated.add(ean)
        self.select(ean)
        pane = window.detail_pane
        try:
            yield (lambda: pane.detail is not None and pane.detail.EAN == ean
                   and window.ui.actionUpdateData.isEnabled()), 20
            window.open_update_dialog()
            yield (lambda: launcher.dialog is not None and launcher.dialog.isVisible()), 20  # type: ignore[attr-defined]
        except TimeoutError:
            self.skip("no detail or no dialog")
            return
        dialog = launcher.dialog  # type: ignore[attr-defined]
        ui = dialog.ui
        ui.effectiveDateEdit.set_optional_date(dt.date.today())
        ui.amperageInput.setValue(50 if ui.amperageInput.optional_value() != 50 else 40)
        yield 0.05
        sendable = ui.validateButton.isEnabled()
        if sendable:
            ui.validateButton.click()
        else:
            self.skip(ui.footerHint.text() or "validate disabled")
            dialog.reject()  # its discard question is answered "Discard"
        yield (lambda: launcher.dialog is None), 60  # type: ignore[attr-defined]
        self.counts.updates += sendable

    def switch_community(self) -> Script:
        window, meters = self.window, self.window.meters
        if window.connection.is_offline:
            return
        combo = window.ui.communityCombo
        current = combo.currentIndex()
        others = [i for i in range(combo.count()) if i != current and _enabled(combo, i)]
        if not others:
            self.skip("no other community")
            return
        wanted = combo.itemData(others[0])
        combo.setCurrentIndex(others[0])
        yield (lambda: meters.community is not None and meters.community.auth_community_id == wanted
               and not meters.loading_list and window.table_model.total_count > 0), 300
        self.counts.switches += 1

    def offline_cycle(self) -> Script:
        """The CRM goes away for a while (the operator goes on reading saved meters), then comes back."""
        from optimce_desktop.services.connection import Reachability

        window = self.window
        self.emulator.stop()
        window.refresh()  # the list cannot be read: the app notices at once
        yield (lambda: window.connection.is_offline), 60
        until = time.monotonic() + OFFLINE_FOR_S
        while time.monotonic() < until:
            yield from self.select_some()
        self.emulator.restart()
        window.refresh()  # offline: checks whether the CRM is back, and reads the list when it is
        yield (lambda: window.connection.state is Reachability.ONLINE and not window.meters.loading_list), 120
        self.counts.offline_cycles += 1

    def refresh_all(self) -> Script:
        window, meters = self.window, self.window.meters
        if window.connection.is_offline:
            return
        window.refresh_all()
        yield (lambda: window.refresh_all_dialog is None and meters.saved_list is not None
               and meters.saved_list.details_complete_at is not None), 900
        self.counts.refresh_alls += 1

    def _answer_box(self) -> None:
        """Answers the update dialog's questions as an operator sure of their change does: send, replace,
        and discard a form that cannot be sent."""
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        roles = {box.buttonRole(button): button for button in box.buttons()}
        button = (roles.get(QMessageBox.ButtonRole.DestructiveRole)
                  or roles.get(QMessageBox.ButtonRole.AcceptRole))
        if button is None:
            box.reject()
        else:
            button.click()
        self.counts.boxes_answered += 1


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def _enabled(combo: object, index: int) -> bool:
    model = combo.model()  # type: ignore[attr-defined]
    item = model.item(index) if hasattr(model, "item") else None
    return item is None or item.isEnabled()


def _live_types() -> Counter[str]:
    gc.collect()
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


def _threads() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    main()
