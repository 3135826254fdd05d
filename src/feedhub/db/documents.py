"""Rendered feed documents and their render problems.

Owns the `feed_documents` table (one rendered document per section and format, with its
compressed forms and validators) and `render_problems` (entries left out of a document,
or why it could not be rendered at all), so every web process serves and shows the same.

Invariants: a document is rewritten only when its bytes changed (or its brotli form is
missing); a problem row is written only on change, and "" clears it; the last good
document stays served when a render fails. Processes publish one after another
(`publishing`: on PostgreSQL a session-level advisory lock), so a later rendering is never
overwritten by an earlier one; the write is an upsert all the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from feedhub.db.engine import DIALECT_INSERT
from feedhub.db.engine import Store
from feedhub.db.schema import feed_documents
from feedhub.db.schema import render_problems
from feedhub.models import FeedDocument

PUBLISH_LOCK_KEY = 0x66656564687561  # the advisory lock publishing processes share


class Documents(Store):
    """The Repository's methods for rendered feeds."""

    @contextmanager
    def publishing(self) -> Iterator[None]:
        """Render and store feeds in turn with every other process (PostgreSQL; a SQLite
        store has one service process). Two processes publishing at once each rendered
        what they saw and the one saving last won, an older rendering possibly."""
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": PUBLISH_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": PUBLISH_LOCK_KEY})
                conn.commit()

    def save_document(self, doc: FeedDocument) -> bool:
        """Store a rendered feed unless the same bytes are already stored; True if stored.
        Its problems (entries left out) replace the document's recorded ones."""
        key = (feed_documents.c.section == doc.section) & (feed_documents.c.format == doc.format)
        with self._write() as conn:
            _set_render_problem(conn, doc.section, doc.format, "; ".join(doc.problems))
            stored = conn.execute(
                sa.select(feed_documents.c.etag, feed_documents.c.brotli.is_(None)).where(key)
            ).first()
            etag = stored[0] if stored else None
            if etag == doc.etag and stored is not None and not stored[1]:
                return False
            values = dict(
                content=doc.content,
                gzip=doc.gzip,
                brotli=doc.brotli,
                etag=doc.etag,
                last_modified=doc.last_modified,
                media_type=doc.media_type,
            )
            if etag is None:  # (an upsert: a process that does not take `publishing` turns)
                insert = DIALECT_INSERT[conn.dialect.name](feed_documents).values(
                    section=doc.section, format=doc.format, **values
                )
                conn.execute(
                    insert.on_conflict_do_update(index_elements=["section", "format"], set_=values)
                )
            else:
                conn.execute(feed_documents.update().where(key).values(**values))
        return True

    def note_render_failure(self, section: str, fmt: str, problem: str) -> None:
        """A document could not be rendered at all: its last good rendering stays served,
        the problem is recorded until a render succeeds."""
        with self._write() as conn:
            _set_render_problem(conn, section, fmt, problem)

    def render_problems(self) -> list[tuple[str, str, str]]:
        """(document, format, problem) of every document rendered with problems."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(render_problems).order_by(
                    render_problems.c.section, render_problems.c.format
                )
            ).all()
        return [(r.section, r.format, r.problem) for r in rows]

    def delete_documents(self, key: str) -> None:
        """Stop serving a feed (a withdrawn story's): its documents and archive pages."""
        with self._write() as conn:
            for table in (feed_documents, render_problems):
                conn.execute(
                    table.delete().where(
                        (table.c.section == key) | table.c.section.startswith(f"{key}/archive/")
                    )
                )

    def document_keys(self) -> set[str]:
        """The key of every stored document ("politik", "tag/x/archive/2", ...)."""
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(feed_documents.c.section).distinct()))

    def rendered(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` stored in some format (feeds rendered once, when first asked)."""
        wanted = sorted(set(keys))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                found.update(
                    conn.scalars(
                        sa.select(feed_documents.c.section)
                        .where(feed_documents.c.section.in_(wanted[i : i + 500]))
                        .distinct()
                    )
                )
        return found

    def document(self, section: str, fmt: str) -> FeedDocument | None:
        with self.engine.connect() as conn:
            r = conn.execute(
                sa.select(feed_documents).where(
                    feed_documents.c.section == section, feed_documents.c.format == fmt
                )
            ).first()
        if r is None:
            return None
        return FeedDocument(
            r.section, r.format, r.content, r.gzip, r.etag, r.last_modified, r.media_type, r.brotli
        )


def _set_render_problem(conn: sa.Connection, section: str, fmt: str, problem: str) -> None:
    """Record a document's problem ("" clears it); writes only on change."""
    key = (render_problems.c.section == section) & (render_problems.c.format == fmt)
    known = conn.scalar(sa.select(render_problems.c.problem).where(key))
    if (known or "") == problem:
        return
    if known is not None:
        conn.execute(render_problems.delete().where(key))
    if problem:
        conn.execute(render_problems.insert().values(section=section, format=fmt, problem=problem))
