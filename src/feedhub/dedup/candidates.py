"""The candidate rules: what the matcher and the relater weigh for an article.

`Candidates` answers, for one ingest session, from the store (dedup.lookup.Lookup), the
process's recent in-memory index and its memory of stored articles and fingerprints:

- `hits`: the exact layers (same GUID, URL, text) in one round trip; near copies by LSH
  bands within MAX_HOURS_APART; for a short item, or a translation, articles sharing
  names; other reports of one event in their own words, by names (SAME_EVENT_HOURS);
  the languages of the candidates' stories (a translation check needs them); operator
  overrides and pinned stories.
- `related`: articles of other stories in a window sharing the most names, one per story;
  `linked` / `linking`: articles a body links to, and articles linking to a URL.
- `fingerprint`: a candidate's fingerprint, remembered or computed from its text.

Invariants: the choice between the in-memory index and the store is made in one place
(`_postings`: the index when it covers the window's start, else the store, which holds
every name; band keys are only looked up in memory, older days loaded for it:
RecentIndex.load_days); every Known read is remembered in the memo; lookups by name leave out the
names that are common in the recent index (dedup.index) unless told not to.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from datetime import datetime
from datetime import timedelta

from feedhub.dedup import features
from feedhub.dedup.features import Fingerprint
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.keys import url_key
from feedhub.dedup.lookup import Lookup
from feedhub.dedup.lookup import Postings
from feedhub.dedup.match import MAX_HOURS_APART
from feedhub.dedup.match import SAME_EVENT_HOURS
from feedhub.dedup.match import Hits
from feedhub.dedup.memory import Fingerprints
from feedhub.dedup.memory import Memo
from feedhub.dedup.relate import LOOKUP_MIN_SHARED
from feedhub.models import BODY
from feedhub.models import LEAD
from feedhub.models import TERM
from feedhub.models import Article
from feedhub.models import Known

NEAR_CANDIDATES = 50  # LSH candidates verified per article, at most
LOOKUP_TERMS = 12  # name terms per lookup
EVENT_TERMS = 32  # per same-event lookup (hours, not days: all of an article's terms)
MAX_RELATED_CANDIDATES = 10


class Candidates:
    """The candidate lookups of one ingest session."""

    def __init__(
        self, store: Lookup, recent: RecentIndex, memo: Memo, fingerprints: Fingerprints
    ) -> None:
        self.store = store
        self.recent = recent
        self.memo = memo
        self.fingerprints = fingerprints
        # names of the articles stored in this session so far; see _by_terms
        self.term_counts: Counter[int] = Counter()

    def fingerprint(self, k: Known) -> Fingerprint:
        """A stored article's fingerprint as candidates are compared: remembered, or
        computed from its text (read only then) and remembered."""
        fp = self.fingerprints.get(k.article_id, k.content_hash)
        if fp is None:
            summary, text = self.store.text(k.article_id)
            fp = self.fingerprints.remember(
                k.article_id, k.content_hash, features.fingerprint(k.title, text, summary)
            )
        return fp

    def stored_versions(self, source_id: str, guids: Iterable[str]) -> dict[str, Known]:
        """The stored articles of a source with these GUIDs, by GUID."""
        found = self.store.stored_versions(source_id, guids)
        self._remember(found.values())
        return found

    def known(self, ids: Iterable[int]) -> list[Known]:
        """Stored articles by id, in id order: from the memo, the others read."""
        found: list[Known] = []
        missing: list[int] = []
        for i in sorted(set(ids)):
            k = self.memo.get(i)
            if k is None:
                missing.append(i)
            else:
                found.append(k)
        if missing:
            found += self._remember(self.store.known_by_ids(missing))
            found.sort(key=lambda k: k.article_id)
        return found

    def hits(
        self, article: Article, fp: Fingerprint, keys: Mapping[int, list[int]], *, when: datetime
    ) -> Hits:
        """Everything dedup.match.decide() weighs for `article` (published `when`), with
        its fingerprint and index keys."""
        same_guid, same_url, same_text = self.store.exact(
            article.source_id,
            article.guid,
            url_key(article.canonical_url) if article.canonical_url else None,
            article.content_hash if article.content_text else None,
        )
        self._remember([k for k in (same_guid, same_text) if k] + same_url)
        if same_guid is not None:
            return Hits(same_guid=same_guid)
        override = self.store.override(article.source_id, article.guid)
        window = timedelta(hours=MAX_HOURS_APART)
        lo, hi = when - window, when + window
        bands = [*keys.get(BODY, []), *keys.get(LEAD, [])]
        if not self.recent.covers(lo):  # an old article: its days' band keys loaded
            self.recent.load_days(self.store, lo, hi)
        ids = set(self.recent.bands(bands, lo, hi, limit=NEAR_CANDIDATES))
        # translations share no shingles and short items too few: look for shared names,
        # in other languages always, in the same language only for a short item
        short = features.is_short(fp)
        mine = features.primary_language(article.language)
        ids |= set(
            self._by_terms(
                keys.get(TERM, []),
                lo,
                hi,
                LOOKUP_MIN_SHARED,
                other_language=None if short else mine,
                limit=NEAR_CANDIDATES,
                skip_common=True,
            )
        )
        # another report of the same event in its own words shares names, not shingles:
        # in any language, within the hours such reports follow, by all of its names (a
        # ticker line's few names are any of the report's)
        event = timedelta(hours=SAME_EVENT_HOURS)
        ids |= set(
            self._by_terms(
                keys.get(TERM, []),
                when - event,
                when + event,
                LOOKUP_MIN_SHARED,
                other_language=None,
                limit=NEAR_CANDIDATES,
                skip_common=True,
                sample=EVENT_TERMS,
            )
        )
        near = [k for k in self.known(ids) if k.mergeable]
        languages: dict[int, frozenset[str]] = {}
        if any(features.primary_language(k.language) != mine for k in near):
            # only a translation check needs the languages of the candidates' stories
            found = self.store.story_languages(sorted({k.story_id for k in near}))
            languages = {
                story: frozenset(features.primary_language(t) for t in tags)
                for story, tags in found.items()
            }
        candidate_stories = {k.story_id for k in (*same_url, *near)}
        if same_text is not None:
            candidate_stories.add(same_text.story_id)
        return Hits(
            same_url=same_url,
            same_text=same_text,
            near=near,
            override=override,
            story_languages=languages,
            pinned=self.store.pinned(sorted(candidate_stories)),
        )

    def related(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        *,
        exclude_story: int,
        min_shared: int,
        skip_common: bool = True,
        per_story: int = 1,
    ) -> list[Known]:
        """Articles of other stories in [lo, hi] sharing the most name terms (at least
        `min_shared`), `per_story` of each story (a reference phrase is weighed against
        a story's versions: its words may be in another headline than its names);
        with `skip_common`, by the names that are not common (an article's own names;
        the few names of a reference phrase are all looked up)."""
        ids = self._by_terms(
            terms,
            lo,
            hi,
            min_shared,
            other_language=None,
            limit=MAX_RELATED_CANDIDATES * 3,
            skip_common=skip_common,
        )
        if not ids:
            return []
        found = [k for k in self.known(ids) if k.story_id != exclude_story]
        order = {i: n for n, i in enumerate(ids)}
        stories: dict[int, list[Known]] = {}
        for k in sorted(found, key=lambda k: order[k.article_id]):
            versions = stories.setdefault(k.story_id, [])
            if len(versions) < per_story:
                versions.append(k)
        return [k for versions in list(stories.values())[:MAX_RELATED_CANDIDATES] for k in versions]

    def linked(self, urls: Sequence[str]) -> list[Known]:
        """Stored articles these URLs point to."""
        if not urls:
            return []
        keys = [url_key(u) for u in urls]
        return self._remember(self.store.by_url_keys(keys, limit=MAX_RELATED_CANDIDATES))

    def linking(self, url: str) -> list[Known]:
        """Stored articles whose body links to this URL (any form of it)."""
        key = features.link_key(url_key(url))
        return self._remember(self.store.linking(key, limit=MAX_RELATED_CANDIDATES))

    def _postings(self, lo: datetime) -> Postings:
        """Where a lookup from `lo` on is answered: the recent index when it covers it,
        else the store, which holds every key."""
        return self.recent if self.recent.covers(lo) else self.store

    def _by_terms(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        *,
        other_language: str | None,
        limit: int,
        skip_common: bool,
        sample: int = LOOKUP_TERMS,
    ) -> list[int]:
        """Articles in [lo, hi] sharing at least `min_shared` name terms, most first; with
        `other_language`, only articles in another language; with `skip_common`, by the
        names that are not common in the recent index (their postings are what the
        lookup's cost grows with, and they tell least)."""
        if skip_common:
            terms = [t for t in terms if not self.recent.common(t)]
        if not terms:
            return []
        # a stable sample of the article's names: by how often they occurred earlier in
        # this session (one source's poll), then by hash. (Counting over the whole store,
        # to pick the rarest, lowered related-story recall; see docs/dedup.md.)
        terms = sorted(terms, key=lambda t: (self.term_counts[t], t))[:sample]
        return self._postings(lo).terms(
            terms, lo, hi, min_shared, other_language=other_language, limit=limit
        )

    def _remember(self, found: Iterable[Known]) -> list[Known]:
        out = list(found)
        for k in out:
            self.memo.put(k)
        return out
