"""Which story does a new article belong to, and why? (pure: dedup.candidates supplies the
candidates and their fingerprints)

Layers, cheapest first; the first that fires decides and its reason is recorded:

1. same source and same GUID: a version we already have. Updated in place if its title,
   text or update time changed ("update"), else "unchanged".
2. operator decisions (`feedhub merge` / `feedhub split`) for this (source, GUID), kept
   across re-ingestion: merge into the named story, or always a story of its own.
3. same canonical URL (keys.url_key: tracking parameters, fragment, scheme, www/m/amp
   hosts, /amp/ paths ignored). Exception: the same source sending a new GUID for an
   already known URL is a reused URL (a portal's "lottozahlen-aktuell.html") unless the
   texts also pass layer 5.
4. same text (keys.content_hash of title + text).
5. near-duplicate text. Candidates come from MinHash-LSH band keys (features.py) looked
   up in the database within MAX_HOURS_APART, so the work per article does not grow with
   the store. A candidate is the same story when all of these hold:
   - the word 3-shingles of the shorter version are at least NEAR_DUP_CONTAINMENT
     contained in the longer one (containment, not Jaccard: agency copies are shortened);
   - at most MAX_NUMBER_CONFLICTS figures of the shorter version are missing from the
     longer (a correction changes one figure; "DAX schließt im Plus" on the next day
     changes all of them);
   - they were published at most MAX_HOURS_APART apart (recurring templated reports
     are a day or more apart; copies of one report arrive within hours).
6. same event, in other words: an independent report of the event or a ticker line
   before the report shares names and figures, not wording. Within SAME_EVENT_HOURS,
   enough names shared, a headline name among the other's names, figures agreeing
   (`same_event`); only when no text layer matched, into one story (never a merge).
7. translation: a version in another language shares no shingles, so the evidence is
   language-independent: capitalised names (features.entities) of the smaller set at least
   TRANSLATION_MIN_ENTITIES contained in the other, at least TRANSLATION_MIN_SHARED of
   them, within MAX_HOURS_APART, and only into a story that has no version in the
   article's language yet (had it one, the article would have matched it by text: a
   background piece on the same people is not a translation). Works when names survive
   translation (Trump, Putin, Anchorage); fails when they are transliterated differently
   (Selenskyj / Zelensky) or when the translation is a short summary with few names.
8. otherwise a new story.

An article that matches several stories by layers 3-5 ties them together: they are merged
into the oldest (whose published id readers already have), and the article joins it.

A source configured with `merge = false` never joins another story and no other article
joins its stories: for it only layers 1 and 2 apply.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from feedhub.dedup import features
from feedhub.dedup.features import Fingerprint
from feedhub.models import Article
from feedhub.models import Known

NEAR_DUP_CONTAINMENT = 0.6
MAX_NUMBER_CONFLICTS = 1
MAX_HOURS_APART = 48.0
TRANSLATION_MIN_ENTITIES = 0.25
TRANSLATION_MIN_SHARED = 3
SAME_EVENT_HOURS = 8.0
SAME_EVENT_MIN_ENTITIES = 0.4
SAME_EVENT_MIN_SHARED = 3
SAME_EVENT_FIGURES = 2  # shared figures (years aside) that let fewer names do...
SAME_EVENT_FIGURES_MIN_ENTITIES = 0.25  # ...down to this share

# a stored article's fingerprint (dedup.candidates.Candidates.fingerprint: remembered, or
# computed from its text)
FingerprintOf = Callable[[Known], Fingerprint]


class Action(StrEnum):
    UNCHANGED = "unchanged"
    UPDATE = "update"
    WITHDRAW = "withdraw"  # a kill notice: the story leaves every feed
    ATTACH = "attach"
    NEW = "new"


REASON_NEW = "new story"
REASON_SAME_URL = "same canonical URL"
REASON_SAME_TEXT = "same text"


@dataclass(frozen=True, slots=True)
class Hits:
    """What the store found for a new article, layer by layer."""

    same_guid: Known | None = None
    same_url: Sequence[Known] = ()
    same_text: Known | None = None
    near: Sequence[Known] = ()  # LSH candidates within the time window
    # primary languages of the stories in `near`
    story_languages: Mapping[int, frozenset[str]] = field(default_factory=dict)
    # stories holding an article an operator split off: never merged with others
    pinned: frozenset[int] = frozenset()
    override: tuple[str, int | None] | None = None  # ("merge", story) | ("split", None)


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: str
    story_id: int | None = None
    article_id: int | None = None
    score: float | None = None
    layer: str = field(default="")
    merge: tuple[int, ...] = ()  # further stories the article shows to be the same one


def unchanged(known: Known, article: Article) -> bool:
    """Is `article` the stored version `known` of it again (same source and GUID)?

    Only a changed headline or text (figures included: the normalised text's hash) is a
    real update. A re-export with a new `updated` time, other markup or whitespace, or
    new tracking parameters is not stored again: its story's `updated` does not move, its
    feeds keep their bytes and ETags, and no WebSub hub is pinged."""
    return known.content_hash == article.content_hash and known.title == article.title


def decide(
    article: Article,
    fp: Fingerprint,
    hits: Hits,
    fingerprint_of: FingerprintOf,
    *,
    mergeable: bool,
    now: datetime,
) -> Decision:
    """Apply the layers above in order; `fingerprint_of` gives a candidate's fingerprint
    (asked only for the candidates a layer compares by text)."""
    known = hits.same_guid
    same_source = [h for h in hits.same_url if h.source_id == article.source_id]
    if article.withdrawn and (target := known or next(iter(same_source), None)):
        return Decision(
            Action.WITHDRAW,
            f"kill notice from {article.source_id} for article {target.article_id}",
            target.story_id,
            target.article_id,
            layer="notice",
        )
    if known is None and article.correction and same_source:
        # a correction under a new GUID replaces the version it corrects (same link)
        hit = same_source[0]
        return Decision(
            Action.UNCHANGED if unchanged(hit, article) else Action.UPDATE,
            f"correction of {hit.source_id} article {hit.article_id}",
            hit.story_id,
            hit.article_id,
            layer="notice",
        )
    if known is not None:
        return Decision(
            Action.UNCHANGED if unchanged(known, article) else Action.UPDATE,
            "same source and GUID",
            known.story_id,
            known.article_id,
            layer="guid",
        )
    if hits.override is not None:
        kind, story_id = hits.override
        if kind == "merge" and story_id is not None:
            return Decision(Action.ATTACH, "operator merge", story_id, layer="operator")
        if kind == "split":
            return Decision(Action.NEW, "operator split", layer="operator")
        # a merge whose target story no longer exists: decide as usual
    if not mergeable:
        return Decision(Action.NEW, f"{REASON_NEW} (source opts out of merging)", layer="new")
    when = article.published or now
    matches: list[Decision] = []  # every story the article belongs to, strongest layer first
    for hit in hits.same_url:
        if not hit.mergeable:
            continue
        if hit.source_id == article.source_id and hit.guid != article.guid:
            evidence = near_duplicate(fp, fingerprint_of(hit), when, hit.published or when)
            if evidence is None:
                continue  # a reused URL: the same source, a new GUID, another text
        matches.append(
            Decision(
                Action.ATTACH,
                f"{REASON_SAME_URL} as {hit.source_id} article {hit.article_id}",
                hit.story_id,
                layer="url",
            )
        )
    if hits.same_text is not None and hits.same_text.mergeable:
        hit = hits.same_text
        matches.append(
            Decision(
                Action.ATTACH,
                f"{REASON_SAME_TEXT} as {hit.source_id} article {hit.article_id}",
                hit.story_id,
                layer="text",
            )
        )
    language = features.primary_language(article.language)
    near: list[tuple[float, Known]] = []
    translations: list[tuple[float, Known]] = []
    events: list[tuple[float, Known]] = []
    for hit in hits.near:
        if not hit.mergeable:
            continue
        then = hit.published or when
        if features.primary_language(hit.language) == language:
            other = fingerprint_of(hit)
            score = near_duplicate(fp, other, when, then)
            if score is not None:
                near.append((score, hit))
            elif (score := same_event(fp, other, when, then)) is not None:
                events.append((score, hit))
        elif language not in hits.story_languages.get(hit.story_id, frozenset()):
            # (a story with a version in this language would have matched it by text)
            score = translation(fp, fingerprint_of(hit), when, then)
            if score is not None:
                translations.append((score, hit))
    near.sort(key=lambda sh: (-sh[0], sh[1].article_id))
    for score, hit in near:
        matches.append(
            Decision(
                Action.ATTACH,
                f"near-duplicate text {score:.2f} with {hit.source_id} article {hit.article_id},"
                f" {hours_apart(hit.published or when, when):.0f} h apart",
                hit.story_id,
                score=score,
                layer="near",
            )
        )
    if not matches and events:  # weaker evidence: only when no text matches
        score, hit = max(events, key=lambda sh: (sh[0], -sh[1].article_id))
        matches.append(
            Decision(
                Action.ATTACH,
                f"same event ({score:.2f} of names, figures agree) as {hit.source_id} article"
                f" {hit.article_id}, {hours_apart(hit.published or when, when):.1f} h apart",
                hit.story_id,
                score=score,
                layer="event",
            )
        )
    if not matches and translations:  # the weakest evidence: only when nothing else fits
        score, hit = max(translations, key=lambda sh: (sh[0], -sh[1].article_id))
        matches.append(
            Decision(
                Action.ATTACH,
                f"translation ({article.language} of {hit.language}) {score:.2f} with"
                f" {hit.source_id} article {hit.article_id},"
                f" {hours_apart(hit.published or when, when):.0f} h apart",
                hit.story_id,
                score=score,
                layer="translation",
            )
        )
    if not matches:
        return Decision(Action.NEW, REASON_NEW, layer="new")
    # The article may tie together stories that were started separately (a copy that
    # arrived before the version linking both): they become one, under the oldest story.
    # stories an operator split apart are never tied together again by a further copy
    free = [m for m in matches if m.story_id not in hits.pinned]
    if free:
        matches = free
    else:
        matches = [m for m in matches if m.story_id == matches[0].story_id]
    best = matches[0]
    stories = sorted({m.story_id for m in matches if m.story_id is not None})
    reason = best.reason
    if len(stories) > 1:
        tied = {m.story_id: m.reason for m in reversed(matches) if m.story_id != best.story_id}
        reason += "; stories merged, also " + "; ".join(tied.values())
    return replace(best, reason=reason, story_id=stories[0], merge=tuple(stories[1:]))


def hours_apart(a: datetime, b: datetime) -> float:
    return abs((a - b).total_seconds()) / 3600


def number_conflicts(shorter: Fingerprint, longer: Fingerprint) -> int:
    return len(shorter.numbers - longer.numbers)


def near_duplicate(
    a: Fingerprint, b: Fingerprint, when_a: datetime, when_b: datetime
) -> float | None:
    """Shingle containment when a and b are versions of one report, else None."""
    if hours_apart(when_a, when_b) > MAX_HOURS_APART:
        return None
    shorter, longer = (a, b) if a.text_length <= b.text_length else (b, a)
    score = features.containment(a.shingles, b.shingles)
    if score < NEAR_DUP_CONTAINMENT:
        return None
    if number_conflicts(shorter, longer) > MAX_NUMBER_CONFLICTS:
        return None
    return score


def translation(a: Fingerprint, b: Fingerprint, when_a: datetime, when_b: datetime) -> float | None:
    """Name containment when a and b look like one story in two languages, else None."""
    if hours_apart(when_a, when_b) > MAX_HOURS_APART:
        return None
    shared = len(a.entities & b.entities)
    score = features.containment(a.entities, b.entities)
    if shared >= TRANSLATION_MIN_SHARED and score >= TRANSLATION_MIN_ENTITIES:
        return score
    # institutions and subjects are translated, names and figures are not: fewer names
    # do when the figures (other than years) are the same ones
    if shared < 2 or len(_figures(a) & _figures(b)) < SAME_EVENT_FIGURES:
        return None
    return score if _figures_agree(a, b) else None


def _figures(fp: Fingerprint) -> set[str]:
    return features.figures(fp.numbers)


def _figures_agree(a: Fingerprint, b: Fingerprint) -> bool:
    """When both give figures other than years: at least one of the shorter version's is
    the other's, and at most half of them are missing from it."""
    shorter, longer = (a, b) if a.text_length <= b.text_length else (b, a)
    figures, others = _figures(shorter), _figures(longer)
    if not figures or not others:
        return True
    missing = len(figures - others)
    return missing < len(figures) and 2 * missing <= len(figures)


def same_event(a: Fingerprint, b: Fingerprint, when_a: datetime, when_b: datetime) -> float | None:
    """Name containment when a and b look like two reports of one event in their own
    words (an independent report, a ticker line before the report), else None.

    Within SAME_EVENT_HOURS; at least SAME_EVENT_MIN_SHARED names and
    SAME_EVENT_MIN_ENTITIES of the smaller set shared (SAME_EVENT_FIGURES_MIN_ENTITIES
    when they also share SAME_EVENT_FIGURES figures); a name in one headline is among the
    other's names (title and lead); and the figures agree: when both
    give figures other than years, at least one is shared and at most half of the
    shorter version's are missing from the longer (a follow-up or a recurring report
    brings new figures)."""
    if hours_apart(when_a, when_b) > SAME_EVENT_HOURS:
        return None
    shared = len(a.entities & b.entities)
    score = features.containment(a.entities, b.entities)
    if shared < SAME_EVENT_MIN_SHARED or score < SAME_EVENT_FIGURES_MIN_ENTITIES:
        return None
    if not (a.title_words & b.entities or b.title_words & a.entities):
        return None  # a headline names what the other report is about
    if not _figures_agree(a, b):
        return None
    if score < SAME_EVENT_MIN_ENTITIES and len(_figures(a) & _figures(b)) < SAME_EVENT_FIGURES:
        return None  # fewer names in common: the same figures must carry it
    return score
