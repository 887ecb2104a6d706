"""Error answers of the delete and download routes, as recorded (series R, S, X of the write-route exchanges).

Two of them are not in ``messages``: the period-delete error comes back as the raw key
``delete_meter_data.not_found`` in every language (R28, R29), and the meter-delete and download errors have
texts of their own (X4, X5, S5-S10; the Dutch and German texts were not recorded and are ours).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from optimce_desktop.emulator.errors import ApiError
from optimce_desktop.emulator.messages import DEFAULT_LANGUAGE


@dataclass
class _RawKeyError(ApiError):
    def body(self, language: str) -> dict[str, object]:
        return {"data": self.message_key, "error_code": self.code}


@dataclass
class _TextError(ApiError):
    texts: dict[str, str] = field(default_factory=dict)

    def body(self, language: str) -> dict[str, object]:
        text = self.texts.get(language) or self.texts[DEFAULT_LANGUAGE]
        return {"data": text, "error_code": self.code}


def period_to_delete_not_found() -> ApiError:
    return _RawKeyError(400, 60009, "delete_meter_data.not_found")


def meter_to_delete_not_found() -> ApiError:
    return _TextError(400, 60002, "meter.delete_meter.database_delete", texts={
        "en": "An error occurred while deleting the meter from the database",
        "fr": "Une erreur est survenue lors de la suppression du compteur dans la base de données",
        "nl": "Er is een fout opgetreden bij het verwijderen van de meter uit de database",
        "de": "Beim Löschen des Zählers aus der Datenbank ist ein Fehler aufgetreten",
    })


def no_consumption_data() -> ApiError:
    return _TextError(400, 60003, "consumption.not_found", texts={
        "en": "No consumption data was found",
        "fr": "Aucune consommation n'a été trouvée",
        "nl": "Er zijn geen verbruiksgegevens gevonden",
        "de": "Es wurden keine Verbrauchsdaten gefunden",
    })
