"""HostGate: per-domain connection limit, pacing that adapts to the server's answer time,
back-off, bounded state.

Most tests drive a fake clock and enter the slot only once it is free, so nothing sleeps
and nothing depends on the machine's speed. The blocking tests use real threads with
generous bounds, and assert only what a slow machine cannot break.
"""

from __future__ import annotations

import threading
import time
from contextlib import ExitStack

import pytest

from feedhub.sources import politeness
from feedhub.sources.politeness import HostGate

DOMAIN = "example-portal.de"


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def gate_with_clock(
    *, connections: int = 2, interval: float = 0.25, factor: float = 5.0, cap: float = 60.0
) -> tuple[HostGate, FakeClock]:
    clock = FakeClock()
    gate = HostGate(connections, interval, delay_factor=factor, max_interval=cap, clock=clock)
    return gate, clock


def request(gate: HostGate, clock: FakeClock, took: float, domain: str = DOMAIN) -> float:
    """One request that starts now (its slot must be free) and takes `took` seconds;
    returns when it ended."""
    with gate.slot(domain):
        clock.now += took
    return clock.now


def enters_within(gate: HostGate, domain: str, seconds: float) -> bool:
    """Whether a thread gets a slot on the domain within `seconds` (it leaves at once)."""
    entered = threading.Event()

    def take() -> None:
        with gate.slot(domain):
            entered.set()

    threading.Thread(target=take, daemon=True).start()
    return entered.wait(seconds)


def test_starts_are_an_interval_apart() -> None:
    gate, clock = gate_with_clock(connections=2, interval=0.25)
    start = clock.now
    with gate.slot(DOMAIN):
        # a second connection is free, but the next start waits for the interval
        assert gate.ready_at(DOMAIN) == pytest.approx(start + 0.25)
        assert gate.ready_at("other.de") == 0.0  # domains are paced apart
        clock.now += 0.25
        with gate.slot(DOMAIN):  # free now: does not block
            assert gate.ready_at(DOMAIN) == pytest.approx(start + 0.5)


def test_starts_are_an_interval_apart_across_threads() -> None:
    """Real threads and clock: the recorded starts inside the slots are at least `interval`
    apart however late the threads are."""
    gate = HostGate(1, 0.02, delay_factor=0.0)
    starts: list[float] = []
    lock = threading.Lock()

    def poll() -> None:
        with gate.slot(DOMAIN):
            with lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=poll) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    starts.sort()
    assert len(starts) == 6
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.02


def test_a_slow_answer_rests_the_domain_factor_times_as_long() -> None:
    gate, clock = gate_with_clock(interval=0.25, factor=5.0, cap=60.0)
    end = request(gate, clock, took=2.0)
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 10.0)


def test_the_rest_is_capped_at_max_interval() -> None:
    gate, clock = gate_with_clock(interval=0.25, factor=5.0, cap=60.0)
    end = request(gate, clock, took=30.0)  # 5 x 30 s = 150 s, capped
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 60.0)


def test_a_fast_answer_leaves_only_the_interval() -> None:
    gate, clock = gate_with_clock(interval=0.25, factor=5.0)
    end = request(gate, clock, took=0.01)  # 5 x 0.01 s = 0.05 s < interval
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 0.25)
    clock.now = end + 0.25
    end = request(gate, clock, took=0.0)
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 0.25)


def test_max_interval_below_interval_does_not_lower_the_interval() -> None:
    gate, clock = gate_with_clock(interval=2.0, factor=5.0, cap=1.0)
    end = request(gate, clock, took=10.0)
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 2.0)


def test_no_more_than_connections_requests_at_once() -> None:
    gate = HostGate(2, 0.0)
    release = threading.Event()
    inside = most = 0
    lock = threading.Lock()

    def poll() -> None:
        nonlocal inside, most
        with gate.slot(DOMAIN):
            with lock:
                inside += 1
                most = max(most, inside)
            release.wait(30)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=poll, daemon=True) for _ in range(6)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while inside < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert inside == 2
    assert not enters_within(gate, DOMAIN, 0.2)  # full: nobody else gets in
    assert enters_within(gate, "other.de", 30)  # another domain has its own budget
    release.set()
    for t in threads:
        t.join(timeout=30)
    assert not any(t.is_alive() for t in threads)
    assert most == 2


def test_back_off_delays_the_next_start() -> None:
    gate, clock = gate_with_clock(interval=0.25)
    gate.back_off(DOMAIN, 30.0)
    assert gate.ready_at(DOMAIN) == pytest.approx(clock.now + 30.0)
    gate.back_off(DOMAIN, 5.0)  # a shorter back-off never brings it forward
    assert gate.ready_at(DOMAIN) == pytest.approx(clock.now + 30.0)
    gate.back_off(DOMAIN, 1e9)  # capped at an hour
    assert gate.ready_at(DOMAIN) == pytest.approx(clock.now + politeness.BACK_OFF_CAP)
    for nonsense in (0.0, -5.0, float("nan")):
        gate.back_off("other.de", nonsense)
        assert gate.ready_at("other.de") == 0.0
    gate.back_off("other.de", float("inf"))
    assert gate.ready_at("other.de") == pytest.approx(clock.now + politeness.BACK_OFF_CAP)


def test_back_off_holds_a_waiting_request() -> None:
    gate = HostGate(2, 0.0)
    before = time.monotonic()
    gate.back_off(DOMAIN, 0.1)
    with gate.slot(DOMAIN):
        assert time.monotonic() - before >= 0.1


def test_back_off_during_a_request_outlasts_its_rest() -> None:
    gate, clock = gate_with_clock(interval=0.25, factor=5.0)
    with gate.slot(DOMAIN):
        clock.now += 0.1
        gate.back_off(DOMAIN, 120.0)  # the answer was a 429 with Retry-After: 120
    assert gate.ready_at(DOMAIN) == pytest.approx(clock.now + 120.0)


def test_an_exception_in_the_slot_releases_it_and_paces() -> None:
    gate, clock = gate_with_clock(connections=1, interval=0.25, factor=5.0)
    with pytest.raises(OSError):
        with gate.slot(DOMAIN):
            clock.now += 2.0
            raise OSError("connection reset")
    end = clock.now
    assert gate.ready_at(DOMAIN) == pytest.approx(end + 10.0)
    clock.now = end + 10.0
    assert enters_within(gate, DOMAIN, 30)  # the one connection is free again


def test_state_stays_bounded_over_many_domains() -> None:
    gate, clock = gate_with_clock(interval=0.25, factor=5.0, cap=60.0)
    gate.back_off("resting.de", 3000.0)
    with ExitStack() as held:
        held.enter_context(gate.slot("busy.de"))
        for i in range(20 * politeness.PRUNE_EVERY):
            request(gate, clock, took=0.001, domain=f"site{i}.example")
            clock.now += 0.01
            assert len(gate._hosts) <= politeness.PRUNE_EVERY + 100
        # what is under way or still resting is kept
        assert "busy.de" in gate._hosts
        assert gate.ready_at("resting.de") > clock.now
    # the held request ended after a long time: paced by what it took (capped)
    assert gate.ready_at("busy.de") == pytest.approx(clock.now + 60.0)
