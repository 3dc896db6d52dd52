"""Opening, creating and checking PolicyDesk files.

The order of events on open matters, because a file that is not what it claims must stay
byte-for-byte as it was:

1. :func:`inspect` reads the file without writing: the header (a whole SQLite file?), a
   read-only ``quick_check`` (not corrupt?), the application id and tables (a PolicyDesk file?)
   and the schema revision (from a newer PolicyDesk?). Nothing has been written yet.
2. The per-file lock is taken, so a second PolicyDesk is refused.
3. Only then is the file opened for writing: migrated if it is older (backup first, see
   :mod:`policydesk.storage.migrate`), and switched to WAL.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from policydesk.domain.datafile import CheckReport, FileReport, OpenStage, SchemaState
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage import migrate
from policydesk.storage.backup import backup_file, read_only_connection
from policydesk.storage.engine import Sessions, create_file_engine, sqlite_error_code
from policydesk.storage.files import (
    check_new_target,
    fsync_file,
    fsync_folder,
    locate,
    os_error_code,
    preflight,
    remove_sidecars,
    remove_with_sidecars,
)
from policydesk.storage.lock import FileLock
from policydesk.storage.schema import APPLICATION_ID

OpenProgress = Callable[[OpenStage, int, int], None]
"""Told which stage opening is in and how far it is (done, total)."""


def inspect(
    path: Path,
    *,
    for_writing: bool = False,
    verify: bool = True,
    extra_version_locations: Sequence[Path] = (),
) -> FileReport:
    """Find out what ``path`` is without changing it.

    Args:
        path: the file.
        for_writing: also require that it can be opened for writing.
        verify: run SQLite's ``quick_check``, which reads the whole file. Opening always does;
            a look ahead of opening (network share? needs an upgrade?) need not do it twice.
        extra_version_locations: more migration scripts (tests).

    Raises:
        UserFacingError: the file is missing, unreadable, not a database, truncated, corrupt,
            or another program's SQLite file.
    """
    path = path.absolute()
    size = preflight(path, for_writing=for_writing)
    location = locate(path)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as exc:
        raise _file_error(exc, path) from exc
    try:
        if verify:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
            if verdict != ["ok"]:
                raise UserFacingError(ErrorCode.CORRUPT, path, {"detail": "; ".join(verdict)})
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revision = migrate.stored_revision(connection)
    except sqlite3.Error as exc:
        raise _file_error(exc, path) from exc
    finally:
        connection.close()

    if not tables and application_id in (0, APPLICATION_ID):
        state = SchemaState.NEW
    elif application_id != APPLICATION_ID or revision is None:
        raise UserFacingError(ErrorCode.NOT_POLICYDESK, path)
    else:
        state = _classify(revision, extra_version_locations)
    return FileReport(
        path=path,
        size_bytes=size,
        revision=revision,
        app_revision=_app_head(extra_version_locations),
        state=state,
        filesystem=location.filesystem,
        on_network=location.on_network,
    )


def check(path: Path) -> CheckReport:
    """Run SQLite's full integrity and foreign-key checks on ``path`` without changing it.

    Raises:
        UserFacingError: as :func:`inspect`, for files that are not PolicyDesk files at all.
    """
    path = path.absolute()
    size = preflight(path, for_writing=False)
    try:
        connection = read_only_connection(path)
        try:
            integrity = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = migrate.stored_revision(connection)
            has_tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _file_error(exc, path) from exc
    if has_tables and (application_id != APPLICATION_ID or revision is None):
        raise UserFacingError(ErrorCode.NOT_POLICYDESK, path)
    problems = [] if integrity == ["ok"] else integrity
    problems += [
        f"row {row[1]} of table {row[0]} points at a missing row in {row[2]}" for row in foreign
    ]
    state = SchemaState.NEW if not has_tables else _classify(revision or "", ())
    return CheckReport(
        path=path,
        size_bytes=size,
        revision=revision,
        app_revision=migrate.HEAD_REVISION,
        state=state,
        problems=tuple(problems),
    )


def create(
    path: Path, *, replace: bool = False, extra_version_locations: Sequence[Path] = ()
) -> None:
    """Create a new, empty PolicyDesk file at ``path``, all at once or not at all.

    The file is built under a hidden temporary name in the same folder and renamed into place
    when complete, so a crash half-way leaves no half file under the real name.

    Args:
        path: where the file goes.
        replace: replace an existing file (which must not be open in a PolicyDesk).
        extra_version_locations: more migration scripts (tests).

    Raises:
        UserFacingError: the file exists (and ``replace`` is False) or is open elsewhere, the
            folder is missing or read-only, or the disk is full.
    """
    path = path.absolute()
    check_new_target(path, replace=replace)
    partial = path.with_name(f".{path.name}.new-{os.getpid()}")
    with FileLock(path) if path.exists() else contextlib.nullcontext():
        try:
            sqlite3.connect(partial).close()
            engine = create_file_engine(partial, foreign_keys=False)
            try:
                with engine.connect() as connection, connection.begin():
                    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    migrate.upgrade_in_transaction(
                        connection, migrate.alembic_config(extra_version_locations)
                    )
                    ensure_planner_hints(connection)
            finally:
                engine.dispose()
            fsync_file(partial)
            # A WAL left beside the file being replaced would be replayed into the new one.
            remove_sidecars(path)
            partial.replace(path)
            fsync_folder(path.parent)
        except OSError as exc:
            raise UserFacingError(os_error_code(exc), path, {"detail": exc.strerror}) from exc
        except (sqlite3.Error, DBAPIError) as exc:
            raise _file_error(exc, path) from exc
        finally:
            remove_with_sidecars(partial)


class Database:
    """An open PolicyDesk file: its lock, engine and sessions.

    Attributes:
        path: the file.
        report: what inspecting the file found when it was opened.
        sessions: where services get their sessions.
    """

    def __init__(self, path: Path, engine: Engine, lock: FileLock, report: FileReport) -> None:
        self.path = path
        self.report = report
        self.engine = engine
        self.sessions = Sessions(engine, path)
        self._lock = lock

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        progress: OpenProgress | None = None,
        extra_version_locations: Sequence[Path] = (),
    ) -> Database:
        """Open ``path`` for reading and writing, upgrading its schema if it is older.

        Raises:
            UserFacingError: the file is bad (see :func:`inspect`), read-only, open in another
                PolicyDesk, from a newer PolicyDesk, or its upgrade failed (the original is then
                back in place and the backup's path is in ``params["backup"]``).
        """
        path = path.resolve()
        report = inspect(path, for_writing=True, extra_version_locations=extra_version_locations)
        if report.state is SchemaState.NEWER:
            raise UserFacingError(
                ErrorCode.NEWER_SCHEMA,
                path,
                {"revision": report.revision, "app_revision": report.app_revision},
            )
        lock = FileLock(path)
        lock.acquire()
        try:
            if report.state in (SchemaState.NEW, SchemaState.OLDER):
                _upgrade(path, report, progress, extra_version_locations)
            engine = create_file_engine(path)
            try:
                with engine.connect() as connection:
                    connection.exec_driver_sql("SELECT 1").close()
                    if not _has_statistics(connection):  # a file from before the hints
                        connection.commit()  # ends the reading transaction the check began
                        with connection.begin():
                            ensure_planner_hints(connection)
            except DBAPIError as exc:
                engine.dispose()
                raise _file_error(exc, path) from exc
        except BaseException:
            lock.release()
            raise
        return cls(path, engine, lock, report)

    def close(self) -> None:
        """Close the file and give up the lock."""
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# ---------------------------------------------------------------------------- helpers


# SQLite's own first guess at a table's size; the hint says the same, so it changes nothing else.
_HINT_ROWS = 1_000_000
_PLANNER_HINTS = (
    # Nearly every complaint is not in the bin, so "deleted_at IS NULL" narrows nothing. Without
    # statistics SQLite guesses that it does, and a million-complaint log then reads every row
    # through this index and sorts them (3.5 s for the first screen instead of 0.06 s).
    ("complaint", "ix_complaint_deleted_at", f"{_HINT_ROWS} {_HINT_ROWS}"),
)


def ensure_planner_hints(connection: Connection) -> None:
    """Give SQLite's query planner what it must know of the complaint table's indexes.

    SQLite chooses indexes from the statistics in ``sqlite_stat1``, which only ``ANALYZE``
    writes; PolicyDesk does not run it (a second per million complaints). A file without
    statistics for ``complaint`` gets the hints above instead: written when a file is created or
    upgraded, and on opening a file from before them. Statistics that are already there (an
    ``ANALYZE`` someone ran) are left alone. Call it inside a transaction when one is open.
    """
    if _has_statistics(connection):
        return
    connection.exec_driver_sql("ANALYZE sqlite_schema")  # makes sqlite_stat1, reads nothing
    for table, index, stat in _PLANNER_HINTS:
        connection.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
        )
    # Statistics are read when a connection loads the schema, and again after ANALYZE: this
    # connection (back in the pool next) reads the hints now.
    connection.exec_driver_sql("ANALYZE sqlite_schema")


def _has_statistics(connection: Connection) -> bool:
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_table is None:
        return False
    known = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_stat1 WHERE tbl = 'complaint' LIMIT 1"
    ).first()
    return known is not None


def upgrade_backup_path(path: Path, when: datetime | None = None) -> Path:
    """Where the copy taken before an upgrade goes: ``shop (before upgrade 2026-11-22 1430).x``."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H%M%S")
    return path.with_name(f"{path.stem} (before upgrade {stamp}){path.suffix}")


