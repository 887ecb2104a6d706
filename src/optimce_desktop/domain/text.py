"""How typed text is matched: without accents nor case, as a Belgian operator expects; and how a one-line
text is meant: without the spaces a slip of the finger adds."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=16_384)  # names and addresses repeat; searches fold them again on every keystroke
def fold(text: str) -> str:
    """``text`` without accents nor case: "Liège" and "LIEGE" both become "liege"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tidy_line(text: str) -> str:
    """A one-line text as the operator means it: no space at either end, and one space wherever several
    (or a tab, a no-break space) were typed: "Rue  Grande " is "Rue Grande". For the texts where a double or
    trailing space can only be a slip (an address, a name, a meter number): the form shows, sends and
    compares this text, so a change of spaces alone is no change."""
    return " ".join(text.split())
