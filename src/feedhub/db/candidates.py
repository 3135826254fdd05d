"""Dedup candidates: what the matcher weighs for an article, read by index (no scans).

Owns the lookups an ingest transaction makes before it decides (dedup.match): the exact
layers (same GUID, same URL, same text) in one round trip, near copies by LSH bands and
by shared name terms (from the in-memory recent index when it covers the window, else
from `article_keys`), operator overrides and pinned stories, the stored versions of a
feed's entries, and the candidates of related stories (links both ways, shared names).
Also `Memo`, the process's memory of recently stored articles as match.Known.

Invariants: read-only; every statement is built once at module level with bound
parameters; a Known read here is remembered in the memo, and the memo is kept current by
the writes in db.ingest. This is the part of the ingest that moves to dedup/ later.
"""

from __future__ import annotations

from collections import Counter
from collections import OrderedDict
from collections.abc import Iterable
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from feedhub.db.schema import article_keys
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import stories
from feedhub.dedup.features import BODY
from feedhub.dedup.features import LEAD
from feedhub.dedup.features import LINK
from feedhub.dedup.features import TERM
from feedhub.dedup.features import link_key
from feedhub.dedup.features import primary_language
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.index import days_between
from feedhub.dedup.keys import url_key
from feedhub.dedup.match import MAX_HOURS_APART
from feedhub.dedup.match import Hits
from feedhub.dedup.match import Known
from feedhub.dedup.match import keep_newest
from feedhub.dedup.relate import LOOKUP_MIN_SHARED
from feedhub.models import Article

NEAR_CANDIDATES = 50  # LSH candidates verified per article, at most
LOOKUP_TERMS = 12  # name terms per lookup
MAX_RELATED_CANDIDATES = 10
# stored articles remembered as match.Known (see Memo): 30 days at 2,000 a day, the
# related-story window three times over; about 600 bytes each
KNOWN_MEMO = 60_000

_KNOWN_COLUMNS = (  # named as dedup.match.Known's fields
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
)  # the text is read when a fingerprint is not cached (Known.load_text)


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
_Q_TEXT = sa.select(articles.c.content_text).where(articles.c.id == _P("id"))
_Q_SAME_GUIDS = sa.select(*_KNOWN_COLUMNS).where(
    articles.c.source_id == _P("source"), articles.c.guid.in_(_P("guids", expanding=True))
)
GUIDS_PER_QUERY = 500  # well under every database's limit of bound parameters
_Q_KNOWN_BY_IDS = sa.select(*_KNOWN_COLUMNS).where(articles.c.id.in_(_P("ids", expanding=True)))
_Q_BANDS = (
    sa.select(article_keys.c.article_id)
    .where(
        article_keys.c.published.between(_P("lo"), _P("hi")),
        article_keys.c.day.in_(_P("days", expanding=True)),
        ((article_keys.c.kind == BODY) & article_keys.c.key.in_(_P("body", expanding=True)))
        | ((article_keys.c.kind == LEAD) & article_keys.c.key.in_(_P("lead", expanding=True))),
    )
    .distinct()
    .limit(NEAR_CANDIDATES)
)
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
    .limit(MAX_RELATED_CANDIDATES)
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
            .limit(MAX_RELATED_CANDIDATES)
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


