"""The HTTP layer under the CRM client: the httpx client's settings and what its failures mean."""

from __future__ import annotations

import ipaddress
import os
import ssl

import httpx

from optimce_desktop import __version__
from optimce_desktop.crm.errors import (
    ConnectionFailedError,
    ConnectionLostError,
    CrmError,
    ResponseTimeoutError,
)

USER_AGENT = f"OptimCE-Desktop/{__version__}"

TlsVerification = bool | str | os.PathLike[str] | ssl.SSLContext


class AddressError(ValueError):
    """An address the app refuses to use: not an http(s) URL with a host (``insecure`` False), or plain http
    to another machine (``insecure`` True)."""

    def __init__(self, message: str, *, url: str, insecure: bool) -> None:
        super().__init__(message)
        self.url = url
        self.insecure = insecure


def checked_base_url(base_url: str, what: str = "The CRM address") -> httpx.URL:
    """A server's address (the CRM's, or the sign-in server's); plain HTTP is refused except on this
    machine, since requests carry bearer tokens or credentials. ``what`` names the address in the error."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise AddressError(f"{what} must be an http(s) URL with a host, not {base_url!r}", url=base_url,
                           insecure=False)
    if url.scheme == "http" and not is_loopback(url.host):
        raise AddressError(f"{what} must use https (plain http only on this machine): {base_url}",
                           url=base_url, insecure=True)
    return url


def tls_context(verify: TlsVerification) -> ssl.SSLContext | bool:
    """What httpx needs for ``verify``: True (the bundled CAs), a CA file or folder, or a ready context."""
    if verify is False:
        raise ValueError("TLS certificate verification cannot be turned off; pass a CA bundle path instead")
    if verify is True or isinstance(verify, ssl.SSLContext):
        return verify
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)


def build_http_client(
    base_url: httpx.URL,
    *,
    connect_timeout: float,
    read_timeout: float,
    verify: TlsVerification,
    transport: httpx.BaseTransport | None,
    auth: httpx.Auth | None = None,
) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
        verify=tls_context(verify),
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,
    )


def error_from_transport(exc: httpx.TransportError, method: str, url: httpx.URL | str) -> CrmError:
    """The typed error of a request that got no HTTP answer, saying whether the server may have seen it."""
    reason = str(exc) or type(exc).__name__
    target = f"{method} {url}"
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.ProxyError):
        return ConnectionFailedError(f"Could not connect to the CRM for {target}: {reason}")
    if isinstance(exc, httpx.TimeoutException):  # read or write timeout: the request left, at least in part
        return ResponseTimeoutError(f"No answer in time to {target}: {reason}")
    if isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        # Refused by httpx before anything was sent (e.g. a header value it cannot encode).
        return CrmError(detail=f"The request {target} could not be sent: {reason}")
    return ConnectionLostError(f"The connection broke during {target}: {reason}")


def is_loopback(host: str) -> bool:
    """True for this machine's own addresses (``localhost``, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
