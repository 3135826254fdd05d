"""Related stories: links between two stories, never a merge (pure; dedup.candidates
supplies the candidates).

Kinds, strongest first:

- explicit reference by link: the article's body links to a known article of another
  story ("Lesen Sie auch", "Mehr zum Thema" boxes), or a known article links to it
  (outbound links are indexed, so the order of arrival does not matter);
- explicit reference by sentence: the body says "Zuvor berichteten wir über X", "Wie wir
  berichteten, X", "Wie berichtet, X", "Zuvor hatten wir über X berichtet", "Erst am
  Dienstag hatte X", "Lesen Sie auch: X" (features.REFERENCE_CUES). The earlier story
  (within REFERENCE_WINDOW_DAYS) whose headline holds at least REFERENCE_MIN_TITLE of
  X's words is linked; failing that, the earlier story sharing the most names with the
  article (same bar as below);
- same event: a story within RELATED_WINDOW_DAYS sharing at least RELATED_MIN_SHARED
  capitalised names, RELATED_MIN_CONTAINMENT of the smaller set (background, follow-up,
  announcement and outcome). Template siblings are excluded: a pair whose texts are
  TEMPLATE_CONTAINMENT alike or whose headlines are equal is a recurring report
  ("DAX schließt im Plus" on two days), not a related story.

At most MAX_LINKS links per article. Same topic alone (the same politicians at another
event weeks apart) is not linked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from feedhub.dedup import features
from feedhub.dedup.features import Fingerprint
from feedhub.dedup.match import FingerprintOf
from feedhub.models import Known

REFERENCE_WINDOW_DAYS = 180
RELATED_WINDOW_DAYS = 10
REFERENCE_MIN_TITLE = 0.6
REFERENCE_MIN_SHARED = 2  # name terms a reference phrase shares with a candidate's
LOOKUP_MIN_SHARED = 2  # name terms a candidate must share to be looked at at all
RELATED_MIN_SHARED = 6
RELATED_MIN_CONTAINMENT = 0.2
REFERENCE_MIN_CONTAINMENT = 0.3
TEMPLATE_CONTAINMENT = 0.4
MAX_LINKS = 3

KIND_REFERENCE = "explicit reference"
KIND_SAME_EVENT = "same event"


@dataclass(frozen=True, slots=True)
class Relation:
    story_id: int
    kind: str
    reason: str


def search_window(text: str, when: datetime) -> tuple[datetime, datetime]:
    """The publication window in which related candidates are looked up."""
    if features.reference_phrases(text):
        return when - timedelta(days=REFERENCE_WINDOW_DAYS), when + timedelta(
            days=RELATED_WINDOW_DAYS
        )
    return when - timedelta(days=RELATED_WINDOW_DAYS), when + timedelta(days=RELATED_WINDOW_DAYS)


def find_related(
    story_id: int,
    text: str,
    fp: Fingerprint,
    when: datetime,
    linked: Sequence[Known],
    candidates: Sequence[Known],
    fingerprint_of: FingerprintOf,
    *,
    linked_from: Sequence[Known] = (),
) -> list[Relation]:
    """Relations of the story an article belongs to (see the module docstring);
    `fingerprint_of` gives a candidate's fingerprint."""
    out: dict[int, Relation] = {}

    def add(rel: Relation) -> None:
        if rel.story_id != story_id and rel.story_id not in out and len(out) < MAX_LINKS:
            out[rel.story_id] = rel

    for hit in linked:
        add(
            Relation(
                hit.story_id,
                KIND_REFERENCE,
                f"links to {hit.source_id} article {hit.article_id} ({hit.title})",
            )
        )
    for hit in linked_from:
        add(
            Relation(
                hit.story_id,
                KIND_REFERENCE,
                f"linked from {hit.source_id} article {hit.article_id} ({hit.title})",
            )
        )
    others = [(c, fingerprint_of(c)) for c in candidates if c.story_id != story_id]
    for phrase in features.reference_phrases(text):
        wanted = frozenset(
            w for w in features.words(phrase) if w not in features.STOPWORDS and len(w) > 3
        )
        earlier = [(c, f) for c, f in others if (c.published or when) <= when]
        best: tuple[float, Known] | None = None
        for c, f in earlier:
            if len(wanted) >= 2:
                score = len(wanted & f.title_words) / len(wanted)
                if score >= REFERENCE_MIN_TITLE and (best is None or score > best[0]):
                    best = (score, c)
        if best is not None:
            add(
                Relation(
                    best[1].story_id,
                    KIND_REFERENCE,
                    f'"{phrase[:80]}" names the headline "{best[1].title}"',
                )
            )
            continue
        by_names = _by_names(fp, earlier, REFERENCE_MIN_CONTAINMENT)
        if by_names:
            score, c = by_names[0]
            add(
                Relation(
                    c.story_id,
                    KIND_REFERENCE,
                    f'"{phrase[:80]}" refers to "{c.title}" ({score:.2f} of names shared)',
                )
            )
    near = [
        (c, f)
        for c, f in others
        if abs(((c.published or when) - when).total_seconds()) <= RELATED_WINDOW_DAYS * 86400
    ]
    for score, c in _by_names(fp, near, RELATED_MIN_CONTAINMENT):
        add(Relation(c.story_id, KIND_SAME_EVENT, f'shares {score:.2f} of names with "{c.title}"'))
    return list(out.values())


def _by_names(
    fp: Fingerprint, candidates: Sequence[tuple[Known, Fingerprint]], minimum: float
) -> list[tuple[float, Known]]:
    scored = []
    for c, f in candidates:
        if _template_siblings(fp, f, c.title):
            continue
        shared = len(fp.entities & f.entities)
        score = features.containment(fp.entities, f.entities)
        if shared >= RELATED_MIN_SHARED and score >= minimum:
            scored.append((score, c))
    scored.sort(key=lambda sc: (-sc[0], sc[1].story_id))
    return scored


def _template_siblings(a: Fingerprint, b: Fingerprint, title_b: str) -> bool:
    return features.containment(a.shingles, b.shingles) >= TEMPLATE_CONTAINMENT or (
        bool(a.title_words) and a.title_words == b.title_words
    )
