"""dedup.features: shingles, MinHash/LSH, figures, names, reference phrases, links."""

from __future__ import annotations

import zlib

import pytest

from feedhub.dedup import features
from feedhub.dedup.features import BODY
from feedhub.dedup.features import LEAD
from feedhub.dedup.features import LEAD_PERM
from feedhub.dedup.features import LINK
from feedhub.dedup.features import MAX_TERMS
from feedhub.dedup.features import NUM_PERM
from feedhub.dedup.features import ROWS
from feedhub.dedup.features import SHORT_SHINGLES
from feedhub.dedup.features import TERM
from feedhub.dedup.keys import url_key
from feedhub.normalize import sanitize_html

TEXT = (
    "Das Treffen von Donald Trump und Wladimir Putin in Anchorage ist ohne Waffenruhe für die"
    " Ukraine zu Ende gegangen. Beide Präsidenten sprachen nach knapp drei Stunden von einem"
    " konstruktiven Gespräch, nannten aber keine konkreten Vereinbarungen. Putin lud Trump zu"
    " einem weiteren Treffen nach Moskau ein. Der ukrainische Präsident Wolodymyr Selenskyj"
    " war nicht eingeladen und kündigte an, am Montag nach Washington zu reisen."
)


def _items(words: range) -> frozenset[int]:
    """Shingle-like 32-bit items, as features.shingles makes them."""
    return frozenset(zlib.crc32(f"wort{i}".encode()) for i in words)


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("Die Inflation lag bei 2,2 Prozent.", "Inflation was 2.2 percent."),
        ("3.000.000 Besucher", "3,000,000 visitors"),
        ("Der DAX schloss bei 24.100 Punkten.", "The DAX closed at 24,100 points."),
        ("Ein Euro kostete 1,1720 Dollar.", "One euro cost 1.1720 dollars."),
    ],
)
def test_numbers_agree_across_german_and_english_notation(german: str, english: str) -> None:
    assert features.numbers(german) == features.numbers(english)
    assert features.numbers(german)


def test_numbers_examples() -> None:
    assert features.numbers("2,2 und 2.2") == {"2.2"}
    assert features.numbers("3.000.000 oder 3,000,000") == {"3000000"}
    assert features.numbers("Im Jahr 2026. Am 15. August um 10.30 Uhr") == {
        "2026",
        "15",
        "10.30",
    }
    assert features.numbers("ohne Zahlen") == frozenset()


def test_numbers_tell_templated_reports_apart() -> None:
    tuesday = features.numbers("DAX schließt im Plus bei 24.100 Punkten, plus 0,6 Prozent")
    wednesday = features.numbers("DAX schließt im Plus bei 24.250 Punkten, plus 0,4 Prozent")
    assert tuesday == {"24100", "0.6"} and wednesday == {"24250", "0.4"}
    assert not tuesday & wednesday


# --- entities -------------------------------------------------------------------------------


def test_entities_are_casefolded_capitalised_words() -> None:
    found = features.entities("Kanzler Merz traf Macron in Paris.")
    assert found == {"kanzler", "merz", "macron", "paris"}


def test_entities_skip_stopwords_and_short_words() -> None:
    found = features.entities(
        "Der Präsident und die EU. Auch Sie lesen: Zuvor Update Montag. The USA, Uhr. Wer? Nato"
    )
    assert "präsident" in found and "nato" in found
    for word in ("der", "die", "eu", "auch", "sie", "zuvor", "update", "montag", "the", "usa"):
        assert word not in found
    assert "uhr" not in found and "wer" not in found


def test_entities_keep_hyphenated_names() -> None:
    assert "elmendorf-richardson" in features.entities("auf dem Stützpunkt Elmendorf-Richardson")


def test_entities_survive_translation() -> None:
    de = features.entities("Donald Trump und Wladimir Putin trafen sich in Anchorage, Alaska.")
    en = features.entities("Donald Trump and Vladimir Putin met in Anchorage, Alaska.")
    assert de & en == {"donald", "trump", "putin", "anchorage", "alaska"}


