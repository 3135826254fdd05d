"""OPML out (`feedhub sources --opml`) and in (`feedhub import-opml`): the document, the
edit of sources.toml (validated like any config edit, existing text kept byte for byte,
replaced atomically or not at all), the file's limits, and hostile files (entity
expansion, external entities) that must not be expanded or fetched. Each test works on
a copy of the shipped config/."""

from __future__ import annotations

import os
import re
import shutil
import time
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from feedhub import opml
from feedhub.cli import main
from feedhub.config import SOURCES_FILE
from feedhub.config import load_settings
from feedhub.models import SourceKind
from tests.conftest import FeedServer

SHIPPED = Path(__file__).resolve().parent.parent / "config"
DATA = Path(__file__).resolve().parent / "data"
SOURCE_ID = r"^[a-z0-9][a-z0-9_-]{0,63}$"  # docs/configuration.md: the id rule


@pytest.fixture(autouse=True)
def _no_env_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FEEDHUB_DATABASE_URL", "FEEDHUB_LISTEN", "FEEDHUB_HTTP_WORKERS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SHIPPED, tmp_path / "config"))


def without_http_sources(cfg: Path) -> Path:
    """The config with only its portal and inbox sources (the shipped file lists the
    http ones after a comment line)."""
    path = cfg / SOURCES_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("# Public German")], encoding="utf-8")
    return cfg


def write_opml(path: Path, body: str, *, prolog: str = "", head: str = "") -> Path:
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
        f'<opml version="2.0"><head><title>Abos</title>{head}</head>\n'
        f"<body>\n{body}\n</body></opml>\n",
        encoding="utf-8",
    )
    return path


def feed(title: str, url: str) -> str:
    return f'<outline type="rss" text="{title}" xmlUrl="{url}"/>'


def import_opml(cfg: Path, file: Path, *args: str) -> int:
    return main(["import-opml", "--config", str(cfg), *args, str(file)])


def http_sources(cfg: Path) -> set[tuple[str | None, str, str | None]]:
    return {
        (s.url, s.name, s.section) for s in load_settings(cfg).sources if s.kind is SourceKind.HTTP
    }


def children(root: ET.Element, path: str) -> list[ET.Element]:
    found = root.find(path)
    assert found is not None
    return list(found)


def leftovers(*folders: Path) -> list[str]:
    """Temporary files or copies an import could leave behind."""
    return sorted(
        p.name
        for folder in folders
        for p in folder.iterdir()
        if ".import-" in p.name or p.name.endswith(".tmp")
    )


# --- export -------------------------------------------------------------------------------


