"""The days a news text speaks of (pure, no I/O): what ties a follow-up to its event.

A follow-up or a background piece is about the same event as an earlier story, so it
names that event's day: "war das Boot am Freitagabend gekentert", "das Gipfeltreffen am
15. August". A look-alike event (the next lottery draw, another boat a week later, the
same minister's next bill) has the same names but its own days. relate.py links two
stories sharing names only when a fact of the event ties them too, a day both speak of
being one (docs/dedup.md, "Related stories").

`mentions(text)` finds the day expressions of a text as small codes, independent of when
it was published, so they can sit in a fingerprint; `days(codes, published)` resolves
them against the publication time into day numbers (proleptic ordinals of the newsroom's
calendar days, NEWSROOM_ZONE). As a news text means them:

- a weekday ("am Dienstag", "Freitagabend", "in der Nacht zum Donnerstag", "on Monday",
  "lundi", "lunedì"): the latest such day on or before publication; after "kommenden",
  "nächsten", "next", "prochain", "prossimo": the first after it. In a sentence about
  what is to come ("soll", "wird", "folgt", "geht es", "angesetzt", ...) a weekday is
  left out: "Bei der Ziehung am Samstag geht es um 1,9 Millionen" is not about the
  draw that was;
- a date ("15. August", "am 3. Juli", "August 15", "15 août", "15 agosto", "15.08.2025"):
  the nearest such day to publication when the year is not given;
- "heute", "gestern", "vorgestern" (and "today", "yesterday", "oggi", "ieri");
- after "ab", "bis", "zum", "until", "from": a deadline or a validity ("zum 1. Januar
  2027 gelten"), not the day of an event: left out.

A text that names no day speaks of its publication day, and when published before
MORNING_HOURS, of the day before too (the analysis the morning after the match). German
(with Austrian "Jänner"), English, French and Italian are read.
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

NEWSROOM_ZONE = ZoneInfo("Europe/Berlin")  # the portal's calendar days (de, at, ch)
MORNING_HOURS = 12
SENTENCE_CHARS = 300  # how far a weekday's sentence is looked for either way

_WEEKDAYS = {
    **dict.fromkeys(("montag", "monday", "lundi", "lunedì", "lunedi"), 0),
    **dict.fromkeys(("dienstag", "tuesday", "mardi", "martedì", "martedi"), 1),
    **dict.fromkeys(("mittwoch", "wednesday", "mercredi", "mercoledì", "mercoledi"), 2),
    **dict.fromkeys(("donnerstag", "thursday", "jeudi", "giovedì", "giovedi"), 3),
    **dict.fromkeys(("freitag", "friday", "vendredi", "venerdì", "venerdi"), 4),
    **dict.fromkeys(("samstag", "sonnabend", "saturday", "samedi", "sabato"), 5),
    **dict.fromkeys(("sonntag", "sunday", "dimanche", "domenica"), 6),
}
_MONTHS = {
    **dict.fromkeys(("januar", "jänner", "january", "janvier", "gennaio"), 1),
    **dict.fromkeys(("februar", "feber", "february", "février", "febbraio"), 2),
    **dict.fromkeys(("märz", "march", "mars", "marzo"), 3),
    **dict.fromkeys(("april", "avril", "aprile"), 4),
    **dict.fromkeys(("mai", "may", "maggio"), 5),
    **dict.fromkeys(("juni", "june", "juin", "giugno"), 6),
    **dict.fromkeys(("juli", "july", "juillet", "luglio"), 7),
    **dict.fromkeys(("august", "août", "agosto"), 8),
    **dict.fromkeys(("september", "septembre", "settembre"), 9),
    **dict.fromkeys(("oktober", "october", "octobre", "ottobre"), 10),
    **dict.fromkeys(("november", "novembre"), 11),
    **dict.fromkeys(("dezember", "december", "décembre", "dicembre"), 12),
}
_RELATIVE = {
    "heute": 0,
    "today": 0,
    "oggi": 0,
    "gestern": -1,
    "yesterday": -1,
    "ieri": -1,
    "vorgestern": -2,
}
# patterns over the lower-cased text: case-sensitive alternations are several times
# faster in Python's re than (?i) ones
_NEXT = r"(?:(?:am |an |on |le |il )?(?:kommenden|nächsten|next|prochain|prossimo) )"
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
).split()
# one scan for every kind (a combined pattern is about twice as fast as one per kind);
# groups: 1 "kommenden", 2 weekday | 3 day, 4 month | 5 month, 6 day ("August 15") |
# 7 "gestern"
_DAY = re.compile(
    r"(?=[0-9a-zäöü])\b(?:"
    rf"({_NEXT})?({'|'.join(_WEEKDAYS)})(?:abend|morgen|früh|vormittag|mittag|nachmittag|nacht)?\b"
    rf"|(\d{{1,2}})(?:\.\s*|er\s+|\s+)({'|'.join(_MONTHS)})\b"
    rf"|({'|'.join(_ENGLISH_MONTHS)}) (\d{{1,2}})(?!\d|[.,]\d)\b"
    rf"|({'|'.join(_RELATIVE)})\b)"
)
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b")

# a deadline or the start of a validity is not the day of an event: "bis Freitag",
# "ab dem 1. Januar", "zum 1. Januar 2027", "until Friday", "à partir du", "entro il"
_BOUND = re.compile(
    r"\b(?:ab|bis|(?<!nacht )zum|until|from|by|à partir du|jusqu'au|dal|entro il|fino al)"
    r"(?: dem| zum| spätestens)?\s+$"
)
# a sentence about what is to come: a weekday in it is left out ("Das Finale folgt am
# Samstag", "Bei der Ziehung am Samstag geht es um 1,9 Millionen")
_FUTURE = re.compile(
    r"\b(?:soll|sollen|will|wollen|wird|werden|geht es|folgt|folgen|beginnt|endet|"
    r"findet|finden|steht|stehen|angesetzt|geplant|erwartet|shall|is due|"
    r"sera|saranno|sarà)\b"
)

# codes: weekday 0-6, the next such weekday 10-16 ("kommenden"), relative day 20 + offset
# (18-20), day and month 100 * month + day (101-1231), a full date yyyymmdd
_NEXT_BASE = 10
_RELATIVE_BASE = 20
_FULL = 10_000


def mentions(text: str) -> frozenset[int]:
    """The day expressions of `text`, as codes (see the module docstring). Each pattern
    scans the text once; a weekday's sentence is looked for within SENTENCE_CHARS, so a
    hostile text costs linear time."""
    text = text.lower()
    out: set[int] = set()
    for m in _DAY.finditer(text):
        weekday, day, month, english_month, relative = m.group(2, 3, 4, 5, 7)
        if relative:
            out.add(_RELATIVE_BASE + _RELATIVE[relative])
        elif _bound(text, m.start()):
            continue
        elif weekday:
            if m.group(1):
                out.add(_WEEKDAYS[weekday] + _NEXT_BASE)
            elif not _FUTURE.search(_sentence(text, m.start(), m.end())):
                out.add(_WEEKDAYS[weekday])  # a day to come is not the day of what happened
        elif month:
            _add_date(out, day, month)
        elif english_month:
            _add_date(out, m.group(6), english_month)
    if ".20" in text:  # dd.mm.20yy
        for m in _NUMERIC.finditer(text):
            day_n, month_n, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= day_n <= 31 and 1 <= month_n <= 12:
                out.add(year * _FULL + month_n * 100 + day_n)
    return frozenset(out)


def _add_date(out: set[int], day_s: str, month_s: str) -> None:
    day = int(day_s)
    if 1 <= day <= 31:
        out.add(100 * _MONTHS[month_s] + day)


def _bound(text: str, start: int) -> bool:
    return _BOUND.search(text, max(0, start - 12), start) is not None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], looked for within SENTENCE_CHARS."""
    lo, hi = max(0, start - SENTENCE_CHARS), min(len(text), end + SENTENCE_CHARS)
    begin = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    stops = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    return text[begin : min(stops, default=hi)]


