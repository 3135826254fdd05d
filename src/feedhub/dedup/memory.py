"""What a process remembers between ingests: stored articles and their fingerprints.

Both are caches of what the store holds, objects owned by dedup.ingest.Dedup (one per
process) and passed to the steps that use them; no module state.

`Memo`: the recently stored articles as models.Known, by id. The matcher's candidates are
the same recent articles again and again (every copy of a story is compared with its
versions, every new story with the names of ten days), and reading them back from the
database is a large share of an article's store time (docs/dedup.md). dedup.ingest keeps it current
with its own writes and forgets it whole when another process ingested meanwhile or an
ingest failed.

`Fingerprints`: candidates are compared again and again as copies arrive and as new
stories look for related ones over ten days, so their fingerprints are remembered, keyed
by (article id, content hash) so an update is computed again. Two tiers, oldest dropped
first: the last `hot` as objects (hashed sets), and `size` packed (an array and joined
strings, about a tenth of the memory), unpacked when asked for, which is much cheaper
than reading the text and computing it again (sizes: docs/operations.md).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from typing import TypeVar

from feedhub.dedup.features import Fingerprint
from feedhub.models import Known

# Sizes without a budget (tests): stored articles remembered, fingerprints in each tier.
KNOWN_MEMO = 60_000
HOT_FINGERPRINTS = 4_000
FINGERPRINT_CACHE = 60_000
# What one entry costs, measured with tracemalloc on the labelled news articles of
# ../shared/data/dedup (median 107 words; docs/operations.md): a Known ~350-600 bytes, a
# packed fingerprint ~1.65 KB, a hot one (hashed sets) ~18 KB. Budgets are divided by these.
MEMO_ENTRY_BYTES = 600
PACKED_ENTRY_BYTES = 1_800
HOT_ENTRY_BYTES = 18_000
# a budget's share for each: most to the packed tier (a miss there means reading the
# article's text and computing its fingerprint again, ~0.5 ms), a quarter to the memo (a
# miss there is a read of the article's row), little to the unpacked tier (a miss there
# is an unpacking, some 10-20 µs: with a fifth of the budget it held 1,200 articles and
# the packed tier 33,000 of the bench's 40,000, so 18% of its candidates were computed
# again in bench/fetch.py's changed-feed pass)
MEMO_SHARE, PACKED_SHARE, HOT_SHARE = 0.25, 0.7, 0.05


def sized(budget_bytes: int) -> tuple[Memo, Fingerprints]:
    """A memo and fingerprint tiers that together hold about `budget_bytes`."""
    return (
        Memo(max(100, int(budget_bytes * MEMO_SHARE / MEMO_ENTRY_BYTES))),
        Fingerprints(
            hot=max(100, int(budget_bytes * HOT_SHARE / HOT_ENTRY_BYTES)),
            size=max(100, int(budget_bytes * PACKED_SHARE / PACKED_ENTRY_BYTES)),
        ),
    )


_K = TypeVar("_K")
_V = TypeVar("_V")
_EMPTY: frozenset[Any] = frozenset()
_SEP = "\x00"  # in no word, figure or name (features: \w, digits, hyphens)


# shingles, numbers, entities, title words, text length, dates, key figures, quoted
_Packed = tuple["array[int]", str, str, str, int, "array[int]", str, str]


def keep_newest(cache: OrderedDict[_K, _V], key: _K, value: _V, size: int) -> None:
    """Put `value` in a cache of at most `size` entries, dropping the oldest first.

    (OrderedDict: dropping a plain dict's first item again and again makes finding the
    next first item scan every slot dropped before.)"""
    if key not in cache and len(cache) >= size:
        cache.popitem(last=False)
    cache[key] = value


class Memo:
    """Recently stored articles as Known, by id, oldest dropped first beyond `size`."""

    def __init__(self, size: int = KNOWN_MEMO) -> None:
        self.size = size
        self.known: OrderedDict[int, Known] = OrderedDict()  # oldest first

    def __len__(self) -> int:
        return len(self.known)

    def get(self, article_id: int) -> Known | None:
        return self.known.get(article_id)

    def put(self, k: Known) -> None:
        keep_newest(self.known, k.article_id, k, self.size)

    def drop(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.known.pop(i, None)

    def clear(self) -> None:
        self.known.clear()


def comparable(fp: Fingerprint) -> Fingerprint:
    """A fingerprint as a candidate's is compared (near_duplicate, translation, relate):
    without the lead shingles and names, which only the article's own index keys use."""
    return replace(fp, lead=_EMPTY, names=_EMPTY)


class Fingerprints:
    """Stored articles' fingerprints (as `comparable` gives them), in two tiers."""

    def __init__(self, hot: int = HOT_FINGERPRINTS, size: int = FINGERPRINT_CACHE) -> None:
        self.hot_size = hot
        self.size = size
        self._hot: OrderedDict[tuple[int, str], Fingerprint] = OrderedDict()
        self._packed: OrderedDict[tuple[int, str], _Packed] = OrderedDict()

    def remember(self, article_id: int, content_hash: str, fp: Fingerprint) -> Fingerprint:
        """Keep a stored article's fingerprint for when it is a candidate; returns it as
        remembered (`comparable`)."""
        key = (article_id, content_hash)
        packed = (
            array("I", fp.shingles),
            _SEP.join(fp.numbers),
            _SEP.join(fp.entities),
            _SEP.join(fp.title_words),
            fp.text_length,
            array("I", fp.dates),
            _SEP.join(fp.key_figures),
            _SEP.join(fp.quoted),
        )
        keep_newest(self._packed, key, packed, self.size)
        hot = comparable(fp)
        keep_newest(self._hot, key, hot, self.hot_size)
        return hot

    def get(self, article_id: int, content_hash: str) -> Fingerprint | None:
        """A remembered fingerprint, or None."""
        key = (article_id, content_hash)
        fp = self._hot.get(key)
        if fp is None:
            packed = self._packed.get(key)
            if packed is None:
                return None
            shingles, numbers, entities, title_words, length, days, key_figures, quotes = packed
            fp = Fingerprint(
                shingles=frozenset(shingles),
                lead=_EMPTY,
                numbers=_split(numbers),
                entities=_split(entities),
                names=_EMPTY,
                title_words=_split(title_words),
                text_length=length,
                dates=frozenset(days),
                key_figures=_split(key_figures),
                quoted=_split(quotes),
            )
            keep_newest(self._hot, key, fp, self.hot_size)
        return fp


def _split(joined: str) -> frozenset[str]:
    return frozenset(joined.split(_SEP)) if joined else _EMPTY
