"""Consistent copies of a data file, taken while PolicyDesk may have it open.

SQLite's online backup copies the file page by page from a read transaction, so the copy is a
consistent snapshot even when the program is writing at the same time (in WAL mode readers and
the writer never block each other). The copy is written to a hidden temporary file in the target
folder, checked, flushed to disk and only then renamed into place: a copy cut short by a crash,
a full disk or Cancel never leaves a half file under the real name.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage.files import (
    check_new_target,
    fsync_file,
    fsync_folder,
    os_error_code,
    remove_with_sidecars,
)

# Pages per step: small enough for a smooth progress bar, large enough to be quick.
_PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all); may raise to cancel."""


class BackupCancelledError(Exception):
    """The user cancelled a backup; nothing was written."""


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only, so that nothing we do can change it."""
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def default_backup_name(source: Path, when: datetime | None = None) -> str:
    """Return a name for a copy of ``source`` taken now: ``shop 2026-11-22 143000.policydesk``."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H%M%S")
    return f"{source.stem} {stamp}{source.suffix or '.policydesk'}"


def backup_file(
    source: Path,
    destination: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy the data file ``source`` to ``destination`` safely.

    Args:
        source: an existing PolicyDesk file (it may be open in PolicyDesk).
        destination: the file to write; an existing file there is replaced only once the new
            copy is complete and checked.
        progress: told how far the copy is.
        cancelled: asked between steps; returning True stops the copy and removes it.

    Returns:
        The destination path.

    Raises:
        UserFacingError: the destination is the source itself, its folder is missing or
            read-only, the disk is full, or the source cannot be read.
        BackupCancelledError: ``cancelled`` returned True.
    """
    source = source.resolve()
    destination = destination.absolute()
    if destination.exists() and destination.resolve() == source:
        raise UserFacingError(ErrorCode.SAME_FILE, destination)
    check_new_target(destination, replace=True)

    partial = destination.with_name(f".{destination.name}.part-{os.getpid()}")

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelledError
        if progress is not None:
            progress(total - remaining, total)

    try:
        _copy_pages(source, partial, step)
        fsync_file(partial)
        partial.replace(destination)
        fsync_folder(destination.parent)
    except BackupCancelledError:
        remove_with_sidecars(partial)
        raise
    except sqlite3.Error as exc:
        remove_with_sidecars(partial)
        message = str(exc).lower()
        code = ErrorCode.DISK_FULL if "full" in message else ErrorCode.IO_ERROR
        raise UserFacingError(code, destination, {"detail": str(exc)}) from exc
    except OSError as exc:
        remove_with_sidecars(partial)
        raise UserFacingError(os_error_code(exc), destination, {"detail": exc.strerror}) from exc
    except BaseException:
        remove_with_sidecars(partial)
        raise
    if progress is not None:
        progress(1, 1)
    return destination


def backup_into_folder(
    source: Path,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy ``source`` into ``folder`` under a dated name; see :func:`backup_file`."""
    if not folder.is_dir():
        code = ErrorCode.NOT_A_FILE if folder.exists() else ErrorCode.FOLDER_NOT_FOUND
        raise UserFacingError(code, folder)
    target = folder / default_backup_name(source)
    counter = 2
    while target.exists():
        target = folder / f"{Path(default_backup_name(source)).stem} ({counter}){source.suffix}"
        counter += 1
    return backup_file(source, target, progress=progress, cancelled=cancelled)


def _copy_pages(source: Path, target: Path, step: Callable[[int, int, int], None]) -> None:
    """Copy ``source`` into the new file ``target`` with SQLite's online backup, and check it."""
    src = read_only_connection(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
            verdict = dst.execute("PRAGMA quick_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                raise UserFacingError(
                    ErrorCode.IO_ERROR, target, {"detail": "the copy failed its check"}
                )
            # A copy is a plain file on its own: no -wal beside it once it is closed.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
