"""How typed text is matched: without accents nor case, as a Belgian operator expects."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=16_384)  # names and addresses repeat; searches fold them again on every keystroke
def fold(text: str) -> str:
    """``text`` without accents nor case: "Liège" and "LIEGE" both become "liege"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
