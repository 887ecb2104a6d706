"""Keyboard tests type and press keys as an operator would; a message box nobody answers fails the test
instead of hanging it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def _no_unanswered_boxes(request):
    return request.getfixturevalue("modal_box_watchdog")


def when_box_opens(object_name: str, act: Callable[[QMessageBox], None]) -> None:
    """Runs ``act`` on the message box named ``object_name`` as soon as it is shown (a modal box runs its
    own event loop, so this is scheduled before the key that opens it)."""
    attempts = iter(range(500))

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != object_name or not box.isVisible():
            if next(attempts, None) is not None:
                QTimer.singleShot(10, attempt)
            return
        act(box)

    QTimer.singleShot(0, attempt)
