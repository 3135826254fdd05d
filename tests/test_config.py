"""load_settings: a config/ directory -> Settings, or ConfigError naming file, table, field."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from feedhub.config import SECTIONS_FILE
from feedhub.config import SERVICE_FILE
from feedhub.config import SOURCES_FILE
from feedhub.config import load_settings
from feedhub.config_watch import config_fingerprint
from feedhub.errors import ConfigError
from feedhub.models import SourceKind

SHIPPED_CONFIG = Path(__file__).resolve().parent.parent / "config"

SERVICE = """
[service]
database_url = "sqlite:///../var/test.sqlite"
base_url = "https://feeds.example.org"
"""

SECTIONS = """
[politik]
title = "Politik"
categories = ["Inland", "Bundestag"]

[welt]
title = "Welt"
language = "de"
"""

SOURCES = """
[tagesschau]
kind = "http"
url = "https://www.tagesschau.de/xml/rss2/"
section = "politik"
categories = { Ausland = "welt" }
interval = "10m"
trust = 70

[portal]
kind = "portal"
path = "portal"
"""


@pytest.fixture(autouse=True)
def _no_env_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FEEDHUB_DATABASE_URL", raising=False)
    monkeypatch.delenv("FEEDHUB_LISTEN", raising=False)


def write_config(
    root: Path,
    *,
    service: str | None = SERVICE,
    sections: str | None = SECTIONS,
    sources: str | None = SOURCES,
) -> Path:
    """Write the three files (None: leave one out) and the portal folder."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "portal").mkdir(exist_ok=True)
    for name, text in ((SERVICE_FILE, service), (SECTIONS_FILE, sections), (SOURCES_FILE, sources)):
        if text is not None:
            (root / name).write_text(dedent(text), encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_settings(root)
    assert str(info.value) == "\n".join(info.value.problems)
    return info.value.problems


def only_problem(root: Path) -> str:
    (problem,) = problems(root)
    return problem


# --- valid --------------------------------------------------------------------------------


def test_valid_minimal_config_loads(tmp_path: Path) -> None:
    root = write_config(tmp_path / "config")
    s = load_settings(root)
    assert s.config_dir == str(root.resolve())
    assert [x.slug for x in s.sections] == ["politik", "welt"]
    assert s.section("politik") is not None
    assert s.section("politik").categories == ("inland", "bundestag")  # type: ignore[union-attr]
    tagesschau = s.source("tagesschau")
    assert tagesschau is not None
    assert tagesschau.kind is SourceKind.HTTP
    assert tagesschau.name == "tagesschau"  # defaults to the id
    assert tagesschau.interval == 600
    assert tagesschau.trust == 70
    assert tagesschau.categories == {"ausland": "welt"}  # keys case-folded
    portal = s.source("portal")
    assert portal is not None
    assert portal.kind is SourceKind.PORTAL
    assert portal.path == str((root / "portal").resolve())  # resolved against config/
    assert portal.interval == 900
    assert s.service.base_url == "https://feeds.example.org/"  # slash appended


def test_service_file_is_optional_with_defaults(tmp_path: Path) -> None:
    root = write_config(tmp_path / "config", service=None)
    s = load_settings(root)
    assert (s.service.listen_host, s.service.listen_port) == ("127.0.0.1", 8080)
    expected = tmp_path.resolve() / "var" / "feedhub.sqlite"
    assert s.service.database_url == f"sqlite:///{expected}"


def test_shipped_config_is_valid() -> None:
    s = load_settings(SHIPPED_CONFIG)
    assert s.sources
    assert s.sections
    for source in s.sources:
        assert source.section is None or s.section(source.section) is not None


def test_relative_sqlite_path_is_resolved_against_the_config_dir(tmp_path: Path) -> None:
    root = write_config(tmp_path / "config")
    expected = (tmp_path / "var" / "test.sqlite").resolve()
    assert load_settings(root).service.database_url == f"sqlite:///{expected}"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////srv/feedhub/db.sqlite",
        "sqlite:///:memory:",
        "postgresql://feedhub@db.internal/feedhub",
    ],
)
def test_absolute_and_non_file_database_urls_are_kept(tmp_path: Path, url: str) -> None:
    root = write_config(tmp_path / "config", service=f'[service]\ndatabase_url = "{url}"\n')
    assert load_settings(root).service.database_url == url


