"""A meter's status as the operator must read it, where the CRM's own word misleads.

The CRM lists a meter whose first period starts after today as INACTIVE, without dates (exchanges M4-M6): it
is not inactive, it is not active *yet*. Its row therefore shows the period it starts with and that
period's start date (``listed_period``), and reads "Not active yet" until that day (``is_not_active_yet``),
then, without a new read, what that period says.

A meter with a period in effect may have a change of status planned after it, such as a scheduled
deactivation (exchanges Q5-Q6): ``planned_change`` tells it, since the current status says nothing of it.

No Qt and no pydantic at import time: the list's rows use this before the domain models are loaded.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import TYPE_CHECKING

from optimce_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail, Period

NOT_ACTIVE_YET_LABEL = QT_TRANSLATE_NOOP("enums", "Not active yet")
"""English source text of the status of a meter whose first period starts after today."""
NOT_ACTIVE_YET = 0
"""The status the list shows for a meter not active yet, beside the CRM's statuses (none of which is 0)."""


def listed_period(detail: MeterDetail) -> Period | None:
    """The period a meter's row shows: the one in effect today, else the first scheduled one (a meter not
    active yet); None when there is neither (its last period has ended)."""
    return detail.meter_data if detail.meter_data is not None else first_scheduled(detail)


def is_not_active_yet(since: dt.date | None, today: dt.date) -> bool:
    """A row whose period starts after today: the meter has no period in effect yet."""
    return since is not None and since > today


def shown_status(status: int, since: dt.date | None, today: dt.date) -> int:
    """The status a row reads as, which its pill, the status filter and the sort go by: ``NOT_ACTIVE_YET``
    for a meter not active yet (whatever status its first period has), else its own."""
    return NOT_ACTIVE_YET if is_not_active_yet(since, today) else int(status)


def first_scheduled(detail: MeterDetail) -> Period | None:
    """The period a meter with no period in effect today starts with (None when it has one in effect, or
    none scheduled)."""
    if detail.meter_data is not None:
        return None
    return min(detail.futur_meter_data, key=attrgetter("start_date"), default=None)


def planned_change(detail: MeterDetail) -> Period | None:
    """The first scheduled period that changes the status of the period in effect (a scheduled deactivation,
    say); None when nothing is in effect or no scheduled period changes its status."""
    current = detail.meter_data
    if current is None:
        return None
    upcoming = sorted(detail.futur_meter_data, key=attrgetter("start_date"))
    return next((period for period in upcoming if period.status != current.status), None)
