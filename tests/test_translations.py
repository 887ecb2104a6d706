"""The French, Dutch and German translations: complete, faithful to their sources' placeholders, compiled
into the resources, and used by the app once ``install_translations`` has run; and English's plural forms
(a plurals-only translation of the source language)."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFile, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from optimce_desktop.app import install_translations
from optimce_desktop.domain import dso, enums
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.update import Issue, IssueCode, UpdateField
from optimce_desktop.emulator import GUIDE_EAN
from optimce_desktop.gui.meter_detail import DetailPane
from optimce_desktop.gui.meter_rows import Column
from optimce_desktop.services.problems import issue_message
from optimce_desktop.services.texts import enum_text
from tests.support.screenshots import save_screenshot

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "nl", "de")
COMPILED = ("en", *LANGUAGES)  # English: its plural forms only
NBSP = "\u00a0"

# A few key texts in each language.
EXPECTED = {
    "fr": {
        "update_button": "Mettre à jour",  # the detail pane's button: short enough for 1366x768
        "active": "Actif",
        "required_date": f"Date d'effet{NBSP}: obligatoire",
        "shown_1": "1 compteur affiché sur 305",
        "shown_2": "2 compteurs affichés sur 305",
        "cancel": "Annuler",
    },
    "nl": {
        "update_button": "Gegevens bijwerken",
        "active": "Actief",
        "required_date": "Ingangsdatum: verplicht",
        "shown_1": "1 van 305 meters getoond",
        "shown_2": "2 van 305 meters getoond",
        "cancel": "Annuleren",
    },
    "de": {
        "update_button": "Daten ändern",
        "active": "Aktiv",
        "required_date": "Gültig ab: erforderlich",
        "shown_1": "1 von 305 Zählern angezeigt",
        "shown_2": "2 von 305 Zählern angezeigt",
        "cancel": "Abbrechen",
    },
}

PLACEHOLDER = re.compile(r"\{\d+\}|%n|%L?\d+|</?[A-Za-z][^>]*>")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


@contextmanager
def translated(app, language: str) -> Iterator[None]:
    """The app's translators for ``language`` while in the block; English again afterwards."""
    installed = install_translations(app, language)
    assert len(installed) == 2  # the app's and Qt's own
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    with translated(qapp, request.param):
        yield request.param


@pytest.fixture
def french(qapp) -> Iterator[None]:
    with translated(qapp, "fr"):
        yield


@pytest.fixture
def german(qapp) -> Iterator[None]:
    with translated(qapp, "de"):
        yield


# -- the .ts files -----------------------------------------------------------------------------------------

def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"optimce_{language}.ts").getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") not in ("vanished", "obsolete")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_and_finished(lang):
    messages = _messages(lang)
    assert len(messages) > 250
    unfinished = [(context, message.findtext("source")) for context, message in messages
                  if message.find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in _translations(message))]
    assert not unfinished, f"translate and mark finished in optimce_{lang}.ts: {unfinished}"


def test_every_text_of_the_code_is_in_the_translation_files(tmp_path):
    """A text added to the code without running tools/update_translations.py would show in English."""
    from tools.update_translations import source_files

    fresh = tmp_path / "fresh_fr.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-source-language", "en",
                    *(str(path) for path in source_files()), "-ts", str(fresh)], check=True, timeout=120)
    contexts = ET.parse(fresh).getroot().iter("context")
    in_code = {(context.findtext("name"), message.findtext("source"))
               for context in contexts for message in context.iter("message")}
    for lang in LANGUAGES:
        listed = {(context, message.findtext("source")) for context, message in _messages(lang)}
        assert not in_code - listed, f"run tools/update_translations.py, then translate ({lang})"