# --- reference phrases ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Der Gipfel endete ohne Ergebnis. Zuvor berichteten wir über die türkische"
            " Kamikaze-Drohne Alpagut. Mehr folgt.",
            "die türkische Kamikaze-Drohne Alpagut",
        ),
        (
            "Wie wir berichteten, hatte Nawrocki die Stichwahl knapp gewonnen. Nun folgt die"
            " Vereidigung.",
            "hatte Nawrocki die Stichwahl knapp gewonnen",
        ),
        (
            "Der Satellit liefert erste Bilder. Lesen Sie auch: Hitzewelle erreicht ihren"
            " Höhepunkt",
            "Hitzewelle erreicht ihren Höhepunkt",
        ),
        ("Mehr zum Thema: Sicherheitslücke im HomeHub 3", "Sicherheitslücke im HomeHub 3"),
        ("zuvor berichteten wir von der Kabinettssitzung.", "der Kabinettssitzung"),
        (
            "Die Polizei nahm zwei Männer fest. Wie berichtet, hatten Unbekannte das Museum"
            " in Hannover ausgeraubt. Die Beute ist wieder da.",
            "hatten Unbekannte das Museum in Hannover ausgeraubt",
        ),
        (
            "Zuvor hatten wir über den Rücktritt von Gerold Weißenborn berichtet.",
            "über den Rücktritt von Gerold Weißenborn berichtet",
        ),
        (
            "Der Senat legt Beschwerde ein. Erst am Dienstag hatte das Verfassungsgericht"
            " den Mietenstopp teilweise zugelassen.",
            "das Verfassungsgericht den Mietenstopp teilweise zugelassen",
        ),
        (
            "Das Amt meldet Festnahmen. Erst vergangene Woche hatte das Bundeskriminalamt vor"
            " der Masche gewarnt. Die Ermittlungen laufen.",
            "das Bundeskriminalamt vor der Masche gewarnt",
        ),
        (
            "Erst vor knapp zwei Wochen hatten die EU-Innenminister den Pool beschlossen.",
            "die EU-Innenminister den Pool beschlossen",
        ),
        (
            "Wie wir berichteten, hatte sich Hägele am 8. Februar durchgesetzt. Mehr folgt.",
            "hatte sich Hägele am 8. Februar durchgesetzt",  # "8." ends no sentence
        ),
        (
            "Mehr zum Thema: Ausland\nDieser Artikel erschien zuerst bei Monrose.",
            "Ausland",  # a line break ends the phrase
        ),
    ],
    ids=[
        "zuvor",
        "wie-wir-berichteten",
        "lesen-sie-auch",
        "mehr-zum-thema",
        "lower-case",
        "wie-berichtet",
        "zuvor-hatten-wir",
        "erst-am",
        "erst-vergangene-woche",
        "erst-vor-wochen",
        "date-in-phrase",
        "line-break",
    ],
)
def test_reference_phrases(text: str, phrase: str) -> None:
    found = features.reference_phrases(text)
    assert len(found) == 1
    assert found[0].rstrip(".") == phrase


def test_reference_phrases_without_a_cue() -> None:
    assert features.reference_phrases(TEXT) == ()
    assert features.reference_phrases("Wir berichten live aus Anchorage.") == ()
    # "erst" and "wie berichtet" without the formula are no reference
    assert features.reference_phrases("Erst am Abend kam die Entwarnung.") == ()
    assert features.reference_phrases("Er wurde, wie berichtet wird, befördert.") == ()


def test_reference_phrases_finds_every_cue() -> None:
    text = "Zuvor berichteten wir über A Bericht. Lesen Sie auch: B Bericht"
    assert [p.rstrip(".") for p in features.reference_phrases(text)] == ["A Bericht", "B Bericht"]


# --- shingles and MinHash -------------------------------------------------------------------


def test_shingles_are_word_trigrams() -> None:
    assert len(features.shingles(["a", "b", "c", "d"])) == 2
    assert len(features.shingles(["a", "b"])) == 1
    assert features.shingles([]) == frozenset()
    assert features.shingles(features.words("Eins zwei DREI")) == features.shingles(
        ["eins", "zwei", "drei"]
    )


def test_minhash_is_deterministic() -> None:
    items = _items(range(200))
    assert features.minhash(items, NUM_PERM) == features.minhash(set(items), NUM_PERM)
    assert features.minhash(items, NUM_PERM) == features.minhash(sorted(items), NUM_PERM)
    assert len(features.minhash(items, NUM_PERM)) == NUM_PERM
    assert features.minhash(items, LEAD_PERM) == features.minhash(items, NUM_PERM)[:LEAD_PERM]
    assert features.minhash([], NUM_PERM) == ()


def test_minhash_signature_is_fixed_across_processes() -> None:
    """The seed is fixed: signatures stored by one process must match another's."""
    sig = features.minhash(_items(range(50)), NUM_PERM)
    assert sig == features.minhash(frozenset(_items(range(50))), NUM_PERM)
    assert all(0 <= v < (1 << 61) - 1 for v in sig)


