"""Test revision: leaves a row pointing at nothing, which the foreign-key check must catch.

Revision ID: t002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from policydesk.storage.migrate import HEAD_REVISION

revision = "t002"
down_revision = HEAD_REVISION  # stacked on whatever the program ships as its newest
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM policy_version")  # foreign keys are off: sections are orphaned


def downgrade() -> None:
    pass
