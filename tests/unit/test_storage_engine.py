"""The engine recipe: safe pragmas, transactional DDL, enforced foreign keys, UTC instants."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage.database import Database, check
from policydesk.storage.engine import sqlite_error_code
from policydesk.storage.schema import Business, PolicySection, PolicyVersion, Staff
from tests.conftest import ROOT


def test_every_connection_is_set_up_safely(database: Database) -> None:
    with database.engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.sessions.write() as session:
        session.add(PolicySection(policy_version_id=999, key="vision.final"))


def test_ddl_rolls_back(database: Database) -> None:
    with database.engine.connect() as connection:
        transaction = connection.begin()
        connection.exec_driver_sql("CREATE TABLE scratch (x)")
        transaction.rollback()
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'scratch'"
        ).fetchall()
    assert tables == []


def test_savepoints_roll_back(database: Database) -> None:
    with database.sessions.write() as session:
        session.add(Staff(name="Karin Lindqvist", role="owner"))
        session.flush()
        nested = session.begin_nested()
        session.add(Staff(name="Ana-Maria Dumitrescu", role="staff"))
        session.flush()
        nested.rollback()
    with database.sessions.read() as session:
        assert [s.name for s in session.query(Staff)] == ["Karin Lindqvist"]


def test_a_failed_unit_of_work_leaves_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.sessions.write() as session:
        session.add(Business(id=1, name="Cykel & Sport"))
        session.flush()
        raise RuntimeError("power cut")
    with database.sessions.read() as session:
        assert session.get(Business, 1) is None


def test_reads_never_write(database: Database) -> None:
    with database.sessions.read() as session:
        session.add(Staff(name="Not kept", role="staff"))
        session.flush()
    with database.sessions.read() as session:
        assert session.query(Staff).count() == 0


def test_instants_are_stored_in_utc_and_read_back_aware(database: Database) -> None:
    stockholm_summer = timezone(timedelta(hours=2))
    moment = datetime(2026, 6, 19, 1, 30, tzinfo=stockholm_summer)
    with database.sessions.write() as session:
        session.add(PolicyVersion(number=1, approved_at=moment))
    with database.sessions.read() as session:
        stored = session.execute(text("SELECT approved_at FROM policy_version")).scalar()
        loaded = session.query(PolicyVersion).one().approved_at
    assert stored == "2026-06-18 23:30:00.000000"
    assert loaded == moment
    assert loaded is not None
    assert loaded.tzinfo is UTC


def test_naive_instants_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive"), database.sessions.write() as session:
        session.add(PolicyVersion(number=1, approved_at=datetime(2026, 6, 19, 1, 30)))
        session.flush()


def test_text_survives_exactly(database: Database) -> None:
    awkward = "Åsa Öberg <b>unclosed & 'quotes' — Ștefănescu, Țară, ă î â 🚲\n\t" + "x" * 100_000
    with database.sessions.write() as session:
        session.add(Staff(name=awkward[:200], role="staff", email=awkward))
    with database.sessions.read() as session:
        staff = session.query(Staff).one()
    assert staff.email == awkward
    assert staff.name == awkward[:200]


def test_full_disk_is_a_clear_error_and_nothing_is_half_written(database: Database) -> None:
    with database.sessions.write() as session:
        session.add(Staff(name="Kept", role="staff"))
    with pytest.raises(UserFacingError) as caught, database.sessions.write() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
        session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for index in range(50):
            session.add(Staff(name=f"Filler {index}", role="staff", email="x" * 50_000))
            session.flush()
    assert caught.value.code is ErrorCode.DISK_FULL
    with database.sessions.read() as session:
        assert [s.name for s in session.query(Staff)] == ["Kept"]


def test_error_codes_come_from_sqlite_error_names() -> None:
    def error(name: str, message: str) -> sqlite3.Error:
        exc = sqlite3.OperationalError(message)
        exc.sqlite_errorname = name
        return exc

    assert (
        sqlite_error_code(error("SQLITE_FULL", "database or disk is full")) is ErrorCode.DISK_FULL
    )
    assert sqlite_error_code(error("SQLITE_BUSY", "database is locked")) is ErrorCode.BUSY
    assert sqlite_error_code(error("SQLITE_CORRUPT", "malformed")) is ErrorCode.CORRUPT
    assert sqlite_error_code(error("SQLITE_READONLY", "readonly")) is ErrorCode.READ_ONLY_FILE
    # A trigger's message that happens to mention "full" is not a full disk.
    assert (
        sqlite_error_code(error("SQLITE_CONSTRAINT_TRIGGER", "shelf is full")) is ErrorCode.IO_ERROR
    )
    assert sqlite_error_code(sqlite3.OperationalError("database or disk is full")) is (
        ErrorCode.DISK_FULL
    )


WRITER = """
import sys
from pathlib import Path
from policydesk.storage.database import Database
from policydesk.storage.schema import Staff
db = Database.open(Path(sys.argv[1]))
n = 0
while True:
    with db.sessions.write() as session:
        session.add(Staff(name=f"Anställd {n} Ș", role="staff"))
    n += 1
    print(n, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_killed_mid_write_loses_nothing_committed(new_file: Path) -> None:
    committed = 0
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(new_file)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as writer:
        assert writer.stdout is not None
        for line in writer.stdout:
            committed = int(line)
            if committed >= 200:
                break
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    assert check(new_file).ok
    with Database.open(new_file) as db, db.sessions.read() as session:
        assert session.query(Staff).count() >= committed
