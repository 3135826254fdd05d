"""What a request asks for, read from its headers (pure functions, no I/O).

- `host_problem`: the Host header fields a request must carry (RFC 9112 §3.2).
- `q_values`, `prefers_html`, `choose_encoding`: proactive content negotiation by the
  Accept and Accept-Encoding q-values (RFC 9110 §12): a browser gets the HTML page for a
  feed URL, a feed reader the feed; br, gzip or identity by what the client accepts.

The header values arrive as the client sent them; anything unreadable counts as absent
(a q-value that is not a number is 0).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_HOST = re.compile(r"(?:\[[0-9A-Za-z:.%_~-]+\]|[A-Za-z0-9._~%!$&'()*+,;=-]+)(?::[0-9]*)?")


def host_problem(version: str, hosts: Sequence[str]) -> str | None:
    """What is wrong with a request's Host header fields (RFC 9112 §3.2), or None: an
    HTTP/1.1 request must have exactly one; any request may have at most one, and a
    valid one. HTTP/1.0 may leave it out; HTTP/2 and later name the host in :authority,
    so only more than one, or an invalid one, is wrong there."""
    if not hosts:
        return "HTTP/1.1 requires a Host header" if version == "1.1" else None
    if len(hosts) > 1:
        return "more than one Host header"
    if _HOST.fullmatch(hosts[0]) is None:
        return "invalid Host header"
    return None


def q_values(header: str) -> dict[str, float]:
    """An Accept or Accept-Encoding header as {value: q} (RFC 9110 §12.4.2)."""
    ranked: dict[str, float] = {}
    for part in header.lower().split(","):
        value, _, params = part.strip().partition(";")
        if not value.strip():
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, raw = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(raw)
                except ValueError:
                    q = 0.0
        ranked[value.strip()] = q
    return ranked


@functools.lru_cache(maxsize=512)  # clients send the same few headers again and again
def prefers_html(accept: str) -> bool:
    """A browser (text/html ranked above every feed type and */*) rather than a reader."""
    ranked = q_values(accept)
    html = max(ranked.get("text/html", 0.0), ranked.get("application/xhtml+xml", 0.0))
    others = [
        q
        for media, q in ranked.items()
        if media not in ("text/html", "application/xhtml+xml")
        and ("xml" in media or "json" in media or media == "*/*")
    ]
    return html > 0 and all(html > q for q in others)


@functools.lru_cache(maxsize=512)
def choose_encoding(accept_encoding: str, brotli: bool) -> str:
    """br, gzip or identity by the client's q-values (RFC 9110 §12.5.3); br wins a tie."""
    q = {("gzip" if c == "x-gzip" else c): v for c, v in q_values(accept_encoding).items()}
    star = q.get("*", 0.0)
    offers = (["br"] if brotli else []) + ["gzip"]
    best = max(offers, key=lambda c: (q.get(c, star), c == "br"))
    return best if q.get(best, star) > 0 else "identity"
