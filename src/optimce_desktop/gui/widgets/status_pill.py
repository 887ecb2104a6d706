"""A meter status shown as a rounded, coloured pill (same colours as the table)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.gui.meter_table import status_colours
from optimce_desktop.services.texts import enum_text


class StatusPill(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPill")
        # as large as its text, whatever the row it sits in: beside a taller neighbour, it stays a pill
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()

    def set_status(self, status: MeterStatus | None) -> None:
        if status is None:
            self.hide()
            return
        self.show_pill(enum_text(status), status_colours(status))

    def show_pill(self, text: str, colours: tuple[str, str]) -> None:
        """``text`` in a pill of ``colours`` (text, background): a status no enum names."""
        foreground, background = colours
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ color: {foreground}; background: {background}; border-radius: 10px;"
            f" padding: 2px 10px; font-weight: 600; }}")
        self.show()
