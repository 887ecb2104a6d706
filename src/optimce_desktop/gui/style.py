"""The application's look: the style sheet compiled into the Qt resources."""

from __future__ import annotations

from PySide6.QtCore import QFile
from PySide6.QtWidgets import QApplication

from optimce_desktop.gui.forms import resources_rc  # noqa: F401 - registers the Qt resources


def apply_style(app: QApplication) -> None:
    style = QFile(":/optimce/style.qss")
    if not style.open(QFile.OpenModeFlag.ReadOnly):
        raise RuntimeError("the style sheet is missing from the compiled resources")
    app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
    style.close()
