"""The Belgian distribution system operators (DSO, French "GRD") an operator may pick.

The server keeps the DSO as free text: any other value it sends stays displayable and selectable.
"""

from __future__ import annotations

from dataclasses import dataclass

from optimce_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Dso:
    code: str
    display_name: str
    region: str
    is_transmission: bool = False

    @property
    def is_known(self) -> bool:
        return self.code in _BY_CODE


CATALOGUE: tuple[Dso, ...] = (
    Dso("ORES", "ORES", QT_TRANSLATE_NOOP("dso", "Wallonia")),
    Dso("RESA", "RESA", QT_TRANSLATE_NOOP("dso", "Wallonia (Liège)")),
    Dso("AIEG", "AIEG", QT_TRANSLATE_NOOP("dso", "Wallonia (Namur)")),
    Dso("AIESH", "AIESH", QT_TRANSLATE_NOOP("dso", "Wallonia (Hainaut)")),
    Dso("REW", "REW", QT_TRANSLATE_NOOP("dso", "Wallonia (Wavre)")),
    Dso("Sibelga", "Sibelga", QT_TRANSLATE_NOOP("dso", "Brussels")),
    Dso("Fluvius", "Fluvius", QT_TRANSLATE_NOOP("dso", "Flanders")),
    Dso("ELIA", "Elia", QT_TRANSLATE_NOOP("dso", "Transmission system operator"), is_transmission=True),
)
_BY_CODE = {dso.code.casefold(): dso for dso in CATALOGUE}
_BY_CODE.update({dso.code: dso for dso in CATALOGUE})


def lookup(code: str) -> Dso | None:
    """Finds a catalogue DSO whatever the case the server stored it in ("ores", "Ores")."""
    code = (code or "").strip()
    return _BY_CODE.get(code) or _BY_CODE.get(code.casefold())


def code_named(text: str) -> str:
    """The code of the operator ``text`` names (by its code or its name, any case); else ``text`` as typed."""
    text = text.strip()
    known = lookup(text) or next((d for d in CATALOGUE if d.display_name.casefold() == text.casefold()), None)
    return known.code if known else text


def distribution_operators() -> tuple[Dso, ...]:
    return tuple(dso for dso in CATALOGUE if not dso.is_transmission)


def choices_with(current: str) -> list[Dso]:
    """The distribution operators an operator may pick, plus the current value when they lack it (an
    unknown text, or the transmission operator a meter was once given), so that it is never lost."""
    choices = list(distribution_operators())
    current = (current or "").strip()
    known = lookup(current)
    if known is not None and known.is_transmission:
        choices.append(known)
    elif current and known is None:
        choices.append(Dso(current, current, ""))
    return choices
