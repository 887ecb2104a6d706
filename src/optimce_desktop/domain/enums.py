"""The contract's integer enums, with human labels.

A value the server sends that this code does not know is kept as a pseudo-member named ``UNKNOWN_<n>``
(label "Unknown (n)") instead of failing: a newer server must never crash the client.
"""

from __future__ import annotations

from enum import IntEnum

from optimce_desktop.domain.i18n import QT_TRANSLATE_NOOP


class WireEnum(IntEnum):
    """An IntEnum that tolerates unknown integers and carries an English label per member."""

    @classmethod
    def _missing_(cls, value: object) -> WireEnum | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        pseudo = int.__new__(cls, value)
        pseudo._name_ = f"UNKNOWN_{value}"
        pseudo._value_ = value
        return pseudo

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    @property
    def label(self) -> str:
        """English source text of the label; the GUI translates it in the ``enums`` context."""
        if not self.is_known:
            return f"Unknown ({int(self)})"
        return _LABELS[type(self).__name__][self._name_]

    @classmethod
    def known(cls) -> list[WireEnum]:
        return list(cls.__members__.values())


class MeterStatus(WireEnum):
    ACTIVE = 1
    INACTIVE = 2
    WAITING_GRD = 3
    WAITING_MANAGER = 4


class Rate(WireEnum):
    SIMPLE = 1
    BI_HORAIRE = 2
    EXCLUSIF_NUIT = 3


class ClientType(WireEnum):
    RESIDENTIAL = 1
    PROFESSIONAL = 2
    INDUSTRIAL = 3


class InjectionStatus(WireEnum):
    AUTOPRODUCER_PROPERTY = 1
    AUTOPRODUCER_RIGHT_OF_USE = 2
    INJECTION_PROPERTY = 3
    INJECTION_RIGHT_OF_USE = 4


class ProductionChain(WireEnum):
    PHOTOVOLTAIC = 1
    WIND = 2
    HYDRO = 3
    SOLID_BIOMASS = 4
    BIOGAS = 5
    FOSSIL_COGENERATION = 6
    OTHER = 7


class TariffGroup(WireEnum):
    LOW_VOLTAGE = 1
    HIGH_VOLTAGE = 2


class ReadingFrequency(WireEnum):
    MONTHLY = 1
    YEARLY = 2


class MemberType(WireEnum):
    INDIVIDUAL = 1
    COMPANY = 2


class MemberStatus(WireEnum):
    ACTIVE = 1
    INACTIVE = 2
    PENDING = 3


_LABELS: dict[str, dict[str, str]] = {
    "MeterStatus": {
        "ACTIVE": QT_TRANSLATE_NOOP("enums", "Active"),
        "INACTIVE": QT_TRANSLATE_NOOP("enums", "Inactive"),
        "WAITING_GRD": QT_TRANSLATE_NOOP("enums", "Pending DSO approval"),
        "WAITING_MANAGER": QT_TRANSLATE_NOOP("enums", "Pending manager approval"),
    },
    "Rate": {
        "SIMPLE": QT_TRANSLATE_NOOP("enums", "Single-rate"),
        "BI_HORAIRE": QT_TRANSLATE_NOOP("enums", "Bi-hourly"),
        "EXCLUSIF_NUIT": QT_TRANSLATE_NOOP("enums", "Exclusive night"),
    },
    "ClientType": {
        "RESIDENTIAL": QT_TRANSLATE_NOOP("enums", "Residential"),
        "PROFESSIONAL": QT_TRANSLATE_NOOP("enums", "Professional"),
        "INDUSTRIAL": QT_TRANSLATE_NOOP("enums", "Industrial"),
    },
    "InjectionStatus": {
        "AUTOPRODUCER_PROPERTY": QT_TRANSLATE_NOOP("enums", "Self-producer, owner"),
        "AUTOPRODUCER_RIGHT_OF_USE": QT_TRANSLATE_NOOP("enums", "Self-producer, right of use"),
        "INJECTION_PROPERTY": QT_TRANSLATE_NOOP("enums", "Pure injection, owner"),
        "INJECTION_RIGHT_OF_USE": QT_TRANSLATE_NOOP("enums", "Pure injection, right of use"),
    },
    "ProductionChain": {
        "PHOTOVOLTAIC": QT_TRANSLATE_NOOP("enums", "Photovoltaic"),
        "WIND": QT_TRANSLATE_NOOP("enums", "Wind"),
        "HYDRO": QT_TRANSLATE_NOOP("enums", "Hydro"),
        "SOLID_BIOMASS": QT_TRANSLATE_NOOP("enums", "Solid biomass"),
        "BIOGAS": QT_TRANSLATE_NOOP("enums", "Biogas"),
        "FOSSIL_COGENERATION": QT_TRANSLATE_NOOP("enums", "Fossil cogeneration"),
        "OTHER": QT_TRANSLATE_NOOP("enums", "Other"),
    },
    "TariffGroup": {
        "LOW_VOLTAGE": QT_TRANSLATE_NOOP("enums", "Low voltage"),
        "HIGH_VOLTAGE": QT_TRANSLATE_NOOP("enums", "High voltage"),
    },
    "ReadingFrequency": {
        "MONTHLY": QT_TRANSLATE_NOOP("enums", "Monthly"),
        "YEARLY": QT_TRANSLATE_NOOP("enums", "Yearly"),
    },
    "MemberType": {
        "INDIVIDUAL": QT_TRANSLATE_NOOP("enums", "Individual"),
        "COMPANY": QT_TRANSLATE_NOOP("enums", "Company"),
    },
    "MemberStatus": {
        "ACTIVE": QT_TRANSLATE_NOOP("enums", "Active"),
        "INACTIVE": QT_TRANSLATE_NOOP("enums", "Inactive"),
        "PENDING": QT_TRANSLATE_NOOP("enums", "Pending"),
    },
}

