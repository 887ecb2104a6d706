"""The CRM's HTTP client and its typed errors (no Qt).

``CrmClient`` and ``MeterFilters`` are imported on first use (PEP 562): they bring httpx and the wire models,
which a start from the data saved on this computer does not wait for."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from optimce_desktop.lazy_imports import lazy_attributes

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


__getattr__ = lazy_attributes(__name__, _LAZY)
