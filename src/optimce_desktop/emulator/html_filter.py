"""The real server's HTML filter on request bodies (the ``xss`` package, applied by its Express middleware to
every string of a POST, PUT or PATCH body, at any depth, before validation).

Text outside tags keeps ``&``, quotes and entities as they are; ``<`` and ``>`` are escaped. A tag is kept
only when its name is allowed, and then without any attribute. The scan is the package's: a tag runs from
``<`` to the next ``>`` (or the end of the text), a quote opened right after ``=`` hides ``>`` until it
closes, and a second ``<`` restarts the tag there.
"""

from __future__ import annotations

import re
from typing import Any

ALLOWED_TAGS = frozenset({"b", "i", "u", "div"})

_SPACE = re.compile(r"\s")


def filter_body(value: Any) -> Any:
    """``value`` (a parsed JSON body) with every string filtered, whatever its depth."""
    if isinstance(value, str):
        return filter_text(value)
    if isinstance(value, dict):
        return {key: filter_body(item) for key, item in value.items()}
    if isinstance(value, list):
        return [filter_body(item) for item in value]
    return value


def filter_text(text: str) -> str:
    if "<" not in text and ">" not in text:
        return text  # nearly every value: nothing to do
    out: list[str] = []
    last = 0  # start of the text not yet written out
    tag_start: int | None = None
    quote: str | None = None
    end = len(text) - 1
    for pos, char in enumerate(text):
        if tag_start is None:
            if char == "<":
                tag_start = pos
            continue
        if quote is not None:
            if char == quote:
                quote = None
            continue
        if char == "<":
            out.append(_escape(text[last:pos]))
            tag_start = last = pos
            continue
        if char == ">" or pos == end:
            out.append(_escape(text[last:tag_start]))
            out.append(_tag(text[tag_start : pos + 1]))
            last = pos + 1
            tag_start = None
            continue
        if char in "\"'" and _follows_equals(text, pos):
            quote = char
    if last < len(text):
        out.append(_escape(text[last:]))
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _follows_equals(text: str, pos: int) -> bool:
    """Whether the quote at ``pos`` opens an attribute value: ``=`` before it, spaces allowed between."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos >= 0 and text[pos] == "="


def _tag(html: str) -> str:
    name = _tag_name(html)
    if name not in ALLOWED_TAGS:
        return _escape(html)
    if html.startswith("</"):
        return f"</{name}>"
    return f"<{name} />" if _self_closing(html) else f"<{name}>"


def _tag_name(html: str) -> str:
    space = _SPACE.search(html)
    name = html[1:-1] if space is None else html[1 : space.start() + 1]
    name = name.strip().lower()
    if name.startswith("/"):
        name = name[1:]
    if name.endswith("/"):
        name = name[:-1]
    return name


def _self_closing(html: str) -> bool:
    space = _SPACE.search(html)
    if space is None:
        return html[-2:-1] == "/"
    return html[space.start() + 1 : -1].strip().endswith("/")
