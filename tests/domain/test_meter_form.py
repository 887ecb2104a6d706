"""The meter's own fields: limits said at the field before sending, the full body, what changes."""

from __future__ import annotations

import pytest

from optimce_desktop.domain.enums import ReadingFrequency, TariffGroup
from optimce_desktop.domain.meter_form import (
    MeterField,
    MeterFields,
    MeterIssueCode,
    ean_issues,
    is_belgian_postcode,
    split_house_number,
)

FILLED = MeterFields(ean="541448000000000943", meter_number="MTR-1", street="Rue des Nouveaux", number=4,
                     postcode="4000", city="Liège", supplement="", tarif_group=TariffGroup.LOW_VOLTAGE,
                     phases_number=3, reading_frequency=ReadingFrequency.MONTHLY)


def codes(fields: MeterFields) -> dict[MeterField, MeterIssueCode]:
    return {issue.field: issue.code for issue in fields.issues()}


def test_a_filled_form_has_no_issue_and_its_body_has_every_field_and_no_empty_box() -> None:
    assert FILLED.issues() == []
    assert FILLED.to_body() == {
        "EAN": "541448000000000943", "meter_number": "MTR-1",
        "address": {"street": "Rue des Nouveaux", "number": 4, "postcode": "4000", "city": "Liège"},
        "tarif_group": 1, "phases_number": 3, "reading_frequency": 1}


def test_every_field_the_crm_requires_is_required() -> None:
    empty = MeterFields(ean=FILLED.ean, phases_number=None)
    assert {f for f, c in codes(empty).items() if c is MeterIssueCode.REQUIRED} == {
        MeterField.METER_NUMBER, MeterField.STREET, MeterField.HOUSE_NUMBER, MeterField.POSTCODE,
        MeterField.CITY, MeterField.PHASES}


def test_255_characters_are_counted_after_the_crm_escapes_them() -> None:
    fits = MeterFields(**{**FILLED.__dict__, "street": "x" * 255})
    assert MeterField.STREET not in codes(fits)
    escaped = MeterFields(**{**FILLED.__dict__, "street": "x" * 252 + "<"})
    [issue] = [i for i in escaped.issues() if i.field is MeterField.STREET]
    assert issue.code is MeterIssueCode.TOO_LONG and issue.params["length"] == 256 and issue.params["escaped"]


def test_changes_compare_what_the_crm_gives_back() -> None:
    moved = MeterFields(**{**FILLED.__dict__, "street": "  Rue Neuve ", "number": 5})
    assert [(name, new) for name, _, new in moved.changes_from(FILLED)] == [
        (MeterField.STREET, "Rue Neuve"), (MeterField.HOUSE_NUMBER, 5)]


def test_an_ean_must_have_18_digits_and_a_wrong_prefix_or_check_digit_is_a_warning() -> None:
    assert [i.code for i in ean_issues("5414")] == [MeterIssueCode.EAN_SHAPE]
    assert [i.code for i in ean_issues("")] == [MeterIssueCode.REQUIRED]
    warnings = ean_issues("123456789012345678")
    assert {i.code for i in warnings} == {MeterIssueCode.EAN_NOT_BELGIAN, MeterIssueCode.EAN_CHECK_DIGIT}
    assert not any(i.is_error for i in warnings)
    assert ean_issues("541448000000000943", {"541448000000000943"})[0].code is MeterIssueCode.EAN_IN_LIST


@pytest.mark.parametrize(("typed", "split"), [
    ("41A", (41, "A")), ("41 a", (41, "a")), ("41-B", (41, "B")), ("41/2", (41, "2")),
    ("41 bte 3", (41, "bte 3")), ("41, boîte 3", (41, "boîte 3")),
    ("41", None), ("41,5", None), ("A41", None), ("bte 3", None), ("0A", None), ("", None)])
def test_a_house_number_typed_with_its_box_is_split_into_the_number_and_the_box(typed, split) -> None:
    assert split_house_number(typed) == split


@pytest.mark.parametrize("postcode", ["45000", "999", "0999", "B-4000", "4000 Liège"])
def test_a_postcode_that_is_not_belgian_is_refused(postcode) -> None:
    typed = MeterFields(**{**FILLED.__dict__, "postcode": postcode})
    [issue] = [i for i in typed.issues() if i.field is MeterField.POSTCODE]
    assert issue.code is MeterIssueCode.NOT_BELGIAN_POSTCODE and issue.is_error
    assert issue.params["postcode"] == postcode


def test_a_foreign_postcode_the_crm_already_has_is_a_warning_when_kept_and_an_error_when_typed() -> None:
    stored = MeterFields(**{**FILLED.__dict__, "postcode": "45000"})
    other_change = MeterFields(**{**stored.__dict__, "street": "Rue Neuve"})
    [kept] = [i for i in other_change.issues(stored) if i.field is MeterField.POSTCODE]
    assert not kept.is_error  # another field may still be changed; the postcode is confirmed then
    retyped = MeterFields(**{**stored.__dict__, "postcode": "45001"})
    [typed] = [i for i in retyped.issues(stored) if i.field is MeterField.POSTCODE]
    assert typed.is_error
    assert not [i for i in FILLED.issues() if i.field is MeterField.POSTCODE]
    assert is_belgian_postcode("1000") and is_belgian_postcode(" 9999 ") and not is_belgian_postcode("10000")


def test_spaces_typed_by_mistake_are_neither_sent_nor_a_change() -> None:
    slips = MeterFields(**{**FILLED.__dict__, "meter_number": " MTR-1  ", "street": "Rue  des Nouveaux ",
                           "postcode": " 4000", "city": "Liège ", "supplement": "  "})
    assert slips.to_body() == FILLED.to_body()
    assert slips.changes_from(FILLED) == []
    assert slips.issues() == []


def test_what_a_change_shows_is_what_is_sent() -> None:
    renamed = MeterFields(**{**FILLED.__dict__, "street": "Rue  du  Pont ", "supplement": "bte  2 "})
    body = renamed.to_body()["address"]
    assert (body["street"], body["supplement"]) == ("Rue du Pont", "bte 2")
    assert renamed.changes_from(FILLED) == [(MeterField.STREET, "Rue des Nouveaux", "Rue du Pont"),
                                            (MeterField.SUPPLEMENT, "", "bte 2")]
