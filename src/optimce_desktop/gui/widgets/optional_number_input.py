"""A number input that can be "not set": its minimum (0) is shown as "--", and erasing the text sets it.

The CRM itself stores "not set" as 0 for these values, so 0 and empty are the same thing on the wire.
QDoubleSpinBox alone would refuse a digit typed after "--" and snap erased text back to the old value.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

EMPTY_TEXT = "--"


class OptionalNumberInput(QDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimum(0)
        self.setSpecialValueText(EMPTY_TEXT)

    def optional_value(self) -> float | None:
        value = self.value()
        return None if value == self.minimum() else value

    def set_optional_value(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def fit_decimals(self, value: float | None, at_least: int, at_most: int = 3) -> None:
        """Shows ``at_least`` decimals, more if ``value`` has them: a stored value is never rounded."""
        decimals = at_least
        while value is not None and decimals < at_most and round(value, decimals) != value:
            decimals += 1
        self.setDecimals(decimals)

    def validate(self, text: str, pos: int) -> object:
        if self._number_part(text) in ("", EMPTY_TEXT):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        if self._number_part(text) in ("", EMPTY_TEXT):
            return self.minimum()
        return super().valueFromText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        starts_number = typed.isdigit() or typed in (".", ",", self.locale().decimalPoint())
        if self.optional_value() is None and typed and starts_number:
            self.lineEdit().setText(self.suffix())
            self.lineEdit().setCursorPosition(0)
        super().keyPressEvent(event)

    def _number_part(self, text: str) -> str:
        text = text.strip()
        suffix, prefix = self.suffix().strip(), self.prefix().strip()
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        return text.strip()
