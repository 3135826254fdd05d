"""config/ directory -> validated Settings, with errors that name file, table and field.

Three TOML files (docs/configuration.md is the reference):

    feedhub.toml    [service]: database, listen address, base URL, defaults
    sections.toml   one table per section: title, description, language, categories
    sources.toml    one table per source: kind, url or path, section mapping, interval, trust

Validation collects every problem before raising one ConfigError, so an operator fixes a
file in one pass. Relative paths are relative to the config directory. Environment
variables FEEDHUB_DATABASE_URL, FEEDHUB_LISTEN and FEEDHUB_HTTP_WORKERS override the file
(for tests and ops).
Reading files is the only I/O here.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated
from typing import Any
from typing import Literal
from zoneinfo import ZoneInfo
from zoneinfo import ZoneInfoNotFoundError

from pydantic import BaseModel
from pydantic import BeforeValidator
from pydantic import ConfigDict
from pydantic import Field
from pydantic import ValidationError
from pydantic import field_validator

from feedhub import feeds
from feedhub import rules
from feedhub.errors import ConfigError
from feedhub.models import Filters
from feedhub.models import Rule
from feedhub.models import Section
from feedhub.models import ServiceSettings
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.models import Topic

SERVICE_FILE = "feedhub.toml"
SECTIONS_FILE = "sections.toml"
SOURCES_FILE = "sources.toml"

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
RESERVED_SECTIONS = feeds.RESERVED  # slugs of other feeds: "all", "top", "tag", ...


def parse_duration(value: object) -> object:
    """Accept 900, "900", "15m", "1h", "2d"; leave anything else for pydantic to reject."""
    if isinstance(value, str):
        m = _DURATION.match(value)
        if not m:
            raise ValueError("expected seconds or a duration like '15m', '1h', '1d'")
        return int(m.group(1)) * _UNITS[m.group(2)]
    return value


Duration = Annotated[int, BeforeValidator(parse_duration), Field(ge=1)]
# the shortest retention: longer than every window dedup looks back in to decide (the
# in-memory index, dedup.index.KEEP_DAYS, 12 days; related stories 10 days; copies 48
# hours), so a copy or follow-up never misses the story it belongs to for retention
MIN_RETENTION_DAYS = 30


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ServiceFile(_Strict):
    database_url: str | None = None
    listen: str = "127.0.0.1:8080"
    base_url: str = "http://127.0.0.1:8080/"
    title: str = "feedhub"
    language: str = "de"
    feed_size: int = Field(50, ge=1, le=1000)
    tick: Duration = 30
    max_cache_age: Duration = 300
    contact: str = ""
    max_response_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    fetch_timeout: float = Field(20.0, gt=0, le=300)
    fetch_deadline: float = Field(60.0, gt=0, le=3600)
    max_file_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    max_entries_per_poll: int = Field(500, ge=1, le=100_000)
    ingest_batch: int = Field(200, ge=1, le=10_000)
    workers: int = Field(4, ge=1, le=64)
    websub_hubs: list[str] = []
    metrics: bool = True
    timezone: str = "Europe/Berlin"
    http_workers: int = Field(1, ge=1, le=64)
    host_connections: int = Field(2, ge=1, le=32)
    host_interval: float = Field(0.25, ge=0, le=3600)
    host_delay_factor: float = Field(5.0, ge=0, le=100)
    host_max_interval: float = Field(60.0, ge=0, le=3600)
    allow_private: bool = False
    cache_mb: int = Field(128, ge=8, le=65536)
    parse_processes: int | None = Field(None, ge=0, le=64)
    retention: Annotated[int, BeforeValidator(parse_duration), Field(ge=0)] = 365 * 86400
    retention_every: Annotated[int, BeforeValidator(parse_duration), Field(ge=60)] = 3600

    @field_validator("retention")
    @classmethod
    def _retention(cls, v: int) -> int:
        if 0 < v < MIN_RETENTION_DAYS * 86400:
            raise ValueError(
                f"must be 0 (keep everything) or at least {MIN_RETENTION_DAYS} days"
                f" ('{MIN_RETENTION_DAYS}d'): dedup looks back up to 12 days"
            )
        return v

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA time zone such as 'Europe/Berlin'") from None
        return v

    @field_validator("websub_hubs")
    @classmethod
    def _hubs(cls, v: list[str]) -> list[str]:
        for url in v:
            if not re.match(r"^https?://[^/]+", url):
                raise ValueError(f"expected absolute http(s) hub URLs, got {url!r}")
        return list(dict.fromkeys(v))

    @field_validator("listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        host, sep, port = v.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("expected 'host:port', e.g. '127.0.0.1:8080'")
        return v

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, v: str) -> str:
        if not re.match(r"^https?://[^/]+", v):
            raise ValueError("expected an absolute http(s) URL")
        return v if v.endswith("/") else v + "/"


class _SectionTable(_Strict):
    title: str = Field(min_length=1)
    description: str = ""
    language: str = "de"
    categories: list[str] = []


def _rule(text: str) -> Rule:
    return rules.parse(text)


RuleText = Annotated[Rule, BeforeValidator(_rule)]


class _FiltersTable(_Strict):
    block: list[RuleText] = []
    keep: list[RuleText] = []


class _TopicTable(_Strict):
    title: str = Field(min_length=1, max_length=200)
    match: list[RuleText] = Field(min_length=1)


class _SourceTable(_Strict):
    kind: Literal["http", "portal", "inbox"]
    name: str | None = None
    public_name: str | None = Field(None, min_length=1, max_length=200)
    url: str | None = None
    path: str | None = None
    section: str | None = None
    categories: dict[str, str] = {}
    interval: Duration = 900
    max_interval: Duration = 21600
    trust: int = Field(50, ge=0, le=100)
    merge: bool = True
    headers: dict[str, str] = {}
    enabled: bool = True
    allow_private: bool = False
    block: list[RuleText] = []
    keep: list[RuleText] = []

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("expected an absolute http:// or https:// URL")
        return v

    @field_validator("interval")
    @classmethod
    def _interval(cls, v: int) -> int:
        if v < 60:
            raise ValueError("must be at least 60 seconds; polling faster is impolite")
        return v


def database_url_of(config_dir: str | os.PathLike[str]) -> str | None:
    """The database URL a config directory names, read leniently: for finding the store
    while the config is invalid (FEEDHUB_DATABASE_URL, else feedhub.toml's
    [service] database_url, else the default). None if feedhub.toml cannot be read."""
    root = Path(config_dir).resolve()
    url = os.environ.get("FEEDHUB_DATABASE_URL")
    if not url:
        try:
            with (root / SERVICE_FILE).open("rb") as f:
                doc = tomllib.load(f)
        except FileNotFoundError:
            doc = {}
        except (OSError, tomllib.TOMLDecodeError):
            return None
        table = doc.get("service")
        value = table.get("database_url") if isinstance(table, dict) else None
        url = value if isinstance(value, str) else None
    return _database_url(root, url)


def load_settings(config_dir: str | os.PathLike[str]) -> Settings:
    """Read and validate a config directory.

    Raises ConfigError listing every problem, each as `FILE: [TABLE] FIELD: what is wrong`.
    """
    root = Path(config_dir).resolve()
    problems: list[str] = []
    if not root.is_dir():
        raise ConfigError([f"{root}: config directory not found"])

    service_doc = _read_toml(root / SERVICE_FILE, problems, required=False)
    sections_doc = _read_toml(root / SECTIONS_FILE, problems, required=True)
    sources_doc = _read_toml(root / SOURCES_FILE, problems, required=True)

    service = _service(root, service_doc, problems)
    filters, topics = _filters(root, service_doc, problems), _topics(root, service_doc, problems)
    sections = _sections(root / SECTIONS_FILE, sections_doc, problems)
    slugs = {s.slug for s in sections}
    sources = _sources(root, sources_doc, slugs, problems)
    if problems:
        raise ConfigError(problems)
    assert service is not None
    return Settings(str(root), service, tuple(sections), tuple(sources), filters, topics)


def _read_toml(path: Path, problems: list[str], *, required: bool) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        if required:
            problems.append(f"{path}: file not found")
    except tomllib.TOMLDecodeError as e:
        problems.append(f"{path}: not valid TOML: {e}")
    except OSError as e:
        problems.append(f"{path}: cannot read: {e.strerror}")
    return {}


def _pydantic_problems(path: Path, table: str, e: ValidationError) -> list[str]:
    out = []
    for err in e.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(table)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown field (misspelt?)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        elif "input" in err and err["type"] != "missing":
            msg = f"{msg}, got {err['input']!r}"
        out.append(f"{path}: {table} field '{loc}': {msg}")
    return out


def _filters(root: Path, doc: dict[str, Any], problems: list[str]) -> Filters:
    """feedhub.toml's [filters]: block and keep rules for every source (rules.py)."""
    table = doc.get("filters", {})
    try:
        f = _FiltersTable.model_validate(table)
    except ValidationError as e:
        problems.extend(_pydantic_problems(root / SERVICE_FILE, "[filters]", e))
        return Filters()
    return Filters(tuple(f.block), tuple(f.keep))


