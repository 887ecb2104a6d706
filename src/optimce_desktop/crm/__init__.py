"""The CRM's HTTP client and its typed errors (no Qt).

``CrmClient`` and ``MeterFilters`` are imported on first use (PEP 562): they bring httpx and the wire models,
which a start from the data saved on this computer does not wait for."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from optimce_desktop.crm.errors import (
    AuthenticationError,
    CommunityAccessError,
    ConflictError,
    ConnectionFailedError,
    ConnectionLostError,
    CrmError,
    ForbiddenError,
    NetworkError,
    NoDataError,
    NotFoundError,
    ProtocolError,
    ResponseTimeoutError,
    ServerError,
    ValidationError,
    WriteFailedError,
    is_offline,
)

if TYPE_CHECKING:
    from optimce_desktop.crm.client import CrmClient, MeterFilters

_LAZY = {"CrmClient": "client", "MeterFilters": "client"}

__all__ = [
    "AuthenticationError",
    "CommunityAccessError",
    "ConflictError",
    "ConnectionFailedError",
    "ConnectionLostError",
    "CrmClient",
    "CrmError",
    "ForbiddenError",
    "MeterFilters",
    "NetworkError",
    "NoDataError",
    "NotFoundError",
    "ProtocolError",
    "ResponseTimeoutError",
    "ServerError",
    "ValidationError",
    "WriteFailedError",
    "is_offline",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
