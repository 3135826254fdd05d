"""Text features for near-duplicate and related-story matching (pure, no I/O).

shingles        word 3-grams of title + text, hashed to 32 bits (crc32: stable across
                processes, unlike hash())
lead_shingles   the same over the title and the first LEAD_WORDS words: what a
                summary-only copy or a truncated agency item shares with the original
minhash         MinHash signature of a shingle set; NUM_PERM fixed permutations
                (numpy; datasketch would add scipy for the same 10 lines)
bands           LSH band keys: ROWS consecutive signature values hashed together, so
                two sets with Jaccard J share a band with probability 1-(1-J^ROWS)^BANDS
numbers         the figures of a text, normalised across German and English notation
                ("2,2" and "2.2" -> "2.2"; "3.000.000" and "3,000,000" -> "3000000")
entities        capitalised words (names in any language; in German also nouns): the
                language-independent evidence for translations and related stories
reference       the phrase after a cue such as "Zuvor berichteten wir über", "Wie wir
                berichteten", "Lesen Sie auch", "Mehr zum Thema"
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from feedhub.dedup import dates

# the kinds of the keys index_keys makes (re-exported)
from feedhub.models import BODY as BODY
from feedhub.models import LEAD as LEAD
from feedhub.models import LINK as LINK
from feedhub.models import TERM as TERM
from feedhub.models import Article

NUM_PERM = 40  # body signature: 20 bands of 2 rows
ROWS = 2
LEAD_PERM = 16  # lead signature: 8 bands of 2 rows
SHORT_SHINGLES = 60  # fewer shingles than this: also look for copies by shared names
LEAD_WORDS = 40
LEAD_CHARS = 400  # the lead, for key figures
QUOTED_WORDS = 12
ENTITY_CHARS = 1500  # entities are taken from the title and the start of the text
MAX_TERMS = 32  # entity terms indexed per article for related-story search
_MERSENNE = (1 << 61) - 1
_rng = np.random.default_rng(20250816)  # fixed: signatures must agree across processes
_A = _rng.integers(1, _MERSENNE, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, size=NUM_PERM, dtype=np.uint64)

_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LIST_NEXT = re.compile(r"(?:,|\s+(?:und|and|et|e|bis|to))\s*\d")
_LIST_BEFORE = re.compile(r"\d(?:,|\s+(?:und|and|et|e|bis|to))\s*$")
_QUOTED = re.compile(r"[„“\"«‚‹]\s?([^\W\d][^„“”\"«»‚‘‹›\n]{2,100}?)\s?[“”\"»‘›]")
_PERCENT = re.compile(r"(?i)\s*(?:%|prozent|percent|per cent|pour cent|per cento)")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_CAPITAL = re.compile(r"\b[A-ZÄÖÜ][\w]*(?:-[\w]+)*")
# a sentence ends at ., ! or ? before a space (not "am 8. Februar") or at a line break
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+|\s*\n\s*")

# Function words that start sentences in German and English; not entities.
STOPWORDS = frozenset(
    """der die das dem den des ein eine einer eines einem einen er sie es wir ihr ich du
    im in am an auf aus bei nach mit von vor zu zur zum für und oder aber doch denn als
    auch wie was wer wo wann warum weil wenn dass ob so nur noch schon bereits dies diese
    dieser dieses diesem diesen jene man mehr sein seine ihre unser unsere nicht kein
    keine laut seit ab bis um über unter gegen ohne durch trotz während beim vom
    the a an he she it we they you i in on at by after with from to for and or but this
    that these those as also how what who where when why if so only not no more its his
    her their our there here was were is are be been has have had will would can could
    update mehr lesen sie thema zuvor berichteten montag dienstag mittwoch donnerstag
    freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday
    januar februar märz april mai juni juli august september oktober november dezember
    january february march june july october december uhr prozent percent euro""".split()
)

# After these, a capitalised German word is a common noun ("der Gipfel"), not a name.
DETERMINERS = frozenset(
    """der die das dem den des ein eine einer eines einem einen im am zum zur vom beim ins
    kein keine keinen keinem keiner dieser diese dieses diesem diesen jeder jede jedes
    seine seinen seiner ihre ihren ihrer unsere neue neuen neuer the a an""".split()
)
_TOKEN = re.compile(r"\w+(?:-\w+)*")

REFERENCE_CUES = re.compile(
    r"(?i)\b(?:zuvor berichteten wir (?:über|von)|wie wir (?:bereits )?berichteten,?|"
    r"wie (?:bereits )?berichtet,|zuvor hatten wir(?: darüber)?|"
    r"erst (?:am|vor|vergangene[nrm]?|letzte[nrm]?)\b[^,.;]{0,30}? (?:hatten|hatte|waren|war)\b|"
    r"lesen sie auch:?|mehr zum thema:?|wir berichteten (?:über|von)|as we reported,?|"
    r"read also:?|related:)\s*"
)


def primary_language(tag: str) -> str:
    """'de-DE' -> 'de': versions in regional variants of a language are one language."""
    return tag.split("-", 1)[0].lower()


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(tokens: list[str], k: int = 3) -> frozenset[int]:
    """Hashed word k-grams (k = 3): each word is hashed once (crc32), each k-gram is a
    fixed mix of its words' hashes (numpy), 32 bits, the same in every process."""
    if not tokens:
        return frozenset()
    h = np.fromiter((zlib.crc32(t.encode()) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(tokens) < k:
        return frozenset({int(np.bitwise_xor.reduce(h * _MIX[: len(tokens)]) & 0xFFFFFFFF)})
    n = len(tokens) - k + 1
    mixed = h[:n] * _MIX[0]
    for i in range(1, k):
        mixed ^= h[i : i + n] * _MIX[i]
    mixed ^= mixed >> np.uint64(29)
    return frozenset((mixed & np.uint64(0xFFFFFFFF)).tolist())


def minhash(items: Iterable[int], num_perm: int) -> tuple[int, ...]:
    """MinHash signature (universal hashing modulo a Mersenne prime)."""
    values = np.fromiter(items, dtype=np.uint64)
    if values.size == 0:
        return ()
    a, b = _A[:num_perm, None], _B[:num_perm, None]
    # (a*x + b) mod p in 64-bit: x < 2^32 and a < 2^61 may overflow; the wrap-around is
    # deterministic, which is all a signature needs
    hashed = (a * values[None, :] + b) % np.uint64(_MERSENNE)
    return tuple(int(v) for v in hashed.min(axis=1))


def bands(signature: tuple[int, ...], rows: int, salt: int) -> list[int]:
    """LSH band keys as signed 63-bit integers (they are stored in a BIGINT column)."""
    out = []
    for i in range(0, len(signature) - rows + 1, rows):
        chunk = ",".join(str(v) for v in signature[i : i + rows])
        digest = zlib.crc32(f"{salt}:{i}:{chunk}".encode()) << 31 ^ zlib.adler32(chunk.encode())
        out.append(digest & ((1 << 62) - 1))
    return out


def term_key(term: str) -> int:
    return (zlib.crc32(term.encode()) << 20 ^ zlib.adler32(term.encode())) & ((1 << 62) - 1)


def numbers(text: str) -> frozenset[str]:
    out = set()
    for raw in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
            out.add(re.sub(r"[.,]", "", raw))  # thousands separators
        else:
            out.add(raw.replace(",", "."))
    return frozenset(out)


def figures(numbers: Iterable[str]) -> set[str]:
    """The figures among numbers(): the years left out (every report names one)."""
    return {n for n in numbers if not _YEAR.fullmatch(n)}


def key_figures(text: str) -> frozenset[str]:
    """The figures that carry a story, from its headline and lead ("850 Stellen", "42,7
    Millionen Franken", "Magnitude 4,3"): numbers() without years, whole numbers below
    ten, which any text has, percentages, which recur (polls, prices, markets), and the
    numbers of a list ("2, 8, 17, 26, 35 und 40")."""
    out: set[str] = set()
    for m in _NUMBER.finditer(text):
        if _PERCENT.match(text, m.end()):
            continue  # rates recur: polls, prices, markets
        before = max(0, m.start() - 8)
        if _LIST_NEXT.match(text, m.end()) or _LIST_BEFORE.search(text, before, m.start()):
            continue  # one of a list: drawn numbers, results, a table
        out.update(n for n in figures(numbers(m.group(0))) if "." in n or int(n) >= 10)
    return frozenset(out)


def quoted(text: str) -> frozenset[str]:
    """What a text puts in quotation marks, of two to QUOTED_WORDS words, case and
    spacing folded: the title of a book or film („Das Glas von Lauscha“), an
    organisation („Bund Germanischer Landgemeinden“), a phrase quoted again. One quoted
    word ("Tatort", a newspaper's name) is too common to tell events apart."""
    out = set()
    for m in _QUOTED.finditer(text):
        tokens = words(m.group(1))
        if 2 <= len(tokens) <= QUOTED_WORDS:
            out.add(" ".join(tokens))
    return frozenset(out)


def entities(text: str) -> frozenset[str]:
    """Capitalised words (names in any language; in German also nouns), function words
    left out: the evidence the translation and related-story decisions weigh."""
    return frozenset(
        w.casefold() for w in _CAPITAL.findall(text) if len(w) > 3 and w.casefold() not in STOPWORDS
    )


def names(text: str) -> frozenset[str]:
    """The entities that look like names: not right after an article or determiner
    (German capitalises every noun: "die Regierung" is a noun, "Merz sagte" a name).
    Rarer than entities, so they are what the index looks up."""
    out = set()
    previous = ""
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        folded = word.casefold()
        if (
            word[0].isupper()
            and len(word) > 3
            and folded not in STOPWORDS
            and previous not in DETERMINERS
        ):
            out.add(folded)
        previous = folded
    return frozenset(out)


@functools.lru_cache(maxsize=64)  # asked three times per stored article (pipeline, relate)
def reference_phrases(text: str) -> tuple[str, ...]:
    """The phrases that follow a reference cue, up to the end of their sentence."""
    out = []
    for m in REFERENCE_CUES.finditer(text):
        rest = text[m.end() : m.end() + 300]
        phrase = _SENTENCE_END.split(rest, maxsplit=1)[0].strip()
        if phrase:
            out.append(phrase)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the matcher compares; computed from an article's title and text."""

    shingles: frozenset[int]
    lead: frozenset[int]
    numbers: frozenset[str]
    entities: frozenset[str]
    names: frozenset[str]
    title_words: frozenset[str]
    text_length: int
    dates: frozenset[int]  # dates.mentions(): the days the text speaks of, as codes
    key_figures: frozenset[str]  # figures of the headline and lead (key_figures())
    quoted: frozenset[str]  # quoted names and phrases of two words or more (quoted())


def fingerprint(title: str, text: str, summary: str = "") -> Fingerprint:
    """`summary`, the teaser a feed gives beside the text, counts for the figures and
    days an article gives (a lead often has the key figure the body leaves out), not for
    its wording or names."""
    body = words(f"{title} . {text}")
    lead = words(title) + words(text)[:LEAD_WORDS]
    head = f"{title}. {text[:ENTITY_CHARS]}"
    if summary and text.startswith(summary.rstrip(" .…")):
        summary = ""  # the text's own beginning (normalize shortens it as the summary)
    given = f"{title}\n{summary}\n{text}"  # what the figures and days are read from
    return Fingerprint(
        shingles=shingles(body),
        lead=shingles(lead),
        numbers=numbers(given),
        entities=entities(head),
        names=names(head),
        title_words=frozenset(w for w in words(title) if w not in STOPWORDS),
        text_length=len(text),
        dates=dates.mentions(given),
        key_figures=key_figures(f"{title}\n{summary}\n{text[:LEAD_CHARS]}"),
        quoted=quoted(given),
    )


def index_keys(fp: Fingerprint, links: Iterable[str] = ()) -> dict[int, list[int]]:
    """The keys an article is indexed under, by kind (see db.schema.article_keys);
    `links` are its outbound links, indexed so a later article can find who links to it."""
    from feedhub.dedup.keys import url_key

    return {
        BODY: bands(minhash(fp.shingles, NUM_PERM), ROWS, BODY),
        LEAD: bands(minhash(fp.lead, LEAD_PERM), ROWS, LEAD),
        TERM: term_keys(fp.names),
        LINK: [link_key(url_key(u)) for u in links],
    }


def link_key(key: str) -> int:
    return term_key("link:" + key)


def term_keys(names: frozenset[str]) -> list[int]:
    """Name terms as index keys: the MAX_TERMS smallest hashes, a stable sample."""
    return sorted(term_key(e) for e in names)[:MAX_TERMS]


def is_short(fp: Fingerprint) -> bool:
    """Too little text for shingle LSH to find its copies reliably."""
    return len(fp.shingles) < SHORT_SHINGLES


def containment(
    a: frozenset[object] | frozenset[int] | frozenset[str],
    b: frozenset[object] | frozenset[int] | frozenset[str],
) -> float:
    """|a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one contains."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(
    a: frozenset[object] | frozenset[int] | frozenset[str],
    b: frozenset[object] | frozenset[int] | frozenset[str],
) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_HREF = re.compile(r'\bhref="(https?://[^"]+)"')


def outbound_links(content_html: str) -> list[str]:
    """Absolute links in sanitised HTML (normalize.sanitize_html writes href="...")."""
    import html

    return list(dict.fromkeys(html.unescape(u) for u in _HREF.findall(content_html)))


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """All dedup computes from an article alone: its fingerprint, its outbound links (its
    own URL left out), its index keys and its reference phrases. Plain data, so a worker
    process can compute it (feedhub.prepare) and the ingest take it as given."""

    fp: Fingerprint
    links: tuple[str, ...]
    keys: dict[int, list[int]]
    references: tuple[str, ...] = ()  # reference_phrases() of its text


def of_article(article: Article) -> ArticleFeatures:
    fp = fingerprint(article.title, article.content_text, article.summary)
    links = tuple(u for u in outbound_links(article.content_html) if u != article.url)
    references = reference_phrases(article.content_text)
    return ArticleFeatures(fp, links, index_keys(fp, links), references)
