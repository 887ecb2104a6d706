"""A combo whose closed field shows the picked entry's short name, while its open list shows each entry's
whole text ("CE Les Tournesols  ·  Manager" in the list, "CE Les Tournesols" in the field). The field asks
for the room of its longest name, and short of room ends the name with "…": a plain combo clips its text
mid-letter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

SHORT_NAME_ROLE = Qt.ItemDataRole.UserRole + 20
"""An entry's text in the closed field; an entry without one shows its whole text there."""
LABEL_INSET = 1
"""Pixels the style leaves between the field's edges and its text, on each side."""
NAME_KEPT_WHOLE = 24
"""Characters (of an average width) of the picked name that the field keeps whole when the window is short
of room; a longer name ends with "…" there."""


class ShortNameCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self.updateGeometry)  # the longest name may have changed
        self.currentIndexChanged.connect(self.updateGeometry)  # the least room: the picked name's

    def name_at(self, index: int) -> str:
        name = self.itemData(index, SHORT_NAME_ROLE)
        return name if isinstance(name, str) and name else self.itemText(index)

    def shown_text(self) -> str:
        """What the closed field shows: the picked entry's name, whole or ending with "…"."""
        index = self.currentIndex()
        if index < 0:
            return ""
        name = self.name_at(index)
        room = max(self._text_room(), 0)
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(name) <= room:  # elidedText would cut a text that fits exactly
            return name
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.name_at(i)) for i in range(self.count())), default=0)
        around_text = self.width() - self._text_room()  # the frame, the arrow, the padding: any width
        return QSize(max(hint.width(), widest + around_text), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        index = self.currentIndex()
        if index < 0:
            return hint
        metrics = self.fontMetrics()
        name = metrics.horizontalAdvance(self.name_at(index))
        kept = min(name, NAME_KEPT_WHOLE * metrics.averageCharWidth())
        return QSize(max(hint.width(), kept + self.width() - self._text_room()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = self._style_option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _text_room(self) -> int:
        option = self._style_option()
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - 2 * LABEL_INSET
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4  # the style's space between an icon and the text
        return room

    def _style_option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option
