"""The reads of an ingest session: what dedup weighs before it decides, by index.

Implements dedup.lookup.Lookup for db.ingest.IngestSession: the exact layers (same GUID,
same URL, same text) in one round trip, stored articles by id and by a source's GUIDs,
name-term postings (article_keys) in a time window, the languages of stories, operator
overrides and pinned stories, articles by URL key and by the links in their bodies, an
article's text, and article_index as a log (db.keys; band keys are looked up only in
memory, dedup.index, which loads older days from it). Which of these dedup asks, and
when it asks its in-memory index instead, is dedup.candidates' business.

Invariants: read-only; every statement is built once at module level with bound
parameters, so a lookup costs SQL, not statement construction; rows become models.Known
here and never leave the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from feedhub.db.keys import KeyLogReads
from feedhub.db.schema import article_keys
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import stories
from feedhub.models import LINK
from feedhub.models import TERM
from feedhub.models import Known
from feedhub.models import days_between

_KNOWN_COLUMNS = (  # named as models.Known's fields
    articles.c.id.label("article_id"),
    articles.c.story_id,
    articles.c.source_id,
    articles.c.guid,
    articles.c.title,
    articles.c.content_hash,
    articles.c.updated,
    articles.c.mergeable,
    articles.c.published,
    articles.c.language,
)  # the text is read only when a fingerprint is not remembered (IngestReads.text)


_P = sa.bindparam
# the exact layers in one round trip: each part uses its own index; the first column
# says which layer a row answers (0 same GUID, 1 same URL, 2 same text)
_Q_EXACT = sa.union_all(
    sa.select(sa.literal(0).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.source_id == _P("source"), articles.c.guid == _P("guid"))
    .limit(1)
    .subquery()
    .select(),
    sa.select(sa.literal(1).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.url_key == _P("key"), articles.c.mergeable)
    .order_by(articles.c.id)
    .limit(5)
    .subquery()
    .select(),
    sa.select(sa.literal(2).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.content_hash == _P("hash"), articles.c.mergeable)
    .order_by(articles.c.id)
    .limit(1)
    .subquery()
    .select(),
)
_Q_TEXT = sa.select(articles.c.summary, articles.c.content_text).where(articles.c.id == _P("id"))
_Q_SAME_GUIDS = sa.select(*_KNOWN_COLUMNS).where(
    articles.c.source_id == _P("source"), articles.c.guid.in_(_P("guids", expanding=True))
)
GUIDS_PER_QUERY = 500  # well under every database's limit of bound parameters
_Q_KNOWN_BY_IDS = sa.select(*_KNOWN_COLUMNS).where(articles.c.id.in_(_P("ids", expanding=True)))
_SHARED_TERMS = sa.func.count(sa.distinct(article_keys.c.key))
_Q_TERMS = (
    sa.select(article_keys.c.article_id)
    .where(
        article_keys.c.kind == TERM,
        article_keys.c.day.in_(_P("days", expanding=True)),
        article_keys.c.key.in_(_P("terms", expanding=True)),
        article_keys.c.published.between(_P("lo"), _P("hi")),
    )
    .group_by(article_keys.c.article_id)
    .having(_SHARED_TERMS >= _P("min"))
    .order_by(_SHARED_TERMS.desc(), article_keys.c.article_id)
    .limit(_P("limit"))
)
_Q_TERMS_OTHER_LANGUAGE = _Q_TERMS.where(article_keys.c.language != _P("language"))
_Q_KNOWN_BY_URL_KEYS = (
    sa.select(*_KNOWN_COLUMNS)
    .where(articles.c.url_key.in_(_P("keys", expanding=True)))
    .order_by(articles.c.id)
    .limit(_P("limit"))
)
_Q_LINKING = (
    sa.select(*_KNOWN_COLUMNS)
    .where(
        articles.c.id.in_(
            sa.select(article_keys.c.article_id)
            .where(
                article_keys.c.kind == LINK,
                article_keys.c.day == 0,
                article_keys.c.key == _P("key"),
            )
            .limit(_P("limit"))
            .scalar_subquery()
        )
    )
    .order_by(articles.c.id)
)
_Q_STORY_LANGUAGES = (
    sa.select(articles.c.story_id, articles.c.language)
    .where(articles.c.story_id.in_(_P("stories", expanding=True)))
    .distinct()
)
_Q_ANY_OVERRIDE = sa.select(sa.func.count()).select_from(dedup_overrides)
_Q_ANY_SPLIT = sa.select(sa.func.count()).where(dedup_overrides.c.action == "split")
_Q_PINNED = (
    sa.select(articles.c.story_id)
    .join(
        dedup_overrides,
        (dedup_overrides.c.source_id == articles.c.source_id)
        & (dedup_overrides.c.guid == articles.c.guid),
    )
    .where(
        dedup_overrides.c.action == "split",
        articles.c.story_id.in_(_P("stories", expanding=True)),
    )
    .distinct()
)


_Q_OVERRIDE = sa.select(dedup_overrides.c.action, dedup_overrides.c.story_uid).where(
    dedup_overrides.c.source_id == _P("source"), dedup_overrides.c.guid == _P("guid")
)
_Q_STORY_BY_UID = sa.select(stories.c.id).where(stories.c.uid == _P("uid"))


class IngestReads(KeyLogReads):
    """The reads of an ingest session, in its connection (see the module docstring)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._splits: bool | None = None  # does any operator split exist? (asked once)
        self._overrides: bool | None = None  # any operator correction at all?

    def exact(
        self, source_id: str, guid: str, url_key: str | None, content_hash: str | None
    ) -> tuple[Known | None, list[Known], Known | None]:
        params = {"source": source_id, "guid": guid, "key": url_key, "hash": content_hash}
        layers: dict[int, list[Known]] = {0: [], 1: [], 2: []}
        for row in self.conn.execute(_Q_EXACT, params):
            columns = dict(row._mapping)
            layers[columns.pop("layer")].append(Known(**columns))
        same_url = sorted(layers[1], key=lambda k: k.article_id)
        same_guid = layers[0][0] if layers[0] else None
        return same_guid, same_url, layers[2][0] if layers[2] else None

    def stored_versions(self, source_id: str, guids: Iterable[str]) -> dict[str, Known]:
        """A feed repeats most of its entries poll after poll: one query answers for
        GUIDS_PER_QUERY of them."""
        unique = list(dict.fromkeys(guids))
        found: dict[str, Known] = {}
        for i in range(0, len(unique), GUIDS_PER_QUERY):
            chunk = unique[i : i + GUIDS_PER_QUERY]
            for k in self._known(_Q_SAME_GUIDS, source=source_id, guids=chunk):
                found[k.guid] = k
        return found

    def known_by_ids(self, ids: Sequence[int]) -> list[Known]:
        return self._known(_Q_KNOWN_BY_IDS, ids=list(ids)) if ids else []

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
        params: dict[str, Any] = {
            "terms": list(keys),
            "lo": lo,
            "hi": hi,
            "days": days_between(lo, hi),
            "min": min_shared,
            "limit": limit,
        }
        if other_language is None:
            return list(self.conn.scalars(_Q_TERMS, params))
        params["language"] = other_language
        return list(self.conn.scalars(_Q_TERMS_OTHER_LANGUAGE, params))

    def story_languages(self, story_ids: Iterable[int]) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}
        for story_id, language in self.conn.execute(
            _Q_STORY_LANGUAGES, {"stories": list(story_ids)}
        ):
            found.setdefault(story_id, set()).add(language)
        return found

    def override(self, source_id: str, guid: str) -> tuple[str, int | None] | None:
        if self._overrides is None:  # operator corrections are rare: asked once
            self._overrides = bool(self.conn.scalar(_Q_ANY_OVERRIDE))
        if not self._overrides:
            return None
        row = self.conn.execute(_Q_OVERRIDE, {"source": source_id, "guid": guid}).first()
        if row is None:
            return None
        story_id = (
            self.conn.scalar(_Q_STORY_BY_UID, {"uid": row.story_uid}) if row.story_uid else None
        )
        return row.action, story_id

    def pinned(self, story_ids: Iterable[int]) -> frozenset[int]:
        ids = list(story_ids)
        if not ids:
            return frozenset()
        if self._splits is None:
            self._splits = bool(self.conn.scalar(_Q_ANY_SPLIT))
        if not self._splits:
            return frozenset()
        return frozenset(self.conn.scalars(_Q_PINNED, {"stories": ids}))

    def by_url_keys(self, keys: Sequence[str], *, limit: int) -> list[Known]:
        return self._known(_Q_KNOWN_BY_URL_KEYS, keys=list(keys), limit=limit)

    def linking(self, link_key: int, *, limit: int) -> list[Known]:
        return self._known(_Q_LINKING, key=link_key, limit=limit)

    def text(self, article_id: int) -> tuple[str, str]:
        row = self.conn.execute(_Q_TEXT, {"id": article_id}).first()
        return (row.summary or "", row.content_text or "") if row is not None else ("", "")

    def _known(self, query: sa.Select[Any], **params: Any) -> list[Known]:
        return [Known(**row._mapping) for row in self.conn.execute(query, params)]
