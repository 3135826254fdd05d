"""Which feeds there are and the keys they are stored and served under (pure).

Every published feed is a selection of stories, named by its key:

    section  "politik"             the stories of a configured section
    all      "all"                 every story
    tag      "tag/klimapolitik"    stories one of whose versions carries that category
    author   "author/anna-muster"  ... is by that author
    source   "source/agentur"      ... came from that configured source
    topic    "topic/ukraine"       ... matches a configured topic's rules (rules.py)
    top      "top"                 the stories of the last TOP_WINDOW, ranked by how many
                                   independent sources cover each (a complete feed)
    story    "story/123"           one story: its versions and related stories (complete)

Tag, author and source are *facets*: the facet keys of each stored article are written
beside it (db.ingest, table article_facets), so a facet feed is an indexed lookup and
includes a story when any of its versions has the facet. A facet's value in a key is a
slug (`slug`): lower-case ASCII, umlauts transliterated (ä -> ae), so "Klimapolitik",
"klimapolitik" and "KLIMAPOLITIK" are one feed; source keys use the configured id.

Archive pages (RFC 5005) append "/archive/N" to the key of a paged feed (section, all and
the facets); top and story feeds are complete feeds without archives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from slugify import slugify

from feedhub.models import Article

ALL = "all"
TOP = "top"
FACETS = ("tag", "author", "source", "topic")
STORY = "story"
KINDS = frozenset({*FACETS, STORY})  # kinds written "kind/value"
# section slugs that would shadow a feed of another kind (config.py refuses them)
RESERVED = frozenset({ALL, TOP, *KINDS, "feeds", "stories"})
TOP_WINDOW = timedelta(hours=24)
MAX_TAGS = 20  # facets written per article, at most: a source cannot flood the table
MAX_AUTHORS = 10
MAX_SLUG = 80
_GERMAN = [
    [c, t] for c, t in zip("äöüÄÖÜß", ("ae", "oe", "ue", "Ae", "Oe", "Ue", "ss"), strict=True)
]
_VALUE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_ARCHIVE = "/archive/"


def slug(text: str) -> str:
    """The form of a tag or author name in a feed key ("" when nothing is left)."""
    return slugify(text, max_length=MAX_SLUG, word_boundary=True, replacements=_GERMAN)


@dataclass(frozen=True, slots=True)
class FeedKey:
    """A feed (page None: its subscription document) or one of its archive pages."""

    kind: str  # "section", ALL, TOP, or one of KINDS
    value: str = ""  # the section slug, the facet value, the story id
    page: int | None = None

    @property
    def feed(self) -> str:
        """The subscription feed's key: "politik", "tag/klimapolitik", "story/12"."""
        if self.kind == "section":
            return self.value
        if self.kind in KINDS:
            return f"{self.kind}/{self.value}"
        return self.kind

    @property
    def key(self) -> str:
        """Where the document is stored: the feed's key, or its archive page's."""
        return self.feed if self.page is None else f"{self.feed}{_ARCHIVE}{self.page}"

    @property
    def paged(self) -> bool:
        """Whether the feed has RFC 5005 archive pages (top and story feeds are complete)."""
        return self.kind not in (TOP, STORY)

    @property
    def facet(self) -> bool:
        return self.kind in FACETS


def parse(key: str) -> FeedKey | None:
    """The FeedKey of a stored document's key ("tag/x/archive/3"), None when it is none.
    Whether such a section, facet or story exists is the caller's to check."""
    base, sep, page = key.partition(_ARCHIVE)
    number: int | None = None
    if sep:
        if not page.isdigit() or len(page) > 9:
            return None
        number = int(page)
    kind, slash, value = base.partition("/")
    if not slash:
        if kind in (ALL, TOP):
            found = FeedKey(kind, page=number)
        elif _VALUE.match(kind) and kind not in RESERVED:
            found = FeedKey("section", kind, number)
        else:
            return None
    elif kind in KINDS and _VALUE.match(value):
        if kind == STORY and not value.isdigit():
            return None
        found = FeedKey(kind, value, number)
    else:
        return None
    return None if (number is not None and not found.paged) else found


def story_key(story_id: int) -> str:
    return f"{STORY}/{story_id}"


def facets(article: Article) -> dict[str, str]:
    """The facet keys of an article, each with its label (the name as the source wrote
    it, for feed titles): its source, its first MAX_TAGS categories, MAX_AUTHORS authors."""
    return facet_labels(article.source_id, article.categories, article.authors, article.topics)


def facet_labels(
    source_id: str,
    categories: Sequence[str],
    authors: Sequence[str],
    topics: Sequence[str] = (),
) -> dict[str, str]:
    out = {f"source/{source_id}": source_id}
    out.update((f"topic/{t}", t) for t in topics)
    for kind, names, limit in (("tag", categories, MAX_TAGS), ("author", authors, MAX_AUTHORS)):
        for name in names[:limit]:
            value = slug(name)
            if value:
                out.setdefault(f"{kind}/{value}", name[:200])
    return out


def facet_rows(
    article_id: int,
    source_id: str,
    categories: Sequence[str],
    authors: Sequence[str],
    topics: Sequence[str] = (),
) -> list[dict[str, object]]:
    """The article_facets rows of an article."""
    labels = facet_labels(source_id, list(categories), list(authors), topics)
    return [{"feed": k, "article_id": article_id, "label": v} for k, v in labels.items()]
