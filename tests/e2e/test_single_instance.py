"""A second start of the app for the same account brings the running window to the front and ends, before
it opens any data: one copy of the app works on the user's drafts."""

from __future__ import annotations

import subprocess
import sys

import pytest

from optimce_desktop.services.single_instance import SingleInstance
from tests.e2e.test_smoke import app_environment

TAKE_LOCK_AND_DIE = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from optimce_desktop.services.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.claim()
instance.listen()
os._exit(0)  # a crash: the lock file and the socket stay behind
"""


def test_a_second_copy_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "config")
    assert first.claim()
    first.listen()
    second = SingleInstance(tmp_path / "config")
    with qtbot.waitSignal(first.activationRequested, timeout=5000):
        assert not second.claim()
    assert second.answered
    first.release()
    third = SingleInstance(tmp_path / "config")
    assert third.claim()  # the first one ended: the next start is the running copy
    third.release()


def test_each_account_folder_is_its_own(qapp, tmp_path):
    mine, theirs = SingleInstance(tmp_path / "me"), SingleInstance(tmp_path / "them")
    assert mine.name != theirs.name
    assert mine.claim() and theirs.claim()
    mine.listen()
    theirs.listen()
    mine.release()
    theirs.release()


def test_a_copy_that_died_does_not_keep_the_app_from_starting(qapp, tmp_path):
    folder = tmp_path / "config"
    died = subprocess.run([sys.executable, "-c", TAKE_LOCK_AND_DIE, str(folder)], capture_output=True,
                          text=True, timeout=30)
    assert died.returncode == 0, died.stderr
    assert (folder / "running.lock").exists()
    instance = SingleInstance(folder)
    assert instance.claim()
    instance.release()


@pytest.mark.slow
def test_starting_the_app_twice_brings_the_first_window_to_the_front(tmp_path):
    env = dict(app_environment(tmp_path), OPTIMCE_LOG_LEVEL="INFO")
    with subprocess.Popen([sys.executable, "-m", "optimce_desktop", "--demo"], env=env, text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as first:
        assert first.stderr is not None
        try:
            for line in first.stderr:
                if "Listening for later starts" in line:
                    break
            second = subprocess.run([sys.executable, "-m", "optimce_desktop", "--demo"], env=env,
                                    capture_output=True, text=True, timeout=30)
            assert second.returncode == 0, second.stderr
            assert "its window was asked to come to the front" in second.stderr
            assert "Listening for later starts" not in second.stderr  # it opened nothing of its own
            for line in first.stderr:
                if "Brought the window to the front" in line:
                    break
            assert first.poll() is None  # still running
        finally:
            first.kill()
