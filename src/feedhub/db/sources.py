"""Source rows: the configured sources, their schedule and their health.

Owns the `sources` table: syncing it with the configuration, claiming due sources (a
compare-and-set on next_check_at, safe with several worker processes on PostgreSQL and
harmless on SQLite), releasing the claims of dead processes, the conditional-GET and
redirect state of a poll, the record of a poll's success or failure, the health report,
and `ping` (the liveness question the health endpoint asks).

Invariants: a poll's record (success or failure) always clears the claim and sets the
next check; `write_success` is also called inside an ingest transaction
(db.ingest.IngestSession), so a poll's outcome commits with its last articles.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from feedhub.db.engine import DIALECT_INSERT
from feedhub.db.engine import Store
from feedhub.db.engine import storage_message
from feedhub.db.schema import sources
from feedhub.errors import StorageError
from feedhub.models import CacheInfo
from feedhub.models import PollState
from feedhub.models import PollSuccess
from feedhub.models import Source
from feedhub.models import SourceHealth
from feedhub.models import SourceState

# two processes starting at once both find a new source missing: the second insert does
# nothing (INSERT ... ON CONFLICT DO NOTHING, built by each dialect's insert())
_INSERT_NEW_SOURCE = {
    name: insert(sources).on_conflict_do_nothing(index_elements=["id"])
    for name, insert in DIALECT_INSERT.items()
}

_P = sa.bindparam
_Q_POLL_STATE = sa.select(
    sources.c.etag,
    sources.c.last_modified,
    sources.c.error_count,
    sources.c.idle_polls,
    sources.c.fetch_url,
    sources.c.moved_to,
    sources.c.moved_seen,
    sources.c.pruned_through,
).where(sources.c.id == _P("id"))
_Q_POLL_STATES = sa.select(sources.c.id, *_Q_POLL_STATE.selected_columns).where(
    sources.c.id.in_(_P("ids", expanding=True))
)
IDS_PER_QUERY = 500
_UPDATE_SOURCE_NEW = sources.update().where(sources.c.id == _P("source_id")).values(idle_polls=0)
_UPDATE_SOURCE_IDLE = (
    sources.update()
    .where(sources.c.id == _P("source_id"))
    .values(idle_polls=sources.c.idle_polls + 1)
)


class Sources(Store):
    """The Repository's methods for sources and their schedule."""

    def sync_sources(self, configured: Iterable[Source], now: datetime) -> None:
        """Add rows for new sources (due now); keep the schedule of known ones. A disabled
        source shows as disabled; enabled again, it is due at once."""
        with self._write() as conn:
            rows = conn.execute(sa.select(sources.c.id, sources.c.state, sources.c.url)).all()
            known = {r.id: r.state for r in rows}
            known_urls = {r.id: r.url for r in rows}
            insert = _INSERT_NEW_SOURCE[conn.dialect.name]
            for s in configured:
                if s.id not in known:
                    conn.execute(
                        insert,
                        {
                            "id": s.id,
                            "url": s.location,
                            "next_check_at": now,
                            "state": SourceState.NEW if s.enabled else SourceState.DISABLED,
                        },
                    )
                    continue
                values: dict[str, Any] = {"url": s.location}
                if known_urls[s.id] != s.location:  # the operator gave a new URL
                    values.update(fetch_url=None, moved_to=None, moved_seen=0)
                if not s.enabled:
                    values["state"] = SourceState.DISABLED
                elif known[s.id] == SourceState.DISABLED:
                    values.update(state=SourceState.NEW, next_check_at=now)
                conn.execute(sources.update().where(sources.c.id == s.id).values(**values))

    def claim_due(
        self, now: datetime, ids: Iterable[str], lease: timedelta, *, owner: str
    ) -> list[str]:
        """Claim the due sources among `ids` for `owner` ("host:pid"): their next check
        moves to now + lease, so another worker does not take them, and the poll's record
        (success or failure) sets it anew. Returns the ids this caller claimed."""
        claimed = []
        with self._write() as conn:
            due = conn.execute(
                sa.select(sources.c.id, sources.c.next_check_at)
                .where(sources.c.next_check_at <= now, sources.c.id.in_(list(ids)))
                .order_by(sources.c.next_check_at)
            ).all()
        for source_id, next_check in due:
            with self._write() as conn:
                done = conn.execute(
                    sources.update()
                    .where(sources.c.id == source_id, sources.c.next_check_at == next_check)
                    .values(next_check_at=now + lease, claimed_by=owner)
                )
                if done.rowcount == 1:
                    claimed.append(source_id)
        return claimed

    def release_claims(self, host: str, alive: Callable[[int], bool], now: datetime) -> list[str]:
        """Make the sources claimed by dead processes on `host` due at once (a process
        killed mid-poll leaves its claims behind). Claims of live processes and of other
        hosts are kept: those expire with their lease. Returns the released ids."""
        with self.engine.connect() as conn:  # read first: a tick writes only to release
            rows = conn.execute(
                sa.select(sources.c.id, sources.c.claimed_by).where(
                    sources.c.claimed_by.startswith(f"{host}:", autoescape=True)
                )
            ).all()
        dead = [
            (source_id, owner)
            for source_id, owner in rows
            if (pid := _claim_pid(owner)) is not None and not alive(pid)
        ]
        if dead:
            with self._write() as conn:
                for source_id, owner in dead:
                    conn.execute(
                        sources.update()
                        .where(sources.c.id == source_id, sources.c.claimed_by == owner)
                        .values(claimed_by=None, next_check_at=now)
                    )
        released = [source_id for source_id, _owner in dead]
        return released

    def poll_state(self, source_id: str) -> PollState:
        with self.engine.connect() as conn:
            row = conn.execute(_Q_POLL_STATE, {"id": source_id}).first()
        return _poll_state(row) if row is not None else PollState()

    def poll_states(self, source_ids: Iterable[str]) -> dict[str, PollState]:
        """The poll states of many sources (one query per 500): a run's, read at once."""
        unique = list(dict.fromkeys(source_ids))
        found: dict[str, PollState] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(unique), IDS_PER_QUERY):
                chunk = unique[i : i + IDS_PER_QUERY]
                for row in conn.execute(_Q_POLL_STATES, {"ids": chunk}):
                    found[row.id] = _poll_state(row)
        return {i: found.get(i, PollState()) for i in unique}

    def note_redirect(
        self, source_id: str, state: PollState, moved_to: str | None, confirmations: int
    ) -> bool:
        """Count polls in a row that were permanently redirected to `moved_to` (None: not
        redirected); at `confirmations`, fetch from there from now on (True then). Writes
        only when something changes."""
        if moved_to is None:
            if state.moved_to is None:
                return False
            values: dict[str, Any] = {"moved_to": None, "moved_seen": 0}
        else:
            seen = state.moved_seen + 1 if moved_to == state.moved_to else 1
            values = {"moved_to": moved_to, "moved_seen": seen}
            if seen >= confirmations:
                values = {"fetch_url": moved_to, "moved_to": None, "moved_seen": 0}
        with self._write() as conn:
            conn.execute(sources.update().where(sources.c.id == source_id).values(**values))
        return "fetch_url" in values

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        with self._write() as conn:
            write_success(conn, source_id, poll)

    def record_successes(self, polls: Iterable[tuple[str, PollSuccess]]) -> None:
        """Several successful polls in one transaction (a run's 304s, written together)."""
        polls = list(polls)
        if not polls:
            return
        with self._write() as conn:
            for source_id, poll in polls:
                write_success(conn, source_id, poll)

    def record_failure(
        self,
        source_id: str,
        *,
        now: datetime,
        next_check: datetime,
        error: str,
        status: int | None,
        state: SourceState = SourceState.FAILING,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                sources.update()
                .where(sources.c.id == source_id)
                .values(
                    next_check_at=next_check,
                    last_checked_at=now,
                    state=state,
                    last_status=status,
                    last_error=error,
                    error_count=sources.c.error_count + 1,
                    claimed_by=None,
                )
            )

    def health(self) -> list[SourceHealth]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(sources).order_by(sources.c.id)).all()
        return [
            SourceHealth(
                source_id=r.id,
                url=r.url,
                state=SourceState(r.state),
                last_status=r.last_status,
                last_error=r.last_error,
                error_count=r.error_count,
                last_checked=r.last_checked_at,
                last_success=r.last_success_at,
                next_check=r.next_check_at,
                entries_seen=r.entries_seen,
                new_count=r.new_count,
                dupe_count=r.dupe_count,
                cache=CacheInfo(r.etag, r.last_modified),
                idle_polls=r.idle_polls,
                fetch_url=r.fetch_url,
            )
            for r in rows
        ]

    def ping(self) -> None:
        """Ask the store a trivial question that needs its tables (one row of sources).
        Raises StorageError with a one-line reason when it cannot answer."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.select(sources.c.id).limit(1)).first()
        except sa.exc.SQLAlchemyError as e:  # one make_engine's handler did not turn
            raise StorageError(storage_message(getattr(e, "orig", None) or e)) from e


def _poll_state(row: Any) -> PollState:  # a row of _Q_POLL_STATE(S)
    return PollState(
        CacheInfo(row.etag, row.last_modified),
        row.error_count,
        row.idle_polls,
        row.fetch_url,
        row.moved_to,
        row.moved_seen,
        row.pruned_through,
    )


def write_success(conn: sa.Connection, source_id: str, p: PollSuccess) -> None:
    """A successful poll: validators, next check, counts; the claim is cleared."""
    values: dict[str, Any] = dict(
        source_id=source_id,
        etag=p.cache.etag,
        last_modified=p.cache.last_modified,
        next_check_at=p.next_check,
        last_checked_at=p.now,
        last_success_at=p.now,
        state=SourceState.OK if p.modified else SourceState.NOT_MODIFIED,
        last_status=p.status,
        last_error=p.warning,
        error_count=0,
        claimed_by=None,
    )
    if p.modified:
        values.update(entries_seen=p.seen, new_count=p.new, dupe_count=p.dupes)
    # the statement is built once; the parameters name the columns it sets
    conn.execute(_UPDATE_SOURCE_NEW if p.new else _UPDATE_SOURCE_IDLE, values)


def _claim_pid(owner: str) -> int | None:
    """The process id of a claim's "host:pid" (None if it names none: left to its lease)."""
    pid = owner.rpartition(":")[2]
    return int(pid) if pid.isdigit() and int(pid) > 0 else None
