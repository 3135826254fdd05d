"""Source health for operators: /status (HTML) and /status.json (pure rendering).

One row per configured source: state, last HTTP status, last error with its cause,
consecutive failures, last success, next poll, entries seen, new and duplicate counts.
Sorted by state by default (the worst first: failing, gone, rate limited, ...), or by any
column (`?sort=` one of SORTS; `-` before it reverses the order). The HTML page is in
German, the portal's language, with times in the configured time zone; the JSON document
keeps English keys and UTC times (a machine reads it).

While the config on disk is invalid, both forms lead with its problems (file, table,
field, since when): the HTML page in a banner above everything else, the JSON document in
"config_errors" (always present, empty when the config is valid). The rows then are the
sources of the last good config, which stays in force.

Feed documents published without some entries (an entry a format cannot hold), or not
rendered at all, are listed next ("render_problems" in JSON), until a render succeeds
without them.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from typing import Any

from feedhub.models import SourceHealth
from feedhub.models import SourceState
from feedhub.publish.feedinfo import local_time

if TYPE_CHECKING:
    from feedhub.models import ConfigProblem

# the worst first: what an operator must look at
STATE_ORDER = {
    SourceState.FAILING: 0,
    SourceState.GONE: 1,
    SourceState.RATE_LIMITED: 2,
    SourceState.NEW: 3,
    SourceState.DISABLED: 4,
    SourceState.NOT_MODIFIED: 5,
    SourceState.OK: 6,
}
FeedProblem = tuple[str, str, str]  # (document, format, problem): Repository.render_problems
SORTS = ("source", "state", "http", "failures", "success", "checked", "next", "entries", "error")
_LABELS = {
    SourceState.FAILING: "fehlerhaft",
    SourceState.GONE: "entfernt (410)",
    SourceState.RATE_LIMITED: "gedrosselt",
    SourceState.NEW: "noch nicht abgerufen",
    SourceState.DISABLED: "abgeschaltet",
    SourceState.NOT_MODIFIED: "unverändert",
    SourceState.OK: "in Ordnung",
}
_NEVER = datetime.max


def sort_rows(rows: Sequence[SourceHealth], by: str) -> list[SourceHealth]:
    """Rows in the order `by`: one of SORTS, "-" before it for the reverse (anything else
    is "state"). Ties go by source id."""
    reverse = by.startswith("-")
    keys: dict[str, Callable[[SourceHealth], tuple[Any, ...]]] = {
        "source": lambda h: (h.source_id,),
        "state": lambda h: (STATE_ORDER[h.state], -h.error_count, h.source_id),
        "http": lambda h: (h.last_status or 0, h.source_id),
        "failures": lambda h: (-h.error_count, h.source_id),
        "success": lambda h: (_naive(h.last_success), h.source_id),
        "checked": lambda h: (_naive(h.last_checked), h.source_id),
        "next": lambda h: (_naive(h.next_check), h.source_id),
        "entries": lambda h: (-h.entries_seen, -h.new_count, h.source_id),
        "error": lambda h: (h.last_error is None, h.last_error or "", h.source_id),
    }
    key = keys.get(by.removeprefix("-"), keys["state"])
    return sorted(rows, key=key, reverse=reverse)


def _naive(when: datetime | None) -> datetime:
    return when.replace(tzinfo=None) if when else _NEVER


def _header(key: str, label: str, sort: str) -> str:
    """A column heading: a link sorting by it, or reversed if it is the order now."""
    if sort == key:
        return f'<th aria-sort="ascending"><a href="?sort=-{key}">{label}</a> ▲</th>'
    if sort == f"-{key}":
        return f'<th aria-sort="descending"><a href="?sort={key}">{label}</a> ▼</th>'
    return f'<th><a href="?sort={key}">{label}</a></th>'


def _local(when: datetime | None, zone: str) -> str | None:
    return local_time(when, zone) if when else None


def _time(when: datetime | None) -> str | None:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if when else None


def render_json(
    rows: Sequence[SourceHealth],
    generated: datetime,
    problems: Sequence[ConfigProblem] = (),
    feeds: Sequence[FeedProblem] = (),
) -> bytes:
    doc = {
        "generated": _time(generated),
        "config_errors": [
            {"file": _file(p.text), "problem": p.text, "since": _time(p.since)} for p in problems
        ],
        "render_problems": [
            {"feed": feed, "format": fmt, "problem": text} for feed, fmt, text in feeds
        ],
        "counts": {s.value: sum(1 for h in rows if h.state is s) for s in STATE_ORDER},
        "sources": [
            {
                "id": h.source_id,
                "url": h.url,
                "fetch_url": h.fetch_url,  # set when the feed moved (confirmed 301/308)
                "state": h.state.value,
                "last_status": h.last_status,
                "last_error": h.last_error,
                "consecutive_failures": h.error_count,
                "last_checked": _time(h.last_checked),
                "last_success": _time(h.last_success),
                "next_poll": _time(h.next_check),
                "entries_seen": h.entries_seen,
                "new": h.new_count,
                "duplicates": h.dupe_count,
                "polls_without_news": h.idle_polls,
            }
            for h in rows
        ],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


def _file(problem: str) -> str:
    """The file a problem names (its text starts with the path)."""
    return problem.partition(": ")[0]


def _banner(problems: Sequence[ConfigProblem], zone: str) -> str:
    if not problems:
        return ""
    items = "".join(
        f"<li><code>{html.escape(p.text)}</code> <small>(seit {_local(p.since, zone)})</small></li>"
        for p in problems
    )
    return (
        '<div class="config-errors" id="config-errors" role="alert">'
        f"<strong>Die Konfiguration auf der Platte ist ungültig ({len(problems)}"
        f" Problem{'e' if len(problems) != 1 else ''}); die letzte gültige bleibt in Kraft,"
        f" bis sie behoben ist:</strong><ul>{items}</ul></div>\n"
    )


def _feed_banner(feeds: Sequence[FeedProblem]) -> str:
    """Feed documents rendered without some entries (or not at all)."""
    if not feeds:
        return ""
    e = html.escape
    items = "".join(
        f"<li><code>/feeds/{e(feed)}.{e(fmt)}</code>: {e(text)}</li>" for feed, fmt, text in feeds
    )
    return (
        '<div class="render-problems" id="render-problems" role="alert">'
        "<strong>Feeds ohne einige Einträge veröffentlicht oder nicht erzeugt (die letzte"
        f" gute Fassung wird ausgeliefert):</strong><ul>{items}</ul></div>\n"
    )


def render_html(
    rows: Sequence[SourceHealth],
    generated: datetime,
    *,
    title: str,
    sort: str,
    problems: Sequence[ConfigProblem] = (),
    feeds: Sequence[FeedProblem] = (),
    timezone: str = "UTC",
) -> bytes:
    counts = [
        f'<li class="{s.value}">{_LABELS[s]}: <strong>{n}</strong></li>'
        for s in STATE_ORDER
        if (n := sum(1 for h in rows if h.state is s))
    ]
    columns = (
        ("source", "Quelle"),
        ("state", "Zustand"),
        ("http", "HTTP"),
        ("failures", "Fehler in Folge"),
        ("success", "Zuletzt erfolgreich"),
        ("checked", "Zuletzt abgerufen"),
        ("next", "Nächster Abruf"),
        ("entries", "Einträge / neu / Duplikate"),
        ("error", "Letzter Fehler oder Hinweis"),
    )
    head = "".join(_header(key, label, sort) for key, label in columns)
    zone = timezone
    body = []
    for h in rows:
        e = html.escape
        moved = f"<br><small>umgezogen nach {e(h.fetch_url)}</small>" if h.fetch_url else ""
        body.append(
            f'<tr class="{h.state.value}" id="source-{e(h.source_id)}">'
            f"<td><strong>{e(h.source_id)}</strong><br><small>{e(h.url)}</small>{moved}</td>"
            f"<td>{_LABELS[h.state]}</td>"
            f"<td>{h.last_status or '–'}</td>"
            f"<td>{h.error_count}</td>"
            f"<td>{_local(h.last_success, zone) or 'nie'}</td>"
            f"<td>{_local(h.last_checked, zone) or '–'}</td>"
            f"<td>{_local(h.next_check, zone) or '–'}</td>"
            f"<td>{h.entries_seen} / {h.new_count} / {h.dupe_count}</td>"
            f"<td>{e(h.last_error or '')}</td></tr>"
        )
    page = f"""<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} – Zustand der Quellen</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; }}
