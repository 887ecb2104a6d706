"""The meter details the window last received, kept in memory: selecting one of these meters again shows
its detail at once, while the service reads it again (its saved detail, then the CRM's, from a worker)."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail

RECENT_DETAILS = 300


class RecentDetails:
    def __init__(self, size: int = RECENT_DETAILS) -> None:
        self._size = size
        self._details: OrderedDict[str, MeterDetail] = OrderedDict()

    def remember(self, detail: MeterDetail) -> None:
        self._details[detail.EAN] = detail
        self._details.move_to_end(detail.EAN)
        while len(self._details) > self._size:
            self._details.popitem(last=False)

    def get(self, ean: str) -> MeterDetail | None:
        return self._details.get(ean)

    def clear(self) -> None:
        self._details.clear()