def days(codes: frozenset[int], published: datetime) -> frozenset[int]:
    """The days `codes` (from mentions()) name, for a text published at `published`
    (date.toordinal() numbers); for a text that names none, its publication day."""
    local = published.astimezone(NEWSROOM_ZONE)
    today = local.date()
    out = set()
    for code in codes:
        day = _resolve(code, today)
        if day is not None:
            out.add(day.toordinal())
    if not out:  # a text that names no day speaks of its publication day
        out.add(today.toordinal())
        if local.hour < MORNING_HOURS:
            out.add(today.toordinal() - 1)  # in the morning, of last night too
    return frozenset(out)


def _resolve(code: int, today: date) -> date | None:
    if code < 7:  # the latest such weekday
        return today - timedelta(days=(today.weekday() - code) % 7)
    if _NEXT_BASE <= code < _NEXT_BASE + 7:  # the next one after today
        return today + timedelta(days=(code - _NEXT_BASE - today.weekday()) % 7 or 7)
    if _RELATIVE_BASE - 2 <= code <= _RELATIVE_BASE:
        return today + timedelta(days=code - _RELATIVE_BASE)
    if code >= _FULL:
        return _date(code // _FULL, code // 100 % 100, code % 100)
    month, day = divmod(code, 100)
    options = [_date(today.year + d, month, day) for d in (-1, 0, 1)]
    found = [o for o in options if o is not None]
    return min(found, key=lambda o: abs((o - today).days)) if found else None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
