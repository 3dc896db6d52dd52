"""Checks on a data file made before SQLite is allowed near it.

Nothing here writes: a file that turns out to be something else (a spreadsheet, half a
database, a folder) is refused with a clear code and stays byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from policydesk.domain.datafile import FileLocation
from policydesk.domain.errors import ErrorCode, UserFacingError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# File systems on which SQLite's locking and WAL mode cannot be trusted (sqlite.org/wal.html:
# "WAL does not work over a network filesystem"). 9p and drvfs are how WSL and some virtual
# machines share the host's disks.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "drvfs",
        "afs",
        "ncpfs",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "fuse.rclone",
        "fuse.s3fs",
        "remote",
    }
)


@dataclass(frozen=True, slots=True)
class SqliteHeader:
    """The facts PolicyDesk reads from the first 100 bytes of a SQLite file."""

    page_size: int
    page_count: int  # 0 when the header's count is not trustworthy (very old writers)
    application_id: int

    @property
    def expected_size(self) -> int:
        """How many bytes the file must have at least, if the page count is known."""
        return self.page_size * self.page_count


def parse_header(header: bytes) -> SqliteHeader | None:
    """Read a SQLite header; return None when the bytes are not one."""
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if valid_for != change_counter:
        page_count = 0
    return SqliteHeader(page_size, page_count, int.from_bytes(header[68:72], "big"))


def preflight(path: Path, *, for_writing: bool) -> int:
    """Check that ``path`` is a whole SQLite file PolicyDesk may open, without changing it.

    Args:
        path: the file.
        for_writing: also require that the file and its folder can be written (the folder holds
            SQLite's ``-wal`` and ``-shm`` files and PolicyDesk's lock).

    Returns:
        The file's size in bytes.

    Raises:
        UserFacingError: with the code that says what is wrong.
    """
    size = _regular_file_size(path)
    header = _read_header(path)
    if len(header) < HEADER_SIZE:
        truncated = header.startswith(SQLITE_MAGIC[:6])
        raise UserFacingError(ErrorCode.TRUNCATED if truncated else ErrorCode.NOT_A_DATABASE, path)
    parsed = parse_header(header)
    if parsed is None:
        code = ErrorCode.CORRUPT if header.startswith(SQLITE_MAGIC) else ErrorCode.NOT_A_DATABASE
        raise UserFacingError(code, path)
    if size % parsed.page_size or size < parsed.expected_size:
        raise UserFacingError(
            ErrorCode.TRUNCATED, path, {"size": size, "expected": parsed.expected_size}
        )
    if for_writing:
        check_writable(path)
    return size


def _regular_file_size(path: Path) -> int:
    """Return the size of ``path`` if it is a readable, non-empty regular file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        code = ErrorCode.FILE_NOT_FOUND if path.parent.is_dir() else ErrorCode.FOLDER_NOT_FOUND
        raise UserFacingError(code, path) from None
    except PermissionError:
        raise UserFacingError(ErrorCode.UNREADABLE, path) from None
    except OSError as exc:
        raise UserFacingError(ErrorCode.IO_ERROR, path, {"detail": exc.strerror}) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UserFacingError(ErrorCode.NOT_A_FILE, path)
    if info.st_size == 0:
        raise UserFacingError(ErrorCode.EMPTY_FILE, path)
    if not os.access(path, os.R_OK):
        raise UserFacingError(ErrorCode.UNREADABLE, path)
    return info.st_size


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except PermissionError:
        raise UserFacingError(ErrorCode.UNREADABLE, path) from None
    except OSError as exc:
        raise UserFacingError(ErrorCode.IO_ERROR, path, {"detail": exc.strerror}) from exc


