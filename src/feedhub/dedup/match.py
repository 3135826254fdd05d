"""Which story does a new article belong to, and why? (pure; the store supplies the hits)

Layers, cheapest first; the first that fires decides and its reason is recorded:

1. same source and same GUID: the article is a version we already have. If its title,
   text or update time changed it is updated in place ("update"), else "unchanged".
2. same canonical URL (dedup.keys.url_key: tracking parameters, fragment, scheme, "www."
   ignored), from any source: attached to that story as a further version.
3. same text (dedup.keys.content_hash of title + text): attached likewise; catches a copy
   re-published under a new URL and GUID.

A source configured with `merge = false` never joins another story and no other article
joins its stories: for it only layer 1 applies.

Near-duplicate text (MinHash-LSH) and related-story links are the next layers (issue 4);
they slot in after layer 3 with the same Decision shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from feedhub.models import Article


class Action(StrEnum):
    UNCHANGED = "unchanged"
    UPDATE = "update"
    ATTACH = "attach"
    NEW = "new"


REASON_NEW = "new story"
REASON_SAME_URL = "same canonical URL"
REASON_SAME_TEXT = "same text"


@dataclass(frozen=True, slots=True)
class Known:
    """An article already stored, as far as the matcher needs it."""

    article_id: int
    story_id: int
    source_id: str
    title: str
    content_hash: str
    updated: datetime | None
    mergeable: bool


@dataclass(frozen=True, slots=True)
class ExactHits:
    same_guid: Known | None = None
    same_url: Known | None = None
    same_text: Known | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: str
    story_id: int | None = None
    article_id: int | None = None


def decide(article: Article, hits: ExactHits, *, mergeable: bool) -> Decision:
    """Apply the layers above in order."""
    known = hits.same_guid
    if known is not None:
        changed = (
            known.content_hash != article.content_hash
            or known.title != article.title
            or known.updated != article.updated
        )
        return Decision(
            Action.UPDATE if changed else Action.UNCHANGED,
            "same source and GUID",
            known.story_id,
            known.article_id,
        )
    if mergeable:
        for hit, reason in ((hits.same_url, REASON_SAME_URL), (hits.same_text, REASON_SAME_TEXT)):
            if hit is not None and hit.mergeable:
                return Decision(
                    Action.ATTACH,
                    f"{reason} as {hit.source_id} article {hit.article_id}",
                    hit.story_id,
                )
    return Decision(Action.NEW, REASON_NEW)
