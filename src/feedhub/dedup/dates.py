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
_NEXT = r"(?:(?:am |an |on |le |il )?(?:kommenden|nächsten|next|prochain|prossimo) )"
_WEEKDAY = re.compile(
    rf"(?i)\b({_NEXT})?({'|'.join(_WEEKDAYS)})"
    r"(?:abend|morgen|früh|vormittag|mittag|nachmittag|nacht)?\b"
)
_MONTH = "|".join(_MONTHS)
_DATE = re.compile(
    rf"(?i)\b(?:(\d{{1,2}})(?:\.\s*|er\s+|\s+)({_MONTH})|({_MONTH})\s+(\d{{1,2}})(?!\d|[.,]\d))\b"
)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)")
# a sentence ends at ". ", "! ", "? " (not after "am 8." of a date) or a line break
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+|\n")
_RELATIVE_WORD = re.compile(rf"(?i)\b({'|'.join(_RELATIVE)})\b")

# a deadline or the start of a validity is not the day of an event: "bis Freitag",
# "ab dem 1. Januar", "zum 1. Januar 2027", "until Friday", "à partir du", "entro il"
_BOUND = re.compile(
    r"(?i)\b(?:ab|bis|(?<!nacht )zum|until|from|by|à partir du|jusqu'au|dal|entro il|fino al)"
    r"(?: dem| zum| spätestens)?\s+$"
)
# a sentence about what is to come: a weekday in it is left out ("Das Finale folgt am
# Samstag", "Bei der Ziehung am Samstag geht es um 1,9 Millionen")
_FUTURE = re.compile(
    r"(?i)\b(?:soll|sollen|will|wollen|wird|werden|geht es|folgt|folgen|beginnt|endet|"
    r"findet|finden|steht|stehen|angesetzt|geplant|erwartet|shall|is due|"
    r"sera|saranno|sarà)\b"
)

# codes: weekday 0-6, the next such weekday 10-16 ("kommenden"), relative day 20 + offset
# (18-20), day and month 100 * month + day (101-1231), a full date yyyymmdd
_NEXT_BASE = 10
_RELATIVE_BASE = 20
_FULL = 10_000


def mentions(text: str) -> frozenset[int]:
    """The day expressions of `text`, as codes (see the module docstring); one pass over
    its sentences, so a hostile text costs linear time."""
    out: set[int] = set()
    for sentence in _SENTENCE.split(text):
        future: bool | None = None  # asked once per sentence, when it names a weekday
        for m in _WEEKDAY.finditer(sentence):
            if _bound(sentence, m.start()):
                continue
            day = _WEEKDAYS[m.group(2).casefold()]
            if m.group(1):
                out.add(day + _NEXT_BASE)
                continue
            if future is None:
                future = _FUTURE.search(sentence) is not None
            if not future:  # a day to come is not the day of what happened
                out.add(day)
        for m in _DATE.finditer(sentence):
            if _bound(sentence, m.start()):
                continue
            day_s, month_s = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            day, month = int(day_s), _MONTHS[month_s.casefold()]
            if 1 <= day <= 31:
                out.add(100 * month + day)
        for m in _NUMERIC.finditer(sentence):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= day <= 31 and 1 <= month <= 12:
                out.add(year * _FULL + month * 100 + day)
        for m in _RELATIVE_WORD.finditer(sentence):
            out.add(_RELATIVE_BASE + _RELATIVE[m.group(1).casefold()])
    return frozenset(out)


def _bound(sentence: str, start: int) -> bool:
    return _BOUND.search(sentence, max(0, start - 12), start) is not None


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
