"""Compiles the Qt Designer files of ``ui/`` into the modules of ``src/optimce_desktop/gui/forms/``.

    .venv/bin/python tools/compile_forms.py

``pyside6-uic`` writes, then the names that the form does not use are left out of its imports. uic imports
some thirty Qt classes in every form whatever it uses (gradients, images, fonts, key sequences...), and
PySide builds each class, with its enumerations, when it is imported: about 8 ms of the app's start for the
main window's form alone. ``tests/gui/test_generated_sources.py`` checks that the committed modules are what
this script writes.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.update_translations import tool  # noqa: E402 - after the repository is on the path

UI_FOLDER = REPO / "ui"
FORMS = REPO / "src" / "optimce_desktop" / "gui" / "forms"
FORM_SOURCES = {"main_window.ui": "ui_main_window.py",
                "meter_data_update_dialog.ui": "ui_meter_data_update_dialog.py"}


def compile_form(source: Path) -> str:
    """The module for ``source``, as uic writes it, with only the imported names that it uses."""
    generated = subprocess.run([tool("pyside6-uic"), str(source)], check=True, capture_output=True,
                               text=True, timeout=60).stdout
    return without_unused_imports(generated)


def without_unused_imports(module: str) -> str:
    """``module`` whose ``from ... import (...)`` statements keep only the names used elsewhere in it; a
    statement left with no name goes."""
    tree = ast.parse(module)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = module.splitlines(keepends=True)
    for statement in reversed([node for node in tree.body if isinstance(node, ast.ImportFrom)]):
        assert statement.end_lineno is not None
        kept = [alias.name for alias in statement.names if alias.name in used]
        if len(kept) == len(statement.names):
            continue
        replacement = [_import_lines(statement.module or "", kept)] if kept else []
        lines[statement.lineno - 1:statement.end_lineno] = replacement
    return "".join(lines)


def _import_lines(module: str, names: list[str]) -> str:
    if len(names) == 1:
        return f"from {module} import {names[0]}\n"
    return f"from {module} import (" + ",\n    ".join(names) + ")\n"


def main() -> None:
    for source, module in FORM_SOURCES.items():
        (FORMS / module).write_text(compile_form(UI_FOLDER / source), encoding="utf-8")
        print(f"ui/{source} -> {(FORMS / module).relative_to(REPO)}")


if __name__ == "__main__":
    main()
