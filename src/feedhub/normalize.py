"""RawEntry -> Article: UTC times, absolute canonical URLs, sanitised HTML, plain text,
language, section, authors, enclosures.

- HTML is sanitised once, here, with nh3 (the Ammonia sanitiser): an allow-list of tags and
  attributes; only http, https and mailto links survive; relative links are resolved
  against the entry's base URL in the same pass.
- Times are already tz-aware UTC (sources/ converts); a missing date stays None, never
  "now".
- Language: what the entry or feed says (normalised to BCP 47 case), else detected from
  title and text with py3langid, else the section's language.
- Section: the entry's own (portal), else the source's category map, else a category that
  names a section or one of its categories, else the source's default section.
- Characters XML cannot hold never get past here (one place for every field): C0 controls
  but tab, LF and CR, DEL, lone surrogates, U+FFFE/U+FFFF are dropped; C1 controls are
  read as the windows-1252 characters they almost always are (U+0084 U+0093 -> „ “).
- Work per entry is bounded before the HTML parser sees it (its cost grows with the square
  of the nesting depth): at most MAX_HTML_CHARS of a field's HTML are parsed, and markup
  nested deeper than MAX_NESTING is dropped, its text kept.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable
from datetime import UTC
from datetime import datetime
from urllib.parse import urljoin
from urllib.parse import urlsplit

import nh3
import py3langid

from feedhub.dedup.keys import canonical_url
from feedhub.dedup.keys import content_hash
from feedhub.models import Article
from feedhub.models import Enclosure
from feedhub.models import FeedOrigin
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import Source

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "s",
        "small",
        "source",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "audio",
        "video",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height", "srcset"},
    "source": {"src", "srcset", "type", "media"},
    "audio": {"src", "controls"},
    "video": {"src", "controls", "poster", "width", "height"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "abbr": {"title"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_URL_ATTRIBUTES = frozenset({"href", "src", "cite", "poster"})
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
SUMMARY_CHARS = 400  # plain-text summary derived from the content when the source has none
DETECT_CHARS = 1000  # text given to the language detector
_BLOCK_END = re.compile(r"(?i)(</(p|div|h[1-6]|li|blockquote|tr|figcaption|pre)>|<br\s*/?>)")
_SPACE = re.compile(r"\s+")
_LANG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
# not XML 1.0 characters (and DEL, and C1 controls, which are mapped): see xml_safe()
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
KILL, CORRECTION = "kill", "correction"
# a kill notice must say so plainly: it takes a story out of every feed (and only one its
# source stored under the same GUID or URL: dedup.match.decide)
_KILL_WORDS = frozenset({"löschung", "kill", "kill notice", "withdrawn"})
_CORRECTION_WORDS = frozenset({"berichtigung", "korrektur", "correction", "corrects"})
_NOTICE = re.compile(
    r"^\W*(?:(?i:achtung)\W+)?(?:"
    r"(?P<kill>(?i:löschung|kill\s+notice|withdrawn)|KILL)"
    r"|(?i:berichtigung|correction|corrects|corrected)|KORREKTUR|Korrektur\s*:"
    r")(?!\w)"
)
MAX_CATEGORIES = 50  # an entry's categories kept (a feed may list thousands)
MAX_AUTHORS = 20
MAX_HTML_CHARS = 1_000_000  # of one field's HTML; the rest is cut off before parsing
MAX_NESTING = 200  # open elements; deeper markup is dropped before parsing (text kept)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
# elements that hold no content, or that the parser closes by itself when the next starts
# (an unclosed <p> or <li> does not nest)
_HTML_FIELDS = ("title", "summary", "content")  # RawEntry fields that may hold HTML
_FLAT = frozenset(
    "area base br col embed hr img input link meta source track wbr p li dt dd tr td th"
    " option".split()
)


def normalize_entry(
    raw: RawEntry, feed: ParsedFeed, source: Source, sections: Iterable[Section]
) -> Article:
    """Normalise one entry. Pure: no I/O, no clock."""
    raw = admitted_entry(raw)
    sections = tuple(sections)
    base = raw.base or feed.base_url
    canonical = _canonical_link(base, raw.link)
    content_html = sanitize_html(raw.content, base) if raw.content else ""
    summary_html_like = bool(raw.summary and "<" in raw.summary)
    if not content_html and raw.summary and summary_html_like:
        content_html = sanitize_html(raw.summary, base)
    content_text = html_to_text(content_html)
    summary = html_to_text(raw.summary) if raw.summary else ""
    if not content_text:
        content_text = summary
    if not summary:
        summary = _shorten(content_text, SUMMARY_CHARS)
    title = (
        html_to_text(raw.title)
        if raw.title and (raw.title_is_html or "<" in raw.title)
        else (_SPACE.sub(" ", raw.title).strip() if raw.title else "")
    )
    if not title:
        title = _shorten(summary or content_text, 80) or "(ohne Titel)"
    section = assign_section(raw, source, sections)
    kind = notice(title, raw.categories)
    chash = content_hash(title, content_text)
    return Article(
        source_id=source.id,
        guid=raw.guid or _link_id(canonical, raw.link) or f"sha256:{chash}",
        url=canonical,
        canonical_url=canonical,
        title=title,
        summary=summary,
        content_html=content_html,
        content_text=content_text,
        published=plausible(raw.published),
        updated=plausible(raw.updated) if raw.updated != raw.published else None,
        language=detect_language(raw.language or feed.language, title, content_text)
        or _section_language(section, sections),
        section=section,
        authors=tuple(dict.fromkeys(_SPACE.sub(" ", a) for a in raw.authors))[:MAX_AUTHORS],
        categories=tuple(dict.fromkeys(raw.categories))[:MAX_CATEGORIES],
        enclosures=_enclosures(base, raw.enclosures),
        content_hash=chash,
        origin=_origin(raw.origin, feed.base_url),
        withdrawn=kind == KILL,
        correction=kind == CORRECTION,
    )


def normalize_entries(
    parsed: ParsedFeed, source: Source, sections: tuple[Section, ...]
) -> tuple[list[Article], tuple[str, ...]]:
    """Each of `parsed`'s entries normalised (normalize_entry). An entry that cannot be
    is left out and described in the returned errors ("entry N (guid or link): ..."), the
    others are returned in feed order."""
    articles, errors = [], []
    for i, raw in enumerate(parsed.entries):
        try:
            articles.append(normalize_entry(raw, parsed, source, sections))
        except (ValueError, TypeError) as e:
            errors.append(f"entry {i + 1} ({raw.guid or raw.link}): {type(e).__name__}: {e}")
    return articles, tuple(errors)


def xml_safe(text: str) -> str:
    """`text` without characters XML 1.0 cannot hold; C1 controls as windows-1252."""
    if _NOT_XML.search(text) is None:
        return text
    return _NOT_XML.sub(_replace_control, text)


def _replace_control(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:  # the five bytes windows-1252 leaves undefined
            return ""
    return ""


def admitted_entry(raw: RawEntry) -> RawEntry:
    """The entry as normalising may read it: every text through xml_safe(), so no stored
    field can break a feed, and the fields that may hold HTML (title, summary, content)
    through bounded_html() as well, once, before any parser sees them."""

    def clean(value: object) -> object:
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, tuple):
            return tuple(clean(v) for v in value)
        if isinstance(value, Enclosure):
            return Enclosure(
                xml_safe(value.url),
                xml_safe(value.type) if value.type else value.type,
                value.length,
                xml_safe(value.title) if value.title else value.title,
            )
        return value

    changes = {
        f.name: clean(getattr(raw, f.name))
        for f in dataclasses.fields(raw)
        if getattr(raw, f.name) is not None
    }
    for name in _HTML_FIELDS:
        if name in changes:
            changes[name] = bounded_html(str(changes[name]))
    return dataclasses.replace(raw, **changes)  # type: ignore[arg-type]


def bounded_html(fragment: str) -> str:
    """`fragment` cut to MAX_HTML_CHARS, with the tags of elements nested deeper than
    MAX_NESTING removed (their text stays). Cheap: one regular-expression pass over the
    tags, no parse; a fragment within both limits is returned unchanged."""
    fragment = fragment[:MAX_HTML_CHARS]
    if fragment.count("<") <= MAX_NESTING:
        return fragment
    kept: list[str] = []  # the text between the tags dropped
    depth = last = 0
    for m in _TAG.finditer(fragment):
        if m.group(3) or m.group(2).lower() in _FLAT:
            keep = depth < MAX_NESTING
        elif m.group(1):
            depth = max(depth - 1, 0)
            keep = depth < MAX_NESTING
        else:
            keep = depth < MAX_NESTING
            depth += 1
        if not keep:
            kept.append(fragment[last : m.start()])
            last = m.end()
    if not kept:
        return fragment
    kept.append(fragment[last:])
    return "".join(kept)


def entry_key(raw: RawEntry, feed: ParsedFeed) -> str | None:
    """The GUID normalize_entry() gives `raw`, if it can be told without reading the
    entry's text (None: it has neither id nor link, and is known by its content hash)."""
    if raw.guid:
        return xml_safe(raw.guid)
    if not raw.link:
        return None
    link = xml_safe(raw.link)
    return _link_id(_canonical_link(xml_safe(raw.base or feed.base_url), link), link)


