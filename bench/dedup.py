"""Dedup benchmark: feedhub's story matcher on the labelled sets against naive peers.

    .venv/bin/python bench/dedup.py [--data DIR ...] [--threshold 0.75]

The sets, each scored in the same run: the team's set ../shared/data/dedup/ next to the
repository (README.md there describes it) and feedhub's own, bench/data/dedup/ (built by
its make_set.py from hand-written story families in several languages; README.md there).
Each set is scored with the shared set's score.py (score.load_gold/score.score), which
reads any set in that format. Matchers:

    feedhub       `python -m feedhub cluster --jsonl articles.jsonl --out PRED.json` as a
                  subprocess: exactly the CLI path (normalize, dedup, relate, store in a
                  fresh SQLite file); its wall time includes interpreter start and imports
    exact         same story iff the same non-null GUID or the identical URL string,
                  transitively (the set's baseline_exact.predict)
    title-trgm    tt-rss's af_psql_trgm plugin: pg_trgm similarity of the headlines
                  (trigrams of each lower-cased word padded with two spaces in front and
                  one behind; |shared| / |union| of the trigram sets); an article joins the
                  cluster of the most similar earlier article when similarity >= 0.75
    trgm-24h      the same with the plugin's two further conditions: only articles of
                  the last 24 hours (the plugin's date_entered >= NOW() - 1 day; here the
                  publication time) and of another feed (feed_id != the article's)

The peers predict no related pairs. Besides the scorer's figures, recall by kind of
version: the share of summary-only items (no body) and of translations (variant
`translation`) that end in the cluster of their story's original. Targets (issue 14), on
every set: pairwise and B-cubed F1 >= 0.95, summary-only and translation recall >= 0.8,
no hard-negative pair merged, related precision and recall >= 0.85.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dedup"
OWN_DATA = Path(__file__).resolve().parent / "data" / "dedup"
TRGM_THRESHOLD = 0.75
TARGET_F1 = 0.95
TARGET_KIND_RECALL = 0.8
TARGET_RELATED = 0.85
_TRGM_WORD = re.compile(r"[^\W_]+")  # pg_trgm: a word is a run of alphanumerics


def load_module(path: Path) -> ModuleType:
    """Import a script of the data folder by path (it is not a package)."""
    sys.dont_write_bytecode = True  # keep shared/data free of __pycache__
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))  # baseline_exact.py imports score
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def read_articles(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- peer (b): pg_trgm title similarity ------------------------------------------------


def trigrams(text: str) -> frozenset[str]:
    """pg_trgm's show_trgm(): per lower-cased word, "  word " cut into 3-character pieces."""
    out: set[str] = set()
    for word in _TRGM_WORD.findall(text.lower()):
        padded = f"  {word} "
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(out)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """pg_trgm's similarity(): shared trigrams / trigrams in either."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def predict_trigram(
    articles: list[dict[str, Any]],
    threshold: float,
    *,
    window: timedelta | None = None,
    other_feed: bool = False,
) -> dict[str, Any]:
    """Each article, in file (publication) order, joins the cluster of the most similar
    earlier headline if that similarity reaches the threshold; with `window`, only
    headlines published at most that long before count, with `other_feed` only those of
    other sources."""
    cluster_of: dict[str, int] = {}
    clusters: list[list[str]] = []
    seen: list[tuple[str, frozenset[str], datetime, str]] = []
    for a in articles:
        grams = trigrams(a["title"] or "")
        when = datetime.fromisoformat(a["published"])
        best, best_id = 0.0, None
        for other_id, other, then, source in seen:
            if window is not None and when - then > window:
                continue
            if other_feed and source == a["source"]:
                continue
            s = similarity(grams, other)
            if s > best:
                best, best_id = s, other_id
        if best_id is not None and best >= threshold:
            c = cluster_of[best_id]
        else:
            c = len(clusters)
            clusters.append([])
        clusters[c].append(a["id"])
        cluster_of[a["id"]] = c
        seen.append((a["id"], grams, when, a["source"]))
    return {"clusters": [c for c in clusters if len(c) > 1], "related": []}


# --- feedhub through its CLI -----------------------------------------------------------


def run_feedhub(jsonl: Path, out: Path) -> float:
    """`python -m feedhub cluster`; returns the wall time in seconds."""
    cmd = [sys.executable, "-m", "feedhub", "cluster", "--jsonl", str(jsonl), "--out", str(out)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=out.parent)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"feedhub cluster failed with exit status {done.returncode}")
    return seconds


def startup_seconds() -> float:
    """Interpreter start plus `import feedhub.cli`: the fixed part of the CLI's wall time."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import feedhub.cli"], check=True)
    return time.perf_counter() - started


