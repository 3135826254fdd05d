"""The recent part of the dedup index, in memory (pure: `sync` reads rows from the store).

Every lookup the matcher makes is bounded in time: near-duplicates within
match.MAX_HOURS_APART, same-event stories within relate.RELATED_WINDOW_DAYS. So the
postings of the last KEEP_DAYS days answer almost all of them; a lookup reaching further
back (a "Zuvor berichteten wir" reference, up to half a year) goes to the database, which
holds every key (db.schema.article_keys) and stays the truth.

The index covers every day from its `start` on: `sync` starts it KEEP_DAYS before
now, or at the beginning of time when the database holds no keys before that (a fresh
store, or a first pass over sources whose feeds reach back weeks: everything is then
answered here, and nothing is in the database that is not also here). Days older than
KEEP_DAYS are forgotten once a day, when the UTC date changes, so a backfill ingested
today stays in memory until tomorrow and then costs nothing.

dedup.ingest.Dedup keeps one RecentIndex per process and brings it up to date (`sync`) at
the start of every ingest session (rows other processes wrote since, by the keys'
sequence number), so several worker processes on PostgreSQL decide against the same
index.

Postings are bucketed by UTC day of publication, so forgetting a day is dropping a dict,
and a lookup touches only the days of its window. Answers are those of the SQL lookups
they replace (the store's band and term queries), in a defined order.

Common names. A lookup by name terms counts every posting of every term it names, so its
cost is the number of recent articles naming the same people: for a name in a tenth of
the news ("Trump") that grows with the articles a day (measured: docs/dedup.md). `common`
says which names are in more than
COMMON_TERM_SHARE of the indexed articles (and at least COMMON_TERM_MIN of them); the
lookups every article makes leave them out (the store's term lookup), as a search
engine leaves out stop words. The evidence a match or a relation is decided on is
unchanged: the candidates found by their other names are compared with all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from feedhub.dedup.features import primary_language
from feedhub.dedup.lookup import KeyLog
from feedhub.models import BEGINNING
from feedhub.models import BODY
from feedhub.models import LEAD
from feedhub.models import TERM
from feedhub.models import KeyRow
from feedhub.models import day_number as day_number
from feedhub.models import days_between

KEEP_DAYS = 12  # relate.RELATED_WINDOW_DAYS plus two: the longest common lookup window
COMMON_TERM_SHARE = 0.01  # a name in more than 1% of the indexed articles is common...
COMMON_TERM_MIN = 100  # ...and in at least 100 (a small store has no common names)
INDEXED = (BODY, LEAD, TERM)  # link keys have no time window: they stay in the database
_DAY = 86400
# dedup.candidates asks the in-memory index or the store (dedup.lookup.Postings): both
# answer in [lo, hi] with the same ids


# A key's postings: the article id itself while only one article has the key (most band
# keys), a list from the second on: a list is an object the garbage collector walks on
# every full collection, and most keys have one article (docs/dedup.md).
Posted = int | list[int]


@dataclass(slots=True)
class _Day:
    bands: dict[int, Posted] = field(default_factory=dict)  # BODY and LEAD keys
    # name terms by primary language: a translation lookup skips its own language's
    terms: dict[str, dict[int, Posted]] = field(default_factory=dict)


class RecentIndex:
    """Band and name-term postings of articles published since `start`."""

    def __init__(self, start: datetime, *, today: datetime | None = None) -> None:
        self.start = _day_start(start)
        # the UTC day of the last forget_before (the day it was created, at first)
        self._today = day_number(today or start)
        self._days: dict[int, _Day] = {}
        # article id -> (publication time as a timestamp, primary language, its keys)
        self._articles: dict[int, tuple[float, str, tuple[tuple[int, int], ...]]] = {}
        self._term_articles: dict[int, int] = {}  # name term -> indexed articles naming it

    def __len__(self) -> int:
        return len(self._articles)

    def covers(self, lo: datetime) -> bool:
        """Can a lookup from `lo` on be answered here?"""
        return lo >= self.start

    def add(self, rows: Iterable[KeyRow]) -> None:
        """Index rows as read from the database (all keys of an article come together;
        an article indexed before is replaced: an update deletes and rewrites its keys)."""
        by_article: dict[int, list[KeyRow]] = {}
        for row in rows:
            by_article.setdefault(row.article_id, []).append(row)
        for article_id, its in by_article.items():
            keys: dict[int, list[int]] = {}
            for r in its:
                keys.setdefault(r.kind, []).append(r.key)
            self.remove(article_id)
            self.add_article(article_id, its[0].published, its[0].language, keys)

    def add_article(
        self, article_id: int, published: datetime, language: str, keys: Mapping[int, list[int]]
    ) -> None:
        """Index an article's keys (by kind, as features.index_keys gives them)."""
        indexed = tuple(
            dict.fromkeys((kind, key) for kind in INDEXED for key in keys.get(kind, ()))
        )
        if published < self.start or not indexed:
            return
        ts = published.timestamp()
        lang = primary_language(language)
        day = self._days.setdefault(int(ts // _DAY), _Day())
        terms = day.terms.setdefault(lang, {})
        counts = self._term_articles
        for kind, key in indexed:
            if kind == TERM:
                postings = terms
                counts[key] = counts.get(key, 0) + 1
            else:
                postings = day.bands
            ids = postings.get(key)
            if ids is None:
                postings[key] = article_id
            elif isinstance(ids, int):
                postings[key] = [ids, article_id]
            else:
                ids.append(article_id)
        self._articles[article_id] = (ts, lang, indexed)

    def remove(self, article_id: int) -> None:
        known = self._articles.pop(article_id, None)
        if known is None:
            return
        ts, lang, keys = known
        day = self._days.get(int(ts // _DAY))
        if day is None:
            return
        terms = day.terms.get(lang, {})
        for kind, key in keys:
            postings = terms if kind == TERM else day.bands
            ids = postings.get(key)
            if ids == article_id:
                del postings[key]
            elif isinstance(ids, list) and article_id in ids:
                ids.remove(article_id)
                if len(ids) == 1:
                    postings[key] = ids[0]
            else:
                continue
            if kind == TERM:
                self._uncount(key, 1)

    def forget_before(self, when: datetime) -> None:
        """On a new UTC day, drop the days before `when`'s day minus KEEP_DAYS (the start
        only moves on)."""
        today = day_number(when)
        if today <= self._today:
            return
        self._today = today
        start = _day_start(when) - timedelta(days=KEEP_DAYS)
        if start <= self.start:
            return
        self.start = start
        first = day_number(start)
        for d in [d for d in self._days if d < first]:
            for postings in self._days.pop(d).terms.values():
                for key, ids in postings.items():
                    self._uncount(key, 1 if isinstance(ids, int) else len(ids))
        cutoff = start.timestamp()
        for aid in [a for a, (ts, _, _) in self._articles.items() if ts < cutoff]:
            del self._articles[aid]

    def _uncount(self, term: int, n: int) -> None:
        left = self._term_articles.get(term, 0) - n
        if left > 0:
            self._term_articles[term] = left
        else:
            self._term_articles.pop(term, None)

    def common(self, term: int) -> bool:
        """Is this name term in more than COMMON_TERM_SHARE of the indexed articles (and
        in at least COMMON_TERM_MIN)?"""
        n = self._term_articles.get(term, 0)
        return n >= COMMON_TERM_MIN and n > COMMON_TERM_SHARE * len(self._articles)

    def bands(self, keys: Sequence[int], lo: datetime, hi: datetime, *, limit: int) -> list[int]:
        """Articles in [lo, hi] sharing a band key, most shared first, then by id."""
        return self._lookup("bands", keys, lo, hi, 1, None, limit)

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
        """Articles in [lo, hi] sharing at least `min_shared` name terms, most first, then
        by id; with `other_language`, only articles in another language."""
        return self._lookup("terms", keys, lo, hi, min_shared, other_language, limit)

    def _lookup(
        self,
        kind: str,
        keys: Sequence[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        other_language: str | None,
        limit: int,
    ) -> list[int]:
        assert self.covers(lo), "lookup before the index start: ask the database"
        if not keys:
            return []
        counts: Counter[int] = Counter()
        lo_ts, hi_ts = lo.timestamp(), hi.timestamp()
        unique = list(dict.fromkeys(keys))
        for d in days_between(lo, hi):
            day = self._days.get(d)
            if day is None:
                continue
            if kind == "bands":
                every = [day.bands]
            else:
                every = [t for lang, t in day.terms.items() if lang != other_language]
            for postings in every:
                for key in unique:
                    ids = postings.get(key)
                    if ids is None:
                        continue
                    if isinstance(ids, int):
                        counts[ids] += 1
                    else:
                        counts.update(ids)
        out = []
        articles = self._articles
        for aid in [aid for aid, n in counts.items() if n >= min_shared]:
            if lo_ts <= articles[aid][0] <= hi_ts:
                out.append((-counts[aid], aid))
        out.sort()
        return [aid for _, aid in out[:limit]]


def _day_start(when: datetime) -> datetime:
    when = when.astimezone(UTC)
    return when.replace(hour=0, minute=0, second=0, microsecond=0)


def sync(log: KeyLog, recent: RecentIndex | None, seen: int, now: datetime) -> RecentIndex:
    """The recent index brought up to date with the store's keys: loaded when there is
    none yet (by one scan), otherwise the key rows written after row `seen` (by this or
    other processes) added and the days that fell out forgotten."""
    if recent is None:
        start = now - timedelta(days=KEEP_DAYS)
        older = log.any_key_before(INDEXED, day_number(start))
        # nothing older stored: the index holds it all (a new store, a first backfill)
        recent = RecentIndex(BEGINNING if not older else start, today=now)
        rows = log.key_rows(INDEXED, since_day=day_number(recent.start))
    else:
        recent.forget_before(now)
        rows = log.key_rows(INDEXED, after=seen)
    recent.add(rows)
    return recent
