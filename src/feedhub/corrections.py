"""Operator corrections: `feedhub split` and `feedhub merge`, and finding what an id names.

A correction moves one article (dedup.ingest.Dedup.move_article, through the same ingest
session as a source update, so it takes turns with them) and is remembered per (source,
GUID), so re-ingesting the entry keeps it where the operator put it (dedup.match, layer 2).

Every id an operator sees is accepted (`find`, tried in this order, the first hit wins):

    123                          an article id (as `feedhub explain` prints it)
    story:123, story/123         a story id (story/123 is the story feed's key)
    https://.../stories/123.atom a story's feed (.rss, .json, .html too), on any host
    UID#version-123              an entry of a story's feed: that version (article 123)
    UID                          a published entry id (Atom <id>, RSS <guid>, JSON "id"):
                                 an own article's URL or tag:HOST,2025:story:...
                                 (dedup.keys.story_uid)
    https://...                  an article URL, any form of it (dedup.keys.url_key)
    SOURCE:GUID                  an article by its source and GUID
    monrose:article:499244       a portal article by its front-matter `id` (the GUID the
                                 portal source gives it, sources.portal) without the
                                 source, when one portal source alone has it

A story id and a published entry id name a story; the others name an article (and so
its story). `find_article` is what split and merge take as the article to move: the
article forms first (an own article's URL is its article, though it is also its story's
published id), then a story reference if that story has one version only.
Reads only; writes go through split and merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from feedhub.dedup.keys import story_uid
from feedhub.dedup.keys import tag_authority
from feedhub.dedup.keys import url_key
from feedhub.models import SourceKind
from feedhub.models import StoredArticle

if TYPE_CHECKING:
    from feedhub.runtime import Runtime

# what `feedhub explain` and friends say when an id names nothing
ACCEPTED = (
    "an article id (123), an article URL, SOURCE:GUID, a portal article's front-matter id,"
    " a published entry id (an own article's URL or tag:...), story:ID,"
    " or a story feed URL (.../stories/ID.atom)"
)
_ID = re.compile(r"[0-9]{1,18}")  # ids are 64-bit: a longer number names nothing
_STORY = re.compile(r"story[:/]([0-9]{1,18})", re.IGNORECASE)
_STORY_FEED = re.compile(r"(?:^|/)stories/([0-9]{1,18})\.(?:atom|rss|json|html)$")
_VERSION = re.compile(r"(.+)#version-([0-9]{1,18})")


@dataclass(frozen=True, slots=True)
class Found:
    """What an id names: an article (`article` set; `story_id` is its story) or a whole
    story (`article` None)."""

    story_id: int
    article: StoredArticle | None


class AmbiguousId(LookupError):
    """A bare portal id that more than one portal source has; `candidates` are the
    SOURCE:GUID forms that each name one of the articles."""

    def __init__(self, ref: str, candidates: list[str]) -> None:
        self.ref = ref
        self.candidates = candidates
        super().__init__(f"{ref!r} is ambiguous: {', '.join(candidates)}")


class NotOneArticle(LookupError):
    """An id that names a story of several versions where one article is needed."""

    def __init__(self, ref: str, story_id: int, article_ids: list[int]) -> None:
        self.ref = ref
        self.story_id = story_id
        self.article_ids = article_ids
        ids = ", ".join(str(i) for i in article_ids)
        super().__init__(
            f"{ref!r} names story {story_id}, which has {len(article_ids)} versions;"
            f" give one of its articles: {ids}"
        )


def find(rt: Runtime, ref: str) -> Found | None:
    """What `ref` names, an article or a story (the forms and their order: module
    docstring); None if nothing. Raises AmbiguousId for a bare portal id that several
    portal sources have."""
    ref = ref.strip()
    if not ref:
        return None
    if _ID.fullmatch(ref):
        return _article(rt.repo.find_article(ref))
    m = _STORY.fullmatch(ref)
    if m:
        return _story(rt, int(m.group(1)))
    if _is_feed_entry_id(rt, ref):
        article_id = ref.rpartition("#version-")[2]
        return _article(rt.repo.find_article(article_id))
    uid_story = rt.repo.story_id_by_uid(ref)
    if uid_story is not None:
        return _story(rt, uid_story)
    if ref.startswith(("http://", "https://")):
        m = _STORY_FEED.search(_path(ref))
        found = _story(rt, int(m.group(1))) if m else None
        return found or _article(_by_url(rt, ref))
    return _article(_by_source_guid(rt, ref)) or _by_portal_id(rt, ref)


def find_article(rt: Runtime, ref: str) -> StoredArticle | None:
    """The one article `ref` names (split and merge move it): an article id, URL,
    SOURCE:GUID, portal id or story feed entry id; else a story reference whose story
    has a single version. None if nothing. Raises NotOneArticle for a story of several
    versions, AmbiguousId for a bare portal id several portal sources have."""
    ref = ref.strip()
    if ref.startswith(("http://", "https://")) and not _is_feed_entry_id(rt, ref):
        by_url = _by_url(rt, ref)
        if by_url is not None:
            return by_url
    found = find(rt, ref)
    if found is None or found.article is not None:
        return found.article if found else None
    story = rt.repo.story(found.story_id)
    if story is None:
        return None
    if story.versions:
        ids = [v.id for v in (story.representative, *story.versions)]
        raise NotOneArticle(ref, story.id, sorted(ids))
    return story.representative


def split(rt: Runtime, article: StoredArticle, now: datetime) -> int:
    """Move the article into a story of its own; returns that story's id."""
    uid = split_uid(rt, article)
    return rt.dedup.move_article(article, to_story=None, new_uid=uid, now=now)


