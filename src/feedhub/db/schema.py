"""Tables (SQLAlchemy Core). Changes here need a migration in migrations/versions/."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps naive UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; feedhub keeps UTC-aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = sa.MetaData()

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("next_check_at", UTCDateTime, nullable=False),
    sa.Column("last_checked_at", UTCDateTime),
    sa.Column("last_success_at", UTCDateTime),
    sa.Column("state", sa.String(20), nullable=False, server_default="new"),
    sa.Column("last_status", sa.Integer),
    sa.Column("last_error", sa.Text),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("entries_seen", sa.Integer, nullable=False, server_default="0"),
    sa.Column("new_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("dupe_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("idle_polls", sa.Integer, nullable=False, server_default="0"),
    # after a permanent redirect seen on REDIRECT_CONFIRMATIONS polls in a row, the URL
    # fetched instead of `url` (the configured one, kept: the source's ids do not change)
    sa.Column("fetch_url", sa.Text),
    sa.Column("moved_to", sa.Text),  # the permanent redirect target seen lately
    sa.Column("moved_seen", sa.Integer, nullable=False, server_default="0"),
    # "host:pid" of the process polling it now (claim_due); cleared when the poll is
    # recorded, released at once by the next process on that host if that one died
    sa.Column("claimed_by", sa.Text),
    # the newest date (updated, else published) of the articles retention deleted: the
    # source's entries dated no later that are not stored are not stored again (0015)
    sa.Column("pruned_through", UTCDateTime),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),
    sa.Column("section", sa.String(64)),
    sa.Column("representative_id", sa.Integer),
    sa.Column("published", UTCDateTime, nullable=False),
    sa.Column("updated", UTCDateTime, nullable=False),
    # when a source's kill notice took it out of every feed (migration 0014)
    sa.Column("withdrawn", UTCDateTime),
    sa.Index("ix_stories_section_published", "section", "published"),
    sa.Index("ix_stories_published", "published"),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id"), nullable=False),
    sa.Column("source_id", sa.String(64), nullable=False),
    sa.Column("guid", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("url_key", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("content_html", sa.Text, nullable=False),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("published", UTCDateTime),
    sa.Column("updated", UTCDateTime),
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("language", sa.String(35), nullable=False),
    sa.Column("section", sa.String(64)),
    sa.Column("authors", sa.JSON, nullable=False),
    sa.Column("categories", sa.JSON, nullable=False),
    sa.Column("enclosures", sa.JSON, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("rank", sa.Integer, nullable=False),
    sa.Column("mergeable", sa.Boolean, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    # the feed it was copied from (models.FeedOrigin: id, title, link, self_url, updated),
    # for the Atom <source> of its entry; None when unknown (migration 0013)
    sa.Column("origin", sa.JSON),
    # the source sent it as a correction (normalize.notice; migration 0014)
    sa.Column("correction", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("source_id", "guid", name="uq_articles_source_guid"),
    sa.Index("ix_articles_url_key", "url_key"),
    sa.Index("ix_articles_content_hash", "content_hash"),
    sa.Index("ix_articles_story", "story_id"),
)


def _row_number() -> sa.Column[int]:
    """A log's `id`: numbered as written, 64-bit on PostgreSQL (SQLite's rowid is)."""
    return sa.Column(
        "id",
        sa.BigInteger().with_variant(sa.Integer, "sqlite"),
        primary_key=True,
        autoincrement=True,
    )


# Name terms (kind 4) and links (kind 5: the URLs an article's body links to) of
# dedup.features, one row each, for lookups by key in SQL: names in a time window before
# the in-memory index's start (day: of `published`), links at any time (day 0). Until
# migration 0010 it also held the band keys (kinds 1-2), now only in article_index.
article_keys = sa.Table(
    "article_keys",
    metadata,
    _row_number(),
    sa.Column("kind", sa.SmallInteger, nullable=False),
    sa.Column("key", sa.BigInteger, nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("published", UTCDateTime, nullable=False),
    sa.Column("language", sa.String(35), nullable=False),
    # UTC day of `published` (days since 1970-01-01), 0 for link keys: the lookup index
    # leads with it so that a day's writes stay on a few pages (migration 0007)
    sa.Column("day", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_article_keys_day", "kind", "day", "key"),
    sa.Index("ix_article_keys_article", "article_id"),
)

# The band and name keys of each stored article, packed (db.keys.pack_keys): one row an
# article, appended as written. Each process holds these keys in memory (dedup.index),
# loaded from here and caught up by `id`, which only grows (AUTOINCREMENT on SQLite too);
# an update deletes the article's row and appends a new one. Band keys were rows of
# article_keys: random hashes, each row a page of its (kind, day, key) index, a third of
# an ingest's time (migration 0010).
article_index = sa.Table(
    "article_index",
    metadata,
    _row_number(),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("published", UTCDateTime, nullable=False),
    sa.Column("day", sa.Integer, nullable=False),  # UTC day of `published` (models.day_number)
    sa.Column("language", sa.String(35), nullable=False),  # primary subtag
    sa.Column("packed", sa.LargeBinary, nullable=False),
    sa.Index("ix_article_index_article", "article_id"),
    sa.Index("ix_article_index_day", "day"),
    sqlite_autoincrement=True,
)

# Related stories: an undirected link, stored once with story_a < story_b.
# The facet keys of each article (feeds.facets: "source/agentur", "tag/klimapolitik",
# "author/anna-muester"), with the name as the source wrote it: a tag, author or source
# feed is the stories with a version under its key (migration 0012).
article_facets = sa.Table(
    "article_facets",
    metadata,
    sa.Column("feed", sa.String(100), primary_key=True),
    sa.Column("article_id", sa.Integer, primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Index("ix_article_facets_article", "article_id"),
)

story_links = sa.Table(
    "story_links",
    metadata,
    sa.Column("story_a", sa.Integer, sa.ForeignKey("stories.id"), primary_key=True),
    sa.Column("story_b", sa.Integer, sa.ForeignKey("stories.id"), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Index("ix_story_links_b", "story_b"),
)

# Operator corrections (`feedhub split` / `feedhub merge`), remembered across re-ingestion.
dedup_overrides = sa.Table(
    "dedup_overrides",
    metadata,
    sa.Column("source_id", sa.String(64), primary_key=True),
    sa.Column("guid", sa.Text, primary_key=True),
    sa.Column("action", sa.String(8), nullable=False),  # "split" | "merge"
    sa.Column("story_uid", sa.Text),  # the story to merge into
    sa.Column("created", UTCDateTime, nullable=False),
)

feed_documents = sa.Table(
    "feed_documents",
    metadata,
    sa.Column("section", sa.Text, primary_key=True),  # "politik", "politik/archive/3"
    sa.Column("format", sa.String(8), primary_key=True),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("gzip", sa.LargeBinary, nullable=False),
    sa.Column("brotli", sa.LargeBinary),
    sa.Column("etag", sa.Text, nullable=False),
    sa.Column("last_modified", UTCDateTime, nullable=False),
    sa.Column("media_type", sa.Text, nullable=False),
)

# Per paged feed (a section, "all", a facet key), how many of the oldest stories of its
# order retention deleted: its archive pages are numbered as if they were still there, so
# no page moves (db.pruning; migration 0015). A facet no stored article has left loses
# its row (its feed starts again at page 0 if the name comes back).
feed_offsets = sa.Table(
    "feed_offsets",
    metadata,
    sa.Column("feed", sa.String(100), primary_key=True),
    sa.Column("pruned", sa.BigInteger, nullable=False),
)

# Entries left out of a rendered document (or the render that failed), per document, until
# a render succeeds without problems (migration 0009)
render_problems = sa.Table(
    "render_problems",
    metadata,
    sa.Column("section", sa.Text, primary_key=True),
    sa.Column("format", sa.String(8), primary_key=True),
    sa.Column("problem", sa.Text, nullable=False),
)

# One row, counted up by every ingest session (migration 0008). A process that finds the
# count moved by more than its own last session knows another process stored or moved
# articles meanwhile, and forgets what it remembers of them (dedup.memory.Memo).
ingest_epoch = sa.Table(
    "ingest_epoch",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("epoch", sa.BigInteger, nullable=False),
)

# The stored articles each ingest changed (updated, moved to another story), under its
# epoch: a process that finds the epoch moved on by others forgets only these of the
# articles it remembers (dedup.ingest). Rows more than db.ingest.CHANGES_KEPT epochs old
# are deleted now and then; a process further behind forgets everything (migration 0011).
ingest_changes = sa.Table(
    "ingest_changes",
    metadata,
    sa.Column("epoch", sa.BigInteger, nullable=False),
    sa.Column("article_id", sa.Integer, nullable=False),
    sa.Index("ix_ingest_changes_epoch", "epoch"),
)