def _upgrade(
    path: Path,
    report: FileReport,
    progress: OpenProgress | None,
    extra_version_locations: Sequence[Path],
) -> None:
    backup: Path | None = None
    if report.state is SchemaState.OLDER:
        backup = upgrade_backup_path(path)

        def backup_progress(done: int, total: int) -> None:
            if progress is not None:
                progress(OpenStage.BACKUP, done, total)

        backup_file(path, backup, progress=backup_progress)
    if progress is not None:
        progress(OpenStage.UPGRADE, 0, 1)
    engine = create_file_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            if report.state is SchemaState.NEW:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade_in_transaction(
                connection, migrate.alembic_config(extra_version_locations)
            )
            ensure_planner_hints(connection)
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            _restore(backup, path)
        if isinstance(exc, UserFacingError):
            raise
        if isinstance(exc, DBAPIError) and sqlite_error_code(exc) is ErrorCode.DISK_FULL:
            raise UserFacingError(
                ErrorCode.DISK_FULL, path, {"backup": str(backup) if backup else None}
            ) from exc
        raise UserFacingError(
            ErrorCode.MIGRATION_FAILED,
            path,
            {
                "backup": str(backup) if backup else None,
                "revision": report.revision,
                "detail": f"{type(exc).__name__}: {exc}",
            },
        ) from exc
    engine.dispose()
    if progress is not None:
        progress(OpenStage.UPGRADE, 1, 1)