def merge(rt: Runtime, article: StoredArticle, into: int, now: datetime) -> int:
    """Move the article into story `into`; returns it."""
    return rt.dedup.move_article(article, to_story=into, new_uid="", now=now)


def split_uid(rt: Runtime, stored: StoredArticle) -> str:
    """Published id for a story an operator splits off: derived like any new story's."""
    source = rt.settings.source(stored.article.source_id)
    own = source is not None and source.kind is SourceKind.PORTAL
    return story_uid(
        stored.article.source_id,
        stored.article.guid,
        stored.article.url,
        authority=tag_authority(rt.settings.service.base_url),
        own=own,
    )


def _article(stored: StoredArticle | None) -> Found | None:
    return Found(stored.story_id, stored) if stored is not None else None


def _story(rt: Runtime, story_id: int) -> Found | None:
    return Found(story_id, None) if rt.repo.story(story_id) is not None else None


def _is_feed_entry_id(rt: Runtime, ref: str) -> bool:
    """Whether `ref` is UID#version-ID with UID a story's published id (so an own
    article's URL with that fragment is the entry, not the page)."""
    m = _VERSION.fullmatch(ref)
    return m is not None and rt.repo.story_id_by_uid(m.group(1)) is not None


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def _by_url(rt: Runtime, url: str) -> StoredArticle | None:
    """The first article stored under any form of `url`."""
    return rt.repo.find_article(url, url_key=url_key(url))


def _by_source_guid(rt: Runtime, ref: str) -> StoredArticle | None:
    source_id, sep, guid = ref.partition(":")
    if not sep or not source_id or not guid:
        return None
    return rt.repo.find_article(ref)


def _by_portal_id(rt: Runtime, ref: str) -> Found | None:
    """A portal article by its front-matter id: the GUID its portal source stored it
    under (sources.portal.read_article), looked up in each configured portal source."""
    hits = [
        stored
        for source in rt.settings.sources
        if source.kind is SourceKind.PORTAL
        and (stored := rt.repo.find_article(f"{source.id}:{ref}")) is not None
    ]
    if len(hits) > 1:
        raise AmbiguousId(ref, [f"{h.article.source_id}:{ref}" for h in hits])
    return _article(hits[0]) if hits else None
