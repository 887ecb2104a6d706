"""A data card as in the web app: a white panel with a green left edge, an icon, a title, and fields shown
as small uppercase labels over their values ("--" when empty); a unit keeps its case: (kVA).

Cards reflow to the room they get: ``CardRow`` puts as many side by side as fit (three across on a wide
pane), and each card shows its fields in two columns when it is wide enough, one otherwise. A value is
never cut: a card is at least as wide as its widest one-line value.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from optimce_desktop.services.texts import EMPTY, caption_text

CARD_MARGINS = (14, 10, 12, 10)
FIELD_SPACING = 18
FIELD_MIN_WIDTH = 150
"""The narrowest a field column gets; its caption wraps within it."""


class CardField(QWidget):
    """One field of a card: its caption over its value."""

    def __init__(self, caption: str, value: QLabel, span: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = span
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.caption = QLabel(caption_text(caption))
        self.caption.setProperty("fieldCaption", True)
        self.caption.setWordWrap(True)
        self.value = value
        box.addWidget(self.caption)
        if value.property("fieldValue"):
            box.addWidget(value)
        else:  # a pill: as wide as its text, not the field
            box.addWidget(value, 0, Qt.AlignmentFlag.AlignLeft)

    def needed_width(self) -> int:
        """The width that shows the value (when it does not wrap) and the caption on one line."""
        caption = self.caption.fontMetrics().horizontalAdvance(self.caption.text()) + 2
        return max(FIELD_MIN_WIDTH, caption, self.least_width())

    def least_width(self) -> int:
        """The width under which the value would be cut (a one-line value is never wrapped nor elided)."""
        if self.value.wordWrap():
            return FIELD_MIN_WIDTH
        return self.value.minimumSizeHint().width() + 2


class DataCard(QFrame):
    def __init__(self, title: str, icon: str = "", parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._max_columns = columns
        self._columns = columns
        self._fields: list[CardField] = []
        self._values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*CARD_MARGINS)
        layout.setSpacing(6)
        # a grid of two field columns must not hold the card wider than one column needs (see fit_width)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        header = QHBoxLayout()
        header.setSpacing(8)
        if icon:
            icon_label = QLabel(icon)
            icon_label.setProperty("cardIcon", True)
            header.addWidget(icon_label)
        self.title_label = QLabel(title)
        self.title_label.setProperty("cardTitle", True)
        self.title_label.setWordWrap(True)  # a narrow card wraps its title, never the pill beside it
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.header_layout = header
        layout.addLayout(header)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(FIELD_SPACING)
        self._grid.setVerticalSpacing(6)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def add_field(self, key: str, caption: str, *, span: int = 1, selectable: bool = False,
                  wrap: bool = False, label: QLabel | None = None) -> QLabel:
        """A field showing text, or showing ``label`` (a status pill) when given."""
        if label is not None:
            field = CardField(caption, label, span, self)
            self._fields.append(field)
            self._place_fields()
            return label
        value_label = QLabel(EMPTY)
        value_label.setTextFormat(Qt.TextFormat.PlainText)  # the CRM's text as typed, "<b>" included
        value_label.setProperty("fieldValue", True)
        value_label.setWordWrap(wrap)
        value_label.setObjectName(f"{key}Value")
        if selectable:
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field = CardField(caption, value_label, span, self)
        self._fields.append(field)
        self._values[key] = value_label
        self._place_fields()
        return value_label

    # -- reflow ----------------------------------------------------------------------------------------

    def one_column_width(self) -> int:
        """The narrowest this card gets: its widest value, or a field's minimum, or what its header
        shows beside the title (a status pill), plus its margins."""
        header = self.header_layout.minimumSize().width()
        return self._horizontal_margins() + max([FIELD_MIN_WIDTH, header]
                                                + [f.least_width() for f in self._fields])

    def two_column_width(self) -> int:
        """The width at which its fields fit two a row without wrapping a caption."""
        widest = max([FIELD_MIN_WIDTH] + [f.needed_width() for f in self._fields if f.span == 1])
        return self._horizontal_margins() + 2 * widest + FIELD_SPACING

    def fit_width(self, width: int) -> None:
        """Two field columns when ``width`` allows, else one."""
        columns = min(self._max_columns, 2 if width >= self.two_column_width() else 1)
        if columns != self._columns:
            self._columns = columns
            self._place_fields()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.one_column_width()), hint.height())

    def _horizontal_margins(self) -> int:
        left, _, right, _ = CARD_MARGINS
        return left + right + 2  # the frame's border

    def _place_fields(self) -> None:
        for field in self._fields:
            self._grid.removeWidget(field)
        row = column = 0
        for field in self._fields:
            span = min(field.span, self._columns)
            if column + span > self._columns:
                row, column = row + 1, 0
            self._grid.addWidget(field, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
            column += span
            if column >= self._columns:
                row, column = row + 1, 0
        for index in range(2):
            self._grid.setColumnStretch(index, 1 if index < self._columns else 0)

    # -- values ----------------------------------------------------------------------------------------

    def set_value(self, key: str, text: str) -> None:
        label = self._values[key]
        label.setText(text or EMPTY)
        label.setProperty("empty", (text or EMPTY) == EMPTY)
        label.style().unpolish(label)
        label.style().polish(label)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def caption(self, key: str) -> QLabel:
        field = self._values[key].parentWidget()
        assert isinstance(field, CardField)
        return field.caption

    def value_label(self, key: str) -> QLabel:
        return self._values[key]


class CardRow(QWidget):
    """Lays cards out side by side (as many as fit, three across on a wide pane), wrapping to fewer columns
    when the pane is too narrow for them; each card then picks one or two field columns."""

    def __init__(self, min_card_width: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[DataCard] = []
        self._min_width = min_card_width
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)

    def add_card(self, card: DataCard) -> None:
        self._cards.append(card)
        self._relayout(force=True)

    @property
    def columns(self) -> int:
        return self._columns

    def refit(self) -> None:
        """Lays the cards out again for new values (a longer value may need a wider card)."""
        self._relayout(force=True)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        count = len(self._cards)
        if not count:
            return
        spacing = self._grid.horizontalSpacing()
        card_width = max([self._min_width] + [card.one_column_width() for card in self._cards])
        fitting = (self.width() + spacing) // (card_width + spacing)
        columns = max(1, min(count, fitting)) if self.width() > 0 else count
        if columns != self._columns or force:
            self._columns = columns
            for card in self._cards:
                self._grid.removeWidget(card)
            for i, card in enumerate(self._cards):
                self._grid.addWidget(card, i // columns, i % columns)
            for column in range(count):
                self._grid.setColumnStretch(column, 1 if column < columns else 0)
        each = (self.width() - spacing * (columns - 1)) // columns if self.width() > 0 else card_width
        for card in self._cards:
            card.fit_width(each)
