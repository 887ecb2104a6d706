"""What went wrong, in words a person understands: failures of the CRM or of the local disk, and the update
form's validation findings, each as a translated sentence tied to a form field when one is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from optimce_desktop.crm.errors import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    CrmError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    ProtocolError,
    ServerError,
    ValidationError,
    WriteFailedError,
)
from optimce_desktop.domain.i18n import QT_TRANSLATE_NOOP
from optimce_desktop.domain.models import Period
from optimce_desktop.domain.update import Issue, IssueCode, UpdateField
from optimce_desktop.services.offline_copy import STORAGE_ERRORS, NotSavedOfflineError
from optimce_desktop.services.texts import date_text, dso_text, enum_text, number_text

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call.
translate = QCoreApplication.translate

_RAW_MESSAGE_KEY = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$")



class ProblemKind(StrEnum):
    OFFLINE = "offline"
    """The CRM could not be reached: the request was not processed."""
    NO_ANSWER = "no_answer"
    """The request left but no answer came: the CRM may or may not have processed it."""
    SESSION_EXPIRED = "session_expired"
    NO_COMMUNITY_ACCESS = "no_community_access"
    NO_PERMISSION = "no_permission"
    INVALID_VALUE = "invalid_value"
    CONFLICT = "conflict"
    NOT_FOUND = "not_found"
    WRITE_FAILED = "write_failed"
    SERVER = "server"
    LOCAL_STORAGE = "local_storage"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class Problem:
    message: str
    """A translated sentence for the user."""
    field: UpdateField | None
    """The update form's field it is about, when known: show the message next to it."""
    kind: ProblemKind
    server_message: str = ""
    """The CRM's own (localised) message, verbatim, when it sent one."""
    technical: str = ""
    """The English technical description, for logs and a tooltip."""


def problem_from(exc: BaseException) -> Problem:
    """The problem ``exc`` means for the user."""
    technical = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, CrmError):
        kind, message = _crm_problem(exc)
        return Problem(message, _update_field(exc.field), kind, exc.server_message, technical)
    if isinstance(exc, NotSavedOfflineError):
        message = translate(
            "Problems", "You are working offline, and this was not saved on this computer before.")
        return Problem(message, None, ProblemKind.OFFLINE, technical=technical)
    if isinstance(exc, STORAGE_ERRORS):
        message = translate(
            "Problems", "The local database on this computer could not be used: {0}").format(exc)
        return Problem(message, None, ProblemKind.LOCAL_STORAGE, technical=technical)
    message = translate("Problems", "Something unexpected went wrong ({0}).").format(technical)
    return Problem(message, None, ProblemKind.UNEXPECTED, technical=technical)


def meter_gone() -> Problem:
    """The meter, read before sending a change to it, is no longer in the CRM."""
    message = translate("Problems", "This meter no longer exists in the CRM.")
    return Problem(message, None, ProblemKind.NOT_FOUND)


