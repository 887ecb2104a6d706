"""The ASGI application: the CRM's routes behind the gateway's authentication, as the contract states them.

Every route runs its database work on a thread pool owned by the runner. Security is stricter than the
real server: detail, consumptions and every write are scoped to the active community.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from optimce_desktop.domain.models import ROLE_RANK
from optimce_desktop.emulator import (
    consumption_workbook,
    consumptions,
    errors,
    meter_records,
    route_errors,
    rules,
    wire,
)
from optimce_desktop.emulator.auth import TokenIssuer, bearer_token
from optimce_desktop.emulator.clock import Clock, parse_calendar_date
from optimce_desktop.emulator.errors import ApiError
from optimce_desktop.emulator.faults import FaultMiddleware, FaultSwitch
from optimce_desktop.emulator.html_filter import filter_body
from optimce_desktop.emulator.messages import pick_language
from optimce_desktop.emulator.oidc import OidcProvider
from optimce_desktop.emulator.spec import MANAGER
from optimce_desktop.emulator.store import CommunityRow, MeterFilters, Store
from optimce_desktop.emulator.validation import (
    CLIENT_TYPE,
    INJECTION_STATUS,
    MEMBER_STATUS,
    MEMBER_TYPE,
    METER_STATUS,
    PRODUCTION_CHAIN,
    RATE,
    READING_FREQUENCY,
    TARIFF_GROUP,
    Field,
    Kind,
    validate,
)

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
BODY_LIMIT_BYTES = 100 * 1024
"""The real server's body parser refuses a larger JSON body (its default limit, "100kb")."""

PAGINATION = (Field("page", Kind.INTEGER, min_1=True), Field("limit", Kind.INTEGER, min_1=True))
DEFAULT_PAGE, DEFAULT_LIMIT = 1, 10

MEMBER_QUERY = (
    *PAGINATION,
    Field("name", Kind.STRING),
    Field("member_type", Kind.ENUM, enum=MEMBER_TYPE),
    Field("status", Kind.ENUM, enum=MEMBER_STATUS),
    Field("sort_name", Kind.SORT),
)

METER_QUERY = (
    *PAGINATION,
    Field("street", Kind.STRING),
    Field("postcode", Kind.INTEGER, min_1=True),
    Field("address_number", Kind.INTEGER),
    Field("city", Kind.STRING),
    Field("supplement", Kind.STRING),
    Field("EAN", Kind.STRING),
    Field("meter_number", Kind.STRING),
    Field("status", Kind.ENUM, enum=METER_STATUS),
    Field("sharing_operation_id", Kind.INTEGER),
    Field("not_sharing_operation_id", Kind.INTEGER),
    Field("holder_id", Kind.INTEGER),
)

CONSUMPTION_QUERY = (
    Field("date_start", Kind.DATE, calendar=True),
    Field("date_end", Kind.DATE, calendar=True),
)

METER_DATA_BODY = (
    Field("EAN", Kind.STRING, required=True),
    Field("start_date", Kind.DATE, required=True),
    Field("end_date", Kind.DATE),
    Field("status", Kind.ENUM, required=True, enum=METER_STATUS),
    Field("rate", Kind.ENUM, required=True, enum=RATE),
    Field("client_type", Kind.ENUM, required=True, enum=CLIENT_TYPE),
    Field("description", Kind.STRING),
    Field("sampling_power", Kind.NUMBER),
    Field("amperage", Kind.NUMBER),
    Field("grd", Kind.STRING),
    Field("injection_status", Kind.ENUM, enum=INJECTION_STATUS),
    Field("production_chain", Kind.ENUM, enum=PRODUCTION_CHAIN),
    Field("total_generating_capacity", Kind.NUMBER),
    Field("member_id", Kind.INTEGER),
    Field("sharing_operation_id", Kind.INTEGER),
)

ADDRESS_BODY = (
    Field("street", Kind.STRING, required=True),
    Field("number", Kind.INTEGER, required=True),
    Field("postcode", Kind.NUMERIC_TEXT, required=True),
    Field("city", Kind.STRING, required=True),
    Field("supplement", Kind.STRING),
)

METER_BODY = (
    Field("EAN", Kind.STRING, required=True),
    Field("meter_number", Kind.STRING, required=True),
    Field("address", Kind.OBJECT, required=True, fields=ADDRESS_BODY),
    Field("tarif_group", Kind.ENUM, required=True, enum=TARIFF_GROUP),
    Field(
        "phases_number",
        Kind.INTEGER,
        required=True,
        min_1=True,
        below_1=(65007, "validation.create_meter.phase_number_min_1"),
    ),
    Field("reading_frequency", Kind.ENUM, required=True, enum=READING_FREQUENCY),
)

