"""The labelled dedup set (shared/data/dedup): the service's own path clusters it, scored
with the set's score.py (COMPASS issue 4 targets)."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from feedhub import evaluation
from tests.conftest import SHARED

DATA = SHARED / "data" / "dedup"
ARTICLES = DATA / "articles.jsonl"
LABELS = DATA / "labels.json"

SUMMIT = ["a0143", "a0144", "a0145", "a0146", "a0147", "a0148"]
SUMMIT_ENGLISH = "a0147"
ALPAGUT = "a0132"


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dedup_score", DATA / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


score_py = _load_score()


def _records() -> list[dict[str, Any]]:
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _hard_negatives() -> list[tuple[str, str, str]]:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    return [(a, b, reason) for a, b, reason in labels["hard_negatives"]]


HARD_NEGATIVES = _hard_negatives()


@dataclass(frozen=True)
class Run:
    clusters: list[list[str]]
    related: list[list[str]]
    result: dict[str, Any]
    gold: Any

    def cluster_of(self, article_id: str) -> list[str]:
        [found] = [c for c in self.clusters if article_id in c]
        return found


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    db = tmp_path_factory.mktemp("dedup-set") / "set.sqlite"
    clusters, related = evaluation.cluster_records(_records(), f"sqlite:///{db}")
    gold = score_py.load_gold(LABELS, ARTICLES)
    result = score_py.score(gold, {"clusters": clusters, "related": related})
    return Run(clusters, related, result, gold)


def test_every_article_is_in_exactly_one_cluster(run: Run) -> None:
    ids = [a for c in run.clusters for a in c]
    assert sorted(ids) == sorted(r["id"] for r in _records())
    assert len(ids) == len(set(ids)) == 260


@pytest.mark.parametrize(
    ("story_a", "story_b"),
    [(a, b) for a, b, _ in HARD_NEGATIVES],
    ids=[f"{a}+{b}" for a, b, _ in HARD_NEGATIVES],
)
def test_hard_negative_is_not_merged(run: Run, story_a: str, story_b: str) -> None:
    for cluster in run.clusters:
        stories = {run.gold.story_of[a] for a in cluster}
        assert not {story_a, story_b} <= stories, f"{story_a} and {story_b} merged: {cluster}"


def test_all_fifteen_hard_negatives_are_covered(run: Run) -> None:
    assert len(HARD_NEGATIVES) == 15
    assert run.result["hard_negatives"] == {"merged": 0, "total": 15, "merged_pairs": []}


def test_pairwise_f1(run: Run) -> None:
    assert run.result["pairwise"]["f1"] >= 0.95, score_py.format_text(run.result)


def test_bcubed_f1(run: Run) -> None:
    assert run.result["bcubed"]["f1"] >= 0.95, score_py.format_text(run.result)


def test_related_precision_and_recall(run: Run) -> None:
    assert run.result["related"]["precision"] >= 0.85, score_py.format_text(run.result)
    assert run.result["related"]["recall"] >= 0.85, score_py.format_text(run.result)


def test_reference_case_summit_versions_are_one_story(run: Run) -> None:
    german = [a for a in SUMMIT if a != SUMMIT_ENGLISH]
    cluster = run.cluster_of(german[0])
    assert set(german) <= set(cluster)
    assert {run.gold.story_of[a] for a in cluster} == {"s001"}


def test_reference_case_alpagut_is_another_story(run: Run) -> None:
    cluster = run.cluster_of(ALPAGUT)
    assert not set(SUMMIT) & set(cluster)
    assert {run.gold.story_of[a] for a in cluster} == {"s002"}


def test_reference_case_summit_is_related_to_alpagut(run: Run) -> None:
    pairs = {frozenset(run.gold.story_of[a] for a in pair) for pair in run.related}
    assert frozenset({"s001", "s002"}) in pairs


def test_cluster_records_never_reads_the_story_field(run: Run, tmp_path: Path) -> None:
    records = _records()
    for r in records:
        del r["story"]
    clusters, related = evaluation.cluster_records(records, f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert sorted(map(sorted, clusters)) == sorted(map(sorted, run.clusters))
    assert sorted(map(sorted, related)) == sorted(map(sorted, run.related))


class _NoStory(dict[str, Any]):
    """A record that fails the test if anyone looks at its gold label."""

    def __getitem__(self, key: str) -> Any:
        assert key != "story", "cluster_records read the gold 'story' field"
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        assert key != "story", "cluster_records read the gold 'story' field"
        return super().get(key, default)


def test_cluster_records_does_not_look_at_story_on_a_few_records(tmp_path: Path) -> None:
    records: list[dict[str, object]] = [_NoStory(r) for r in _records()[140:150]]
    clusters, _ = evaluation.cluster_records(records, f"sqlite:///{tmp_path / 'y.sqlite'}")
    assert sum(len(c) for c in clusters) == 10
