"""The benchmarks run on a fresh clone: scripts/bench installs every peer they import."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from tests.conftest import ROOT

BENCH = ROOT / "bench"


def _imported_modules(path: Path) -> set[str]:
    """Top-level modules a file imports (inside functions too: peers are imported late)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def _distribution(requirement: str) -> str:
    name = re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_module_a_bench_imports_is_installed_by_scripts_bench() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installed = {_distribution(r) for r in project["dependencies"]}
    installed |= {_distribution(r) for r in project["optional-dependencies"]["bench"]}
    distributions = packages_distributions()
    missing = {}
    for path in sorted(BENCH.glob("*.py")):
        for module in _imported_modules(path):
            if module in sys.stdlib_module_names or module in {"feedhub", "bench", "tests"}:
                continue
            if module in {"score", "baseline_exact"}:  # the shared set's own scripts
                continue
            provided = {_distribution(d) for d in distributions.get(module, [module])}
            if not provided & installed:
                missing[f"{path.name}: {module}"] = sorted(provided)
    assert missing == {}


def test_scripts_bench_names_the_benchmarks_when_asked_for_none() -> None:
    done = subprocess.run(
        [str(ROOT / "scripts" / "bench")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    names = set(done.stderr.split("one of:", 1)[1].split())
    # bench/_*.py are the benches' helpers (bench/_postgres.py), not benches
    assert names == {p.stem for p in BENCH.glob("*.py") if not p.stem.startswith("_")}