# --- report ----------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "not met"


def print_table(results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fmt: Any) -> None:
        rows.append((label, [fmt(results[n]) for n in names]))

    for kind, title in (("pairwise", "pairwise"), ("bcubed", "B-cubed"), ("related", "related")):
        for key, short in (("precision", "P"), ("recall", "R"), ("f1", "F1")):
            row(f"{title} {short}", lambda r, k=kind, m=key: f"{r[k][m]:.3f}")
    row(
        "  pairs true/pred/gold",
        lambda r: "{true_pairs}/{predicted_pairs}/{gold_pairs}".format(**r["pairwise"]),
    )
    row(
        "  links true/pred/gold",
        lambda r: "{true_links}/{predicted_links}/{gold_links}".format(**r["related"]),
    )
    for kind in KINDS:
        row(f"{kind} R", lambda r, k=kind: "{:.3f} ({}/{})".format(*_kind(r, k)))
    row("hard negatives merged", lambda r: "{merged} of {total}".format(**r["hard_negatives"]))
    row("predicted clusters", lambda r: str(r["predicted_clusters"]))
    width = max(len(label) for label, _ in rows) + 2
    col = max(12, *(len(n) + 2 for n in names), *(len(c) + 2 for _, cs in rows for c in cs))
    print(" " * width + "".join(f"{n:>{col}}" for n in names))
    for label, cells in rows:
        print(f"{label:<{width}}" + "".join(f"{c:>{col}}" for c in cells))


# kinds of versions whose recall is reported: which articles count
KINDS: dict[str, Any] = {
    "summary-only": lambda a, variants: not a["content_html"],
    "translation": lambda a, variants: "translation" in variants,
}


def kind_recall(
    articles: list[dict[str, Any]], labels: dict[str, Any], prediction: dict[str, Any]
) -> dict[str, tuple[float, int, int]]:
    """Per kind: (recall, found, total): versions of the kind (not originals) predicted in
    the cluster of their story's original."""
    cluster_of = {aid: n for n, c in enumerate(prediction["clusters"]) for aid in c}
    variants: dict[str, list[str]] = {}
    original: dict[str, str] = {}
    for story in labels["stories"].values():
        for aid, kinds in story.get("variants", {}).items():
            variants[aid] = kinds
            if "original" in kinds:
                for other in story["articles"]:
                    original[other] = aid
    out: dict[str, tuple[float, int, int]] = {}
    for kind, counts in KINDS.items():
        found = total = 0
        for a in articles:
            aid = a["id"]
            first = original.get(aid)
            if first is None or first == aid or not counts(a, variants.get(aid, [])):
                continue
            total += 1
            found += aid in cluster_of and cluster_of.get(first) == cluster_of[aid]
        out[kind] = (found / total if total else 0.0, found, total)
    return out


def _kind(r: dict[str, Any], kind: str) -> tuple[float, int, int]:
    value: tuple[float, int, int] = r["kinds"][kind]
    return value


TARGETS: tuple[tuple[str, Any], ...] = (
    (f"pairwise F1 >= {TARGET_F1}", lambda r: r["pairwise"]["f1"] >= TARGET_F1),
    (f"B-cubed F1 >= {TARGET_F1}", lambda r: r["bcubed"]["f1"] >= TARGET_F1),
    *(
        (
            f"{kind} recall >= {TARGET_KIND_RECALL}",
            lambda r, k=kind: _kind(r, k)[2] == 0 or _kind(r, k)[0] >= TARGET_KIND_RECALL,
        )
        for kind in KINDS
    ),
    ("hard negatives merged = 0", lambda r: r["hard_negatives"]["merged"] == 0),
    (
        f"related precision >= {TARGET_RELATED}",
        lambda r: r["related"]["precision"] >= TARGET_RELATED,
    ),
    (f"related recall >= {TARGET_RELATED}", lambda r: r["related"]["recall"] >= TARGET_RELATED),
)


