"""PySide's question "does this module's source mention PySide6?" gets the same answer from the module's file
as from PySide's own check, for every module a session of the app has loaded."""

from __future__ import annotations

import sys

import pytest

import optimce_desktop.app  # noqa: F401 - loaded, as the app's start loads it
import optimce_desktop.gui.main_window  # noqa: F401
from optimce_desktop.gui.pyside_feature_check import FEATURE_MODULE, answer_from_the_file, reading_the_file


@pytest.fixture
def pyside_check(monkeypatch):
    feature = sys.modules[FEATURE_MODULE]
    check = getattr(feature._mod_uses_pyside, "pyside_check", feature._mod_uses_pyside)  # PySide's own
    monkeypatch.setattr(feature, "_mod_uses_pyside", check)  # and put back after the test
    return check


def test_the_file_gives_pysides_answer_for_every_loaded_module(pyside_check) -> None:
    from_the_file = reading_the_file(pyside_check)
    modules = [module for module in list(sys.modules.values()) if module is not None]

    differing = [module.__name__ for module in modules if from_the_file(module) != pyside_check(module)]

    assert differing == []
    answers = {module.__name__: from_the_file(module) for module in modules}
    assert answers["optimce_desktop.gui.main_window"] is True  # both kinds of answer were given
    assert answers["optimce_desktop.domain.numbers"] is False
    assert answers["sys"] is False  # built in: no file, PySide's own answer


def test_it_is_put_in_place_once(pyside_check) -> None:
    feature = sys.modules[FEATURE_MODULE]

    assert answer_from_the_file() is True
    assert feature._mod_uses_pyside is not pyside_check
    assert answer_from_the_file() is False  # already there: not wrapped twice