def _texts_written_in_the_code() -> set[tuple[str, str]]:
    """(context, text) of every ``self.tr("...")`` (its class is the context; ``Class.tr``: that class),
    ``translate("context", "...")`` and ``QT_TRANSLATE_NOOP("context", "...")`` written in the code, wherever
    it is written: Qt's lupdate does not see those inside an f-string's braces."""
    import ast

    from tools.update_translations import source_files

    found: set[tuple[str, str]] = set()

    def text_of(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "tr" and (text := text_of(node.args[0])) is not None:
                owner = getattr(node.func, "value", None)  # ``LocalData.tr(...)``: that class's context
                named = owner.id if isinstance(owner, ast.Name) and owner.id not in ("self", "cls") else None
                found.add((named or context, text))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                where, text = text_of(node.args[0]), text_of(node.args[1])
                if where is not None and text is not None:
                    found.add((where, text))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    for path in source_files():
        if path.suffix == ".py":
            visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_texts_that_lupdate_does_not_see_are_in_the_translation_files_too():
    written = _texts_written_in_the_code()
    assert ("AboutDialog", "source code") in written  # one of those lupdate missed: inside an f-string
    for lang in LANGUAGES:
        listed = {(context, message.findtext("source")) for context, message in _messages(lang)}
        assert not written - listed, f"not in optimce_{lang}.ts: add it outside an f-string, then run " \
                                     f"tools/update_translations.py and translate it"


@pytest.mark.parametrize("lang", COMPILED)
def test_translations_keep_their_sources_placeholders_and_accelerators(lang):
    wrong = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        forms = _translations(message)
        if message.get("numerus") == "yes" and len(forms) != 2:  # French, Dutch, German: singular, plural
            wrong.append((context, source, "plural forms", forms))
        for text in forms:
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                wrong.append((context, source, "placeholders", text))
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                wrong.append((context, source, "accelerator", text))
    assert not wrong


# French puts a non-breaking space before : ; ? ! and inside « »; a file dialog's ";;", an address's "://"
# and an HTML entity's ";" are no punctuation.
NOT_PUNCTUATION = re.compile(r"</?[A-Za-z][^>]*>|&[A-Za-z]+;|&#x?[0-9A-Fa-f]+;|;;|://")
TIGHT_PUNCTUATION = re.compile(r"(?<![\u00a0\u202f])[:;?!]")
FRENCH_SPACE = "\u00a0\u202f"


def test_french_translations_space_their_punctuation_and_use_french_quotes():
    """Every finished French text: a non-breaking space before : ; ? ! (so the sign never starts a line),
    « » with their spaces, never “ ” nor "."""
    wrong = []
    for context, message in _messages("fr"):
        if message.find("translation").get("type") == "unfinished":
            continue
        for text in _translations(message):
            shown = NOT_PUNCTUATION.sub(" ", text)
            if TIGHT_PUNCTUATION.search(shown):
                wrong.append((context, text, "no non-breaking space before : ; ? !"))
            if any(quote in shown for quote in "“”\""):
                wrong.append((context, text, "“ ” or \" instead of « »"))
            if re.search(f"«(?![{FRENCH_SPACE}])|(?<![{FRENCH_SPACE}])»", shown):
                wrong.append((context, text, "no non-breaking space inside « »"))
    assert not wrong


# What a date field says of its text; with every problem of a number field, it follows "Field label: ".
DATE_PROBLEMS = ("Choose a day between {0} and {1}", "Type the year with 4 digits, e.g. 20/01/2027",
                 "Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_a_date_or_number_problem_goes_on_in_lowercase_after_the_fields_label(lang):
    """"Date d'effet : ce n'est pas une date…", not "Date d'effet : Ce n'est pas…" (French and Dutch go on
    in lowercase after a colon)."""
    problems = [_translations(message)[0] for context, message in _messages(lang)
                if context == "OptionalNumberInput"
                or (context == "OptionalDateEdit" and message.findtext("source") in DATE_PROBLEMS)]
    assert len(problems) == 9 + len(DATE_PROBLEMS)
    assert not [text for text in problems if text[:1].isupper()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_accelerators_do_not_clash(lang):
    """In the menu bar, and within each menu, no two entries share an accelerator letter."""
    translated = {message.findtext("source"): _translations(message)[0]
                  for context, message in _messages(lang) if context == "MainWindow"}
    ui = ET.parse(REPO / "ui" / "main_window.ui").getroot()
    actions = {action.get("name"): action.findtext("property[@name='text']/string")
               for action in ui.iter("action")}
    menu_bar = ui.find(".//widget[@class='QMenuBar']")
    menus = menu_bar.findall("widget[@class='QMenu']")
    groups = [[menu.findtext("property[@name='title']/string") for menu in menus]]
    for menu in menus:  # separators are no actions
        groups.append([actions[item.get("name")] for item in menu.findall("addaction")
                       if item.get("name") in actions])
    for sources in groups:
        letters = [_accelerator(translated[source]) for source in sources]
        assert None not in letters, f"{lang}: an entry of {sources} lost its accelerator"
        assert len(set(letters)) == len(letters), f"{lang}: {[translated[s] for s in sources]}"


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_the_main_windows_alt_shortcuts_do_not_clash(lang, qapp, request):
    """Alt + a letter opens a menu or goes to a labelled field; two of them on one letter would do
    neither. Checked on the window as it is built, its detail pane and consumption tab included."""
    with translated(qapp, lang) if lang != "en" else contextlib.nullcontext():
        window = request.getfixturevalue("main_window")
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
        letters = [_accelerator(text) for text in texts if _accelerator(text)]
        assert window.detail_pane.consumption_view is not None and len(letters) >= 5
        assert len(set(letters)) == len(letters), f"{lang}: {texts}"


def _accelerator(text: str) -> str | None:
    found = ACCELERATOR.search(text)
    return text[found.end()].casefold() if found else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_enum_label_and_dso_region_is_in_the_translations(lang):
    """Labels marked with a context in a variable (which lupdate cannot read) are listed all the same."""
    sources = {(context, message.findtext("source")) for context, message in _messages(lang)}
    labels = {("enums", label) for group in enums._LABELS.values() for label in group.values()}
    regions = {("dso", operator.region) for operator in dso.CATALOGUE if operator.region}
    assert not (labels | regions) - sources


# -- the compiled files ------------------------------------------------------------------------------------

def test_compiled_translations_are_up_to_date_and_embedded(tmp_path, qapp):
    from optimce_desktop.gui.forms import resources_rc  # noqa: F401 - registers the resources

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in COMPILED:
        fresh = tmp_path / f"optimce_{lang}.qm"
        source = TRANSLATIONS / f"optimce_{lang}.ts"
        # as tools/update_translations.py compiles them
        subprocess.run([str(lrelease), "-silent", "-nounfinished", str(source), "-qm", str(fresh)],
                       check=True, timeout=60)
        committed = TRANSLATIONS / fresh.name
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is older than its .ts file: run tools/update_translations.py")
        embedded = QFile(f":/optimce/translations/{fresh.name}")
        assert embedded.open(QFile.OpenModeFlag.ReadOnly), f"{fresh.name} is missing from resources.qrc"
        try:
            assert bytes(embedded.readAll().data()) == fresh.read_bytes(), (
                "resources_rc.py embeds an older .qm: run tools/update_translations.py")
        finally:
            embedded.close()


# -- the app, translated -----------------------------------------------------------------------------------

def test_installed_translators_translate_key_texts(language, qtbot):
    expected = EXPECTED[language]
    pane = DetailPane()
    qtbot.addWidget(pane)
    assert pane.update_button.text() == expected["update_button"]
    assert QCoreApplication.translate("enums", "Active") == expected["active"]
    assert enum_text(MeterStatus.ACTIVE) == expected["active"]
    assert issue_message(Issue(UpdateField.START_DATE, IssueCode.REQUIRED)) == expected["required_date"]
    for n in (1, 2):
        shown = QCoreApplication.translate("MainWindow", "%n of {0} meter(s) shown", "", n).format(305)
        assert shown == expected[f"shown_{n}"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own translation
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == expected["cancel"]


def test_english_plurals_read_right_and_nothing_else_is_translated(qapp, qtbot):
    """English is the source language: its plurals-only file (lupdate -pluralonly) turns "%n pending
    change(s)" into "1 pending change" and "2 pending changes"; every other text shows as written."""
    messages = _messages("en")
    assert len(messages) >= 10 and all(message.get("numerus") == "yes" for _, message in messages)
    for context, message in messages:
        where = (context, message.findtext("source"))
        assert message.find("translation").get("type") is None, where
        assert not any("(s)" in text for text in _translations(message)), where
    installed = install_translations(qapp, "en")
    assert len(installed) == 1  # the app's plural forms; Qt speaks English without a translator
    try:
        def counted(context: str, text: str) -> list[str]:
            return [QCoreApplication.translate(context, text, "", n) for n in (1, 2)]

        assert counted("MainWindow", "✎ %n pending change(s)") == [
            "✎ 1 pending change", "✎ 2 pending changes"]
        assert [text.format(305) for text in counted("MainWindow", "%n of {0} meter(s) shown")] == [
            "1 of 305 meters shown", "2 of 305 meters shown"]
        assert counted("LocalData", "%n unsent update(s) were recovered") == [
            "1 unsent update was recovered", "2 unsent updates were recovered"]
        assert counted("PendingChangesDialog", "%n problem(s) to correct in the form") == [
            "1 problem to correct in the form", "2 problems to correct in the form"]
        assert QCoreApplication.translate("enums", "Active") == "Active"
        assert issue_message(Issue(UpdateField.START_DATE, IssueCode.REQUIRED)) == "Effective date: required"
        pane = DetailPane()
        qtbot.addWidget(pane)
        assert pane.update_button.text() == "Update data"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_main_window_speaks_french(french, request, qtbot):
    window = request.getfixturevalue("loaded_window")  # built once the French translators are installed
    ui = window.ui
    assert ui.menuBar.actions()[0].text() == "&Fichier"
    assert ui.clearFiltersButton.text() == "Effacer les filtres"
    assert ui.statusFilterCombo.itemText(0) == "Tous"  # beside its label "Statut"
    assert window.table_model.headerData(Column.HOLDER, Qt.Orientation.Horizontal) == "Titulaire"
    assert "compteurs affichés sur" in window.count_label.text()
    assert window.select_meter(GUIDE_EAN)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == GUIDE_EAN, timeout=5000)
    assert pane.update_button.text() == "Mettre à jour"
    assert pane.status_pill.text() == "Actif"
    assert pane.tabs.tabText(0) == "Données actuelles"
    save_screenshot(window, "main-window-fr.png")


def test_update_dialog_speaks_german(german, open_dialog, guide_detail):
    dialog = open_dialog(guide_detail)
    ui = dialog.ui
    assert dialog.windowTitle() == f"Daten ändern — {GUIDE_EAN}"
    assert ui.validateButton.text() == "Best&ätigen" and ui.cancelButton.text() == "Abbrechen"
    assert ui.rateBiHourlyRadio.text() == "Zweizeittarif"
    assert ui.statusCombo.currentText() == "Aktiv"
    assert ui.footerHint.text() == "Zum Bestätigen bitte ausfüllen: Gültig ab."
    save_screenshot(dialog, "update-dialog-de.png")