@pytest.mark.parametrize(
    ("a", "b", "jaccard"),
    [
        (range(300), range(100, 400), 0.5),
        (range(400), range(400), 1.0),
        (range(200), range(40, 240), 2 / 3),
    ],
)
def test_minhash_estimates_jaccard(a: range, b: range, jaccard: float) -> None:
    sa, sb = _items(a), _items(b)
    assert features.jaccard(sa, sb) == pytest.approx(jaccard)
    sig_a, sig_b = features.minhash(sa, NUM_PERM), features.minhash(sb, NUM_PERM)
    equal = sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) / NUM_PERM
    assert abs(equal - jaccard) <= 0.25


def test_minhash_of_disjoint_sets_agrees_nowhere() -> None:
    sig_a = features.minhash(_items(range(200)), NUM_PERM)
    sig_b = features.minhash(_items(range(200, 400)), NUM_PERM)
    assert sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) == 0


# --- LSH bands ------------------------------------------------------------------------------


def test_bands_of_identical_sets_are_all_shared() -> None:
    sig = features.minhash(_items(range(300)), NUM_PERM)
    again = features.minhash(_items(range(300)), NUM_PERM)
    assert features.bands(sig, ROWS, BODY) == features.bands(again, ROWS, BODY)
    assert len(features.bands(sig, ROWS, BODY)) == NUM_PERM // ROWS


def test_bands_of_disjoint_sets_share_none() -> None:
    a = features.bands(features.minhash(_items(range(300)), NUM_PERM), ROWS, BODY)
    b = features.bands(features.minhash(_items(range(300, 600)), NUM_PERM), ROWS, BODY)
    assert not set(a) & set(b)


def test_bands_of_similar_sets_share_some() -> None:
    a = features.bands(features.minhash(_items(range(300)), NUM_PERM), ROWS, BODY)
    b = features.bands(features.minhash(_items(range(30, 330)), NUM_PERM), ROWS, BODY)
    assert set(a) & set(b)


def test_bands_depend_on_salt_and_position_and_fit_a_bigint() -> None:
    sig = features.minhash(_items(range(100)), NUM_PERM)
    body, lead = features.bands(sig, ROWS, BODY), features.bands(sig, ROWS, LEAD)
    assert not set(body) & set(lead)
    same_values = (7,) * NUM_PERM
    assert len(set(features.bands(same_values, ROWS, BODY))) == NUM_PERM // ROWS
    assert all(0 <= k < (1 << 63) for k in body + lead)
    assert features.bands((), ROWS, BODY) == []


# --- fingerprint and index keys -------------------------------------------------------------


def test_fingerprint_fields() -> None:
    fp = features.fingerprint("Gipfel in Alaska endet ohne Einigung", TEXT)
    assert "trump" in fp.entities and "putin" in fp.entities
    assert fp.title_words == {"gipfel", "alaska", "endet", "einigung"}  # no stopwords
    assert fp.text_length == len(TEXT)
    assert fp.lead < fp.shingles  # title and first LEAD_WORDS words: a prefix of the body
    assert features.fingerprint("Gipfel in Alaska endet ohne Einigung", TEXT) == fp


def test_fingerprint_counts_the_summary_for_figures_and_days_only() -> None:
    summary = "Für die 850 wegfallenden Stellen gibt es einen Sozialplan seit Dienstag."
    with_summary = features.fingerprint("Sozialplan bei Voestalpine", TEXT, summary)
    without = features.fingerprint("Sozialplan bei Voestalpine", TEXT)
    assert "850" in with_summary.numbers and "850" not in without.numbers
    assert "850" in with_summary.key_figures
    assert with_summary.dates == without.dates | {1}  # "Dienstag"
    assert with_summary.shingles == without.shingles  # wording and names: the text's own
    assert with_summary.entities == without.entities


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Voestalpine streicht 850 Stellen", {"850"}),
        ("42,7 Millionen Franken gehen in den Aargau", {"42.7"}),
        ("Erdbeben der Magnitude 4,3", {"4.3"}),
        ("Die Inflation steigt auf 2,2 Prozent", set()),  # rates recur
        ("Der Dax fiel um 2,1 %", set()),
        ("Die Gewinnzahlen: 2, 8, 17, 26, 35 und 40", set()),  # a list
        ("Im Jahr 2026 zogen 3 Firmen um", set()),  # years, whole numbers below ten
    ],
)
def test_key_figures(text: str, figures: set[str]) -> None:
    assert features.key_figures(text) == figures


