"""The real database's text column sizes: ``varchar(255)`` for the meter's texts, its address, the DSO and the
EAN of a period; ``text`` (no limit) for a period's description. Lengths are counted in characters, after the
HTML filter (a ``<`` stored as ``&lt;`` takes 4). An overflow fails the write with a generic database
error."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

VARCHAR_LIMIT = 255

METER_COLUMNS = ("EAN", "meter_number")
ADDRESS_COLUMNS = ("street", "postcode", "supplement", "city")
PERIOD_COLUMNS = ("grd",)


def overflows(values: Mapping[str, Any], names: tuple[str, ...]) -> bool:
    """Whether one of the ``names`` texts in ``values`` is longer than its column."""
    return any(isinstance(values.get(name), str) and len(values[name]) > VARCHAR_LIMIT for name in names)
