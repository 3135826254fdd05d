"""Operator corrections: `feedhub split` and `feedhub merge`, and finding the article meant.

A correction moves one article (dedup.ingest.Dedup.move_article, through the same ingest
session as a source update, so it takes turns with them) and is remembered per (source,
GUID), so re-ingesting the entry keeps it where the operator put it (dedup.match, layer 2).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from feedhub.dedup.keys import story_uid
from feedhub.dedup.keys import tag_authority
from feedhub.dedup.keys import url_key
from feedhub.models import SourceKind
from feedhub.models import StoredArticle

if TYPE_CHECKING:
    from feedhub.runtime import Runtime


def find_article(rt: Runtime, ref: str) -> StoredArticle | None:
    """An article by id, by URL (any form of it: dedup.keys.url_key), or by SOURCE:GUID."""
    if ref.startswith(("http://", "https://")):
        return rt.repo.find_article(ref, url_key=url_key(ref))
    return rt.repo.find_article(ref)


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
