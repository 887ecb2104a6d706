"""Reading a number an operator typed, the same way whatever the interface language or regional format.

Both ``,`` and ``.`` are a decimal mark: a Belgian operator types either, from the keyboard or the numeric
keypad, and pastes from documents written in any convention. Because of that, a thousands separator cannot
be told from a decimal mark (``1.234`` is 1.234 here, never 1234), so any grouping is refused with a reason
rather than read as something the operator did not mean. The value is a ``Decimal``: ``12,5`` is exactly 12.5.

No Qt here: the input widget maps each ``NumberProblem`` to a translated message.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

EMPTY_MARK = "--"
DECIMAL_MARKS = frozenset(",.")
# Characters that group thousands in some convention: spaces (fr uses U+202F or U+00A0), apostrophes
# (de_CH), the underscore of programming languages.
GROUPING_MARKS = frozenset(" \u00a0\u202f\u2009\u2007'\u2019_")
MINUS_SIGNS = frozenset("-\u2212")
DIGITS = frozenset("0123456789")


class NumberProblem(StrEnum):
    NOT_A_NUMBER = "not_a_number"
    THOUSANDS_SEPARATOR = "thousands_separator"
    TWO_DECIMAL_MARKS = "two_decimal_marks"
    TOO_MANY_DECIMALS = "too_many_decimals"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"


@dataclass(frozen=True)
class ParsedNumber:
    """What a text means: a value, nothing ("not set"), or a problem. Never both a value and a problem."""

    value: Decimal | None = None
    problem: NumberProblem | None = None

    @property
    def is_empty(self) -> bool:
        return self.value is None and self.problem is None

    @property
    def is_valid(self) -> bool:
        return self.problem is None


def parse_decimal(text: str, max_decimals: int, *, minimum: Decimal | float | None = None,
                  maximum: Decimal | float | None = None) -> ParsedNumber:
    """Reads ``text`` as a decimal number; empty text and ``--`` mean "not set".

    Spaces around are ignored; ``,`` or ``.`` is the decimal mark; every digit after it counts, zeros too:
    with two decimals allowed, ``1.000`` or ``12,500`` (a thousand, twelve thousand five hundred, written with
    a thousands separator) is refused, not read as 1 or 12.5. Digits of any script are read as digits.
    """
    stripped = text.strip()
    if stripped in ("", EMPTY_MARK):
        return ParsedNumber()
    negative = stripped[0] in MINUS_SIGNS
    body = _ascii_digits(stripped[1:] if negative else stripped)
    problem = _shape_problem(body)
    if problem is not None:
        return ParsedNumber(problem=problem)
    whole, _, fraction = body.replace(",", ".").partition(".")
    if len(fraction) > max(max_decimals, 0):
        return ParsedNumber(problem=NumberProblem.TOO_MANY_DECIMALS)
    digits = f"{whole or '0'}.{fraction}" if fraction else whole
    value = Decimal(f"-{digits}" if negative else digits)
    if minimum is not None and value < Decimal(str(minimum)):
        return ParsedNumber(problem=NumberProblem.BELOW_MINIMUM)
    if maximum is not None and value > Decimal(str(maximum)):
        return ParsedNumber(problem=NumberProblem.ABOVE_MAXIMUM)
    return ParsedNumber(value=value + 0)  # + 0 turns -0 into 0


def decimals_of(value: Decimal | float) -> int:
    """How many decimals ``value`` needs to be written exactly (``12.50`` needs 1)."""
    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text)


def _shape_problem(body: str) -> NumberProblem | None:
    if not any(c in DIGITS for c in body):
        return NumberProblem.NOT_A_NUMBER
    if any(not (c in DIGITS or c in DECIMAL_MARKS or c in GROUPING_MARKS) for c in body):
        return NumberProblem.NOT_A_NUMBER
    if any(c in GROUPING_MARKS for c in body):
        return (NumberProblem.THOUSANDS_SEPARATOR if _grouping_between_digits(body)
                else NumberProblem.NOT_A_NUMBER)
    marks = [c for c in body if c in DECIMAL_MARKS]
    if len(set(marks)) > 1:
        return NumberProblem.THOUSANDS_SEPARATOR  # 1,234.5 or 1.234,5
    if len(marks) > 1:
        return NumberProblem.THOUSANDS_SEPARATOR if _looks_grouped(body, marks[0]) \
            else NumberProblem.TWO_DECIMAL_MARKS
    return None


def _grouping_between_digits(body: str) -> bool:
    """True when every grouping mark sits between two digits (``1 234``), not next to a decimal mark."""
    for index, char in enumerate(body):
        if char in GROUPING_MARKS:
            before, after = body[index - 1: index], body[index + 1: index + 2]
            if not (before in DIGITS and after in DIGITS):
                return False
    return True


def _looks_grouped(body: str, mark: str) -> bool:
    """``1.234.567``: one to three digits, then groups of exactly three."""
    first, *groups = body.split(mark)
    return 1 <= len(first) <= 3 and all(len(group) == 3 for group in groups)
