"""Reading a batch of meter details on a worker, as the list's holder prefetch and "Refresh all" both do."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from optimce_desktop.services.connection import is_offline_error
from optimce_desktop.services.tasks import TaskContext

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient
    from optimce_desktop.domain.models import MeterDetail


def read_details(client: CrmClient, community_id: str, eans: Iterable[str], context: TaskContext,
                 read: list[MeterDetail], *, unreadable: Callable[[str, Exception], None],
                 before_each: Callable[[], None] = lambda: None, outage_after: int = 1) -> None:
    """Reads each meter's detail in turn, for the community the meters are listed in, appends it to
    ``read`` and reports it (``context.report``). A meter the CRM cannot give (gone, refused) goes to
    ``unreadable`` and the batch goes on; an unreachable CRM ends the batch, raised, with what was read so
    far in ``read``; with ``outage_after`` > 1, only that many meters in a row that cannot be reached do (a
    lone failure, retries spent, is then one unreadable meter). Cancelling stops it before the next
    request."""
    failures_in_a_row = 0
    for ean in eans:
        before_each()
        context.raise_if_cancelled()
        try:
            detail = client.meter_detail(ean, community_id=community_id)
        except Exception as error:
            if is_offline_error(error):
                failures_in_a_row += 1
                if failures_in_a_row >= outage_after:
                    raise
            unreadable(ean, error)
            continue
        failures_in_a_row = 0
        read.append(detail)
        context.report(detail)
