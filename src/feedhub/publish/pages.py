"""Which feeds a section publishes and what each says about itself (pure).

Titles: a section's feed is "<service title> – <section title>" in the section's
language; the all-sections feed (slug ALL) is "<service title> – Alle Ressorts" in the
service's language. Every feed names the configured sources and WebSub hubs.

Paging (RFC 5005 archived feeds): a section's stories, in the order they were first
seen, are cut into pages of `feed_size`. Every complete page but the newest is an
archive page with a fixed URL; the subscription feed holds the newest complete page and
the incomplete rest (feed_size to 2*feed_size-1 stories) and links prev-archive. So the
subscription feed and its archives hold every story exactly once. New stories only
change the subscription feed and, when a page fills up, add an archive page; the newest
ARCHIVES_REFRESHED archive pages are re-rendered on every publish (a late update of an
older story reaches its page on `feedhub publish`, which renders them all). Retention
deletes the oldest stories (feedhub.retention); pages keep their numbers, those emptied
are gone and the oldest left starts the prev-archive chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace

from feedhub import feeds
from feedhub.feeds import ALL as ALL
from feedhub.models import Settings
from feedhub.models import SourceKind
from feedhub.publish.feedinfo import FeedInfo
from feedhub.publish.feedinfo import SourceRef

ARCHIVES_REFRESHED = 2


@dataclass(frozen=True, slots=True)
class Page:
    """One document to render: its feed info (page None: the subscription feed) and its
    slice of the section's stories in first-seen order (limit None: to the end)."""

    info: FeedInfo
    offset: int
    limit: int | None


def feed_info(settings: Settings, slug: str, label: str = "") -> FeedInfo:
    """The subscription feed's info for a feed key (feeds.py): a configured section's
    slug, ALL, TOP, a facet's or a story's key; `label`: the facet's name as a source
    wrote it, or the story's title."""
    svc = settings.service
    sources = {
        s.id: SourceRef(s.public_name or s.name, s.url, own=s.kind is SourceKind.PORTAL)
        for s in settings.sources
    }
    key = feeds.parse(slug)
    assert key is not None and key.page is None, slug
    language = svc.language
    if key.kind == ALL:
        title, description = f"{svc.title} – Alle Ressorts", f"Alle Meldungen von {svc.title}"
    elif key.kind == "section":
        section = settings.section(slug)
        assert section is not None
        title, description = f"{svc.title} – {section.title}", section.description
        language = section.language
    elif key.kind == feeds.TOP:
        hours = int(feeds.TOP_WINDOW.total_seconds() // 3600)
        title = f"{svc.title} – Top-Themen"
        description = (
            f"Die Geschichten der letzten {hours} Stunden, nach der Zahl der Quellen,"
            " die über sie berichten"
        )
    elif key.kind == "tag":
        title, description = f"{svc.title} – Thema: {label}", f"Meldungen zum Thema {label}"
    elif key.kind == "author":
        title, description = f"{svc.title} – {label}", f"Meldungen von {label}"
    elif key.kind == "topic":
        topic = settings.topic(key.value)
        name = topic.title if topic is not None else label
        title, description = f"{svc.title} – {name}", f"Meldungen zum Thema {name}"
    elif key.kind == "source":
        name = sources[key.value].name if key.value in sources else label
        title, description = f"{svc.title} – Quelle: {name}", f"Meldungen aus {name}"
    else:  # a story
        title = f"{svc.title} – {label}"
        description = f"Alle Versionen und verwandte Meldungen: {label}"
    return FeedInfo(
        slug,
        title,
        description,
        language,
        svc.base_url,
        sources,
        hubs=svc.websub_hubs,
        complete=not key.paged,
        timezone=svc.timezone,
    )


def page_plan(
    info: FeedInfo,
    stories: int,
    size: int,
    *,
    all_archives: bool,
    pruned: int = 0,
    oldest: bool = False,
) -> list[Page]:
    """The pages to render for a feed of `stories` stories in pages of `size`: the
    subscription feed first, then the archive pages refreshed (every one when
    `all_archives`, else the newest ARCHIVES_REFRESHED), oldest first. A complete feed
    (top, story) is one document of every story.

    `pruned`: how many of the feed's oldest stories retention deleted (counted in
    `stories`). Pages keep their numbers and stories their pages: page n is positions
    n*size to (n+1)*size-1 of the whole order. A page whose every story went is not
    planned (it answers 404), and the oldest page left links no prev-archive. `oldest`:
    the pages a prune changes instead of the newest archive pages: the subscription feed
    and the oldest archive page left (fewer entries, no prev-archive link now)."""
    if info.complete:
        return [Page(info, 0, None)]
    archives = max(stories // size - 1, 0)
    first = min(pruned // size, archives)  # the oldest page with a story left
    newest = archives - 1 if archives > first else None
    pages = [Page(replace(info, prev_page=newest), archives * size, None)]
    if oldest and not all_archives:
        numbers = range(first, min(first + 1, archives))
    else:
        numbers = range(
            first if all_archives else max(archives - ARCHIVES_REFRESHED, first), archives
        )
    for page in numbers:
        paged = replace(
            info,
            page=page,
            prev_page=page - 1 if page > first else None,
            next_page=page + 1 if page + 1 < archives else None,
        )
        pages.append(Page(paged, page * size, size))
    return pages
