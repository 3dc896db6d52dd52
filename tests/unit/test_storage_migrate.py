"""Upgrading older files: backup first, one transaction, no lost rows, restore on failure."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from policydesk.domain.datafile import OpenStage, SchemaState
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.storage import migrate
from policydesk.storage.database import Database, check, create, inspect
from policydesk.storage.schema import PolicySection, PolicyVersion, Staff
from tests.conftest import ROOT

MIGRATIONS = ROOT / "tests" / "data" / "migrations"
FIXTURES = ROOT / "tests" / "data"


def _fill(path: Path) -> None:
    with Database.open(path) as db, db.sessions.write() as session:
        version = PolicyVersion(number=1, status="approved", approved_at=datetime.now(UTC))
        version.sections = [
            PolicySection(key="vision.final", content="Kvalitet, service, renlighet, värde"),
            PolicySection(key="mission.who_we_are", content="Cykelverkstad i Uppsala"),
            PolicySection(key="areas.speed", content="Vi svarar inom en arbetsdag — Ș ț ă"),
        ]
        session.add(version)
        session.add(Staff(name="Ioana Țurcanu", role="staff"))


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _revision(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        return migrate.stored_revision(connection)
    finally:
        connection.close()


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.script_head(migrate.alembic_config()) == migrate.HEAD_REVISION


def test_the_models_match_the_migrations(new_file: Path) -> None:
    """Autogenerate finds nothing to do: no model change is missing a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from policydesk.storage.schema import Base

    with Database.open(new_file) as db, db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                "include_name": migrate.include_name,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_older_file_is_backed_up_then_upgraded_keeping_cascade_children(new_file: Path) -> None:
    _fill(new_file)
    extra = [MIGRATIONS / "batch"]
    assert inspect(new_file, extra_version_locations=extra).state is SchemaState.OLDER
    stages: list[OpenStage] = []
    with Database.open(
        new_file,
        extra_version_locations=extra,
        progress=lambda stage, _done, _total: stages.append(stage),
    ) as db:
        with db.sessions.read() as session:
            assert session.query(PolicySection).count() == 3  # batch rebuild deleted none
            assert session.execute(text("SELECT test_flag FROM policy_version")).scalar() == 0
        assert db.report.needs_upgrade
    assert OpenStage.BACKUP in stages
    assert OpenStage.UPGRADE in stages
    assert _revision(new_file) == "t002"
    backups = list(new_file.parent.glob("shop (before upgrade *).policydesk"))
    assert len(backups) == 1
    assert check(backups[0]).ok
    assert _revision(backups[0]) == migrate.HEAD_REVISION
    assert _count(backups[0], "policy_section") == 3


def test_a_failing_upgrade_restores_the_file(new_file: Path) -> None:
    _fill(new_file)
    with pytest.raises(UserFacingError) as caught:
        Database.open(new_file, extra_version_locations=[MIGRATIONS / "failing"])
    error = caught.value
    assert error.code is ErrorCode.MIGRATION_FAILED
    assert "half-way" in error.param("detail")
    assert Path(error.param("backup")).is_file()
    assert _revision(new_file) == migrate.HEAD_REVISION
    assert _count(new_file, "staff") == 1
    assert _count(new_file, "policy_section") == 3
    assert check(new_file).ok
    connection = sqlite3.connect(new_file)
    assert (
        connection.execute("SELECT name FROM sqlite_master WHERE name='half_way'").fetchall() == []
    )
    connection.close()
    assert not Path(f"{new_file}.lock").exists()
    # The unchanged file still opens normally.
    Database.open(new_file).close()


def test_an_upgrade_that_orphans_rows_is_refused(new_file: Path) -> None:
    _fill(new_file)
    with pytest.raises(UserFacingError) as caught:
        Database.open(new_file, extra_version_locations=[MIGRATIONS / "orphans"])
    assert caught.value.code is ErrorCode.MIGRATION_FAILED
    assert "foreign" in caught.value.param("detail").lower()
    assert _count(new_file, "policy_version") == 1
    assert _revision(new_file) == migrate.HEAD_REVISION


