"""A date field in a small shown window, next to another field that takes the focus away from it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from optimce_desktop.gui.widgets.optional_date_edit import OptionalDateEdit


@dataclass
class DateForm:
    window: QWidget
    date_edit: OptionalDateEdit
    other: QLineEdit
    changes: list[tuple[object, str | None]]
    """(optional_date(), input_problem()) at each ``optionalDateChanged``."""

    def type_in(self, qtbot, text: str) -> None:
        """Types ``text`` into the emptied date field, then leaves it (Tab-like: the focus goes on)."""
        self.date_edit.setFocus()
        self.date_edit.clear_date()
        qtbot.keyClicks(self.date_edit, text)
        self.leave()

    def leave(self) -> None:
        self.other.setFocus()
        assert not self.date_edit.hasFocus()


def open_date_form(qtbot) -> DateForm:
    window = QWidget()
    qtbot.addWidget(window)
    date_edit = OptionalDateEdit()
    date_edit.setObjectName("dateUnderTest")
    other = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(date_edit)
    layout.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    form = DateForm(window, date_edit, other, [])
    date_edit.optionalDateChanged.connect(
        lambda: form.changes.append((date_edit.optional_date(), date_edit.input_problem())))
    return form


@pytest.fixture
def date_form(qtbot) -> DateForm:
    return open_date_form(qtbot)
