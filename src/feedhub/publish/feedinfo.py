"""What a rendered feed is: its formats, media types and self-description, and the
times and bodies of its entries, shared by every format (publish.render, publish.atom_rss).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from feedhub.models import FeedOrigin
from feedhub.models import StoredArticle
from feedhub.models import Story

FORMATS = ("atom", "rss", "json")
MEDIA_TYPES = {
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
BROWSER = "html"  # the page a browser gets for a feed URL (content negotiation)
EMPTY_FEED_UPDATED = datetime(1970, 1, 1, tzinfo=UTC)
# the look of the pages people see (the index, a feed opened in a browser): readable on
# a phone as on a desktop
PAGE_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
    "padding:0 1rem;color:#222}"
    "h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin-top:1.5rem}"
    "a{color:#0b5cad}.meta{color:#555;font-size:.9em}"
    ".note{background:#f4f4f4;padding:.75rem 1rem;border-radius:.3rem}"
    "code{word-break:break-all}"
)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """How a feed names a configured source in provenance: its public name, its feed URL
    (None for a folder), and whether it is the portal's own (its entries are no copies)."""

    name: str
    url: str | None = None
    own: bool = False


@dataclass(frozen=True, slots=True)
class Origin:
    """The feed an entry was copied from, as its Atom <source> and RSS <source> name it."""

    id: str
    title: str
    link: str  # the website, else a feed
    feed_url: str  # the feed itself (RSS <source url>)
    updated: datetime


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a published feed says about itself."""

    slug: str  # the feed's key (feeds.py): "politik", "all", "tag/klimapolitik", "story/12"
    title: str
    description: str
    language: str
    base_url: str  # the service's public base URL, ending in "/"
    sources: Mapping[str, SourceRef] = field(default_factory=dict)  # by source id
    page: int | None = None  # RFC 5005 archive page number; None: the subscription feed
    prev_page: int | None = None  # the next older archive page
    next_page: int | None = None  # the next newer archive page (None: the subscription feed)
    hubs: tuple[str, ...] = ()  # WebSub hubs announced by the subscription feed
    complete: bool = False  # RFC 5005 §2: the feed holds every entry (top, story feeds)
    timezone: str = "UTC"  # of the times on the HTML page (the portal's, not the feeds')

    @property
    def key(self) -> str:
        """Where the document is stored and served: "politik", "politik/archive/3"."""
        return self.slug if self.page is None else archive_key(self.slug, self.page)

    @property
    def path(self) -> str:
        """Where it is served, below the base URL: "feeds/politik"; a story's feed is
        "stories/12"."""
        kind, _, value = self.slug.partition("/")
        return f"stories/{value}" if kind == "story" else f"feeds/{self.slug}"

    def page_url(self, page: int | None, fmt: str) -> str:
        if page is None:
            return f"{self.base_url}{self.path}.{fmt}"
        return f"{self.base_url}{self.path}/archive/{page}.{fmt}"

    def source(self, source_id: str) -> SourceRef:
        return self.sources.get(source_id) or SourceRef(source_id)

    def origin(self, version: StoredArticle) -> Origin | None:
        """Where a version was copied from: the feed it came in (its own id, title,
        website, URL, last update), else what the config says of its source, else the
        source's feed on this service. None for the portal's own articles."""
        a = version.article
        ref = self.source(a.source_id)
        if ref.own:
            return None
        o = a.origin or FeedOrigin()
        here = f"{self.base_url}feeds/source/{a.source_id}"
        feed_url = o.self_url or ref.url or f"{here}.rss"
        return Origin(
            id=o.id or o.self_url or ref.url or here,
            title=o.title or ref.name,
            link=o.link or feed_url,
            feed_url=feed_url,
            updated=o.updated or version.first_seen,
        )

    def url(self, fmt: str) -> str:
        return self.page_url(self.page, fmt)

    @property
    def id(self) -> str:
        return f"{self.base_url}{self.path}"


FORMAT_LABELS = {"atom": "Atom-Feed", "rss": "RSS-Feed", "json": "JSON Feed"}


def subscribe_note(fmt: str, url: str) -> str:
    """The sentence of a feed's page that says which feed the reader opened and which
    address to copy. The page is rendered once, for Atom; publish.app swaps in the
    sentence of the format actually opened (an exact replacement of this text)."""
    return (
        f'Dies ist ein <span id="format">{FORMAT_LABELS[fmt]}</span>. Kopieren Sie die'
        f' Adresse in Ihren Feedreader, um ihn zu abonnieren: <code id="feed-url">'
        f"{escape(url)}</code>"
    )


def local_time(when: datetime, timezone: str) -> str:
    """A time as people in the portal's time zone read it: "15.08.2025, 12:00 Uhr"."""
    return when.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y, %H:%M Uhr")


def archive_key(slug: str, page: int) -> str:
    return f"{slug}/archive/{page}"


def feed_updated(stories: Sequence[Story]) -> datetime:
    return max((s.updated for s in stories), default=EMPTY_FEED_UPDATED)


def entry_times(story: Story) -> tuple[datetime, datetime]:
    """(published, updated) of an entry: the representative's, falling back to the story's."""
    a = story.representative.article
    published = a.published or story.published
    return published, max(a.updated or published, published)


def rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def content_html(content_html: str, summary: str) -> str:
    """The body, or the summary as a paragraph when the source sent no body."""
    return content_html or f"<p>{escape(summary, quote=False)}</p>"
