"""The demo business: what it holds, that it is deterministic and that making it is safe."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from policydesk.domain.complaints import ComplaintStatus, DefaultCategory
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.quotient import STATEMENTS
from policydesk.services import demo
from policydesk.services.demo import DemoSummary, create_demo_file, populate_demo
from policydesk.storage.database import Database, check
from policydesk.storage.schema import Base, Business
from policydesk.storage.types import UTCDateTime

TODAY = date(2026, 5, 20)  # a Wednesday in the bike season
ZONE = ZoneInfo("Europe/Stockholm")
START_OF_TODAY = datetime.combine(TODAY, datetime.min.time(), ZONE)
# Deadlines may lie ahead of the demo's "now"; everything else happened before it.
DEADLINES = {("complaint", "promised_at"), ("complaint", "followup_due_at")}
POLICY_KEYS = [
    "mission.who_we_are",
    "mission.perceived_as",
    "mission.for_whom",
    "mission.view_of_service",
    "mission.economics",
    "mission.ambition",
    "mission.approach",
    "mission.strategic_mission",
    "today.desired_state",
    "today.platform",
    "vision.success",
    "vision.reasons",
    "vision.customer_view",
    "vision.steps",
    "vision.summary",
    "vision.final",
    "areas.overview",
    "areas.speed",
    "areas.communication",
    "areas.follow_up",
    "areas.complaints",
    "areas.retention",
    "areas.employee_monitoring",
    "guidelines.complaint_steps",
    "guidelines.discretion",
    "guidelines.escalation",
    "rollout.training",
    "rollout.decision",
    "rollout.follow_up",
]


class Demo:
    """A demo file made once for the read-only tests of this module."""

    def __init__(self, path: Path, summary: DemoSummary, calls: list[tuple[int, int]]) -> None:
        self.path = path
        self.summary = summary
        self.calls = calls
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def all(self, sql: str, *params: object) -> list[Any]:
        return self.db.execute(sql, params).fetchall()

    def one(self, sql: str, *params: object) -> Any:
        return self.db.execute(sql, params).fetchone()[0]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    calls: list[tuple[int, int]] = []
    summary = create_demo_file(path, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    made = Demo(path, summary, calls)
    yield made
    made.db.close()


def digest(connection: sqlite3.Connection) -> str:
    """A hash of every row of every table, in primary-key order."""
    hashed = hashlib.sha256()
    for table in Base.metadata.sorted_tables:
        for row in connection.execute(f"SELECT * FROM {table.name} ORDER BY rowid"):
            hashed.update(repr(row).encode())
    return hashed.hexdigest()


def file_digest(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return digest(connection)
    finally:
        connection.close()


def open_digest(database: Database) -> str:
    """The digest of a file that is open (and may have its latest pages in the WAL)."""
    with database.sessions.read() as session:
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        return digest(connection)


def count_rows(database: Database, table: str) -> int:
    with database.sessions.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


# ---------------------------------------------------------------------------- what it holds


def test_summary_and_counts_are_in_the_expected_ranges(made: Demo) -> None:
    summary = made.summary
    assert summary.business_name == made.one("SELECT name FROM business WHERE id = 1")
    assert summary.staff == 6
    assert 1800 <= summary.complaints <= 2200
    assert summary.policy_versions == 2
    assert 4 <= summary.goals <= 5
    assert summary.measurements == 12 * summary.goals
    assert summary.review_meetings == 2
    assert summary.assessment_rounds == 3
    for table, expected in (
        ("staff", summary.staff),
        ("complaint", summary.complaints),
        ("policy_version", summary.policy_versions),
        ("goal", summary.goals),
        ("goal_measurement", summary.measurements),
        ("review_meeting", summary.review_meetings),
        ("assessment_round", summary.assessment_rounds),
        ("complaint_category", 8),
        ("improvement_plan", 1),
        ("improvement_action", 3),
    ):
        assert made.one(f"SELECT count(*) FROM {table}") == expected, table
    assert made.one("SELECT count(*) FROM staff WHERE NOT active") == 1


def test_business_is_a_swedish_shop(made: Demo) -> None:
    country, zone, currency, language, org = made.all(
        "SELECT country, timezone, currency, language, org_number FROM business"
    )[0]
    assert (country, zone, currency, language) == ("SE", "Europe/Stockholm", "SEK", "sv")
    assert isinstance(org, str)
    assert org.startswith("556")
    assert len(org) == 11


def test_categories_are_the_defaults_in_order(made: Demo) -> None:
    rows = made.all("SELECT code, name, position FROM complaint_category ORDER BY position")
    assert [row[0] for row in rows] == [category.value for category in DefaultCategory]
    assert all(name for _, name, _ in rows)


def test_three_categories_dominate_and_counter_is_the_busiest_channel(made: Demo) -> None:
    rows = made.all(
        "SELECT k.code, count(*) FROM complaint c JOIN complaint_category k ON k.id = c.category_id"
        " GROUP BY k.code ORDER BY count(*) DESC"
    )
    top = {code for code, _ in rows[:3]}
    assert top == {"defective", "waiting_time", "delivery"}
    total = sum(n for _, n in rows)
    assert sum(n for _, n in rows[:3]) > 0.55 * total
    channels = made.all("SELECT channel FROM complaint GROUP BY channel ORDER BY count(*) DESC")
    assert channels[0][0] == "counter"
    problems = made.all(
        "SELECT k.code FROM policy_top_problem p JOIN complaint_category k ON k.id = p.category_id"
        " WHERE p.policy_version_id = 1 ORDER BY p.rank"
    )
    assert {row[0] for row in problems} == top


def test_complaints_have_a_life_that_fits_their_status(made: Demo) -> None:
    statuses = dict(made.all("SELECT status, count(*) FROM complaint GROUP BY status"))
    assert set(statuses) == {status.value for status in ComplaintStatus}
    inconsistent = made.one(
        """SELECT count(*) FROM complaint WHERE
           (status = 'closed' AND (followed_up_at IS NULL OR followup_outcome IS NULL))
        OR (status = 'resolved' AND (resolved_at IS NULL OR followed_up_at IS NOT NULL))
        OR (status IN ('in_progress', 'waiting') AND (acknowledged_at IS NULL
            OR resolved_at IS NOT NULL))
        OR (status = 'new' AND acknowledged_at IS NOT NULL)
        OR (resolved_at IS NOT NULL AND followup_due_at IS NULL)
        OR (compensation_minor IS NOT NULL AND compensation_currency != 'SEK')"""
    )
    assert inconsistent == 0
    # Old complaints are done; the last weeks are a mix.
    month_ago = (START_OF_TODAY - timedelta(days=30)).astimezone(UTC).isoformat(" ")
    old_open = made.one(
        "SELECT count(*) FROM complaint WHERE received_at < ? AND status NOT IN "
        "('resolved', 'closed') AND deleted_at IS NULL",
        month_ago,
    )
    assert old_open == 0
    recent = {
        row[0]
        for row in made.all(
            "SELECT status FROM complaint WHERE received_at >= ? AND deleted_at IS NULL",
            month_ago,
        )
    }
    assert {"new", "in_progress", "waiting", "resolved"} <= recent
    compensated = made.one("SELECT count(*) FROM complaint WHERE compensation_kind IS NOT NULL")
    assert 0.10 * made.summary.complaints < compensated < 0.20 * made.summary.complaints
    assert made.one("SELECT count(*) FROM complaint WHERE deleted_at IS NOT NULL") >= 1
    assert made.one("SELECT count(*) FROM complaint WHERE bought_again IS NOT NULL") != 0
    assert made.one("SELECT count(*) FROM complaint WHERE resolved_on_spot") != 0


def test_home_page_has_follow_ups_due_today_and_overdue(made: Demo) -> None:
    now = START_OF_TODAY.astimezone(UTC).isoformat(" ")
    tomorrow = (START_OF_TODAY + timedelta(days=1)).astimezone(UTC).isoformat(" ")
    pending = "deleted_at IS NULL AND followed_up_at IS NULL AND followup_due_at"
    overdue = made.one(f"SELECT count(*) FROM complaint WHERE {pending} < ?", now)
    due_today = made.one(
        f"SELECT count(*) FROM complaint WHERE {pending} >= ? AND followup_due_at < ?",
        now,
        tomorrow,
    )
    assert 1 <= overdue <= 6
    assert 1 <= due_today <= 6


def test_every_complaint_has_one_to_three_actions_and_status_changes(made: Demo) -> None:
    counts = made.all(
        "SELECT c.id, count(a.id) FROM complaint c LEFT JOIN complaint_action a "
        "ON a.complaint_id = c.id GROUP BY c.id"
    )
    assert {n for _, n in counts} <= {1, 2, 3}
    assert made.one("SELECT count(*) FROM complaint_action WHERE staff_id IS NULL") == 0
    codes = {status.value for status in ComplaintStatus}
    changes = made.all("SELECT DISTINCT field, old_value, new_value FROM complaint_change")
    assert {row[0] for row in changes} == {"status"}
    assert all(row[1] in codes and row[2] in codes for row in changes)
    closed_without_change = made.one(
        "SELECT count(*) FROM complaint c WHERE status = 'closed' AND NOT EXISTS (SELECT 1 FROM "
        "complaint_change h WHERE h.complaint_id = c.id AND h.new_value = 'closed')"
    )
    assert closed_without_change == 0


def test_customer_names_use_swedish_and_romanian_letters(made: Demo) -> None:
    names = "".join(row[0] for row in made.all("SELECT customer_name FROM complaint"))
    assert set("åäö") <= set(names)
    assert set("șțăîâ") <= set(names)
    phones = [row[0] for row in made.all("SELECT customer_phone FROM complaint")]
    assert any(phone.startswith("+46 7") for phone in phones)
    assert any(phone.startswith("07") for phone in phones)
    assert any(phone.startswith("+40 7") for phone in phones)


def test_policy_has_an_approved_version_and_a_draft(made: Demo) -> None:
    versions = made.all(
        "SELECT number, status, current_step, based_on_id, approved_at, snapshot "
        "FROM policy_version ORDER BY number"
    )
    (_, status1, _, _, approved, snapshot), (_, status2, step2, based_on, _, draft_snap) = versions
    assert (status1, status2, step2, based_on, draft_snap) == (
        "approved",
        "draft",
        "goals",
        1,
        None,
    )
    approved_at = datetime.fromisoformat(approved).replace(tzinfo=UTC)
    assert timedelta(days=380) < START_OF_TODAY - approved_at < timedelta(days=470)
    frozen = json.loads(snapshot)
    assert set(POLICY_KEYS) <= set(frozen["sections"])
    for version in (1, 2):
        sql = "SELECT key FROM policy_section WHERE policy_version_id = ?"
        keys = {row[0] for row in made.all(sql, version)}
        assert set(POLICY_KEYS) <= keys
        assert (
            made.one("SELECT count(*) FROM policy_step WHERE policy_version_id = ?", version) == 9
        )
        assert made.one("SELECT count(*) FROM policy_channel WHERE policy_version_id = ?", version)
        assert made.one("SELECT count(*) FROM policy_finding WHERE policy_version_id = ?", version)
    edited = made.one(
        "SELECT count(*) FROM policy_section a JOIN policy_section b ON a.key = b.key "
        "WHERE a.policy_version_id = 1 AND b.policy_version_id = 2 AND a.content != b.content"
    )
    assert edited >= 2
    sources = {row[0] for row in made.all("SELECT source FROM policy_finding")}
    assert {"survey", "staff", "operations", "supplier"} <= sources


def test_one_goal_dips_below_its_minimum_and_gets_a_plan(made: Demo) -> None:
    below = made.all(
        "SELECT g.id, count(*) FROM goal_measurement m JOIN goal g ON g.id = m.goal_id WHERE "
        "(g.direction = 'higher' AND m.value < g.minimum_value) OR "
        "(g.direction = 'lower' AND m.value > g.minimum_value) GROUP BY g.id"
    )
    assert len(below) == 1
    goal_id, months = below[0]
    assert months >= 2
    assert made.one("SELECT goal_id FROM improvement_plan") == goal_id
    assert made.one("SELECT meeting_id FROM improvement_plan") is not None
    assert made.one("SELECT count(*) FROM goal WHERE abandoned_rule IS NOT NULL") == 1
    for _, snapshot in made.all("SELECT id, snapshot FROM review_meeting"):
        assert json.loads(snapshot)["goals"]


def test_office_hours_exceptions_targets_and_settings(made: Demo) -> None:
    hours = made.all("SELECT weekday, opens, closes FROM office_hours ORDER BY weekday")
    assert hours == [(day, "10:00", "18:00") for day in range(5)] + [(5, "10:00", "15:00")]
    kinds = made.all("SELECT day, kind, starts, ends FROM calendar_exception")
    assert (f"{TODAY.year}-12-23", "part_closed", "15:00", "18:00") in kinds
    assert (f"{TODAY.year}-12-24", "closed", None, None) in kinds
    assert (demo.midsummer_eve(TODAY.year).isoformat(), "closed", None, None) in kinds
    target = made.all(
        "SELECT category_id, acknowledge_hours, resolve_days, followup_days FROM service_target"
    )
    assert target == [(None, 4.0, 3.0, 7.0)]
    settings = dict(made.all("SELECT key, value FROM setting"))
    assert settings["holidays.country"] == '"SE"'
    assert settings["documents.paper_size"] == '"A4"'
    for value in settings.values():
        json.loads(value)


def test_assessment_rounds_are_complete_and_improve(made: Demo) -> None:
    rounds = made.all("SELECT id, label, held_on, closed_at FROM assessment_round ORDER BY held_on")
    assert [row[1] for row in rounds] == [str(TODAY.year - n) for n in (2, 1, 0)]
    assert all(row[3] is not None for row in rounds)
    latest = date.fromisoformat(rounds[-1][2])
    assert timedelta(0) < TODAY - latest <= timedelta(days=62)
    codes = sorted(statement.code for statement in STATEMENTS)
    means = []
    for round_id, *_rest in rounds:
        respondents = made.all(
            "SELECT id, role, name FROM assessment_respondent WHERE round_id = ?", round_id
        )
        assert [row[1] for row in respondents].count("owner") == 1
        assert 3 <= len(respondents) - 1 <= 5
        assert any(row[2] is None for row in respondents)  # one answered anonymously
        for respondent_id, *_ in respondents:
            answered = made.all(
                "SELECT statement_code FROM assessment_answer WHERE respondent_id = ? "
                "ORDER BY statement_code",
                respondent_id,
            )
            assert [row[0] for row in answered] == codes
        mean = made.one(
            "SELECT avg(rating) FROM assessment_answer a JOIN assessment_respondent r"
            " ON r.id = a.respondent_id WHERE r.round_id = ?",
            round_id,
        )
        means.append(mean)
    assert means == sorted(means)
    assert made.one("SELECT count(*) FROM assessment_answer WHERE rating NOT BETWEEN 1 AND 5") == 0


# ---------------------------------------------------------------------------- instants


def test_no_instant_is_naive_or_after_the_start_of_today(made: Demo) -> None:
    database = Database.open(made.path)
    try:
        with database.sessions.read() as session:
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    if not isinstance(column.type, UTCDateTime):
                        continue
                    values = session.execute(select(column).where(column.is_not(None))).scalars()
                    for value in values:
                        assert value.tzinfo is not None
                        if (table.name, column.name) not in DEADLINES:
                            assert value <= START_OF_TODAY, (table.name, column.name, value)
    finally:
        database.close()


def test_nothing_happens_before_a_complaint_was_received(made: Demo) -> None:
    columns = [
        "acknowledged_at",
        "resolved_at",
        "followup_due_at",
        "followed_up_at",
        "promised_at",
        "deleted_at",
        "created_at",
        "updated_at",
    ]
    for column in columns:
        early = made.one(f"SELECT count(*) FROM complaint WHERE {column} < received_at")
        assert early == 0, column
    out_of_order = made.one(
        "SELECT count(*) FROM complaint WHERE resolved_at < acknowledged_at "
        "OR followed_up_at < resolved_at OR followup_due_at < resolved_at "
        "OR promised_at < acknowledged_at"
    )
    assert out_of_order == 0
    for table, column in (("complaint_action", "taken_at"), ("complaint_change", "changed_at")):
        early = made.one(
            f"SELECT count(*) FROM {table} t JOIN complaint c ON c.id = t.complaint_id "
            f"WHERE t.{column} < c.received_at"
        )
        assert early == 0, table


# ---------------------------------------------------------------------------- repeatable, safe


def test_same_seed_and_today_give_identical_data(made: Demo, tmp_path: Path) -> None:
    again = tmp_path / "again.policydesk"
    create_demo_file(again, today=TODAY)
    assert file_digest(again) == digest(made.db)


def test_another_seed_gives_other_data(made: Demo, database: Database) -> None:
    populate_demo(database.sessions, today=TODAY, seed=7)
    assert open_digest(database) != digest(made.db)


def test_progress_is_reported_a_few_times_and_ends_complete(made: Demo) -> None:
    calls = made.calls
    assert 2 <= len(calls) <= 40
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1]


def test_file_passes_the_integrity_and_foreign_key_checks(made: Demo) -> None:
    assert made.all("PRAGMA integrity_check") == [("ok",)]
    assert made.all("PRAGMA foreign_key_check") == []
    assert check(made.path).ok


def test_populate_refuses_a_file_that_has_a_business(database: Database) -> None:
    with database.sessions.write() as session:
        session.add(Business(id=1, name="Egen butik"))
    before = [count_rows(database, table) for table in ("business", "staff", "complaint")]
    with pytest.raises(ValueError, match="empty"):
        populate_demo(database.sessions, today=TODAY)
    assert [count_rows(database, table) for table in ("business", "staff", "complaint")] == before
    with database.sessions.read() as session:
        assert session.scalar(select(Business.name)) == "Egen butik"


def test_populate_on_a_filled_file_is_refused_and_changes_nothing(made: Demo) -> None:
    before = digest(made.db)
    with Database.open(made.path) as database, pytest.raises(ValueError, match="empty"):
        populate_demo(database.sessions, today=TODAY)
    assert digest(made.db) == before


def test_a_failure_half_way_leaves_the_file_empty(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> int:
        raise RuntimeError("disk gremlin")

    monkeypatch.setattr(demo, "_add_assessment", fail)
    with pytest.raises(RuntimeError, match="gremlin"):
        populate_demo(database.sessions, today=TODAY)
    for table in ("business", "staff", "complaint", "complaint_action", "goal", "policy_version"):
        assert count_rows(database, table) == 0, table


def test_create_refuses_an_existing_file(new_file: Path) -> None:
    before = new_file.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        create_demo_file(new_file, today=TODAY)
    assert caught.value.code is ErrorCode.ALREADY_EXISTS
    assert new_file.read_bytes() == before
    assert sorted(path.name for path in new_file.parent.iterdir()) == [new_file.name]


def test_create_refuses_to_replace_a_file_open_elsewhere(new_file: Path) -> None:
    with Database.open(new_file) as database:
        with pytest.raises(UserFacingError) as caught:
            create_demo_file(new_file, replace=True, today=TODAY)
        assert caught.value.code is ErrorCode.LOCKED
        assert count_rows(database, "business") == 0
    leftovers = [path.name for path in new_file.parent.iterdir() if ".demo-" in path.name]
    assert leftovers == []


def test_a_failed_create_leaves_no_temporary_file(
    tmp_path: Path, new_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr(demo, "_add_goals", fail)
    fresh = tmp_path / "fresh.policydesk"
    with pytest.raises(RuntimeError, match="power cut"):
        create_demo_file(fresh, today=TODAY)
    assert not fresh.exists()
    before = new_file.read_bytes()
    with pytest.raises(RuntimeError, match="power cut"):
        create_demo_file(new_file, replace=True, today=TODAY)
    assert new_file.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == [new_file.name]


def test_create_replaces_a_file_with_a_demo_of_today_that_lies_in_the_past(
    new_file: Path,
) -> None:
    started = time.perf_counter()
    summary = create_demo_file(new_file, replace=True)  # today's real date
    elapsed = time.perf_counter() - started
    assert elapsed < 60  # a guard against something pathological, not a benchmark
    assert sorted(path.name for path in new_file.parent.iterdir()) == [new_file.name]
    now = datetime.now(UTC).isoformat(" ")
    connection = sqlite3.connect(f"file:{new_file}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT name FROM business").fetchone()[0] == (
            summary.business_name
        )
        for table, column in (
            ("complaint", "received_at"),
            ("complaint", "resolved_at"),
            ("complaint", "followed_up_at"),
            ("complaint_action", "taken_at"),
            ("complaint_change", "changed_at"),
            ("assessment_round", "closed_at"),
            ("goal_measurement", "recorded_at"),
        ):
            latest = connection.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
            assert latest < now, (table, column)
    finally:
        connection.close()
