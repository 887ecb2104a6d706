"""A local stand-in for the OptimCE API gateway and CRM: a real HTTP server for the demo and the tests.

It speaks the contract of ``crm-api.md`` (routes, envelope, error codes, wire quirks) but not the real
server's security defects: every meter route is scoped to the active community. Imports the domain only.
"""

from optimce_desktop.emulator.faults import Fault, FaultSwitch
from optimce_desktop.emulator.runner import CommunityInfo, EmulatorServer, default_db_path
from optimce_desktop.emulator.seed import (
    CONDROZ_AUTH_ID,
    DEMO_ADMIN,
    DEMO_MANAGER,
    FUTURE_EAN,
    GUIDE_EAN,
    HESBAYE_AUTH_ID,
    INACTIVE_EAN,
    MEMBER_ONLY,
    OTHER_COMMUNITY_EAN,
    SCHEDULED_ONLY_EAN,
    TOURNESOLS_AUTH_ID,
    WAITING_EAN,
    demo_spec,
    is_belgian_ean,
)
from optimce_desktop.emulator.seed_loader import seed_from_spec
from optimce_desktop.emulator.spec import (
    AddressSpec,
    CommunitySpec,
    MemberSpec,
    MeterSpec,
    PeriodSpec,
    SeedSpec,
    SharingOperationSpec,
)
from optimce_desktop.emulator.store import PeriodRow, Store

__all__ = [
    "CONDROZ_AUTH_ID",
    "DEMO_ADMIN",
    "DEMO_MANAGER",
    "FUTURE_EAN",
    "GUIDE_EAN",
    "HESBAYE_AUTH_ID",
    "INACTIVE_EAN",
    "MEMBER_ONLY",
    "OTHER_COMMUNITY_EAN",
    "SCHEDULED_ONLY_EAN",
    "TOURNESOLS_AUTH_ID",
    "WAITING_EAN",
    "AddressSpec",
    "CommunityInfo",
    "CommunitySpec",
    "EmulatorServer",
    "Fault",
    "FaultSwitch",
    "MemberSpec",
    "MeterSpec",
    "PeriodRow",
    "PeriodSpec",
    "SeedSpec",
    "SharingOperationSpec",
    "Store",
    "default_db_path",
    "demo_spec",
    "is_belgian_ean",
    "seed_from_spec",
]
