"""The installed app starts on its embedded default, paints its window and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_demo_smoke_run_exits_zero_without_noise(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run([sys.executable, "-m", "optimce_desktop", "--demo", "--smoke"], env=env,
                            capture_output=True, text=True, timeout=50)
    assert result.returncode == 0, result.stderr
    noise = [line for line in result.stderr.splitlines()
             if line.strip() and "propagateSizeHints" not in line]
    assert noise == []
    assert (tmp_path / "data" / "optimce-desktop" / "demo-crm.sqlite3").exists()
