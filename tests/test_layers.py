"""The package's import directions (docs/design.md, Modules): data flows down.

Read from the source with ast (module-level imports; imports under TYPE_CHECKING are
for annotations and do not run), so a new import against the direction fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import feedhub

SRC = Path(feedhub.__file__).parent


def _imports() -> dict[str, set[str]]:
    """Module name -> the names it imports at run time (`from a.b import c` gives a.b
    and a.b.c: c may be a module)."""
    modules: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        parts = ("feedhub", *path.relative_to(SRC).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        modules[name] = found
    # `from feedhub.models import Article`: Article is a name, not a module
    return {
        m: {d for d in deps if d in modules or d.split(".")[0] != "feedhub"}
        for m, deps in modules.items()
    }


IMPORTS = _imports()


def test_dedup_imports_only_models_and_itself() -> None:
    dedup = {m: deps for m, deps in IMPORTS.items() if m.startswith("feedhub.dedup")}
    assert len(dedup) > 5
    for module, deps in dedup.items():
        ours = {d for d in deps if d.split(".")[0] == "feedhub"}
        outside = {d for d in ours if d != "feedhub.models" and not d.startswith("feedhub.dedup")}
        assert not outside, f"{module} imports {outside}"
        storage = {d for d in deps if d.split(".")[0] in ("sqlalchemy", "alembic", "psycopg")}
        assert not storage, f"{module} imports {storage}"


def test_storage_imports_no_dedup() -> None:
    db = {m: deps for m, deps in IMPORTS.items() if m.startswith("feedhub.db")}
    assert len(db) > 5
    for module, deps in db.items():
        dedup = {d for d in deps if d.startswith("feedhub.dedup")}
        assert not dedup, f"{module} imports {dedup}"


def test_no_import_cycle() -> None:
    graph = {m: {d for d in deps if d in IMPORTS and d != m} for m, deps in IMPORTS.items()}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, " -> ".join([*path[path.index(module) :], module])
        if module in done:
            return
        for dep in graph[module]:
            visit(dep, [*path, module])
        done.add(module)

    for module in graph:
        visit(module, [])
