"""Help → Open log folder shows the folder where the app writes its log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from optimce_desktop.logging_setup import log_folder


def test_open_log_folder_opens_the_apps_log_folder(qtbot, main_window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    opened: list[str] = []

    class Recorder(QObject):
        """Stands in for the file manager: QDesktopServices hands it the address instead."""

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toLocalFile())

    recorder = Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    try:
        action = next(a for a in main_window.ui.menuHelp.actions() if a.objectName() == "actionOpenLogFolder")
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")

    assert opened == [str(log_folder())]
    assert Path(opened[0]).is_dir()