CREATE_METER_BODY = (
    *METER_BODY,
    Field("initial_data", Kind.OBJECT, required=True, fields=METER_DATA_BODY[1:]),  # all but the EAN
)

DEACTIVATE_BODY = (Field("EAN", Kind.STRING, required=True), Field("date", Kind.DATE, required=True))

DELETE_BODY = (
    Field("id_meter_data", Kind.INTEGER, required=True, wrong_type=(5006, "validation.number")),
)
"""``active_previous_meter_data`` is not validated: the real server coerces any value to a boolean
(R24-R28)."""


@dataclass(frozen=True)
class Call:
    """What a route needs to know about one request, once the caller is authenticated."""

    username: str
    community: CommunityRow | None
    query: Mapping[str, str]
    path: Mapping[str, str]
    body: dict[str, Any] | None
    today: dt.date
    language: str = "en"

    @property
    def community_id(self) -> int:
        assert self.community is not None
        return self.community.id


Handler = Callable[[Call], Any]


class GatewayRejectionError(Exception):
    """The gateway refuses the bearer token before the CRM sees the request (RFC 6750: HTTP 401)."""


class CrmApi:
    def __init__(self, store: Store, tokens: TokenIssuer, clock: Clock, executor: Executor):
        self.store = store
        self.tokens = tokens
        self.clock = clock
        self.executor = executor

    def routes(self) -> list[Route]:
        return [
            Route("/communities/my-communities", self._endpoint(self.my_communities, community=False)),
            Route("/members", self._endpoint(self.members)),
            Route("/members/{member_id}", self._endpoint(self.member)),
            Route("/meters", self._endpoint(self.meters)),
            Route("/meters", self._endpoint(self.create_meter, body=True), methods=["POST"]),
            Route("/meters", self._endpoint(self.modify_meter, body=True), methods=["PUT"]),
            Route("/meters/data", self._endpoint(self.update_meter_data, body=True), methods=["PATCH"]),
            Route("/meters/data/deactivate", self._endpoint(self.deactivate, body=True), methods=["PATCH"]),
            Route("/meters/data/delete", self._endpoint(self.delete_period, body=True), methods=["PATCH"]),
            Route("/meters/{ean}", self._endpoint(self.meter)),
            Route("/meters/{ean}", self._endpoint(self.delete_meter), methods=["DELETE"]),
            Route("/meters/{ean}/consumptions", self._endpoint(self.consumptions)),
            Route("/meters/{ean}/consumptions/download", self._endpoint(self.download_consumptions)),
        ]

    # -- plumbing ----------------------------------------------------------------------------------------

    def _endpoint(
        self, handler: Handler, *, community: bool = True, body: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                raw_body = await request.body() if body else None
            except ClientDisconnect:
                return Response(status_code=400)  # nobody is listening: nothing to apply, nothing to say
            content_type = request.headers.get("content-type", "")

            def run() -> Any:
                if raw_body is not None and len(raw_body) > BODY_LIMIT_BYTES:
                    raise errors.unexpected()  # refused by the body parser, before anything else runs
                username = self._authenticate(request.headers.get("authorization"))
                active = (
                    self._authorise(username, request.headers.get("x-community-id")) if community else None
                )
                call = Call(
                    username=username,
                    community=active,
                    query=request.query_params,
                    path=request.path_params,
                    body=filter_body(_json_object(raw_body, content_type)) if body else None,
                    today=self.clock(),
                    language=_language(request),
                )
                return handler(call)

            result = await asyncio.get_running_loop().run_in_executor(self.executor, run)
            return result if isinstance(result, Response) else _json(result)

        return endpoint

    def _authenticate(self, authorization: str | None) -> str:
        """The caller's user. Without a bearer token the request reaches the CRM with no identity (400,
        code 6); a token the gateway does not accept (forged, another issuer's, expired) stops at the
        gateway: a bare 401."""
        token = bearer_token(authorization)
        if token is None:
            raise errors.unauthenticated()
        username = self.tokens.username_for(token)
        if username is None:
            raise GatewayRejectionError()
        return username

    def _authorise(self, username: str, auth_community_id: str | None) -> CommunityRow:
        if not auth_community_id:
            raise errors.no_active_community()
        community = self.store.community_by_auth_id(auth_community_id)
        role = self.store.role_of(username, community.id) if community else None
        if community is None or role is None:
            raise errors.no_role_in_community()
        if ROLE_RANK[role] < ROLE_RANK[MANAGER]:
            raise errors.role_too_low()
        return community

    # -- communities and members -------------------------------------------------------------------------

    def my_communities(self, call: Call) -> dict[str, Any]:
        page, limit = _pagination(validate(PAGINATION, call.query))
        items, total = self.store.communities_of(call.username, page, limit)
        return _page(items, page, limit, total)

    def members(self, call: Call) -> dict[str, Any]:
        query = validate(MEMBER_QUERY, call.query)
        page, limit = _pagination(query)
        rows, total = self.store.list_members(
            call.community_id,
            name=query.get("name"),
            member_type=query.get("member_type"),
            status=query.get("status"),
            sort=query.get("sort_name", "ASC"),
            page=page,
            limit=limit,
        )
        return _page([wire.member_list_item(row) for row in rows], page, limit, total)

    def member(self, call: Call) -> dict[str, Any]:
        member_id = validate((Field("member_id", Kind.INTEGER),), call.path)["member_id"]
        record = self.store.member(call.community_id, member_id)
        if record is None:
            raise errors.member_not_found()
        return {"data": record, "error_code": 0}

    # -- meters ------------------------------------------------------------------------------------------

    def meters(self, call: Call) -> dict[str, Any]:
        query = validate(METER_QUERY, call.query)
        page, limit = _pagination(query)
        filters = MeterFilters(**{k: v for k, v in query.items() if k not in ("page", "limit")})
        rows, total = self.store.list_meters(call.community_id, filters, call.today, page=page, limit=limit)
        return _page([wire.meter_list_item(row) for row in rows], page, limit, total)

    def meter(self, call: Call) -> dict[str, Any]:
        ean = call.path["ean"]
        meter = self.store.meter(call.community_id, ean)
        if meter is None:
            raise errors.meter_not_found_on_read()
        periods = self.store.periods_with_relations(ean)
        return {"data": wire.meter_detail(meter, periods, call.today), "error_code": 0}

    def consumptions(self, call: Call) -> dict[str, Any]:
        query = validate(CONSUMPTION_QUERY, call.query)
        ean = call.path["ean"]
        meter = self.store.meter(call.community_id, ean)
        # Like the real server, an unknown meter (here: also another community's) has no data, not an error.
        if meter is None or not meter["consumptions"]:
            return {"data": consumptions.empty_series(ean), "error_code": 0}
        start = parse_calendar_date(query["date_start"]) if "date_start" in query else None
        end = parse_calendar_date(query["date_end"]) if "date_end" in query else None
        days = consumptions.available_days(call.today, start, end)
        return {"data": consumptions.series(ean, days), "error_code": 0}

    def download_consumptions(self, call: Call) -> Response:
        """The same range as an xlsx file; no rows (an unknown meter, a reversed range) is 400 / 60003."""
        query = validate(CONSUMPTION_QUERY, call.query)
        ean = call.path["ean"]
        meter = self.store.meter(call.community_id, ean)
        start = parse_calendar_date(query["date_start"]) if "date_start" in query else None
        end = parse_calendar_date(query["date_end"]) if "date_end" in query else None
        days = consumptions.available_days(call.today, start, end) if meter and meter["consumptions"] else []
        if not days:
            raise route_errors.no_consumption_data()
        content = consumption_workbook.workbook_bytes(consumptions.series(ean, days))
        disposition = f"attachment; filename={consumption_workbook.file_name(call.language)}"
        return Response(content, media_type=consumption_workbook.MEDIA_TYPE,
                        headers={"Content-Disposition": disposition})

    def delete_meter(self, call: Call) -> dict[str, Any]:
        """``DELETE /meters/{EAN}``: the meter, its periods and its consumptions; unknown EAN 400 / 60002."""
        ean = call.path["ean"]
        with self.store.transaction() as tx:
            if not tx.meter_exists(call.community_id, ean):
                raise route_errors.meter_to_delete_not_found()
            tx.delete_meter(ean)
        return _success()

    def create_meter(self, call: Call) -> dict[str, Any]:
        body = validate(CREATE_METER_BODY, call.body or {})
        with self.store.transaction() as tx:
            meter_records.create_meter(tx, call.community_id, body)
        return _success()

    def modify_meter(self, call: Call) -> dict[str, Any]:
        body = validate(METER_BODY, call.body or {})
        with self.store.transaction() as tx:
            meter_records.modify_meter(tx, call.community_id, body)
        return _success()

    def update_meter_data(self, call: Call) -> dict[str, Any]:
        body = validate(METER_DATA_BODY, call.body or {})
        with self.store.transaction() as tx:
            rules.update_meter_data(tx, call.community_id, body)
        return _success()

    def deactivate(self, call: Call) -> dict[str, Any]:
        body = validate(DEACTIVATE_BODY, call.body or {})
        with self.store.transaction() as tx:
            rules.deactivate_meter(tx, call.community_id, body["EAN"], body["date"])
        return _success()

    def delete_period(self, call: Call) -> dict[str, Any]:
        body = validate(DELETE_BODY, call.body or {})
        with self.store.transaction() as tx:
            rules.delete_period(
                tx,
                call.community_id,
                body["id_meter_data"],
                _loosely_true((call.body or {}).get("active_previous_meter_data")),
            )
        return _success()


def _loosely_true(value: Any) -> bool:
    """JavaScript's ``Boolean(value)``: the string "false" and the number 2 are true."""
    if isinstance(value, str):
        return value != ""
    if isinstance(value, bool) or value is None:
        return bool(value)
    if isinstance(value, int | float):
        return value != 0 and value == value  # NaN is false
    return True


def _json_object(raw: bytes | None, content_type: str) -> dict[str, Any]:
    """The request's JSON object; the real server answers 500 without a JSON content type or on bad JSON."""
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise errors.unexpected()
    try:
        value = json.loads(raw or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        raise errors.unexpected() from exc
    if not isinstance(value, dict):
        raise errors.unexpected()
    return value


def _pagination(query: Mapping[str, Any]) -> tuple[int, int]:
    return query.get("page", DEFAULT_PAGE), query.get("limit", DEFAULT_LIMIT)


def _page(items: list[dict[str, Any]], page: int, limit: int, total: int) -> dict[str, Any]:
    return {"data": items, "error_code": 0, "pagination": wire.pagination(page, limit, total)}


def _success() -> dict[str, Any]:
    return {"data": "success", "error_code": 0}


def _json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status, media_type=JSON_CONTENT_TYPE)


def _language(request: Request) -> str:
    return pick_language(request.query_params.get("lng"), request.headers.get("accept-language"))


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _json(exc.body(_language(request)), exc.status)


async def _route_not_found(request: Request, exc: Exception) -> Response:
    # Unknown paths and unsupported methods both answer Express's HTML page, as the real server does.
    path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1").split("?")[0]
    page = (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n'
        f"</head>\n<body>\n<pre>Cannot {request.method} {_escape(path)}</pre>\n</body>\n</html>"
    )
    return HTMLResponse(page, status_code=404)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def _gateway_rejection(request: Request, exc: Exception) -> Response:
    return JSONResponse(
        {"error": "invalid_token", "error_description": "The access token is not valid or has expired"},
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer realm="optimce-realm", error="invalid_token"'},
    )


async def _unexpected(request: Request, exc: Exception) -> Response:
    return _json(errors.unexpected().body(_language(request)), 500)


class TrailingSlashMiddleware:
    """Accepts ``/meters/`` as ``/meters`` (the real server does; Starlette would redirect)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and len(scope["path"]) > 1 and scope["path"].endswith("/"):
            scope = {**scope, "path": scope["path"].rstrip("/") or "/"}
        await self.app(scope, receive, send)


def create_app(
    store: Store,
    tokens: TokenIssuer,
    clock: Clock,
    faults: FaultSwitch,
    executor: Executor,
    provider: OidcProvider | None = None,
) -> ASGIApp:
    """The emulator's ASGI application: the CRM behind its gateway, and the OpenID ``provider`` when
    given; the CRM's routes run their database work on ``executor``'s threads."""
    api = CrmApi(store, tokens, clock, executor)
    app = Starlette(
        routes=api.routes() + (provider.routes() if provider is not None else []),
        exception_handlers={
            ApiError: _api_error,
            GatewayRejectionError: _gateway_rejection,
            HTTPException: _route_not_found,
            Exception: _unexpected,
        },
    )
    app.router.redirect_slashes = False
    return TrailingSlashMiddleware(FaultMiddleware(app, faults))
