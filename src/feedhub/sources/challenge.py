"""Is a response an anti-bot challenge page rather than the feed? (pure)

CDNs and bot-protection services answer a client they do not trust with an HTML page
that runs a script or asks for a CAPTCHA, usually with 403, 429 or 503, sometimes with
200. Reported as such, an operator knows to ask the publisher to allow feedhub's
User-Agent, rather than hunting a parse error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_MARKERS = re.compile(
    rb"(?i)(cf-chl|challenge-platform|cf_chl_opt|just a moment\.\.\.|attention required! \|"
    rb" cloudflare|ddos-guard|captcha|_incapsula_resource|perimeterx|px-captcha"
    rb"|sucuri website firewall|checking your browser)"
)
_VENDORS = (
    (re.compile(rb"(?i)cloudflare|cf-chl|cf_chl"), "Cloudflare"),
    (re.compile(rb"(?i)ddos-guard"), "DDoS-Guard"),
    (re.compile(rb"(?i)incapsula"), "Imperva Incapsula"),
    (re.compile(rb"(?i)perimeterx|px-captcha"), "PerimeterX"),
    (re.compile(rb"(?i)sucuri"), "Sucuri"),
)


def challenge_vendor(body: bytes, headers: Mapping[str, str]) -> str | None:
    """The protection service's name ("a bot-protection service" if unknown) when the
    response is a challenge page, else None. `headers` have lower-case names."""
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare"
    head = body[:65536]
    if b"<" not in head or not _MARKERS.search(head):
        return None
    for pattern, name in _VENDORS:
        if pattern.search(head) or pattern.search(headers.get("server", "").encode()):
            return name
    return "a bot-protection service"
