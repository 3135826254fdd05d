"""dedup.match.decide: which story a new article belongs to, layer by layer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from datetime import datetime

import pytest

from feedhub.dedup.keys import content_hash
from feedhub.dedup.match import REASON_NEW
from feedhub.dedup.match import REASON_SAME_TEXT
from feedhub.dedup.match import REASON_SAME_URL
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.match import ExactHits
from feedhub.dedup.match import Known
from feedhub.dedup.match import decide
from feedhub.models import Article

T0 = datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
T1 = datetime(2025, 8, 16, 9, 0, tzinfo=UTC)


def article(
    title: str = "Gipfel in Alaska", text: str = "Trump traf Putin.", **kw: object
) -> Article:
    a = Article(
        source_id="dw",
        guid="guid-1",
        url="https://dw.com/a",
        canonical_url="https://dw.com/a",
        title=title,
        summary=text,
        content_html=f"<p>{text}</p>",
        content_text=text,
        published=T0,
        updated=None,
        language="de",
        section="politik",
        authors=(),
        categories=(),
        enclosures=(),
        content_hash=content_hash(title, text),
    )
    return replace(a, **kw)  # type: ignore[arg-type]


def known(of: Article, *, article_id: int = 7, story_id: int = 3, **kw: object) -> Known:
    k = Known(
        article_id=article_id,
        story_id=story_id,
        source_id=of.source_id,
        title=of.title,
        content_hash=of.content_hash,
        updated=of.updated,
        mergeable=True,
    )
    return replace(k, **kw)  # type: ignore[arg-type]


# --- layer 1: same source and GUID --------------------------------------------------------


def test_same_guid_and_nothing_changed_is_unchanged() -> None:
    a = article()
    d = decide(a, ExactHits(same_guid=known(a)), mergeable=True)
    assert d == Decision(Action.UNCHANGED, "same source and GUID", 3, 7)


@pytest.mark.parametrize(
    "changed",
    [
        {"title": "Gipfel in Alaska: Ergebnisse"},
        {"text": "Trump traf Putin in Anchorage."},
        {"updated": T1},
    ],
)
def test_same_guid_with_changed_title_text_or_update_time_is_update(
    changed: dict[str, object],
) -> None:
    old = article()
    new = article(
        title=str(changed.get("title", old.title)),
        text=str(changed.get("text", old.content_text)),
        updated=changed.get("updated"),
    )
    d = decide(new, ExactHits(same_guid=known(old)), mergeable=True)
    assert d.action is Action.UPDATE
    assert (d.story_id, d.article_id) == (3, 7)


def test_same_guid_wins_over_url_and_text_hits() -> None:
    a = article()
    other = known(a, article_id=99, story_id=42, source_id="zeit")
    hits = ExactHits(same_guid=known(a), same_url=other, same_text=other)
    assert decide(a, hits, mergeable=True).action is Action.UNCHANGED


@pytest.mark.parametrize(("mergeable", "known_mergeable"), [(False, True), (True, False)])
def test_same_guid_applies_even_with_merge_opt_out(mergeable: bool, known_mergeable: bool) -> None:
    a = article()
    d = decide(a, ExactHits(same_guid=known(a, mergeable=known_mergeable)), mergeable=mergeable)
    assert d.action is Action.UNCHANGED
    assert d.story_id == 3


# --- layer 2 and 3: same URL, same text ---------------------------------------------------


def test_same_url_from_another_source_attaches_to_its_story() -> None:
    a = article()
    hit = known(a, article_id=11, story_id=5, source_id="zeit", content_hash="other")
    d = decide(a, ExactHits(same_url=hit), mergeable=True)
    assert d.action is Action.ATTACH
    assert d.story_id == 5
    assert d.article_id is None
    assert d.reason == f"{REASON_SAME_URL} as zeit article 11"


def test_same_text_attaches_to_its_story() -> None:
    a = article()
    hit = known(a, article_id=12, story_id=6, source_id="spiegel")
    d = decide(a, ExactHits(same_text=hit), mergeable=True)
    assert d.action is Action.ATTACH
    assert d.story_id == 6
    assert d.reason == f"{REASON_SAME_TEXT} as spiegel article 12"


def test_same_url_is_preferred_over_same_text() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=5, source_id="zeit")
    text_hit = known(a, article_id=12, story_id=6, source_id="spiegel")
    d = decide(a, ExactHits(same_url=url_hit, same_text=text_hit), mergeable=True)
    assert d.story_id == 5
    assert d.reason.startswith(REASON_SAME_URL)


def test_unmergeable_url_hit_falls_through_to_a_mergeable_text_hit() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=5, source_id="zeit", mergeable=False)
    text_hit = known(a, article_id=12, story_id=6, source_id="spiegel")
    d = decide(a, ExactHits(same_url=url_hit, same_text=text_hit), mergeable=True)
    assert (d.action, d.story_id) == (Action.ATTACH, 6)


def test_no_hits_is_a_new_story() -> None:
    assert decide(article(), ExactHits(), mergeable=True) == Decision(Action.NEW, REASON_NEW)


# --- merge opt-out ------------------------------------------------------------------------


def test_new_article_from_opted_out_source_never_attaches() -> None:
    a = article()
    hit = known(a, source_id="zeit")
    d = decide(a, ExactHits(same_url=hit, same_text=hit), mergeable=False)
    assert d == Decision(Action.NEW, REASON_NEW)


def test_article_never_attaches_to_an_opted_out_sources_story() -> None:
    a = article()
    hit = known(a, source_id="zeit", mergeable=False)
    d = decide(a, ExactHits(same_url=hit, same_text=hit), mergeable=True)
    assert d == Decision(Action.NEW, REASON_NEW)
