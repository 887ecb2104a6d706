"""The real server's text filters: PostgreSQL ``LIKE`` patterns, run here as SQLite ``GLOB`` patterns.

The server puts the query value between ``%`` without escaping it, so ``%`` and ``_`` in the value are
wildcards and ``\\`` escapes the character after it. PostgreSQL's ``LIKE`` is case-sensitive, and so is
``GLOB`` (SQLite's own ``LIKE`` is not). The pattern is translated once per request, and SQLite matches it
without calling back into Python for each row.
"""

from __future__ import annotations

_GLOB_LITERALS = {"*": "[*]", "?": "[?]", "[": "[[]"}


def like_as_glob(pattern: str) -> str:
    """The ``GLOB`` pattern that matches what the ``LIKE`` ``pattern`` matches (escape character ``\\``)."""
    out: list[str] = []
    chars = iter(pattern)
    for char in chars:
        if char == "%":
            out.append("*")
        elif char == "_":
            out.append("?")
        else:
            if char == "\\":
                # PostgreSQL refuses a pattern that ends with the escape character; a wrapped value never
                # does (its last character is the closing "%"), so a lone trailing "\" is taken literally.
                char = next(chars, "\\")
            out.append(_GLOB_LITERALS.get(char, char))
    return "".join(out)
