"""Fetch a feed over HTTP: conditional GET, redirects, size cap -> Fetched | NotModified.

An `httpx.Response` never leaves this module. Errors become FetchError naming the source
and URL. Does not parse and does not decide when to poll next (schedule.py does).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from feedhub import __version__
from feedhub.errors import FetchError
from feedhub.models import CacheInfo
from feedhub.models import Fetched
from feedhub.models import FetchResult
from feedhub.models import NotModified
from feedhub.models import Source
from feedhub.sources.challenge import challenge_vendor

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9,"
    " application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
MAX_REDIRECTS = 5
# Idle connections kept for reuse. A source is polled every few minutes, so a connection
# is reused only by sources sharing a host within seconds; and httpcore checks every
# pooled connection (a system call each) on every request, so a large pool costs more
# CPU per poll than the handshakes it saves.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=8, keepalive_expiry=5.0)


def user_agent(contact: str) -> str:
    contact = f"; +{contact}" if contact else ""
    return f"feedhub/{__version__} (feed hub{contact})"


def make_client(*, contact: str, timeout: float, allow_private: bool = False) -> httpx.Client:
    """A client for sources: redirects followed, explicit timeouts, our UA; unless
    `allow_private`, no connection to a private, loopback or link-local address."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": user_agent(contact), "Accept": ACCEPT},
        transport=httpx.HTTPTransport(limits=LIMITS) if allow_private else _PublicOnlyTransport(),
    )


class PrivateAddressError(httpcore.ConnectError):
    """A source's host resolves to an address feedhub must not connect to."""


def refused_address(address: str) -> str | None:
    """Why an IP address is off limits for a source (None: it is a public address)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for label, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("reserved", ip.is_reserved or ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
    ):
        if flag:
            return label
    return None


class _PublicOnlyBackend(httpcore.NetworkBackend):
    """Resolves the host itself, refuses if any address is not public, and connects to
    the address it checked (no second lookup: a rebinding DNS answer cannot slip in)."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e}") from e
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            why = refused_address(address)
            if why is not None:
                raise PrivateAddressError(
                    f"{host} resolves to {why} address {address}; refused (set"
                    " allow_private = true on the source if it is meant)"
                )
        return self.inner.connect_tcp(addresses[0], port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise PrivateAddressError("unix sockets are not sources")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class _PublicOnlyTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        # httpx builds its connection pool without a way to pass a network backend: the
        # same pool, with ours (tests/test_fetch.py catches an httpx that changes this)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=LIMITS.max_connections,
            max_keepalive_connections=LIMITS.max_keepalive_connections,
            keepalive_expiry=LIMITS.keepalive_expiry,
            network_backend=_PublicOnlyBackend(httpcore.SyncBackend()),
        )


def fetch(
    client: httpx.Client,
    source: Source,
    cache: CacheInfo,
    *,
    max_bytes: int,
    url: str | None = None,
) -> FetchResult:
    """GET `url` (default: the source's configured URL), sending the validators of the
    last response. Redirects are followed; the result names where permanent ones led.

    Raises FetchError on network errors, HTTP errors and bodies over `max_bytes`.
    """
    url = url or source.url
    assert url is not None
    headers = dict(source.headers)
    if cache.etag:
        headers["If-None-Match"] = cache.etag
    if cache.last_modified:
        headers["If-Modified-Since"] = cache.last_modified
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                # RFC 9111 §4.3.4: keep the stored validators unless new ones are sent
                return NotModified(
                    str(response.url),
                    CacheInfo(
                        response.headers.get("etag", cache.etag),
                        response.headers.get("last-modified", cache.last_modified),
                    ),
                    headers={k.lower(): v for k, v in response.headers.items()},
                    moved_to=moved_to(response),
                )
            if response.is_error:
                raise _status_error(response, source)
            content = _read_capped(response, source, max_bytes)
            return Fetched(
                url=str(response.url),
                content=content,
                headers={k.lower(): v for k, v in response.headers.items()},
                cache=CacheInfo(
                    response.headers.get("etag"), response.headers.get("last-modified")
                ),
                status=response.status_code,
                moved_to=moved_to(response),
            )
    except httpx.TooManyRedirects as e:
        raise FetchError(source.id, url, f"more than {MAX_REDIRECTS} redirects") from e
    except httpx.TimeoutException as e:
        raise FetchError(source.id, url, f"timed out ({type(e).__name__})") from e
    except httpx.ConnectError as e:
        if isinstance(e.__cause__, PrivateAddressError):
            raise FetchError(source.id, url, f"not fetched: {e}") from e
        raise FetchError(source.id, url, f"request failed: {type(e).__name__}: {e}") from e
    except httpx.HTTPError as e:
        raise FetchError(source.id, url, f"request failed: {type(e).__name__}: {e}") from e


PERMANENT = (301, 308)


def moved_to(response: httpx.Response) -> str | None:
    """Where the permanent redirects at the start of the chain led (None when the first
    hop was not 301/308: a 302/307 says nothing about where the feed lives)."""
    target = None
    for hop in response.history:
        if hop.status_code not in PERMANENT:
            break
        location = hop.headers.get("location")
        if not location:
            break
        target = str(hop.url.join(location))
    return target


ERROR_BODY_BYTES = 65536  # read of an error response, to tell a challenge page


def _status_error(response: httpx.Response, source: Source) -> FetchError:
    """An error status as an operator needs to read it."""
    status = response.status_code
    url = str(response.url)
    line = f"HTTP {status} {response.reason_phrase}".rstrip()
    headers = {k.lower(): v for k, v in response.headers.items()}
    body = b""
    if status in (401, 403, 429, 503):
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) >= ERROR_BODY_BYTES:
                break
    vendor = challenge_vendor(body, headers)
    retry_after = headers.get("retry-after") if status in (429, 503) else None
    if vendor is not None:
        message = (
            f"{line}: blocked by an anti-bot challenge page ({vendor});"
            " ask the publisher to allow feedhub's User-Agent"
        )
    elif status in (401, 403):
        message = (
            f"{line}: access denied; the source needs credentials (headers in sources.toml)"
            " or refuses feedhub"
        )
    elif status == 410:
        message = f"{line}: the feed is gone for good; remove the source or correct its URL"
    elif status in (429, 503):
        wait = f", asked to wait (Retry-After: {retry_after})" if retry_after else ""
        message = f"{line}: rate limited or overloaded{wait}"
    else:
        message = line
    return FetchError(source.id, url, message, status=status, retry_after=retry_after)


def _read_capped(response: httpx.Response, source: Source, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            source.id, str(response.url), f"response of {declared} bytes exceeds {max_bytes}"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(
                source.id, str(response.url), f"response exceeds {max_bytes} bytes (decoded)"
            )
        chunks.append(chunk)
    return b"".join(chunks)