def test_database_url_env_overrides_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEEDHUB_DATABASE_URL", "postgresql://ops@db/feedhub")
    root = write_config(tmp_path / "config")
    assert load_settings(root).service.database_url == "postgresql://ops@db/feedhub"


def test_listen_env_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDHUB_LISTEN", "0.0.0.0:9000")
    service = load_settings(write_config(tmp_path / "config")).service
    assert (service.listen_host, service.listen_port) == ("0.0.0.0", 9000)


def test_invalid_listen_env_is_a_config_error_naming_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEEDHUB_LISTEN", "localhost")
    with pytest.raises(ConfigError) as exc:
        load_settings(write_config(tmp_path / "config"))
    [problem] = exc.value.problems
    assert "FEEDHUB_LISTEN" in problem and "field 'listen'" in problem and "host:port" in problem


def test_config_fingerprint_changes_when_a_file_changes(tmp_path: Path) -> None:
    root = write_config(tmp_path / "config")
    before = config_fingerprint(root)
    (root / SOURCES_FILE).write_text(dedent(SOURCES) + "\n# edited\n", encoding="utf-8")
    assert config_fingerprint(root) != before


# --- one problem each ---------------------------------------------------------------------


def test_unknown_field_in_a_source_names_file_source_and_field(tmp_path: Path) -> None:
    root = write_config(tmp_path / "c", sources=SOURCES.replace("trust = 70", "trsut = 70"))
    problem = only_problem(root)
    assert SOURCES_FILE in problem
    assert "[tagesschau]" in problem
    assert "'trsut'" in problem
    assert "unknown field" in problem


def test_http_source_without_url(tmp_path: Path) -> None:
    sources = '[x]\nkind = "http"\nsection = "politik"\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert problem.startswith(str((tmp_path / "c" / SOURCES_FILE).resolve()))
    assert "source [x]" in problem
    assert "field 'url'" in problem
    assert "required" in problem


def test_http_source_with_relative_url(tmp_path: Path) -> None:
    sources = '[x]\nkind = "http"\nurl = "www.tagesschau.de/xml"\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert "source [x] field 'url'" in problem
    assert "absolute" in problem


@pytest.mark.parametrize(
    ("value", "message"),
    [('"soon"', "duration like '15m'"), ("10", "at least 60 seconds"), ('"30s"', "at least 60")],
)
def test_bad_interval_is_explained(tmp_path: Path, value: str, message: str) -> None:
    sources = f'[x]\nkind = "http"\nurl = "https://ex.org/feed"\ninterval = {value}\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert SOURCES_FILE in problem
    assert "source [x] field 'interval'" in problem
    assert message in problem


@pytest.mark.parametrize(("value", "seconds"), [('"90"', 90), ('"2h"', 7200), ("3600", 3600)])
def test_interval_accepts_durations(tmp_path: Path, value: str, seconds: int) -> None:
    sources = f'[x]\nkind = "http"\nurl = "https://ex.org/feed"\ninterval = {value}\n'
    s = load_settings(write_config(tmp_path / "c", sources=sources))
    assert s.sources[0].interval == seconds


def test_unknown_section_referenced_by_a_source(tmp_path: Path) -> None:
    sources = '[x]\nkind = "http"\nurl = "https://ex.org/feed"\nsection = "sport"\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert SOURCES_FILE in problem
    assert "source [x] field 'section'" in problem
    assert "'sport'" in problem
    assert "politik, welt" in problem  # the known ones are listed


def test_unknown_section_in_category_map(tmp_path: Path) -> None:
    sources = '[x]\nkind = "http"\nurl = "https://ex.org/f"\ncategories = { Fussball = "sport" }\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert "source [x] field 'categories.Fussball'" in problem


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    root = write_config(tmp_path / "c", sections='[politik]\ntitle = "Politik\n')
    problem = problems(root)[0]
    assert problem.startswith(str((root / SECTIONS_FILE).resolve()))
    assert "not valid TOML" in problem
    assert "line 2" in problem


def test_missing_sections_file(tmp_path: Path) -> None:
    root = write_config(tmp_path / "c", sections=None)
    found = problems(root)
    assert f"{(root / SECTIONS_FILE).resolve()}: file not found" in found


