"""One PolicyDesk per file: an operating-system lock on ``<file>.lock``.

The lock is an advisory lock held on an open file (``flock`` on Unix, ``LockFileEx`` through
``msvcrt`` on Windows). The operating system drops it when the holding process ends, however it
ends, so a lock left by a killed PolicyDesk is simply taken over; no guessing from process ids.
The lock file also records who holds it, so a refused second PolicyDesk can say which process
and computer has the file.

Why not a library: ``filelock`` truncates the lock file whenever anybody *tries* to lock it,
which would wipe the owner's details before the refused process could read them, and
``QLockFile`` lives in Qt, which storage must not import.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage.files import os_error_code

# On Windows the locked byte lies far past the owner's details, so those stay readable.
_WINDOWS_LOCK_OFFSET = 1 << 30
_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a file: as much as the lock file says."""

    pid: int | None
    host: str
    since: str


def lock_path_for(database: Path) -> Path:
    """Return the lock file that guards ``database``."""
    return database.with_name(database.name + ".lock")


class FileLock:
    """An exclusive lock on a data file for as long as PolicyDesk has it open."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._database = database
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or say who has it.

        Raises:
            UserFacingError: ``LOCKED`` with ``pid``, ``host`` and ``since`` of the holder, or a
                code saying why the lock file could not be made.
        """
        if self._fd is not None:
            return
        for _ in range(_ATTEMPTS):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            except OSError as exc:
                raise UserFacingError(os_error_code(exc), self._database.parent) from exc
            try:
                locked = _try_lock(fd)
            except OSError as exc:  # e.g. ENOLCK on a network share without lock support
                os.close(fd)
                raise UserFacingError(
                    ErrorCode.IO_ERROR, self._database, {"detail": exc.strerror}
                ) from exc
            if not locked:
                owner = _read_owner(fd)
                os.close(fd)
                raise UserFacingError(
                    ErrorCode.LOCKED,
                    self._database,
                    {"pid": owner.pid, "host": owner.host, "since": owner.since},
                )
            if _still_linked(fd, self.path):
                self._fd = fd
                self._write_owner()
                return
            # The previous holder removed the file between our open and our lock: try again
            # with the file that is there now.
            _unlock(fd)
            os.close(fd)
        raise UserFacingError(ErrorCode.BUSY, self._database)

    def release(self) -> None:
        """Give the lock back and remove the lock file."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Unlink while still holding the lock, so nobody can lock a file that is about to go.
        # On Windows the unlink fails while another process has the file open; it then reuses it.
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _write_owner(self) -> None:
        assert self._fd is not None
        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "app": "PolicyDesk",
        }
        data = json.dumps(owner).encode("utf-8")
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
            os.fsync(self._fd)
        except OSError:
            pass  # the details are a courtesy; the lock itself is what counts


def read_owner(database: Path) -> LockOwner | None:
    """Return who holds ``database`` according to its lock file, without locking."""
    try:
        fd = os.open(lock_path_for(database), os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        return _read_owner(fd)
    finally:
        os.close(fd)


def _read_owner(fd: int) -> LockOwner:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        data = json.loads(raw.decode("utf-8")) if raw else {}
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    pid = data.get("pid")
    return LockOwner(
        pid=pid if isinstance(pid, int) else None,
        host=str(data.get("host", "")),
        since=str(data.get("since", "")),
    )


def _still_linked(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
