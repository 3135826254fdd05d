"""Dedup benchmark: feedhub's story matcher on the labelled set against two naive peers.

    .venv/bin/python bench/dedup.py [--data DIR] [--threshold 0.75]

The data set is ../shared/data/dedup/ next to the repository (README.md there describes
it). Three matchers are scored with the set's own score.py (score.load_gold/score.score):

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

The peers predict no related pairs. Targets (COMPASS, issue 4): pairwise and B-cubed F1
>= 0.95, no hard-negative pair merged, related recall >= 0.8.
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

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dedup"
TRGM_THRESHOLD = 0.75
TARGET_F1 = 0.95
TARGET_RELATED_RECALL = 0.8
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
    row("hard negatives merged", lambda r: "{merged} of {total}".format(**r["hard_negatives"]))
    row("predicted clusters", lambda r: str(r["predicted_clusters"]))
    width = max(len(label) for label, _ in rows) + 2
    col = max(12, *(len(n) + 2 for n in names))
    print(" " * width + "".join(f"{n:>{col}}" for n in names))
    for label, cells in rows:
        print(f"{label:<{width}}" + "".join(f"{c:>{col}}" for c in cells))


TARGETS: tuple[tuple[str, Any], ...] = (
    (f"pairwise F1 >= {TARGET_F1}", lambda r: r["pairwise"]["f1"] >= TARGET_F1),
    (f"B-cubed F1 >= {TARGET_F1}", lambda r: r["bcubed"]["f1"] >= TARGET_F1),
    ("hard negatives merged = 0", lambda r: r["hard_negatives"]["merged"] == 0),
    (
        f"related recall >= {TARGET_RELATED_RECALL}",
        lambda r: r["related"]["recall"] >= TARGET_RELATED_RECALL,
    ),
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the dedup set's folder")
    ap.add_argument(
        "--threshold", type=float, default=TRGM_THRESHOLD, help="title-trgm similarity bar"
    )
    ap.add_argument("--keep", type=Path, help="also write feedhub's predictions to this file")
    args = ap.parse_args(argv)
    data: Path = args.data.resolve()
    jsonl, labels = data / "articles.jsonl", data / "labels.json"
    for p in (jsonl, labels, data / "score.py", data / "baseline_exact.py"):
        if not p.is_file():
            ap.error(f"not found: {p}")

    score = load_module(data / "score.py")
    baseline = load_module(data / "baseline_exact.py")
    gold = score.load_gold(labels, jsonl)
    articles = read_articles(jsonl)

    with tempfile.TemporaryDirectory(prefix="feedhub-bench-dedup-") as tmp:
        pred_path = Path(tmp) / "PRED.json"
        wall = run_feedhub(jsonl, pred_path)
        prediction = json.loads(pred_path.read_text(encoding="utf-8"))
        if args.keep:
            args.keep.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
    startup = startup_seconds()

    results: dict[str, dict[str, Any]] = {
        "feedhub": score.score(gold, prediction),
        "exact": score.score(gold, baseline.predict(articles)),
        "title-trgm": score.score(gold, predict_trigram(articles, args.threshold)),
        "trgm-24h": score.score(
            gold,
            predict_trigram(articles, args.threshold, window=timedelta(days=1), other_feed=True),
        ),
    }

    n = len(articles)
    print(f"data     {data}")
    print(
        f"set      {n} articles, {results['feedhub']['gold_stories']} gold stories,"
        f" {len(gold.related)} related pairs, {len(gold.hard_negatives)} hard negatives"
    )
    print(
        f"peers    exact: GUID-or-URL string; title-trgm: pg_trgm similarity >= {args.threshold};"
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
            print(f"{name}: hard negatives merged: " + ", ".join("+".join(p) for p in merged))
    print()
    print_targets(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
