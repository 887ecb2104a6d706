"""A number input that can be "not set" ("--" or empty), and that reads a comma and a dot alike.

A line edit rather than a spin box: QDoubleSpinBox reads text with its locale's rules (in C or English
``12,5`` is 125; in Dutch ``12.5`` is 125) and silently reverts text it cannot read. Here the text is read by
``domain.numbers.parse_decimal`` (``,`` and ``.`` are both the decimal mark; any grouping is refused), and
text that cannot be read stays as typed, with ``input_problem()`` saying why, until the user changes it.
When the field loses focus a valid value is written again in the user's regional format (``12.5`` becomes
``12,50`` in fr_BE): same value, other spelling. The unit (``suffix``) is shown inside the field, at the
right, and is not part of the edited text.

The CRM stores "not set" as 0 for these values, so 0 and empty are the same thing: ``optional_value()`` is
None for both. An empty field shows "--", or, once given a hint (``set_empty_hint``), nothing but the hint in
grey, so that it cannot be taken for a value.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget

from optimce_desktop.domain.numbers import (
    EMPTY_MARK,
    NumberProblem,
    ParsedNumber,
    decimals_of,
    parse_decimal,
)

EMPTY_TEXT = EMPTY_MARK
SUFFIX_SPACING = 4
# Leaving the window or opening the context menu is not "done with this field": the text is not rewritten.
_KEEP_TEXT_REASONS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
_KEYPAD_DECIMAL_KEYS = (Qt.Key.Key_Period, Qt.Key.Key_Comma)


class OptionalNumberInput(QLineEdit):
    """Emits ``valueChanged`` whenever an edit changes ``optional_value()`` or ``input_problem()``."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decimals = 2
        self._minimum = Decimal(0)
        self._maximum: Decimal | None = None
        self._suffix = ""
        self._margins = QMargins()
        self._suffix_label = QLabel(self)
        self._suffix_label.setObjectName("numberSuffix")
        self._suffix_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._suffix_label.hide()
        self._parsed = ParsedNumber()
        self._previous_text = ""
        self._empty_text = EMPTY_TEXT
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)  # on-screen keyboards
        self.textChanged.connect(self._on_text_changed)
        self.textEdited.connect(self._drop_empty_mark)
        self.setText(EMPTY_TEXT)

    # -- value -----------------------------------------------------------------------------------------

    def optional_value(self) -> float | None:
        """The number typed; None when the field is empty, "--", 0, or when its text cannot be read."""
        value = self._parsed.value
        return None if value is None or value == 0 else float(value)

    def decimal_value(self) -> Decimal | None:
        """The number exactly as typed (``12,5`` is ``Decimal("12.5")``); None as for ``optional_value``."""
        value = self._parsed.value
        return None if value is None or value == 0 else value

    def input_problem(self) -> str | None:
        """Why the text cannot be read, translated (e.g. "use one decimal mark (comma or dot) and no thousands
        separator"); None when it is a valid number or empty. Written to follow "Field label: "."""
        problem = self._parsed.problem
        return None if problem is None else self._problem_text(problem)

    def problem_code(self) -> NumberProblem | None:
        return self._parsed.problem

    def set_empty_hint(self, hint: str) -> None:
        """An empty field shows nothing but ``hint``, in grey (a placeholder), rather than "--"."""
        self.setPlaceholderText(hint)
        if self.text() == self._empty_text:
            self.setText("")
        self._empty_text = ""

    def set_optional_value(self, value: float | Decimal | None) -> None:
        """Shows ``value`` in the user's format, empty ("--" or the hint) for None or 0; a value is never
        rounded to fit: the field takes as many decimals as ``value`` has."""
        if value is None or value == 0:
            self.setText(self._empty_text)
            return
        exact = Decimal(str(value))
        self._decimals = max(self._decimals, decimals_of(exact))
        self.setText(self._formatted(exact))

    def fit_decimals(self, value: float | None, at_least: int, at_most: int = 3) -> None:
        """Allows ``at_least`` decimals, more (up to ``at_most``) if ``value`` has them."""
        needed = decimals_of(value) if value is not None else 0
        self.setDecimals(max(at_least, min(needed, at_most)))

    # The QDoubleSpinBox API that the generated form and the tests use.

    def value(self) -> float:
        """``optional_value()``, with 0 for "not set" and for text that cannot be read."""
        return self.optional_value() or 0.0

    def setValue(self, value: float) -> None:
        self.set_optional_value(value)

    def decimals(self) -> int:
        return self._decimals

    def setDecimals(self, decimals: int) -> None:
        self._decimals = max(int(decimals), 0)
        self._reparse()

    def minimum(self) -> float:
        return float(self._minimum)

    def setMinimum(self, minimum: float) -> None:
        self._minimum = Decimal(str(minimum))
        self._reparse()

    def maximum(self) -> float:
        return float("inf") if self._maximum is None else float(self._maximum)

    def setMaximum(self, maximum: float) -> None:
        self._maximum = Decimal(str(maximum))
        self._reparse()

    def suffix(self) -> str:
        return self._suffix

    def setSuffix(self, suffix: str) -> None:
        self._suffix = suffix
        self._suffix_label.setText(suffix.strip())
        self._suffix_label.setVisible(bool(suffix.strip()))
        self._place_suffix()

    def lineEdit(self) -> QLineEdit:
        return self

    def setTextMargins(self, *margins: object) -> None:  # type: ignore[override]
        """Margins around the text, to which the suffix's width is added at the right."""
        if len(margins) == 1 and isinstance(margins[0], QMargins):
            self._margins = QMargins(margins[0])
        else:
            left, top, right, bottom = (int(m) for m in margins)  # type: ignore[call-overload]
            self._margins = QMargins(left, top, right, bottom)
        self._place_suffix()

    # -- events ----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        if keypad and event.key() in _KEYPAD_DECIMAL_KEYS:
            # The keypad's decimal key gives the regional format's mark: "." in nl_BE, "," in fr_BE.
            if self.text() == EMPTY_TEXT:
                self.clear()
            self.insert(self._decimal_mark())
            event.accept()
            return
        if self.text() == EMPTY_TEXT and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_TEXT_REASONS:
            self._tidy()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_suffix()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._place_suffix()

    # -- internals -------------------------------------------------------------------------------------

    def _parse(self, text: str) -> ParsedNumber:
        suffix = self._suffix.strip()
        number = text.strip()
        if suffix and number.casefold().endswith(suffix.casefold()):
            number = number[: -len(suffix)]  # "12,5 kVA" pasted whole
        return parse_decimal(number, self._decimals, minimum=self._minimum, maximum=self._maximum)

    def _reparse(self) -> None:
        self._on_text_changed()

    def _on_text_changed(self, *_stale: str) -> None:
        # Reads text() rather than the signal's argument: after an edit that _drop_empty_mark rewrites,
        # QLineEdit still emits textChanged with the text from before the rewrite.
        self._previous_text = text = self.text()
        before = (self.decimal_value(), self._parsed.problem)
        self._parsed = self._parse(text)
        if (self.decimal_value(), self._parsed.problem) != before:
            self.valueChanged.emit()

    def _drop_empty_mark(self, text: str) -> None:
        """Typing or pasting next to the "--" of an empty field replaces it."""
        if self._previous_text != EMPTY_TEXT or len(text) <= len(EMPTY_TEXT):
            return
        if text.startswith(EMPTY_TEXT):
            self.setText(text[len(EMPTY_TEXT):])
        elif text.endswith(EMPTY_TEXT):
            self.setText(text[: -len(EMPTY_TEXT)])

    def _tidy(self) -> None:
        """Rewrites a valid value in the user's format, and empty as empty; leaves unreadable text alone."""
        parsed = self._parsed
        if not parsed.is_valid:
            return
        if parsed.value is None or parsed.value == 0:
            text = self._empty_text
        else:
            text = self._formatted(parsed.value)
        if text != self.text():
            self.setText(text)

    def _formatted(self, value: Decimal) -> str:
        """``value`` with the field's decimals in the user's regional format, without grouping; falls back
        to a plain spelling when the locale's would not read back as the same value."""
        decimals = max(self._decimals, decimals_of(value))
        locale = QLocale(self.locale())
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(float(value), "f", decimals)
        if parse_decimal(text, decimals).value == value:
            return text
        plain = f"{value:.{decimals}f}"
        return plain.replace(".", ",") if self._decimal_mark() == "," else plain

    def _decimal_mark(self) -> str:
        mark = self.locale().decimalPoint()
        return mark if mark in (",", ".") else "."

    def _place_suffix(self) -> None:
        """Keeps the unit at the right of the text area, and the text clear of it."""
        margins = QMargins(self._margins)
        label = self._suffix_label
        if self._suffix.strip():
            label.adjustSize()
            margins.setRight(margins.right() + label.width() + SUFFIX_SPACING)
            option = QStyleOptionFrame()
            self.initStyleOption(option)
            area = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
            label.move(area.right() + 1 - self._margins.right() - label.width(),
                       area.top() + (area.height() - label.height()) // 2)
        super().setTextMargins(margins)

    def _problem_text(self, problem: NumberProblem) -> str:
        match problem:
            case NumberProblem.THOUSANDS_SEPARATOR:
                return self.tr("use one decimal mark (comma or dot) and no thousands separator")
            case NumberProblem.TWO_DECIMAL_MARKS:
                return self.tr("use only one decimal mark (comma or dot)")
            case NumberProblem.TOO_MANY_DECIMALS:
                # "1.000" lands here too: say both readings, a decimal or a thousands separator.
                if self._decimals == 0:
                    return self.tr("type a whole number, with no decimal mark and no thousands separator")
                if self._decimals == 1:
                    return self.tr("at most one decimal, and no thousands separator")
                return self.tr("at most {0} decimals, and no thousands separator").format(self._decimals)
            case NumberProblem.BELOW_MINIMUM:
                if self._minimum == 0:
                    return self.tr("cannot be negative")
                return self.tr("must be at least {0}").format(self._limit_text(self._minimum))
            case NumberProblem.ABOVE_MAXIMUM:
                assert self._maximum is not None
                return self.tr("must be at most {0}").format(self._limit_text(self._maximum))
            case _:
                return self.tr("type a number, with a comma or a dot as the decimal mark")

    def _limit_text(self, limit: Decimal) -> str:
        text = self.locale().toString(float(limit), "f", decimals_of(limit))
        return f"{text} {self._suffix.strip()}".strip()