def _crm_problem(exc: CrmError) -> tuple[ProblemKind, str]:
    said = _usable_server_message(exc.server_message)
    if isinstance(exc, NetworkError):
        if exc.request_may_have_reached_server:
            return ProblemKind.NO_ANSWER, translate(
                "Problems", "The CRM did not answer in time, or the connection broke.")
        return ProblemKind.OFFLINE, translate(
            "Problems", "The CRM cannot be reached. Check the network connection.")
    if isinstance(exc, AuthenticationError):
        return ProblemKind.SESSION_EXPIRED, translate("Problems", "Your session has expired. Sign in again.")
    if isinstance(exc, CommunityAccessError):
        return ProblemKind.NO_COMMUNITY_ACCESS, translate(
            "Problems", "You no longer have access to this community, or no community is selected.")
    if isinstance(exc, ForbiddenError):
        return ProblemKind.NO_PERMISSION, translate(
            "Problems", "Your role in this community does not allow this: it needs a manager or an "
            "administrator.")
    if isinstance(exc, ValidationError):
        return ProblemKind.INVALID_VALUE, said or translate("Problems", "The CRM refused this value.")
    if isinstance(exc, ConflictError):
        if exc.error_code == 60006:
            ours = translate(
                "Problems", "The CRM refused this date: the meter now has a period that starts later "
                "(perhaps just added by another operator).")
            return ProblemKind.CONFLICT, _with_server_words(ours, said)
        return ProblemKind.CONFLICT, said or translate(
            "Problems", "This conflicts with data already in the CRM.")
    if isinstance(exc, NotFoundError):
        if exc.error_code == 60009:
            return ProblemKind.NOT_FOUND, translate("Problems", "This period no longer exists in the CRM.")
        return ProblemKind.NOT_FOUND, translate("Problems", "This meter no longer exists in the CRM.")
    if isinstance(exc, WriteFailedError):
        ours = translate(
            "Problems", "The CRM could not save the change: the holder or the sharing operation may no "
            "longer exist, or a date is impossible.")
        return ProblemKind.WRITE_FAILED, _with_server_words(ours, said)
    if isinstance(exc, ProtocolError):
        return ProblemKind.SERVER, translate(
            "Problems", "The CRM answered something this app does not understand. Check the server "
            "address, or update the app.")
    if isinstance(exc, ServerError):
        if exc.outcome_unknown:  # before "offline": a gateway may have forwarded the request
            return ProblemKind.NO_ANSWER, translate(
                "Problems", "The CRM's gateway gave up waiting for an answer (HTTP {0})."
            ).format(exc.http_status)
        if exc.offline:
            return ProblemKind.OFFLINE, translate(
                "Problems", "The CRM is not available at the moment (HTTP {0}). Try again later."
            ).format(exc.http_status)
        if exc.envelope_missing and exc.http_status is not None and exc.http_status >= 500:
            return ProblemKind.SERVER, translate(
                "Problems", "The server in front of the CRM answered an error (HTTP {0}) instead of the "
                "CRM's own answer.").format(exc.http_status)
        ours = translate("Problems", "The CRM failed to process the request.")
        return ProblemKind.SERVER, _with_server_words(ours, said)
    ours = translate("Problems", "The CRM reported an error.")
    return ProblemKind.UNEXPECTED, _with_server_words(ours, said or exc.detail)


def _usable_server_message(text: str) -> str:
    """The server's message, unless empty or a raw key like ``meter.add_meter.already_exist``."""
    text = (text or "").strip()
    return "" if not text or _RAW_MESSAGE_KEY.match(text) else text


def _with_server_words(ours: str, theirs: str) -> str:
    return translate("Problems", "{0} The CRM says: “{1}”").format(ours, theirs) if theirs else ours


def _update_field(name: str | None) -> UpdateField | None:
    try:
        return UpdateField(name) if name else None
    except ValueError:
        return None


# -- the update form's findings --------------------------------------------------------------------------

FIELD_LABELS: dict[UpdateField, str] = {
    UpdateField.DESCRIPTION: QT_TRANSLATE_NOOP("Problems", "Description"),
    UpdateField.SAMPLING_POWER: QT_TRANSLATE_NOOP("Problems", "Withdrawal power"),
    UpdateField.TOTAL_GENERATING_CAPACITY: QT_TRANSLATE_NOOP("Problems", "Total generating capacity"),
    UpdateField.AMPERAGE: QT_TRANSLATE_NOOP("Problems", "Amperage"),
    UpdateField.PRODUCTION_CHAIN: QT_TRANSLATE_NOOP("Problems", "Generation type"),
    UpdateField.INJECTION_STATUS: QT_TRANSLATE_NOOP("Problems", "Injection status"),
    UpdateField.GRD: QT_TRANSLATE_NOOP("Problems", "DSO"),
    UpdateField.RATE: QT_TRANSLATE_NOOP("Problems", "Tariff"),
    UpdateField.CLIENT_TYPE: QT_TRANSLATE_NOOP("Problems", "Usage"),
    UpdateField.HOLDER: QT_TRANSLATE_NOOP("Problems", "Holder"),
    UpdateField.SHARING_OPERATION: QT_TRANSLATE_NOOP("Problems", "Sharing operation"),
    UpdateField.STATUS: QT_TRANSLATE_NOOP("Problems", "Status"),
    UpdateField.START_DATE: QT_TRANSLATE_NOOP("Problems", "Effective date"),
}
_UNITS = {
    UpdateField.SAMPLING_POWER: "kVA",
    UpdateField.TOTAL_GENERATING_CAPACITY: "kVA",
    UpdateField.AMPERAGE: "A",
}


def field_label(field: UpdateField) -> str:
    return translate("Problems", FIELD_LABELS[field])


def issue_message(issue: Issue) -> str:
    """The sentence shown under the field, naming it: "Effective date: required"."""
    return translate("Problems", "{0}: {1}").format(field_label(issue.field), _issue_text(issue))


