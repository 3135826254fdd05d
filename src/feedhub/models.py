"""The vocabulary shared by all stages: frozen dataclasses, no behaviour beyond trivia.

Data types are named for their moment in the flow (DESIGN.md §2):

    Source, Section, Settings       from config/
    Fetched | NotModified           from a source (HTTP, folder)
    ParsedFeed, RawEntry            from the parser, still as the source wrote it
    Article                         normalised: UTC, absolute canonical URL, clean HTML
    Story                           one real-world story as published (a cluster of articles)
    Known, KeyRow, Version          a stored article as dedup weighs it, its index keys, and
                                    what choosing a story's representative weighs
    SourceHealth                    what an operator sees per source
    Pruned                          what one retention transaction deleted

This module imports nothing from feedhub.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from enum import StrEnum


class SourceKind(StrEnum):
    HTTP = "http"
    PORTAL = "portal"
    INBOX = "inbox"


@dataclass(frozen=True, slots=True)
class Source:
    """One configured source (a table in `sources.toml`)."""

    id: str
    kind: SourceKind
    name: str  # the operator's name for it (status page, logs, CLI)
    url: str | None = None  # http
    path: str | None = None  # portal, inbox: absolute folder path
    section: str | None = None  # default section for entries that do not map to one
    categories: Mapping[str, str] = field(default_factory=dict)  # category -> section
    interval: int = 900  # seconds between polls
    max_interval: int = 21600  # bound for the adaptive interval of a quiet source
    trust: int = 50  # 0..100, higher wins as story representative
    merge: bool = True  # False: never merge this source's articles into other stories
    headers: Mapping[str, str] = field(default_factory=dict)
    enabled: bool = True
    allow_private: bool = False  # may its URL resolve to a private/loopback address?
    public_name: str | None = None  # how feeds name it to readers (default: `name`)
    block: tuple[Rule, ...] = ()  # entries matching any are not stored
    keep: tuple[Rule, ...] = ()  # if any: entries matching none are not stored

    @property
    def location(self) -> str:
        """Where the source lives, for messages: its URL or its folder."""
        return self.url or self.path or ""


@dataclass(frozen=True, slots=True)
class Rule:
    """An entry rule, Miniflux-style FIELD=REGEX (feedhub.rules matches it)."""

    field: str  # EntryTitle, EntryContent, EntryTag, EntryAuthor, EntryURL
    pattern: str  # RE2 syntax

    @property
    def text(self) -> str:
        return f"{self.field}={self.pattern}"


@dataclass(frozen=True, slots=True)
class Filters:
    """Block and keep rules (feedhub.toml's [filters]: for every source)."""

    block: tuple[Rule, ...] = ()
    keep: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class Topic:
    """A configured topic feed (/feeds/topic/SLUG): the articles matching any rule."""

    slug: str
    title: str
    match: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class Section:
    slug: str
    title: str
    description: str = ""
    language: str = "de"
    categories: tuple[str, ...] = ()  # entry categories that map to this section


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    database_url: str
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    base_url: str = "http://127.0.0.1:8080/"
    title: str = "feedhub"
    language: str = "de"
    feed_size: int = 50
    tick_seconds: int = 30
    max_cache_age: int = 300  # Cache-Control max-age of published feeds
    user_agent_contact: str = ""
    max_response_bytes: int = 10 * 1024 * 1024
    fetch_timeout: float = 20.0  # seconds a connect or one read may take
    fetch_deadline: float = 60.0  # seconds a whole request (headers and body) may take
    max_file_bytes: int = 10 * 1024 * 1024  # a file in a portal or inbox folder, at most
    max_entries_per_poll: int = 500  # entries taken from one poll (newest first)
    ingest_batch: int = 200  # entries stored per transaction
    workers: int = 4
    websub_hubs: tuple[str, ...] = ()  # WebSub hubs pinged when a feed changes
    metrics: bool = True  # serve /metrics (Prometheus)
    timezone: str = "Europe/Berlin"  # of the times people read on the HTML pages
    http_workers: int = 1  # HTTP server processes
    host_connections: int = 2  # requests under way per registrable domain, at most
    host_interval: float = 0.25  # seconds between request starts per domain, at least
    host_delay_factor: float = 5.0  # after a request, wait this many times what it took...
    host_max_interval: float = 60.0  # ...but at most this long (seconds)
    allow_private: bool = False  # every source may fetch from private addresses (intranet)
    cache_mb: int = 128  # memory for caches (SQLite page cache, remembered articles)
    parse_processes: int = 0  # worker processes preparing polls (0: in the polling thread)
    # seconds a story is kept after its last change (feedhub.retention); 0: for ever
    retention: int = 365 * 86400
    retention_every: int = 3600  # seconds between prunes of one service process, at least


@dataclass(frozen=True, slots=True)
class Settings:
    """A validated config/ directory."""

    config_dir: str
    service: ServiceSettings
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    filters: Filters = Filters()
    topics: tuple[Topic, ...] = ()

    def section(self, slug: str) -> Section | None:
        return next((s for s in self.sections if s.slug == slug), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def topic(self, slug: str) -> Topic | None:
        return next((t for t in self.topics if t.slug == slug), None)


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """Validators of the last successful response, sent back on the next poll."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL, after redirects
    content: bytes
    headers: Mapping[str, str]  # lower-case names
    cache: CacheInfo
    status: int = 200
    moved_to: str | None = None  # where 301/308 redirects (only those) led


@dataclass(frozen=True, slots=True)
class NotModified:
    url: str
    cache: CacheInfo
    status: int = 304
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    moved_to: str | None = None  # where 301/308 redirects (only those) led


FetchResult = Fetched | NotModified


@dataclass(frozen=True, slots=True)
class Enclosure:
    url: str
    type: str | None = None
    length: int | None = None
    title: str | None = None  # caption


@dataclass(frozen=True, slots=True)
class FeedOrigin:
    """The feed an entry was copied from, as that feed names itself (Atom <source>): its
    id, title, website, own URL and last update; any of them may be missing."""

    id: str | None = None
    title: str | None = None
    link: str | None = None  # the website (Atom rel="alternate", RSS <link>)
    self_url: str | None = None  # the feed's own URL (Atom rel="self", JSON Feed feed_url)
    updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class RawEntry:
    """An entry as the source wrote it; text fields may hold HTML; times as parsed."""

    guid: str | None
    link: str | None
    title: str | None
    title_is_html: bool
    summary: str | None
    content: str | None  # HTML
    published: datetime | None
    updated: datetime | None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    language: str | None = None
    enclosures: tuple[Enclosure, ...] = ()
    section: str | None = None  # set by sources that know it (the portal store)
    base: str | None = None  # base URL for relative links in content (xml:base), if not the feed's
    origin: FeedOrigin | None = None  # the feed it was read from (or its own Atom <source>)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    link: str | None
    language: str | None
    entries: tuple[RawEntry, ...]
    format: str  # rss20, atom10, json11, portal, ...
    base_url: str  # for resolving relative links
    ttl: int | None = None  # minutes: RSS <ttl> or sy:updatePeriod/updateFrequency
    warning: str | None = None  # a recoverable problem, e.g. "not well-formed"
    entry_errors: tuple[str, ...] = ()  # entries skipped, with the reason
    known: int = 0  # items the last poll stored as they are, not parsed again (sources.items)
    item_digests: tuple[str, ...] = ()  # of every item of the document (sources.items)


@dataclass(frozen=True, slots=True)
class Article:
    """One version of a story as received from one source, normalised."""

    source_id: str
    guid: str  # the source's id for it, or derived from the URL / content
    url: str | None  # as linked, tracking parameters removed
    canonical_url: str | None  # dedup key form of url
    title: str
    summary: str  # plain text
    content_html: str  # sanitised HTML
    content_text: str  # plain text of content (or of the summary)
    published: datetime | None  # tz-aware UTC; None when the source gave no date
    updated: datetime | None
    language: str
    section: str | None
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    enclosures: tuple[Enclosure, ...]
    content_hash: str  # of the normalised title + text
    origin: FeedOrigin | None = None  # the feed it came from: text cleaned, URLs absolute
    # the source's notices (normalize.notice): a kill notice withdraws the story it names;
    # a correction replaces the version it corrects and is marked in the feeds
    withdrawn: bool = False
    correction: bool = False
    topics: tuple[str, ...] = ()  # slugs of the configured topics it matches (rules.topics)

    @property
    def date(self) -> datetime | None:
        return self.updated or self.published


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    story_id: int
    article: Article
    first_seen: datetime
    reason: str  # why it is in its story


# The kinds of dedup index keys (db.keys stores them by kind) (dedup.features makes
# them; kind 3 was an entity MinHash, replaced by name terms)
BODY, LEAD, TERM, LINK = 1, 2, 4, 5
_DAY = 86400


@dataclass(frozen=True, slots=True)
class Known:
    """A stored article, as far as dedup needs it (its text is read only when its
    fingerprint is not remembered: dedup.memory)."""

    article_id: int
    story_id: int
    source_id: str
    guid: str
    title: str
    content_hash: str
    updated: datetime | None
    mergeable: bool
    published: datetime | None = None
    language: str = "und"


@dataclass(frozen=True, slots=True)
class KeyRow:
    """A stored article's dedup index keys but its link keys (a row of article_index)."""

    article_id: int
    published: datetime
    language: str  # primary language subtag
    keys: Mapping[int, Sequence[int]]  # by kind: BODY, LEAD, TERM


@dataclass(frozen=True, slots=True)
class Version:
    """A version of a story as the choice of its representative weighs it."""

    article_id: int
    rank: int
    published: datetime | None
    first_seen: datetime
    length: int  # of its text
    section: str | None


def day_number(when: datetime) -> int:
    """The UTC day of `when`, counted from 1970-01-01 (article_index.day, and the buckets
    of dedup.index)."""
    return int(when.timestamp() // _DAY)


def days_between(lo: datetime, hi: datetime) -> list[int]:
    """The day numbers a lookup window [lo, hi] touches."""
    return list(range(day_number(lo), day_number(hi) + 1))


BEGINNING = datetime(1970, 1, 1, tzinfo=UTC)  # day 0


@dataclass(frozen=True, slots=True)
class RelatedStory:
    """A story linked to another one, as a feed shows it."""

    uid: str
    url: str | None
    title: str
    kind: str  # "explicit reference" | "same event"
    reason: str


@dataclass(frozen=True, slots=True)
class Story:
    """One real-world story, as published: its representative and its other versions."""

    id: int
    uid: str  # published entry id; never changes
    section: str | None
    representative: StoredArticle
    versions: tuple[StoredArticle, ...]  # other versions (provenance), oldest first
    published: datetime  # first publication of the story
    updated: datetime  # last change of the story
    related: tuple[RelatedStory, ...] = ()
    withdrawn: datetime | None = None  # when a kill notice took it out of every feed


class SourceState(StrEnum):
    NEW = "new"
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    FAILING = "failing"
    RATE_LIMITED = "rate_limited"  # 429, or 503 with Retry-After
    GONE = "gone"  # 410: polled at the backoff cap until an operator decides
    DISABLED = "disabled"  # enabled = false in sources.toml


@dataclass(frozen=True, slots=True)
class PollState:
    """What a poll needs to know from the last ones (one read per poll)."""

    cache: CacheInfo = field(default_factory=lambda: CacheInfo())
    failures: int = 0  # consecutive
    idle_polls: int = 0  # in a row without anything new
    fetch_url: str | None = None  # where a moved source is fetched from
    moved_to: str | None = None  # the permanent redirect target seen lately
    moved_seen: int = 0  # on how many polls in a row
    # the newest date (updated, else published) of the source's articles retention
    # deleted: an entry dated no later that is not stored is one of them, sent again
    pruned_through: datetime | None = None


@dataclass(frozen=True, slots=True)
class PollSuccess:
    """What a poll that worked records on its source."""

    now: datetime
    next_check: datetime
    cache: CacheInfo
    status: int | None
    modified: bool  # False: 304 Not Modified (or an unchanged folder)
    seen: int = 0  # entries in the document
    new: int = 0
    dupes: int = 0
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class SourceHealth:
    source_id: str
    url: str
    state: SourceState
    last_status: int | None
    last_error: str | None
    error_count: int
    last_checked: datetime | None
    last_success: datetime | None
    next_check: datetime | None
    entries_seen: int
    new_count: int
    dupe_count: int
    cache: CacheInfo
    idle_polls: int = 0  # polls in a row that brought nothing new
    fetch_url: str | None = None  # where a moved source is fetched from now


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What one poll of one source did."""

    source_id: str
    status: str  # "ok", "not modified", "error"
    new: int = 0
    updated: int = 0
    dupes: int = 0
    seen: int = 0
    error: str | None = None
    http_status: int | None = None
    ms: int = 0
    next_check: datetime | None = None
    sections: frozenset[str] = frozenset()
    feeds: frozenset[str] = frozenset()  # other feeds whose stories changed (feeds.py keys)
    bytes: int = 0  # of the document(s) read (after decompression)
    withdrawn: int = 0  # stories its kill notices withdrew
    filtered: int = 0  # entries its filters kept out (rules.verdict)


@dataclass(frozen=True, slots=True)
class FeedDocument:
    """One rendered representation, ready to serve."""

    section: str
    format: str  # atom, rss, json
    content: bytes
    gzip: bytes
    etag: str  # strong, quoted
    last_modified: datetime
    media_type: str
    brotli: bytes | None = None  # None for documents stored before brotli was added
    problems: tuple[str, ...] = ()  # entries left out because they could not be rendered


@dataclass(frozen=True, slots=True)
class Pruned:
    """What one retention transaction deleted (db.pruning): a prefix of the story order."""

    stories: int = 0
    articles: tuple[int, ...] = ()  # their ids
    keys: int = 0  # dedup index rows (article_keys and article_index)
    # feed key (a section, ALL, a facet) -> how many stories of its order went
    feeds: Mapping[str, int] = field(default_factory=dict)
    # the feeds of the stories left that lost a related story (sections, story feeds)
    linked: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One thing wrong with the config on disk. `text` is one of ConfigError.problems, so
    it names the file, the table and the field (`FILE: [TABLE] field 'X': what`); `since`
    is when the edit that brought it in was saved (the newest config file's mtime, UTC),
    the same in every process that watched the edit happen."""

    text: str
    since: datetime