def _canonical_link(base: str, link: str | None) -> str | None:
    absolute = _absolute_http(base, link)
    return canonical_url(absolute) if absolute else None


def _link_id(canonical: str | None, link: str | None) -> str | None:
    """The id of an entry without a GUID: its canonical link (of `link`) with the
    fragment kept. A ticker or live blog links each item to one page, told apart by the
    fragment (`ticker.html#t0412`); without it every new item would replace the one
    before."""
    if canonical is None or link is None:
        return canonical
    _, _, fragment = link.partition("#")
    return f"{canonical}#{fragment}" if fragment.strip() else canonical


def plausible(when: datetime | None) -> datetime | None:
    """A date outside EARLIEST..LATEST (year 1 or 9999 in broken feeds) is a missing date."""
    if when is None or not EARLIEST <= when <= LATEST:
        return None
    return when


def sanitize_html(fragment: str, base: str) -> str:
    """Allow-list sanitising with relative links resolved against `base`. Its cost grows
    with the square of the nesting depth: normalize_entry gives it admitted_entry()'s
    bounded fields only."""

    def resolve(tag: str, attribute: str, value: str) -> str | None:
        if attribute in _URL_ATTRIBUTES:
            return _absolute(base, value, schemes=URL_SCHEMES)
        if attribute == "srcset":
            return None  # candidates would each need resolving; src is enough
        return value

    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=resolve,
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (bounded, as for sanitize_html), whitespace
    collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return _SPACE.sub(" ", fragment).strip()
    spaced = _BLOCK_END.sub(lambda m: m.group(0) + " ", fragment)
    text = nh3.clean(spaced, tags=set(), strip_comments=True)
    return _SPACE.sub(" ", html.unescape(text)).strip()