def test_missing_sources_file(tmp_path: Path) -> None:
    root = write_config(tmp_path / "c", sources=None)
    assert only_problem(root) == f"{(root / SOURCES_FILE).resolve()}: file not found"


def test_missing_config_dir(tmp_path: Path) -> None:
    assert "config directory not found" in only_problem(tmp_path / "nowhere")


def test_portal_path_that_does_not_exist(tmp_path: Path) -> None:
    sources = '[portal]\nkind = "portal"\npath = "export/cms"\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert SOURCES_FILE in problem
    assert "source [portal] field 'path'" in problem
    assert str((tmp_path / "c" / "export" / "cms").resolve()) in problem
    assert "does not exist" in problem


def test_portal_source_without_path_and_with_url(tmp_path: Path) -> None:
    sources = '[portal]\nkind = "portal"\nurl = "https://ex.org/"\n'
    found = problems(write_config(tmp_path / "c", sources=sources))
    assert any("source [portal] field 'path': required" in p for p in found)
    assert any("source [portal] field 'url': not used" in p for p in found)


def test_unknown_kind(tmp_path: Path) -> None:
    problem = only_problem(write_config(tmp_path / "c", sources='[x]\nkind = "ftp"\n'))
    assert "source [x] field 'kind'" in problem
    assert "'ftp'" in problem


def test_source_without_kind(tmp_path: Path) -> None:
    problem = only_problem(write_config(tmp_path / "c", sources='[x]\nurl = "https://ex.org"\n'))
    assert "source [x] field 'kind': required field is missing" in problem


@pytest.mark.parametrize("source_id", ["Tagesschau", "tages schau", "-x"])
def test_bad_source_id(tmp_path: Path, source_id: str) -> None:
    sources = f'["{source_id}"]\nkind = "http"\nurl = "https://ex.org/f"\n'
    problem = only_problem(write_config(tmp_path / "c", sources=sources))
    assert f"source [{source_id}]" in problem
    assert "id must be" in problem


@pytest.mark.parametrize("slug", ["all", "Politik"])
def test_bad_or_reserved_section_slug(tmp_path: Path, slug: str) -> None:
    sections = f'["{slug}"]\ntitle = "X"\n'
    found = problems(write_config(tmp_path / "c", sections=sections, sources=""))
    assert any(SECTIONS_FILE in p and f"section [{slug}]" in p for p in found)


def test_section_without_title(tmp_path: Path) -> None:
    found = problems(write_config(tmp_path / "c", sections="[politik]\ndescription = 'x'\n"))
    assert any("section [politik] field 'title': required field is missing" in p for p in found)


def test_no_sections_at_all(tmp_path: Path) -> None:
    problem = only_problem(write_config(tmp_path / "c", sections="", sources=""))
    assert SECTIONS_FILE in problem
    assert "no sections" in problem


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('listen = "8080"', "listen"),
        ('base_url = "feeds.example.org"', "base_url"),
        ("feed_size = 0", "feed_size"),
        ("colour = 'blue'", "colour"),
    ],
)
def test_bad_service_field_names_file_table_and_field(
    tmp_path: Path, line: str, field: str
) -> None:
    problem = only_problem(write_config(tmp_path / "c", service=f"[service]\n{line}\n"))
    assert SERVICE_FILE in problem
    assert f"[service] field '{field}'" in problem


def test_unknown_top_level_table_in_service_file(tmp_path: Path) -> None:
    problem = only_problem(write_config(tmp_path / "c", service="[servce]\ntitle = 'x'\n"))
    assert SERVICE_FILE in problem
    assert "'servce'" in problem


# --- several at once ----------------------------------------------------------------------


def test_several_problems_are_reported_at_once(tmp_path: Path) -> None:
    sources = """
    [a]
    kind = "http"
    intervall = "10m"

    [b]
    kind = "http"
    section = "sport"

    [c]
    kind = "inbox"
    path = "fehlt"
    """
    sections = '[politik]\ntitle = "Politik"\n\n[welt]\ntitel = "Welt"\n'
    found = problems(write_config(tmp_path / "c", sections=sections, sources=sources))
    joined = "\n".join(found)
    assert "source [a] field 'intervall'" in joined
    assert "source [b] field 'url'" in joined
    assert "source [b] field 'section'" in joined
    assert "source [c] field 'path'" in joined
    assert "section [welt] field 'titel'" in joined
    assert len(found) >= 5
