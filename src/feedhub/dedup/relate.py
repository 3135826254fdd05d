"""Related stories: links between two stories, never a merge (pure; dedup.candidates
supplies the candidates).

Kinds, strongest first:

- explicit reference by link: the article's body links to a known article of another
  story ("Lesen Sie auch", "Mehr zum Thema" boxes), or a known article links to it
  (outbound links are indexed, so the order of arrival does not matter);
- explicit reference by sentence: the body says "Zuvor berichteten wir über X", "Wie wir
  berichteten, X", "Wie berichtet, X", "Zuvor hatten wir über X berichtet", "Erst
  vergangene Woche hatte X", "Lesen Sie auch: X" (features.REFERENCE_CUES). X names a
  headline or retells the event; the earlier story (within REFERENCE_WINDOW_DAYS) whose
  headline and names hold the largest share of X's words is linked (_referred);
- same event: a story within RELATED_WINDOW_DAYS sharing at least RELATED_MIN_SHARED
  capitalised names, RELATED_MIN_CONTAINMENT of the smaller set, and a fact of the
  event (_shared_fact): a day both speak of (dates.py: "am Freitagabend", "15. August",
  the publication day), a key figure of one's lead the other gives ("850 Stellen"), or a
  name both quote („Das Glas von Lauscha“): background, follow-up, announcement and
  outcome. A look-alike event (another boat at the same island a week later, the next
  draw) shares the names but none of these. Template
  siblings are excluded: a pair whose texts are TEMPLATE_CONTAINMENT alike or whose
  headlines are equal is a recurring report ("DAX schließt im Plus" on two days), not a
  related story.

At most MAX_LINKS links per article. Same topic alone (the same politicians at another
event weeks apart) is not linked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

from feedhub.dedup import dates
from feedhub.dedup import features
from feedhub.dedup.features import Fingerprint
from feedhub.dedup.match import FingerprintOf
from feedhub.models import Known

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

REFERENCE_WINDOW_DAYS = 180
RELATED_WINDOW_DAYS = 10
REFERENCE_MIN_WORDS = 2  # words of a reference phrase in a story's headline or names
REFERENCE_MIN_SHARE = 0.25  # ... and this share of the phrase's words
REFERENCE_MIN_SHARED = 2  # name terms a reference phrase shares with a candidate's
REFERENCE_VERSIONS = 3  # versions of a story a reference phrase is weighed against
LOOKUP_MIN_SHARED = 2  # name terms a candidate must share to be looked at at all
RELATED_MIN_SHARED = 6
RELATED_MIN_CONTAINMENT = 0.15
TEMPLATE_CONTAINMENT = 0.4
MAX_LINKS = 3

KIND_REFERENCE = "explicit reference"
KIND_SAME_EVENT = "same event"


@dataclass(frozen=True, slots=True)
class Relation:
    story_id: int
    kind: str
    reason: str


def search_window(references: Sequence[str], when: datetime) -> tuple[datetime, datetime]:
    """The publication window in which related candidates are looked up, for an article
    with these reference phrases (features.reference_phrases)."""
    if references:
        return when - timedelta(days=REFERENCE_WINDOW_DAYS), when + timedelta(
            days=RELATED_WINDOW_DAYS
        )
    return when - timedelta(days=RELATED_WINDOW_DAYS), when + timedelta(days=RELATED_WINDOW_DAYS)


def find_related(
    story_id: int,
    references: Sequence[str],
    fp: Fingerprint,
    when: datetime,
    linked: Sequence[Known],
    candidates: Sequence[Known],
    fingerprint_of: FingerprintOf,
    *,
    linked_from: Sequence[Known] = (),
) -> list[Relation]:
    """Relations of the story an article belongs to (see the module docstring), given
    its reference phrases (features.reference_phrases) and fingerprint; `fingerprint_of`
    gives a candidate's fingerprint."""
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
    earlier = [(c, f) for c, f in others if (c.published or when) <= when]
    for phrase in references:
        found = _referred(phrase, earlier)
        if found is not None:
            shared, c = found
            add(
                Relation(
                    c.story_id,
                    KIND_REFERENCE,
                    f'"{phrase[:80]}" names {shared} of its words: "{c.title}"',
                )
            )
    near = [
        (c, f)
        for c, f in others
        if abs(((c.published or when) - when).total_seconds()) <= RELATED_WINDOW_DAYS * 86400
    ]
    own_days = dates.days(fp.dates, when)
    for score, c in _by_names(fp, near, RELATED_MIN_CONTAINMENT):
        fact = _shared_fact(fp, own_days, fingerprint_of(c), c.published or when)
        if fact is not None:
            add(
                Relation(
                    c.story_id,
                    KIND_SAME_EVENT,
                    f'shares {score:.2f} of names with "{c.title}" and {fact}',
                )
            )
    return list(out.values())


def _shared_fact(
    fp: Fingerprint, own_days: frozenset[int], other: Fingerprint, published: datetime
) -> str | None:
    """What ties two stories sharing names to one event, or None: a day both speak of
    (dates.days), a key figure of one's headline and lead that the other gives too, or
    a name or phrase both quote (features.quoted).
    Names alone do not tell a development of the same event from a look-alike event
    (another boat at the same island a week later, the next draw of the lottery)."""
    shared = own_days & dates.days(other.dates, published)
    if shared:
        return f"speaks of the same day ({date.fromordinal(max(shared)).isoformat()})"
    figures = (fp.key_figures & other.numbers) | (other.key_figures & fp.numbers)
    if figures:
        return f"gives the key figure {sorted(figures)[0]}"
    quotes = fp.quoted & other.quoted
    if quotes:
        return f'quotes "{sorted(quotes)[0]}" too'
    return None


def _referred(
    phrase: str, earlier: Sequence[tuple[Known, Fingerprint]]
) -> tuple[str, Known] | None:
    """The earlier story a reference phrase speaks of: the one whose headline and names
    hold the largest share of the phrase's words, at least REFERENCE_MIN_WORDS of them
    and REFERENCE_MIN_SHARE. A phrase names a headline ("Zuvor berichteten wir über die
    türkische Kamikaze-Drohne Alpagut") or retells the event ("Wie wir berichteten, war
    das Boot am Freitagabend vor Lampedusa gekentert")."""
    wanted = frozenset(
        w for w in features.words(phrase) if w not in features.STOPWORDS and len(w) > 3
    )
    best: tuple[float, int, Known] | None = None
    for c, f in earlier:
        shared = len(wanted & (f.title_words | f.entities))
        score = shared / len(wanted) if wanted else 0.0
        if shared >= REFERENCE_MIN_WORDS and score >= REFERENCE_MIN_SHARE:
            if best is None or (score, c.published or _EPOCH) > (
                best[0],
                best[2].published or _EPOCH,
            ):
                best = (score, shared, c)
    if best is None:
        return None
    return f"{best[1]} of {len(wanted)}", best[2]


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
