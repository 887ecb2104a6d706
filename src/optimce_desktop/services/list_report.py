"""What a list read from the CRM lacks, for the operator: meters that could not be read, pages that could
not be trusted. Every read of the list ends with one (``clean`` when nothing is missing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optimce_desktop.crm.page_walk import PageWalk


@dataclass(frozen=True)
class ListReport:
    community_id: str
    unreadable: int = 0
    """Meters the CRM listed in a form the app cannot read: left out of the list."""
    may_be_incomplete: bool = False
    """The CRM's pages did not end as announced (repeated, or more meters than its total): the walk
    stopped there, and meters on later pages may be missing."""

    @property
    def clean(self) -> bool:
        return not self.unreadable and not self.may_be_incomplete

    @classmethod
    def of(cls, walk: PageWalk[object], community_id: str) -> ListReport:
        return cls(community_id, len(walk.unreadable), walk.stopped is not None)
