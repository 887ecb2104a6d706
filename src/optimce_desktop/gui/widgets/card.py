"""A data card as in the web app: a white panel with a green left edge, an icon, a title, and fields shown
as small uppercase labels over their values ("--" when empty)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from optimce_desktop.services.texts import EMPTY


class DataCard(QFrame):
    def __init__(self, title: str, icon: str = "", parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._columns = columns
        self._cursor = 0
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(8)
        if icon:
            icon_label = QLabel(icon)
            icon_label.setProperty("cardIcon", True)
            header.addWidget(icon_label)
        self.title_label = QLabel(title)
        self.title_label.setProperty("cardTitle", True)
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.header_layout = header
        layout.addLayout(header)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(10)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def add_field(self, key: str, caption: str, *, span: int = 1, selectable: bool = False,
                  wrap: bool = False) -> QLabel:
        row, column = self._next_cell(span)
        box = QVBoxLayout()
        box.setSpacing(2)
        caption_label = QLabel(caption.upper())
        caption_label.setProperty("fieldCaption", True)
        value_label = QLabel(EMPTY)
        value_label.setTextFormat(Qt.TextFormat.PlainText)  # the CRM's text as typed, "<b>" included
        value_label.setProperty("fieldValue", True)
        value_label.setWordWrap(wrap)
        value_label.setObjectName(f"{key}Value")
        if selectable:
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(caption_label)
        box.addWidget(value_label)
        self._grid.addLayout(box, row, column, 1, span)
        self._values[key] = value_label
        self._captions[key] = caption_label
        return value_label

    def _next_cell(self, span: int) -> tuple[int, int]:
        row, column = divmod(self._cursor, self._columns)
        if column + span > self._columns:
            row, column = row + 1, 0
        self._cursor = row * self._columns + column + span
        return row, column

    def set_value(self, key: str, text: str) -> None:
        label = self._values[key]
        label.setText(text or EMPTY)
        label.setProperty("empty", (text or EMPTY) == EMPTY)
        label.style().unpolish(label)
        label.style().polish(label)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def caption(self, key: str) -> QLabel:
        return self._captions[key]

    def value_label(self, key: str) -> QLabel:
        return self._values[key]


class CardRow(QWidget):
    """Lays cards out side by side, wrapping to fewer columns when the pane is too narrow for them."""

    def __init__(self, min_card_width: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[QWidget] = []
        self._min_width = min_card_width
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)

    def add_card(self, card: QWidget) -> None:
        self._cards.append(card)
        self._relayout(force=True)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        count = len(self._cards)
        if not count:
            return
        spacing = self._grid.horizontalSpacing()
        card_width = max([self._min_width] + [card.minimumSizeHint().width() for card in self._cards])
        fitting = (self.width() + spacing) // (card_width + spacing)
        columns = max(1, min(count, fitting)) if self.width() > 0 else count
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for column in range(count):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
