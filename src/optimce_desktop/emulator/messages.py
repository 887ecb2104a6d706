"""The emulator's answer texts in the four languages of the real server (fr, en, nl, de).

Clients must switch on ``error_code``, never on these texts; they exist so that a person reading a log or a
demo error sees a sentence in their language.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en", "nl", "de")
DEFAULT_LANGUAGE = "en"

MESSAGES: dict[str, dict[str, str]] = {
    "exception": {
        "en": "An unexpected error occurred",
        "fr": "Une erreur inattendue s'est produite",
        "nl": "Er is een onverwachte fout opgetreden",
        "de": "Ein unerwarteter Fehler ist aufgetreten",
    },
    "unauthorized": {
        "en": "Unauthorized",
        "fr": "Non autorisé",
        "nl": "Niet gemachtigd",
        "de": "Nicht berechtigt",
    },
    "authorization_missing": {
        "en": "Authorization missing",
        "fr": "Autorisation manquante",
        "nl": "Autorisatie ontbreekt",
        "de": "Autorisierung fehlt",
    },
    "unauthenticated": {
        "en": "Unauthenticated",
        "fr": "Non authentifié",
        "nl": "Niet geauthenticeerd",
        "de": "Nicht authentifiziert",
    },
    "validation.string": {
        "en": "The field '{field}' must be a string",
        "fr": "Le champ '{field}' doit être une chaîne de caractères",
        "nl": "Het veld '{field}' moet een tekst zijn",
        "de": "Das Feld '{field}' muss eine Zeichenkette sein",
    },
    "validation.integer": {
        "en": "The field '{field}' must be an integer",
        "fr": "Le champ '{field}' doit être un nombre entier",
        "nl": "Het veld '{field}' moet een geheel getal zijn",
        "de": "Das Feld '{field}' muss eine ganze Zahl sein",
    },
    "validation.boolean": {
        "en": "The field '{field}' must be a boolean",
        "fr": "Le champ '{field}' doit être un booléen",
        "nl": "Het veld '{field}' moet een booleaanse waarde zijn",
        "de": "Das Feld '{field}' muss ein boolescher Wert sein",
    },
    "validation.date": {
        "en": "The field '{field}' must be a valid date",
        "fr": "Le champ '{field}' doit être une date valide",
        "nl": "Het veld '{field}' moet een geldige datum zijn",
        "de": "Das Feld '{field}' muss ein gültiges Datum sein",
    },
    "validation.number": {
        "en": "The field '{field}' must be a number",
        "fr": "Le champ '{field}' doit être un nombre",
        "nl": "Het veld '{field}' moet een getal zijn",
        "de": "Das Feld '{field}' muss eine Zahl sein",
    },
    "validation.empty": {
        "en": "The field '{field}' is empty",
        "fr": "Le champ '{field}' est vide",
        "nl": "Het veld '{field}' is leeg",
        "de": "Das Feld '{field}' ist leer",
    },
    "validation.sort": {
        "en": "The field '{field}' must be ASC or DESC",
        "fr": "Le champ '{field}' doit valoir ASC ou DESC",
        "nl": "Het veld '{field}' moet ASC of DESC zijn",
        "de": "Das Feld '{field}' muss ASC oder DESC sein",
    },
    "validation.min_1": {
        "en": "The field '{field}' must be greater than or equal to 1",
        "fr": "Le champ '{field}' doit être supérieur ou égal à 1",
        "nl": "Het veld '{field}' moet groter dan of gelijk aan 1 zijn",
        "de": "Das Feld '{field}' muss größer oder gleich 1 sein",
    },
    "validation.enum": {
        "en": "The field '{field}' must be of type '{type}'",
        "fr": "Le champ '{field}' doit être de type '{type}'",
        "nl": "Het veld '{field}' moet van het type '{type}' zijn",
        "de": "Das Feld '{field}' muss vom Typ '{type}' sein",
    },
    "meter.not_found": {
        "en": "Meter not found",
        "fr": "Compteur introuvable",
        "nl": "Meter niet gevonden",
        "de": "Zähler nicht gefunden",
    },
    "meter_data.database_update": {
        "en": "An error occurred while updating the meter data in the database",
        "fr": "Une erreur est survenue lors de la mise à jour des données du compteur dans la base",
        "nl": "Er is een fout opgetreden bij het bijwerken van de metergegevens in de database",
        "de": "Beim Aktualisieren der Zählerdaten in der Datenbank ist ein Fehler aufgetreten",
    },
    "meter_data.conflict": {
        "en": "Meter data already exists for this period",
        "fr": "Des données de compteur existent déjà pour cette période",
        "nl": "Er bestaan al metergegevens voor deze periode",
        "de": "Für diesen Zeitraum sind bereits Zählerdaten vorhanden",
    },
    "meter_data.delete_not_found": {
        "en": "The meter data to delete was not found",
        "fr": "Les données de compteur à supprimer sont introuvables",
        "nl": "De te verwijderen metergegevens zijn niet gevonden",
        "de": "Die zu löschenden Zählerdaten wurden nicht gefunden",
    },
    "member.not_found": {
        "en": "Member not found",
        "fr": "Membre introuvable",
        "nl": "Lid niet gevonden",
        "de": "Mitglied nicht gefunden",
    },
}


ANSWERED_AS_KEYS = frozenset(
    {
        "meter.add_meter.already_exist",
        "meter.add_meter.database_add",
        "validation.create_meter.phase_number_min_1",
    }
)
"""Keys the real server has no text for: it answers the key itself, in every language."""


def pick_language(lng: str | None, accept_language: str | None) -> str:
    """``?lng=`` first, then the best supported ``Accept-Language`` entry, else English (like the CRM)."""
    if lng:
        chosen = _primary_tag(lng)
        if chosen in LANGUAGES:
            return chosen
    for tag in _by_preference(accept_language or ""):
        if tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


def render(key: str, language: str, **params: object) -> str:
    if key in ANSWERED_AS_KEYS:
        return key
    texts = MESSAGES[key]
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    return template.format(**params)


def _primary_tag(tag: str) -> str:
    return tag.strip().split("-")[0].split("_")[0].lower()


def _by_preference(header: str) -> list[str]:
    """Primary language tags of an Accept-Language header, highest quality first (stable for ties)."""
    weighted: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        name, _, params = item.partition(";")
        if not name.strip():
            continue
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            weighted.append((-quality, position, _primary_tag(name)))
    return [tag for _, _, tag in sorted(weighted)]
