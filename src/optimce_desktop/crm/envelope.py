"""Reads the CRM's answer envelope ``{"data", "error_code", "pagination"?}`` or raises the error it means."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from optimce_desktop.crm.errors import ProtocolError, cut_text, error_for_code, error_for_status
from optimce_desktop.domain.crm_text import read_back

_EXCERPT_LENGTH = 160
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Envelope:
    """A successful answer: ``data`` is the payload, ``pagination`` the raw pagination object of lists."""

    http_status: int
    data: Any
    pagination: Any = None


def decode_envelope(response: httpx.Response) -> Envelope:
    """The envelope of a successful answer; raises the matching ``CrmError`` for any other answer.

    ``error_code`` decides, not the HTTP status: a 200 carrying a non-zero code is an error too.
    """
    status = response.status_code
    payload = _json_or_none(response.content)
    if isinstance(payload, dict) and "error_code" in payload:
        error_code = payload["error_code"]
        if not isinstance(error_code, int) or isinstance(error_code, bool):
            raise ProtocolError(
                http_status=status, detail=f"error_code is not an integer: {cut_text(repr(error_code))}")
        if error_code != 0:
            raise error_for_code(error_code, http_status=status, server_message=_message_text(payload))
        if not response.is_success:
            raise error_for_status(status, detail="Error status with error code 0 in the envelope")
        data = payload.get("data")
        if b"&lt;" in response.content or b"&gt;" in response.content:
            data = _read_back_texts(data)
        return Envelope(status, data=data, pagination=payload.get("pagination"))
    if response.is_success:
        detail = f"Not the CRM's JSON envelope: {_describe_body(response)}"
        raise ProtocolError(http_status=status, detail=detail)
    raise error_for_status(status, detail=_describe_body(response))


def _read_back_texts(value: Any, key: str = "") -> Any:
    """Every text of ``value`` as it was typed, the CRM's escaping undone (see ``domain.crm_text``); EANs
    stay as stored, since they name the meter in the CRM's routes."""
    if isinstance(value, str):
        return value if key == "EAN" else read_back(value)
    if isinstance(value, list):
        return [_read_back_texts(item, key) for item in value]
    if isinstance(value, dict):
        return {name: _read_back_texts(item, name) for name, item in value.items()}
    return value


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:  # also covers bodies that are not UTF-8
        return None


def _message_text(payload: dict[str, Any]) -> str:
    """The error's message, cut to a length a person can read (it may be megabytes long)."""
    message = payload.get("data")
    if message is None:
        return ""
    if not isinstance(message, str):
        message = json.dumps(message, ensure_ascii=False)
    return cut_text(message)


def _describe_body(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "no content type").split(";")[0].strip()
    if not response.content:
        return f"empty body ({content_type})"
    # Only the start is shown: decoding and cleaning a huge page whole would cost seconds for nothing.
    text = response.content[: _EXCERPT_LENGTH * 64].decode("utf-8", errors="replace")
    if "html" in content_type or text.lstrip().startswith("<"):
        text = _TAG.sub(" ", text)
        kind = "HTML page"
    else:
        kind = f"{content_type} body"
    excerpt = _SPACES.sub(" ", text).strip()
    if len(excerpt) > _EXCERPT_LENGTH:
        excerpt = excerpt[:_EXCERPT_LENGTH] + "…"
    return f"{kind}: {excerpt}" if excerpt else kind
