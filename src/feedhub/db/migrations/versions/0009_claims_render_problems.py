"""sources.claimed_by and render_problems

- `sources.claimed_by`: the process that claimed a due source ("host:pid"), cleared when
  its poll is recorded. A process that starts releases the claims of dead processes on
  its host at once, instead of leaving their sources claimed until the lease runs out.
- `render_problems`: per feed document, the entries left out of it (or the whole render
  failing), shown on /status until a render succeeds without them.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("claimed_by", sa.Text))
    op.create_table(
        "render_problems",
        sa.Column("section", sa.Text, primary_key=True),
        sa.Column("format", sa.String(8), primary_key=True),
        sa.Column("problem", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("render_problems")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("claimed_by")
