"""Belgian electricity EANs (GSRN): 18 digits, prefix 54, GS1 mod-10 check digit.

The server checks none of this and real data holds EANs that fail the check (the user guide's
123456789012345678), so only the shape is an error; prefix and check digit are warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

EAN_LENGTH = 18
BELGIAN_PREFIX = "54"
_SEPARATORS = re.compile(r"[\s.\-]+")


class EanProblem(Enum):
    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    NOT_BELGIAN = "not_belgian"
    BAD_CHECK_DIGIT = "bad_check_digit"


@dataclass(frozen=True)
class EanCheck:
    ean: str
    errors: tuple[EanProblem, ...] = ()
    warnings: tuple[EanProblem, ...] = ()

    @property
    def is_valid(self) -> bool:
        return not self.errors


def normalise(text: str) -> str:
    """Removes the spaces, dots and dashes people type or paste between digit groups."""
    return _SEPARATORS.sub("", text or "")


def check_digit(first_17: str) -> str:
    # python-stdnum imports pydoc, ssl and more (a tenth of a second): loaded when first needed, by which
    # time the app has usually loaded it on a worker (see app.EDITING_MODULES)
    from stdnum import ean as gs1

    return gs1.calc_check_digit(first_17)


def has_valid_check_digit(ean: str) -> bool:
    return len(ean) == EAN_LENGTH and ean.isdigit() and check_digit(ean[:-1]) == ean[-1]


def check(text: str) -> EanCheck:
    ean = normalise(text)
    if not ean:
        return EanCheck(ean, errors=(EanProblem.EMPTY,))
    if not ean.isdigit():
        return EanCheck(ean, errors=(EanProblem.NOT_DIGITS,))
    if len(ean) != EAN_LENGTH:
        return EanCheck(ean, errors=(EanProblem.WRONG_LENGTH,))
    warnings = []
    if not ean.startswith(BELGIAN_PREFIX):
        warnings.append(EanProblem.NOT_BELGIAN)
    if not has_valid_check_digit(ean):
        warnings.append(EanProblem.BAD_CHECK_DIGIT)
    return EanCheck(ean, warnings=tuple(warnings))


def with_check_digit(first_17: str) -> str:
    """Completes 17 digits into a valid EAN (used to make demo data)."""
    return first_17 + check_digit(first_17)
