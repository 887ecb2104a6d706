"""Brings the translations up to date with the code, then compiles them into the app's resources.

    .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` reads every Python module under ``src/optimce_desktop`` (not ``gui/forms/``, which
   is generated from ``ui/``) and every ``.ui`` file under ``ui/``, and merges what it finds into
   ``resources/translations/optimce_<lang>.ts``: existing translations are kept, new texts arrive
   unfinished, texts no longer in the code are kept but marked vanished (obsolete) and no longer compiled.
   English, the source language, gets a plurals-only file (``-pluralonly``): ``optimce_en.ts`` holds just the
   ``%n`` texts, whose English singular and plural ("1 pending change", "2 pending changes") replace the
   source's "(s)"; every other text is shown as written in the code.
2. ``pyside6-lrelease`` compiles each ``.ts`` file into its ``.qm`` file.
3. ``pyside6-rcc --format-version 1`` regenerates ``src/optimce_desktop/gui/forms/resources_rc.py``,
   which embeds the ``.qm`` files (see ``resources/resources.qrc``).

Translate the new texts with ``pyside6-linguist resources/translations/optimce_fr.ts`` (or any editor),
mark them finished, and run this script again.

Contexts must be string literals (lupdate cannot read a variable): ``QT_TRANSLATE_NOOP("enums", "Active")``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "optimce_desktop"
FORMS = PACKAGE / "gui" / "forms"
UI_FOLDER = REPO / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
QRC = REPO / "resources" / "resources.qrc"
RESOURCES_MODULE = FORMS / "resources_rc.py"
LANGUAGES = ("en", "fr", "nl", "de")
SOURCE_LANGUAGE = "en"  # only its plural forms are translated


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"optimce_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"optimce_{language}.qm"


def tool(name: str) -> str:
    """A PySide6 tool of this interpreter's environment (the project's venv), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project (pip install -e .) in this environment")
    return found


def source_files() -> list[Path]:
    python = [p for p in sorted(PACKAGE.rglob("*.py")) if FORMS not in p.parents]
    return python + sorted(UI_FOLDER.rglob("*.ui"))


def update_sources(languages: list[str]) -> None:
    files = [str(p.relative_to(REPO)) for p in source_files()]
    translated = [language for language in languages if language != SOURCE_LANGUAGE]
    groups = [([], translated), (["-pluralonly"], [SOURCE_LANGUAGE] if SOURCE_LANGUAGE in languages else [])]
    for options, group in groups:
        if group:
            run([tool("pyside6-lupdate"), "-locations", "relative", "-source-language", SOURCE_LANGUAGE,
                 *options, *files, "-ts", *(str(ts_file(language).relative_to(REPO)) for language in group)])


def release(languages: list[str], *, strict: bool) -> None:
    for language in languages:
        checks = ["-nounfinished", *(["-fail-on-unfinished"] if strict else [])]
        run([tool("pyside6-lrelease"), *checks, str(ts_file(language).relative_to(REPO)),
             "-qm", str(qm_file(language).relative_to(REPO))])


def embed() -> None:
    # Format version 1 leaves out the files' modification times, which differ in every clone.
    run([tool("pyside6-rcc"), "--format-version", "1", str(QRC.relative_to(REPO)),
         "-o", str(RESOURCES_MODULE.relative_to(REPO))])


def run(command: list[str]) -> None:
    shown = [Path(command[0]).name, *command[1:]]
    if len(shown) > 12:  # lupdate's list of sources
        shown = [*shown[:5], f"... ({len(shown) - 9} more) ...", *shown[-4:]]
    print("$", " ".join(shown), flush=True)
    subprocess.run(command, check=True, cwd=REPO)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile-only", action="store_true",
                        help="skip lupdate: only compile the .ts files and regenerate resources_rc.py")
    parser.add_argument("--strict", action="store_true",
                        help="fail when a .ts file still has unfinished translations")
    parser.add_argument("languages", nargs="*", metavar="LANG",
                        help=f"the languages to process (default: all of {', '.join(LANGUAGES)})")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language(s) {', '.join(unknown)}: choose among {', '.join(LANGUAGES)}")
    languages = args.languages or list(LANGUAGES)
    if not args.compile_only:
        update_sources(languages)
    release(languages, strict=args.strict)
    embed()
    unfinished = {lang: ts_file(lang).read_text(encoding="utf-8").count('type="unfinished"')
                  for lang in languages}
    for language, count in unfinished.items():
        if count:
            print(f"{ts_file(language).relative_to(REPO)}: {count} unfinished translation(s) to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
