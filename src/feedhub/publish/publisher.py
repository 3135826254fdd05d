"""Rendering feeds and storing them: after an update, the feeds whose stories changed
(pipeline.publish_sections); a tag's, author's, source's, topic's or story's feed when a
reader first asks for it (publish.app).

Which feeds are rendered:
- section feeds, the all-sections feed and the top stories: on every publish that
  concerns them (the top stories on every publish: any change may re-rank them);
- tag, author, source and story feeds (feeds.py): once asked for, then on every publish
  that changes one of their stories. A store holds thousands of tags and stories, most of
  which nobody reads; the first request renders the one document asked for (the
  subscription feed with all its formats, or one archive page) in the web process, later
  ones are served from the store like any feed. A feed key that names no stored facet or
  story renders nothing (404): a request for an unknown key costs two indexed lookups
  (its document, its facet) and never waits for a publish.

Each render that fails is logged and recorded against its document (shown on /status);
its last good rendering stays served. Pages are numbered by position in the feed's whole
order, counting the stories retention deleted (pages.page_plan): an archive page whose
stories all went is neither rendered nor stored (feedhub.retention deletes its document).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime

from feedhub import feeds
from feedhub.db.repo import Repository
from feedhub.feeds import ALL
from feedhub.feeds import TOP
from feedhub.feeds import FeedKey
from feedhub.models import FeedDocument
from feedhub.models import Settings
from feedhub.models import Story
from feedhub.publish import pages
from feedhub.publish import render

logger = logging.getLogger(__name__)

MAX_RELATED = 50  # related stories a story's feed lists, at most


@dataclass(slots=True)
class Published:
    changed: int = 0  # documents stored (their bytes changed)
    topics: list[str] = field(default_factory=list)  # subscription feeds changed (WebSub)


def publish(
    repo: Repository,
    settings: Settings,
    keys: Iterable[str],
    now: datetime,
    *,
    all_archives: bool = False,
    oldest_pages: bool = False,
) -> Published:
    """Render the feeds named by `keys` (feed keys; a section no longer configured is
    left out), the all-sections feed and the top stories; store the documents that
    changed. Facet and story feeds are rendered only when rendered before (asked for).
    Every archive page is re-rendered when `all_archives`, else the newest
    pages.ARCHIVES_REFRESHED of each feed, or with `oldest_pages` (after retention deleted
    stories) the oldest archive page left of each instead."""
    wanted = set(keys)
    sections = {s.slug for s in settings.sections}
    targets = sorted(wanted & sections) + [ALL, TOP]
    read = [
        k
        for k in wanted
        if (p := feeds.parse(k)) is not None and p.kind in feeds.KINDS and p.page is None
    ]
    targets += sorted(repo.rendered(read)) if read else []
    done = Published()
    with repo.publishing():  # in turn with other processes: the latest rendering wins
        for target in targets:
            key = feeds.parse(target)
            assert key is not None
            _publish_feed(
                repo, settings, key, now, done, all_archives=all_archives, oldest=oldest_pages
            )
    return done


def publish_on_demand(repo: Repository, settings: Settings, key: FeedKey, now: datetime) -> bool:
    """Render and store a facet's or story's feed, or one archive page of a facet feed,
    asked for before it was ever rendered. False when there is no such feed or page."""
    if key.kind not in feeds.KINDS:
        return False
    # is there such a feed? asked before the lock: a 404 never waits for a publish
    if key.kind == feeds.STORY:
        story = repo.story(int(key.value))
        if story is None or story.withdrawn is not None:
            return False
    elif repo.facet_label(key.feed) is None:
        return False
    done = Published()
    with repo.publishing():
        return _publish_feed(repo, settings, key, now, done, all_archives=True, on_demand=True)


def _publish_feed(
    repo: Repository,
    settings: Settings,
    key: FeedKey,
    now: datetime,
    done: Published,
    *,
    all_archives: bool,
    oldest: bool = False,
    on_demand: bool = False,
) -> bool:
    """Render a feed's documents into `done` (`on_demand`: only the document `key` names,
    the subscription document or one archive page); False when the feed has no stories
    to show or the page does not exist."""
    size = settings.service.feed_size
    feed = key.feed
    if key.kind == feeds.STORY:
        story = repo.story(int(key.value))
        if story is None or story.withdrawn is not None:
            repo.delete_documents(feed)  # merged away or withdrawn: 404 from now on
            return False
        info = pages.feed_info(settings, feed, story.representative.article.title)
        plan = [(pages.Page(info, 0, None), _story_entries(repo, story))]
    elif key.kind == TOP:
        ranked = repo.top_stories(now - feeds.TOP_WINDOW, size)
        info = pages.feed_info(settings, feed)
        plan = [(pages.Page(info, 0, None), [story for story, _sources in ranked])]
    else:
        label = repo.facet_label(feed) if key.facet else ""
        if label is None:
            return False
        info = pages.feed_info(settings, feed, label)
        pruned, count = repo.feed_extent(key)
        planned = pages.page_plan(
            info, count, size, all_archives=all_archives, pruned=pruned, oldest=oldest
        )
        if on_demand:  # the one document asked for: its archive pages when asked for
            planned = [p for p in planned if p.info.page == key.page]
            if not planned:
                return False
        paged = replace(key, page=None)
        plan = []
        for p in planned:
            found = repo.feed_page(paged, p.offset, p.limit)
            if found is not None:  # (None: a prune emptied the page meanwhile)
                plan.append((p, found))
        if on_demand and not plan:
            return False
    for page, stories in plan:
        for fmt in (*render.FORMATS, render.BROWSER):
            doc = _render(repo, page.info, stories, fmt)
            if doc is not None and repo.save_document(doc):
                done.changed += 1
                if page.info.page is None and fmt in render.FORMATS:
                    done.topics.append(page.info.url(fmt))
    return True


def _story_entries(repo: Repository, story: Story) -> list[Story]:
    """A story's feed: each of its versions as an entry of its own, and its related
    stories, newest first."""
    entries = [
        Story(
            id=story.id,
            uid=f"{story.uid}#version-{v.id}",
            section=story.section,
            representative=v,
            versions=(),
            published=v.article.published or v.first_seen,
            updated=max(v.article.updated or v.first_seen, v.first_seen),
        )
        for v in (story.representative, *story.versions)
    ]
    for related in story.related[:MAX_RELATED]:
        other_id = repo.story_id_by_uid(related.uid)
        other = repo.story(other_id) if other_id is not None else None
        if other is not None:
            entries.append(other)
    return sorted(entries, key=lambda s: (s.published, s.id, s.uid), reverse=True)


def _render(
    repo: Repository, info: render.FeedInfo, stories: list[Story], fmt: str
) -> FeedDocument | None:
    """One document; None when it cannot be rendered (logged and recorded against the
    document, whose last good rendering stays served). Entries left out are logged."""
    try:
        doc = render.render(info, stories, fmt)
    except (ValueError, TypeError) as e:
        problem = f"not rendered: {type(e).__name__}: {e}"
        logger.error("render failed feed=%s format=%s: %s", info.key, fmt, problem)
        repo.note_render_failure(info.key, fmt, problem)
        return None
    for problem in doc.problems:
        logger.error("render problem feed=%s format=%s: %s", info.key, fmt, problem)
    return doc
