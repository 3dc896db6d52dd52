"""Alembic environment: runs on the connection PolicyDesk hands over, never on its own.

There is no ``fileConfig`` call here on purpose: Alembic's template reconfigures logging and
silences every logger the program already has.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from policydesk.storage.migrate import include_name
from policydesk.storage.schema import Base
from policydesk.storage.types import UTCDateTime

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "PolicyDesk migrations run on a connection given by policydesk.storage; "
        "use scripts/new_migration.py to write a new one."
    )


def _render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    # Scripts must not import PolicyDesk's own types: a script is frozen history, the types are
    # not. UTCDateTime is plain text in the file.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.String(length=26)"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes most columns by rebuilding the table
    transactional_ddl=True,  # our engine makes DDL transactional (see storage/engine.py)
    include_name=include_name,
    compare_type=True,
    render_item=_render_item,
)

with context.begin_transaction():
    context.run_migrations()