def _restore(backup: Path, path: Path) -> None:
    """Put the pre-upgrade copy back in place of ``path``, atomically."""
    staging = path.with_name(f".{path.name}.restore-{os.getpid()}")
    shutil.copyfile(backup, staging)
    fsync_file(staging)
    remove_sidecars(path)
    staging.replace(path)
    fsync_folder(path.parent)


def _app_head(extra_version_locations: Sequence[Path]) -> str:
    if not extra_version_locations:
        return migrate.HEAD_REVISION
    return migrate.script_head(migrate.alembic_config(extra_version_locations))


def _classify(revision: str, extra_version_locations: Sequence[Path]) -> SchemaState:
    if revision == migrate.HEAD_REVISION and not extra_version_locations:
        return SchemaState.CURRENT
    config = migrate.alembic_config(extra_version_locations)
    if revision not in migrate.known_revisions(config):
        return SchemaState.NEWER
    return SchemaState.CURRENT if revision == migrate.script_head(config) else SchemaState.OLDER


def _file_error(exc: Exception, path: Path) -> UserFacingError:
    code = sqlite_error_code(exc)
    if code is ErrorCode.NOT_A_DATABASE:
        # preflight saw a valid SQLite header, so SQLite refusing it means damage.
        code = ErrorCode.CORRUPT
    return UserFacingError(code, path, {"detail": str(getattr(exc, "orig", None) or exc)})
