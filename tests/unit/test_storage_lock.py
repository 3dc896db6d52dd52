"""One PolicyDesk per file: a second one is refused by name; a dead one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage.database import Database
from policydesk.storage.lock import FileLock, lock_path_for, read_owner
from tests.conftest import ROOT

HOLDER = """
import sys, time
from pathlib import Path
from policydesk.storage.database import Database
db = Database.open(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(120)
"""


@contextmanager
def holder_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has ``path`` open until the block ends (or it is killed)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "holding"
        try:
            yield process
        finally:
            process.kill()
            process.wait()


def test_second_open_in_the_same_process_is_refused(new_file: Path) -> None:
    with Database.open(new_file):
        with pytest.raises(UserFacingError) as caught:
            Database.open(new_file)
        assert caught.value.code is ErrorCode.LOCKED
        assert caught.value.params["pid"] == os.getpid()
        assert caught.value.params["host"]
    # Closed: free again, and the lock file is gone.
    assert not lock_path_for(new_file).exists()
    Database.open(new_file).close()


def test_another_process_is_named(new_file: Path) -> None:
    with holder_process(new_file) as holder:
        with pytest.raises(UserFacingError) as caught:
            Database.open(new_file)
        assert caught.value.code is ErrorCode.LOCKED
        assert caught.value.params["pid"] == holder.pid
        owner = read_owner(new_file)
        assert owner is not None
        assert owner.pid == holder.pid


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_lock_of_a_killed_process_is_taken_over(new_file: Path) -> None:
    with holder_process(new_file) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert lock_path_for(new_file).exists()  # left behind, with the dead process's details
    with Database.open(new_file):
        owner = read_owner(new_file)
        assert owner is not None
        assert owner.pid == os.getpid()


def test_lock_file_with_garbage_is_taken_over(new_file: Path) -> None:
    lock_path_for(new_file).write_bytes(b"\x00\xff not json <b>")
    with Database.open(new_file):
        pass


def test_lock_details_unreadable_still_refuses(new_file: Path) -> None:
    with FileLock(new_file):
        lock_path_for(new_file).write_bytes(b"")  # details wiped by someone
        with pytest.raises(UserFacingError) as caught:
            FileLock(new_file).acquire()
        assert caught.value.code is ErrorCode.LOCKED
        assert caught.value.params["pid"] is None


def test_release_is_idempotent(new_file: Path) -> None:
    lock = FileLock(new_file)
    lock.acquire()
    lock.acquire()
    assert lock.held
    lock.release()
    lock.release()
    assert not lock.held


def test_lock_in_a_read_only_folder(new_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(UserFacingError) as caught:
        FileLock(new_file).acquire()
    assert caught.value.code is ErrorCode.READ_ONLY_FOLDER


def test_many_quick_opens_and_closes(new_file: Path) -> None:
    started = time.perf_counter()
    for _ in range(20):
        Database.open(new_file).close()
    assert time.perf_counter() - started < 30  # sanity only; speed lives in benchmarks/