def print_targets(results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    width = max(len(label) for label, _ in TARGETS) + 2
    col = max(12, *(len(n) + 2 for n in names))
    print("targets" + " " * (width - 7) + "".join(f"{n:>{col}}" for n in names))
    every = dict.fromkeys(names, True)
    for label, check in TARGETS:
        cells = []
        for n in names:
            ok = bool(check(results[n]))
            every[n] &= ok
            cells.append(verdict(ok))
        print(f"{label:<{width}}" + "".join(f"{c:>{col}}" for c in cells))
    print(f"{'all':<{width}}" + "".join(f"{verdict(every[n]):>{col}}" for n in names))


def score_set(
    data: Path, score: ModuleType, baseline: ModuleType, threshold: float, keep: Path | None
) -> None:
    """Score every matcher on one set and print the tables."""
    jsonl, labels_path = data / "articles.jsonl", data / "labels.json"
    gold = score.load_gold(labels_path, jsonl)
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    articles = read_articles(jsonl)

    with tempfile.TemporaryDirectory(prefix="feedhub-bench-dedup-") as tmp:
        pred_path = Path(tmp) / "PRED.json"
        wall = run_feedhub(jsonl, pred_path)
        prediction = json.loads(pred_path.read_text(encoding="utf-8"))
        if keep:
            keep.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
    startup = startup_seconds()

    predictions: dict[str, dict[str, Any]] = {
        "feedhub": prediction,
        "exact": baseline.predict(articles),
        "title-trgm": predict_trigram(articles, threshold),
        "trgm-24h": predict_trigram(articles, threshold, window=timedelta(days=1), other_feed=True),
    }
    results: dict[str, dict[str, Any]] = {}
    for name, pred in predictions.items():
        results[name] = score.score(gold, pred)
        results[name]["kinds"] = kind_recall(articles, labels, pred)

    n = len(articles)
    languages = sorted({a["language"] for a in articles})
    print(f"data     {data}")
    print(
        f"set      {n} articles ({', '.join(languages)}), {results['feedhub']['gold_stories']}"
        f" gold stories, {len(gold.related)} related pairs, {len(gold.hard_negatives)} hard"
        " negatives"
    )
    print(
        f"peers    exact: GUID-or-URL string; title-trgm: pg_trgm similarity >= {threshold};"
        " trgm-24h: the same, last 24 h, other feeds"
    )
    print()
    print_table(results)
    print()
    print(
        f"feedhub cluster wall time {wall:.2f} s, {n / wall:.0f} articles/s"
        f" (interpreter start + imports {startup:.2f} s of it;"
        f" without them {n / max(wall - startup, 1e-9):.0f} articles/s)"
    )
    for name, r in results.items():
        merged = r["hard_negatives"]["merged_pairs"]
        if merged:
            shown = ", ".join("+".join(p) for p in merged[:12])
            more = f" and {len(merged) - 12} more" if len(merged) > 12 else ""
            print(f"{name}: hard negatives merged: {shown}{more}")
    print()
    print_targets(results)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        help="a set's folder (repeatable; default: the shared set and feedhub's own)",
    )
    ap.add_argument(
        "--threshold", type=float, default=TRGM_THRESHOLD, help="title-trgm similarity bar"
    )
    ap.add_argument("--keep", type=Path, help="also write feedhub's predictions (last set) here")
    args = ap.parse_args(argv)
    sets: list[Path] = [p.resolve() for p in (args.data or [SHARED_DATA, OWN_DATA])]
    tools = SHARED_DATA  # score.py and baseline_exact.py read any set in this format
    for p in (tools / "score.py", tools / "baseline_exact.py"):
        if not p.is_file():
            ap.error(f"not found: {p}")
    for data in sets:
        for p in (data / "articles.jsonl", data / "labels.json"):
            if not p.is_file():
                ap.error(f"not found: {p}")
    score = load_module(tools / "score.py")
    baseline = load_module(tools / "baseline_exact.py")
    for i, data in enumerate(sets):
        if i:
            print("\n" + "=" * 100 + "\n")
        score_set(data, score, baseline, args.threshold, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
