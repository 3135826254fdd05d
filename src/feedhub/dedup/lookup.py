"""What dedup needs from the store, as protocols (db.ingest.IngestSession implements them).

dedup imports no storage code: it is handed an object with these methods, which take
and return models (Known, KeyRow, Version) and plain values.

    Postings   article ids by shared name terms in a time window: answered alike by the
               in-memory index (dedup.index.RecentIndex) and by the store
    KeyLog     the store's index keys as a log, which the in-memory index loads and
               follows, and from which it loads older days for band lookups
    Lookup     every read an ingest makes before deciding (exact layers, stored versions,
               overrides, pinned stories, links, texts), plus Postings and KeyLog
    Session    Lookup plus the writes of one ingest, in one database transaction
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from feedhub.models import Article
from feedhub.models import KeyRow
from feedhub.models import Known
from feedhub.models import PollSuccess
from feedhub.models import Version


class Postings(Protocol):
    def terms(
        self,
        keys: Sequence[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        *,
        other_language: str | None,
        limit: int,
    ) -> list[int]:
        """Articles in [lo, hi] sharing at least `min_shared` name terms, most first;
        with `other_language`, only articles in another primary language."""
        ...


class KeyLog(Protocol):
    def key_rows(
        self,
        *,
        since_day: int | None = None,
        after: int = 0,
        days: tuple[int, int] | None = None,
    ) -> Iterable[KeyRow]:
        """Articles' band and name keys in the order written: of the articles published
        on days `days` (first, last), or on day `since_day` or later, or written after
        row `after`."""
        ...

    def any_key_before(self, day: int) -> bool:
        """Are the keys of an article published before `day` stored?"""
        ...

    def last_key(self) -> int:
        """The newest key row's number (0: none)."""
        ...


class Lookup(Postings, KeyLog, Protocol):
    def exact(
        self, source_id: str, guid: str, url_key: str | None, content_hash: str | None
    ) -> tuple[Known | None, list[Known], Known | None]:
        """The exact layers in one round trip: the article with this source and GUID,
        mergeable ones with this URL key (a few, by id), one with this text hash."""
        ...

    def stored_versions(self, source_id: str, guids: Iterable[str]) -> dict[str, Known]:
        """The stored articles of a source with these GUIDs, by GUID."""
        ...

    def known_by_ids(self, ids: Sequence[int]) -> list[Known]: ...

    def story_languages(self, story_ids: Iterable[int]) -> dict[int, set[str]]:
        """The languages (as stored) of the articles of these stories."""
        ...

    def override(self, source_id: str, guid: str) -> tuple[str, int | None] | None:
        """An operator's decision for this entry: ("merge", story) or ("split", None)."""
        ...

    def pinned(self, story_ids: Iterable[int]) -> frozenset[int]:
        """Which of these stories hold an article an operator split off."""
        ...

    def by_url_keys(self, keys: Sequence[str], *, limit: int) -> list[Known]: ...

    def linking(self, link_key: int, *, limit: int) -> list[Known]:
        """Articles whose body links to a URL with this link key (features.link_key)."""
        ...

    def text(self, article_id: int) -> tuple[str, str]:
        """An article's summary and text (features.fingerprint)."""
        ...


class Session(Lookup, Protocol):
    epoch: int  # the ingest epoch this session moved the store to

    def changed_since(self, epoch: int) -> set[int] | None:
        """The stored articles that the sessions after `epoch` and before this one
        changed (updated, moved to another story); None: too far back to tell."""
        ...

    def new_story(self, uid: str, section: str | None, published: datetime, now: datetime) -> int:
        """A story (its uid made unique if taken); returns its id."""
        ...

    def insert_article(
        self,
        article: Article,
        *,
        story_id: int,
        url_key: str | None,
        rank: int,
        mergeable: bool,
        reason: str,
        now: datetime,
    ) -> int: ...

    def update_article(self, article_id: int, article: Article, *, url_key: str | None) -> None:
        """A new version of a stored article, in place; its index keys are deleted."""
        ...

    def move_article(self, article_id: int, story_id: int, reason: str) -> None: ...

    def merge_story(self, story_id: int, *, into: int) -> list[int]:
        """Move a story's versions and links into another; returns the moved ids."""
        ...

    def write_keys(
        self, article_id: int, published: datetime, language: str, keys: Mapping[int, list[int]]
    ) -> None: ...

    def set_representative(self, story_id: int, article_id: int) -> None: ...

    def withdraw_story(
        self,
        story_id: int,
        article_id: int,
        now: datetime,
        choose: Callable[[Sequence[Version]], Version],
    ) -> tuple[str | None, bool]:
        """A kill notice for the story's version `article_id`: the story leaves every feed
        when that version represents it, else only that version leaves it (the story's
        representative `choose`n again). Returns (its section, whether all of it went)."""
        ...

    def refresh_story(
        self, story_id: int, now: datetime, choose: Callable[[Sequence[Version]], Version]
    ) -> str | None:
        """Bring a story's representative (`choose`n), section and times up to date;
        returns its section. A story left without versions is deleted (None)."""
        ...

    def link_stories(
        self, story: int, other: int, kind: str, reason: str
    ) -> tuple[bool, str | None]:
        """Record a relation; returns (new link?, the other story's section)."""
        ...

    def story_uid(self, story_id: int) -> str | None: ...

    def record_override(
        self, source_id: str, guid: str, action: str, story_uid: str | None, now: datetime
    ) -> None: ...

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        """The poll that brought the articles, committed with them."""
        ...
