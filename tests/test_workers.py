"""Several ingest processes on one PostgreSQL (issue 15): two workers storing copies of
the same stories at the same moment never make two stories of one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.conftest import PostgresServer

STORIES = 60
BATCH = 3  # small batches: the two workers take turns many times

WORKER = """
import random, sys, time
from dataclasses import replace
from datetime import datetime, timedelta, UTC
from pathlib import Path
from feedhub import pipeline
from feedhub.models import ServiceSettings, Settings, Source, SourceKind
from feedhub.runtime import Runtime
from tests.conftest import make_article

url, source_id, stories, batch, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
words = "Regierung Haushalt Bundestag Koalition Gipfel Kanzler Minister Wahl Reform Streit".split()
sources = tuple(
    Source(s, SourceKind.HTTP, s, url=f"https://{s}.invalid/feed") for s in ("wire", "partner")
)
settings = Settings(config_dir="", service=ServiceSettings(database_url=url), sections=(), sources=sources)
rt = Runtime.open(settings)
source = settings.source(source_id)
t0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
articles = []
for i in range(stories):
    rng = random.Random(i)  # the same story text in both workers
    text = ". ".join(" ".join(rng.choices(words, k=14)) + f" Nummer{i}x{rng.randrange(10**6)}" for _ in range(8)) + "."
    title = f"Meldung {i}: " + " ".join(rng.sample(words, 4))
    a = make_article(source_id, f"{source_id}-{i}", f"https://{source_id}.example/a/{i}", title, text)
    articles.append(replace(a, published=t0 + timedelta(minutes=i)))
while not go.exists():
    time.sleep(0.01)
for start in range(0, stories, batch):
    pipeline.store_articles(rt, source, articles[start:start + batch], t0 + timedelta(hours=1))
rt.close()
"""


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    name = f"w{next(postgres_server.counter)}_{os.getpid()}"
    postgres_server.admin(f"CREATE DATABASE {name}")
    return postgres_server.url(name)


def test_two_workers_storing_copies_at_once_make_one_story_each(
    pg_url: str, tmp_path: Path
) -> None:
    from feedhub.db.repo import Repository

    Repository.open(pg_url).close()  # the schema, before either worker starts
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, pg_url, source, str(STORIES), str(BATCH), str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for source in ("wire", "partner")
    ]
    go.touch()
    for w in workers:
        _, err = w.communicate(timeout=300)
        assert w.returncode == 0, err
    repo = Repository.open(pg_url)
    try:
        keys = [(s, f"{s}-{i}") for i in range(STORIES) for s in ("wire", "partner")]
        story_of = repo.story_ids(keys)
    finally:
        repo.close()
    split = [
        i
        for i in range(STORIES)
        if story_of[("wire", f"wire-{i}")] != story_of[("partner", f"partner-{i}")]
    ]
    assert split == []
    assert len(set(story_of.values())) == STORIES


def test_two_processes_starting_at_once_add_a_new_source_once(pg_url: str) -> None:
    """Each process adds the configured sources it does not find. A second one that read
    before the first committed inserts the same source: that insert does nothing (it
    stopped the second worker with a unique violation)."""
    import threading
    from datetime import UTC
    from datetime import datetime

    import sqlalchemy as sa

    from feedhub.db.repo import Repository
    from feedhub.db.schema import sources
    from feedhub.models import Source
    from feedhub.models import SourceKind

    now = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    source = Source("wire", SourceKind.HTTP, "wire", url="https://wire.invalid/feed")
    repo = Repository.open(pg_url)
    first = sa.create_engine(pg_url)
    errors: list[BaseException] = []
    try:
        with first.connect() as conn:
            tx = conn.begin()  # the first process: inserted, not committed yet
            conn.execute(
                sources.insert().values(
                    id="wire", url=source.location, next_check_at=now, state="new"
                )
            )

            def second() -> None:
                try:
                    repo.sync_sources([source], now)  # reads no row, waits on the insert
                except BaseException as e:  # noqa: BLE001 - reported below
                    errors.append(e)

            t = threading.Thread(target=second)
            t.start()
            t.join(timeout=1)
            assert t.is_alive()  # waiting for the first one's row
            tx.commit()
            t.join(timeout=30)
        assert errors == []
        assert [h.source_id for h in repo.health()] == ["wire"]
    finally:
        first.dispose()
        repo.close()


OPEN = """
import sys, time
from pathlib import Path
from feedhub.db.repo import Repository
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
Repository.open(sys.argv[1]).close()
"""


def test_processes_starting_at_once_on_a_new_database_migrate_it_once(
    pg_url: str, tmp_path: Path
) -> None:
    """Four processes opening a fresh database at the same moment (a deployment starting
    its workers): one creates the schema, the others wait and find it done (each creating
    the tables stopped all but one with a unique violation in pg_type)."""
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    starting = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, pg_url, str(go)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    time.sleep(1.0)  # all four imported and waiting
    go.touch()
    for p in starting:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err


def test_two_processes_publishing_at_once_both_succeed_and_the_latest_wins(
    pg_url: str,
) -> None:
    """Two service processes on one PostgreSQL publish the same sections at the same
    moment (each after its own polls): they take turns, so neither stops on the other's
    first insert of a document and the stored feed is the one rendered last."""
    import threading
    from datetime import UTC
    from datetime import datetime

    from feedhub import pipeline
    from feedhub.models import Section
    from feedhub.models import ServiceSettings
    from feedhub.models import Settings
    from feedhub.models import Source
    from feedhub.models import SourceKind
    from feedhub.runtime import Runtime
    from tests.conftest import make_article

    source = Source("wire", SourceKind.HTTP, "wire", url="https://wire.invalid/feed")
    settings = Settings(
        config_dir="",
        service=ServiceSettings(database_url=pg_url),
        sections=(Section("politik", "Politik"),),
        sources=(source,),
    )
    hubs = [Runtime.open(settings) for _ in range(2)]
    try:
        now = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
        article = make_article("wire", "g1", "https://wire.example/1", "Meldung", "Ein Text.")
        pipeline.store_articles(hubs[0], source, [article], now)
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def publish(hub: Runtime) -> None:
            try:
                start.wait()
                pipeline.publish_sections(hub, ["politik"])
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

        threads = [threading.Thread(target=publish, args=(h,)) for h in hubs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        later = make_article("wire", "g2", "https://wire.example/2", "Später", "Noch ein Text.")
        pipeline.store_articles(hubs[1], source, [later], now)
        pipeline.publish_sections(hubs[1], ["politik"])
        doc = hubs[0].repo.document("politik", "atom")
        assert doc is not None and "Später" in doc.content.decode()
    finally:
        for h in hubs:
            h.close()
