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
import time
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

# Idle connections kept for reuse. A source is polled every few minutes, so a connection
# is reused only by sources sharing a host within seconds; and httpcore checks every
# pooled connection (a system call each) on every request, so a large pool costs more
# CPU per poll than the handshakes it saves.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=8, keepalive_expiry=5.0)


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
    """httpx's transport on a pool whose connections keep to the deadline of the request
    under way and, unless `allow_private`, reach public addresses only."""

    def __init__(self, *, allow_private: bool) -> None:
        super().__init__()
        backend: httpcore.NetworkBackend = httpcore.SyncBackend()
        if not allow_private:
            backend = _PublicOnlyBackend(backend)
        # httpx builds its connection pool without a way to pass a network backend: the
        # same pool, with ours (tests/test_fetch.py catches an httpx that changes this)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=LIMITS.max_connections,
            max_keepalive_connections=LIMITS.max_keepalive_connections,
            keepalive_expiry=LIMITS.keepalive_expiry,
            network_backend=_DeadlineBackend(backend),
        )
