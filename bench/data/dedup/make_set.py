"""Build feedhub's own dedup evaluation set from the hand-written story families.

    python bench/data/dedup/make_set.py [--check]

Reads `stories/part_*.py` (FAMILIES, schema in README.md) and writes `articles.jsonl` and
`labels.json` next to this script, in the format of ../shared/data/dedup/ (so its
score.py scores both sets). Deterministic: the same families give the same files
(`--check` exits 1 if the files on disk differ from what would be written).

Per family, stories and articles:

    story KEY      original (the portal, or an outlet), an agency copy (dateline, last
                   paragraph cut), a ticker item (RSS 0.91: title and one sentence, no
                   GUID, the ticker page's URL with a fragment, published before the
                   report), an independent rewrite (another outlet), translations (en,
                   fr, it), a Swiss or Austrian print, and by turns an app-feed teaser
                   (mobile/AMP host, tracking parameters, summary only) or an update sent
                   as a separate item (new GUID, added paragraph)
    story KEY-f    the follow-up (with its agency copy): related to KEY, never merged
    story KEY-s    the sibling (with its agency copy): a different event that looks
                   alike: a hard negative of KEY, not related

Only the texts are hand-written; sources, URLs, GUIDs, times and the mechanical variants
are made here, from a seeded random generator.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import html
import json
import random
import re
import sys
import unicodedata
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20261203

# outlets by role; hosts end in .example (RFC 2606): none is a real site
PORTAL = ("portal", "store", "www.monrose.example", "monrose")
OUTLETS = [  # (source, feed format, host, style)
    ("rheinbote", "rss2", "www.rheinbote.example", "path-id"),
    ("nordkurier-online", "atom", "www.nordkurier-online.example", "urn"),
    ("tagesblick", "rss2", "www.tagesblick.example", "query-id"),
    ("elbe-zeitung", "jsonfeed", "www.elbe-zeitung.example", "path-id"),
    ("westfalen-echo", "rss1", "www.westfalen-echo.example", "path-id"),
]
AGENCY = ("agentur-wire", "atom", "www.agentur-wire.example", "Berlin (awp) - ")
TICKERS = [
    ("radio-eins-ticker", "rss091", "www.radio-eins.example", "/nachrichten/ticker.html"),
    ("antenne-sued-ticker", "rss091", "www.antenne-sued.example", "/news/live"),
]
TRANSLATORS = {
    "en": ("europe-wire-en", "rss2", "www.europewire.example", "/en/"),
    "fr": ("helvetica-info-fr", "rss2", "www.helvetica-info.example", "/fr/"),
    "it": ("helvetica-info-it", "rss2", "www.helvetica-info.example", "/it/"),
}
REGIONAL = {
    "de-CH": ("limmat-zeitung", "rss2", "www.limmat-zeitung.example"),
    "de-AT": ("donau-kurier-at", "atom", "www.donau-kurier.example"),
}
APP = ("nachrichten-app", "jsonfeed")
TRACKING = ["utm_source=app&utm_medium=feed", "wt_mc=app.feed", "at_medium=app&ref=feed"]


def load_families(folder: Path = HERE / "stories") -> list[dict[str, Any]]:
    families: list[dict[str, Any]] = []
    for path in sorted(folder.glob("part_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            if isinstance(node, ast.Assign) and names == ["FAMILIES"]:
                families += ast.literal_eval(node.value)
    keys = [f["key"] for f in families]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate family keys")
    return families


def slug(title: str) -> str:
    s = unicodedata.normalize("NFKD", title.lower().replace("ß", "ss"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


def digest(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()


def paragraphs(body: list[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)


def iso(when: datetime, zone: timezone | None) -> str:
    local = when.astimezone(zone or when.tzinfo)
    text = local.isoformat()
    return text.replace("+00:00", "Z") if zone is UTC else text


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.articles: list[dict[str, Any]] = []
        self.stories: dict[str, dict[str, Any]] = {}
        self.related: list[list[str]] = []
        self.hard: list[list[str]] = []
        self.ticker_no = 0

    def add(
        self,
        story: str,
        variants: list[str],
        *,
        source: str,
        fmt: str,
        url: str,
        guid: str | None,
        title: str,
        summary: str,
        body: list[str] | None,
        when: datetime,
        language: str,
        section: str,
        zone: timezone | None = None,
        updated: datetime | None = None,
        authors: list[str] | None = None,
    ) -> None:
        if fmt == "atom" and updated is None:
            updated = when
        self.articles.append(
            {
                "id": "",
                "story": story,
                "source": source,
                "feed_format": fmt,
                "url": url,
                "guid": guid,
                "title": title,
                "summary": summary,
                "content_html": paragraphs(body) if body else "",
                "published": iso(when, zone),
                "updated": iso(updated, zone) if updated else None,
                "language": language,
                "section": section,
                "authors": authors or [],
                "_variants": variants,
                "_at": when,
            }
        )

    def outlet_url(
        self, outlet: tuple[str, str, str, str], section: str, title: str
    ) -> tuple[str, str]:
        source, _, host, style = outlet
        n = self.rng.randrange(10**6, 10**7)
        path = f"https://{host}/{section}/{slug(title)}"
        if style == "path-id":
            return f"{path}-{n}.html", f"{path}-{n}.html"
        if style == "query-id":
            return f"https://{host}/artikel?id={n}", f"{source}-{n}"
        return f"{path}.{n}", f"urn:{source}:article:{n}"

    def story(self, key: str, title: str, section: str) -> None:
        # ("kind" is set by finish(), from the number of articles)
        self.stories[key] = {"title": title, "kind": "", "genre": "report", "section": section}

    def agency_copy(
        self,
        story: str,
        variants: list[str],
        text: dict[str, Any],
        body: list[str],
        base: datetime,
        minutes: tuple[int, int],
        section: str,
        *,
        before: bool = False,
    ) -> None:
        """The agency's copy of `text` (its title and lead, `body`), sent `minutes`
        after (or `before`) `base`."""
        n = self.rng.randrange(10**5, 10**6)
        offset = timedelta(minutes=self.rng.randint(*minutes))
        self.add(
            story,
            variants,
            source=AGENCY[0],
            fmt=AGENCY[1],
            url=f"https://{AGENCY[2]}/meldung/{base:%y%m%d}-99-{n}",
            guid=f"urn:awp:{base:%Y%m%d}:{n}",
            title=text["title"],
            summary=text["lead"],
            body=body,
            when=base - offset if before else base + offset,
            language="de",
            section=section,
            zone=UTC,
            authors=["awp"],
        )

    def family(self, f: dict[str, Any], index: int) -> None:
        rng = self.rng
        key, section = f["key"], f["section"]
        t0 = datetime.fromisoformat(f["time"])
        zone = t0.tzinfo
        assert isinstance(zone, timezone)
        o = f["original"]
        own = index % 3 != 2  # two in three originals are the portal's own
        self.story(key, o["title"], section)

        if own:
            url = f"https://{PORTAL[2]}/{section}/{slug(o['title'])}-{digest(key)[:8]}.html"
            first_source, first_fmt, guid = "portal", "store", url
        else:
            outlet = OUTLETS[index % len(OUTLETS)]
            url, guid = self.outlet_url(outlet, section, o["title"])
            first_source, first_fmt = outlet[0], outlet[1]
        self.add(
            key,
            ["original"],
            source=first_source,
            fmt=first_fmt,
            url=url,
            guid=guid,
            title=o["title"],
            summary=o["lead"],
            body=o["body"],
            when=t0,
            language="de",
            section=section,
            zone=zone,
        )
        original_url, original_guid = url, guid

        # the agency copy: dateline, the last paragraph cut
        body = [_dateline(f) + o["body"][0], *o["body"][1:]]
        if len(body) > 2:
            body = body[:-1]
        self.agency_copy(key, ["syndicated", "agency_short"], o, body, t0, (-50, 90), section)

        # the ticker: before the report, no GUID, the ticker page with a fragment
        tick = TICKERS[index % len(TICKERS)]
        self.ticker_no += 1
        self.add(
            key,
            ["summary_only", "headline_edit", "ticker"],
            source=tick[0],
            fmt=tick[1],
            url=f"https://{tick[2]}{tick[3]}#t{self.ticker_no:04d}",
            guid=None,
            title=f["ticker"]["title"],
            summary=f["ticker"]["text"],
            body=None,
            when=t0 - timedelta(minutes=rng.randint(10, 40)),
            language="de",
            section=section,
            zone=zone,
        )

        # the independent rewrite
        r = f["rewrite"]
        outlet = OUTLETS[(index + 2) % len(OUTLETS)]
        url, guid = self.outlet_url(outlet, section, r["title"])
        self.add(
            key,
            ["independent", "headline_edit"],
            source=outlet[0],
            fmt=outlet[1],
            url=url,
            guid=guid,
            title=r["title"],
            summary=r["lead"],
            body=r["body"],
            when=t0 + timedelta(minutes=rng.randint(30, 300)),
            language="de",
            section=section,
            zone=zone,
        )

        for lang, tr in sorted(f["translations"].items()):
            source, fmt, host, prefix = TRANSLATORS[lang]
            n = rng.randrange(10**7, 10**8)
            self.add(
                key,
                ["translation"],
                source=source,
                fmt=fmt,
                url=f"https://{host}{prefix}{section}/{slug(tr['title'])}/a-{n}",
                guid=f"{source}-{n}",
                title=tr["title"],
                summary=tr["lead"],
                body=tr["body"],
                when=t0 + timedelta(minutes=rng.randint(60, 480)),
                language=lang,
                section=section,
                zone=UTC,
            )

        if "regional" in f:
            reg = f["regional"]
            source, fmt, host = REGIONAL[reg["variant"]]
            n = rng.randrange(10**6, 10**7)
            self.add(
                key,
                ["regional", "headline_edit", "agency_short"],
                source=source,
                fmt=fmt,
                url=f"https://{host}/{section}/{slug(reg['title'])}-ld.{n}",
                guid=f"{source}:{n}",
                title=reg["title"],
                summary=reg["lead"],
                body=reg["body"],
                when=t0 + timedelta(minutes=rng.randint(20, 240)),
                language=reg["variant"],
                section=section,
                zone=zone,
            )

        if index % 2 == 0:  # an app feed's teaser: the original's URL, mobile or AMP, tracked
            mobile = re.sub(
                r"^https://www\.", rng.choice(["https://m.", "https://amp."]), original_url
            )
            n = rng.randrange(10**8, 10**9)
            self.add(
                key,
                ["amp_mobile", "tracking_params", "summary_only", "new_guid"],
                source=APP[0],
                fmt=APP[1],
                url=mobile + ("&" if "?" in mobile else "?") + rng.choice(TRACKING),
                guid=f"app-{n}",
                title=o["title"],
                summary=o["lead"],
                body=None,
                when=t0 + timedelta(minutes=rng.randint(5, 120)),
                language="de",
                section=section,
                zone=UTC,
            )
        else:  # the original's source sends an update as a separate item
            later = t0 + timedelta(minutes=rng.randint(90, 360))
            note = (
                f"Update, {later.astimezone(zone):%H.%M} Uhr: Dieser Beitrag wurde um weitere "
                "Angaben ergänzt."
            )
            self.add(
                key,
                ["update", "new_guid"],
                source=first_source,
                fmt=first_fmt,
                url=original_url,
                guid=f"{original_guid}#update",
                title=o["title"] + " – Update",
                summary=o["lead"],
                body=[*o["body"], note],
                when=later,
                language="de",
                section=section,
                zone=zone,
            )

        if "follow_up" in f:
            fu = f["follow_up"]
            fkey = f"{key}-f"
            self.story(fkey, fu["title"], section)
            when = t0 + timedelta(days=fu["days"])
            url = f"https://{PORTAL[2]}/{section}/{slug(fu['title'])}-{digest(fkey)[:8]}.html"
            self.add(
                fkey,
                ["original"],
                source="portal",
                fmt="store",
                url=url,
                guid=url,
                title=fu["title"],
                summary=fu["lead"],
                body=fu["body"],
                when=when,
                language="de",
                section=section,
                zone=zone,
            )
            body = [_dateline(f) + fu["body"][0], *fu["body"][1:]]
            self.agency_copy(fkey, ["syndicated"], fu, body, when, (5, 60), section, before=True)
            kind = "explicit reference" if fu.get("refers") else "follow-up"
            self.related.append([key, fkey, f"{kind}: {fu['title']}"])
            self.hard.append([key, fkey, "follow-up: a later development, not the same story"])

        s = f["sibling"]
        skey = f"{key}-s"
        self.story(skey, s["title"], section)
        when = t0 + timedelta(days=s["days"], minutes=rng.randint(-90, 90))
        outlet = OUTLETS[(index + 1) % len(OUTLETS)]
        url, guid = self.outlet_url(outlet, section, s["title"])
        self.add(
            skey,
            ["original"],
            source=outlet[0],
            fmt=outlet[1],
            url=url,
            guid=guid,
            title=s["title"],
            summary=s["lead"],
            body=s["body"],
            when=when,
            language="de",
            section=section,
            zone=zone,
        )
        self.agency_copy(skey, ["syndicated"], s, s["body"], when, (-40, 40), section)
        self.hard.append([key, skey, s["why"]])

    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        self.articles.sort(key=lambda a: (a["_at"], a["source"], a["url"]))
        for i, a in enumerate(self.articles, start=1):
            a["id"] = f"o{i:04d}"
        for sid, story in self.stories.items():
            mine = [a for a in self.articles if a["story"] == sid]
            story["articles"] = [a["id"] for a in mine]
            story["variants"] = {a["id"]: a["_variants"] for a in mine}
            story["kind"] = "cluster" if len(mine) > 1 else "singleton"
        for a in self.articles:
            del a["_variants"], a["_at"]
        labels = {"stories": self.stories, "related": self.related, "hard_negatives": self.hard}
        return self.articles, labels


_PLACE = re.compile(r"\b(?:in|In|aus|nach)\s+([A-ZÄÖÜ][a-zäöüß]+(?:\s[A-ZÄÖÜ][a-zäöüß]+)?)")


def _dateline(f: dict[str, Any]) -> str:
    """The agency's dateline: the place of the first "in X" of the original, else Berlin."""
    m = _PLACE.search(" ".join(f["original"]["body"]))
    return AGENCY[3].replace("Berlin", m.group(1) if m else "Berlin")


def build(families: list[dict[str, Any]]) -> tuple[str, str]:
    b = Builder()
    for i, f in enumerate(families):
        b.family(f, i)
    articles, labels = b.finish()
    jsonl = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    return jsonl, json.dumps(labels, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = ap.parse_args(argv)
    jsonl, labels = build(load_families())
    paths = {HERE / "articles.jsonl": jsonl, HERE / "labels.json": labels}
    if args.check:
        stale = [
            p.name
            for p, text in paths.items()
            if not p.is_file() or p.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"out of date: {', '.join(stale)} (run make_set.py)", file=sys.stderr)
            return 1
        return 0
    for p, text in paths.items():
        p.write_text(text, encoding="utf-8")
    n = jsonl.count("\n")
    print(f"{n} articles, {len(json.loads(labels)['stories'])} stories -> {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
