"""What an operator's change to a meter is, whichever of the five it is: an update of its data, a new meter,
a modified meter, a deactivation, a cancelled scheduled change.

Each is sent once and settled by reading the meter again, and kept as a draft while the CRM has not
confirmed it. To do so, each answers two questions about the meter as read (None: the CRM has no such
meter): is it already applied, and is the meter still what the change was made against.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail


class ChangeKind(StrEnum):
    UPDATE = "update"
    ADD = "add"
    MODIFY = "modify"
    DEACTIVATE = "deactivate"
    CANCEL_SCHEDULED = "cancel_scheduled"


class MeterChange(Protocol):
    kind: ClassVar[ChangeKind]

    @property
    def ean(self) -> str: ...

    def is_applied_in(self, detail: MeterDetail | None) -> bool:
        """The meter as read shows this change, and the meter it was made against did not."""
        ...

    def is_unchanged_in(self, detail: MeterDetail | None) -> bool:
        """The meter as read is still the one this change was made against: it may be sent as it is."""
        ...