def _topics(root: Path, doc: dict[str, Any], problems: list[str]) -> tuple[Topic, ...]:
    """feedhub.toml's [topics.SLUG] tables: topic feeds (rules.py)."""
    path = root / SERVICE_FILE
    tables = doc.get("topics", {})
    if not isinstance(tables, dict):
        problems.append(f"{path}: 'topics' must hold tables [topics.SLUG]")
        return ()
    out = []
    for slug, table in tables.items():
        where = f"[topics.{slug}]"
        if not _SLUG.match(slug):
            problems.append(
                f"{path}: {where}: the slug must be lower-case letters, digits, '-' or '_'"
            )
            continue
        try:
            t = _TopicTable.model_validate(table)
        except ValidationError as e:
            problems.extend(_pydantic_problems(path, where, e))
            continue
        out.append(Topic(slug, t.title, tuple(t.match)))
    return tuple(out)


def _service(root: Path, doc: dict[str, Any], problems: list[str]) -> ServiceSettings | None:
    path = root / SERVICE_FILE
    table = doc.get("service", {})
    extra = set(doc) - {"service", "filters", "topics"}
    for key in sorted(extra):
        problems.append(
            f"{path}: unknown table or key '{key}' (expected [service], [filters], [topics.SLUG])"
        )
    if not isinstance(table, dict):
        problems.append(f"{path}: 'service' must be a table")
        return None
    overrides = {
        key: value
        for key, value in (
            ("listen", os.environ.get("FEEDHUB_LISTEN")),
            ("database_url", os.environ.get("FEEDHUB_DATABASE_URL")),
            ("http_workers", os.environ.get("FEEDHUB_HTTP_WORKERS")),
        )
        if value
    }
    try:
        s = _ServiceFile.model_validate({**table, **overrides})
    except ValidationError as e:
        where = "[service]"
        if overrides:
            names = ", ".join(f"FEEDHUB_{k.upper()}" for k in overrides)
            where = f"[service] (with environment overrides {names})"
        problems.extend(_pydantic_problems(path, where, e))
        return None
    host, _, port = s.listen.rpartition(":")
    return ServiceSettings(
        database_url=_database_url(root, s.database_url),
        listen_host=host,
        listen_port=int(port),
        base_url=s.base_url,
        title=s.title,
        language=s.language,
        feed_size=s.feed_size,
        tick_seconds=s.tick,
        max_cache_age=s.max_cache_age,
        user_agent_contact=s.contact,
        max_response_bytes=s.max_response_bytes,
        fetch_timeout=s.fetch_timeout,
        fetch_deadline=s.fetch_deadline,
        max_file_bytes=s.max_file_bytes,
        max_entries_per_poll=s.max_entries_per_poll,
        ingest_batch=s.ingest_batch,
        workers=s.workers,
        websub_hubs=tuple(s.websub_hubs),
        metrics=s.metrics,
        timezone=s.timezone,
        http_workers=s.http_workers,
        host_connections=s.host_connections,
        host_interval=s.host_interval,
        host_delay_factor=s.host_delay_factor,
        host_max_interval=s.host_max_interval,
        allow_private=s.allow_private,
        cache_mb=s.cache_mb,
        parse_processes=(
            s.parse_processes if s.parse_processes is not None else default_parse_processes()
        ),
        retention=s.retention,
        retention_every=s.retention_every,
    )