div.wide {{ overflow-x: auto; }}
th a {{ color: inherit; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left;
  vertical-align: top; }}
tr.failing td, li.failing {{ background: #fde2e1; }}
tr.gone td, li.gone {{ background: #fbe9d0; }}
tr.rate_limited td, li.rate_limited {{ background: #fff6cc; }}
tr.disabled td {{ color: #888; }}
ul.counts {{ list-style: none; padding: 0; display: flex; gap: 1em; }}
ul.counts li {{ padding: .2em .6em; border-radius: .3em; }}
div.render-problems {{ background: #fff6cc; border: 2px solid #b7950b; padding: .5em 1em;
  margin-bottom: 1em; }}
div.config-errors {{ background: #fde2e1; border: 2px solid #c0392b; padding: .5em 1em;
  margin-bottom: 1em; }}
</style>
</head>
<body>
{_banner(problems, zone)}{_feed_banner(feeds)}<h1>{html.escape(title)} – Zustand der Quellen</h1>
<p>{len(rows)} Quellen, Stand {_local(generated, zone)} ({html.escape(zone)}). Auch als
<a href="/status.json">JSON</a>. Ein Klick auf eine Spaltenüberschrift sortiert danach,
ein zweiter umgekehrt.</p>
<ul class="counts">{"".join(counts)}</ul>
<div class="wide"><table>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table></div>
</body>
</html>
"""
    return page.encode()