def check_writable(path: Path) -> None:
    """Raise if the file or its folder cannot be written.

    Raises:
        UserFacingError: ``READ_ONLY_FILE`` or ``READ_ONLY_FOLDER``.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise UserFacingError(ErrorCode.READ_ONLY_FILE, path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UserFacingError(ErrorCode.READ_ONLY_FOLDER, path.parent)


def check_new_target(path: Path, *, replace: bool) -> None:
    """Check that a new file may be written at ``path`` (replacing one only when allowed).

    Raises:
        UserFacingError: the folder is missing or read-only, ``path`` is a folder, or it exists
            and ``replace`` is False.
    """
    if not path.parent.is_dir():
        raise UserFacingError(ErrorCode.FOLDER_NOT_FOUND, path.parent)
    if path.is_dir():
        raise UserFacingError(ErrorCode.NOT_A_FILE, path)
    if path.exists() and not replace:
        raise UserFacingError(ErrorCode.ALREADY_EXISTS, path)
    check_writable(path)


def os_error_code(exc: OSError) -> ErrorCode:
    """Map an operating-system error to the code the user sees."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ErrorCode.DISK_FULL
    if exc.errno == errno.EROFS:
        return ErrorCode.READ_ONLY_FOLDER
    if isinstance(exc, PermissionError):
        return ErrorCode.READ_ONLY_FOLDER
    if isinstance(exc, FileNotFoundError):
        return ErrorCode.FOLDER_NOT_FOUND
    return ErrorCode.IO_ERROR


# ---------------------------------------------------------------------------- durable writes

SIDECAR_SUFFIXES = ("-journal", "-wal", "-shm")


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op on Windows, where NTFS journals them)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_sidecars(path: Path) -> None:
    """Remove SQLite's journal, WAL and shared-memory files that belong to ``path``."""
    for suffix in SIDECAR_SUFFIXES:
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def remove_with_sidecars(path: Path) -> None:
    """Remove a (temporary) database file and its SQLite sidecars, ignoring what is not there."""
    with contextlib.suppress(OSError):
        path.unlink()
    remove_sidecars(path)


# ---------------------------------------------------------------------------- network shares


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """Return (mount point, file system type) pairs from the text of ``/proc/mounts``."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape_mount_field(parts[1]), parts[2]))
    return mounts


def parse_bsd_mount_output(text: str) -> list[tuple[str, str]]:
    """Return (mount point, type) pairs from macOS ``mount`` output (``x on /p (smbfs, ...)``)."""
    mounts = []
    for line in text.splitlines():
        if " on " not in line or "(" not in line:
            continue
        rest = line.split(" on ", 1)[1]
        point, _, options = rest.rpartition(" (")
        mounts.append((point, options.split(",", 1)[0].strip(" )")))
    return mounts


def _mount_for(path: Path, mounts: list[tuple[str, str]]) -> str:
    """Return the type of the mount that holds ``path`` (the longest matching mount point)."""
    target = str(path)
    best, best_type = "", ""
    for point, fstype in mounts:
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and len(point) > len(
            best
        ):
            best, best_type = point, fstype
    return best_type


def _windows_location(path: Path) -> FileLocation:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return FileLocation("smb", on_network=True)
    import ctypes  # Windows only

    root = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined,unused-ignore]
    return FileLocation("remote" if kind == drive_remote else "", on_network=kind == drive_remote)


def locate(path: Path, *, mounts: list[tuple[str, str]] | None = None) -> FileLocation:
    """Find out whether ``path`` is on a network share.

    Args:
        path: a file or folder; symlinks are followed.
        mounts: the mount table to use instead of the system's (for tests).
    """
    resolved = path.resolve()
    if mounts is None:
        if sys.platform == "win32":
            return _windows_location(resolved)
        mounts = _system_mounts()
    fstype = _mount_for(resolved, mounts)
    return FileLocation(fstype, on_network=fstype.lower() in NETWORK_FILESYSTEMS)


def _system_mounts() -> list[tuple[str, str]]:
    try:
        return parse_proc_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8"))
    except OSError:
        pass
    if sys.platform == "darwin":
        try:
            done = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount_output(done.stdout)
    return []
