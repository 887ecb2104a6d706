"""The modules generated from ``ui/`` and ``resources/`` are in sync with their sources."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "src" / "optimce_desktop" / "gui" / "forms"
# rcc's format version 1 leaves out the files' modification times, which differ in every clone.
GENERATED = [
    (["pyside6-uic"], REPO / "ui" / "main_window.ui", FORMS / "ui_main_window.py"),
    (["pyside6-uic"], REPO / "ui" / "meter_data_update_dialog.ui", FORMS / "ui_meter_data_update_dialog.py"),
    (["pyside6-rcc", "--format-version", "1"], REPO / "resources" / "resources.qrc",
     FORMS / "resources_rc.py"),
]


def _meaningful_lines(path: Path) -> list[str]:
    # The header names the compiler's version; everything that builds the widgets must be identical.
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith(("## Created by", "# Created by"))]


@pytest.mark.parametrize(("tool", "source", "committed"), GENERATED, ids=[g[2].name for g in GENERATED])
def test_generated_module_matches_its_source(tmp_path, tool, source, committed):
    fresh = tmp_path / committed.name
    executable = Path(sys.executable).with_name(tool[0])
    subprocess.run([str(executable), *tool[1:], str(source), "-o", str(fresh)], check=True, timeout=60)
    expected, actual = _meaningful_lines(fresh), _meaningful_lines(committed)
    command = " ".join([*tool, str(source.relative_to(REPO)), "-o", str(committed.relative_to(REPO))])
    assert actual == expected, f"regenerate with: {command}\n" + "\n".join(
        difflib.unified_diff(actual, expected, lineterm="", n=1))
