"""The update form's model: pre-fill, validation against the timeline, the request body."""

from __future__ import annotations

import datetime as dt

import pytest

from optimce_desktop.domain.enums import ClientType, MeterStatus, ProductionChain, Rate
from optimce_desktop.domain.models import MemberRef, MeterDetail
from optimce_desktop.domain.update import (
    ATTRIBUTES,
    IssueCode,
    MeterDataUpdate,
    Severity,
    UpdateField,
    timeline_differences,
)
from tests.support.recordings import response_data

TODAY = dt.date(2026, 11, 28)


def _with_sharing_operation(data: dict) -> dict:
    current = dict(data["meter_data"], sharing_operation={"id": 3, "name": "Solaire partagé", "type": 1})
    return dict(data, meter_data=current)


@pytest.fixture
def sandbox() -> MeterDetail:
    """SB1 after F5: current period from 15/11/2026 (holder Boulangerie) and a future one from 01/01/2027."""
    return MeterDetail.model_validate(_with_sharing_operation(response_data("F5")))


@pytest.fixture
def active() -> MeterDetail:
    return MeterDetail.model_validate(_with_sharing_operation(response_data("D1")))


def _codes(update: MeterDataUpdate, field: UpdateField) -> list[IssueCode]:
    return [i.code for i in update.issues(TODAY) if i.field is field]


def test_prefilled_from_current_period_without_effective_date(active):
    update = MeterDataUpdate.from_detail(active)
    assert update.description == "Maison Dupont"
    assert (update.sampling_power, update.amperage, update.total_generating_capacity) == (9.2, 40, 5.5)
    assert update.rate is Rate.BI_HORAIRE and update.client_type is ClientType.RESIDENTIAL
    assert update.grd == "ORES" and update.status is MeterStatus.ACTIVE
    assert update.holder is not None and update.holder.name == "Dupont"
    assert update.sharing_operation is not None and update.sharing_operation.id == 3
    assert update.effective_date is None
    assert _codes(update, UpdateField.START_DATE) == [IssueCode.REQUIRED]
    assert not update.is_valid(TODAY)


def test_server_zero_prefills_as_empty(active):
    data = response_data("D2")
    update = MeterDataUpdate.from_detail(MeterDetail.model_validate(data))
    assert update.sampling_power is None and update.amperage is None
    assert update.production_chain is None and update.injection_status is None


