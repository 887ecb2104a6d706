"""A non-modal banner across the top of a window: a message, an optional action (e.g. Retry), a close."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class Banner(QFrame):
    actionTriggered = Signal()

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.message = QLabel()
        self.message.setObjectName("bannerMessage")
        self.message.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(self.actionTriggered)
        self.close_button = QToolButton()
        self.close_button.setObjectName("bannerClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, *, kind: str = ERROR, action: str | None = None,
                     closable: bool = True) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.message.setText(text)
        self.action.setVisible(action is not None)
        if action is not None:
            self.action.setText(action)
        self.close_button.setVisible(closable)
        self.show()
