"""The CRM client's authentication: the user's bearer token on every request, and one replay after it is
refused once the sign-in has a newer one. Tokens are never logged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator

import httpx

from optimce_desktop.crm.envelope import decode_envelope
from optimce_desktop.crm.errors import AuthenticationError, CrmError

logger = logging.getLogger(__name__)


class BearerAuth(httpx.Auth):
    """``token`` is asked for on every sending (None: nobody is signed in, no header). After the token is
    refused, ``on_refused`` (None: never) returns True when a newer one is ready, and the request is sent once
    more with it; it may also raise. Even a write is safe to replay: a refused token means the CRM
    processed nothing. Both run on the requesting thread, right after each other."""

    requires_request_body = True  # a write is replayed with its body
    requires_response_body = True  # the envelope's error code tells a refusal

    def __init__(self, token: Callable[[], str | None], on_refused: Callable[[], bool] | None) -> None:
        self._token = token
        self._on_refused = on_refused

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._signed(request)
        if self._on_refused is None or not _token_refused(response) or not self._on_refused():
            return
        logger.info("Replaying %s %s after the sign-in was refreshed", request.method, request.url.path)
        yield self._signed(request)

    def _signed(self, request: httpx.Request) -> httpx.Request:
        token = self._token()
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        else:
            request.headers.pop("Authorization", None)
        return request


def _token_refused(response: httpx.Response) -> bool:
    """True for the gateway's bare 401 and the CRM's error code 6: the user's identity was not accepted.
    A success is never one (and its body, possibly large, is not decoded twice)."""
    if response.is_success:
        return False
    try:
        decode_envelope(response)
    except CrmError as error:
        return isinstance(error, AuthenticationError)
    return False
