"""What the CRM does to the text it is sent, so that the operator sees what they typed and learns before
sending about what the CRM would change or refuse.

The CRM passes every string of a request body through an HTML filter: ``<`` and ``>`` are stored as
``&lt;`` and ``&gt;``, except in the tags ``b``, ``i``, ``u`` and ``div``, which it keeps without their
attributes; ``&``, quotes and entities pass unchanged. Its columns hold 255 characters, counted after that
escaping, and it refuses a request body over 100 kB. Reads return the stored text, so the client turns
``&lt;`` and ``&gt;`` back into ``<`` and ``>`` (``read_back``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

COLUMN_LIMIT = 255
"""Characters in the CRM's text columns (meter number, address parts, DSO, EAN), after escaping."""
BODY_LIMIT_BYTES = 102_400
"""The CRM's request body limit (100 kB); a larger body is refused with a bare 500."""

_KEPT_TAGS = frozenset({"b", "i", "u", "div"})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>")
# The CRM's filter is the ``xss`` package with its default options, whose allow-list is wider than the four
# tags recorded as kept; it also drops HTML comments. Text with such markup may not come back as typed.
_POSSIBLY_KEPT_TAGS = frozenset("""
    a abbr address area article aside audio b bdi bdo big blockquote br caption center cite code col colgroup
    dd del details div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins li mark
    nav ol p pre s section small span sub summary sup strong strike table tbody td tfoot th thead tr tt u ul
    video""".split())
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def stored_form(text: str) -> str:
    """``text`` as the CRM stores it (and later returns it)."""
    if "<" not in text and ">" not in text:
        return text
    parts: list[str] = []
    position = 0
    for tag in _TAG.finditer(text):
        parts.append(_escape(text[position:tag.start()]))
        closing, name, _attributes = tag.groups()
        if name.lower() in _KEPT_TAGS:
            parts.append(f"<{closing}{name}>")
        else:
            parts.append(_escape(tag.group()))
        position = tag.end()
    parts.append(_escape(text[position:]))
    return "".join(parts)


def read_back(stored: str) -> str:
    """Stored text as the operator typed it: the CRM's ``&lt;`` and ``&gt;`` become ``<`` and ``>``."""
    if "&" not in stored:
        return stored
    return stored.replace("&lt;", "<").replace("&gt;", ">")


def round_trip(text: str) -> str:
    """What the operator will read after sending ``text`` and reading it back."""
    return read_back(stored_form(text))


def may_come_back_changed(text: str) -> bool:
    """True when ``text`` holds markup the CRM may rewrite although the recordings never showed it: an HTML
    comment, or attributes on a tag of the filter's wider allow-list."""
    if "<" not in text:
        return False
    if _COMMENT.search(text):
        return True
    return any(tag.group(2).lower() in _POSSIBLY_KEPT_TAGS and tag.group(3).strip()
               for tag in _TAG.finditer(text))


def stored_length(text: str) -> int:
    return len(stored_form(text))


def body_size(body: Mapping[str, Any]) -> int:
    """The bytes of ``body`` as the client sends it (compact UTF-8 JSON)."""
    return len(json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8"))


@dataclass(frozen=True)
class ForbiddenCharacter:
    """An invisible character the form refuses: a control character or a bidirectional override."""

    position: int
    """1-based, as a person counts."""
    code_point: str
    """``U+202E``."""
    name: str


def forbidden_character(text: str, *, multiline: bool) -> ForbiddenCharacter | None:
    """The first character of ``text`` that cannot be stored as typed, if any. Line breaks are allowed in
    a multi-line field only; bidirectional overrides and isolates could make a text read other than it is
    stored."""
    for index, char in enumerate(text):
        if char == "\n" and multiline:
            continue
        if char in _BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
            return ForbiddenCharacter(index + 1, f"U+{ord(char):04X}", name.lower())
    return None


_CONTROL_NAMES = {"\n": "line feed", "\r": "carriage return", "\t": "tab", "\x00": "null"}


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")
