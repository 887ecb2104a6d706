"""Reading typed numbers: a comma and a dot are both the decimal mark; grouping is refused, never misread."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from optimce_desktop.domain.numbers import NumberProblem, decimals_of, parse_decimal

FEW = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(("text", "expected"), [
    ("12,5", Decimal("12.5")),
    ("12.5", Decimal("12.5")),
    ("  7 ", Decimal(7)),
    ("0,05", Decimal("0.05")),
    (",5", Decimal("0.5")),
    ("12,", Decimal(12)),  # while typing "12,5"
    ("12,50", Decimal("12.5")),
    ("12,500", Decimal("12.5")),  # three decimals allowed here
    ("1,234", Decimal("1.234")),  # one mark is always decimal, even before three digits
    ("007", Decimal(7)),
    ("\u0661\u0662,\u0665", Decimal("12.5")),  # Arabic-Indic digits are digits
])
def test_a_comma_or_a_dot_is_the_decimal_mark(text, expected):
    assert parse_decimal(text, 3).value == expected


@pytest.mark.parametrize("text", ["", "   ", "--", " -- "])
def test_empty_and_dashes_mean_not_set(text):
    parsed = parse_decimal(text, 2)
    assert parsed.is_empty and parsed.is_valid and parsed.value is None


@pytest.mark.parametrize(("text", "problem"), [
    ("1,234.5", NumberProblem.THOUSANDS_SEPARATOR),
    ("1.234,5", NumberProblem.THOUSANDS_SEPARATOR),
    ("1 234", NumberProblem.THOUSANDS_SEPARATOR),
    ("1\u00a0234", NumberProblem.THOUSANDS_SEPARATOR),
    ("1\u202f234,5", NumberProblem.THOUSANDS_SEPARATOR),  # what fr_BE writes
    ("1'234", NumberProblem.THOUSANDS_SEPARATOR),
    ("1\u2019234.5", NumberProblem.THOUSANDS_SEPARATOR),
    ("1.234.567", NumberProblem.THOUSANDS_SEPARATOR),
    ("1,234,567", NumberProblem.THOUSANDS_SEPARATOR),
    ("1.2.3", NumberProblem.TWO_DECIMAL_MARKS),
    ("12..5", NumberProblem.TWO_DECIMAL_MARKS),
    ("12,,", NumberProblem.TWO_DECIMAL_MARKS),
    ("abc", NumberProblem.NOT_A_NUMBER),
    ("12a", NumberProblem.NOT_A_NUMBER),
    ("1e3", NumberProblem.NOT_A_NUMBER),
    ("nan", NumberProblem.NOT_A_NUMBER),
    ("12 kVA", NumberProblem.NOT_A_NUMBER),
    ("-", NumberProblem.NOT_A_NUMBER),
    (",", NumberProblem.NOT_A_NUMBER),
    ("12 ,5", NumberProblem.NOT_A_NUMBER),
    ("+5", NumberProblem.NOT_A_NUMBER),
    ("12,345", NumberProblem.TOO_MANY_DECIMALS),
    ("0.001", NumberProblem.TOO_MANY_DECIMALS),
])
def test_text_that_is_not_one_plain_number_is_refused_with_its_reason(text, problem):
    parsed = parse_decimal(text, 2)
    assert parsed.problem is problem and parsed.value is None


def test_limits_are_reasons_too():
    assert parse_decimal("-5", 2, minimum=0).problem is NumberProblem.BELOW_MINIMUM
    assert parse_decimal("-5", 2).value == Decimal(-5)
    assert parse_decimal("1000000", 2, maximum=999999.99).problem is NumberProblem.ABOVE_MAXIMUM
    assert parse_decimal("999999,99", 2, maximum=999999.99).value == Decimal("999999.99")
    assert parse_decimal("-0", 2, minimum=0).value == 0


def test_every_digit_after_the_mark_counts_as_a_decimal():
    assert parse_decimal("12,5", 0).problem is NumberProblem.TOO_MANY_DECIMALS
    assert parse_decimal("12,0", 0).problem is NumberProblem.TOO_MANY_DECIMALS
    assert parse_decimal("12,50", 2).value == Decimal("12.5")


def test_decimals_of():
    assert [decimals_of(v) for v in (12, 12.5, Decimal("12.50"), 12.345, 999999.989999999990687)] == [
        0, 1, 1, 3, 2]


# -- properties --------------------------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=999_999, places=3, allow_nan=False, allow_infinity=False)


@FEW
@given(amount=amounts, mark=st.sampled_from(",."), padding=st.sampled_from(["", " ", "\u00a0", "\t"]))
def test_any_plain_number_reads_exactly(amount, mark, padding):
    text = padding + format(amount, "f").replace(".", mark) + padding
    assert parse_decimal(text, 3).value == amount


GROUPINGS = [(",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("\u202f", ","), ("'", "."),
             ("\u2019", ".")]


@FEW
@given(whole=st.integers(min_value=1000, max_value=10**9), fraction=st.sampled_from(["", "5", "25"]),
       grouping=st.sampled_from(GROUPINGS))
def test_any_grouped_number_is_refused(whole, fraction, grouping):
    group_mark, decimal_mark = grouping
    # "1,234" alone is a decimal number here (see the next test): a comma or dot groups only visibly so.
    assume(group_mark not in ",." or fraction or whole >= 10**6)
    text = f"{whole:,}".replace(",", group_mark) + (decimal_mark + fraction if fraction else "")
    assert parse_decimal(text, 3).problem is NumberProblem.THOUSANDS_SEPARATOR


@pytest.mark.parametrize("text", ["1,234", "1.000", "12,500", "1.234"])
@pytest.mark.parametrize("max_decimals", [0, 1, 2])
def test_one_mark_before_three_digits_is_refused_where_three_decimals_are_not_allowed(text, max_decimals):
    """A thousand written "1.000" is never read as 1 in a field of fewer than three decimals."""
    parsed = parse_decimal(text, max_decimals)
    assert parsed.problem is NumberProblem.TOO_MANY_DECIMALS and parsed.value is None


@FEW
@given(st.text(alphabet="0123456789,. '-ab\u00a0\u202f", max_size=12))
def test_a_value_comes_only_from_digits_with_at_most_one_mark(text):
    parsed = parse_decimal(text, 3)
    body = text.strip()
    if parsed.value is None:
        assert parsed.problem is not None or body in ("", "--")
        return
    assert parsed.problem is None
    digits = body.lstrip("-")
    assert len(body) - len(digits) <= 1
    assert set(digits) <= set("0123456789,.") and digits.count(",") + digits.count(".") <= 1
    sign = "-" if body != digits else ""
    assert parsed.value == Decimal(sign + digits.replace(",", ".").rstrip("."))
