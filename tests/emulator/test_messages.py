"""Answer texts in French, English, Dutch and German, chosen by ?lng= or Accept-Language."""

from __future__ import annotations

import string

import httpx
import pytest

from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.emulator.messages import LANGUAGES, MESSAGES, pick_language, render
from tests.emulator.support import update_body

METER_NOT_FOUND = {
    "en": "Meter not found",
    "fr": "Compteur introuvable",
    "nl": "Meter niet gevonden",
    "de": "Zähler nicht gefunden",
}


@pytest.mark.parametrize("language", sorted(METER_NOT_FOUND))
def test_meter_not_found_in_each_language(api: httpx.Client, language: str) -> None:
    by_header = api.get("/meters/000000000000000000", headers={"Accept-Language": language})
    by_query = api.get("/meters/000000000000000000", params={"lng": language})
    for response in (by_header, by_query):
        assert response.status_code == 400
        assert response.json() == {"data": METER_NOT_FOUND[language], "error_code": 60007}


def test_the_query_parameter_wins_over_the_header(api: httpx.Client) -> None:
    response = api.get("/meters/000000000000000000?lng=nl", headers={"Accept-Language": "de"})
    assert response.json()["data"] == "Meter niet gevonden"


def test_validation_messages_name_the_field_in_every_language(api: httpx.Client) -> None:
    body = update_body(GUIDE_EAN, "2030-01-01")
    del body["start_date"]
    texts = {lng: api.patch(f"/meters/data?lng={lng}", json=body).json()["data"] for lng in LANGUAGES}
    assert texts["en"] == "The field 'start_date' is empty"
    assert texts["fr"] == "Le champ 'start_date' est vide"
    assert all("'start_date'" in text for text in texts.values())
    assert len(set(texts.values())) == len(LANGUAGES)


def test_authentication_errors_are_localised_too(anonymous_api: httpx.Client) -> None:
    response = anonymous_api.get("/meters", headers={"Accept-Language": "fr-BE,fr;q=0.9"})
    assert response.json() == {"data": "Non authentifié", "error_code": 6}


@pytest.mark.parametrize(
    ("lng", "header", "expected"),
    [
        (None, None, "en"),
        (None, "de", "de"),
        (None, "nl-BE", "nl"),
        (None, "es, nl;q=0.5, de;q=0.9", "de"),
        (None, "fr;q=0, en;q=0.1", "en"),
        (None, "es-ES", "en"),
        ("fr", "de", "fr"),
        ("xx", "nl", "nl"),
        ("DE", None, "de"),
    ],
)
def test_language_choice(lng: str | None, header: str | None, expected: str) -> None:
    assert pick_language(lng, header) == expected


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    formatter = string.Formatter()
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        fields = {lng: {f for _, f, _, _ in formatter.parse(text) if f} for lng, text in texts.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key
        assert len(set(texts.values())) == len(LANGUAGES), f"{key} is not translated"
    assert render("validation.enum", "de", field="status", type="MeterDataStatus") == (
        "Das Feld 'status' muss vom Typ 'MeterDataStatus' sein"
    )