def default_parse_processes() -> int:
    """One parse worker process per CPU; none on a machine with one (nothing to gain)."""
    cpus = os.cpu_count() or 1
    return cpus if cpus > 1 else 0


def _database_url(root: Path, url: str | None) -> str:
    """Default to a SQLite file in ../var; resolve relative SQLite paths against config/."""
    if not url:
        return f"sqlite:///{(root.parent / 'var' / 'feedhub.sqlite')}"
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        return prefix + str((root / url[len(prefix) :]).resolve())
    return url


def _sections(path: Path, doc: dict[str, Any], problems: list[str]) -> list[Section]:
    sections = []
    for slug, table in doc.items():
        where = f"[{slug}]"
        if not _SLUG.match(slug) or slug in RESERVED_SECTIONS:
            problems.append(
                f"{path}: section {where}: name must be lower-case letters, digits, '-' or '_'"
                f" and not one of {sorted(RESERVED_SECTIONS)}"
            )
            continue
        if not isinstance(table, dict):
            problems.append(f"{path}: section {where}: must be a table")
            continue
        try:
            t = _SectionTable.model_validate(table)
        except ValidationError as e:
            problems.extend(_pydantic_problems(path, f"section {where}", e))
            continue
        cats = tuple(c.casefold() for c in t.categories)
        sections.append(Section(slug, t.title, t.description, t.language, cats))
    if not sections and not problems:
        problems.append(f"{path}: no sections defined; add at least one [slug] table")
    return sections