class Memo:
    """The recently stored articles as match.Known, by id.

    The matcher's candidates are the same recent articles again and again (every copy of
    a story is compared with its versions, every new story with the names of ten days):
    reading them back from the database was a fifth of the time an article took to store.
    The memo is kept current by this process's writes (Transaction.apply, _merge_story,
    Repository.move_article) and forgotten whole when another process ingested meanwhile
    or a transaction failed (Repository.ingest_transaction). The oldest remembered go
    first beyond KNOWN_MEMO; a miss is read from the database and remembered."""

    def __init__(self) -> None:
        self.known: OrderedDict[int, Known] = OrderedDict()  # oldest first
        self.conn: sa.Connection | None = None  # the ingest transaction's, while one runs
        self.load_text = self.text  # one bound method for every Known, not one each

    def __len__(self) -> int:
        return len(self.known)

    def put(self, k: Known) -> None:
        keep_newest(self.known, k.article_id, k, KNOWN_MEMO)

    def drop(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.known.pop(i, None)

    def clear(self) -> None:
        self.known.clear()

    def text(self, article_id: int) -> str:
        """A remembered article's text (Known.load_text), read in the open transaction."""
        if self.conn is None:
            raise RuntimeError("an article's text is read inside an ingest transaction")
        return self.conn.scalar(_Q_TEXT, {"id": article_id}) or ""


class CandidateLookups:
    """The reads of an ingest transaction (db.ingest.Transaction extends it with writes)."""

    def __init__(self, conn: sa.Connection, recent: RecentIndex, memo: Memo | None = None) -> None:
        self.conn = conn
        self.recent = recent
        if memo is None:
            memo = Memo()
            memo.conn = conn
        self.memo = memo
        # names of the articles stored in this transaction so far; see _by_terms
        self.term_counts: Counter[int] = Counter()
        self._splits: bool | None = None  # does any operator split exist? (asked once)
        self._overrides: bool | None = None  # any operator correction at all?

    def stored_versions(self, source_id: str, guids: Iterable[str]) -> dict[str, Known]:
        """The stored articles of a source with these GUIDs, by GUID: a feed repeats
        most of its entries poll after poll, and one query answers for all of them."""
        unique = list(dict.fromkeys(guids))
        found: dict[str, Known] = {}
        for i in range(0, len(unique), GUIDS_PER_QUERY):
            chunk = unique[i : i + GUIDS_PER_QUERY]
            for k in self._run_known(_Q_SAME_GUIDS, source=source_id, guids=chunk):
                found[k.guid] = k
        return found

    def _run_known(self, query: sa.Select[Any], **params: Any) -> list[Known]:
        return [self._known(row._mapping) for row in self.conn.execute(query, params)]

    def _known(self, columns: Mapping[Any, Any]) -> Known:
        k = Known(**columns, load_text=self.memo.load_text)
        self.memo.put(k)
        return k

    def _known_by_ids(self, ids: Iterable[int]) -> list[Known]:
        """Stored articles by id, in id order: from the memo, the others read."""
        known = self.memo.known
        found: list[Known] = []
        missing: list[int] = []
        for i in sorted(set(ids)):
            k = known.get(i)
            if k is None:
                missing.append(i)
            else:
                found.append(k)
        if missing:
            found += self._run_known(_Q_KNOWN_BY_IDS, ids=missing)
            found.sort(key=lambda k: k.article_id)
        return found

    def candidates(
        self, article: Article, keys: Mapping[int, list[int]], *, when: datetime, short: bool
    ) -> Hits:
        """Everything dedup.match.decide() weighs, looked up by index (no scans).

        The statements are built once (module level, with bound parameters), so a lookup
        costs SQL, not statement construction."""
        exact: dict[int, list[Known]] = {0: [], 1: [], 2: []}
        params: dict[str, Any] = {
            "source": article.source_id,
            "guid": article.guid,
            "key": url_key(article.canonical_url) if article.canonical_url else None,
            "hash": article.content_hash if article.content_text else None,
        }
        for row in self.conn.execute(_Q_EXACT, params):
            columns = dict(row._mapping)
            exact[columns.pop("layer")].append(self._known(columns))
        exact[1].sort(key=lambda k: k.article_id)
        if exact[0]:
            return Hits(same_guid=exact[0][0])
        override = (
            self._override(article.source_id, article.guid) if self._has_overrides() else None
        )
        same_url = exact[1]
        same_text = exact[2][0] if exact[2] else None
        window = timedelta(hours=MAX_HOURS_APART)
        lo, hi = when - window, when + window
        if self.recent.covers(lo):
            bands = [*keys.get(BODY, []), *keys.get(LEAD, [])]
            ids = set(self.recent.bands(bands, lo, hi, limit=NEAR_CANDIDATES))
        else:
            params = {
                "lo": lo,
                "hi": hi,
                "days": days_between(lo, hi),
                "body": keys.get(BODY, []),
                "lead": keys.get(LEAD, []),
            }
            ids = set(self.conn.scalars(_Q_BANDS, params))
        # translations share no shingles and short items too few: look for shared names,
        # in other languages always, in the same language only for a short item
        ids |= set(
            self._by_terms(
                keys.get(TERM, []),
                lo,
                hi,
                LOOKUP_MIN_SHARED,
                language=None if short else primary_language(article.language),
                limit=NEAR_CANDIDATES,
                skip_common=True,
            )
        )
        near = [k for k in self._known_by_ids(ids) if k.mergeable]
        languages: dict[int, set[str]] = {}
        mine = primary_language(article.language)
        if any(primary_language(k.language) != mine for k in near):
            # only a translation check needs the languages of the candidates' stories
            story_ids = sorted({k.story_id for k in near})
            for story_id, language in self.conn.execute(_Q_STORY_LANGUAGES, {"stories": story_ids}):
                languages.setdefault(story_id, set()).add(primary_language(language))
        candidate_stories = {k.story_id for k in (*same_url, *near)}
        if same_text is not None:
            candidate_stories.add(same_text.story_id)
        pinned: frozenset[int] = frozenset()
        if candidate_stories and self._has_splits():
            pinned = frozenset(self.conn.scalars(_Q_PINNED, {"stories": sorted(candidate_stories)}))
        return Hits(
            same_url=same_url,
            same_text=same_text,
            near=near,
            override=override,
            story_languages={k: frozenset(v) for k, v in languages.items()},
            pinned=pinned,
        )

    def _has_splits(self) -> bool:
        if self._splits is None:
            self._splits = bool(self.conn.scalar(_Q_ANY_SPLIT))
        return self._splits

    def _has_overrides(self) -> bool:
        """Operator corrections are rare: ask once per transaction whether any exist."""
        if self._overrides is None:
            self._overrides = bool(self.conn.scalar(_Q_ANY_OVERRIDE))
        return self._overrides

    def _by_terms(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        *,
        language: str | None,
        limit: int,
        skip_common: bool,
    ) -> list[int]:
        """Articles in [lo, hi] sharing at least `min_shared` name terms, most first; with
        `language`, only articles in another language; with `skip_common`, by the names
        that are not common in the recent index (dedup.index: their postings are what the
        lookup's cost grows with, and they tell least)."""
        if skip_common:
            terms = [t for t in terms if not self.recent.common(t)]
        if not terms:
            return []
        # a stable sample of the article's names: by how often they occurred earlier in
        # this transaction (one source's poll), then by hash. (Counting over the whole
        # store, to pick the rarest, lowered related-story recall; see docs/dedup.md.)
        terms = sorted(terms, key=lambda t: (self.term_counts[t], t))[:LOOKUP_TERMS]
        if self.recent.covers(lo):
            return self.recent.terms(
                terms, lo, hi, min_shared, other_language=language, limit=limit
            )
        params = {
            "terms": terms,
            "lo": lo,
            "hi": hi,
            "days": days_between(lo, hi),
            "min": min_shared,
            "limit": limit,
        }
        if language is None:
            return list(self.conn.scalars(_Q_TERMS, params))
        return list(self.conn.scalars(_Q_TERMS_OTHER_LANGUAGE, {**params, "language": language}))

    def _override(self, source_id: str, guid: str) -> tuple[str, int | None] | None:
        row = self.conn.execute(
            sa.select(dedup_overrides.c.action, dedup_overrides.c.story_uid).where(
                dedup_overrides.c.source_id == source_id, dedup_overrides.c.guid == guid
            )
        ).first()
        if row is None:
            return None
        story_id = None
        if row.story_uid:
            story_id = self.conn.scalar(
                sa.select(stories.c.id).where(stories.c.uid == row.story_uid)
            )
        return row.action, story_id

    def linked_articles(self, urls: list[str]) -> list[Known]:
        """Known articles that these URLs point to."""
        if not urls:
            return []
        return self._run_known(_Q_KNOWN_BY_URL_KEYS, keys=[url_key(u) for u in urls])

    def linking_articles(self, url: str) -> list[Known]:
        """Known articles whose body links to this URL (any form of it)."""
        return self._run_known(_Q_LINKING, key=link_key(url_key(url)))

    def related_candidates(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        *,
        exclude_story: int,
        min_shared: int,
        skip_common: bool = True,
    ) -> list[Known]:
        """Articles of other stories in [lo, hi] sharing the most name terms (at least
        `min_shared`), one per story; with `skip_common`, by the names that are not
        common (see _by_terms: an article's own names; the few names of a reference
        phrase are all looked up)."""
        ids = self._by_terms(
            terms,
            lo,
            hi,
            min_shared,
            language=None,
            limit=MAX_RELATED_CANDIDATES * 3,
            skip_common=skip_common,
        )
        if not ids:
            return []
        found = [k for k in self._known_by_ids(ids) if k.story_id != exclude_story]
        order = {i: n for n, i in enumerate(ids)}
        per_story: dict[int, Known] = {}
        for k in sorted(found, key=lambda k: order[k.article_id]):
            per_story.setdefault(k.story_id, k)
        return list(per_story.values())[:MAX_RELATED_CANDIDATES]
