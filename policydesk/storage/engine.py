"""The SQLAlchemy engine for a PolicyDesk file, set up so that writes are safe.

Python's ``sqlite3`` module, left to itself, does not begin a transaction before DDL, so a
failed migration could leave a half-changed file. Following SQLAlchemy's documented recipe the
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself; DDL,
savepoints and rollbacks then behave as they should.

Every connection gets:
- ``journal_mode=WAL``: readers never block the writer, and a crash never corrupts the file;
- ``synchronous=FULL``: a committed complaint survives a power cut;
- ``foreign_keys=ON``: rows never point at rows that are gone;
- ``busy_timeout``: a backup taken from another process waits instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from policydesk.domain.errors import ErrorCode, UserFacingError

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a file, opened read-write and never created by SQLite."""
    # mode=rw: SQLite must not create a missing file behind our back (we create files ourselves,
    # atomically). The URI form needs the path quoted.
    return f"sqlite+pysqlite:///file:{quote(str(path.resolve()))}?mode=rw&uri=true"


def create_file_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """Create the engine for a PolicyDesk file with the safe settings described above.

    Args:
        path: the database file; it must exist.
        foreign_keys: False only for migrations, which must run with enforcement off.
    """
    engine = create_engine(sqlite_url(path), connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN; see the module doc
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            f"foreign_keys={'ON' if foreign_keys else 'OFF'}",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN, so a second writer waits on busy_timeout
        # instead of failing half-way with a stale snapshot; readers never wait.
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


_IMMEDIATE = "policydesk_begin_immediate"


def sqlite_error_code(exc: BaseException) -> ErrorCode:
    """Map an error raised by SQLite (directly or through SQLAlchemy) to a user-facing code."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    code = getattr(original, "sqlite_errorname", "")
    table = (
        ("SQLITE_FULL", "full", ErrorCode.DISK_FULL),
        ("SQLITE_NOTADB", "not a database", ErrorCode.NOT_A_DATABASE),
        ("SQLITE_CORRUPT", "malformed", ErrorCode.CORRUPT),
        ("SQLITE_READONLY", "readonly", ErrorCode.READ_ONLY_FILE),
        ("SQLITE_BUSY", "locked", ErrorCode.BUSY),
        ("SQLITE_LOCKED", "locked", ErrorCode.BUSY),
        ("SQLITE_CANTOPEN", "unable to open", ErrorCode.UNREADABLE),
        ("SQLITE_PERM", "access permission", ErrorCode.UNREADABLE),
    )
    for name, words, mapped in table:
        # SQLite's own error name decides; the message is only a fallback for errors without.
        if (code and code.startswith(name)) or (not code and words in message):
            return mapped
    return ErrorCode.IO_ERROR


# Failures of the file or the disk, as opposed to mistakes in PolicyDesk's own SQL.
_ENVIRONMENT_ERRORS = frozenset(
    {
        ErrorCode.DISK_FULL,
        ErrorCode.NOT_A_DATABASE,
        ErrorCode.CORRUPT,
        ErrorCode.READ_ONLY_FILE,
        ErrorCode.BUSY,
        ErrorCode.UNREADABLE,
    }
)


def _is_environment_error(exc: DBAPIError) -> bool:
    name = getattr(exc.orig, "sqlite_errorname", "")
    if name.startswith("SQLITE_IOERR"):
        return True
    return sqlite_error_code(exc) in _ENVIRONMENT_ERRORS


class Sessions:
    """Hands out sessions, one per unit of work: ``with sessions.write() as s: ...``.

    ``write()`` commits when the block ends and rolls back if it raises, so a unit of work is
    all or nothing. ``read()`` never writes. A full disk, a file made read-only or damaged
    underneath the program, or a lock held too long becomes a :class:`UserFacingError`; any other
    database error is a bug and is left to reach the crash handler.
    """

    def __init__(self, engine: Engine, path: Path) -> None:
        self._path = path
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it flushed is rolled back at the end."""
        # Closing discards anything the block flushed: the pool rolls back on return.
        with self._translated(), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session that commits at the end of the block, or rolls back on an exception."""
        with self._translated(), self._write.begin() as session:
            yield session

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            if not _is_environment_error(exc):
                raise
            raise UserFacingError(
                sqlite_error_code(exc), self._path, {"detail": str(exc.orig)}
            ) from exc
