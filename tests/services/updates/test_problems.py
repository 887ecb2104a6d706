"""Failures and form findings in words a person understands, tied to a form field when one is known."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from optimce_desktop.cache.database import DatabaseError
from optimce_desktop.crm.errors import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    ConnectionFailedError,
    ForbiddenError,
    NotFoundError,
    ProtocolError,
    ResponseTimeoutError,
    ServerError,
    ValidationError,
    WriteFailedError,
)
from optimce_desktop.domain.enums import MeterStatus, ProductionChain
from optimce_desktop.domain.update import Issue, IssueCode, Severity, UpdateField
from optimce_desktop.services.problems import FIELD_LABELS, ProblemKind, issue_message, problem_from


@pytest.mark.parametrize(("error", "kind", "field", "message"), [
    (ConnectionFailedError("refused"), ProblemKind.OFFLINE, None,
     "The CRM cannot be reached. Check the network connection."),
    (ResponseTimeoutError("read timeout"), ProblemKind.NO_ANSWER, None,
     "The CRM did not answer in time, or the connection broke."),
    (AuthenticationError("Unauthenticated", http_status=400, error_code=6), ProblemKind.SESSION_EXPIRED, None,
     "Your session has expired. Sign in again."),
    (CommunityAccessError("No role", http_status=401, error_code=5), ProblemKind.NO_COMMUNITY_ACCESS, None,
     "You no longer have access to this community, or no community is selected."),
    (ForbiddenError("Forbidden", http_status=403, error_code=4), ProblemKind.NO_PERMISSION, None,
     "Your role in this community does not allow this: it needs a manager or an administrator."),
    (ValidationError("Le champ 'amperage' doit être un nombre", http_status=422, error_code=5005),
     ProblemKind.INVALID_VALUE, UpdateField.AMPERAGE, "Le champ 'amperage' doit être un nombre"),
    (ValidationError("Statut d'injection invalide", http_status=422, error_code=65003),
     ProblemKind.INVALID_VALUE, UpdateField.INJECTION_STATUS, "Statut d'injection invalide"),
    (ValidationError("validation.enum", http_status=422, error_code=65001),
     ProblemKind.INVALID_VALUE, UpdateField.RATE, "The CRM refused this value."),
    (ConflictError("Période existante", http_status=400, error_code=60006, field="start_date"),
     ProblemKind.CONFLICT, UpdateField.START_DATE,
     "The CRM refused this date: the meter now has a period that starts later (perhaps just added by another "
     "operator). The CRM says: “Période existante”"),
    (NotFoundError("meter.not_found", http_status=400, error_code=60004), ProblemKind.NOT_FOUND, None,
     "This meter no longer exists in the CRM."),
    (WriteFailedError("meter_data.database_update", http_status=400, error_code=60005),
     ProblemKind.WRITE_FAILED, None,
     "The CRM could not save the change: the holder or the sharing operation may no longer exist, or a date "
     "is impossible."),
    (ServerError(http_status=503, detail="HTML page"), ProblemKind.OFFLINE, None,
     "The CRM is not available at the moment (HTTP 503). Try again later."),
    (ServerError(http_status=504, detail="HTML page"), ProblemKind.NO_ANSWER, None,
     "The CRM's gateway gave up waiting for an answer (HTTP 504)."),
    (ServerError(http_status=500, detail="text/plain body: upstream failed"), ProblemKind.SERVER, None,
     "The server in front of the CRM answered an error (HTTP 500) instead of the CRM's own answer."),
    (ServerError("Une erreur inattendue", http_status=500, error_code=1), ProblemKind.SERVER, None,
     "The CRM failed to process the request. The CRM says: “Une erreur inattendue”"),
    (ProtocolError(http_status=200, detail="not JSON"), ProblemKind.SERVER, None,
     "The CRM answered something this app does not understand. Check the server address, or update the app."),
])
def test_crm_errors(error, kind, field, message):
    problem = problem_from(error)
    assert (problem.kind, problem.field, problem.message) == (kind, field, message)
    assert problem.server_message == error.server_message and type(error).__name__ in problem.technical


@pytest.mark.parametrize("error", [DatabaseError("disk full"), sqlite3.OperationalError("locked"),
                                   PermissionError("denied")])
def test_local_storage_errors(error):
    problem = problem_from(error)
    assert problem.kind is ProblemKind.LOCAL_STORAGE and str(error) in problem.message


def test_unexpected_errors_say_what_they_are():
    problem = problem_from(KeyError("holder"))
    assert problem.kind is ProblemKind.UNEXPECTED and "KeyError" in problem.message


@pytest.mark.parametrize(("issue", "message"), [
    (Issue(UpdateField.START_DATE, IssueCode.REQUIRED), "Effective date: required"),
    (Issue(UpdateField.AMPERAGE, IssueCode.NEGATIVE, params={"value": -1}), "Amperage: cannot be negative"),
    (Issue(UpdateField.START_DATE, IssueCode.INVALID_DATE, params={"text": "31/11/2026"}),
     "Effective date: “31/11/2026” is not a calendar date (dd/mm/yyyy)"),
    (Issue(UpdateField.START_DATE, IssueCode.BEFORE_LATEST_PERIOD,
           params={"period_start": dt.date(2027, 3, 1), "period_end": None, "period_is_future": True,
                   "period_status": MeterStatus.ACTIVE}),
     "Effective date: must be on or after 01/03/2027, the start of the latest scheduled period"),
    (Issue(UpdateField.START_DATE, IssueCode.BEFORE_LATEST_PERIOD,
           params={"period_start": dt.date(2026, 3, 1), "period_end": None, "period_is_future": False,
                   "period_status": MeterStatus.ACTIVE}),
     "Effective date: must be on or after 01/03/2026, the start of the current period"),
    (Issue(UpdateField.START_DATE, IssueCode.BEFORE_LATEST_PERIOD,
           params={"period_start": dt.date(2025, 3, 1), "period_end": dt.date(2025, 12, 31),
                   "period_is_future": False, "period_status": MeterStatus.INACTIVE}),
     "Effective date: must be on or after 01/03/2025, the start of the latest period"),
    (Issue(UpdateField.START_DATE, IssueCode.OVERWRITES_PERIOD, Severity.WARNING,
           params={"period_start": dt.date(2027, 3, 1), "period_status": MeterStatus.WAITING_GRD}),
     "Effective date: the period starting on 01/03/2027 (Pending DSO approval) will be replaced, not kept in "
     "the history"),
    (Issue(UpdateField.PRODUCTION_CHAIN, IssueCode.SERVER_KEEPS_VALUE, Severity.WARNING,
           params={"kept": ProductionChain.WIND}),
     "Generation type: the CRM cannot clear this value; it will keep “Wind”"),
])
def test_issue_messages_name_the_field(issue, message):
    assert issue_message(issue) == message


def test_every_form_field_has_its_label():
    assert set(FIELD_LABELS) == set(UpdateField)
