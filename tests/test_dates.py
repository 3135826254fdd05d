"""dedup.dates: the days a news text speaks of, resolved against its publication."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from feedhub.dedup import dates

# Wednesday 2026-03-11, 15:00 in Berlin
WEDNESDAY = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)


def days_of(text: str, published: datetime = WEDNESDAY) -> list[date]:
    return sorted(date.fromordinal(d) for d in dates.days(dates.mentions(text), published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Boot war am Freitagabend gekentert.", [date(2026, 3, 6)]),
        ("Die Küstenwache teilte am Mittwoch mit, ...", [date(2026, 3, 11)]),  # that day
        ("in der Nacht zum Dienstag", [date(2026, 3, 10)]),
        ("Am kommenden Montag tagt der Ausschuss.", [date(2026, 3, 16)]),
        ("The coastguard said on Monday", [date(2026, 3, 9)]),
        ("La guardia costiera ha detto lunedì", [date(2026, 3, 9)]),
        ("Le sommet du 15 août", [date(2026, 8, 15)]),  # the nearest 15 August
        ("Am 3. Juli hatten Trump und Putin telefoniert.", [date(2026, 7, 3)]),
        ("On December 28 the council met.", [date(2025, 12, 28)]),  # nearer than 2026's
        ("Der Beschluss vom 12.03.2025 gilt.", [date(2025, 3, 12)]),
        ("Gestern noch, heute nicht mehr.", [date(2026, 3, 10), date(2026, 3, 11)]),
    ],
    ids=[
        "weekday-past",
        "weekday-today",
        "nacht-zum",
        "kommenden",
        "english",
        "italian",
        "french-date",
        "german-date",
        "nearest-year",
        "numeric",
        "relative",
    ],
)
def test_days(text: str, expected: list[date]) -> None:
    assert days_of(text) == expected


def test_a_text_naming_no_day_speaks_of_its_publication_day() -> None:
    assert days_of("Die Festspiele sind eröffnet.") == [date(2026, 3, 11)]


def test_a_morning_text_naming_no_day_also_speaks_of_the_day_before() -> None:
    morning = datetime(2026, 3, 12, 7, 30, tzinfo=UTC)  # 08:30 in Berlin
    assert days_of("Analyse: Warum Leipzig chancenlos war", morning) == [
        date(2026, 3, 11),
        date(2026, 3, 12),
    ]
    # a text that names its day does not need the guess
    assert days_of("Das teilte das Amt am Donnerstag mit.", morning) == [date(2026, 3, 12)]


def test_publication_day_in_the_newsroom_zone() -> None:
    # 23:30 UTC on Saturday is 00:30 on Sunday in Berlin: "am Sonntag" is that day
    late = datetime(2026, 3, 14, 23, 30, tzinfo=UTC)
    assert days_of("Der Gipfel begann am Sonntag.", late) == [date(2026, 3, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Bei der Ziehung am Samstag geht es um 1,9 Millionen Franken.",  # what is to come
        "Das Finale folgt am Sonntag.",
        "Die Schlussabstimmung ist für Freitag angesetzt.",
        "Der Antrag gilt bis Freitag.",  # a deadline
        "Sie soll zum 1. Januar 2027 gelten.",  # a validity
        "Anträge sind ab dem 3. August möglich.",
    ],
)
def test_days_to_come_and_bounds_are_not_the_day_of_an_event(text: str) -> None:
    assert dates.mentions(text) == frozenset()
    assert days_of(text) == [date(2026, 3, 11)]  # the publication day, as with none


def test_no_day_in_words_that_only_look_like_one() -> None:
    # a habitual "montags", a number before "Mai" that is no day, "März 2026" as a month
    assert dates.mentions("Montags ist Ruhetag. Im März 2026 stieg die Zahl.") == frozenset()
    assert dates.mentions("Die Inflation lag bei 2,2 Prozent.") == frozenset()


def test_invalid_dates_are_left_out() -> None:
    assert days_of("am 31. Februar und am 30.02.2026") == [date(2026, 3, 11)]
