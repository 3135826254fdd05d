"""The dedup evaluation harness: the service's own path over a labelled article set.

Used by `feedhub cluster` (whose output the dedup test set's scorer reads), the dedup
tests and bench/dedup_scale.py. It builds a Runtime on the given database and calls the
same normalize_entry and pipeline.store_articles as a source update, one article at a
time at its publication time, so what it measures is what the service does.
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

from feedhub import normalize
from feedhub import pipeline
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import ServiceSettings
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime

DEFAULT_SECTIONS = (
    "politik",
    "welt",
    "wirtschaft",
    "technik",
    "sport",
    "kultur",
    "panorama",
    "wissenschaft",
)


def cluster_records(
    records: list[dict[str, object]], database_url: str
) -> tuple[list[list[str]], list[list[str]]]:
    """Run the service's own path (normalize, dedup, relate, store) over article records
    in the format of shared/data/dedup/articles.jsonl, in their order, each stored at its
    publication time. Returns (clusters of record ids, related pairs of record ids).

    The records' `story` field is never read.
    """
    source_ids = sorted({str(r["source"]) for r in records})
    sources = tuple(
        Source(
            sid,
            SourceKind.PORTAL if sid == "portal" else SourceKind.HTTP,
            sid,
            url=None if sid == "portal" else f"https://{sid}.invalid/feed",
            path="/dev/null" if sid == "portal" else None,
        )
        for sid in source_ids
    )
    settings = Settings(
        config_dir="",
        service=ServiceSettings(database_url=database_url),
        sections=tuple(Section(s, s.title()) for s in DEFAULT_SECTIONS),
        sources=sources,
    )
    rt = Runtime.open(settings)
    try:
        keys: dict[str, tuple[str, str]] = {}
        for r in records:
            source = settings.source(str(r["source"]))
            assert source is not None
            published = _iso(r.get("published"))
            raw = RawEntry(
                guid=_opt(r.get("guid")),
                link=_opt(r.get("url")),
                title=_opt(r.get("title")),
                title_is_html=False,
                summary=_opt(r.get("summary")),
                content=_opt(r.get("content_html")),
                published=published,
                updated=_iso(r.get("updated")),
                authors=tuple(str(a) for a in r.get("authors") or []),  # type: ignore[attr-defined]
                categories=(str(r["section"]),) if r.get("section") else (),
                language=_opt(r.get("language")),
            )
            feed = ParsedFeed(None, None, None, (raw,), "jsonl", raw.link or "https://invalid/")
            article = normalize.normalize_entry(raw, feed, source, settings.sections)
            pipeline.store_articles(rt, source, [article], published or pipeline.now_utc())
            keys[str(r["id"])] = (source.id, article.guid)
        story_of = rt.repo.story_ids(list(keys.values()))
        clusters: dict[int, list[str]] = {}
        for rid, key in keys.items():
            clusters.setdefault(story_of[key], []).append(rid)
        first = {sid: ids[0] for sid, ids in clusters.items()}
        related = [
            [first[a], first[b]] for a, b in rt.repo.story_link_pairs() if a in first and b in first
        ]
        return [ids for ids in clusters.values()], related
    finally:
        rt.close()


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _iso(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    return datetime.fromisoformat(value).astimezone(UTC)
