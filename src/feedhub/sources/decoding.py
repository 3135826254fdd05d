"""Undo a body's content codings (gzip, deflate, br) incrementally, within a byte limit.

decoded(content_encoding, chunks, limit) takes a Content-Encoding header value and the
body as sent, as any iterator of bytes, and yields the body decoded, in chunks of about
DECODE_CHUNK bytes at most. Codings listed in the order applied are undone in reverse;
"identity" and empty entries are skipped; "x-gzip" is gzip.

Invariants: the body as sent is pulled only as fast as decoding needs it, and BodyError
is raised as soon as it passes `limit` bytes as sent or decoded, so memory stays near
`limit` whatever a small compressed body expands to. A coding not in DECODERS is refused
before a byte is pulled. What follows the end of a compressed stream is not pulled.
Failures of the body itself (too big, unknown coding, data that does not decode) are
BodyError, its message for an operator; errors raised by `chunks` pass through as they
are. ACCEPT_ENCODING offers exactly the codings decoded here.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator

import brotli

DECODE_CHUNK = 65536  # about the most bytes one decoding step yields


class BodyError(Exception):
    """A body that cannot be had within the limit or cannot be decoded; the message says
    why, as an operator needs to read it."""


def _inflate(chunks: Iterator[bytes], wbits: int) -> Iterator[bytes]:
    """Decode zlib, gzip or raw deflate data (by `wbits`, as zlib takes it), DECODE_CHUNK
    bytes at most at a time. Stops at the end of the compressed stream (what follows is
    not read)."""
    inflater = zlib.decompressobj(wbits)
    for data in chunks:
        out = inflater.decompress(data, DECODE_CHUNK)
        while out:  # empty only once all input is taken and all output given
            yield out
            out = inflater.decompress(inflater.unconsumed_tail, DECODE_CHUNK)
        if inflater.eof:
            return


def _deflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Decode 'deflate': zlib data (RFC 9110 §8.4.1.2), or raw deflate as some servers
    send it, told apart by the zlib header (RFC 1950 §2.2)."""
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= 2:
            break
    wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and int.from_bytes(head[:2]) % 31 == 0
    yield from _inflate(
        itertools.chain([head], chunks), zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
    )


def _unbrotli(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Decode brotli data, about DECODE_CHUNK bytes at most at a time. Stops at the end of
    the compressed stream."""
    decompressor = brotli.Decompressor()
    for data in chunks:
        out = decompressor.process(data, output_buffer_limit=DECODE_CHUNK)
        # the decoder may hold output even when it would take more input: ask until a
        # call gives nothing, and feed it more only once it can take it
        while out or not decompressor.can_accept_more_data():
            if out:
                yield out
            out = decompressor.process(b"", output_buffer_limit=DECODE_CHUNK)
        if decompressor.is_finished():
            return


# The content codings decoded here (and offered in Accept-Encoding), by name.
DECODERS: dict[str, Callable[[Iterator[bytes]], Iterator[bytes]]] = {
    "gzip": lambda chunks: _inflate(chunks, 16 + zlib.MAX_WBITS),
    "deflate": _deflate,
    "br": _unbrotli,
}
ACCEPT_ENCODING = ", ".join(DECODERS)
CODING_ALIASES = {"x-gzip": "gzip"}  # RFC 9110 §8.4.1.3


def decoded(content_encoding: str, chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """The body `chunks` (as sent), decoded by `content_encoding` (codings applied in the
    order listed are undone in reverse), in chunks of about DECODE_CHUNK bytes at most.

    Raises BodyError as soon as the body as sent or decoded passes `limit` bytes (so
    memory stays near `limit` whatever the body expands to), on a coding not in DECODERS
    and on data that does not decode.
    """
    listed = (c.strip().lower() for c in content_encoding.split(","))
    codings = [CODING_ALIASES.get(c, c) for c in listed if c not in ("", "identity")]
    for coding in codings:
        if coding not in DECODERS:
            raise BodyError(
                f"unsupported Content-Encoding {coding!r} (accepted: {ACCEPT_ENCODING})"
            )

    def raw() -> Iterator[bytes]:
        size = 0
        for chunk in chunks:
            size += len(chunk)
            if size > limit:
                raise BodyError(f"response exceeds {limit} bytes (as sent)")
            yield chunk

    body = raw()
    for coding in reversed(codings):
        body = DECODERS[coding](body)
    size = 0
    try:
        for chunk in body:
            size += len(chunk)
            if size > limit:
                raise BodyError(f"response exceeds {limit} bytes (decoded)")
            yield chunk
    except (zlib.error, brotli.error) as e:
        coding = ", ".join(codings)
        raise BodyError(f"cannot decode the body (Content-Encoding: {coding}): {e}") from e
