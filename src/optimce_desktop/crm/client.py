"""The CRM's HTTP client: meters, members and communities as domain models, failures as typed errors.

Thread-safe: every request builds its own headers from the current community and language (the token is
added by ``crm.bearer``), and ``httpx.Client`` may be shared between threads. Tokens are never logged.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, Literal, Self, TypedDict, TypeVar, Unpack
from urllib.parse import quote

import httpx
import pydantic

from optimce_desktop.crm.bearer import BearerAuth
from optimce_desktop.crm.envelope import Envelope, decode_envelope
from optimce_desktop.crm.errors import (
    CommunityAccessError,
    CrmError,
    NetworkError,
    ProtocolError,
    ServerError,
)
from optimce_desktop.crm.page_walk import ItemReader, PageWalk
from optimce_desktop.crm.transport import (
    TlsVerification,
    build_http_client,
    checked_base_url,
    error_from_transport,
)
from optimce_desktop.domain.crm_text import stored_form
from optimce_desktop.domain.enums import MemberType, MeterStatus
from optimce_desktop.domain.models import (
    Community,
    ConsumptionSeries,
    Member,
    MemberRef,
    MeterDetail,
    MeterListItem,
    Page,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

LANGUAGES = ("fr", "en", "nl", "de")
DEFAULT_PAGE_SIZE = 100
RETRYABLE_STATUSES = frozenset({502, 503, 504})

_COMMUNITIES = ItemReader(Community, "auth_community_id")
_METERS = ItemReader(MeterListItem, "EAN")
_MEMBERS = ItemReader(MemberRef, "id")
_METER_DETAIL = pydantic.TypeAdapter(MeterDetail)
_MEMBER = pydantic.TypeAdapter(Member)
_CONSUMPTIONS = pydantic.TypeAdapter(ConsumptionSeries)

# Python keyword -> query parameter of GET /meters.
_METER_FILTER_NAMES = {
    "ean": "EAN",
    "meter_number": "meter_number",
    "street": "street",
    "city": "city",
    "supplement": "supplement",
    "postcode": "postcode",
    "status": "status",
    "holder_id": "holder_id",
    "sharing_operation_id": "sharing_operation_id",
    "not_sharing_operation_id": "not_sharing_operation_id",
}


_TEXT_FILTERS = frozenset({"ean", "meter_number", "street", "city", "supplement"})
"""Compared by the CRM with SQL ``LIKE '%value%'`` against the stored (escaped) text. ``address_number`` is
left out: the CRM answers that filter with a 500."""


class MeterFilters(TypedDict, total=False):
    """Filters of ``GET /meters``; text filters are case-sensitive substrings on the server."""

    ean: str | None
    meter_number: str | None
    street: str | None
    city: str | None
    supplement: str | None
    postcode: int | None
    status: MeterStatus | int | None
    holder_id: int | None
    sharing_operation_id: int | None
    not_sharing_operation_id: int | None


class CrmClient:
    """Speaks the CRM's REST contract (see ``crm-api.md``).

    ``token_provider`` is called for every request (so a refreshed token is picked up at once); it may
    return None when nobody is signed in. ``community_id`` is the active community's ``auth_community_id``:
    what a call is for unless it names its own ``community_id`` (an operation started for a community names
    it, so that switching community meanwhile cannot change its header). A list walk keeps the community it
    started with.
    GETs are retried on transient failures (``is_transient``) after each delay of ``get_retry_delays``
    (``()`` for none), unless their caller retries them itself; writes are never retried. Any request whose
    token is refused is sent once more when ``on_unauthorized`` reports a refreshed sign-in (see
    ``crm.bearer``).
    """

    def __init__(
        self,
        base_url: str,
        token_provider: Callable[[], str | None],
        *,
        community_id: str | None = None,
        language: str = "en",
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        get_retry_delays: Sequence[float] = (0.2, 0.6),
        on_unauthorized: Callable[[], bool] | None = None,
        verify: TlsVerification = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if any(delay < 0 for delay in get_retry_delays):
            raise ValueError(f"Retry delays must not be negative: {get_retry_delays}")
        self._get_retry_delays = tuple(get_retry_delays)
        self.community_id = community_id
        self.language = language
        self._http = build_http_client(
            checked_base_url(base_url),
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            verify=verify,
            transport=transport,
            auth=BearerAuth(token_provider, on_unauthorized),
        )

    # --- settings -------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return str(self._http.base_url)

    @property
    def get_retry_delays(self) -> tuple[float, ...]:
        """The pauses before each retry of a GET: a GET is tried once more than there are pauses."""
        return self._get_retry_delays

    @property
    def language(self) -> str:
        """The language of the server's messages (``Accept-Language``): one of fr, en, nl, de."""
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        code = value.strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"Unsupported CRM language {value!r}; expected one of {', '.join(LANGUAGES)}")
        self._language = code

    # --- communities ----------------------------------------------------------------------------------

    def my_communities(self) -> list[Community]:
        """The communities the signed-in user belongs to, with the role in each. Needs no active community."""
        pages = self._walk("/communities/my-communities", _COMMUNITIES, {}, DEFAULT_PAGE_SIZE, None)
        return [community for page in pages for community in page.items]

    # --- meters ---------------------------------------------------------------------------------------

    def list_meters(
        self, *, page: int = 1, limit: int = DEFAULT_PAGE_SIZE, community_id: str | None = None,
        **filters: Unpack[MeterFilters],
    ) -> Page[MeterListItem]:
        """One page of the community's meters, ordered by EAN; malformed items are left out (and logged).
        Items carry no holder (server defect): take holders from the details."""
        return self._get_page("/meters", _METERS, _meter_filter_params(filters), page, limit,
                              self._community_for(community_id))

    def iter_meter_pages(
        self, page_size: int = 5000, *, community_id: str | None = None,
        before_request: Callable[[], None] = lambda: None, **filters: Unpack[MeterFilters],
    ) -> PageWalk[MeterListItem]:
        """Every page of the community's meters (the active one now, unless named), a single empty page
        when none match. Malformed items are left out and listed in the walk's ``unreadable``; its
        ``stopped`` says when the server's pages could not be trusted to end (see ``crm.page_walk``)."""
        return self._walk("/meters", _METERS, _meter_filter_params(filters), page_size,
                          self._community_for(community_id), before_request)

    def meter_detail(self, ean: str, *, community_id: str | None = None, retried: bool = True) -> MeterDetail:
        """``retried=False``: tried once, its caller retries a transient failure (``is_transient``)."""
        envelope = self._request("GET", f"/meters/{_segment(ean)}", community_id=community_id,
                                 retried=retried)
        return _parse(_METER_DETAIL, envelope.data, "GET /meters/{EAN}", envelope.http_status)

    def consumptions(
        self, ean: str, date_start: dt.date | None, date_end: dt.date | None, *,
        community_id: str | None = None,
    ) -> ConsumptionSeries:
        """Quarter-hour consumptions; the bounds are inclusive Brussels calendar dates, None for unbounded.
        ``community_id``: the community the meter is listed in (default: the active one)."""
        params = {"date_start": date_start, "date_end": date_end}
        envelope = self._request(
            "GET", f"/meters/{_segment(ean)}/consumptions", params=_query_params(params),
            community_id=community_id,
        )
        return _parse(_CONSUMPTIONS, envelope.data, "GET /meters/{EAN}/consumptions", envelope.http_status)

    def update_meter_data(self, body: Mapping[str, Any], *, community_id: str | None = None) -> None:
        """Sends a complete meter-data update (built by the domain) verbatim; re-read the detail after.
        ``community_id``: the community the update was made in (default: the active one)."""
        self._request("PATCH", "/meters/data", body=body, community_id=community_id)

    def deactivate_meter(self, ean: str, day: dt.date, *, community_id: str | None = None) -> None:
        """Appends an INACTIVE period from ``day`` (the server clears holder and sharing operation).
        ``community_id``: the community the meter is listed in (default: the active one)."""
        self._request("PATCH", "/meters/data/deactivate", body={"EAN": ean, "date": day},
                      community_id=community_id)

    def delete_period(self, period_id: int, reopen_previous: bool, *,
                      community_id: str | None = None) -> None:
        """Deletes a (future) period; ``reopen_previous`` makes the period before it open-ended again."""
        body = {"id_meter_data": period_id, "active_previous_meter_data": bool(reopen_previous)}
        self._request("PATCH", "/meters/data/delete", body=body, community_id=community_id)

    def create_meter(self, body: Mapping[str, Any], *, community_id: str | None = None) -> None:
        """``POST /meters``: a meter and its first period (``initial_data``), built by the domain; re-read
        the detail after. A duplicate EAN is a ``ConflictError`` on field ``EAN``."""
        self._request("POST", "/meters", body=body, community_id=community_id)

    def modify_meter(self, body: Mapping[str, Any], *, community_id: str | None = None) -> None:
        """``PUT /meters``: the meter's own fields (every one required), periods untouched."""
        self._request("PUT", "/meters", body=body, community_id=community_id)

    def delete_meter(self, ean: str, *, community_id: str | None = None) -> None:
        """``DELETE /meters/{EAN}``: the meter, its periods and its consumptions."""
        self._request("DELETE", f"/meters/{_segment(ean)}", community_id=community_id)

    # --- members --------------------------------------------------------------------------------------

    def list_members(
        self,
        *,
        page: int = 1,
        limit: int = DEFAULT_PAGE_SIZE,
        name: str | None = None,
        member_type: MemberType | int | None = None,
        sort_name: Literal["ASC", "DESC"] = "ASC",
        community_id: str | None = None,
    ) -> Page[MemberRef]:
        """One page of the community's members; ``name`` is a case-sensitive filter on the server."""
        params = _query_params({"name": name, "member_type": member_type, "sort_name": sort_name})
        return self._get_page("/members", _MEMBERS, params, page, limit, self._community_for(community_id))

    def iter_members(
        self,
        *,
        page_size: int = 500,
        name: str | None = None,
        member_type: MemberType | int | None = None,
        sort_name: Literal["ASC", "DESC"] = "ASC",
        community_id: str | None = None,
        before_request: Callable[[], None] = lambda: None,
    ) -> Iterator[MemberRef]:
        """Every member matching the filters, fetched page by page for the community (the active one
        now, unless named); malformed members are left out and logged."""
        params = _query_params({"name": name, "member_type": member_type, "sort_name": sort_name})
        walk = self._walk("/members", _MEMBERS, params, page_size, self._community_for(community_id),
                          before_request)
        return (member for page in walk for member in page.items)

    def member_detail(self, member_id: int, *, community_id: str | None = None) -> Member:
        envelope = self._request("GET", f"/members/{int(member_id)}", community_id=community_id)
        return _parse(_MEMBER, envelope.data, "GET /members/{id}", envelope.http_status)

    # --- life cycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- pages ----------------------------------------------------------------------------------------

    def _community_for(self, community_id: str | None) -> str:
        """The community a call is for, fixed now: the one it names, else the active one."""
        community = community_id or self.community_id
        if not community:
            raise CommunityAccessError(detail="No active community is selected")
        return community

    def _get_page(
        self,
        path: str,
        reader: ItemReader[T],
        params: dict[str, str],
        page: int,
        limit: int,
        community_id: str | None,
    ) -> Page[T]:
        paged = {**params, "page": str(page), "limit": str(limit)}
        envelope = self._request("GET", path, params=paged, needs_community=community_id is not None,
                                 community_id=community_id)
        return reader.page(envelope, f"GET {path}", page)[0]

    def _walk(
        self,
        path: str,
        reader: ItemReader[T],
        params: dict[str, str],
        page_size: int,
        community_id: str | None,
        before_request: Callable[[], None] = lambda: None,
    ) -> PageWalk[T]:
        """The pages of ``path``, every one for ``community_id`` (None: a route outside any community)."""

        def fetch(number: int) -> Envelope:
            paged = {**params, "page": str(number), "limit": str(page_size)}
            return self._request("GET", path, params=paged, needs_community=community_id is not None,
                                 community_id=community_id)

        return PageWalk(fetch, reader, f"GET {path}", before_request)

    # --- requests -------------------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        needs_community: bool = True,
        community_id: str | None = None,
        retried: bool = True,
    ) -> Envelope:
        """Sends, with retries for a GET. The request is for ``community_id``, else for the community active
        when it is made (not when it leaves: getting the token may wait)."""
        community = self._community_for(community_id) if needs_community else None
        headers = self._headers(community, has_body=body is not None)
        content = None if body is None else _json_bytes(body)
        delays = self._get_retry_delays if method == "GET" and retried else ()
        for attempt, delay in enumerate((*delays, None), start=1):
            try:
                return self._send_once(method, path, params, content, headers)
            except CrmError as exc:
                if delay is None or not is_transient(exc):
                    raise
                logger.warning(
                    "%s %s failed (attempt %d), retrying in %.1f s: %s", method, path, attempt, delay, exc
                )
                time.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send_once(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None,
        content: bytes | None,
        headers: dict[str, str],
    ) -> Envelope:
        started = time.monotonic()
        try:
            response = self._http.request(method, path, params=params, content=content, headers=headers)
        except httpx.TransportError as exc:
            raise error_from_transport(exc, method, path) from exc
        logger.debug(
            "%s %s -> HTTP %d in %.0f ms", method, response.url.path, response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return decode_envelope(response)

    def _headers(self, community: str | None, *, has_body: bool) -> dict[str, str]:
        headers = {"Accept-Language": self._language}
        if community:
            headers["X-Community-ID"] = community
        if has_body:
            headers["Content-Type"] = "application/json"
        return headers


def is_transient(exc: BaseException) -> bool:
    """True when a GET that failed with ``exc`` may succeed if tried again."""
    if isinstance(exc, NetworkError):
        return True
    return isinstance(exc, ServerError) and exc.http_status in RETRYABLE_STATUSES


def _parse(adapter: pydantic.TypeAdapter[T], value: Any, what: str, http_status: int) -> T:
    """``value`` as a model; data the model rejects is a protocol error that says where."""
    try:
        return adapter.validate_python(value)
    except pydantic.ValidationError as exc:
        problems = [
            f"{'.'.join(str(part) for part in error['loc']) or 'data'}: {error['msg']}"
            for error in exc.errors(include_url=False, include_input=False)
        ]
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        detail = f"{what}: the answer does not match the CRM contract: {'; '.join(problems[:3])}{more}"
        raise ProtocolError(http_status=http_status, detail=detail) from exc


def _segment(value: str) -> str:
    if not value:
        raise ValueError("An empty identifier cannot name a CRM resource")
    return quote(value, safe="")


def _meter_filter_params(filters: Mapping[str, Any]) -> dict[str, str]:
    unknown = set(filters) - set(_METER_FILTER_NAMES)
    if unknown:
        raise TypeError(f"Unknown meter filter(s): {', '.join(sorted(unknown))}")
    return _query_params({
        _METER_FILTER_NAMES[name]: _like_literal(value) if name in _TEXT_FILTERS and value else value
        for name, value in filters.items()
    })


def _like_literal(text: str) -> str:
    """``text`` matched literally by the CRM's ``LIKE`` on its stored text: wildcards escaped, ``<`` and ``>``
    as the CRM stores them."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return stored_form(escaped)


def _query_params(values: Mapping[str, Any]) -> dict[str, str]:
    """Query parameters without the unset ones; enums go as their integers and dates as ``YYYY-MM-DD``."""
    params = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, dt.date):
            params[name] = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            params[name] = str(int(value))
        else:
            params[name] = str(value)
    return params


def _json_bytes(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_json_default).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be sent to the CRM as JSON")
