"""On the screens operators have (1366x768, and 1920x1080 at 150%), in French, the list shows the address,
the holder next to it, the EAN and the status whole, beside a detail pane whose current cards stay side by
side and whole; the splitter and a column the user dragged are as they left them at the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.gui.layout.test_screens import REPO, SCREENS, screen_config
from tests.support.screenshots import screenshot_folder

SHOWN = ["ADDRESS", "HOLDER", "EAN", "STATUS"]


def run_on_screen(tmp_path, screen: str) -> dict:
    platform = f"offscreen:configfile={screen_config(tmp_path, screen, SCREENS[screen])}"
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": "1", "PYTHONPATH": path}
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    saved_in = [str(folder)] if (folder := screenshot_folder()) else []
    run = subprocess.run([sys.executable, "-m", "tests.gui.layout.list_beside_detail", *saved_in], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=200)
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def assert_list_and_cards_shown_whole(view: dict) -> None:
    for name in SHOWN:
        left, right = view["edges"][name]
        assert 0 <= left and right <= view["visible"], (
            f"{name} spans {left}-{right} px of a list showing {view['visible']} px")
    assert view["order"][:4] == SHOWN, view["order"]  # the holder next to the address
    assert view["cards_across"] == 3, view
    for width, needs in view["cards"]:
        assert width >= needs, view["cards"]
    assert not view["scrolls_sideways"]


@pytest.mark.slow
@pytest.mark.timeout(240)  # two starts of the app in a process of its own: slow on a busy machine
@pytest.mark.parametrize("screen", ["1366x768", "1920x1080@150"])
def test_the_list_shows_address_holder_ean_and_status_beside_the_cards(tmp_path, screen):
    report = run_on_screen(tmp_path, screen)
    assert_list_and_cards_shown_whole(report["first"])

    # dragged wider, the splitter and the holder column are as the user left them at the next start
    dragged, again = report["dragged"], report["again"]
    assert dragged["splitter"][0] > report["first"]["splitter"][0]
    assert dragged["columns"]["HOLDER"] > report["first"]["columns"]["HOLDER"]
    assert again["splitter"] == dragged["splitter"]
    assert again["columns"]["HOLDER"] == dragged["columns"]["HOLDER"]
