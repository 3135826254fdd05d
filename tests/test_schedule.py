"""schedule.next_check: intervals, feed hints, backoff and jitter (pure, fixed `now`)."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedhub.schedule import JITTER
from feedhub.schedule import MAX_BACKOFF
from feedhub.schedule import MAX_INTERVAL
from feedhub.schedule import MAX_RETRY_AFTER
from feedhub.schedule import cache_max_age
from feedhub.schedule import expires_in
from feedhub.schedule import jitter
from feedhub.schedule import next_check
from feedhub.schedule import retry_after_seconds

NOW = datetime(2025, 8, 16, 12, 0, tzinfo=UTC)
SOURCE = "tagesschau"


def delay(**kw: object) -> timedelta:
    """next_check(NOW, SOURCE, ...) - NOW, with interval 900 unless given."""
    interval = kw.pop("interval", 900)
    return next_check(NOW, SOURCE, interval, **kw) - NOW  # type: ignore[arg-type]


def unjittered(d: timedelta) -> timedelta:
    """The delay before jitter was applied (jitter depends only on SOURCE and NOW)."""
    return d / (1 + jitter(SOURCE, NOW))


def within_jitter(d: timedelta, base: timedelta) -> bool:
    return base * (1 - JITTER) <= d <= base * (1 + JITTER)


def close(a: timedelta, b: timedelta) -> bool:
    return abs(a - b) < timedelta(milliseconds=1)


def test_interval_is_honoured_within_jitter() -> None:
    d = delay()
    assert within_jitter(d, timedelta(seconds=900))
    assert close(unjittered(d), timedelta(seconds=900))


@settings(max_examples=200, deadline=None)
@given(
    source_id=st.text(min_size=1, max_size=20),
    interval=st.integers(60, 86_400),
    now=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ),
)
def test_interval_within_jitter_for_any_source_and_time(
    source_id: str, interval: int, now: datetime
) -> None:
    d = next_check(now, source_id, interval) - now
    assert within_jitter(d, timedelta(seconds=interval))


def test_ttl_raises_the_interval() -> None:
    assert close(unjittered(delay(ttl_minutes=60)), timedelta(hours=1))


def test_ttl_never_lowers_the_interval() -> None:
    assert close(unjittered(delay(ttl_minutes=5)), timedelta(seconds=900))


def test_cache_control_max_age_raises_the_interval() -> None:
    d = delay(headers={"cache-control": "public, max-age=3600"})
    assert close(unjittered(d), timedelta(hours=1))


def test_max_age_never_lowers_the_interval() -> None:
    d = delay(headers={"cache-control": "max-age=60"})
    assert close(unjittered(d), timedelta(seconds=900))


def test_larger_of_ttl_and_max_age_wins() -> None:
    d = delay(ttl_minutes=30, headers={"cache-control": "max-age=7200"})
    assert close(unjittered(d), timedelta(hours=2))
    d = delay(ttl_minutes=180, headers={"cache-control": "max-age=7200"})
    assert close(unjittered(d), timedelta(hours=3))


@pytest.mark.parametrize("cc", ["no-cache, max-age=3600", "max-age=3600, no-store", "NO-CACHE"])
def test_no_cache_and_no_store_are_ignored(cc: str) -> None:
    assert cache_max_age({"cache-control": cc}) is None
    assert close(unjittered(delay(headers={"cache-control": cc})), timedelta(seconds=900))


@pytest.mark.parametrize(
    ("cc", "seconds"),
    [("max-age=60", 60), ("public,max-age=120", 120), ('max-age="300"', 300), ("MAX-AGE=5", 5)],
)
def test_cache_max_age_parsing(cc: str, seconds: int) -> None:
    assert cache_max_age({"cache-control": cc}) == seconds


def test_cache_max_age_absent() -> None:
    assert cache_max_age({}) is None
    assert cache_max_age({"cache-control": "public"}) is None


def test_feed_hints_are_capped_at_max_interval() -> None:
    d = delay(ttl_minutes=60 * 24 * 30, headers={"cache-control": "max-age=9999999"})
    assert close(unjittered(d), MAX_INTERVAL)


def test_interval_longer_than_max_interval_is_kept() -> None:
    two_days = 2 * 86_400
    assert close(unjittered(delay(interval=two_days)), timedelta(seconds=two_days))


@pytest.mark.parametrize(("failures", "factor"), [(1, 1), (2, 2), (3, 4), (4, 8), (5, 16)])
def test_failures_back_off_exponentially(failures: int, factor: int) -> None:
    d = delay(failures=failures)
    assert close(unjittered(d), timedelta(seconds=900 * factor))


@pytest.mark.parametrize("failures", [6, 7, 10, 50, 1000])
def test_backoff_is_capped_at_max_backoff(failures: int) -> None:
    assert close(unjittered(delay(failures=failures)), MAX_BACKOFF)


def test_backoff_ignores_feed_hints() -> None:
    d = delay(failures=1, ttl_minutes=600, headers={"cache-control": "max-age=36000"})
    assert close(unjittered(d), timedelta(seconds=900))


def test_backoff_of_an_interval_above_the_cap_is_the_interval() -> None:
    twelve_hours = 12 * 3600
    d = delay(interval=twelve_hours, failures=5)
    assert close(unjittered(d), timedelta(seconds=twelve_hours))


def test_backoff_never_drops_a_source() -> None:
    d = delay(failures=10**6)
    assert d <= MAX_BACKOFF * (1 + JITTER)
    assert d > timedelta(0)


def test_jitter_is_reproducible() -> None:
    assert jitter(SOURCE, NOW) == jitter(SOURCE, NOW)
    assert next_check(NOW, SOURCE, 900) == next_check(NOW, SOURCE, 900)


def test_jitter_spreads_sources_and_times() -> None:
    by_source = {jitter(f"quelle-{i}", NOW) for i in range(50)}
    by_time = {jitter(SOURCE, NOW + timedelta(seconds=i)) for i in range(50)}
    assert len(by_source) == 50
    assert len(by_time) == 50
    assert min(by_source) < 0 < max(by_source)  # both directions


@settings(max_examples=200, deadline=None)
@given(source_id=st.text(max_size=30), seconds=st.integers(0, 10**9))
def test_jitter_stays_within_bounds(source_id: str, seconds: int) -> None:
    j = jitter(source_id, NOW + timedelta(seconds=seconds))
    assert -JITTER <= j <= JITTER


# Retry-After, Expires, the adaptive interval (issue 6)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120),
        ("Sat, 16 Aug 2025 12:30:00 GMT", 1800),  # an HTTP date, 30 min after NOW
        ("Sat, 16 Aug 2025 11:00:00 GMT", 0),  # in the past: at once
        ("soon", None),
    ],
)
def test_retry_after_in_both_forms(value: str, seconds: int | None) -> None:
    assert retry_after_seconds(value, NOW) == seconds


@pytest.mark.parametrize("value", ["3600", "Sat, 16 Aug 2025 13:00:00 GMT"])
def test_retry_after_is_a_floor_even_with_jitter(value: str) -> None:
    for source in ("a", "b", "c", "d", "e"):
        at = next_check(NOW, source, 900, failures=1, retry_after=value)
        assert timedelta(hours=1) <= at - NOW <= timedelta(hours=1) * (1 + JITTER)


def test_retry_after_shorter_than_the_backoff_does_not_shorten_it() -> None:
    assert delay(failures=3, retry_after="10") == delay(failures=3)


def test_an_absurd_retry_after_is_capped() -> None:
    assert delay(failures=1, retry_after="99999999") <= MAX_RETRY_AFTER * (1 + JITTER)


def test_expires_raises_the_interval() -> None:
    headers = {"expires": "Sat, 16 Aug 2025 13:00:00 GMT"}
    assert close(unjittered(delay(headers=headers)), timedelta(hours=1))
    assert expires_in({"expires": "Sat, 16 Aug 2025 11:00:00 GMT"}, NOW) is None
    assert expires_in({"expires": "0"}, NOW) is None  # "already expired" (RFC 9111 §5.3)


@pytest.mark.parametrize(("idle", "factor"), [(0, 1), (2, 1), (3, 2), (6, 4), (9, 8)])
def test_a_quiet_source_is_polled_less_often(idle: int, factor: int) -> None:
    d = delay(idle_polls=idle, max_interval=86400)
    assert close(unjittered(d), timedelta(seconds=900 * factor))


def test_the_adaptive_interval_stays_within_the_sources_bound() -> None:
    d = delay(idle_polls=60, max_interval=3600)
    assert close(unjittered(d), timedelta(hours=1))
    # a bound below the interval is the interval
    assert close(unjittered(delay(idle_polls=60, max_interval=60)), timedelta(seconds=900))
