"""Complaint search and sort keys.

Adds what the complaint log needs to stay fast at a million complaints:

- ``customer_sort``: the customer's name as a key whose byte order is the business language's
  alphabet order (Swedish Å Ä Ö after Z), with an index, so sorting by customer uses the index;
- ``phone_key``: the digits-only forms of the phone number, so ``0701234567`` finds
  ``070-123 45 67`` and ``+46 70 123 45 67``;
- partial indexes over the live (not deleted) complaints for the log's orders and filters;
- two FTS5 indexes (complaints, and the steps taken on them) with accents folded
  (``remove_diacritics 2``), kept up to date by triggers, so no code path can forget them.

Revision ID: 0002
Revises: 0001
Created: 2026-11-22 21:47:52.493445
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from policydesk.domain.languages import Language
from policydesk.domain.textsearch import name_sort_key, phone_key

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text("deleted_at IS NULL")
_PENDING = sa.text("deleted_at IS NULL AND followed_up_at IS NULL")
# The complaint's searchable columns; the FTS table reads them from ``complaint`` itself.
_FTS_COLUMNS = (
    "customer_name",
    "customer_phone",
    "phone_key",
    "customer_email",
    "product_ref",
    "description",
    "customer_request",
    "agreed_resolution",
    "followup_note",
    "prevention_suggestion",
)
_TOKENIZER = "unicode61 remove_diacritics 2"
_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("customer_sort", sa.Text(), server_default="~", nullable=False)
        )
        batch_op.add_column(sa.Column("phone_key", sa.Text(), server_default="", nullable=False))
    _fill_keys()
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_channel", ["channel"], unique=False)
        batch_op.create_index("ix_complaint_deleted_at", ["deleted_at"], unique=False)
        batch_op.create_index(
            "ix_complaint_live_customer", ["customer_sort"], unique=False, sqlite_where=_LIVE
        )
        batch_op.create_index(
            "ix_complaint_live_followup", ["followup_due_at"], unique=False, sqlite_where=_LIVE
        )
        batch_op.create_index(
            "ix_complaint_live_received", ["received_at"], unique=False, sqlite_where=_LIVE
        )
        batch_op.create_index(
            "ix_complaint_followup_pending",
            ["followup_due_at"],
            unique=False,
            sqlite_where=_PENDING,
        )
        batch_op.create_index("ix_complaint_received_by", ["received_by_id"], unique=False)
    _create_search()


def _fill_keys() -> None:
    connection = op.get_bind()
    language = Language.parse(
        connection.execute(sa.text("SELECT language FROM business WHERE id = 1")).scalar(),
        Language.SWEDISH,
    )
    rows = connection.execute(
        sa.text("SELECT id, customer_name, customer_phone FROM complaint")
    ).all()
    update = sa.text(
        "UPDATE complaint SET customer_sort = :sort, phone_key = :phone WHERE id = :id"
    )
    for start in range(0, len(rows), _BATCH):
        connection.execute(
            update,
            [
                {
                    "id": row.id,
                    "sort": name_sort_key(row.customer_name, language),
                    "phone": phone_key(row.customer_phone),
                }
                for row in rows[start : start + _BATCH]
            ],
        )


def _create_search() -> None:
    columns = ", ".join(_FTS_COLUMNS)
    new_values = ", ".join(f"new.{name}" for name in _FTS_COLUMNS)
    old_values = ", ".join(f"old.{name}" for name in _FTS_COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE complaint_fts USING fts5({columns}, content='complaint', "
        f"content_rowid='id', tokenize='{_TOKENIZER}')"
    )
    op.execute(
        f"CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN "
        f"INSERT INTO complaint_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN "
        f"INSERT INTO complaint_fts(complaint_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); END"
    )
    # Only a change to a searchable column touches the index; a status change does not.
    op.execute(
        f"CREATE TRIGGER complaint_fts_update AFTER UPDATE OF {columns} ON complaint BEGIN "
        f"INSERT INTO complaint_fts(complaint_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO complaint_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    op.execute("INSERT INTO complaint_fts(complaint_fts) VALUES ('rebuild')")

    op.execute(
        f"CREATE VIRTUAL TABLE complaint_action_fts USING fts5(text, content='complaint_action', "
        f"content_rowid='id', tokenize='{_TOKENIZER}')"
    )
    op.execute(
        "CREATE TRIGGER complaint_action_fts_insert AFTER INSERT ON complaint_action BEGIN "
        "INSERT INTO complaint_action_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER complaint_action_fts_delete AFTER DELETE ON complaint_action BEGIN "
        "INSERT INTO complaint_action_fts(complaint_action_fts, rowid, text) "
        "VALUES ('delete', old.id, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER complaint_action_fts_update AFTER UPDATE OF text ON complaint_action "
        "BEGIN INSERT INTO complaint_action_fts(complaint_action_fts, rowid, text) "
        "VALUES ('delete', old.id, old.text); "
        "INSERT INTO complaint_action_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute("INSERT INTO complaint_action_fts(complaint_action_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in (
        "complaint_fts_insert",
        "complaint_fts_delete",
        "complaint_fts_update",
        "complaint_action_fts_insert",
        "complaint_action_fts_delete",
        "complaint_action_fts_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS complaint_fts")
    op.execute("DROP TABLE IF EXISTS complaint_action_fts")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_received_by")
        batch_op.drop_index("ix_complaint_followup_pending", sqlite_where=_PENDING)
        batch_op.drop_index("ix_complaint_live_received", sqlite_where=_LIVE)
        batch_op.drop_index("ix_complaint_live_followup", sqlite_where=_LIVE)
        batch_op.drop_index("ix_complaint_live_customer", sqlite_where=_LIVE)
        batch_op.drop_index("ix_complaint_deleted_at")
        batch_op.drop_index("ix_complaint_channel")
        batch_op.drop_column("phone_key")
        batch_op.drop_column("customer_sort")
