"""Test revision: changes the schema and data, then fails.

Revision ID: t002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from policydesk.storage.migrate import HEAD_REVISION

revision = "t002"
down_revision = HEAD_REVISION  # stacked on whatever the program ships as its newest
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_way", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("DELETE FROM staff")
    with op.batch_alter_table("staff", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.Text(), nullable=True))
    raise RuntimeError("the migration broke half-way")


def downgrade() -> None:
    pass
