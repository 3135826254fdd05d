"""The connection layer under the sources' HTTP client: an httpx transport whose
connections keep to the deadline of the request under way and, unless allowed, reach
public addresses only.

Who may be reached: unless `allow_private`, the transport resolves a host itself, refuses
it if any of its addresses is loopback, link-local, reserved, multicast or private
(PrivateAddressError, an httpcore.ConnectError: httpx raises it as the cause of an
httpx.ConnectError, before a byte is sent), and connects to the address it checked, so a
rebinding DNS answer cannot slip in between check and connect. Unix sockets are refused.

How long: within `deadline_at(expires)`, every connect, TLS handshake, read and write in
this thread (context) is shortened to end by `expires` (by time.monotonic()) and fails
with httpcore's timeout once it has passed (httpx raises an httpx.TimeoutException). The
deadline is looked up on every operation, never fixed on a connection, so a pooled
connection reused later is bound by the deadline of the request reusing it, or by none
outside deadline_at (a websub ping).

Knows nothing of feeds, sources or bodies: http.py decides what to ask and what an answer
means; httpcore shapes stop here and at the httpx client built on Transport.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

# Connections are pooled per origin (scheme, host, port): a request looks only at its
# origin's connections. (One shared httpcore pool checks every pooled connection, a system
# call each, on every request: kept small, it made every poll of a host with several
# sources connect again.) An origin keeps at most LIMITS.max_keepalive_connections idle
# connections, for LIMITS.keepalive_expiry seconds: a source is polled every few minutes, so
# a connection is reused by the sources sharing a host within seconds (a portal's section
# feeds).
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=2, keepalive_expiry=5.0)
PRUNE_EVERY = 256  # requests between looks for origins unused since their expiry


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


# When the request under way in this thread (context) must be done, by time.monotonic();
# None outside deadline_at(). The streams below read it on every operation, so a pooled
# connection reused later by another request is bound by that request's deadline, or by
# none (a websub ping).
_DEADLINE: ContextVar[float | None] = ContextVar("feedhub_fetch_deadline", default=None)


@contextmanager
def deadline_at(expires: float) -> Iterator[None]:
    """Within the block, every operation on a connection of a Transport in this thread
    (context) ends by `expires` (by time.monotonic())."""
    token = _DEADLINE.set(expires)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """`timeout`, shortened to the time left until the current request's deadline; raises
    `expired` once that has passed."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake ends by the deadline of the
    request using it: the stream returned by start_tls is wrapped too."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """Connects within the current request's deadline; its streams keep to deadlines."""

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
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class Transport(httpx.HTTPTransport):
    """httpx's transport on pools whose connections keep to the deadline of the request
    under way and, unless `allow_private`, reach public addresses only: one pool per
    origin (_PerOrigin)."""

    def __init__(self, *, allow_private: bool) -> None:
        super().__init__()
        backend: httpcore.NetworkBackend = httpcore.SyncBackend()
        if not allow_private:
            backend = _PublicOnlyBackend(backend)
        network = _DeadlineBackend(backend)
        ssl_context = httpx.create_ssl_context()

        def pool() -> httpcore.ConnectionPool:
            return httpcore.ConnectionPool(
                ssl_context=ssl_context,
                max_connections=LIMITS.max_connections,
                max_keepalive_connections=LIMITS.max_keepalive_connections,
                keepalive_expiry=LIMITS.keepalive_expiry,
                network_backend=network,
            )

        # httpx builds its connection pool without a way to pass a network backend: ours
        # in its place (tests/test_fetch.py catches an httpx that changes this)
        self._pool = _PerOrigin(pool, expiry=LIMITS.keepalive_expiry or 0.0)  # type: ignore[assignment]


_Key = tuple[bytes, bytes, int | None]  # scheme, host, port


@dataclass(slots=True)
class _Origin:
    pool: httpcore.ConnectionPool
    busy: int = 0  # responses open
    used: float = 0.0  # time.monotonic() the last one was closed


class _PerOrigin:
    """httpcore connection pools, one per origin, made on first use and closed when
    unused for longer than their connections live. Stands in for httpx's one pool
    (handle_request, close, context manager)."""

    def __init__(self, make: Callable[[], httpcore.ConnectionPool], *, expiry: float) -> None:
        self._make = make
        self._expiry = expiry
        self._origins: dict[_Key, _Origin] = {}
        self._lock = threading.Lock()
        self._requests = 0

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        key = (request.url.scheme, request.url.host, request.url.port)
        with self._lock:
            origin = self._origins.get(key)
            if origin is None:
                origin = self._origins[key] = _Origin(self._make())
            origin.busy += 1
            self._requests += 1
            if self._requests % PRUNE_EVERY == 0:
                self._prune()
        try:
            response = origin.pool.handle_request(request)
        except BaseException:
            self._release(origin)
            raise
        stream = response.stream
        assert isinstance(stream, Iterable)
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_Releasing(stream, lambda: self._release(origin)),
            extensions=response.extensions,
        )

    def _release(self, origin: _Origin) -> None:
        with self._lock:
            origin.busy -= 1
            origin.used = time.monotonic()

    def _prune(self) -> None:
        """Close the pools of origins with no response open, unused since their
        connections expired (under the lock: nobody can pick one up meanwhile)."""
        cutoff = time.monotonic() - self._expiry
        for key in [k for k, o in self._origins.items() if o.busy == 0 and o.used < cutoff]:
            self._origins.pop(key).pool.close()

    def close(self) -> None:
        with self._lock:
            origins, self._origins = list(self._origins.values()), {}
        for origin in origins:
            origin.pool.close()

    def __enter__(self) -> _PerOrigin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Releasing:
    """A response body that tells its pool's owner when it is closed."""

    def __init__(self, inner: Iterable[bytes], release: Callable[[], None]) -> None:
        self._inner = inner
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            close = getattr(self._inner, "close", None)
            if close is not None:
                close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()