def test_quoted_names_of_two_words_or_more() -> None:
    text = (
        'Ihr Roman „Das Glas von Lauscha“ führt die Liste an. Der "Tatort" lief. Die Gruppe'
        " «Bund Germanischer Landgemeinden» klagt. Er sagte: „Wir   bleiben hier“."
    )
    assert features.quoted(text) == {
        "das glas von lauscha",
        "bund germanischer landgemeinden",
        "wir bleiben hier",
    }
    long_quote = "„" + " ".join(["Wort"] * (features.QUOTED_WORDS + 1)) + "“"
    assert features.quoted(long_quote) == frozenset()


def test_index_keys_kinds() -> None:
    fp = features.fingerprint("Gipfel in Alaska endet ohne Einigung", TEXT)
    links = ["https://www.monrose.de/politik/a.html", "https://amp.monrose.de/politik/a.html"]
    keys = features.index_keys(fp, links)
    assert set(keys) == {BODY, LEAD, TERM, LINK}
    assert len(keys[BODY]) == NUM_PERM // ROWS
    assert len(keys[LEAD]) == LEAD_PERM // ROWS
    assert keys[TERM] == sorted(keys[TERM])
    assert 2 <= len(keys[TERM]) <= MAX_TERMS
    assert keys[TERM] == features.term_keys(fp.names)
    # the AMP form of a link is the same page: the same key
    assert keys[LINK] == [features.link_key(url_key(links[0]))] * 2
    assert all(0 <= k < (1 << 63) for values in keys.values() for k in values)


def test_index_keys_without_links_or_names() -> None:
    fp = features.fingerprint("klein", "nur kleine worte hier")
    keys = features.index_keys(fp)
    assert keys[LINK] == [] and keys[TERM] == []
    assert keys[BODY] and keys[LEAD]


def test_term_keys_are_a_stable_sample() -> None:
    names = frozenset(f"name{i}" for i in range(100))
    keys = features.term_keys(names)
    assert len(keys) == MAX_TERMS
    assert keys == features.term_keys(frozenset(sorted(names, reverse=True)))
    # an article sharing most names shares most sampled keys
    assert len(set(keys) & set(features.term_keys(names - {"name1"}))) >= MAX_TERMS - 1


def test_link_keys_differ_from_term_keys() -> None:
    assert features.link_key("//ex.de/a") != features.term_key("//ex.de/a")


# --- outbound links -------------------------------------------------------------------------


def test_outbound_links_from_sanitised_html() -> None:
    html = sanitize_html(
        '<p>Mehr zum Thema: <a href="/politik/gipfel.html" onclick="x()">Gipfel</a>,'
        ' <a href="https://ex.de/a?x=1&amp;y=2">A</a>, <a href="mailto:red@ex.de">Mail</a>,'
        ' <a href="javascript:alert(1)">js</a>, <a href="https://ex.de/a?x=1&y=2">A again</a>'
        ' <img src="https://cdn.ex.de/bild.jpg"></p>',
        "https://www.monrose.de/politik/",
    )
    assert features.outbound_links(html) == [
        "https://www.monrose.de/politik/gipfel.html",
        "https://ex.de/a?x=1&y=2",
    ]


def test_outbound_links_of_text_without_links() -> None:
    assert features.outbound_links("<p>kein Link</p>") == []
    assert features.outbound_links("") == []


# --- short items ----------------------------------------------------------------------------


def test_is_short() -> None:
    teaser = features.fingerprint("Gipfel ohne Einigung", "Trump und Putin trafen sich.")
    full = features.fingerprint("Gipfel ohne Einigung", TEXT + " " + TEXT.replace("Putin", "P"))
    assert features.is_short(teaser)
    assert not features.is_short(full)
    assert len(full.shingles) >= SHORT_SHINGLES


# --- set similarity -------------------------------------------------------------------------


def test_containment_and_jaccard() -> None:
    small, big = frozenset({1, 2}), frozenset({1, 2, 3, 4})
    assert features.containment(small, big) == 1.0
    assert features.jaccard(small, big) == 0.5
    assert features.containment(frozenset(), big) == 0.0
    assert features.jaccard(frozenset(), frozenset()) == 0.0


def test_primary_language() -> None:
    assert features.primary_language("de-DE") == "de"
    assert features.primary_language("EN") == "en"
    assert features.primary_language("und") == "und"
