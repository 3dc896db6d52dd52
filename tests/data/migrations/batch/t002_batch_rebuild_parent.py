"""Test revision: rebuild policy_version with batch mode (a table with cascading children).

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
    # recreate="always" forces the copy-and-drop rebuild that deletes cascade children when
    # foreign keys are enforced.
    with op.batch_alter_table("policy_version", recreate="always") as batch:
        batch.add_column(sa.Column("test_flag", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("policy_version") as batch:
        batch.drop_column("test_flag")
