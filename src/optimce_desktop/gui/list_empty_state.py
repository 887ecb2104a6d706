"""The meter list's empty state: when the filters hide every meter, it says so in the middle of the table,
with a button that clears the filters (rather than a line under the table, easy to miss)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyListOverlay(QWidget):
    def __init__(self, message: QLabel, view: QAbstractItemView, clear_filters: Callable[[], None]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyListOverlay")
        self._viewport = view.viewport()
        self.message = message
        message.setParent(self)
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.show()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("emptyListClearButton")
        self.clear_button.clicked.connect(clear_filters)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._viewport.installEventFilter(self)
        self.hide()

    def set_shown(self, shown: bool) -> None:
        if shown:
            self.setGeometry(self._viewport.rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return super().eventFilter(watched, event)
