"""dedup.relate.find_related: links between stories, with hand-built candidates."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

from feedhub.dedup import features
from feedhub.dedup.dates import NEWSROOM_ZONE
from feedhub.dedup.keys import content_hash
from feedhub.dedup.relate import KIND_REFERENCE
from feedhub.dedup.relate import KIND_SAME_EVENT
from feedhub.dedup.relate import MAX_LINKS
from feedhub.dedup.relate import REFERENCE_WINDOW_DAYS
from feedhub.dedup.relate import RELATED_MIN_CONTAINMENT
from feedhub.dedup.relate import RELATED_MIN_SHARED
from feedhub.dedup.relate import RELATED_WINDOW_DAYS
from feedhub.dedup.relate import Relation
from feedhub.dedup.relate import find_related
from feedhub.dedup.relate import search_window
from feedhub.models import Known

WHEN = datetime(2025, 8, 16, 8, 0, tzinfo=UTC)
OWN_STORY = 1

SUMMIT_TITLE = "Treffen von Trump und Putin in Alaska: Ergebnisse des Gipfels"
SUMMIT = (
    "Das Treffen von Donald Trump und Wladimir Putin in Anchorage ist ohne Waffenruhe für die"
    " Ukraine zu Ende gegangen. Beide Präsidenten sprachen nach knapp drei Stunden von einem"
    " konstruktiven Gespräch, nannten aber keine konkreten Vereinbarungen. Putin lud Trump zu"
    " einem weiteren Treffen nach Moskau ein. Der ukrainische Präsident Wolodymyr Selenskyj"
    " war nicht eingeladen und kündigte an, am Montag nach Washington zu reisen."
)
ALPAGUT_TITLE = "Türkische Kamikaze-Drohne Alpagut: Technische Daten und Einsatzmöglichkeiten"
ALPAGUT = (
    "Der Hersteller stellte das Fluggerät auf einer Messe in Istanbul vor. Die Drohne wiegt"
    " rund zwölf Kilogramm, trägt einen Sprengkopf und kann bis zu 40 Minuten in der Luft"
    " bleiben. Gestartet wird sie aus einem Rohr, gesteuert von einem Soldaten mit einem"
    " Tablet. Fachleute sehen in dem System eine Antwort auf die Erfahrungen aus dem Krieg"
    " im Osten Europas."
)
REFERENCE = (
    SUMMIT + " Zuvor berichteten wir über die türkische Kamikaze-Drohne Alpagut: Technische"
    " Daten und Einsatzmöglichkeiten."
)

BAYREUTH_TITLE = "Premiere in Bayreuth: Jubel für den neuen Tristan"
BAYREUTH = (
    "Mit einer gefeierten Premiere von Tristan und Isolde haben die Bayreuther Festspiele"
    " begonnen. Festspielleiterin Katharina Wagner zeigte sich zufrieden. Im Publikum saßen"
    " Kanzler Friedrich Merz, Ministerpräsident Markus Söder und Kulturstaatsminister"
    " Wolfram Weimer. Das Festspielhaus auf dem Grünen Hügel war ausverkauft, Dirigent"
    " Semyon Bychkov wurde mit langem Applaus bedacht."
)
BAYREUTH_MONEY_TITLE = "Wie steht es um die Finanzen der Bayreuther Festspiele?"
BAYREUTH_MONEY = (
    "Am Morgen nach der Premiere von Tristan und Isolde stellt sich wieder die Frage nach dem"
    " Geld. Die Bayreuther Festspiele werden vom Bund, vom Freistaat Bayern, von der Stadt"
    " Bayreuth und vom Förderverein getragen. Katharina Wagner fordert seit Jahren mehr"
    " Mittel, Markus Söder sagte zu, sich dafür einzusetzen, Wolfram Weimer verwies auf den"
    " Haushalt. Auch Friedrich Merz hatte das Festspielhaus am Eröffnungsabend besucht."
)

LAGE_TITLE = "Die Lage am Morgen"
LAGE = (
    "Guten Morgen, heute geht es um {topic}. Friedrich Merz trifft in Berlin Emmanuel Macron"
    " und Keir Starmer, am Nachmittag spricht Lars Klingbeil im Bundestag über den Haushalt,"
    " Markus Söder empfängt Olaf Scholz in München und Boris Pistorius besucht die"
    " Bundeswehr in Litauen. Außerdem: das Wetter, der Sport und die Börse."
)


MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONATE_LIST = MONATE.split()

# a boat accident, the follow-up three days later, and a look-alike accident a week later:
# the same island, coastguard, spokesman and mayor
BOAT_TITLE = "Bootsunglück vor Lampedusa: Mindestens neun Tote, 32 Menschen vermisst"
BOAT = (
    "Ein überfülltes Migrantenboot ist am Freitagabend vor Lampedusa gekentert. Das Boot"
    " war in der tunesischen Hafenstadt Sfax gestartet. Die italienische Küstenwache barg"
    " 17 Überlebende. „Die Bedingungen waren extrem“, sagte Küstenwachen-Sprecher Salvatore"
    " Miceli. Lampedusas Bürgermeisterin Rosaria Lo Bue forderte Rom auf, die Seenotrettung"
    " zu verstärken. Auch ein Flugzeug der Grenzschutzagentur Frontex sucht nach Vermissten."
)
BOAT_WHEN = datetime(2026, 3, 7, 1, 15, tzinfo=UTC)  # Saturday night, 02:15 in Berlin
FOLLOW_UP_TITLE = "Nach Bootsunglück vor Lampedusa: Zwei mutmaßliche Schleuser festgenommen"
FOLLOW_UP = (
    "Die Staatsanwaltschaft Agrigent hat zwei Männer festgenommen, die das Boot gesteuert"
    " haben sollen. Das Boot war am Freitagabend südwestlich von Lampedusa gekentert. Die"
    " Küstenwache hat die Suche eingestellt, sagte Sprecher Salvatore Miceli. Die"
    " Überlebenden sollen von Lampedusa nach Sizilien gebracht werden, Bürgermeisterin"
    " Rosaria Lo Bue dankte den Helfern. Frontex unterstützt die Ermittlungen."
)
LOOK_ALIKE_TITLE = "Lampedusa: Schlauchboot aus Libyen in Seenot, drei Tote"
LOOK_ALIKE = (
    "Ein Schlauchboot aus Libyen ist am Sonntagmorgen vor Lampedusa in Seenot geraten. Die"
    " italienische Küstenwache rettete 46 Menschen, drei Männer wurden tot geborgen. „Das"
    " Boot verlor Luft“, sagte Küstenwachen-Sprecher Salvatore Miceli. Bürgermeisterin"
    " Rosaria Lo Bue wies darauf hin, dass das Aufnahmezentrum überfüllt sei. Ein Flugzeug"
    " der Grenzschutzagentur Frontex hatte das Boot entdeckt."
)

# the stored texts of the Knowns the tests make: what the store would read for them
TEXTS: dict[Known, str] = {}


def stored_fingerprint(k: Known) -> features.Fingerprint:
    return features.fingerprint(k.title, TEXTS[k])


def known(
    article_id: int,
    story_id: int,
    title: str,
    text: str,
    *,
    published: datetime = WHEN - timedelta(hours=6),
    source_id: str = "portal",
) -> Known:
    k = Known(
        article_id=article_id,
        story_id=story_id,
        source_id=source_id,
        guid=f"g{article_id}",
        title=title,
        content_hash=content_hash(title, text),
        updated=None,
        mergeable=True,
        published=published,
        language="de",
    )
    TEXTS[k] = text
    return k


def related(
    title: str,
    text: str,
    *,
    linked: list[Known] | None = None,
    linked_from: list[Known] | None = None,
    candidates: list[Known] | None = None,
    story_id: int = OWN_STORY,
    when: datetime = WHEN,
) -> list[Relation]:
    fp = features.fingerprint(title, text)
    return find_related(
        story_id,
        features.reference_phrases(text),
        fp,
        when,
        linked or [],
        candidates or [],
        stored_fingerprint,
        linked_from=linked_from or [],
    )


# --- explicit reference by link -------------------------------------------------------------


def test_a_link_to_a_known_article_is_an_explicit_reference() -> None:
    target = known(5, 50, ALPAGUT_TITLE, ALPAGUT, published=WHEN - timedelta(days=300))
    [rel] = related(SUMMIT_TITLE, SUMMIT, linked=[target])
    assert (rel.story_id, rel.kind) == (50, KIND_REFERENCE)
    assert "links to portal article 5" in rel.reason and ALPAGUT_TITLE in rel.reason


def test_being_linked_from_a_known_article_is_an_explicit_reference() -> None:
    """Outbound links are indexed, so the order of arrival does not matter."""
    source = known(6, 60, "Selenskyj im Weißen Haus", "Lesen Sie auch den Gipfelbericht.")
    [rel] = related(SUMMIT_TITLE, SUMMIT, linked_from=[source])
    assert (rel.story_id, rel.kind) == (60, KIND_REFERENCE)
    assert rel.reason.startswith("linked from portal article 6")


# --- explicit reference by sentence ---------------------------------------------------------


def test_zuvor_berichteten_wir_names_the_headline_of_an_old_story() -> None:
    old = known(5, 50, ALPAGUT_TITLE, ALPAGUT, published=WHEN - timedelta(days=100))
    other = known(6, 60, "Drohnenabwehr: Bundeswehr testet neues System", ALPAGUT)
    rels = related(SUMMIT_TITLE, REFERENCE, candidates=[other, old])
    assert [(r.story_id, r.kind) for r in rels] == [(50, KIND_REFERENCE)]
    assert ALPAGUT_TITLE in rels[0].reason


def test_a_reference_phrase_widens_the_search_window_to_older_stories() -> None:
    lo, hi = search_window(features.reference_phrases(REFERENCE), WHEN)
    assert lo == WHEN - timedelta(days=REFERENCE_WINDOW_DAYS)
    assert hi == WHEN + timedelta(days=RELATED_WINDOW_DAYS)
    assert lo < WHEN - timedelta(days=100)
    lo, hi = search_window(features.reference_phrases(SUMMIT), WHEN)
    assert (lo, hi) == (
        WHEN - timedelta(days=RELATED_WINDOW_DAYS),
        WHEN + timedelta(days=RELATED_WINDOW_DAYS),
    )


def test_a_reference_names_only_earlier_stories() -> None:
    later = known(5, 50, ALPAGUT_TITLE, ALPAGUT, published=WHEN + timedelta(days=1))
    assert related(SUMMIT_TITLE, REFERENCE, candidates=[later]) == []


def test_a_reference_phrase_that_names_no_headline_links_nothing_by_title() -> None:
    unrelated = known(
        5, 50, "Neue Radwege in Leipzig", ALPAGUT, published=WHEN - timedelta(days=100)
    )
    assert related(SUMMIT_TITLE, REFERENCE, candidates=[unrelated]) == []


def test_wie_wir_berichteten_links_the_story_the_phrase_retells() -> None:
    """No headline is named: the phrase retells the event, and the earlier story whose
    headline and names hold the largest share of its words is the one referred to."""
    text = (
        "Wie wir berichteten, fand die Premiere von Tristan und Isolde großen Anklang. "
        + BAYREUTH_MONEY
    )
    opening = known(5, 50, BAYREUTH_TITLE, BAYREUTH, published=WHEN - timedelta(days=30))
    other = known(6, 60, ALPAGUT_TITLE, ALPAGUT, published=WHEN - timedelta(days=20))
    [rel] = related(BAYREUTH_MONEY_TITLE, text, candidates=[other, opening])
    assert (rel.story_id, rel.kind) == (50, KIND_REFERENCE)
    assert "names 3 of 6 of its words" in rel.reason and BAYREUTH_TITLE in rel.reason


def test_erst_vergangene_woche_refers_to_the_story_it_retells() -> None:
    warning = known(
        5,
        50,
        "Betrug mit geklonten Stimmen: Bundeskriminalamt warnt vor KI-Schockanrufen",
        "Das Bundeskriminalamt warnt vor Schockanrufen, bei denen Täter die Stimmen von"
        " Angehörigen mit KI nachahmen. Betroffen sind vor allem ältere Menschen in Wien.",
        published=WHEN - timedelta(days=6),
    )
    text = (
        "Bei einer Aktion in Sofia und Wien wurden fünf Männer festgenommen. Erst vergangene"
        " Woche hatte das Bundeskriminalamt vor den KI-Schockanrufen gewarnt."
    )
    [rel] = related("KI-Stimmenbetrug: Festnahmen in Wien und Sofia", text, candidates=[warning])
    assert (rel.story_id, rel.kind) == (50, KIND_REFERENCE)


# --- same event -----------------------------------------------------------------------------


def test_background_piece_on_the_same_event_is_linked() -> None:
    opening = known(5, 50, BAYREUTH_TITLE, BAYREUTH, published=WHEN - timedelta(hours=14))
    fp_a = features.fingerprint(BAYREUTH_MONEY_TITLE, BAYREUTH_MONEY)
    fp_b = features.fingerprint(BAYREUTH_TITLE, BAYREUTH)
    assert len(fp_a.entities & fp_b.entities) >= 6
    assert features.containment(fp_a.shingles, fp_b.shingles) < 0.4  # not a copy
    [rel] = related(BAYREUTH_MONEY_TITLE, BAYREUTH_MONEY, candidates=[opening])
    assert (rel.story_id, rel.kind) == (50, KIND_SAME_EVENT)
    assert BAYREUTH_TITLE in rel.reason


def test_same_event_within_ten_days_either_way() -> None:
    for days in (-9.5, 9.5):
        published = WHEN + timedelta(days=days)
        day = published.astimezone(NEWSROOM_ZONE)
        text = f"{BAYREUTH_MONEY} Die Premiere am {day.day}. {MONATE_LIST[day.month - 1]} war ausverkauft."
        opening = known(5, 50, BAYREUTH_TITLE, BAYREUTH, published=published)
        assert [r.story_id for r in related(BAYREUTH_MONEY_TITLE, text, candidates=[opening])] == [
            50
        ]


def test_a_follow_up_naming_the_events_day_is_linked() -> None:
    accident = known(5, 50, BOAT_TITLE, BOAT, published=BOAT_WHEN)
    [rel] = related(
        FOLLOW_UP_TITLE, FOLLOW_UP, candidates=[accident], when=BOAT_WHEN + timedelta(days=2)
    )
    assert (rel.story_id, rel.kind) == (50, KIND_SAME_EVENT)
    assert "speaks of the same day (2026-03-06)" in rel.reason


def test_a_look_alike_event_with_the_same_names_on_other_days_is_not_linked() -> None:
    """Another boat at the same island a week later: names alone would link it."""
    accident = known(5, 50, BOAT_TITLE, BOAT, published=BOAT_WHEN)
    when = BOAT_WHEN + timedelta(days=8)
    fp_a = features.fingerprint(LOOK_ALIKE_TITLE, LOOK_ALIKE)
    fp_b = stored_fingerprint(accident)
    assert len(fp_a.entities & fp_b.entities) >= RELATED_MIN_SHARED
    assert features.containment(fp_a.entities, fp_b.entities) >= RELATED_MIN_CONTAINMENT
    assert related(LOOK_ALIKE_TITLE, LOOK_ALIKE, candidates=[accident], when=when) == []
    follow_up = known(6, 60, FOLLOW_UP_TITLE, FOLLOW_UP, published=BOAT_WHEN + timedelta(days=2))
    assert related(LOOK_ALIKE_TITLE, LOOK_ALIKE, candidates=[follow_up], when=when) == []


def test_a_follow_up_giving_the_key_figure_of_the_events_lead_is_linked() -> None:
    cuts = known(
        5,
        50,
        "Voestalpine streicht 850 Stellen in Linz und Donawitz",
        "Der Stahlkonzern Voestalpine baut in Österreich Stellen ab, teilte Vorstandschef"
        " Reinhard Pichlmayr am Mittwoch in Linz mit. Betroffen sind die Werke in Linz und"
        " Donawitz. Konzernbetriebsratschef Hans-Peter Greiner kündigte Widerstand an, das"
        " Land Oberösterreich will helfen. Die Gewerkschaft PRO-GE spricht von einem"
        " schwarzen Tag für die Steiermark.",
        published=WHEN - timedelta(days=6),
    )
    text = (
        "Für die {} wegfallenden Stellen richtet Voestalpine eine Arbeitsstiftung ein."
        " Konzernleitung und Betriebsrat einigten sich am Dienstag in Linz auf einen"
        " Sozialplan. Konzernbetriebsratschef Hans-Peter Greiner sprach von einem fairen"
        " Kompromiss, Vorstandschef Reinhard Pichlmayr dankte dem Land Oberösterreich. Auch"
        " in Donawitz und der Steiermark gibt es keine Kündigungen."
    )
    title = "Voestalpine und Betriebsrat einigen sich auf Sozialplan"
    [rel] = related(title, text.format(850), candidates=[cuts])
    assert (rel.story_id, rel.kind) == (50, KIND_SAME_EVENT)
    assert "key figure 850" in rel.reason
    # the same names and another figure: a cut elsewhere, not this one's development
    assert related(title, text.format(430), candidates=[cuts]) == []


def test_a_follow_up_quoting_the_same_title_is_linked() -> None:
    prize = known(
        5,
        50,
        "Deutscher Buchpreis geht an Johanna Reitberger",
        "Die Schriftstellerin Johanna Reitberger erhält den Deutschen Buchpreis für ihren"
        " Roman {q}Das Glas von Lauscha{q} über Glasbläser in Thüringen. Der Börsenverein des"
        " Deutschen Buchhandels gab die Entscheidung am Montagabend im Frankfurter Römer"
        " bekannt. Der Wallstein Verlag aus Göttingen freut sich.",
        published=WHEN - timedelta(days=8),
    )
    text = (
        "{q}Das Glas von Lauscha{q} steht an der Spitze der Bestsellerliste. Johanna"
        " Reitbergers Roman verdrängte am Mittwoch den Spitzenreiter, teilte der Wallstein"
        " Verlag in Göttingen mit. Der Börsenverein des Deutschen Buchhandels meldet"
        " Rekordverkäufe in Thüringen und im Frankfurter Raum."
    )
    TEXTS[prize] = TEXTS[prize].replace("{q}", "„", 1).replace("{q}", "“", 1)
    [rel] = related(
        "Buchpreisroman erobert Platz eins", text.replace("{q}", '"'), candidates=[prize]
    )
    assert (rel.story_id, rel.kind) == (50, KIND_SAME_EVENT)
    assert 'quotes "das glas von lauscha" too' in rel.reason
    assert (
        related("Buchpreisroman erobert Platz eins", text.replace("{q}", ""), candidates=[prize])
        == []
    )


def test_same_names_weeks_apart_are_not_linked() -> None:
    opening = known(5, 50, BAYREUTH_TITLE, BAYREUTH, published=WHEN - timedelta(days=20))
    assert related(BAYREUTH_MONEY_TITLE, BAYREUTH_MONEY, candidates=[opening]) == []


def test_few_shared_names_are_not_linked() -> None:
    other = known(5, 50, ALPAGUT_TITLE, ALPAGUT)
    assert related(SUMMIT_TITLE, SUMMIT, candidates=[other]) == []


def test_template_siblings_are_not_linked() -> None:
    """A recurring column: the same headline and frame, the same people, another day."""
    yesterday = known(
        5, 50, LAGE_TITLE, LAGE.format(topic="die Rente"), published=WHEN - timedelta(days=1)
    )
    today = LAGE.format(topic="den Wehrdienst")
    fp_a = features.fingerprint(LAGE_TITLE, today)
    fp_b = stored_fingerprint(yesterday)
    assert len(fp_a.entities & fp_b.entities) >= 6  # it would pass on names alone
    assert related(LAGE_TITLE, today, candidates=[yesterday]) == []


def test_same_headline_alone_makes_template_siblings() -> None:
    opening = known(5, 50, BAYREUTH_MONEY_TITLE, BAYREUTH, published=WHEN - timedelta(hours=14))
    assert related(BAYREUTH_MONEY_TITLE, BAYREUTH_MONEY, candidates=[opening]) == []


# --- bounds ---------------------------------------------------------------------------------


def test_the_articles_own_story_is_never_linked() -> None:
    own = known(5, OWN_STORY, ALPAGUT_TITLE, ALPAGUT, published=WHEN - timedelta(days=100))
    own_event = known(6, OWN_STORY, BAYREUTH_TITLE, BAYREUTH)
    text = REFERENCE + " " + BAYREUTH_MONEY
    rels = related(
        BAYREUTH_MONEY_TITLE,
        text,
        linked=[own],
        linked_from=[own_event],
        candidates=[own, own_event],
    )
    assert rels == []


def test_each_story_is_linked_once_with_the_strongest_kind() -> None:
    old = known(5, 50, ALPAGUT_TITLE, ALPAGUT, published=WHEN - timedelta(days=3))
    rels = related(SUMMIT_TITLE, REFERENCE, linked=[old], linked_from=[old], candidates=[old])
    assert len(rels) == 1
    assert rels[0].reason.startswith("links to")


def test_at_most_max_links() -> None:
    targets = [
        known(10 + i, 100 + i, f"Artikel {i}", ALPAGUT, published=WHEN - timedelta(days=i))
        for i in range(MAX_LINKS + 3)
    ]
    opening = known(5, 50, BAYREUTH_TITLE, BAYREUTH)
    rels = related(
        BAYREUTH_MONEY_TITLE,
        BAYREUTH_MONEY,
        linked=targets[:2],
        linked_from=targets[2:],
        candidates=[opening],
    )
    assert len(rels) == MAX_LINKS
    assert [r.story_id for r in rels] == [100, 101, 102]  # links first, in order
    assert len({r.story_id for r in rels}) == MAX_LINKS
