"""The PyInstaller spec builds a bundle that starts: ``build.py --smoke`` freezes the app (a Linux
one-folder bundle here; the same spec makes the Windows one on Windows) and runs the frozen ``--demo
--smoke`` offscreen, which opens the window on the demo's data and quits. Slow (a minute or more):
PyInstaller from the ``installer`` extra; skipped without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from optimce_desktop import __version__

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="the Windows build runs build.py in CI"),
]


@pytest.mark.timeout(900)
def test_the_frozen_app_starts_on_its_demo_data_and_tells_its_version(tmp_path) -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the installer extra")
    build = subprocess.run([sys.executable, str(REPO / "installer" / "build.py"), "--smoke", "--no-installer",
                            "--build-dir", str(tmp_path / "build")],
                           capture_output=True, text=True, timeout=850)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "Smoke test passed" in build.stdout

    executable = tmp_path / "build" / "dist" / "OptimCE Desktop" / "optimce-desktop"
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert (version.returncode, version.stdout.strip()) == (0, f"optimce-desktop {__version__}")