def _issue_text(issue: Issue) -> str:
    params = issue.params
    match issue.code:
        case IssueCode.REQUIRED:
            if issue.field is UpdateField.GRD:
                return translate(
                    "Problems", "required; pick the operator whose grid the meter is connected to")
            return translate("Problems", "required")
        case IssueCode.NEGATIVE:
            return translate("Problems", "cannot be negative")
        case IssueCode.TOO_LARGE:
            limit = number_text(params["limit"], _UNITS.get(issue.field, ""), zero_is_empty=False)
            return translate("Problems", "must be at most {0}").format(limit)
        case IssueCode.TOO_LONG:
            if params.get("escaped"):
                return translate(
                    "Problems", "the CRM holds at most {0} characters, and counts each < or > as 4: this "
                    "text takes {1}").format(params["limit"], params["length"])
            return translate(
                "Problems", "at most {0} characters ({1} typed)").format(params["limit"], params["length"])
        case IssueCode.FORBIDDEN_CHARACTER:
            return translate(
                "Problems", "character {0} is an invisible control character ({1}, {2}) the CRM cannot "
                "keep; delete it (it may have come with pasted text)").format(
                params["position"], params["code_point"], params["name"])
        case IssueCode.STORED_DIFFERENTLY:
            if params["stored"] is None:
                return translate(
                    "Problems", "the CRM may remove the HTML comments and the attributes of HTML tags in "
                    "this text; write them without < and > to keep them as typed")
            return translate(
                "Problems", "the CRM will store this text as “{0}” (it removes the attributes of the tags "
                "<b>, <i>, <u> and <div>, and reads &lt; and &gt; as < and >)").format(params["stored"])
        case IssueCode.INVALID_DATE:
            return translate(
                "Problems", "“{0}” is not a calendar date (dd/mm/yyyy)").format(params.get("text", ""))
        case IssueCode.DATE_OUT_OF_RANGE:
            return translate("Problems", "must be between {0} and {1}").format(
                date_text(params["earliest"]), date_text(params["latest"]))
        case IssueCode.BEFORE_LATEST_PERIOD:
            start = date_text(params["period_start"])
            if params.get("period_is_future"):
                return translate(
                    "Problems", "must be on or after {0}, the start of the latest scheduled period"
                ).format(start)
            if params.get("period_end") is None:
                return translate(
                    "Problems", "must be on or after {0}, the start of the current period").format(start)
            return translate(
                "Problems", "must be on or after {0}, the start of the latest period").format(start)
        case IssueCode.OVERWRITES_PERIOD:
            if params.get("period_is_future"):
                return translate(
                    "Problems", "the period already scheduled from {0} ({1}) will be overwritten: its values "
                    "are replaced by this form's, and not kept in the history"
                ).format(date_text(params["period_start"]), period_summary(params["period"]))
            return translate(
                "Problems", "the period starting on {0} ({1}) will be replaced, not kept in the history"
            ).format(date_text(params["period_start"]), enum_text(params.get("period_status")))
        case IssueCode.FOLLOWS_SCHEDULED_PERIOD:
            return translate(
                "Problems", "a period is already scheduled from {0} ({1}): it will end on {2}, and the new "
                "period's changes are counted from its values"
            ).format(date_text(params["period_start"]), period_summary(params["period"]),
                     date_text(params["period_new_end"]))
        case IssueCode.IN_THE_PAST:
            if params["days_ago"] == 1:
                return translate(
                    "Problems", "this changes the meter from {0}, yesterday: past sharing calculations may "
                    "change").format(date_text(params["day"]))
            return translate(
                "Problems", "this changes the meter from {0}, {1} days ago: past sharing calculations may "
                "change").format(date_text(params["day"]), params["days_ago"])
        case IssueCode.SERVER_KEEPS_VALUE:
            kept = enum_text(params["kept"])
            return translate("Problems", "the CRM cannot clear this value; it will keep “{0}”").format(kept)
    return issue.code.value


def period_summary(period: Period) -> str:
    """"Active, Exclusive night, Residential, DSO ORES, holder Dupont": what a period holds, in short."""
    parts = [enum_text(period.status), enum_text(period.rate), enum_text(period.client_type)]
    if period.grd.strip():
        parts.append(translate("Problems", "DSO {0}").format(dso_text(period.grd)))
    if period.member is not None:
        parts.append(translate("Problems", "holder {0}").format(period.member.name))
    return ", ".join(parts)
