"""Copies of a file that is open and being written: consistent, complete, or not there at all."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage import backup
from policydesk.storage.backup import BackupCancelledError, backup_file, backup_into_folder
from policydesk.storage.database import Database, check
from policydesk.storage.schema import Staff


def _staff(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])
    finally:
        connection.close()


def _add_staff(db: Database, count: int) -> None:
    with db.sessions.write() as session:
        session.add_all(
            Staff(name=f"Medarbetare {n} – Ștefan", role="staff", email="e" * 2000)
            for n in range(count)
        )


def test_copy_of_an_open_file(database: Database, tmp_path: Path) -> None:
    _add_staff(database, 300)
    target = tmp_path / "copies" / "copy.policydesk"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []
    backup_file(database.path, target, progress=lambda done, total: seen.append((done, total)))
    assert check(target).ok
    assert _staff(target) == 300
    assert seen[-1][0] == seen[-1][1]
    # A copy is a standalone file: no WAL beside it, and it opens in PolicyDesk.
    assert not Path(f"{target}-wal").exists()
    Database.open(target).close()


def test_copy_while_another_thread_writes_is_consistent(database: Database, tmp_path: Path) -> None:
    _add_staff(database, 50)
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            _add_staff(database, 5)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        copies = [backup_file(database.path, tmp_path / f"copy{n}.policydesk") for n in range(3)]
    finally:
        stop.set()
        writer.join()
    for copy in copies:
        assert check(copy).ok
        assert _staff(copy) % 5 == 0  # whole units of work only, never half of one


def test_cancelled_copy_leaves_nothing(database: Database, tmp_path: Path) -> None:
    _add_staff(database, 600)  # several backup steps
    target = tmp_path / "copy.policydesk"
    with pytest.raises(BackupCancelledError):
        backup_file(database.path, target, cancelled=lambda: True)
    assert list(tmp_path.glob("*copy*")) == []


def test_a_failing_copy_leaves_the_previous_one(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.policydesk"
    backup_file(database.path, target)
    previous = target.read_bytes()

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_pages", disk_full)
    with pytest.raises(UserFacingError) as caught:
        backup_file(database.path, target)
    assert caught.value.code is ErrorCode.DISK_FULL
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_copy_over_the_file_itself_is_refused(database: Database) -> None:
    with pytest.raises(UserFacingError) as caught:
        backup_file(database.path, database.path)
    assert caught.value.code is ErrorCode.SAME_FILE


def test_copy_into_a_missing_folder(database: Database, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        backup_file(database.path, tmp_path / "nope" / "copy.policydesk")
    assert caught.value.code is ErrorCode.FOLDER_NOT_FOUND
    with pytest.raises(UserFacingError) as caught:
        backup_into_folder(database.path, tmp_path / "nope")
    assert caught.value.code is ErrorCode.FOLDER_NOT_FOUND


def test_copy_onto_a_folder(database: Database, tmp_path: Path) -> None:
    (tmp_path / "a folder").mkdir()
    with pytest.raises(UserFacingError) as caught:
        backup_file(database.path, tmp_path / "a folder")
    assert caught.value.code is ErrorCode.NOT_A_FILE


def test_dated_copies_never_overwrite_each_other(database: Database, tmp_path: Path) -> None:
    first = backup_into_folder(database.path, tmp_path)
    second = backup_into_folder(database.path, tmp_path)
    assert first != second
    assert first.exists()
    assert second.exists()
    assert first.suffix == ".policydesk"


def test_backup_name_keeps_the_stem(tmp_path: Path) -> None:
    name = backup.default_backup_name(Path("/x/Lindqvists Cykel – Ș.policydesk"))
    assert name.startswith("Lindqvists Cykel – Ș ")
    assert name.endswith(".policydesk")
