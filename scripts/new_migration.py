"""Write a new Alembic migration by comparing the models with a file at the current head.

Usage: python scripts/new_migration.py "add complaint search" [--rev-id 0002]

Review the generated script before committing it: autogenerate misses renames, data moves and
SQLite-specific details. Then update HEAD_REVISION in policydesk/storage/migrate.py and add a
fixture file for the released schema (see DEVELOPERS.md).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from alembic import command

from policydesk.storage import migrate
from policydesk.storage.engine import create_file_engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message")
    parser.add_argument("--rev-id", help="revision id, e.g. 0002 (default: next number)")
    args = parser.parse_args()
    config = migrate.alembic_config()
    existing = migrate.known_revisions(config)
    rev_id = args.rev_id or f"{len(existing) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "head.policydesk"
        sqlite3.connect(path).close()
        engine = create_file_engine(path, foreign_keys=False)
        with engine.connect() as connection, connection.begin():
            if existing:
                migrate.upgrade_in_transaction(connection, config)
            config.attributes["connection"] = connection
            scripts = command.revision(
                config, message=args.message, autogenerate=True, rev_id=rev_id
            )
        engine.dispose()
    written = [s.path for s in (scripts if isinstance(scripts, list) else [scripts]) if s]
    ruff = shutil.which("ruff")
    if ruff and written:
        subprocess.run([ruff, "format", "--quiet", *written], check=False)
        subprocess.run([ruff, "check", "--fix", "--quiet", *written], check=False)
        subprocess.run([ruff, "format", "--quiet", *written], check=False)


if __name__ == "__main__":
    main()
