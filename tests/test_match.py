"""dedup.match.decide: which story a new article belongs to, layer by layer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest

from feedhub.dedup import features
from feedhub.dedup.candidates import Candidates
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.keys import content_hash
from feedhub.dedup.match import MAX_HOURS_APART
from feedhub.dedup.match import NEAR_DUP_CONTAINMENT
from feedhub.dedup.match import REASON_NEW
from feedhub.dedup.match import REASON_SAME_TEXT
from feedhub.dedup.match import REASON_SAME_URL
from feedhub.dedup.match import SAME_EVENT_HOURS
from feedhub.dedup.match import SAME_EVENT_MIN_ENTITIES
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.match import Hits
from feedhub.dedup.match import decide
from feedhub.dedup.match import near_duplicate
from feedhub.dedup.match import same_event
from feedhub.dedup.match import translation
from feedhub.dedup.memory import Fingerprints
from feedhub.dedup.memory import Memo
from feedhub.dedup.memory import comparable
from feedhub.models import Article
from feedhub.models import Known

NOW = datetime(2025, 8, 16, 12, 0, tzinfo=UTC)
T0 = datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
T1 = datetime(2025, 8, 16, 9, 0, tzinfo=UTC)

# --- texts ----------------------------------------------------------------------------------

SUMMIT_TITLE = "Treffen von Trump und Putin in Alaska endet ohne Einigung"
SUMMIT = [
    "Das Treffen von Donald Trump und Wladimir Putin in Anchorage ist ohne Waffenruhe für"
    " die Ukraine zu Ende gegangen.",
    "Beide Präsidenten sprachen nach knapp drei Stunden von einem konstruktiven Gespräch,"
    " nannten aber keine konkreten Vereinbarungen.",
    "Trump sagte vor Journalisten auf dem Stützpunkt Elmendorf-Richardson, man sei sich in"
    " vielen Punkten nähergekommen, ein Abkommen gebe es aber erst, wenn es eines gebe.",
    "Putin lud den amerikanischen Präsidenten zu einem weiteren Treffen nach Moskau ein.",
    "Der ukrainische Präsident Wolodymyr Selenskyj war nicht eingeladen und kündigte an,"
    " am Montag nach Washington zu reisen.",
    "Europäische Regierungen hatten vor dem Gipfel gewarnt, über die Köpfe der Ukrainer"
    " hinweg zu verhandeln.",
    "Die Sanktionen gegen Russland bleiben vorerst in Kraft, erklärte das Weiße Haus am"
    " Samstagmorgen.",
]
SUMMIT_EN_TITLE = "Trump-Putin summit in Alaska ends without ceasefire"
SUMMIT_EN = (
    "The meeting between Donald Trump and Vladimir Putin in Anchorage, Alaska, ended without"
    " a ceasefire for Ukraine. Both presidents spoke of constructive talks after almost three"
    " hours at Elmendorf-Richardson but announced no agreements. Putin invited Trump to"
    " Moscow. Ukrainian President Volodymyr Zelensky was not invited and will travel to"
    " Washington on Monday."
)

DAX_TITLE = "DAX schließt im Plus bei {close} Punkten"
DAX = (
    "Der deutsche Leitindex hat den Handel am {day} mit einem Plus von {pct} Prozent bei"
    " {close} Punkten beendet. Im Tagesverlauf war der DAX bis auf {high} Punkte gestiegen."
    " Gefragt waren vor allem Autowerte und Banken, schwächer lagen Versorger. Der Euro"
    " kostete am Abend {eur} Dollar, für eine Feinunze Gold wurden {gold} Dollar gezahlt."
    " Händler verwiesen auf die Hoffnung auf sinkende Zinsen und auf gute Quartalszahlen"
    " aus den Vereinigten Staaten. Der MDax der mittelgroßen Werte legte um {mdax} Prozent"
    " zu. Am Anleihemarkt fiel die Rendite zehnjähriger Bundesanleihen auf {yield_} Prozent."
)
DAX_TUESDAY = dict(
    day="Dienstag",
    pct="0,6",
    close="24.100",
    high="24.180",
    eur="1,1720",
    gold="3.340",
    mdax="0,9",
    yield_="2,61",
)
DAX_WEDNESDAY = dict(
    day="Mittwoch",
    pct="0,4",
    close="24.250",
    high="24.310",
    eur="1,1685",
    gold="3.315",
    mdax="0,3",
    yield_="2,58",
)

WEHRDIENST_TITLE = "Kabinett beschließt neuen Wehrdienst"
WEHRDIENST = (
    "Das Bundeskabinett hat am Mittwoch den Gesetzentwurf für einen neuen Wehrdienst"
    " beschlossen. Ab dem Jahr {year} sollen alle jungen Männer einen Fragebogen ausfüllen"
    " müssen, in dem sie Auskunft über ihre Bereitschaft und Eignung geben. Verteidigungs"
    "minister Boris Pistorius sprach von einem wichtigen Schritt für die Sicherheit des"
    " Landes. Zunächst setzt die Regierung auf Freiwilligkeit, eine Pflicht soll nur greifen,"
    " wenn sich nicht genug Freiwillige melden. Der Bundestag soll das Gesetz noch in diesem"
    " Jahr beraten. Kritik kam von der Opposition und von Jugendverbänden, die eine"
    " verpflichtende Musterung ablehnen."
)

LOTTO_TITLE = "Lottozahlen aktuell: Die Gewinnzahlen vom Samstag"
LOTTO = (
    "Bei der Ziehung der Lottozahlen am Samstag, {date}, wurden folgende Gewinnzahlen"
    " gezogen: {numbers}. Die Superzahl ist die {superzahl}. Im Jackpot lagen rund {jackpot}"
    " Millionen Euro. Alle Angaben sind ohne Gewähr. Die nächste Ziehung findet am Mittwoch"
    " statt. Spielscheine können bis kurz vor der Ziehung in den Annahmestellen und online"
    " abgegeben werden."
)
LOTTO_URL = "https://www.monrose.de/panorama/lottozahlen-aktuell.html"


def article(
    title: str = SUMMIT_TITLE,
    text: str = " ".join(SUMMIT),
    *,
    source: str = "dpa",
    guid: str = "guid-1",
    url: str | None = "https://agentur.example/meldung/1",
    published: datetime | None = T0,
    updated: datetime | None = None,
    language: str = "de",
) -> Article:
    return Article(
        source_id=source,
        guid=guid,
        url=url,
        canonical_url=url,
        title=title,
        summary=text[:200],
        content_html=f"<p>{text}</p>",
        content_text=text,
        published=published,
        updated=updated,
        language=language,
        section="politik",
        authors=(),
        categories=(),
        enclosures=(),
        content_hash=content_hash(title, text),
    )


# the stored texts of the Knowns the tests make: what the store would read for them
TEXTS: dict[Known, str] = {}


def known(of: Article, *, article_id: int = 7, story_id: int = 3, **kw: object) -> Known:
    k = Known(
        article_id=article_id,
        story_id=story_id,
        source_id=of.source_id,
        guid=of.guid,
        title=of.title,
        content_hash=of.content_hash,
        updated=of.updated,
        mergeable=True,
        published=of.published,
        language=of.language,
    )
    k = replace(k, **kw)  # type: ignore[arg-type]
    TEXTS[k] = of.content_text
    return k


def stored_fingerprint(k: Known) -> features.Fingerprint:
    return features.fingerprint(k.title, TEXTS[k])


def run(a: Article, hits: Hits, *, mergeable: bool = True) -> Decision:
    fp = features.fingerprint(a.title, a.content_text)
    return decide(a, fp, hits, stored_fingerprint, mergeable=mergeable, now=NOW)


# --- layer 1: same source and GUID ----------------------------------------------------------


def test_same_guid_and_nothing_changed_is_unchanged() -> None:
    a = article()
    d = run(a, Hits(same_guid=known(a)))
    assert (d.action, d.reason, d.story_id, d.article_id) == (
        Action.UNCHANGED,
        "same source and GUID",
        3,
        7,
    )
    assert d.layer == "guid"


def test_same_guid_with_only_a_new_update_time_is_a_cosmetic_reexport() -> None:
    old = article()
    d = run(article(updated=T1), Hits(same_guid=known(old)))
    assert d.action is Action.UNCHANGED  # the feed's entry keeps its `updated`


@pytest.mark.parametrize(
    "changed",
    [
        {"title": "Gipfel in Alaska: keine Waffenruhe"},
        {"text": " ".join(SUMMIT[:-1])},
    ],
    ids=["title", "text"],
)
def test_same_guid_with_changed_title_or_text_is_update(
    changed: dict[str, object],
) -> None:
    old = article()
    new = article(
        title=str(changed.get("title", old.title)),
        text=str(changed.get("text", old.content_text)),
        updated=changed.get("updated"),  # type: ignore[arg-type]
    )
    d = run(new, Hits(same_guid=known(old)))
    assert d.action is Action.UPDATE
    assert (d.story_id, d.article_id, d.layer) == (3, 7, "guid")


def test_same_guid_wins_over_every_other_hit() -> None:
    a = article()
    other = known(a, article_id=99, story_id=42, source_id="zeit", guid="z")
    hits = Hits(
        same_guid=known(a),
        same_url=[other],
        same_text=other,
        near=[other],
        override=("split", None),
    )
    d = run(a, hits)
    assert (d.action, d.story_id) == (Action.UNCHANGED, 3)


@pytest.mark.parametrize(("mergeable", "known_mergeable"), [(False, True), (True, False)])
def test_same_guid_applies_even_with_merge_opt_out(mergeable: bool, known_mergeable: bool) -> None:
    a = article()
    d = run(a, Hits(same_guid=known(a, mergeable=known_mergeable)), mergeable=mergeable)
    assert (d.action, d.story_id) == (Action.UNCHANGED, 3)


# --- layer 2: operator decisions ------------------------------------------------------------


def test_operator_merge_attaches_to_the_named_story_over_any_evidence() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=5, source_id="zeit", guid="z")
    d = run(a, Hits(same_url=[url_hit], override=("merge", 9)))
    assert (d.action, d.story_id, d.reason, d.layer) == (
        Action.ATTACH,
        9,
        "operator merge",
        "operator",
    )


def test_operator_split_is_a_new_story_despite_same_url_and_text() -> None:
    a = article()
    hit = known(a, article_id=11, story_id=5, source_id="zeit", guid="z")
    d = run(a, Hits(same_url=[hit], same_text=hit, near=[hit], override=("split", None)))
    assert (d.action, d.story_id, d.reason) == (Action.NEW, None, "operator split")


def test_operator_override_applies_to_an_opted_out_source() -> None:
    a = article()
    d = run(a, Hits(override=("merge", 9)), mergeable=False)
    assert (d.action, d.story_id) == (Action.ATTACH, 9)


# --- merge opt-out --------------------------------------------------------------------------


def test_new_article_from_opted_out_source_never_attaches() -> None:
    a = article()
    hit = known(a, source_id="zeit", guid="z")
    d = run(a, Hits(same_url=[hit], same_text=hit, near=[hit]), mergeable=False)
    assert d.action is Action.NEW
    assert d.story_id is None
    assert "opts out" in d.reason


def test_article_never_attaches_to_an_opted_out_sources_story() -> None:
    a = article()
    hit = known(a, source_id="zeit", guid="z", mergeable=False)
    d = run(a, Hits(same_url=[hit], same_text=hit, near=[hit]))
    assert d == Decision(Action.NEW, REASON_NEW, layer="new")


def test_unmergeable_url_hit_falls_through_to_a_mergeable_text_hit() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=5, source_id="zeit", guid="z", mergeable=False)
    text_hit = known(a, article_id=12, story_id=6, source_id="spiegel", guid="s")
    d = run(a, Hits(same_url=[url_hit], same_text=text_hit))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 6, "text")


def test_no_hits_is_a_new_story() -> None:
    assert run(article(), Hits()) == Decision(Action.NEW, REASON_NEW, layer="new")


# --- layer 3: same canonical URL ------------------------------------------------------------


def test_same_url_from_another_source_attaches_to_its_story() -> None:
    a = article()
    other = article("Ganz andere Überschrift", "Ganz anderer Text.", source="zeit", guid="z")
    d = run(a, Hits(same_url=[known(other, article_id=11, story_id=5)]))
    assert (d.action, d.story_id, d.article_id, d.layer) == (Action.ATTACH, 5, None, "url")
    assert d.reason == f"{REASON_SAME_URL} as zeit article 11"


def test_reused_url_same_source_new_guid_other_text_is_not_attached() -> None:
    saturday = article(
        LOTTO_TITLE,
        LOTTO.format(
            date="2. August", numbers="3, 11, 19, 27, 38, 44", superzahl="6", jackpot="12"
        ),
        source="portal",
        guid="portal:lotto-0802",
        url=LOTTO_URL,
        published=datetime(2025, 8, 2, 18, 30, tzinfo=UTC),
    )
    next_week = article(
        LOTTO_TITLE,
        LOTTO.format(date="9. August", numbers="5, 8, 21, 30, 33, 47", superzahl="2", jackpot="15"),
        source="portal",
        guid="portal:lotto-0809",
        url=LOTTO_URL,
        published=datetime(2025, 8, 9, 18, 30, tzinfo=UTC),
    )
    d = run(next_week, Hits(same_url=[known(saturday, article_id=11, story_id=5)]))
    assert (d.action, d.story_id) == (Action.NEW, None)


def test_reused_url_draws_within_48_hours_are_still_apart() -> None:
    """Even inside the time window the figures tell two draws apart."""
    first = article(
        LOTTO_TITLE,
        LOTTO.format(
            date="2. August", numbers="3, 11, 19, 27, 38, 44", superzahl="6", jackpot="12"
        ),
        source="portal",
        guid="portal:lotto-a",
        url=LOTTO_URL,
    )
    second = article(
        LOTTO_TITLE,
        LOTTO.format(date="2. August", numbers="5, 8, 21, 30, 33, 47", superzahl="2", jackpot="15"),
        source="portal",
        guid="portal:lotto-b",
        url=LOTTO_URL,
        published=T1,
    )
    assert run(second, Hits(same_url=[known(first)])).action is Action.NEW


def test_same_url_same_source_new_guid_same_text_is_attached() -> None:
    """A CMS re-import: the same article under a new GUID at the same URL."""
    first = article(source="portal", guid="portal:1", url="https://www.monrose.de/p/1.html")
    again = replace(first, guid="portal:1-reimport", published=T1)
    d = run(again, Hits(same_url=[known(first, article_id=11, story_id=5)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 5, "url")
    assert d.reason.startswith(REASON_SAME_URL)


def test_same_url_and_same_source_with_the_same_guid_is_not_treated_as_reused() -> None:
    """(layer 1 normally answers this; a same-URL hit with the same GUID still attaches)"""
    first = article(source="portal", guid="portal:1")
    other_text = article("Anderer Titel", "Anderer Text.", source="portal", guid="portal:1")
    d = run(other_text, Hits(same_url=[known(first, article_id=11, story_id=5)]))
    assert (d.action, d.story_id) == (Action.ATTACH, 5)


# --- layer 4: same text ---------------------------------------------------------------------


def test_same_text_attaches_to_its_story() -> None:
    a = article()
    hit = known(a, article_id=12, story_id=6, source_id="spiegel", guid="s")
    d = run(a, Hits(same_text=hit))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 6, "text")
    assert d.reason == f"{REASON_SAME_TEXT} as spiegel article 12"


def test_same_url_is_preferred_over_same_text_in_the_reason() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=5, source_id="zeit", guid="z")
    text_hit = known(a, article_id=12, story_id=5, source_id="spiegel", guid="s")
    d = run(a, Hits(same_url=[url_hit], same_text=text_hit))
    assert d.story_id == 5
    assert d.reason.startswith(REASON_SAME_URL)
    assert d.merge == ()


def test_an_article_matching_two_stories_ties_them_into_the_oldest() -> None:
    a = article()
    url_hit = known(a, article_id=11, story_id=8, source_id="zeit", guid="z")
    text_hit = known(a, article_id=12, story_id=5, source_id="spiegel", guid="s")
    d = run(a, Hits(same_url=[url_hit], same_text=text_hit))
    assert (d.action, d.story_id, d.merge) == (Action.ATTACH, 5, (8,))
    assert d.reason.startswith(REASON_SAME_URL)  # the strongest evidence explains it
    assert "stories merged" in d.reason and "spiegel article 12" in d.reason


# --- layer 5: near-duplicate text -----------------------------------------------------------


def _fp(a: Article) -> features.Fingerprint:
    return features.fingerprint(a.title, a.content_text)


def test_shortened_agency_copy_within_48_hours_is_attached() -> None:
    original = article(source="portal", guid="p1", url="https://www.monrose.de/p/1.html")
    short = article(
        "Alaska-Gipfel endet ohne Waffenruhe",
        "Anchorage (dpa) - " + " ".join([SUMMIT[0], SUMMIT[1], SUMMIT[3], SUMMIT[4]]),
        source="dpa",
        guid="urn:newsml:dpa.com:1",
        url="https://agentur.example/meldung/1",
        published=T0 + timedelta(hours=3),
    )
    assert features.containment(_fp(short).shingles, _fp(original).shingles) >= 0.6
    d = run(short, Hits(near=[known(original, article_id=21, story_id=4)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 4, "near")
    assert "near-duplicate" in d.reason
    assert "portal article 21" in d.reason
    assert d.score is not None and d.score >= NEAR_DUP_CONTAINMENT


def test_templated_report_with_other_figures_next_day_is_a_new_story() -> None:
    tuesday = article(
        DAX_TITLE.format(**DAX_TUESDAY),
        DAX.format(**DAX_TUESDAY),
        source="boerse",
        guid="dax-0708",
        published=datetime(2025, 7, 8, 16, 0, tzinfo=UTC),
    )
    wednesday = article(
        DAX_TITLE.format(**DAX_WEDNESDAY),
        DAX.format(**DAX_WEDNESDAY),
        source="boerse",
        guid="dax-0709",
        url="https://agentur.example/meldung/2",
        published=datetime(2025, 7, 9, 16, 0, tzinfo=UTC),
    )
    # the wording is alike enough to pass on shingles alone: the figures must decide
    assert features.containment(_fp(tuesday).shingles, _fp(wednesday).shingles) >= 0.6
    d = run(wednesday, Hits(near=[known(tuesday, article_id=30, story_id=12)]))
    assert (d.action, d.story_id) == (Action.NEW, None)


def test_copy_more_than_48_hours_apart_is_a_new_story() -> None:
    original = article(source="portal", guid="p1")
    late = article(
        "Alaska-Gipfel endet ohne Waffenruhe",
        " ".join(SUMMIT[:-1]),
        guid="urn:2",
        url="https://agentur.example/meldung/2",
        published=T0 + timedelta(hours=MAX_HOURS_APART + 1),
    )
    d = run(late, Hits(near=[known(original, article_id=21, story_id=4)]))
    assert d.action is Action.NEW
    # the same pair inside the window would be attached
    in_time = replace(late, published=T0 + timedelta(hours=MAX_HOURS_APART - 1))
    assert run(in_time, Hits(near=[known(original, article_id=21, story_id=4)])).story_id == 4


def test_correction_changing_one_figure_is_still_attached() -> None:
    earlier = article(WEHRDIENST_TITLE, WEHRDIENST.format(year="2026"), source="zeit", guid="z1")
    correction = article(
        "Berichtigung: " + WEHRDIENST_TITLE,
        WEHRDIENST.format(year="2027"),
        source="dpa",
        guid="urn:newsml:dpa.com:berichtigung",
        published=T0 + timedelta(hours=2),
    )
    assert features.numbers(correction.content_text) - features.numbers(earlier.content_text) == {
        "2027"
    }
    d = run(correction, Hits(near=[known(earlier, article_id=40, story_id=15)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 15, "near")


def test_unrelated_text_among_near_candidates_is_a_new_story() -> None:
    other = article(WEHRDIENST_TITLE, WEHRDIENST.format(year="2026"), source="zeit", guid="z1")
    d = run(article(), Hits(near=[known(other, article_id=40, story_id=15)]))
    assert d.action is Action.NEW


def test_near_duplicate_is_symmetric() -> None:
    a = _fp(article())
    b = _fp(article("Alaska-Gipfel", " ".join(SUMMIT[:4])))
    assert near_duplicate(a, b, T0, T1) == near_duplicate(b, a, T1, T0)


# --- layer 6: translation -------------------------------------------------------------------


def _english(**kw: object) -> Article:
    values: dict[str, object] = dict(
        source="dw-english",
        guid="dw-en-1",
        url="https://www.dw.com/en/summit/a-1",
        language="en",
        published=T0 + timedelta(hours=5),
    )
    values.update(kw)
    return article(SUMMIT_EN_TITLE, SUMMIT_EN, **values)  # type: ignore[arg-type]


def test_translation_sharing_names_within_48_hours_is_attached() -> None:
    german = article(source="portal", guid="p1")
    en = _english()
    shared = _fp(en).entities & _fp(german).entities
    assert len(shared) >= 3  # trump, putin, anchorage, ...
    d = run(en, Hits(near=[known(german, article_id=21, story_id=4)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 4, "translation")
    assert d.reason.startswith("translation")
    assert "portal article 21" in d.reason


def test_regional_language_tag_of_the_same_language_is_no_translation() -> None:
    """de-AT and de are one language: a de-AT copy is matched by text, not as translation."""
    german = article(source="portal", guid="p1")
    austrian = replace(article(source="orf", guid="orf-1", published=T1), language="de-AT")
    d = run(austrian, Hits(near=[known(german, article_id=21, story_id=4)]))
    assert d.layer == "near"


def test_no_translation_when_the_story_already_has_a_version_in_that_language() -> None:
    german = article(source="portal", guid="p1")
    en = _english()
    hits = Hits(
        near=[known(german, article_id=21, story_id=4)],
        story_languages={4: frozenset({"de", "en"})},
    )
    assert run(en, hits).action is Action.NEW
    # with only German versions known the same article is attached
    hits = replace(hits, story_languages={4: frozenset({"de"})})
    assert run(en, hits).story_id == 4


def test_no_translation_more_than_48_hours_apart() -> None:
    german = article(source="portal", guid="p1")
    en = _english(published=T0 + timedelta(hours=MAX_HOURS_APART + 1))
    assert run(en, Hits(near=[known(german, article_id=21, story_id=4)])).action is Action.NEW


def test_no_translation_with_fewer_than_three_shared_names() -> None:
    german = article(
        WEHRDIENST_TITLE, WEHRDIENST.format(year="2026"), source="zeit", guid="z1"
    )  # shares no names with the summit
    d = run(_english(), Hits(near=[known(german, article_id=40, story_id=15)]))
    assert d.action is Action.NEW


def test_text_evidence_wins_over_a_translation() -> None:
    """A translation is the weakest layer: it only decides when nothing else fits."""
    german = article(source="portal", guid="p1")
    en = _english()
    other_en = replace(en, source_id="bbc", guid="bbc-1")
    hits = Hits(
        near=[
            known(german, article_id=21, story_id=4),
            known(other_en, article_id=22, story_id=9),
        ],
    )
    d = run(en, hits)
    assert (d.story_id, d.layer, d.merge) == (9, "near", ())


# --- several candidates ---------------------------------------------------------------------


def test_best_translation_candidate_wins() -> None:
    en = _english()
    weak = article(
        "Selenskyj reist nach Washington",
        "Wolodymyr Selenskyj reist am Montag nach Washington. Donald Trump empfängt ihn im"
        " Weißen Haus, um über sein Gespräch mit Putin und den Krieg in der Ukraine zu"
        " sprechen. Auch Friedrich Merz, Emmanuel Macron, Keir Starmer, Giorgia Meloni,"
        " Alexander Stubb, Ursula von der Leyen und Mark Rutte kommen nach Washington.",
        source="zeit",
        guid="z-weak",
    )
    strong = article(source="portal", guid="p1")
    fp = _fp(en)
    weak_score = translation(fp, _fp(weak), en.published or NOW, T0)
    strong_score = translation(fp, _fp(strong), en.published or NOW, T0)
    assert weak_score is not None and strong_score is not None  # both would do
    assert strong_score > weak_score
    hits = Hits(
        near=[known(weak, article_id=20, story_id=2), known(strong, article_id=21, story_id=4)]
    )
    d = run(en, hits)
    assert (d.story_id, d.layer, d.merge) == (4, "translation", ())


def test_best_near_duplicate_names_the_reason_among_versions_of_one_story() -> None:
    original = article(source="portal", guid="p1")
    shorter = article(
        "Alaska-Gipfel endet ohne Waffenruhe", " ".join(SUMMIT[:4]), source="zeit", guid="z1"
    )
    new = replace(original, source_id="tonline", guid="t1", published=T1)
    hits = Hits(
        near=[
            known(shorter, article_id=20, story_id=4),
            known(original, article_id=21, story_id=4),
        ]
    )
    d = run(new, hits)
    assert (d.action, d.story_id, d.merge) == (Action.ATTACH, 4, ())
    assert "portal article 21" in d.reason  # the full copy matches best
    assert d.score == pytest.approx(1.0)


def test_only_the_candidate_that_passes_is_chosen() -> None:
    original = article(source="portal", guid="p1")
    dax = article(
        DAX_TITLE.format(**DAX_TUESDAY), DAX.format(**DAX_TUESDAY), source="boerse", guid="d"
    )
    too_old = replace(original, source_id="old", guid="o", published=T0 - timedelta(days=5))
    new = replace(original, source_id="tonline", guid="t1", published=T1)
    hits = Hits(
        near=[
            known(dax, article_id=19, story_id=1),
            known(too_old, article_id=20, story_id=2),
            known(original, article_id=21, story_id=4),
        ]
    )
    d = run(new, hits)
    assert (d.action, d.story_id, d.merge) == (Action.ATTACH, 4, ())


def test_near_duplicates_in_two_stories_tie_them_into_the_oldest() -> None:
    original = article(source="portal", guid="p1")
    new = replace(original, source_id="tonline", guid="t1", published=T1)
    copy = replace(original, source_id="zeit", guid="z1", title="Alaska-Gipfel ohne Ergebnis")
    hits = Hits(
        near=[known(copy, article_id=30, story_id=9), known(original, article_id=21, story_id=4)]
    )
    d = run(new, hits)
    assert (d.story_id, d.merge) == (4, (9,))
    assert "portal article 21" in d.reason.split(";")[0]  # the best match explains it


# --- remembered fingerprints ----------------------------------------------------------------


def test_a_remembered_fingerprint_comes_back_from_the_packed_tier() -> None:
    remembered = Fingerprints(hot=1)  # the second pushes the first out of the hot tier
    summit = article()
    dax = article(DAX_TITLE.format(**DAX_TUESDAY), DAX.format(**DAX_TUESDAY))
    lead = "Am Freitag kamen 850 Gäste zum Gipfel „Frieden durch Stärke“."
    fp = features.fingerprint(summit.title, summit.content_text, lead)
    assert fp.dates and fp.key_figures and fp.quoted  # what relate compares, kept too
    remembered.remember(901, summit.content_hash, fp)
    remembered.remember(902, dax.content_hash, features.fingerprint(dax.title, dax.content_text))
    got = remembered.get(901, summit.content_hash)  # from the packed tier
    assert got == comparable(fp)
    assert got.shingles == fp.shingles and got.entities == fp.entities
    assert got.numbers == fp.numbers and got.title_words == fp.title_words
    assert (got.dates, got.key_figures, got.quoted) == (fp.dates, fp.key_figures, fp.quoted)
    assert near_duplicate(fp, got, T0, T1) == 1.0
    # an update is another content hash: not remembered, so computed again
    assert remembered.get(901, "changed") is None


def test_a_candidates_remembered_fingerprint_is_compared_without_reading_its_text() -> None:
    class Unread:  # the store, as far as Candidates.fingerprint asks it
        def text(self, article_id: int) -> tuple[str, str]:
            raise AssertionError(f"text of article {article_id} read")

    summit = article()
    fp = features.fingerprint(summit.title, summit.content_text)
    remembered = Fingerprints()
    remembered.remember(901, summit.content_hash, fp)
    found = Candidates(Unread(), RecentIndex(T0), Memo(), remembered)  # type: ignore[arg-type]
    assert found.fingerprint(known(summit, article_id=901)) == comparable(fp)
    # an update is another content hash: computed again, from the text
    edited = known(replace(summit, content_hash="changed"), article_id=901)
    with pytest.raises(AssertionError, match="text of article 901 read"):
        found.fingerprint(edited)


def test_remembered_fingerprints_are_bounded() -> None:
    remembered = Fingerprints(hot=2, size=3)
    fp = features.fingerprint(SUMMIT_TITLE, " ".join(SUMMIT))
    for i in range(5):
        remembered.remember(i, "h", fp)
    assert [i for i in range(5) if remembered.get(i, "h")] == [2, 3, 4]


# --- same event, in other words ---------------------------------------------------------

HOSPITAL_TITLE = "Cyberangriff legt Kantonsspital Baden lahm"
HOSPITAL = (
    "Das Kantonsspital Baden im Aargau ist in der Nacht auf Donnerstag Ziel eines schweren"
    " Cyberangriffs geworden. Die Notfallstation nimmt nur noch lebensbedrohlich erkrankte"
    " Menschen auf, Ambulanzen fahren nach Aarau und Zürich. 46 geplante Operationen wurden"
    " verschoben, die Versorgung der rund 330 stationären Patienten sei gesichert, sagte"
    " Spitaldirektor Adrian Schürmann. Die Kantonspolizei Aargau ermittelt."
)
# the same event reported by another outlet: no sentence in common
HOSPITAL_OWN_WORDS_TITLE = "Hacker verschlüsseln Server in Baden: Notbetrieb im Spital"
HOSPITAL_OWN_WORDS = (
    "Stift und Papier statt Bildschirm: Im Kantonsspital Baden herrscht seit der Nacht"
    " Ausnahmezustand. Unbekannte haben große Teile der Informatik mit einer Ransomware"
    " verschlüsselt. Nur Notfälle werden noch behandelt, alle anderen übernehmen Aarau und"
    " Zürich. 46 Eingriffe wurden abgesagt. Direktor Adrian Schürmann betonte, die 330"
    " Menschen auf den Stationen seien gut versorgt. Die Kantonspolizei Aargau ermittelt."
)
# a later development: the same names, new figures
HOSPITAL_LATER_TITLE = "Erpresser fordern vom Kantonsspital Baden vier Millionen Franken"
HOSPITAL_LATER = (
    "Nach dem Cyberangriff auf das Kantonsspital Baden hat sich eine Gruppe zu der Tat"
    " bekannt und verlangt 4 Millionen Franken. Die Täter kopierten Daten von 9000"
    " Patienten, 31 der verschobenen Operationen seien neu angesetzt, sagte Spitaldirektor"
    " Adrian Schürmann in Aarau. Die Kantonspolizei Aargau ermittelt weiter in Zürich."
)


def _hospital(title: str, text: str, hours: float, guid: str) -> Article:
    source = guid.split("-")[0]
    return article(
        title, text, source=source, guid=guid, url=None, published=T0 + timedelta(hours=hours)
    )


def test_a_report_of_the_same_event_in_other_words_is_attached() -> None:
    original = _hospital(HOSPITAL_TITLE, HOSPITAL, 0, "portal-1")
    other = _hospital(HOSPITAL_OWN_WORDS_TITLE, HOSPITAL_OWN_WORDS, 3, "blick-1")
    fp = features.fingerprint(other.title, other.content_text)
    assert (
        near_duplicate(fp, stored_fingerprint(known(original)), T0, T0) is None
    )  # no wording shared
    d = run(other, Hits(near=[known(original, article_id=50, story_id=20)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 20, "event")
    assert "same event" in d.reason and "3.0 h apart" in d.reason


def test_a_later_development_with_new_figures_is_not_the_same_event() -> None:
    original = _hospital(HOSPITAL_TITLE, HOSPITAL, 0, "portal-1")
    later = _hospital(HOSPITAL_LATER_TITLE, HOSPITAL_LATER, 5, "portal-2")
    assert run(later, Hits(near=[known(original, article_id=50, story_id=20)])).action is Action.NEW


def test_the_same_event_is_looked_for_within_hours_not_days() -> None:
    original = _hospital(HOSPITAL_TITLE, HOSPITAL, 0, "portal-1")
    for hours, joins in ((SAME_EVENT_HOURS - 0.5, True), (SAME_EVENT_HOURS + 0.5, False)):
        other = _hospital(HOSPITAL_OWN_WORDS_TITLE, HOSPITAL_OWN_WORDS, hours, "blick-1")
        d = run(other, Hits(near=[known(original, article_id=50, story_id=20)]))
        assert (d.action is Action.ATTACH) is joins, hours


def test_text_evidence_wins_over_same_event_evidence() -> None:
    original = _hospital(HOSPITAL_TITLE, HOSPITAL, 0, "portal-1")
    copy = _hospital(HOSPITAL_TITLE, HOSPITAL + " Mehr folgt.", 1, "awp-1")
    other = _hospital(HOSPITAL_OWN_WORDS_TITLE, HOSPITAL_OWN_WORDS, 1, "blick-1")
    hits = Hits(
        near=[known(other, article_id=60, story_id=30), known(original, article_id=50, story_id=20)]
    )
    d = run(copy, hits)
    assert (d.story_id, d.layer, d.merge) == (20, "near", ())


def test_fewer_names_in_common_need_the_same_figures() -> None:
    """A report in its own words that shares a quarter of the names joins only when two
    of its figures are the original's too."""
    report = features.fingerprint(HOSPITAL_TITLE, HOSPITAL)
    title = "Erpressersoftware: Spital in Baden arbeitet mit Papier"
    text = (
        "Seit der Nacht auf Donnerstag geht im Kantonsspital Baden im Aargau wenig: Kriminelle"
        " haben Rechner verschlüsselt, Ärztinnen schreiben Befunde von Hand, Kranke kommen nach"
        " Zürich. 46 Eingriffe fallen aus, für 330 Patientinnen auf den Stationen sei gesorgt,"
        " heisst es aus der Klinikleitung. Wer hinter der Tat steckt, ist offen."
    )
    other = features.fingerprint(title, text)
    score = features.containment(report.entities, other.entities)
    assert 0.25 <= score < SAME_EVENT_MIN_ENTITIES  # names alone are not enough
    assert same_event(report, other, T0, T1) == score
    vague = text.replace("46 Eingriffe", "Viele Eingriffe").replace("330 Patientinnen", "alle")
    assert same_event(report, features.fingerprint(title, vague), T0, T1) is None