def test_an_empty_sqlite_file_is_set_up(tmp_path: Path) -> None:
    path = tmp_path / "blank.policydesk"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")
    connection.execute("VACUUM")  # writes a valid, table-less database
    connection.close()
    assert inspect(path).state is SchemaState.NEW
    with Database.open(path) as db, db.sessions.read() as session:
        assert session.query(Staff).count() == 0
    assert _revision(path) == migrate.HEAD_REVISION


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.policydesk")), ids=str)
def test_every_released_schema_upgrades_with_its_data(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    before = {table: _count(copy, table) for table in ("staff", "complaint", "policy_section")}
    with Database.open(copy):
        pass
    assert _revision(copy) == migrate.HEAD_REVISION
    assert {table: _count(copy, table) for table in before} == before
    assert check(copy).ok


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert (FIXTURES / f"schema_{migrate.HEAD_REVISION}.policydesk").is_file()


def test_create_builds_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.policydesk"
    create(path)
    assert _revision(path) == migrate.HEAD_REVISION
    assert inspect(path).state is SchemaState.CURRENT


def test_upgrading_from_0001_makes_old_complaints_searchable_and_sortable(tmp_path: Path) -> None:
    """Migration 0002 fills the sort and phone keys and indexes every complaint and step."""
    from policydesk.domain.complaints import LogFilter, LogQuery, SortColumn
    from policydesk.services.workspace import Workspace

    copy = tmp_path / "old.policydesk"
    shutil.copyfile(FIXTURES / "schema_0001.policydesk", copy)
    with Workspace.open(copy) as workspace:
        service = workspace.complaints
        total = service.count(LogFilter())
        assert total > 0
        assert service.count(LogFilter(search="stefan turcanu")) == total
        assert service.count(LogFilter(search="reclamatie")) == total
        assert service.count(LogFilter(search="ringt")) == total  # the steps taken
        names = [
            row.customer_name
            for row in service.first_page(
                LogQuery(sort=SortColumn.CUSTOMER, descending=False), 100
            ).rows
        ]
        assert names == sorted(names)


def test_the_search_triggers_exist_after_create(tmp_path: Path) -> None:
    """A later batch migration that rebuilds ``complaint`` would drop these triggers silently."""
    path = tmp_path / "new.policydesk"
    create(path)
    connection = sqlite3.connect(path)
    triggers = {
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    connection.close()
    assert {
        "complaint_fts_insert",
        "complaint_fts_delete",
        "complaint_fts_update",
        "complaint_action_fts_insert",
        "complaint_action_fts_delete",
        "complaint_action_fts_update",
    } <= triggers


# ---------------------------------------------------------------------------- planner hints


def _stats(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY idx").fetchall()
    finally:
        connection.close()


def _plan(path: Path, sql: str) -> str:
    connection = sqlite3.connect(path)
    try:
        return " | ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        connection.close()


FIRST_SCREEN = (
    "SELECT id FROM complaint WHERE deleted_at IS NULL ORDER BY received_at DESC, id DESC LIMIT 200"
)


def test_a_file_gives_the_planner_its_hints(new_file: Path) -> None:
    # A new file has them from the start, so opening it only to read changes nothing.
    assert _stats(new_file) == [("complaint", "ix_complaint_deleted_at", "1000000 1000000")]
    # Without statistics SQLite takes "deleted_at IS NULL" for a narrow filter and reads the
    # whole log through that index, then sorts it: seconds at a million complaints.
    connection = sqlite3.connect(new_file)
    connection.execute("DROP TABLE sqlite_stat1")
    connection.close()
    assert "ix_complaint_deleted_at" in _plan(new_file, FIRST_SCREEN)
    with Database.open(new_file):  # a file from before the hints gets them on opening
        pass
    assert _stats(new_file) == [("complaint", "ix_complaint_deleted_at", "1000000 1000000")]
    plan = _plan(new_file, FIRST_SCREEN)
    assert "ix_complaint_deleted_at" not in plan
    assert "TEMP B-TREE" not in plan  # read in order from the live-complaints index
    # Opening again writes nothing more.
    with Database.open(new_file):
        pass
    assert len(_stats(new_file)) == 1


def test_statistics_already_there_are_kept(new_file: Path) -> None:
    connection = sqlite3.connect(new_file)
    connection.execute("ANALYZE")
    connection.execute(
        "INSERT INTO sqlite_stat1 VALUES ('complaint', 'ix_complaint_status', '5000 1000')"
    )
    connection.commit()
    connection.close()
    before = _stats(new_file)
    with Database.open(new_file):
        pass
    assert _stats(new_file) == before
    assert ("complaint", "ix_complaint_status", "5000 1000") in before


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.policydesk")), ids=str)
def test_an_upgraded_file_gets_the_hints_too(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with Database.open(path):
        pass
    assert ("complaint", "ix_complaint_deleted_at", "1000000 1000000") in _stats(path)
