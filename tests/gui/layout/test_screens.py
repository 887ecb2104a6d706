"""The app's windows on the screens operators have: 1366x768 at 100%, 1920x1080 at 150%, and 1280x720,
in English, French, Dutch and German. Each screen runs in its own process (``screen_tour.py``), the three
at once; their screenshots are saved in $OPTIMCE_SCREENSHOTS when it is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.screenshots import screenshot_folder

REPO = Path(__file__).resolve().parents[3]
LANGUAGES = "en,fr,nl,de"
SCREENS = {
    # work areas: the screen less a 40 px taskbar; 150% is 1920x1080 with a logical DPI of 144
    "1366x768": {"width": 1366, "height": 728, "logicalDpi": 96},
    "1920x1080@150": {"width": 1920, "height": 1040, "logicalDpi": 144},
    "1280x720": {"width": 1280, "height": 680, "logicalDpi": 96},
}
TOUR_TIMEOUT_S = 240


def screen_config(folder: Path, name: str, screen: dict) -> Path:
    path = folder / f"screen-{name}.json"
    path.write_text(json.dumps({"screens": [{"name": name, "x": 0, "y": 0, "logicalBaseDpi": 96, "dpr": 1,
                                             **screen}]}))
    return path


@pytest.mark.slow
def test_every_window_fits_every_screen_in_every_language(tmp_path):
    saved_in = [str(folder)] if (folder := screenshot_folder()) else []
    tours = {}
    for name, screen in SCREENS.items():
        platform = f"offscreen:configfile={screen_config(tmp_path, name, screen)}"
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": "1", "PYTHONPATH": str(REPO)}
        home = tmp_path / f"home-{name}"
        for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[variable] = str(home / variable.lower())
        tours[name] = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.layout.screen_tour", LANGUAGES, *saved_in],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    problems, views = [], []
    for name, tour in tours.items():
        out, err = tour.communicate(timeout=TOUR_TIMEOUT_S)
        assert tour.returncode == 0, f"the tour of {name} failed:\n{err[-4000:]}"
        report = json.loads(out.strip().splitlines()[-1])
        problems += report["problems"]
        views += report["views"]
    assert not problems, "\n".join(problems)
    assert len(views) >= len(SCREENS) * 4 * 11
