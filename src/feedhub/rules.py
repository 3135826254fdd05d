"""Entry rules, Miniflux-style: `FIELD=REGEX`, one rule a string (models.Rule).

    EntryTitle=(?i)gewinnspiel|anzeige
    EntryTag=(?i)^sport$
    EntryAuthor=dpa-AFX
    EntryContent=(?i)\\bkiew\\b|\\bkyjiw\\b
    EntryURL=/podcast/

FIELD is one of FIELDS: the headline, the plain text (summary and body), any category,
any author, the link. REGEX is RE2 syntax (google-re2: Go's regexp, which Miniflux
uses), matched anywhere in the field; RE2 runs in time linear in the text, so no rule and
no entry can make a match take long, whatever a source sends. Backreferences and
lookarounds, which need backtracking, are refused when the config is read.

They serve two purposes:
- **filters** (`block` and `keep`: in feedhub.toml's [filters] for every source, in a
  source's table for that source): an entry that matches a block rule, or, where there
  are keep rules, none of them, is not stored (`verdict`);
- **topic feeds** (`match` of a [topics.SLUG] table in feedhub.toml): an article that
  matches any of a topic's rules is in /feeds/topic/SLUG (`topics`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any

import re2

from feedhub.models import Article
from feedhub.models import Rule
from feedhub.models import Settings
from feedhub.models import Source

FIELDS = ("EntryTitle", "EntryContent", "EntryTag", "EntryAuthor", "EntryURL")
MAX_PATTERN = 1000  # characters of one rule's regex
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # an invalid rule is a config problem, not a line on stderr
_OPTIONS.max_mem = 8 << 20  # a compiled rule's memory, at most


def parse(text: str) -> Rule:
    """A rule from its text; ValueError saying what is wrong."""
    field, sep, pattern = text.partition("=")
    field = field.strip()
    if not sep or field not in FIELDS:
        raise ValueError(f"expected FIELD=REGEX with FIELD one of {', '.join(FIELDS)}")
    if not pattern or len(pattern) > MAX_PATTERN:
        raise ValueError(f"the regular expression must have 1 to {MAX_PATTERN} characters")
    try:
        _compiled(pattern)
    except re2.error as e:
        detail = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise ValueError(f"not a valid RE2 regular expression: {detail}") from None
    return Rule(field, pattern)


def matches(rule: Rule, article: Article) -> bool:
    regex = _compiled(rule.pattern)
    return any(regex.search(value) for value in _values(article, rule.field))


def first_match(rules: Iterable[Rule], article: Article) -> Rule | None:
    return next((r for r in rules if matches(r, article)), None)


def verdict(settings: Settings, source: Source, article: Article) -> str | None:
    """Why an entry of `source` is not stored ("blocked by EntryTitle=..."), or None.
    The global rules ([filters]) apply first, then the source's own."""
    block, keep = _in_force(settings, source)
    hit = first_match(block, article)
    if hit is not None:
        return f"blocked by {hit.text}"
    if keep and first_match(keep, article) is None:
        return "matches no keep rule"
    return None


def describe(settings: Settings, source: Source, article: Article) -> list[str]:
    """What each rule in force for the source says of an article (feedhub explain)."""
    block, keep = _in_force(settings, source)
    out = []
    for kind, rules in (("keep", keep), ("block", block)):
        for r in rules:
            out.append(f"{kind} {r.text}: {'matches' if matches(r, article) else 'no match'}")
    return out


def _in_force(settings: Settings, source: Source) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """(block, keep) rules for a source's entries: the global ones first."""
    return (
        (*settings.filters.block, *source.block),
        (*settings.filters.keep, *source.keep),
    )


def topics(settings: Settings, article: Article) -> tuple[str, ...]:
    """The slugs of the configured topics the article matches."""
    return tuple(t.slug for t in settings.topics if first_match(t.match, article) is not None)


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str) -> Any:
    return re2.compile(pattern, options=_OPTIONS)


def _values(article: Article, field: str) -> Sequence[str]:
    if field == "EntryTitle":
        return (article.title,)
    if field == "EntryContent":
        return (article.summary, article.content_text)
    if field == "EntryTag":
        return article.categories
    if field == "EntryAuthor":
        return article.authors
    return (article.url,) if article.url else ()
