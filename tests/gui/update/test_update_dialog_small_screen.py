""""Update data" on a 1366x768 laptop (a 1366x728 work area, and the whole 768 px with no taskbar), in its own
process: the dialog opens centred on the main window with room for its title bar, and the message an
operator's typed date brings is wholly in the form's view, never cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from optimce_desktop.gui.widgets.scrolled_form import WINDOW_FRAME_ALLOWANCE
from tests.gui.layout.test_screens import screen_config

REPO = Path(__file__).resolve().parents[3]


def _seen_on(tmp_path: Path, height: int) -> dict:
    screen = {"width": 1366, "height": height, "logicalDpi": 96}
    platform = f"offscreen:configfile={screen_config(tmp_path, f'1366x{height}', screen)}"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": "1", "PYTHONPATH": str(REPO)}
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    run = subprocess.run([sys.executable, "-m", "tests.gui.update.small_screen_check"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("height", [728, 768])
def test_the_dialog_opens_centred_with_its_title_bar_on_screen_and_date_messages_are_never_cut(
        tmp_path, height):
    seen = _seen_on(tmp_path, height)
    left, top, width, tall = seen["dialog"]
    area_left, area_top, area_width, area_height = seen["available"]
    assert tall + WINDOW_FRAME_ALLOWANCE <= area_height  # room for a title bar above it
    assert area_top <= top and top + tall + WINDOW_FRAME_ALLOWANCE <= area_top + area_height + 2
    assert area_left <= left and left + width <= area_left + area_width
    window_left, _, window_width, _ = seen["window"]
    assert abs((left + width / 2) - (window_left + window_width / 2)) <= 3  # centred on the main window

    marks = [date["mark"] for date in seen["dates"]]
    assert marks == ["error", "warning", "error", "warning"]
    assert "will be replaced, not kept in the history" in seen["dates"][1]["message"]
    assert "past sharing calculations may change" in seen["dates"][3]["message"]
    for date in seen["dates"]:
        x, y, w, h = date["rect"]
        _, _, view_width, view_height = date["viewport"]
        assert date["visible"] and 0 <= y and y + h <= view_height and 0 <= x and x + w <= view_width, date
