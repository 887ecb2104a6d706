"""The modules generated from ``ui/`` and ``resources/`` are in sync with their sources (the forms as
``tools/compile_forms.py`` writes them)."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest
from tools.compile_forms import FORM_SOURCES, compile_form, without_unused_imports

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "src" / "optimce_desktop" / "gui" / "forms"
# rcc's format version 1 leaves out the files' modification times, which differ in every clone.
RESOURCES = (["pyside6-rcc", "--format-version", "1"], REPO / "resources" / "resources.qrc",
             FORMS / "resources_rc.py")


def _meaningful(text: str) -> list[str]:
    # The header names the compiler's version; everything that builds the widgets must be identical.
    return [line for line in text.splitlines() if not line.startswith(("## Created by", "# Created by"))]


@pytest.mark.parametrize("form", sorted(FORM_SOURCES))
def test_form_module_matches_its_designer_file(form):
    committed = FORMS / FORM_SOURCES[form]
    expected = _meaningful(compile_form(REPO / "ui" / form))
    actual = _meaningful(committed.read_text("utf-8"))
    assert actual == expected, "regenerate with: .venv/bin/python tools/compile_forms.py\n" + "\n".join(
        difflib.unified_diff(actual, expected, lineterm="", n=1))


def test_resources_module_matches_its_sources(tmp_path):
    tool, source, committed = RESOURCES
    fresh = tmp_path / committed.name
    executable = Path(sys.executable).with_name(tool[0])
    subprocess.run([str(executable), *tool[1:], str(source), "-o", str(fresh)], check=True, timeout=60)
    expected, actual = _meaningful(fresh.read_text("utf-8")), _meaningful(committed.read_text("utf-8"))
    command = " ".join([*tool, str(source.relative_to(REPO)), "-o", str(committed.relative_to(REPO))])
    assert actual == expected, f"regenerate with: {command}\n" + "\n".join(
        difflib.unified_diff(actual, expected, lineterm="", n=1))


def test_forms_import_only_what_they_use():
    """uic imports some thirty Qt classes whatever the form uses; each one costs the start its build."""
    module = "from PySide6.QtGui import (QAction, QFont,\n    QGradient)\nx = QAction()\n"
    assert without_unused_imports(module) == "from PySide6.QtGui import QAction\nx = QAction()\n"