INFLATION_DE_TITLE = "Inflationsrate steigt im August auf 2,2 Prozent"
INFLATION_DE = (
    "Die Verbraucherpreise in Deutschland sind im August um 2,2 Prozent gestiegen, teilte"
    " Destatis in Wiesbaden mit. Im Juli hatte die Teuerung bei 2,0 Prozent gelegen. Die"
    " Kerninflation ohne Energie und Nahrungsmittel verharrte bei 2,7 Prozent. Energie"
    " verbilligte sich um 2,4 Prozent, Nahrungsmittel wurden um 2,5 Prozent teurer."
)
INFLATION_EN_TITLE = "German inflation rises to 2.2 percent in August"
INFLATION_EN = (
    "Consumer prices in Germany rose by 2.2 percent in August, the statistics office Destatis"
    " said in Wiesbaden. In July, inflation had stood at 2.0 percent. Core inflation, which"
    " excludes energy and food, held at 2.7 percent. Energy became 2.4 percent cheaper, while"
    " food prices rose by 2.5 percent."
)


def test_a_translation_naming_few_names_joins_by_the_same_figures() -> None:
    """Institutions are translated ("Statistisches Bundesamt", "statistics office"), names
    and figures are not: two names and the same figures make a translation."""
    german = article(INFLATION_DE_TITLE, INFLATION_DE)
    english = article(
        INFLATION_EN_TITLE,
        INFLATION_EN,
        source="dw-english",
        guid="dw-en-9",
        url=None,
        language="en",
        published=T0 + timedelta(hours=3),
    )
    fp_de = features.fingerprint(german.title, german.content_text)
    fp_en = features.fingerprint(english.title, english.content_text)
    assert len(fp_de.entities & fp_en.entities) < 3  # too few names on their own
    d = run(english, Hits(near=[known(german, article_id=70, story_id=33)]))
    assert (d.action, d.story_id, d.layer) == (Action.ATTACH, 33, "translation")
    # September's figures in the same words: another month, not a translation
    september_text = (
        INFLATION_EN.replace("2.2 percent in August", "2.6 percent in September")
        .replace("In July, inflation had stood at 2.0", "In August, inflation had stood at 2.2")
        .replace("2.7", "2.9")
        .replace("2.4 percent cheaper", "1.1 percent cheaper")
        .replace("2.5", "2.3")
    )
    september = replace(english, content_text=september_text)
    assert (
        run(september, Hits(near=[known(german, article_id=70, story_id=33)])).action is Action.NEW
    )