def _sources(
    root: Path, doc: dict[str, Any], sections: set[str], problems: list[str]
) -> list[Source]:
    path = root / SOURCES_FILE
    sources = []
    for source_id, table in doc.items():
        where = f"source [{source_id}]"
        if not _SLUG.match(source_id):
            problems.append(f"{path}: {where}: id must be lower-case letters, digits, '-' or '_'")
            continue
        if not isinstance(table, dict):
            problems.append(f"{path}: {where}: must be a table")
            continue
        try:
            t = _SourceTable.model_validate(table)
        except ValidationError as e:
            problems.extend(_pydantic_problems(path, where, e))
            continue
        before = len(problems)
        if t.kind == "http" and not t.url:
            problems.append(f"{path}: {where} field 'url': required for kind 'http'")
        if t.kind == "http" and t.path:
            problems.append(f"{path}: {where} field 'path': not used by kind 'http'; use 'url'")
        if t.kind in ("portal", "inbox") and not t.path:
            problems.append(f"{path}: {where} field 'path': required for kind '{t.kind}'")
        if t.kind in ("portal", "inbox") and t.url:
            problems.append(f"{path}: {where} field 'url': not used by kind '{t.kind}'")
        folder = str((root / t.path).resolve()) if t.path else None
        if folder and not Path(folder).is_dir():
            problems.append(f"{path}: {where} field 'path': folder {folder} does not exist")
        if t.section is not None and t.section not in sections:
            problems.append(
                f"{path}: {where} field 'section': unknown section {t.section!r};"
                f" known: {', '.join(sorted(sections))}"
            )
        for cat, sec in t.categories.items():
            if sec not in sections:
                problems.append(
                    f"{path}: {where} field 'categories.{cat}': unknown section {sec!r}"
                )
        if len(problems) > before:
            continue
        sources.append(
            Source(
                id=source_id,
                kind=SourceKind(t.kind),
                name=t.name or source_id,
                public_name=t.public_name,
                block=tuple(t.block),
                keep=tuple(t.keep),
                url=t.url,
                path=folder,
                section=t.section,
                categories={k.casefold(): v for k, v in t.categories.items()},
                interval=t.interval,
                max_interval=max(t.max_interval, t.interval),
                trust=t.trust,
                merge=t.merge,
                headers=dict(t.headers),
                enabled=t.enabled,
                allow_private=t.allow_private,
            )
        )
    return sources
