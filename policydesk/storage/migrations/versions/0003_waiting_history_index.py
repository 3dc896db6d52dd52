"""An index over the waits for the customer in the change history.

The service clock stops while a complaint waits for the customer. The waits are read from the
recorded status changes (into and out of "waiting"), which every status change already writes,
so older files need no new data: only this partial index, which holds just those changes, so
that the period figures over a whole log read them without scanning the entire history.

Revision ID: 0003
Revises: 0002
Created: 2026-11-23 02:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WAITS = sa.text("field = 'status' AND (old_value = 'waiting' OR new_value = 'waiting')")


def upgrade() -> None:
    """Add the index (no table is rebuilt: no batch operation, no risk to child rows)."""
    op.create_index(
        "ix_complaint_change_waiting",
        "complaint_change",
        ["complaint_id", "changed_at"],
        sqlite_where=_WAITS,
    )


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_complaint_change_waiting", table_name="complaint_change")
