"""The recent part of the dedup index, in memory (pure: `sync` reads rows from the store).

Every lookup the matcher makes is bounded in time: near-duplicates within
match.MAX_HOURS_APART, same-event stories within relate.RELATED_WINDOW_DAYS. So the
postings of the last KEEP_DAYS days answer almost all of them. A lookup by names reaching
further back (a "Zuvor berichteten wir" reference, up to half a year) goes to the
database, which holds every key (db.keys: article_index, article_keys) and stays the
truth; for a band lookup further back (an old article's near duplicates, a few days) the
index loads those days' band keys from the database (`load_days`) and keeps the last
COLD_DAYS so loaded; they hold no names and are not counted for `common`.

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

Postings are bucketed by UTC day of publication, so forgetting a day is dropping its
bucket, and a lookup touches only the days of its window. Answers are those of a search
over all the indexed articles (and, by names, of the store's lookup, db.lookups), in a
defined order.

Memory layout. A day holds its postings the way a log-structured index does. Most are in
sorted numpy arrays, one pair per kind (the band keys; the name terms of each primary
language): the keys (int64) and the article of each (int32 while the ids fit), 12 bytes a
posting, searched by one np.searchsorted for all the keys of a lookup. The articles added
since are in plain dicts: their postings (a key's article id, or a list of them) and each
article's keys, so that it can be taken out again. When the dicts of all days hold more
than MERGE_AT postings (or a 64th of those in the arrays: a big day is not rebuilt for
every few articles), the fullest days' are inserted into their arrays, one pass over them.
An article removed while in a day's arrays (an update rewrites its keys) is listed as
removed in that day: its postings there are skipped, and left out when the arrays are next
built. Per article, besides its postings, the index keeps its publication time only.
Measured (tracemalloc; 28 band keys and 30 name terms of 5,000 an article, 10,000 articles
over a month): 830 bytes an article, where a dict entry a posting and each article's keys
as tuples took 6,160. Adding an article takes about half as long; a band lookup about
1.8 times as long (a binary search a day, where probing a dict was quicker), a lookup by
names about as long or less (measured with 20,000 articles over 14 days).

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
from collections import OrderedDict
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

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
COLD_DAYS = 31  # days before the start whose band keys stay loaded (load_days): a month
COMMON_TERM_SHARE = 0.01  # a name in more than 1% of the indexed articles is common...
COMMON_TERM_MIN = 100  # ...and in at least 100 (a small store has no common names)
# postings held in dicts (all days) before the fullest days' go into their arrays (also
# when more than a 64th of those in the arrays): ~90 bytes each there, 12 in the arrays;
# inserting them costs a pass over the day's arrays
MERGE_AT = 8192
_DAY = 86400
# dedup.candidates asks the in-memory index or the store (dedup.lookup.Postings): both
# answer in [lo, hi] with the same ids


# A key's postings in the dicts: the article id itself while only one article has the key
# (most band keys), a list from the second on.
Posted = int | list[int]
Ints = npt.NDArray[np.signedinteger[Any]]  # keys int64, article ids int32 when they fit
_NONE: Ints = np.zeros(0, dtype=np.int64)


def _none() -> Ints:
    return _NONE  # (shared: arrays are replaced, never changed in place)


@dataclass(slots=True)
class _Added:
    """An article added to a day since its arrays were built: its keys, deduplicated."""

    bands: tuple[int, ...]  # BODY keys, then LEAD keys
    terms: tuple[int, ...]
    language: str  # primary language


@dataclass(slots=True)
class _Postings:
    """A day's postings of one kind: band keys, or the name terms of one language."""

    keys: Ints = field(default_factory=_none)  # sorted
    ids: Ints = field(default_factory=_none)  # the article of each
    recent: dict[int, Posted] = field(default_factory=dict)  # added since they were sorted


@dataclass(slots=True)
class _Day:
    bands: _Postings = field(default_factory=_Postings)  # BODY and LEAD keys
    # name terms by primary language: a translation lookup skips its own language's
    terms: dict[str, _Postings] = field(default_factory=dict)
    added: dict[int, _Added] = field(default_factory=dict)  # the articles in `recent`
    removed: set[int] = field(default_factory=set)  # articles whose sorted postings to skip
    pending: int = 0  # postings in `recent`