def normalize_language(tag: str | None) -> str | None:
    """'de_DE' / 'DE-de' -> 'de-DE'; junk -> None."""
    if not tag or not _LANG.match(tag.strip()):
        return None
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        out.append(p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower())
    return "-".join(out)


def detect_language(declared: str | None, title: str, text: str) -> str | None:
    lang = normalize_language(declared)
    if lang:
        return lang
    sample = f"{title}. {text}"[:DETECT_CHARS].strip()
    if len(sample) < 20:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)


def assign_section(raw: RawEntry, source: Source, sections: tuple[Section, ...]) -> str | None:
    slugs = {s.slug for s in sections}
    if raw.section and raw.section in slugs:
        return raw.section
    for cat in raw.categories:
        mapped = source.categories.get(cat.casefold())
        if mapped:
            return mapped
    for cat in raw.categories:
        c = cat.casefold()
        for s in sections:
            if c == s.slug or c in s.categories:
                return s.slug
    return source.section


def _section_language(section: str | None, sections: tuple[Section, ...]) -> str:
    for s in sections:
        if s.slug == section:
            return s.language
    return "und"


def _absolute(base: str, value: str, *, schemes: frozenset[str]) -> str | None:
    try:
        url = urljoin(base, value.strip())
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in schemes else None


def _absolute_http(base: str, value: str | None) -> str | None:
    if not value:
        return None
    return _absolute(base, value, schemes=frozenset({"http", "https"}))


def notice(title: str, categories: Iterable[str] = ()) -> str | None:
    """KILL or CORRECTION when an entry is such a notice of its source, by the words
    agencies put first in the headline ("Löschung:", "KILL", "Berichtigung:",
    "Korrektur:", "CORRECTS") or a category naming it; None for an ordinary entry."""
    head = _NOTICE.match(title)
    if head is not None:
        return KILL if head.group("kill") else CORRECTION
    for category in categories:
        word = category.strip().casefold()
        if word in _KILL_WORDS:
            return KILL
        if word in _CORRECTION_WORDS:
            return CORRECTION
    return None


def _origin(origin: FeedOrigin | None, base: str) -> FeedOrigin | None:
    """The feed an entry came from, as feeds may show it: text (markup in it stays text,
    escaped by every format) without control characters, bounded; only absolute
    http(s) URLs; a plausible time."""
    if origin is None:
        return None

    def text(value: str | None, limit: int) -> str | None:
        if not value:
            return None
        return _SPACE.sub(" ", xml_safe(value)).strip()[:limit] or None

    found = FeedOrigin(
        id=text(origin.id, 500),
        title=text(origin.title, 300),
        link=_absolute_http(base, xml_safe(origin.link)) if origin.link else None,
        self_url=_absolute_http(base, xml_safe(origin.self_url)) if origin.self_url else None,
        updated=plausible(origin.updated),
    )
    return found if found != FeedOrigin() else None


def _enclosures(base: str, enclosures: tuple[Enclosure, ...]) -> tuple[Enclosure, ...]:
    out = []
    for e in enclosures:
        url = _absolute_http(base, e.url)
        if url:
            out.append(Enclosure(url, e.type, e.length, e.title))
    return tuple(out)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.- ") + " …"
