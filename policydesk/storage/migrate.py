"""Schema migrations with Alembic, run so that a failure can never damage a file.

How an upgrade runs (see ``Database.open``):

1. The file is backed up next to itself with SQLite's online backup, and the copy is checked.
2. A connection is opened with foreign keys switched off through the raw driver connection,
   *before* any transaction begins (SQLite ignores the pragma inside one). Alembic's batch mode
   rebuilds tables by copy-and-drop, which with enforcement on would silently cascade-delete
   child rows.
3. Every step runs in one transaction, then ``PRAGMA foreign_key_check`` must find nothing.
4. Anything failing rolls the transaction back and puts the backup back in place.

Alembic is imported only when a file actually needs migrating, which keeps start-up fast.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"

# The newest revision in migrations/versions. A test keeps this in step with Alembic's own view,
# so that opening an up-to-date file needs no Alembic import at all.
HEAD_REVISION = "0003"


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Tell Alembic's autogenerate which database objects are the models' business.

    Full-text search tables (``complaint_fts`` and its shadow tables) are made by hand-written
    steps; autogenerate must not propose dropping them.
    """
    return not (type_ == "table" and name is not None and "_fts" in name)


class ForeignKeyViolationError(RuntimeError):
    """A migration left rows pointing at rows that do not exist."""


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    """Return the Alembic configuration for PolicyDesk's scripts (no ``alembic.ini`` needed).

    Args:
        extra_version_locations: more folders of revision scripts (tests use this to add
            revisions on top of the real head).
    """
    from alembic.config import Config

    def escaped(path: Path) -> str:
        return str(path).replace("%", "%%")

    config = Config()
    config.set_main_option("script_location", escaped(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    locations = [VERSIONS_DIR, *extra_version_locations]
    config.set_main_option("version_locations", os.pathsep.join(escaped(p) for p in locations))
    return config


def known_revisions(config: Config) -> set[str]:
    """Return every revision the scripts know."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def script_head(config: Config) -> str:
    """Return the head revision of the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(config).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """Return the revision recorded in a file, or None when it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def upgrade_in_transaction(connection: Connection, config: Config, *, target: str = "head") -> None:
    """Run the migrations on ``connection`` inside its current transaction.

    The caller opened ``connection`` with foreign keys off and began the transaction; the caller
    commits. This function only checks that no row was left pointing nowhere.

    Raises:
        ForeignKeyViolationError: the migrated data breaks a foreign key.
    """
    from alembic import command

    config.attributes["connection"] = connection
    command.upgrade(config, target)
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise ForeignKeyViolationError(
            f"{len(problems)} rows break foreign keys, e.g. {tuple(problems[0])}"
        )