class RecentIndex:
    """Band and name-term postings of articles published since `start`."""

    def __init__(self, start: datetime, *, today: datetime | None = None) -> None:
        self.start = _day_start(start)
        # the UTC day of the last forget_before (the day it was created, at first)
        self._today = day_number(today or start)
        self._days: dict[int, _Day] = {}
        self._articles: dict[int, float] = {}  # article id -> publication timestamp
        self._term_articles: dict[int, int] = {}  # name term -> indexed articles naming it
        self._counted = 0  # articles since `start` (those of older days loaded: not counted)
        # days before `start` loaded for band lookups (load_days), least recently used first
        self._cold: OrderedDict[int, None] = OrderedDict()
        self._pending = 0  # postings in the days' dicts
        self._sorted = 0  # postings in the days' arrays

    def __len__(self) -> int:
        return len(self._articles)

    def covers(self, lo: datetime) -> bool:
        """Can a lookup from `lo` on be answered here?"""
        return lo >= self.start

    def add(self, rows: Iterable[KeyRow]) -> None:
        """Index articles' keys as read from the database (an article indexed before is
        replaced: an update deletes its row and writes a new one)."""
        for row in rows:
            self.remove(row.article_id)
            self.add_article(row.article_id, row.published, row.language, row.keys)

    def add_article(
        self,
        article_id: int,
        published: datetime,
        language: str,
        keys: Mapping[int, Sequence[int]],
    ) -> None:
        """Index an article's keys (by kind, as features.index_keys gives them; keys are
        signed 64-bit integers, as the database stores them). An article indexed before
        is replaced."""
        bands = (*dict.fromkeys(keys.get(BODY, ())), *dict.fromkeys(keys.get(LEAD, ())))
        terms = tuple(dict.fromkeys(keys.get(TERM, ())))
        ts = published.timestamp()
        d = int(ts // _DAY)
        if published < self.start:
            if d not in self._cold:
                return
            terms = ()  # an older day holds band keys only: names go to the store
        if not (bands or terms):
            return
        if article_id in self._articles:
            self.remove(article_id)
        lang = primary_language(language)
        if published >= self.start:
            self._counted += 1
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = _Day()
        day.added[article_id] = _Added(bands, terms, lang)
        _post(day.bands.recent, bands, article_id)
        postings = day.terms.get(lang)
        if postings is None:
            postings = day.terms[lang] = _Postings()
        _post(postings.recent, terms, article_id)
        counts = self._term_articles
        for key in terms:
            counts[key] = counts.get(key, 0) + 1
        n = len(bands) + len(terms)
        day.pending += n
        self._pending += n
        self._articles[article_id] = ts
        if self._pending > max(MERGE_AT, self._sorted >> 6):
            self._merge()

    def remove(self, article_id: int) -> None:
        ts = self._articles.pop(article_id, None)
        if ts is None:
            return
        if ts >= self.start.timestamp():
            self._counted -= 1
        day = self._days.get(int(ts // _DAY))
        if day is None:
            return
        added = day.added.pop(article_id, None)
        if added is None:  # in the day's arrays
            day.removed.add(article_id)
            terms = [k for p in day.terms.values() for k in p.keys[p.ids == article_id].tolist()]
        else:
            terms = list(added.terms)
            _unpost(day.bands.recent, added.bands, article_id)
            _unpost(day.terms[added.language].recent, added.terms, article_id)
            n = len(added.bands) + len(added.terms)
            day.pending -= n
            self._pending -= n
        for key in terms:
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
        self._cold.clear()  # (all before the old start, so before the new one)
        for d in [d for d in self._days if d < first]:
            day = self._days.pop(d)
            self._pending -= day.pending
            self._sorted -= len(day.bands.keys) + sum(len(p.keys) for p in day.terms.values())
            for postings in day.terms.values():
                terms = postings.keys
                if day.removed:
                    terms = terms[_kept(postings.ids, day.removed)]
                found, times = np.unique(terms, return_counts=True)
                for key, n in zip(found.tolist(), times.tolist(), strict=True):
                    self._uncount(key, n)
            for added in day.added.values():
                for key in added.terms:
                    self._uncount(key, 1)
        cutoff = start.timestamp()
        for aid in [a for a, ts in self._articles.items() if ts < cutoff]:
            del self._articles[aid]
        self._counted = len(self._articles)

    def load_days(self, log: KeyLog, lo: datetime, hi: datetime) -> None:
        """Make the band keys of the days in [lo, hi] before the start answerable: the
        days not loaded yet are read from the store (one query), and the least recently
        used beyond COLD_DAYS are dropped again (an old article's near duplicates are
        looked for in the few days around it; a backfill in time order reads each day
        once)."""
        first, last = day_number(lo), min(day_number(hi), day_number(self.start) - 1)
        wanted = range(first, last + 1)
        missing = [d for d in wanted if d not in self._cold]
        for d in wanted:
            self._cold[d] = None
            self._cold.move_to_end(d)
        if missing:
            rows = log.key_rows(days=(missing[0], missing[-1]))
            loading = set(missing)  # (days between them may be loaded already)
            self.add(r for r in rows if day_number(r.published) in loading)
            for d in missing:
                day = self._days.get(d)
                if day is not None:
                    self._merge_day(day)
        while len(self._cold) > max(COLD_DAYS, len(wanted)):
            d, _ = self._cold.popitem(last=False)
            self._drop_cold(d)

    def _drop_cold(self, d: int) -> None:
        day = self._days.pop(d, None)
        if day is None:
            return
        self._pending -= day.pending
        self._sorted -= len(day.bands.keys)
        lo, hi = d * _DAY, (d + 1) * _DAY
        for aid in [a for a, ts in self._articles.items() if lo <= ts < hi]:
            del self._articles[aid]

    def _uncount(self, term: int, n: int) -> None:
        left = self._term_articles.get(term, 0) - n
        if left > 0:
            self._term_articles[term] = left
        else:
            self._term_articles.pop(term, None)

    def _merge(self) -> None:
        """Sort the postings of the fullest days' dicts into their arrays, until the dicts
        hold no more than half as many as they may."""
        most = max(MERGE_AT, self._sorted >> 6) // 2
        for day in sorted(self._days.values(), key=lambda day: -day.pending):
            if self._pending <= most or not day.pending:
                break
            self._merge_day(day)

    def _merge_day(self, day: _Day) -> None:
        added, removed = day.added.items(), day.removed
        gained = _merge_postings(day.bands, [(aid, a.bands) for aid, a in added], removed)
        for lang, postings in day.terms.items():
            its = [(aid, a.terms) for aid, a in added if a.language == lang]
            gained += _merge_postings(postings, its, removed)
        day.added, day.removed = {}, set()
        self._sorted += gained
        self._pending -= day.pending
        day.pending = 0

    def common(self, term: int) -> bool:
        """Is this name term in more than COMMON_TERM_SHARE of the indexed articles (and
        in at least COMMON_TERM_MIN)?"""
        n = self._term_articles.get(term, 0)
        return n >= COMMON_TERM_MIN and n > COMMON_TERM_SHARE * self._counted

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
        older = range(day_number(lo), min(day_number(hi) + 1, day_number(self.start)))
        assert self.covers(lo) or (kind == "bands" and all(d in self._cold for d in older)), (
            "lookup before the index start: load its days (bands) or ask the store (names)"
        )
        if not keys:
            return []
        lo_ts, hi_ts = lo.timestamp(), hi.timestamp()
        unique = list(dict.fromkeys(keys))
        query: tuple[Ints, bool] | None = None
        asked: set[int] | None = None
        hits: list[int] = []  # an article id for every posting of a key asked for
        for d in days_between(lo, hi):
            day = self._days.get(d)
            if day is None:
                continue
            if kind == "bands":
                every = [day.bands]
            else:
                every = [p for lang, p in day.terms.items() if lang != other_language]
            for postings in every:
                if len(postings.keys):
                    if query is None:
                        query = _bounds(unique)
                    found = _search(postings.keys, postings.ids, query)
                    if day.removed:
                        found = [aid for aid in found if aid not in day.removed]
                    hits += found
                recent = postings.recent
                if not recent:
                    continue
                if len(recent) < len(unique):  # (a day's few late additions)
                    if asked is None:
                        asked = set(unique)
                    posted = [p for k, p in recent.items() if k in asked]
                else:
                    posted = [p for k in unique if (p := recent.get(k)) is not None]
                for ids in posted:
                    if isinstance(ids, int):
                        hits.append(ids)
                    else:
                        hits += ids
        counts = Counter(hits)
        out = []
        articles = self._articles
        for aid, n in counts.items():
            if n >= min_shared and lo_ts <= articles[aid] <= hi_ts:
                out.append((-n, aid))
        out.sort()
        return [aid for _, aid in out[:limit]]


def _post(postings: dict[int, Posted], keys: Iterable[int], article_id: int) -> None:
    for key in keys:
        ids = postings.get(key)
        if ids is None:
            postings[key] = article_id
        elif isinstance(ids, int):
            postings[key] = [ids, article_id]
        else:
            ids.append(article_id)


def _unpost(postings: dict[int, Posted], keys: Iterable[int], article_id: int) -> None:
    for key in keys:
        ids = postings.get(key)
        if ids == article_id:
            del postings[key]
        elif isinstance(ids, list) and article_id in ids:
            ids.remove(article_id)
            if len(ids) == 1:
                postings[key] = ids[0]


def _kept(ids: Ints, removed: set[int]) -> npt.NDArray[np.bool_]:
    """Which postings of a day's arrays are not of a removed article."""
    return ~np.isin(ids, np.fromiter(removed, dtype=np.int64, count=len(removed)))


def _merge_postings(
    postings: _Postings, added: list[tuple[int, tuple[int, ...]]], removed: set[int]
) -> int:
    """Sort the added articles' keys into the arrays, and leave the removed ones' out;
    returns how many postings the arrays gained."""
    if not added and not removed:
        return 0
    keys, ids = postings.keys, postings.ids
    before = len(keys)
    if removed and before:
        kept = _kept(ids, removed)
        keys, ids = keys[kept], ids[kept]
    new_keys = np.array([k for _, its in added for k in its], dtype=np.int64)
    new_ids = np.repeat(
        np.array([aid for aid, _ in added], dtype=np.int64), [len(its) for _, its in added]
    )
    order = np.argsort(new_keys, kind="stable")
    new_keys, new_ids = new_keys[order], new_ids[order]
    # inserted after the equal keys: a pass over the arrays, where sorting them anew
    # took seven times as long
    at = keys.searchsorted(new_keys, "right")
    wide = bool(len(new_ids)) and not -(2**31) <= int(new_ids.min()) <= int(new_ids.max()) < 2**31
    dtype = np.int64 if wide or (len(ids) and ids.dtype == np.int64) else np.int32
    postings.keys = np.insert(keys, at, new_keys)
    postings.ids = np.insert(ids.astype(dtype, copy=False), at, new_ids.astype(dtype))
    postings.recent = {}
    return len(postings.keys) - before


_TOP = 2**63 - 1


def _bounds(keys: list[int]) -> tuple[Ints, bool]:
    """The keys asked for, sorted, each followed by its successor; and whether the last is
    the largest int64 (which has none). The first positions of a key and of its successor
    in a sorted array are its postings' range; searched for in ascending order, one search
    starts where the last ended (measured: 40% quicker than in the order asked)."""
    try:
        asked = np.array(keys, dtype=np.int64)
    except OverflowError:  # a key no article can have (they are signed 64-bit)
        asked = np.array([k for k in keys if -(2**63) <= k <= _TOP], dtype=np.int64)
    asked.sort()
    bounds = np.empty(2 * len(asked), dtype=np.int64)
    bounds[0::2] = asked
    bounds[1::2] = asked + 1  # (the largest int64 wraps around: see _search)
    return bounds, bool(len(asked)) and int(asked[-1]) == _TOP


def _search(sorted_keys: Ints, ids: Ints, bounds: tuple[Ints, bool]) -> list[int]:
    """The article ids of every posting of the keys asked for (`_bounds`)."""
    at = sorted_keys.searchsorted(bounds[0]).tolist()
    if bounds[1]:
        at[-1] = len(sorted_keys)
    pairs = iter(at)
    found: list[int] = []
    for a, b in zip(pairs, pairs, strict=True):  # few keys are found: a loop is quickest
        if a != b:
            found += ids[a:b].tolist()
    return found


def _day_start(when: datetime) -> datetime:
    when = when.astimezone(UTC)
    return when.replace(hour=0, minute=0, second=0, microsecond=0)


def sync(log: KeyLog, recent: RecentIndex | None, seen: int, now: datetime) -> RecentIndex:
    """The recent index brought up to date with the store's keys: loaded when there is
    none yet (by one scan), otherwise the key rows written after row `seen` (by this or
    other processes) added and the days that fell out forgotten."""
    if recent is None:
        start = now - timedelta(days=KEEP_DAYS)
        older = log.any_key_before(day_number(start))
        # nothing older stored: the index holds it all (a new store, a first backfill)
        recent = RecentIndex(BEGINNING if not older else start, today=now)
        rows = log.key_rows(since_day=day_number(recent.start))
    else:
        recent.forget_before(now)
        rows = log.key_rows(after=seen)
    recent.add(rows)
    return recent