def test_sources_opml_lists_the_http_sources_under_their_sections(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "--opml", "--config", str(cfg)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<opml")
    root = ET.fromstring(captured.out.encode("utf-8"))
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") == "Monrose"
    created = parsedate_to_datetime(root.findtext("head/dateCreated") or "")
    assert created.tzinfo is not None
    assert (root.findtext("head/dateCreated") or "").endswith(" GMT")
    folders = {
        o.get("text"): [(f.get("type"), f.get("text"), f.get("title"), f.get("xmlUrl")) for f in o]
        for o in children(root, "body")
    }
    assert list(folders) == ["Politik", "Welt", "Technik"]  # the sections' order
    assert folders["Politik"] == [
        ("rss", "tagesschau.de", "tagesschau.de", "https://www.tagesschau.de/xml/rss2/"),
        (
            "rss",
            "DER SPIEGEL – Schlagzeilen",
            "DER SPIEGEL – Schlagzeilen",
            "https://www.spiegel.de/schlagzeilen/index.rss",
        ),
        ("rss", "ZEIT ONLINE", "ZEIT ONLINE", "https://newsfeed.zeit.de/index"),
    ]
    assert folders["Technik"] == [
        ("rss", "heise online", "heise online", "https://www.heise.de/rss/heise-atom.xml")
    ]
    assert captured.err == "left out, no feed URL: portal (portal), agentur (inbox)\n"


def test_sources_opml_escapes_every_value_and_puts_sources_without_section_at_the_top(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (cfg / SOURCES_FILE).write_text(
        '[odd]\nkind = "http"\nname = "Q & A <\\"x\\"> \'y\'\\u0001"\n'
        'url = "https://example.org/feed?a=1&b=<2>"\n',
        encoding="utf-8",
    )
    assert main(["sources", "--opml", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "&amp;" in out and "&lt;" in out and "&quot;" in out and "\x01" not in out
    [outline] = children(ET.fromstring(out.encode("utf-8")), "body")
    assert outline.get("text") == outline.get("title") == "Q & A <\"x\"> 'y'"
    assert outline.get("xmlUrl") == "https://example.org/feed?a=1&b=<2>"
    assert list(outline) == []  # no section: directly under <body>


def test_sources_opml_with_an_invalid_config_prints_its_problems(
    cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (cfg / SOURCES_FILE).write_text('[x]\nkind = "http"\n', encoding="utf-8")
    assert main(["sources", "--opml", "--config", str(cfg)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        "config error:" in captured.err and "field 'url': required for kind 'http'" in captured.err
    )


def test_round_trip_export_then_import_brings_back_urls_names_and_sections(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "--opml", "--config", str(cfg)]) == 0
    exported = tmp_path / "export.opml"
    exported.write_text(capsys.readouterr().out, encoding="utf-8")
    target = without_http_sources(Path(shutil.copytree(SHIPPED, tmp_path / "target")))
    assert http_sources(target) == set()

    assert import_opml(target, exported) == 0
    added = [line for line in capsys.readouterr().out.splitlines() if line.startswith("added ")]
    assert len(added) == 5
    assert http_sources(target) == http_sources(cfg) != set()
    assert main(["check", "--config", str(target)]) == 0
    # and once more: every feed is configured now, nothing is added
    before = (target / SOURCES_FILE).read_bytes()
    capsys.readouterr()
    assert import_opml(target, exported) == 0
    out = capsys.readouterr().out
    assert out.count("already configured as source") == 5
    assert (target / SOURCES_FILE).read_bytes() == before


# --- import: what is added ----------------------------------------------------------------


def test_import_appends_tables_and_keeps_the_existing_text_byte_for_byte(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (cfg / SOURCES_FILE).read_bytes()
    assert b"# Public German news feeds" in before  # comments to keep
    file = write_opml(
        tmp_path / "abos.opml",
        '<outline text="Sport">' + feed("kicker", "https://www.kicker.de/news/rss/") + "</outline>"
        '<outline text="Wissenschaft und so">'
        '<outline type="rss" text="Spektrum" category="/Forschung,/wissenschaft"'
        ' xmlUrl="https://www.spektrum.de/alias/rss/spektrum-de-rss-feed/996406"/>'
        "</outline>" + feed("Golem &amp; Co", "https://rss.golem.de/rss.php?feed=ATOM1.0"),
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "added kicker: kicker <https://www.kicker.de/news/rss/> section=sport (folder 'Sport')",
        "added spektrum: Spektrum <https://www.spektrum.de/alias/rss/spektrum-de-rss-feed/996406> section=wissenschaft (folder 'wissenschaft')",
        "added golem-co: Golem & Co <https://rss.golem.de/rss.php?feed=ATOM1.0> section=-",
    ]
    assert out[3].startswith("3 sources added to ") and out[3].endswith(
        "0 skipped; a running service takes them up at its next tick"
    )
    after = (cfg / SOURCES_FILE).read_bytes()
    assert after.startswith(before)
    added = after[len(before) :].decode("utf-8")
    assert added.startswith("\n# added by feedhub import-opml from abos.opml, ")
    assert '\n[golem-co]\nkind = "http"\nname = "Golem & Co"\n' in added
    settings = load_settings(cfg)
    kicker = settings.source("kicker")
    assert kicker is not None and kicker.kind is SourceKind.HTTP and kicker.section == "sport"
    golem = settings.source("golem-co")
    assert golem is not None and golem.section is None and golem.interval == 900
    assert main(["check", "--config", str(cfg)]) == 0
    assert leftovers(tmp_path, cfg) == []


def test_section_option_sets_the_section_of_every_new_source(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_opml(
        tmp_path / "a.opml",
        '<outline text="Sport">'
        + feed("A", "https://a.example/feed")
        + "</outline>"
        + feed("B", "https://b.example/feed"),
    )
    assert import_opml(cfg, file, "--section", "technik") == 0
    settings = load_settings(cfg)
    assert [(s.id, s.section) for s in settings.sources[-2:]] == [
        ("a", "technik"),
        ("b", "technik"),
    ]


def test_configured_urls_are_recognised_in_any_case_port_or_trailing_slash(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (cfg / SOURCES_FILE).read_bytes()
    file = write_opml(
        tmp_path / "dupes.opml",
        feed("T", "HTTPS://WWW.TAGESSCHAU.DE/xml/rss2")
        + feed("H", "https://www.heise.de:443/rss/heise-atom.xml/")
        + feed("Z", "https://newsfeed.zeit.de/index#top"),
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "skipped 'T' <HTTPS://WWW.TAGESSCHAU.DE/xml/rss2>: already configured as source 'tagesschau'",
        "skipped 'H' <https://www.heise.de:443/rss/heise-atom.xml/>: already configured as source 'heise'",
        "skipped 'Z' <https://newsfeed.zeit.de/index#top>: already configured as source 'zeit'",
        f"nothing to add; {cfg.resolve() / SOURCES_FILE} unchanged (3 skipped)",
    ]
    assert (cfg / SOURCES_FILE).read_bytes() == before


def test_a_path_in_another_case_and_repeats_within_the_file(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_opml(
        tmp_path / "f.opml",
        feed("Upper", "https://www.tagesschau.de/xml/RSS2/")  # the path's case counts
        + feed("Again", "https://WWW.tagesschau.de/xml/RSS2"),
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "added upper: Upper <https://www.tagesschau.de/xml/RSS2/> section=-"
    assert (
        out[1]
        == "skipped 'Again' <https://WWW.tagesschau.de/xml/RSS2>: the same feed as 'upper' above"
    )


def test_invalid_urls_and_outlines_without_a_feed_are_skipped_with_the_reason(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (cfg / SOURCES_FILE).read_bytes()
    file = write_opml(
        tmp_path / "bad.opml",
        feed("feed", "feed://example.org/rss")
        + feed("js", "javascript:alert(1)")
        + feed("relative", "/relative/feed.xml")
        + feed("nohost", "http://")
        + feed("space", "https://exa mple.org/feed")
        + feed("port", "https://example.org:99999/feed")
        + '<outline htmlUrl="https://example.org/page"/>'
        + '<outline type="include" text="more" url="https://example.org/more.opml"/>',
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "skipped 'feed' <feed://example.org/rss>: invalid URL: scheme 'feed:' is not http or https",
        "skipped 'js' <javascript:alert(1)>: invalid URL: scheme 'javascript:' is not http or https",
        "skipped 'relative' </relative/feed.xml>: invalid URL: not an absolute URL",
        "skipped 'nohost' <http://>: invalid URL: no host",
        "skipped 'space' <https://exa mple.org/feed>: invalid URL: contains whitespace or control characters",
        "skipped 'port' <https://example.org:99999/feed>: invalid URL: not a URL (Port out of range 0-65535)",
        "skipped '-' <https://example.org/page>: no xmlUrl (a web page, not a feed)",
        "skipped 'more' <https://example.org/more.opml>: a linked subscription list, not a feed (not followed)",
        f"nothing to add; {cfg.resolve() / SOURCES_FILE} unchanged (8 skipped)",
    ]
    assert (cfg / SOURCES_FILE).read_bytes() == before


def test_new_ids_are_unique_and_follow_the_id_rule(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_title = "Sehr langer Titel " * 20
    file = write_opml(
        tmp_path / "ids.opml",
        feed("tagesschau", "https://tagesschau.example/other")  # an id the config has
        + feed("", "https://www.golem.de/feed")
        + feed("!!!", "https://www.netzpolitik.org/feed/")
        + feed(long_title, "https://long.example/feed")
        + feed("日本のニュース", "https://nhk.example/feed")
        + feed("Blog", "https://one.example/feed")
        + feed("Blog", "https://two.example/feed"),
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out
    settings = load_settings(cfg)
    new = {s.url: s for s in settings.sources[-7:]}
    assert new["https://tagesschau.example/other"].id == "tagesschau-2"
    assert new["https://www.golem.de/feed"].id == "golem-de"
    assert new["https://www.golem.de/feed"].name == "golem.de"  # no title: the host
    assert new["https://www.netzpolitik.org/feed/"].id == "netzpolitik-org"
    assert new["https://one.example/feed"].id == "blog"
    assert new["https://two.example/feed"].id == "blog-2"
    long_id = new["https://long.example/feed"].id
    assert long_id.startswith("sehr-langer-titel") and len(long_id) <= 64
    assert new["https://long.example/feed"].name == long_title[: opml.MAX_NAME_CHARS]
    for s in new.values():
        assert re.match(SOURCE_ID, s.id), s.id
        assert f"added {s.id}: " in out
    assert main(["check", "--config", str(cfg)]) == 0


def test_dry_run_prints_what_would_be_added_and_writes_nothing(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = cfg / SOURCES_FILE
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    file = write_opml(tmp_path / "a.opml", feed("Kicker", "https://www.kicker.de/news/rss/"))
    assert import_opml(cfg, file, "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "would add kicker: Kicker <https://www.kicker.de/news/rss/> section=-"
    assert out[1].startswith("dry run: 1 sources would be added to ")
    assert out[1].endswith("(the config validates with them), 0 skipped; nothing written")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (before, mtime)
    assert leftovers(tmp_path, cfg) == []


def test_an_edit_that_breaks_the_config_is_not_written_and_reported_as_check_reports_it(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = cfg / SOURCES_FILE
    before = path.read_bytes()
    file = write_opml(
        tmp_path / "a.opml",
        feed("Kicker", "https://www.kicker.de/news/rss/") + feed("B", "https://b.example/"),
    )
    for args in (("--section", "sprot"), ("--section", "sprot", "--dry-run")):
        capsys.readouterr()
        assert import_opml(cfg, file, *args) == 1
        err = capsys.readouterr().err.splitlines()
        problems = [line for line in err if line.startswith("config error: ")]
        known = "known: kultur, panorama, politik, sport, technik, welt, wirtschaft, wissenschaft"
        assert problems == [
            f"config error: {path.resolve()}: source [kicker] field 'section': unknown section 'sprot'; {known}",
            f"config error: {path.resolve()}: source [b] field 'section': unknown section 'sprot'; {known}",
        ]
        assert err[-1] == (
            f"error: {path.resolve()} not changed: with the 2 new sources the config is"
            " invalid (2 problems)"
        )
        assert path.read_bytes() == before
        assert leftovers(tmp_path, cfg) == []

    # the same edit made by hand: `feedhub check` prints the same lines
    by_hand = Path(shutil.copytree(SHIPPED, tmp_path / "by-hand"))
    text = before.decode("utf-8")
    plan = opml.plan_import(
        opml.read_opml(file), load_settings(by_hand), opml.toml_keys(text), section="sprot"
    )
    (by_hand / SOURCES_FILE).write_text(opml.sources_toml_with(text, plan.added, "x"), "utf-8")
    capsys.readouterr()
    assert main(["check", "--config", str(by_hand)]) == 1
    checked = capsys.readouterr().err.splitlines()
    assert [p.replace(str(by_hand.resolve()), "CFG") for p in checked] == [
        p.replace(str(cfg.resolve()), "CFG") for p in problems
    ]


def test_relative_paths_out_of_the_config_directory_validate_as_they_do_in_place(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.move(cfg / "inbox" / "agentur", tmp_path / "drop")
    path = cfg / SOURCES_FILE
    path.write_text(
        path.read_text("utf-8").replace('path = "inbox/agentur"', 'path = "../drop"'), "utf-8"
    )
    assert main(["check", "--config", str(cfg)]) == 0
    file = write_opml(tmp_path / "a.opml", feed("Kicker", "https://www.kicker.de/news/rss/"))
    assert import_opml(cfg, file) == 0
    assert load_settings(cfg).source("kicker") is not None
    assert leftovers(tmp_path, cfg) == []


def test_a_crlf_file_gets_crlf_lines(tmp_path: Path, cfg: Path) -> None:
    path = cfg / SOURCES_FILE
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    before = path.read_bytes()
    file = write_opml(tmp_path / "a.opml", feed("Kicker", "https://www.kicker.de/news/rss/"))
    assert import_opml(cfg, file) == 0
    after = path.read_bytes()
    assert after.startswith(before)
    appended = after[len(before) :]
    assert b"\r\n[kicker]\r\n" in appended and b"\n" not in appended.replace(b"\r\n", b"")
    assert load_settings(cfg).source("kicker") is not None


def test_replace_refuses_when_sources_toml_changed_meanwhile(cfg: Path) -> None:
    path = cfg / SOURCES_FILE
    before = path.read_bytes()
    with pytest.raises(opml.SourcesEditError, match="changed while importing"):
        opml.replace_sources_toml(cfg, b"what it held when the import read it", "x = 1\n")
    assert path.read_bytes() == before
    assert leftovers(cfg) == []


def test_replace_keeps_the_permission_bits(cfg: Path) -> None:
    path = cfg / SOURCES_FILE
    os.chmod(path, 0o640)
    before = path.read_bytes()
    opml.replace_sources_toml(cfg, before, before.decode() + "\n")
    assert path.stat().st_mode & 0o777 == 0o640
    assert path.read_bytes() == before + b"\n"


def test_text_from_the_file_is_printed_through_printable(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_opml(
        tmp_path / "esc.opml",
        feed("&#27;]0;pwned&#7;&#27;[31mred", "feed://x.example/")
        + feed("&#27;[2Jclear&#x202e;", "https://x.example/feed"),
    )
    assert import_opml(cfg, file) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "skipped '\\x1b]0;pwned\\x07\\x1b[31mred' <feed://x.example/>" in out
    assert "added 2jclear: [2Jclear <https://x.example/feed>" in out  # controls dropped
    assert load_settings(cfg).source("2jclear") is not None


# --- the file: limits, errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("missing.opml", "cannot read: No such file or directory"),
        ("folder.opml", "cannot read: Is a directory"),
        ("huge.opml", "file of 10485761 bytes exceeds 10485760 bytes; not read"),
        ("feed.xml", "not an OPML file (no <opml> document element)"),
        ("empty.opml", "not an OPML file (no <opml> document element)"),
        ("garbage.opml", "not an OPML file (no <opml> document element)"),
    ],
)
def test_a_file_that_cannot_be_used_is_one_error_naming_it(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    file = tmp_path / name
    if name == "folder.opml":
        file.mkdir()
    elif name == "huge.opml":
        with file.open("wb") as f:
            f.truncate(opml.MAX_OPML_BYTES + 1)  # sparse: costs no disk
    elif name == "feed.xml":
        shutil.copy(DATA / "feeds" / "rss20.xml", file)
    elif name == "empty.opml":
        file.write_bytes(b"")
    elif name == "garbage.opml":
        file.write_bytes(bytes(range(256)) * 4)
    before = (cfg / SOURCES_FILE).read_bytes()
    assert import_opml(cfg, file) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"error: {file}: {expected}\n"
    assert (cfg / SOURCES_FILE).read_bytes() == before


def test_a_file_that_grows_past_the_limit_is_not_read_further() -> None:
    with pytest.raises(opml.OpmlFileError, match="more than 4096 bytes; not read further"):
        opml.read_opml(Path("/dev/zero"), max_bytes=4096)  # size 0 to stat, endless to read


# --- hostile files --------------------------------------------------------------------------

LAUGHS = """<!DOCTYPE opml [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def test_billion_laughs_is_not_expanded(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write_opml(
        tmp_path / "laughs.opml",
        '<outline text="&lol9;" title="&lol9;" type="rss" xmlUrl="https://laughs.example/feed"/>'
        '<outline text="ok" type="rss" xmlUrl="https://laughs.example/x?&lol9;"/>',
        prolog=LAUGHS,
        head="<ownerName>&lol9;</ownerName>",
    )
    started = time.monotonic()
    doc = opml.read_opml(file)
    assert [(f.title, f.url) for f in doc.feeds] == [
        ("&lol9;", "https://laughs.example/feed"),
        ("ok", "https://laughs.example/x?&lol9;"),
    ]
    assert import_opml(cfg, file) == 0
    assert time.monotonic() - started < 10  # expanded, it would be 3 GB of "lol"
    out = capsys.readouterr().out
    text = (cfg / SOURCES_FILE).read_text("utf-8")
    assert "lollol" not in out and "lollol" not in text
    source = load_settings(cfg).source("lol9")
    assert source is not None and source.name == "&lol9;"


def test_external_entities_are_neither_read_nor_fetched(
    tmp_path: Path, cfg: Path, capsys: pytest.CaptureFixture[str], feed_server: FeedServer
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT", encoding="utf-8")
    dtd = feed_server.add("/evil.dtd", '<!ENTITY remote "FROM-THE-DTD">', "application/xml-dtd")
    entity = feed_server.add("/entity", "FROM-THE-NETWORK", "text/plain")
    file = write_opml(
        tmp_path / "xxe.opml",
        '<outline text="&passwd;" type="rss" xmlUrl="https://xxe.example/passwd"/>'
        '<outline text="&secret;" type="rss" xmlUrl="https://xxe.example/secret?&secret;"/>'
        '<outline text="&remote;" type="rss" xmlUrl="https://xxe.example/remote"/>'
        '<outline text="&fetched;" type="rss" xmlUrl="https://xxe.example/fetched"/>',
        prolog=(
            f'<!DOCTYPE opml SYSTEM "{dtd}" [\n'
            '<!ENTITY passwd SYSTEM "file:///etc/passwd">\n'
            f'<!ENTITY secret SYSTEM "{secret.as_uri()}">\n'
            f'<!ENTITY fetched SYSTEM "{entity}">\n'
            f'<!ENTITY % pe SYSTEM "{dtd}"> %pe;\n'
            "]>\n"
        ),
    )
    assert [f.title for f in opml.read_opml(file).feeds] == [
        "&passwd;",
        "&secret;",
        "&remote;",
        "&fetched;",
    ]
    assert import_opml(cfg, file) == 0
    captured = capsys.readouterr()
    text = (cfg / SOURCES_FILE).read_text("utf-8")
    passwd = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    for leaked in (passwd, "SECRET-FILE-CONTENT", "FROM-THE-DTD", "FROM-THE-NETWORK"):
        assert leaked not in captured.out + captured.err and leaked not in text
    assert feed_server.requests == []  # neither the DTD nor the entity was fetched
    names = {s.name for s in load_settings(cfg).sources}
    assert {"&passwd;", "&secret;", "&remote;", "&fetched;"} <= names
