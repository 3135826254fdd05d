"""Do not parse what is known: a feed document split into its items, each with a digest,
so that a poll gives feedparser only the items that are new or changed.

In the steady state a changed feed repeats most of its items (one new on top, the rest
as they were). feedparser stays the parser of record: `split()` reads the document with
lxml (C, about a tenth of feedparser's time), takes out the items (RSS 2.0 `<item>`, RSS
1.0 `<item>`, Atom `<entry>`) and gives each a digest of its bytes and of everything
around them (channel or feed elements, namespaces, xml:base, language: what feedparser
lets an entry inherit). `Split.without(known)` is the document with only the items whose
digest is not in `known`, serialised again as UTF-8, for feedparser. A document lxml cannot
read (not well-formed, HTML, JSON) or one with a DOCTYPE (its entities would not survive
the round trip) is not split: feedparser reads it whole, as before.

`KnownItems` remembers, per source, the digests of the last poll that was stored in
full (in this process only: after a restart, or on another worker, the first poll parses
everything again). tests/test_items.py checks on the whole third-party corpus that
feedparser reads an item of a reduced document as it reads it in the whole one.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from feedhub.models import Source

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
MIN_ITEMS = 2  # a document of fewer items is parsed whole: nothing to save

# no DTD loading, no network, no entity expansion (an entity bomb stays a reference)
_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    strip_cdata=False,
    remove_comments=False,
    remove_pis=False,
)


@dataclass(frozen=True, slots=True)
class Split:
    """A document taken apart: its tree without the items, the items and their digests."""

    tree: etree._ElementTree
    parent: etree._Element
    items: tuple[etree._Element, ...]
    digests: tuple[str, ...]
    encoding: str  # as lxml read the document (its declaration, BOM or UTF-8)

    def without(self, known: frozenset[str]) -> bytes | None:
        """The document with only the items not in `known`, or None when none is known
        (the original bytes are then read as they are)."""
        if not any(d in known for d in self.digests):
            return None
        for item, digest in zip(self.items, self.digests, strict=True):
            if digest not in known:
                self.parent.append(item)
        try:
            return bytes(etree.tostring(self.tree, xml_declaration=True, encoding="utf-8"))
        finally:
            for item in self.items:
                if item.getparent() is not None:
                    self.parent.remove(item)


def split(content: bytes, *, max_items: int) -> Split | None:
    """The items of an RSS or Atom document and their digests, or None when the document
    is not one lxml can read, or has fewer than MIN_ITEMS items or more than `max_items`
    (a poll takes at most that many and reads the document whole again next time)."""
    try:
        root = etree.fromstring(content, _PARSER)
    except (etree.LxmlError, ValueError):
        return None
    if root is None or root.getroottree().docinfo.doctype:
        return None  # a DOCTYPE (entities, RSS 0.91's HTML ones): feedparser reads it whole
    parent = root
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        parent, tag = channel, "item"
    elif root.tag == f"{_RDF}RDF":
        tag = f"{_RSS1}item"
    elif root.tag == f"{_ATOM}feed":
        tag = f"{_ATOM}entry"
    else:
        return None
    items = tuple(parent.iterchildren(tag))
    if not MIN_ITEMS <= len(items) <= max_items:
        return None
    item_bytes = [etree.tostring(item, with_tail=False) for item in items]
    for item in items:
        parent.remove(item)
    tree = root.getroottree()
    around = hashlib.sha256(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
    digests = []
    for raw in item_bytes:
        h = around.copy()
        h.update(raw)
        digests.append(h.hexdigest()[:32])
    return Split(tree, parent, items, tuple(digests), tree.docinfo.encoding or "utf-8")


def same_charset(headers: Mapping[str, str], encoding: str) -> bool:
    """Would feedparser decode the whole document as lxml did (`encoding`)? It lets an
    HTTP charset win over the document's declaration, and takes text/* without one as
    US-ASCII (RFC 3023); when not, the document is read whole, as before."""
    media, _, params = headers.get("content-type", "").lower().partition(";")
    charset = next(
        (
            v.strip().strip('"')
            for k, _, v in (p.partition("=") for p in params.split(";"))
            if k.strip() == "charset"
        ),
        None,
    )
    if charset is None:
        return not media.strip().startswith("text/")
    return charset.replace("_", "-") == encoding.lower().replace("_", "-")


class KnownItems:
    """Per source, the item digests of its last poll stored in full (this process), kept
    with the source's configuration: an edit of it (a section, a category map) makes the
    next poll read every item again."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Source, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def get(self, source: Source) -> frozenset[str]:
        with self._lock:
            found = self._known.get(source.id)
        if found is None or found[0] != source:
            return frozenset()
        return found[1]

    def remember(self, source: Source, digests: tuple[str, ...]) -> None:
        with self._lock:
            self._known[source.id] = (source, frozenset(digests))

    def forget(self, source: Source) -> None:
        with self._lock:
            self._known.pop(source.id, None)
