"""Going back online never makes the main window wider than its screen: the drafts announced, the holders
being read and the pending changes in the status bar fit in the window as it is (1366x768, and 1920x1080 at
150%, in French)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.gui.layout.test_screens import REPO, SCREENS, screen_config
from tests.support.screenshots import screenshot_folder


@pytest.mark.parametrize("screen", ["1366x768", "1920x1080@150"])
def test_going_back_online_keeps_the_window_within_the_screen(tmp_path, screen):
    platform = f"offscreen:configfile={screen_config(tmp_path, screen, SCREENS[screen])}"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": "1", "PYTHONPATH": str(REPO)}
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    saved_in = [str(folder)] if (folder := screenshot_folder()) else []
    run = subprocess.run([sys.executable, "-m", "tests.gui.layout.back_online", "fr", *saved_in], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert [step["step"] for step in report["steps"]] == ["offline", "online", "banner-closed"]
    for step in report["steps"]:
        assert step["width"] <= report["available"], step
        assert step["minimum"] <= report["available"], step