def test_dso_is_required(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = TODAY
    update.grd = "  "
    assert _codes(update, UpdateField.GRD) == [IssueCode.REQUIRED]
    assert not update.is_valid(TODAY)


@pytest.mark.parametrize(("field", "value", "code"), [
    (UpdateField.SAMPLING_POWER, -1, IssueCode.NEGATIVE),
    (UpdateField.AMPERAGE, -0.5, IssueCode.NEGATIVE),
    (UpdateField.TOTAL_GENERATING_CAPACITY, 60_000, IssueCode.TOO_LARGE),
    (UpdateField.AMPERAGE, 6_000, IssueCode.TOO_LARGE),
])
def test_numbers_must_be_plausible(active, field, value, code):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = TODAY
    setattr(update, field.value, value)
    assert _codes(update, field) == [code]


def test_decimals_are_allowed(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = TODAY
    update.sampling_power, update.amperage = 12.75, 63
    assert update.is_valid(TODAY)
    body = update.to_patch_body()
    assert body["sampling_power"] == 12.75 and body["amperage"] == 63


@pytest.mark.parametrize("text", ["2026-11-31", "31/11/2026", "30/02/2027", "tomorrow", "2026-13-01"])
def test_effective_date_must_be_a_real_calendar_date(active, text):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = text
    assert _codes(update, UpdateField.START_DATE) == [IssueCode.INVALID_DATE]


def test_effective_date_accepts_belgian_text(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = "01/12/2026"
    assert update.effective_day == dt.date(2026, 12, 1)
    assert update.is_valid(TODAY)


def test_earlier_than_latest_period_names_the_blocking_period(sandbox):
    update = MeterDataUpdate.from_detail(sandbox)
    update.effective_date = dt.date(2026, 12, 15)  # after the current start but before the scheduled one
    [issue] = [i for i in update.issues(TODAY) if i.field is UpdateField.START_DATE]
    assert issue.code is IssueCode.BEFORE_LATEST_PERIOD and issue.is_error
    assert issue.params["period_start"] == dt.date(2027, 1, 1)
    assert issue.params["period_is_future"] is True


def test_same_day_as_latest_is_allowed_but_flagged(sandbox):
    update = MeterDataUpdate.from_detail(sandbox)
    update.effective_date = dt.date(2027, 1, 1)
    [issue] = [i for i in update.issues(TODAY) if i.field is UpdateField.START_DATE]
    assert issue.code is IssueCode.OVERWRITES_PERIOD and issue.severity is Severity.WARNING
    assert update.is_valid(TODAY)
    overwritten = update.overwritten_period()
    assert overwritten is not None and overwritten.id == 9


def test_later_than_a_current_latest_is_clean(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2026, 12, 2)
    assert update.issues(TODAY) == []
    assert update.overwritten_period() is None


def test_later_than_a_scheduled_latest_says_the_update_follows_it(sandbox):
    update = MeterDataUpdate.from_detail(sandbox)
    update.effective_date = dt.date(2027, 1, 2)
    [issue] = update.issues(TODAY)
    assert (issue.field, issue.code, issue.severity) == (
        UpdateField.START_DATE, IssueCode.FOLLOWS_SCHEDULED_PERIOD, Severity.WARNING)
    assert issue.params["period"].id == 9 and issue.params["period_new_end"] == dt.date(2027, 1, 1)
    assert update.overwritten_period() is None


def test_a_past_effective_date_is_allowed_but_says_how_far_back(active):
    update = MeterDataUpdate.from_detail(active)
    latest = update.latest_period
    assert latest is not None and latest.start_date < dt.date(2026, 6, 15)
    update.effective_date = "15/06/2026"
    [issue] = [i for i in update.issues(dt.date(2026, 12, 6)) if i.field is UpdateField.START_DATE]
    assert issue.code is IssueCode.IN_THE_PAST and issue.severity is Severity.WARNING
    assert issue.params == {"day": dt.date(2026, 6, 15), "days_ago": 174}
    assert update.is_valid(dt.date(2026, 12, 6))


@pytest.mark.parametrize(("day", "warned"), [
    (dt.date(2026, 11, 27), True), (TODAY, False), (dt.date(2026, 11, 29), False)])
def test_only_a_day_before_today_is_in_the_past(active, day, warned):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = day
    assert (IssueCode.IN_THE_PAST in _codes(update, UpdateField.START_DATE)) is warned


def test_replacing_a_period_that_started_in_the_past_says_both(sandbox):
    update = MeterDataUpdate.from_detail(sandbox)
    update.effective_date = dt.date(2027, 1, 1)
    codes = _codes(update, UpdateField.START_DATE)
    assert codes == [IssueCode.OVERWRITES_PERIOD]
    assert [i.code for i in update.issues(dt.date(2027, 1, 31)) if i.field is UpdateField.START_DATE] == [
        IssueCode.OVERWRITES_PERIOD, IssueCode.IN_THE_PAST]


def test_far_off_dates_are_refused(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2062, 1, 1)
    assert _codes(update, UpdateField.START_DATE) == [IssueCode.DATE_OUT_OF_RANGE]


def test_full_body_keeps_holder_and_sharing_operation(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2026, 12, 1)
    update.description = "Maison Dupont - pompe à chaleur"
    body = update.to_patch_body()
    assert body == {
        "EAN": "541448000000000011", "start_date": "2026-12-01", "status": 1, "rate": 2, "client_type": 1,
        "description": "Maison Dupont - pompe à chaleur", "sampling_power": 9.2, "amperage": 40,
        "total_generating_capacity": 5.5, "grd": "ORES", "injection_status": 1, "production_chain": 1,
        "member_id": 1, "sharing_operation_id": 3,
    }


def test_none_choices_are_omitted_and_no_holder_is_explicit(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2026, 12, 1)
    update.production_chain = None
    update.injection_status = None
    update.holder = None
    body = update.to_patch_body()
    assert "production_chain" not in body and "injection_status" not in body
    assert "member_id" not in body
    assert body["sharing_operation_id"] == 3
    warned = {i.field for i in update.issues(TODAY) if i.code is IssueCode.SERVER_KEEPS_VALUE}
    assert warned == {UpdateField.PRODUCTION_CHAIN, UpdateField.INJECTION_STATUS}


def test_changing_the_holder_sends_the_new_one(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2026, 12, 1)
    update.holder = MemberRef(id=2, name="Boulangerie Lemaire SRL")
    assert update.to_patch_body()["member_id"] == 2


def test_body_needs_a_real_date(active):
    update = MeterDataUpdate.from_detail(active)
    with pytest.raises(ValueError):
        update.to_patch_body()


def test_changes_and_large_changes(active):
    opened = MeterDataUpdate.from_detail(active)
    edited = opened.model_copy(deep=True)
    assert edited.changes_from(opened) == []
    edited.amperage = 63
    edited.production_chain = ProductionChain.WIND
    changed = {c.field for c in edited.changes_from(opened)}
    assert changed == {UpdateField.AMPERAGE, UpdateField.PRODUCTION_CHAIN}
    assert edited.large_changes_from(opened) == []
    edited.grd = "RESA"
    edited.holder = None
    edited.status = MeterStatus.WAITING_GRD
    large = {c.field: (c.old, c.new) for c in edited.large_changes_from(opened)}
    assert large[UpdateField.GRD] == ("ORES", "RESA")
    assert large[UpdateField.STATUS] == (MeterStatus.ACTIVE, MeterStatus.WAITING_GRD)
    assert large[UpdateField.HOLDER][1] is None


@pytest.mark.parametrize(("field", "factor", "large"), [
    (UpdateField.SAMPLING_POWER, 10, True),  # "12,5" read as 125
    (UpdateField.SAMPLING_POWER, 0.2, True),
    (UpdateField.AMPERAGE, 5, True),
    (UpdateField.AMPERAGE, 4.9, False),
    (UpdateField.TOTAL_GENERATING_CAPACITY, 0.21, False),
])
def test_a_power_or_amperage_scaled_five_times_or_more_is_a_large_change(active, field, factor, large):
    opened = MeterDataUpdate.from_detail(active).model_copy(update={field.value: 10.0})
    edited = opened.model_copy(update={field.value: 10.0 * factor})

    assert edited.changes_from(opened)[0].field is field
    assert bool(edited.large_changes_from(opened)) is large


def test_setting_a_number_that_was_empty_is_not_a_large_change(active):
    opened = MeterDataUpdate.from_detail(active).model_copy(update={"total_generating_capacity": None})
    edited = opened.model_copy(update={"total_generating_capacity": 500.0})

    assert edited.large_changes_from(opened) == []


def test_timeline_differences_show_another_operators_change():
    before = MeterDetail.model_validate(response_data("F5")).timeline
    after = MeterDetail.model_validate(response_data("F7")).timeline
    [(old, new)] = timeline_differences(before, after)
    assert old is not None and new is not None
    assert (old.grd, new.grd) == ("RESA", "AIESH")
    assert timeline_differences(before, before) == []


def test_the_form_fields_are_the_models_own(active):
    assert list(ATTRIBUTES) == list(UpdateField)  # every field, in the form's order
    update = MeterDataUpdate.from_detail(active).model_copy(update={
        "production_chain": ProductionChain(1), "effective_date": TODAY})
    assert set(update.to_patch_body()) == {"EAN"} | {name.value for name in UpdateField}
    from_period = MeterDataUpdate.from_period(active.EAN, active.meter_data, holder=active.holder)
    assert from_period == MeterDataUpdate.from_detail(active).model_copy(update={"timeline": []})


def test_an_update_is_applied_once_the_meter_shows_it_and_unchanged_until_another_change(active):
    update = MeterDataUpdate.from_detail(active).model_copy(update={"amperage": 63, "effective_date": TODAY})
    assert update.is_unchanged_in(active) and not update.is_applied_in(active)
    applied = active.meter_data.model_copy(update={"id": 999, "amperage": 63, "start_date": TODAY})
    after = active.model_copy(update={"futur_meter_data": [applied]})
    assert update.is_applied_in(after) and not update.is_unchanged_in(after)
    assert update.meter_changes(after) == [(None, applied)]
    assert not update.model_copy(update={"amperage": 64}).is_applied_in(after)


# -- the period an update replaces or follows ------------------------------------------------------------


def test_prefilled_from_the_scheduled_period_when_there_is_one(sandbox):
    scheduled = sandbox.futur_meter_data[0]
    update = MeterDataUpdate.from_detail(sandbox)
    assert update == MeterDataUpdate.from_period(sandbox.EAN, scheduled, timeline=sandbox.timeline)
    assert update.status is MeterStatus.WAITING_MANAGER and update.rate is Rate.SIMPLE
    assert update.holder is None  # F4's minimal body cleared it: an update keeps it cleared unless told
    assert update.changes() == [] and update.changes_nothing()


def test_changes_are_counted_from_the_scheduled_period_a_form_made_earlier_would_overwrite(sandbox):
    # a form filled from the current period, its date on the scheduled period's start
    current = sandbox.meter_data
    update = MeterDataUpdate.from_period(sandbox.EAN, current, holder=sandbox.holder,
                                         timeline=sandbox.timeline)
    update.effective_date = dt.date(2027, 1, 1)
    changed = {c.field: (c.old, c.new) for c in update.changes()}
    assert changed == {
        UpdateField.STATUS: (MeterStatus.WAITING_MANAGER, MeterStatus.ACTIVE),
        UpdateField.RATE: (Rate.SIMPLE, Rate.BI_HORAIRE),
        UpdateField.CLIENT_TYPE: (ClientType.RESIDENTIAL, ClientType.PROFESSIONAL),
        UpdateField.HOLDER: (None, current.member),
        UpdateField.SHARING_OPERATION: (None, current.sharing_operation)}
    [issue] = [i for i in update.issues(TODAY) if i.field is UpdateField.START_DATE]
    assert issue.code is IssueCode.OVERWRITES_PERIOD and issue.params["period_is_future"]
    assert issue.params["period"].id == 9


def test_a_none_choice_the_crm_keeps_is_no_change(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date = dt.date(2026, 12, 1)
    assert update.changes_nothing()
    update.production_chain = None  # the CRM keeps "photovoltaic": still nothing
    assert update.changes() == [] and update.changes_nothing()
    update.amperage = 63
    assert [c.field for c in update.changes()] == [UpdateField.AMPERAGE] and not update.changes_nothing()


def test_an_untouched_empty_number_or_text_is_omitted_and_inherited_as_the_crm_holds_it():
    waiting = MeterDetail.model_validate(response_data("D2"))  # sampling power, amperage, capacity: 0
    update = MeterDataUpdate.from_detail(waiting)
    update.description, update.effective_date = "", dt.date(2026, 12, 1)
    body = update.to_patch_body()
    assert not {"sampling_power", "amperage", "total_generating_capacity"} & set(body)
    assert body["description"] == ""  # the period had one: emptied, it is sent empty
    assert body["member_id"] == 2 and body["grd"] == "RESA"
    assert None not in body.values()
    update.amperage = 25
    assert update.to_patch_body()["amperage"] == 25


def test_an_emptied_number_is_sent_as_0_the_only_empty_the_crm_does_not_inherit(active):
    update = MeterDataUpdate.from_detail(active)
    update.effective_date, update.total_generating_capacity = dt.date(2026, 12, 1), None
    body = update.to_patch_body()
    assert body["total_generating_capacity"] == 0 and None not in body.values()
    assert [(c.field, c.old, c.new) for c in update.changes()] == [
        (UpdateField.TOTAL_GENERATING_CAPACITY, 5.5, None)]


def test_a_description_empty_in_the_period_too_is_omitted(active):
    period = active.meter_data.model_copy(update={"description": ""})
    update = MeterDataUpdate.from_detail(active.model_copy(update={"meter_data": period}))
    update.effective_date, update.amperage = dt.date(2026, 12, 1), 63
    assert "description" not in update.to_patch_body()
