"""Pictures of what a test shows, for a person to look at: saved only when ``OPTIMCE_SCREENSHOTS`` names a
folder. No test compares them, so a run that nobody looks at writes none."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

SCREENSHOTS_VARIABLE = "OPTIMCE_SCREENSHOTS"


def screenshot_folder() -> Path | None:
    """The folder asked for, created if needed; None when no screenshot is wanted."""
    folder = os.environ.get(SCREENSHOTS_VARIABLE)
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_screenshot(widget: QWidget, name: str) -> None:
    """Draws ``widget`` as the operator sees it, once the layouts it has pending are done (a paint that
    fails fails the test), and saves the picture as ``name`` (a .png file name) in the folder asked for."""
    QCoreApplication.sendPostedEvents()
    picture = widget.grab()
    assert not picture.isNull(), f"{name}: nothing to draw"
    folder = screenshot_folder()
    if folder is not None:
        assert picture.save(str(folder / name)), f"cannot save {folder / name}"
