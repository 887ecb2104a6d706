"""The CRM's HTTP client and its typed errors (no Qt)."""

from optimce_desktop.crm.client import CrmClient, MeterFilters
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
