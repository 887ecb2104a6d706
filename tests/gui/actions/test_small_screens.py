"""The meter action dialogs in French on a 1366x768 laptop (a 1366x728 work area) and at Windows' 150 %
scaling of a 1920x1080 screen less its taskbar (1280x680): each opens within the screen with room for its
title bar, its buttons shown, whether it is new or restored from a draft; what a choice or a typed date
will do is read whole. Each screen in its own process."""

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


def _seen_on(tmp_path: Path, width: int, height: int) -> dict:
    screen = {"width": width, "height": height, "logicalDpi": 96}
    platform = f"offscreen:configfile={screen_config(tmp_path, f'{width}x{height}', screen)}"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": "1", "PYTHONPATH": str(REPO)}
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    run = subprocess.run([sys.executable, "-m", "tests.gui.actions.small_screen_check"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1280, 680)])
def test_each_dialog_fits_the_screen_and_says_what_it_will_do_whole(tmp_path, width, height):
    seen = _seen_on(tmp_path, width, height)
    area_left, area_top, area_width, area_height = seen["available"]
    assert [dialog["name"] for dialog in seen["dialogs"]] == [
        "cancel-scheduled", "deactivation", "modify", "add", "add-from-draft"]
    problems = []
    for dialog in seen["dialogs"]:
        left, top, dialog_width, tall = dialog["dialog"]
        # the window on screen, with room for its title bar above it (as "Update data" opens)
        if not (area_top <= top and top + tall + WINDOW_FRAME_ALLOWANCE <= area_top + area_height + 2):
            problems.append(f"{dialog['name']} is {tall} px tall at y={top}: off a {area_height} px screen")
        if not (area_left <= left and left + dialog_width <= area_left + area_width):
            problems.append(f"{dialog['name']} is {dialog_width} px wide at x={left}")
        if not dialog["buttons_shown"]:
            problems.append(f"{dialog['name']} hides its buttons")
        problems += [f"{dialog['name']} cuts its {what}"
                     for what, whole in dialog["whole"].items() if not whole]
    assert not problems, problems
