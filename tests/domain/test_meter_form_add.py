"""A new meter's body (as recorded in M1/M4), its checks, and how its creation is recognised."""

from __future__ import annotations

import datetime as dt

from optimce_desktop.domain.enums import MeterStatus, Rate, ReadingFrequency, TariffGroup
from optimce_desktop.domain.meter_form import MeterFields, MeterIssueCode
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.domain.new_meter import NewMeter, list_item_of
from optimce_desktop.domain.update import IssueCode, MeterDataUpdate, UpdateField

TODAY = dt.date(2026, 12, 6)
FIELDS = MeterFields(ean="541448000000000950", meter_number="MTR-NEW2", street="Rue des Nouveaux", number=6,
                     postcode="4000", city="Liège", tarif_group=TariffGroup(2), phases_number=1,
                     reading_frequency=ReadingFrequency(2))


def new_meter(**period) -> NewMeter:  # noqa: ANN003
    values = {"ean": "ignored", "grd": "RESA", "effective_date": dt.date(2027, 1, 1),
              "status": MeterStatus.WAITING_GRD, "rate": Rate.SIMPLE, **period}
    return NewMeter(FIELDS, MeterDataUpdate(**values))


def test_the_body_is_the_meter_and_its_first_period_without_ean():
    body = new_meter().to_body()
    assert body["EAN"] == "541448000000000950"
    assert body["address"] == {"street": "Rue des Nouveaux", "number": 6, "postcode": "4000", "city": "Liège"}
    assert (body["tarif_group"], body["phases_number"], body["reading_frequency"]) == (2, 1, 2)
    initial = body["initial_data"]
    assert "EAN" not in initial and "member_id" not in initial and "sharing_operation_id" not in initial
    assert initial["start_date"] == "2027-01-01" and initial["status"] == 3 and initial["grd"] == "RESA"


def test_the_period_has_the_update_forms_checks():
    meter = new_meter(effective_date=None, grd="", amperage=-1)
    issues = {(i.field, i.code) for i in meter.period_issues(TODAY)}
    assert {(UpdateField.START_DATE, IssueCode.REQUIRED), (UpdateField.GRD, IssueCode.REQUIRED),
            (UpdateField.AMPERAGE, IssueCode.NEGATIVE)} <= issues
    assert new_meter().is_valid(today=TODAY)


def test_an_ean_in_the_list_is_an_error_and_a_bad_check_digit_a_warning():
    meter = new_meter()
    assert not meter.is_valid({meter.ean}, TODAY)
    assert [i.code for i in meter.meter_issues({meter.ean})][0] is MeterIssueCode.EAN_IN_LIST
    wrong = NewMeter(MeterFields(**{**FIELDS.__dict__, "ean": "541448000000000951"}), meter.period)
    codes = {i.code: i.is_error for i in wrong.meter_issues()}
    assert codes == {MeterIssueCode.EAN_CHECK_DIGIT: False}


def test_creation_is_recognised_in_the_detail_and_listed_as_the_crm_lists_it():
    detail = MeterDetail.model_validate({
        "EAN": "541448000000000950", "meter_number": "MTR-NEW2",
        "address": {"city": "Liège", "number": 6, "street": "Rue des Nouveaux", "postcode": "4000",
                    "supplement": None, "id": 102},
        "tarif_group": 2, "phases_number": 1, "reading_frequency": 2, "meter_data_history": [],
        "futur_meter_data": [{"id": 9, "description": "", "sampling_power": 0, "status": 3, "amperage": 0,
                              "rate": 1, "client_type": 1, "start_date": "2027-01-01",
                              "injection_status": None, "production_chain": None,
                              "totalGenerating_capacity": 0, "grd": "RESA"}]})
    assert new_meter().is_created_in(detail)
    assert not new_meter(grd="ORES").is_created_in(detail)
    assert not new_meter().is_created_in(None)
    item = list_item_of(detail, TODAY)  # only a future period: listed inactive without dates (M6)
    assert item.status == MeterStatus.INACTIVE and item.start_date is None
