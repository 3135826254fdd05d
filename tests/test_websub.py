"""WebSub: feedhub as publisher, against an independent hub and subscriber from PyPI
(flask-websub 0.4.1, its hub running its Celery tasks eagerly), all on loopback.

A subscriber discovers the hub from feedhub's feed, subscribes (the hub verifies its
intent), and when a new article is published the subscriber receives the new feed
within seconds. Unit tests cover discovery in every format and the ping's retries."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.publish import websub
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import free_port
from tests.conftest import serve_asgi
from tests.conftest import wait_for
from tests.conftest import write_config
from tests.test_clients import TEXTS
from tests.test_clients import wire_file


def _serve_wsgi(app: Any, port: int) -> Iterator[None]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@dataclass
class Hub:
    url: str


@pytest.fixture
def websub_hub(tmp_path: Path) -> Iterator[Hub]:
    """flask-websub's hub, publishing enabled (it fetches the topic on a ping)."""
    from celery import Celery
    from flask import Flask
    from flask_websub.hub import Hub as WebSubHub
    from flask_websub.hub import SQLite3HubStorage

    celery = Celery("hub", broker="memory://", backend="cache+memory://")
    celery.conf.task_always_eager = True
    app = Flask("hub")
    app.config["PUBLISH_SUPPORTED"] = True
    hub = WebSubHub(SQLite3HubStorage(str(tmp_path / "hub.sqlite")), celery, **app.config)
    app.register_blueprint(hub.build_blueprint(url_prefix="/hub"))
    port = free_port()
    yield from (Hub(f"http://127.0.0.1:{port}/hub") for _ in _serve_wsgi(app, port))


@dataclass
class Subscriber:
    app: Any
    client: Any
    received: list[tuple[str, bytes]]
    confirmed: list[tuple[str, str]]


@pytest.fixture
def subscriber(tmp_path: Path) -> Iterator[Subscriber]:
    """flask-websub's subscriber, with its callback endpoints served on loopback."""
    from flask import Flask
    from flask_websub.subscriber import SQLite3SubscriberStorage
    from flask_websub.subscriber import SQLite3TempSubscriberStorage
    from flask_websub.subscriber import Subscriber as WebSubSubscriber

    port = free_port()
    db = str(tmp_path / "subscriber.sqlite")
    client = WebSubSubscriber(SQLite3SubscriberStorage(db), SQLite3TempSubscriberStorage(db))
    app = Flask("subscriber")
    app.config["SERVER_NAME"] = f"127.0.0.1:{port}"
    app.register_blueprint(client.build_blueprint(url_prefix="/callbacks"))
    sub = Subscriber(app, client, [], [])
    client.add_listener(lambda topic, _callback, body: sub.received.append((topic, body)))
    client.add_success_handler(lambda topic, _callback, mode: sub.confirmed.append((topic, mode)))
    for _ in _serve_wsgi(app, port):
        yield sub


@dataclass
class Feedhub:
    hub: Runtime
    inbox: Path
    base: str


@pytest.fixture
def feedhub(tmp_path: Path, websub_hub: Hub) -> Iterator[Feedhub]:
    inbox = tmp_path / "config" / "wire"
    inbox.mkdir(parents=True)
    port = free_port()
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n',
        listen=f"127.0.0.1:{port}",
        extra_service=f'websub_hubs = ["{websub_hub.url}"]',
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        with serve_asgi(FeedApp(hub.repo, lambda: hub.settings, ttl=0), port) as base:
            wire_file(inbox, 1)
            pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
            pipeline.publish_all(hub)
            yield Feedhub(hub, inbox, base)
    finally:
        hub.close()


def test_a_subscriber_learns_of_a_new_article_through_the_hub(
    feedhub: Feedhub, subscriber: Subscriber, websub_hub: Hub
) -> None:
    from flask_websub.subscriber import discover

    feed = feedhub.base + "/feeds/politik.atom"
    found = discover(feed)  # the subscriber's own discovery reads feedhub's Link header
    assert found == {"hub_url": websub_hub.url, "topic_url": feed}
    with subscriber.app.app_context():
        subscriber.client.subscribe(**found)
    wait_for(lambda: (feed, "subscribe") in subscriber.confirmed, timeout=30)
    assert subscriber.received == []

    wire_file(feedhub.inbox, 3)  # a new article arrives and is published
    results = pipeline.update_sources(
        feedhub.hub, list(feedhub.hub.settings.sources), pipeline.now_utc()
    )
    assert [r.new for r in results] == [1]
    wait_for(lambda: bool(subscriber.received), timeout=30)
    topic, body = subscriber.received[-1]
    assert topic == feed
    assert TEXTS[3][0].encode() in body and TEXTS[1][0].encode() in body
    assert feedhub.hub.websub.pending() == []  # the hub took every ping


def test_every_format_names_the_hub_and_itself(feedhub: Feedhub, websub_hub: Hub) -> None:
    for fmt in ("atom", "rss", "json"):
        url = f"{feedhub.base}/feeds/politik.{fmt}"
        r = httpx.get(url)
        assert r.status_code == 200
        assert r.links["hub"]["url"] == websub_hub.url
        assert r.links["self"]["url"] == url
        if fmt == "json":
            assert json.loads(r.content)["hubs"] == [{"type": "WebSub", "url": websub_hub.url}]
        else:
            assert f'<atom:link rel="hub" href="{websub_hub.url}"' in r.text or (
                f'<link rel="hub" href="{websub_hub.url}"' in r.text
            )


class _FlakyHub:
    """A hub endpoint answering the given statuses in turn, recording each ping."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.pings: list[dict[str, list[str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", "0"))
                outer.pings.append(parse_qs(self.rfile.read(length).decode()))
                status = outer.statuses.pop(0) if outer.statuses else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"


def test_a_failed_ping_is_retried_with_backoff_and_a_refusal_is_not() -> None:
    clock = [1000.0]
    flaky, refusing = _FlakyHub([503, 502]), _FlakyHub([404])
    hubs = (flaky.url, refusing.url)
    topic = "https://portal.example/feeds/politik.atom"
    with httpx.Client() as client:
        pinger = websub.Pinger(client, clock=lambda: clock[0], rng=random.Random(1))
        assert pinger.publish(hubs, [topic]) == 2
        # the form every common hub reads
        assert flaky.pings[0] == {
            "hub.mode": ["publish"],
            "hub.url": [topic],
            "hub.topic": [topic],
        }
        assert pinger.pending() == [(flaky.url, topic, 1)]  # 404: refused, dropped
        assert pinger.retry_due(hubs) == 0  # not due yet
        clock[0] += websub.RETRY_BASE
        assert pinger.retry_due(hubs) == 1
        assert pinger.pending() == [(flaky.url, topic, 2)]
        clock[0] += websub.RETRY_BASE  # the second wait is longer than the first
        assert pinger.retry_due(hubs) == 0
        clock[0] += websub.RETRY_BASE
        assert pinger.retry_due(hubs) == 1
        assert pinger.pending() == []
    assert len(flaky.pings) == 3 and len(refusing.pings) == 1
    for hub in (flaky, refusing):
        hub.httpd.shutdown()
        hub.httpd.server_close()
