"""PySide asks of every module imported after it whether its source mentions "PySide6" (modules that do may
use ``from __feature__ import ...``). It reads the source with ``inspect.getsource``, which resolves each
module's file through every module loaded so far: about 0.15 ms a module, 15-20 ms over the hundred-odd
modules of a cold start. ``answer_from_the_file`` asks the same question of the module's file directly; any
module that has no ``.py`` file, or whose file cannot be read, still gets PySide's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide keeps its module check (installed with PySide's first import)."""


def answer_from_the_file() -> bool:
    """Puts the file-reading check in place of PySide's; False (and nothing changed) when this PySide has no
    such check, or it is already in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if pyside_check is None or getattr(pyside_check, "reads_the_file", False):
        return False
    feature._mod_uses_pyside = reading_the_file(pyside_check)  # type: ignore[union-attr]
    return True


def reading_the_file(pyside_check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return pyside_check(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()  # Python source is ASCII-compatible: same answer as text
        except OSError:
            return pyside_check(module)

    mentions_pyside.reads_the_file = True  # type: ignore[attr-defined]
    mentions_pyside.pyside_check = pyside_check  # type: ignore[attr-defined]
    return mentions_pyside
