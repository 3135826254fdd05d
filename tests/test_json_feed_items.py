"""JSON Feed items with fields of the wrong type: the field is ignored with a warning
naming it and the item kept; an item with nothing usable left is dropped; the other items
are always kept. Through parse_feed and through the pipeline on an HTTP source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import Enclosure
from feedhub.models import ParsedFeed
from feedhub.runtime import Runtime
from feedhub.sources.parse import parse_feed
from tests.conftest import NOW
from tests.conftest import FeedServer
from tests.conftest import write_config

VERSION = "https://jsonfeed.org/version/1.1"


def feed(*items: object, **top: object) -> bytes:
    return json.dumps({"version": VERSION, "title": "Agentur", **top, "items": items}).encode()


def parse(content: bytes) -> ParsedFeed:
    return parse_feed(
        content,
        {"content-type": "application/feed+json"},
        "https://ex.org/f.json",
        source_id="wire",
    )


def good(n: int) -> dict[str, object]:
    return {"id": f"g{n}", "url": f"https://ex.org/{n}", "title": f"Meldung {n}"}


def test_several_wrong_typed_fields_are_ignored_by_name_and_every_item_is_kept() -> None:
    wrong = {
        **good(2),
        "tags": 5,
        "authors": "x",
        "attachments": {},
        "date_published": 5,
        "summary": {},
        "image": 7,
        "language": 1,
    }
    mixed = {
        "id": "g3",
        "url": "https://ex.org/3",
        "title": [],
        "content_html": "<p>Drei</p>",
        "tags": ["Politik", 5, "abc"],
        "author": {"name": 3},
        "attachments": [5, {"url": 3}, {"url": "https://ex.org/a.mp3", "size_in_bytes": "viel"}],
    }
    parsed = parse(feed(good(1), wrong, mixed, good(4), authors=[{"name": "Redaktion"}]))

    assert [e.guid for e in parsed.entries] == ["g1", "g2", "g3", "g4"]
    second, third = parsed.entries[1], parsed.entries[2]
    assert second.title == "Meldung 2" and second.link == "https://ex.org/2"
    assert second.categories == ()
    assert second.authors == ("Redaktion",)  # the feed's, as for an item without authors
    assert second.published is None and second.summary is None and second.language is None
    assert second.enclosures == ()
    assert third.title is None and third.content == "<p>Drei</p>"
    assert third.categories == ("Politik", "abc")
    assert third.enclosures == (Enclosure("https://ex.org/a.mp3"),)
    assert set(parsed.entry_errors) == {
        "item 2: field 'tags': expected an array of strings, got a number; ignored",
        "item 2: field 'authors': expected an array of objects, got a string; ignored",
        "item 2: field 'attachments': expected an array of objects, got an object; ignored",
        "item 2: field 'date_published': expected an RFC 3339 date-time string, got a number; ignored",
        "item 2: field 'summary': expected a string, got an object; ignored",
        "item 2: field 'image': expected a string, got a number; ignored",
        "item 2: field 'language': expected a string, got a number; ignored",
        "item 3: field 'title': expected a string, got an array; ignored",
        "item 3: field 'tags[1]': expected a string, got a number; ignored",
        "item 3: field 'author.name': expected a string, got a number; ignored",
        "item 3: field 'attachments[0]': expected an object, got a number; ignored",
        "item 3: field 'attachments[1].url': expected a string, got a number; ignored",
        "item 3: field 'attachments[2].size_in_bytes': expected a whole number, got a string; ignored",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("tags", 5),
        ("tags", "Politik"),  # a string is not an array of one-letter tags
        ("tags", {"Politik": 1}),
        ("authors", "x"),
        ("author", "x"),
        ("attachments", 5),
        ("attachments", "https://ex.org/a.mp3"),
        ("date_published", 5),
        ("date_modified", []),
        ("title", []),
        ("summary", 1),
        ("content_html", ["<p>x</p>"]),
        ("content_text", 5),
        ("image", 7),
        ("banner_image", {}),
        ("external_url", 5),
        ("language", True),
        ("id", {}),
        ("id", True),
    ],
)
def test_each_wrong_typed_field_is_named_and_the_item_kept(field: str, value: object) -> None:
    item = {"url": "https://ex.org/1", "title": "Eins", "id": "1", field: value}
    if field == "external_url":
        del item["url"]
    parsed = parse(feed(item))
    (entry,) = parsed.entries
    assert entry.categories == ()
    assert entry.enclosures == ()
    (warning,) = parsed.entry_errors
    assert warning.startswith(f"item 1: field '{field}': expected ")
    assert warning.endswith("; ignored")


def test_an_item_with_nothing_usable_left_is_dropped_and_the_others_kept() -> None:
    unusable = {"id": {}, "url": 5, "title": [], "content_html": 3, "tags": ["x"]}
    parsed = parse(feed(good(1), unusable, good(3)))
    assert [e.guid for e in parsed.entries] == ["g1", "g3"]
    assert parsed.entry_errors[-1] == (
        "item 2: no usable id, url, title, summary or content left to tell it by; dropped"
    )
    assert all(e.startswith("item 2: field '") for e in parsed.entry_errors[:-1])


def test_null_fields_are_absent_not_wrong() -> None:
    item = {**good(1), "tags": None, "authors": None, "image": None, "date_published": None}
    parsed = parse(feed(item))
    assert len(parsed.entries) == 1
    assert parsed.entry_errors == ()


def test_pipeline_stores_the_other_items_and_keeps_the_warning_on_the_source(
    tmp_path: Path, feed_server: FeedServer, db_url: str
) -> None:
    wrong = {**good(2), "tags": 5, "attachments": 7}
    unusable = {"id": [], "url": {}, "title": 3}
    url = feed_server.add(
        "/wire.json", feed(good(1), wrong, unusable, good(4)), "application/feed+json"
    )
    cfg = write_config(
        tmp_path,
        f'[wire]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n',
        database_url=db_url,
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        result = pipeline.update_source(hub, hub.settings.sources[0], NOW)
        assert result.status == "ok", result.error
        assert (result.seen, result.new) == (3, 3)
        for guid in ("g1", "g2", "g4"):
            assert hub.repo.find_article(f"wire:{guid}") is not None
        [health] = hub.repo.health()
        assert health.state == "ok"
        assert health.last_error is not None
        assert (
            "item 2: field 'tags': expected an array of strings, got a number; ignored"
            in health.last_error
        )
        assert (
            "item 2: field 'attachments': expected an array of objects, got a number; ignored"
            in health.last_error
        )
        assert (
            "item 3: no usable id, url, title, summary or content left to tell it by; dropped"
            in health.last_error
        )
    finally:
        hub.close()
