"""Fetch a feed over HTTP: conditional GET, redirects, size cap, total deadline, bounded
decoding -> Fetched | NotModified.

An `httpx.Response` never leaves this module. Errors become FetchError naming the source
and URL. Does not parse and does not decide when to poll next (schedule.py does).

Limits against a hostile or broken server: `fetch_timeout` bounds a connect and each
read; the deadline bounds the whole exchange (every redirect hop, headers and body), so a
server trickling a byte a second cannot hold a worker (transport.py enforces it on every
socket operation, and refuses private addresses); the body is decoded as it is read, and
reading stops as soon as it passes the size cap (decoding.py), so memory stays near the
cap whatever a small compressed body expands to.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from feedhub import __version__
from feedhub.errors import FetchError
from feedhub.models import CacheInfo
from feedhub.models import Fetched
from feedhub.models import FetchResult
from feedhub.models import NotModified
from feedhub.models import Source
from feedhub.sources.challenge import challenge_vendor
from feedhub.sources.decoding import ACCEPT_ENCODING
from feedhub.sources.decoding import BodyError
from feedhub.sources.decoding import decoded
from feedhub.sources.transport import PrivateAddressError
from feedhub.sources.transport import Transport
from feedhub.sources.transport import deadline_at

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9,"
    " application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
MAX_REDIRECTS = 5


def user_agent(contact: str) -> str:
    contact = f"; +{contact}" if contact else ""
    return f"feedhub/{__version__} (feed hub{contact})"


def make_client(*, contact: str, timeout: float, allow_private: bool = False) -> httpx.Client:
    """A client for sources: redirects followed, explicit timeouts, our UA, only the
    content codings fetch() decodes; its connections keep to fetch()'s deadline; unless
    `allow_private`, no connection to a private, loopback or link-local address."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={
            "User-Agent": user_agent(contact),
            "Accept": ACCEPT,
            "Accept-Encoding": ACCEPT_ENCODING,
        },
        transport=Transport(allow_private=allow_private),
    )


def fetch(
    client: httpx.Client,
    source: Source,
    cache: CacheInfo,
    *,
    max_bytes: int,
    deadline: float,
    url: str | None = None,
) -> FetchResult:
    """GET `url` (default: the source's configured URL), sending the validators of the
    last response. Redirects are followed; the result names where permanent ones led.

    The whole exchange (every redirect hop, headers and body) must be done within
    `deadline` seconds; a client from make_client enforces it on every socket operation.

    Raises FetchError on network errors, HTTP errors, bodies over `max_bytes` (as sent
    or decoded), an unknown Content-Encoding and a missed deadline.
    """
    url = url or source.url
    assert url is not None
    headers = dict(source.headers)
    if cache.etag:
        headers["If-None-Match"] = cache.etag
    if cache.last_modified:
        headers["If-Modified-Since"] = cache.last_modified
    expires = time.monotonic() + deadline
    try:
        with deadline_at(expires), client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                # a 304 has no body (RFC 9110 §15.4.5); reading its end lets the connection
                # go back to the pool instead of being closed (it was, on every 304)
                response.read()
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
        if time.monotonic() >= expires:
            message = f"no complete response within {deadline:g} s (fetch_deadline)"
            raise FetchError(source.id, url, message) from e
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
        try:
            for chunk in _body(response, source, ERROR_BODY_BYTES):
                body += chunk
                if len(body) >= ERROR_BODY_BYTES:
                    break
        except FetchError:
            pass  # too big, undecodable or an unknown coding: the status says enough
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
    return b"".join(_body(response, source, max_bytes))


def _body(response: httpx.Response, source: Source, limit: int) -> Iterator[bytes]:
    """The body, decoded by its Content-Encoding (see decoding.decoded); FetchError as
    soon as it passes `limit` bytes as sent or decoded, on an unsupported coding and on
    data that does not decode."""
    encoding = response.headers.get("content-encoding", "")
    try:
        yield from decoded(encoding, response.iter_raw(), limit)
    except BodyError as e:
        raise FetchError(source.id, str(response.url), str(e)) from e
