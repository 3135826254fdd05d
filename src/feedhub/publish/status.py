"""Source health for operators: /status (HTML) and /status.json (pure rendering).

One row per configured source: state, last HTTP status, last error with its cause,
consecutive failures, last success, next poll, entries seen, new and duplicate counts.
Sorted by state by default (the worst first: failing, gone, rate limited, ...), or by
`?sort=source|state|failures|next|success`.

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
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from feedhub.models import SourceHealth
from feedhub.models import SourceState

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
SORTS = ("state", "source", "failures", "next", "success")
_LABELS = {
    SourceState.FAILING: "failing",
    SourceState.GONE: "gone",
    SourceState.RATE_LIMITED: "rate limited",
    SourceState.NEW: "not polled yet",
    SourceState.DISABLED: "disabled",
    SourceState.NOT_MODIFIED: "not modified",
    SourceState.OK: "ok",
}
_NEVER = datetime.max


def sort_rows(rows: Sequence[SourceHealth], by: str) -> list[SourceHealth]:
    """Rows in the order `by` (one of SORTS; anything else is "state")."""
    keys = {
        "source": lambda h: (h.source_id,),
        "failures": lambda h: (-h.error_count, h.source_id),
        "next": lambda h: (_naive(h.next_check), h.source_id),
        "success": lambda h: (_naive(h.last_success), h.source_id),
    }
    key = keys.get(by, lambda h: (STATE_ORDER[h.state], -h.error_count, h.source_id))
    return sorted(rows, key=key)


def _naive(when: datetime | None) -> datetime:
    return when.replace(tzinfo=None) if when else _NEVER


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


def _banner(problems: Sequence[ConfigProblem]) -> str:
    if not problems:
        return ""
    items = "".join(
        f"<li><code>{html.escape(p.text)}</code> <small>(since {_time(p.since)})</small></li>"
        for p in problems
    )
    return (
        '<div class="config-errors" id="config-errors" role="alert">'
        f"<strong>The config on disk is invalid ({len(problems)} problem"
        f"{'s' if len(problems) != 1 else ''}); the last good config stays in force until"
        f" it is fixed:</strong><ul>{items}</ul></div>\n"
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
        "<strong>Feeds published without some entries, or not rendered (the last good"
        f" version is served):</strong><ul>{items}</ul></div>\n"
    )


def render_html(
    rows: Sequence[SourceHealth],
    generated: datetime,
    *,
    title: str,
    sort: str,
    problems: Sequence[ConfigProblem] = (),
    feeds: Sequence[FeedProblem] = (),
) -> bytes:
    counts = [
        f'<li class="{s.value}">{_LABELS[s]}: <strong>{n}</strong></li>'
        for s in STATE_ORDER
        if (n := sum(1 for h in rows if h.state is s))
    ]
    columns = (
        ("source", "Source"),
        ("state", "State"),
        (None, "HTTP"),
        ("failures", "Failures in a row"),
        ("success", "Last success"),
        (None, "Last checked"),
        ("next", "Next poll"),
        (None, "Entries / new / duplicates"),
        (None, "Last error or warning"),
    )
    head = "".join(
        f"<th>{label}</th>"
        if key is None
        else f'<th><a href="?sort={key}">{label}</a>{" ▲" if key == sort else ""}</th>'
        for key, label in columns
    )
    body = []
    for h in rows:
        e = html.escape
        moved = f"<br><small>moved to {e(h.fetch_url)}</small>" if h.fetch_url else ""
        body.append(
            f'<tr class="{h.state.value}" id="source-{e(h.source_id)}">'
            f"<td><strong>{e(h.source_id)}</strong><br><small>{e(h.url)}</small>{moved}</td>"
            f"<td>{_LABELS[h.state]}</td>"
            f"<td>{h.last_status or '–'}</td>"
            f"<td>{h.error_count}</td>"
            f"<td>{_time(h.last_success) or 'never'}</td>"
            f"<td>{_time(h.last_checked) or '–'}</td>"
            f"<td>{_time(h.next_check) or '–'}</td>"
            f"<td>{h.entries_seen} / {h.new_count} / {h.dupe_count}</td>"
            f"<td>{e(h.last_error or '')}</td></tr>"
        )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} – source health</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; }}
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
{_banner(problems)}{_feed_banner(feeds)}<h1>{html.escape(title)} – source health</h1>
<p>{len(rows)} sources, as of {_time(generated)}. Also as <a href="/status.json">JSON</a>.</p>
<ul class="counts">{"".join(counts)}</ul>
<table>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
</body>
</html>
"""
    return page.encode()
