"""dedup.keys: canonical URLs, URL keys, content hashes, story uids."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl
from urllib.parse import quote
from urllib.parse import urlencode
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedhub.dedup.keys import TRACKING_PARAMS
from feedhub.dedup.keys import TRACKING_PREFIXES
from feedhub.dedup.keys import canonical_url
from feedhub.dedup.keys import content_hash
from feedhub.dedup.keys import is_tracking
from feedhub.dedup.keys import story_uid
from feedhub.dedup.keys import tag_authority
from feedhub.dedup.keys import url_key


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://ex.de/a?utm_source=rss&utm_medium=feed&utm_campaign=x",
            "https://ex.de/a",
        ),
        ("https://ex.de/a?fbclid=IwAR0abc", "https://ex.de/a"),
        ("https://ex.de/a?wt_mc=rss.feed.x", "https://ex.de/a"),
        ("https://ex.de/a?maca=de-rss-de-all-1119-xml-mrss", "https://ex.de/a"),
        ("https://ex.de/a?UTM_Source=x", "https://ex.de/a"),
        ("https://ex.de/a#kommentare", "https://ex.de/a"),
        ("https://ex.de:443/a", "https://ex.de/a"),
        ("http://ex.de:80/a", "http://ex.de/a"),
        ("https://ex.de:8443/a", "https://ex.de:8443/a"),
        ("HTTPS://WWW.Ex.DE/Pfad/A", "https://www.ex.de/Pfad/A"),  # path case is kept
        ("https://ex.de./a", "https://ex.de/a"),
        ("https://ex.de", "https://ex.de/"),
        ("https://user:pw@ex.de/a", "https://ex.de/a"),
        ("  https://ex.de/a  ", "https://ex.de/a"),
        ("https://ex.de/a?id=5", "https://ex.de/a?id=5"),
        ("https://ex.de/a?utm_source=x&id=5&fbclid=y&page=2", "https://ex.de/a?id=5&page=2"),
        ("https://ex.de/a?page=2&id=5", "https://ex.de/a?page=2&id=5"),  # order kept
        ("https://ex.de/straße", "https://ex.de/stra%C3%9Fe"),
        ("https://ex.de/a b", "https://ex.de/a%20b"),
    ],
)
def test_canonical_url_examples(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "url", ["mailto:a@b.de", "ftp://ex.de/x", "/relativ/pfad", "https://", "http://[::1"]
)
def test_canonical_url_leaves_non_http_urls_alone(url: str) -> None:
    assert canonical_url(url) == url


def test_canonical_url_keeps_ipv6_host_and_port() -> None:
    assert canonical_url("http://[::1]:8080/x?utm_term=a") == "http://[::1]:8080/x"


@pytest.mark.parametrize(
    "variant",
    [
        "http://ex.de/politik/a",
        "https://www.ex.de/politik/a",
        "https://ex.de/politik/a/",
        "http://WWW.ex.de/politik/a/?utm_source=x#top",
        "https://ex.de:443/politik/a",
    ],
)
def test_url_key_ignores_scheme_www_trailing_slash_and_tracking(variant: str) -> None:
    assert url_key(variant) == url_key("https://ex.de/politik/a")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://ex.de/a", "https://ex.de/b"),
        ("https://ex.de/a?id=5", "https://ex.de/a?id=6"),
        ("https://ex.de/a", "https://other.de/a"),
        ("https://ex.de/a", "https://ex.de:8443/a"),
        ("https://ex.de/a", "https://blog.ex.de/a"),
    ],
)
def test_url_key_distinguishes_different_pages(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_url_key_of_root() -> None:
    assert url_key("https://www.ex.de") == url_key("http://ex.de/") == "//ex.de/"


# --- properties ---------------------------------------------------------------------------

_label = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?", fullmatch=True)
_hosts = st.builds(
    lambda www, labels, tld: ("www." if www else "") + ".".join(labels) + "." + tld,
    st.booleans(),
    st.lists(_label, min_size=1, max_size=3),
    st.sampled_from(["de", "com", "ORG"]),
)
_paths = st.lists(st.text(max_size=8), max_size=4).map(lambda s: "/" + "/".join(s))
_tracking_names = st.one_of(
    st.sampled_from(sorted(TRACKING_PARAMS)),
    st.builds(
        lambda p, rest, upper: (p + rest).upper() if upper else p + rest,
        st.sampled_from(TRACKING_PREFIXES),
        st.text("abcdefghijklmnopqrstuvwxyz_", max_size=8),
        st.booleans(),
    ),
)
_names = st.text(min_size=1, max_size=8).filter(lambda n: not is_tracking(n))
_values = st.text(max_size=8)


@st.composite
def _urls(draw: st.DrawFn, names: st.SearchStrategy[str] = _names) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    port = draw(st.one_of(st.none(), st.integers(1, 65535)))
    path = draw(_paths)
    if draw(st.booleans()):
        path = quote(path, safe="/")
    params = draw(st.lists(st.tuples(st.one_of(names, _tracking_names), _values), max_size=5))
    fragment = draw(st.text(max_size=5))
    return (
        f"{scheme}://{draw(_hosts)}{f':{port}' if port else ''}{path}"
        f"{'?' + urlencode(params) if params else ''}{'#' + quote(fragment) if fragment else ''}"
    )


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_url_key_is_stable_under_canonicalisation(url: str) -> None:
    assert url_key(canonical_url(url)) == url_key(url)


@settings(max_examples=300, deadline=None)
@given(_urls())
def test_canonical_url_has_no_fragment_and_lower_case_scheme(url: str) -> None:
    parts = urlsplit(canonical_url(url))
    assert parts.fragment == ""
    assert parts.scheme in ("http", "https")
    assert parts.netloc == parts.netloc.lower()


@settings(max_examples=300, deadline=None)
@given(
    url=_urls(),
    tracking=st.lists(st.tuples(_tracking_names, _values), min_size=1, max_size=4),
)
def test_tracking_params_never_survive(url: str, tracking: list[tuple[str, str]]) -> None:
    url = url.split("#")[0]
    url += ("&" if "?" in url else "?") + urlencode(tracking)
    query = urlsplit(canonical_url(url)).query
    survivors = [k for k, _ in parse_qsl(query, keep_blank_values=True)]
    assert not any(is_tracking(k) for k in survivors)


@settings(max_examples=300, deadline=None)
@given(
    path=_paths,
    params=st.lists(st.tuples(_names, _values), min_size=1, max_size=5),
    tracking=st.lists(st.tuples(_tracking_names, _values), max_size=3),
    order=st.randoms(use_true_random=False),
)
def test_non_tracking_params_survive_in_order(
    path: str,
    params: list[tuple[str, str]],
    tracking: list[tuple[str, str]],
    order: random.Random,
) -> None:
    mixed: list[tuple[str, str]] = list(params)
    for item in tracking:  # interleave tracking params at random positions
        mixed.insert(order.randrange(len(mixed) + 1), item)
    url = f"https://ex.de{quote(path, safe='/')}?{urlencode(mixed)}"
    query = urlsplit(canonical_url(url)).query
    assert parse_qsl(query, keep_blank_values=True) == params


# --- content_hash -------------------------------------------------------------------------

_words = st.lists(
    st.text("abcdefghijklmnopqrstuvwxyzäöüß0123456789.,", min_size=1, max_size=8),
    min_size=1,
    max_size=8,
)
_space = st.text(" \t\n\r\u00a0", min_size=1, max_size=3)


@settings(max_examples=200, deadline=None)
@given(title=_words, text=_words, data=st.data())
def test_content_hash_ignores_whitespace_and_case(
    title: list[str], text: list[str], data: st.DataObject
) -> None:
    def respaced(words: list[str]) -> str:
        gaps = [data.draw(_space) for _ in words]
        return data.draw(_space) + "".join(w.upper() + g for w, g in zip(words, gaps, strict=True))

    plain = content_hash(" ".join(title), " ".join(text))
    assert content_hash(respaced(title), respaced(text)) == plain


def test_content_hash_examples() -> None:
    h = content_hash("Gipfel in Alaska", "Trump und Putin trafen sich.")
    assert h == content_hash("  GIPFEL in\nalaska ", "trump   und putin\ttrafen sich.")
    assert len(h) == 32
    assert h != content_hash("Gipfel in Alaska", "Trump und Putin trafen sich!")
    assert h != content_hash("Gipfel in", "Alaska Trump und Putin trafen sich.")  # \0 separates


# --- story uid ----------------------------------------------------------------------------


def test_story_uid_is_stable_and_a_tag_uri() -> None:
    a = story_uid("dw", "guid-1", "https://dw.com/a", authority="news.example", own=False)
    assert a == story_uid("dw", "guid-1", "https://dw.com/a", authority="news.example", own=False)
    assert a.startswith("tag:news.example,2025:story:")
    assert a != story_uid("dw", "guid-2", "https://dw.com/a", authority="news.example", own=False)
    assert a != story_uid("zeit", "guid-1", "https://dw.com/a", authority="news.example", own=False)


def test_story_uid_does_not_depend_on_the_link_for_other_sources() -> None:
    a = story_uid("dw", "g", "https://dw.com/a", authority="x.example", own=False)
    assert a == story_uid("dw", "g", "https://dw.com/moved", authority="x.example", own=False)


def test_portal_story_uid_is_its_url() -> None:
    url = "https://www.monrose.de/politik/a-1.html"
    assert story_uid("portal", "monrose:1", url, authority="x.example", own=True) == url


def test_portal_story_without_link_gets_a_tag_uri() -> None:
    uid = story_uid("portal", "monrose:1", None, authority="x.example", own=True)
    assert uid.startswith("tag:x.example,2025:story:")


@pytest.mark.parametrize(
    ("base", "authority"),
    [
        ("https://Feeds.Monrose.de/", "feeds.monrose.de"),
        ("http://127.0.0.1:8080/", "feedhub.localhost"),
        ("http://[::1]:8080/", "feedhub.localhost"),
        ("", "feedhub.localhost"),
    ],
)
def test_tag_authority(base: str, authority: str) -> None:
    assert tag_authority(base) == authority


# --- AMP, mobile and feed forms of a page -------------------------------------------------

_PREFIX_LABELS = frozenset({"www", "m", "mobile", "amp"})
_site_label = _label.filter(lambda s: s.lower() not in _PREFIX_LABELS)
_bare_hosts = st.builds(
    lambda labels, tld: ".".join(labels) + "." + tld,
    st.lists(_site_label, min_size=1, max_size=3),
    st.sampled_from(["de", "com", "net"]),
)
_segment = st.from_regex(r"[a-z0-9äöü][a-z0-9äöü-]{0,12}", fullmatch=True).filter(
    lambda s: s != "amp" and not s.endswith("-rss")
)
_page_params = st.lists(
    st.tuples(
        st.from_regex(r"[a-z]{1,6}", fullmatch=True).filter(
            lambda n: n not in ("amp", "outputtype") and not is_tracking(n)
        ),
        st.from_regex(r"[a-z0-9]{0,6}", fullmatch=True),
    ),
    max_size=2,
)


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, str, list[str], str, list[tuple[str, str]]]:
    """(scheme, bare host, path segments, ending, query) of a plain article URL."""
    scheme = draw(st.sampled_from(["http", "https"]))
    host = draw(_bare_hosts)
    segments = draw(st.lists(_segment, min_size=1, max_size=4))
    ending = draw(st.sampled_from([".html", ".htm", "", "/"]))
    return scheme, host, segments, ending, draw(_page_params)


def _url(
    scheme: str, host: str, segments: list[str], ending: str, query: list[tuple[str, str]]
) -> str:
    path = "/" + "/".join(segments) + ending
    return f"{scheme}://{host}{quote(path)}" + (f"?{urlencode(query)}" if query else "")


@settings(max_examples=300, deadline=None)
@given(page=_pages(), data=st.data())
def test_url_key_folds_amp_mobile_and_feed_forms_onto_the_page(
    page: tuple[str, str, list[str], str, list[tuple[str, str]]], data: st.DataObject
) -> None:
    scheme, host, segments, ending, query = page
    plain_host = data.draw(st.sampled_from([host, "www." + host]))
    plain = url_key(_url(scheme, plain_host, segments, ending, query))
    # one or more of the forms a feed or an aggregator links to
    forms = data.draw(st.sets(st.sampled_from(["host", "amp_path", "suffix", "param"]), min_size=1))
    host2, segments2, ending2, query2 = host, list(segments), ending, list(query)
    if "host" in forms:
        host2 = data.draw(st.sampled_from(["amp.", "m.", "mobile.", "www."])) + host
    if "amp_path" in forms:
        # a segment of its own: before the file name, or last in a directory-style path
        last = len(segments2) - 1 if ending in (".html", ".htm") else len(segments2)
        segments2.insert(data.draw(st.integers(0, last)), "amp")
    if "suffix" in forms and ending in (".html", ".htm"):
        ending2 = data.draw(st.sampled_from([".amp", "-rss"])) + ending
    if "param" in forms:
        amp = data.draw(st.sampled_from([("amp", ""), ("amp", "1"), ("outputType", "amp")]))
        query2.insert(data.draw(st.integers(0, len(query2))), amp)
    variant = _url(data.draw(st.sampled_from(["http", "https"])), host2, segments2, ending2, query2)
    assert url_key(variant) == plain, variant


@pytest.mark.parametrize(
    "variant",
    [
        "https://amp.monrose.de/politik/gipfel-499244.html",
        "https://m.monrose.de/politik/gipfel-499244.html",
        "http://www.monrose.de/amp/politik/gipfel-499244.html",
        "https://www.monrose.de/politik/amp/gipfel-499244.html",
        "https://www.monrose.de/politik/gipfel-499244.amp.html",
        "https://www.monrose.de/politik/gipfel-499244-rss.html",
        "https://www.monrose.de/politik/gipfel-499244.html?amp",
        "https://www.monrose.de/politik/gipfel-499244.html?outputType=amp&utm_source=x#ref=rss",
        "https://m.monrose.de/amp/politik/gipfel-499244.amp.html?amp=1",
    ],
)
def test_url_key_amp_and_mobile_examples(variant: str) -> None:
    assert url_key(variant) == url_key("https://www.monrose.de/politik/gipfel-499244.html")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://ex.de/politik/ampel-koalition.html", "https://ex.de/politik/koalition.html"),
        ("https://ex.de/a.html?id=1", "https://ex.de/a.html?id=1&page=2"),
        ("https://amp.de/a.html", "https://de/a.html"),  # a two-label host is not a prefix
    ],
)
def test_url_key_folding_keeps_other_pages_apart(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


@settings(max_examples=300, deadline=None)
@given(page=_pages(), prefix=st.sampled_from(["", "www.", "m.", "amp.", "mobile."]))
def test_url_key_is_idempotent_on_canonical_urls(
    page: tuple[str, str, list[str], str, list[tuple[str, str]]], prefix: str
) -> None:
    scheme, host, segments, ending, query = page
    canonical = canonical_url(_url(scheme, prefix + host, segments, ending, query))
    assert canonical_url(canonical) == canonical
    key = url_key(canonical)
    assert url_key(key) == key  # a key is a scheme-relative URL and its own key
    assert url_key("https:" + key) == url_key("http:" + key) == key
    assert url_key(canonical_url("https:" + key)) == key
