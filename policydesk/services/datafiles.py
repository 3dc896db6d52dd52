"""Working with data files as wholes: where they live, inspecting, creating, copying, checking.

``policydesk.storage.database`` (and with it SQLAlchemy, about 0.2 s to import) is imported on
first use, so that the window can be painted before it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs

from policydesk.domain.datafile import CheckReport, FileLocation, FileReport
from policydesk.storage import backup, files

APP_NAME = "PolicyDesk"
FILE_SUFFIX = ".policydesk"
DEFAULT_FILE_NAME = f"business{FILE_SUFFIX}"


def data_folder() -> Path:
    """The user's PolicyDesk data folder (created when missing).

    Linux: ``~/.local/share/PolicyDesk``; Windows: ``%LOCALAPPDATA%/PolicyDesk``;
    macOS: ``~/Library/Application Support/PolicyDesk``.
    """
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, ensure_exists=True))


def default_file() -> Path:
    """The data file PolicyDesk opens when no other is named."""
    return data_folder() / DEFAULT_FILE_NAME


def demo_file() -> Path:
    """Where the welcome page puts the demo business."""
    return data_folder() / f"demo{FILE_SUFFIX}"


def report_folder() -> Path:
    """Where crash reports are saved (created when missing)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False, ensure_exists=True))


def inspect_file(path: Path, *, for_writing: bool = True) -> FileReport:
    """Take a quick look at a file without changing it; raises ``UserFacingError`` for bad files.

    The look reads the header, the kind of file and its schema version, not every page:
    opening the file (``Workspace.open``) runs the integrity check, and a copy is checked as it
    is made, so the whole file is not read twice.

    Args:
        path: the file.
        for_writing: also require that PolicyDesk could open it for writing.
    """
    from policydesk.storage import database

    return database.inspect(path, for_writing=for_writing, verify=False)


def location_of(path: Path) -> FileLocation:
    """Say whether ``path`` is on a network share."""
    return files.locate(path)


def check_file(path: Path) -> CheckReport:
    """Run the full integrity check on a file without changing it."""
    from policydesk.storage import database

    return database.check(path)


def create_file(path: Path, *, replace: bool = False) -> None:
    """Create a new, empty data file (all at once or not at all)."""
    from policydesk.storage import database

    database.create(path, replace=replace)


def copy_file(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Save a consistent copy of ``source`` (which may be open) as ``destination``."""
    return backup.backup_file(source, destination, progress=progress, cancelled=cancelled)


def copy_into_folder(
    source: Path,
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Save a consistent, dated copy of ``source`` into ``folder``; returns the copy's path."""
    return backup.backup_into_folder(source, folder, progress=progress, cancelled=cancelled)


def suggested_copy_name(source: Path) -> str:
    """A file name for a copy of ``source`` saved now."""
    return backup.default_backup_name(source)


BackupCancelledError = backup.BackupCancelledError
