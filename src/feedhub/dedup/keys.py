"""Exact dedup keys (pure functions, no I/O).

canonical_url(url)
    The URL as it should be linked and compared: scheme and host lower-cased, default
    port and fragment dropped, tracking parameters removed (utm_*, fbclid, wt_mc, ...),
    remaining query parameters kept in their order. Idempotent.
url_key(url)
    What two URLs must share to be the same page: the canonical URL without scheme
    (http and https are the same page), without a leading "www." and trailing "/".
content_hash(title, text)
    Hash of the case-folded, whitespace-collapsed title and text: the same text under a
    new URL and a new GUID.
"""

from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import parse_qsl
from urllib.parse import quote
from urllib.parse import urlencode
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

# Query parameters that identify a campaign or a click, not a page.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_enc_id",
        "oly_anon_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "source",
        "cmp",
        "cmpid",
        "ocid",
        "xtor",
        "icid",
        "maca",
        "gepc",
        "wt_mc",
        "wt_zmc",
        "wt.mc_id",
        "wtmc",
        "dmcid",
        "feature",
        "share",
        "sh",
        "smid",
        "soc_src",
        "soc_trk",
        "ito",
        "at_medium",
        "at_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "wt_", "ns_", "pk_", "mtm_", "ga_", "sara_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def is_tracking(name: str) -> bool:
    n = name.lower()
    return n in TRACKING_PARAMS or n.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Absolute http(s) URL -> canonical form. Other URLs are returned stripped."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.rstrip(".").lower()
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~") or "/"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


_MOBILE_HOSTS = ("www.", "m.", "mobile.", "amp.")
_AMP_PATH = re.compile(r"(/amp(?=/|$))|(\.amp(?=\.html?$))|(-rss(?=\.html?$))", re.I)
_AMP_PARAMS = frozenset({"amp", "outputtype", "_amp", "amp_js_v"})


@functools.lru_cache(maxsize=8192)  # an article's links are keyed for the index and lookups
def url_key(url: str) -> str:
    """The part of a canonical URL that identifies the page (see module docstring).

    Also folds the AMP, mobile and feed forms of a page onto it: `m.`/`amp.` hosts,
    `/amp/` path segments, `.amp.html`, `-rss.html`, `?amp` and `outputType=amp`.
    """
    c = canonical_url(url)
    parts = urlsplit(c)
    host = parts.netloc
    for prefix in _MOBILE_HOSTS:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    path = _AMP_PATH.sub("", parts.path).rstrip("/") or "/"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in _AMP_PARAMS
        ]
    )
    return f"//{host}{path}" + (f"?{query}" if query else "")


def normalized_text(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def content_hash(title: str, text: str) -> str:
    h = hashlib.sha256()
    h.update(normalized_text(title).encode())
    h.update(b"\0")
    h.update(normalized_text(text).encode())
    return h.hexdigest()[:32]


def story_uid(source_id: str, guid: str, link: str | None, *, authority: str, own: bool) -> str:
    """The published entry id of a new story; stored, so it never changes afterwards.

    The portal's own articles keep their canonical URL (readers already know it); any
    other story gets a tag URI (RFC 4151) derived from the first version's source and GUID.
    """
    if own and link:
        return link
    digest = hashlib.sha256(f"{source_id}\0{guid}".encode()).hexdigest()[:24]
    return f"tag:{authority},2025:story:{digest}"


def tag_authority(base_url: str) -> str:
    """A DNS name for tag URIs: the base URL's host, or feedhub.localhost for an IP."""
    host = (urlsplit(base_url).hostname or "").lower()
    if not host or re.fullmatch(r"[\d.:\[\]]+", host):
        return "feedhub.localhost"
    return host
