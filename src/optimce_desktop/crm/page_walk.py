"""Reading the CRM's paginated lists: each page's items one by one, and a walk that always ends.

A malformed item (a date the contract does not allow, a null status, a number for an EAN) is left out and
recorded, so that it does not cost the page's other items. A walk ends on the last announced page or an
empty one, and also, whatever the server announces, when a page repeats one already read or when more items
than the announced total have arrived: a server that lies about ``total_pages`` cannot keep it going.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import pydantic

from optimce_desktop.crm.envelope import Envelope
from optimce_desktop.crm.errors import ProtocolError
from optimce_desktop.domain.models import Page, Pagination

logger = logging.getLogger(__name__)

T = TypeVar("T")

PARSE_CHUNK = 250
"""Items validated in one call: one call holds the GIL for its whole run (~45 ms for 5,000 meters); short
chunks let the GUI thread paint in between."""
REASONS_LOGGED = 3
KEY_LOGGED = 40

_PAGINATION = pydantic.TypeAdapter(Pagination)


@dataclass(frozen=True)
class UnreadableItem:
    """A list item left out: where it was, what names it (when that much is readable), and why."""

    page: int
    position: int
    """Its index on the page, from 0."""
    key: str | None
    """Its identity as sent (the EAN of a meter, the id of a member), None when missing."""
    reason: str


class WalkStop(enum.Enum):
    """Why a walk ended before the last page the server announced."""

    REPEATED_PAGE = "a page repeated one already read"
    OVER_TOTAL = "more items arrived than the announced total"


class ItemReader(Generic[T]):
    """Validates the items of one kind of list; ``key`` names the field that identifies an item."""

    def __init__(self, model: type[T], key: str) -> None:
        self.key = key
        self._one = pydantic.TypeAdapter(model)
        self._many = pydantic.TypeAdapter(list[model])  # type: ignore[valid-type]

    def page(self, envelope: Envelope, what: str, number: int) -> tuple[Page[T], list[UnreadableItem]]:
        """The page's readable items, and the others. Raises ``ProtocolError`` when the page itself (its
        items list or its pagination) is not what the contract says."""
        raw = envelope.data
        if not isinstance(raw, list):
            detail = f"{what}: the answer does not match the CRM contract: data is not a list"
            raise ProtocolError(http_status=envelope.http_status, detail=detail)
        try:
            pagination = _PAGINATION.validate_python(envelope.pagination)
        except pydantic.ValidationError as exc:
            detail = f"{what}: the answer does not match the CRM contract: pagination: {_first_reason(exc)}"
            raise ProtocolError(http_status=envelope.http_status, detail=detail) from exc
        items: list[T] = []
        unreadable: list[UnreadableItem] = []
        for start in range(0, len(raw), PARSE_CHUNK):
            self._read_chunk(raw, start, number, items, unreadable)
        if unreadable:
            _log_unreadable(what, number, len(raw), unreadable)
        page: Page[T] = Page[Any].model_construct(items=items, pagination=pagination)
        return page, unreadable

    def fingerprint(self, raw: list[Any]) -> tuple[Hashable, ...]:
        """What tells a page's items apart from another page's: their keys, in order."""
        return tuple(_key_of(item, self.key) or repr(item) for item in raw)

    def _read_chunk(self, raw: list[Any], start: int, number: int, items: list[T],
                    unreadable: list[UnreadableItem]) -> None:
        chunk = raw[start:start + PARSE_CHUNK]
        try:
            items.extend(self._many.validate_python(chunk))
            return
        except pydantic.ValidationError:
            pass  # some item is malformed: read them one by one, which is slower
        for position, value in enumerate(chunk, start=start):
            try:
                items.append(self._one.validate_python(value))
            except pydantic.ValidationError as exc:
                key = _key_of(value, self.key)
                unreadable.append(UnreadableItem(number, position, key, _first_reason(exc)))


class PageWalk(Generic[T]):
    """The pages of one list, fetched in order when iterated (once). ``fetch(n)`` asks for page ``n``;
    ``before_request`` runs before each request (e.g. to stop a cancelled task). Once iterated,
    ``unreadable`` holds the items left out and ``stopped`` why the walk ended early (None: it did not)."""

    def __init__(self, fetch: Callable[[int], Envelope], reader: ItemReader[T], what: str,
                 before_request: Callable[[], None] = lambda: None) -> None:
        self._fetch = fetch
        self._reader = reader
        self._what = what
        self._before_request = before_request
        self.unreadable: list[UnreadableItem] = []
        self.stopped: WalkStop | None = None

    def __iter__(self) -> Iterator[Page[T]]:
        seen: set[tuple[Hashable, ...]] = set()
        arrived = announced = 0
        number = 1
        while True:
            self._before_request()
            envelope = self._fetch(number)
            page, unreadable = self._reader.page(envelope, self._what, number)
            if page.items or unreadable:
                fingerprint = self._reader.fingerprint(envelope.data)
                if fingerprint in seen:
                    self._stop(WalkStop.REPEATED_PAGE, number, arrived, page.pagination)
                    return
                seen.add(fingerprint)
            self.unreadable.extend(unreadable)
            arrived += len(envelope.data)
            announced = max(announced, page.pagination.total)
            yield page
            # An empty page also ends the walk, so a total that disagrees with the items cannot loop.
            if number >= page.pagination.total_pages or not envelope.data:
                return
            if arrived > announced:
                self._stop(WalkStop.OVER_TOTAL, number, arrived, page.pagination)
                return
            number += 1

    def _stop(self, why: WalkStop, number: int, arrived: int, pagination: Pagination) -> None:
        self.stopped = why
        logger.warning(
            "%s: walk stopped at page %d, the list may be incomplete: %s (%d item(s) read; the server "
            "announced %d in %d page(s))", self._what, number, why.value, arrived, pagination.total,
            pagination.total_pages)


def _key_of(value: Any, key: str) -> str | None:
    found = value.get(key) if isinstance(value, dict) else None
    return None if found is None else str(found)[:KEY_LOGGED]


def _first_reason(exc: pydantic.ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0] if errors else None
    if first is None:
        return "not valid"
    where = ".".join(str(part) for part in first["loc"]) or "item"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _log_unreadable(what: str, number: int, count: int, unreadable: list[UnreadableItem]) -> None:
    reasons = "; ".join(f"#{item.position} ({item.key or 'no key'}) {item.reason}"
                        for item in unreadable[:REASONS_LOGGED])
    more = f"; and {len(unreadable) - REASONS_LOGGED} more" if len(unreadable) > REASONS_LOGGED else ""
    logger.warning("%s page %d: %d of %d item(s) could not be read and are left out: %s%s",
                   what, number, len(unreadable), count, reasons, more)
