from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from optimce_desktop.domain import dso, ean
from optimce_desktop.domain.ean import EanProblem


def test_guide_ean_is_accepted_with_warnings():
    result = ean.check("123456789012345678")
    assert result.is_valid
    assert set(result.warnings) == {EanProblem.NOT_BELGIAN, EanProblem.BAD_CHECK_DIGIT}


def test_recorded_belgian_ean_is_clean():
    result = ean.check("5414 4800 0000 0000 11")
    assert result.ean == "541448000000000011"
    assert result.is_valid and not result.warnings


def test_shape_errors():
    assert ean.check("").errors == (EanProblem.EMPTY,)
    assert ean.check("54144800000000001A").errors == (EanProblem.NOT_DIGITS,)
    assert ean.check("5414480000000000").errors == (EanProblem.WRONG_LENGTH,)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_completed_eans_pass_and_any_other_last_digit_fails(first_17):
    good = ean.with_check_digit(first_17)
    assert ean.has_valid_check_digit(good)
    for digit in "0123456789":
        if digit != good[-1]:
            assert not ean.has_valid_check_digit(first_17 + digit)


def test_dso_catalogue_covers_belgium_and_marks_elia():
    codes = {d.code for d in dso.distribution_operators()}
    assert {"ORES", "RESA", "AIEG", "AIESH", "REW", "Sibelga", "Fluvius"} == codes
    elia = dso.lookup("elia")
    assert elia is not None and elia.is_transmission


def test_unknown_current_dso_stays_selectable():
    choices = dso.choices_with("Gaselwest")
    assert choices[-1].code == "Gaselwest" and not choices[-1].is_known
    distribution = dso.distribution_operators()
    assert dso.choices_with("ores") == dso.choices_with("") == list(distribution)


def test_the_transmission_operator_is_offered_only_as_the_current_value():
    assert "ELIA" not in {d.code.upper() for d in dso.choices_with("ORES")}
    assert "ELIA" in {d.code.upper() for d in dso.choices_with("Elia")}


def test_a_typed_dso_is_the_code_it_names_or_the_text_as_typed():
    assert dso.code_named("ores") == "ORES"
    assert dso.code_named("  Resa ") == "RESA"
    named = next(d for d in dso.CATALOGUE if d.display_name != d.code)
    assert dso.code_named(named.display_name.upper()) == named.code
    assert dso.code_named("Régie de Wavre bis") == "Régie de Wavre bis"
