"""The client's prediction of what the CRM stores, checked against what the real CRM stored (exchanges
T1-T9, U1-U6 of the write-routes recording)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from optimce_desktop.domain import crm_text
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.update import (
    IssueCode,
    MeterDataUpdate,
    Severity,
    UpdateField,
)
from tests.support.recordings import write_exchange

# (request exchange, re-read exchange, path of the text in the request body, path in the re-read data)
STORED_PAIRS = [
    ("T1", "T2", ("description",), ("meter_data", "description")),
    ("T1", "T2", ("grd",), ("meter_data", "grd")),
    ("T3", "T4", ("description",), ("meter_data", "description")),
    ("T3", "T4", ("grd",), ("meter_data", "grd")),
    ("T5", "T6", ("meter_number",), ("meter_number",)),
    ("T5", "T6", ("address", "street"), ("address", "street")),
    ("T5", "T6", ("initial_data", "description"), ("meter_data", "description")),
    ("T8", "T9", ("meter_number",), ("meter_number",)),
    ("T8", "T9", ("address", "street"), ("address", "street")),
    ("T8", "T9", ("address", "city"), ("address", "city")),
    ("T8", "T9", ("address", "supplement"), ("address", "supplement")),
    ("U5", "U6", ("grd",), ("meter_data", "grd")),
]


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


@pytest.mark.parametrize(("sent_id", "read_id", "sent_path", "read_path"), STORED_PAIRS)
def test_the_stored_form_is_what_the_real_crm_stored(sent_id, read_id, sent_path, read_path):
    sent = _at(write_exchange(sent_id)["request"]["body"], sent_path)
    stored = _at(write_exchange(read_id)["response"]["body"]["data"], read_path)

    assert crm_text.stored_form(sent) == stored


def test_text_with_angle_brackets_reads_back_as_typed():
    typed = "Compteur <garage> & cave \"nord\" 'B' a<b>c 1 > 0"

    assert crm_text.stored_form(typed) == "Compteur &lt;garage&gt; & cave \"nord\" 'B' a<b>c 1 &gt; 0"
    assert crm_text.round_trip(typed) == typed


def test_what_the_crm_would_change_for_good_is_said_before_sending():
    update = MeterDataUpdate(ean="541448000000000011", grd="ORES",
                             description='Voir <b class="x">ici</b> et &lt;pas ça&gt;')

    found = {i.field: i for i in update.issues(dt.date(2026, 12, 6))}

    issue = found[UpdateField.DESCRIPTION]
    assert issue.code is IssueCode.STORED_DIFFERENTLY and issue.severity is Severity.WARNING
    assert issue.params["stored"] == "Voir <b>ici</b> et <pas ça>"


def test_the_dso_column_limit_counts_escaped_characters():
    fits = MeterDataUpdate(ean="5414", grd="<" * 63 + "xxx")  # 255 once escaped, as U5 was accepted
    too_long = MeterDataUpdate(ean="5414", grd="<" * 64)  # 256 once escaped

    assert not [i for i in fits.issues() if i.code is IssueCode.TOO_LONG]
    issue = next(i for i in too_long.issues() if i.field is UpdateField.GRD)
    assert issue.code is IssueCode.TOO_LONG
    assert issue.params == {"limit": 255, "length": 256, "escaped": True}


def test_a_256_character_dso_is_refused_in_the_form():
    issue = next(i for i in MeterDataUpdate(ean="5414", grd="G" * 256).issues() if i.field is UpdateField.GRD)

    assert issue.code is IssueCode.TOO_LONG and issue.is_error
    assert issue.params["length"] == 256 and not issue.params["escaped"]


def test_a_description_that_would_make_the_body_too_large_is_refused_with_the_room_left():
    fits = MeterDataUpdate(ean="541448000000000097", grd="ORES", description="D" * 100_000)
    too_long = MeterDataUpdate(ean="541448000000000097", grd="ORES", description="D" * 102_400)

    assert not [i for i in fits.issues() if i.code is IssueCode.TOO_LONG]
    issue = next(i for i in too_long.issues() if i.field is UpdateField.DESCRIPTION)
    assert issue.code is IssueCode.TOO_LONG
    body = too_long.model_copy(update={"description": "D" * issue.params["limit"]}).to_patch_body(
        dt.date(2027, 1, 20))
    assert crm_text.body_size(body) <= crm_text.BODY_LIMIT_BYTES


@pytest.mark.parametrize(("field", "text", "code_point"), [
    (UpdateField.DESCRIPTION, "Compteur\u202egarage", "U+202E"),
    (UpdateField.DESCRIPTION, "bip\x07", "U+0007"),
    (UpdateField.DESCRIPTION, "tab\there", "U+0009"),
    (UpdateField.GRD, "ORES\n", "U+000A"),
    (UpdateField.GRD, "\u2066ORES", "U+2066"),
])
def test_invisible_control_characters_are_refused_at_their_field(field, text, code_point):
    values = {"description": "", "grd": "ORES", field.value: text}
    issue = next(i for i in MeterDataUpdate(ean="5414", **values).issues() if i.field is field)

    assert issue.code is IssueCode.FORBIDDEN_CHARACTER and issue.is_error
    assert issue.params["code_point"] == code_point


def test_line_breaks_are_allowed_in_the_description():
    update = MeterDataUpdate(ean="5414", grd="ORES", description="ligne 1\nligne 2")

    assert not [i for i in update.issues() if i.field is UpdateField.DESCRIPTION]


def test_an_update_with_escaped_text_is_recognised_once_applied(guide_detail: MeterDetail):
    typed = "Compteur <garage> & cave"
    update = MeterDataUpdate.from_detail(guide_detail).model_copy(update={
        "description": typed, "effective_date": dt.date(2027, 1, 20)})
    # the meter as the client reads it back: the CRM stored "&lt;garage&gt;", the client undid it
    current = guide_detail.meter_data
    assert current is not None
    applied = current.model_copy(update={
        "id": 999, "description": crm_text.round_trip(typed), "start_date": dt.date(2027, 1, 20),
        "end_date": None})
    after = guide_detail.model_copy(update={"futur_meter_data": [applied]})

    assert update.is_applied_in(after)
    assert not update.is_applied_in(guide_detail)


@pytest.mark.parametrize("text", ['<p class="x">note</p>', "avant <!-- caché --> après",
                                  '<a href="x">lien</a>'])
def test_markup_the_crm_filter_may_rewrite_is_announced_without_a_guess(text):
    issue = next(i for i in MeterDataUpdate(ean="5414", grd="ORES", description=text).issues()
                 if i.field is UpdateField.DESCRIPTION)

    assert issue.code is IssueCode.STORED_DIFFERENTLY and issue.severity is Severity.WARNING
    assert issue.params["stored"] is None


@pytest.mark.parametrize("text", ["Compteur <garage>", "a < b > c", "<p>bare</p>", "x <b>y</b>", "1<2"])
def test_text_that_comes_back_as_typed_gets_no_warning(text):
    update = MeterDataUpdate(ean="5414", grd="ORES", description=text)

    assert not [i for i in update.issues() if i.field is UpdateField.DESCRIPTION]
