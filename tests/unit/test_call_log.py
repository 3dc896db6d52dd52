"""Call logs as CSV: reading them, the phone figures by a goal's rule, and the import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from policydesk.domain.goals import AbandonedCallRule, MeasurementSource
from policydesk.domain.policy_content import GoalEntry
from policydesk.export.call_log_csv import (
    CallField,
    CallLogProblemCode,
    parse_answered,
    parse_duration,
    read_call_log,
)
from policydesk.services.call_log import CallLogService
from policydesk.services.goals import GoalProblemCode
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.policy import PolicyService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import Measurement

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 4, 10, 10, 0, tzinfo=STOCKHOLM)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
Code = CallLogProblemCode

# Monday 2 March 2026, office hours 09-17 on weekdays. Threshold 20 s, short abandon 5 s:
# answered after 10, 20 (inclusive: within) and 30 s; abandoned after 3 (short), 15 and 40 s.
SMALL = [
    "Arrival time,Answered,Waiting time,Talk time",
    "2026-03-02 10:00:00,yes,10,120",
    "2026-03-02 10:05:00,yes,20,60",
    "2026-03-02 10:10:00,yes,30,90",
    "2026-03-02 10:15:00,no,3,0",
    "2026-03-02 10:20:00,no,15,",
    "2026-03-02 10:25:00,no,40,0",
]


class Shop:
    """A new file with office hours, a policy draft and the call-log service."""

    def __init__(self, workspace: Workspace) -> None:
        self.sessions = workspace.complaints._sessions
        clock = lambda: NOW  # noqa: E731
        hours = OfficeHoursService(self.sessions, clock)
        assert hours.set_timezone("Europe/Stockholm").ok
        assert hours.set_week({day: [("09:00", "17:00")] for day in range(5)}).ok
        self.policy = PolicyService(self.sessions, clock=clock)
        self.version = self.policy.start("Kundservicepolicy").version.id
        self.service = CallLogService(self.sessions, clock=clock)

    def goal(
        self,
        rule: AbandonedCallRule | None = AbandonedCallRule.MISSED,
        threshold: int | None = 20,
        short: int | None = 5,
    ) -> int:
        entry = GoalEntry(
            "Calls answered within 20 s",
            unit="%",
            threshold_seconds=threshold,
            abandoned_rule=rule,
            short_abandon_seconds=short,
            minimum_value=70,
            target_value=80,
        )
        result = self.policy.save_goal(self.version, entry)
        assert result.ok, result.problems
        assert result.id is not None
        return result.id

    def measurements(self) -> list[Measurement]:
        with self.sessions.read() as session:
            rows = list(session.scalars(select(Measurement)))
            session.expunge_all()
            return rows


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    with Workspace.open(new_file) as workspace:
        yield Shop(workspace)


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def codes(problems: object) -> set[tuple[int, Code]]:
    return {(problem.row, problem.code) for problem in problems}  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("42", 42),
        ("42.5", 42.5),
        ("42,5", 42.5),
        ("42 s", 42),
        ("1:05", 65),
        ("01:02:03", 3723),
        ("0:00:00", 0),
    ],
)
def test_durations_read_as_seconds_or_clock_times(text: str, seconds: float) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["abc", "1:75", "1:2:3:4", "", "12 minutes", "9" * 5000 + ":00"])
def test_other_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a duration|Exceeds the limit"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("yes", True),
        ("No", False),
        ("ja", True),
        ("Nej", False),
        ("da", True),
        ("nu", False),
        ("1", True),
        ("0", False),
        ("Answered", True),
        ("ABANDONED", False),
        ("Obesvarat", False),
        ("preluat", True),
    ],
)
def test_answered_words_in_three_languages(text: str, answered: bool) -> None:
    assert parse_answered(text) is answered


# ---------------------------------------------------------------------------- good files


def test_an_english_file_with_commas(tmp_path: Path) -> None:
    log = read_call_log(write(tmp_path / "calls.csv", SMALL), STOCKHOLM)
    assert log.ok
    assert log.separator == ","
    assert log.rows == len(log.calls) == 6
    first = log.calls[0]
    assert first.row == 2
    assert first.call.arrived == datetime(2026, 3, 2, 10, 0, tzinfo=STOCKHOLM)
    assert first.call.answered
    assert first.call.waited == timedelta(seconds=10)
    assert first.call.talked == timedelta(minutes=2)
    assert log.calls[4].call.talked == timedelta(0)  # an empty talk time is none


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-8"])
def test_a_swedish_file_with_semicolons_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    lines = [
        "Ankomst;Besvarat;Väntetid;Samtalstid",
        "02.03.2026 09:15;ja;0:25;3:10",
        "02.03.2026 09:20;nej;0:04;",
    ]
    log = read_call_log(write(tmp_path / "samtal.csv", lines, encoding), STOCKHOLM)
    assert log.ok, log.problems
    assert log.separator == ";"
    assert log.encoding == encoding
    assert [item.call.answered for item in log.calls] == [True, False]
    assert log.calls[0].call.arrived == datetime(2026, 3, 2, 9, 15, tzinfo=STOCKHOLM)
    assert log.calls[0].call.waited == timedelta(seconds=25)
    assert log.calls[0].call.talked == timedelta(minutes=3, seconds=10)


def test_a_romanian_file_with_its_letters_in_the_header(tmp_path: Path) -> None:
    lines = [
        "Data și ora;Preluat;Timp de așteptare;Durata convorbirii;Număr",
        "2026-03-02T09:15:00+01:00;da;00:00:25;00:03:10;0722 000 000",
        "02/03/2026 09:20;nu;00:00:04;0;0722 000 001",
    ]
    log = read_call_log(write(tmp_path / "apeluri.csv", lines, "utf-8-sig"), STOCKHOLM)
    assert log.ok, log.problems
    assert log.mapping == (
        CallField.ARRIVED,
        CallField.ANSWERED,
        CallField.WAITED,
        CallField.TALKED,
        None,
    )
    assert [item.call.waited.total_seconds() for item in log.calls] == [25, 4]


def test_phone_system_spellings_and_a_sep_line(tmp_path: Path) -> None:
    lines = [
        "sep=,",
        "Start time,Disposition,Queue time,Call duration",
        "2026-03-02 09:15,Answered,12,300",
        "2026-03-02 09:16,Abandoned,7,0",
    ]
    log = read_call_log(write(tmp_path / "export.csv", lines), STOCKHOLM)
    assert log.ok, log.problems
    assert [item.row for item in log.calls] == [3, 4]
    assert [item.call.answered for item in log.calls] == [True, False]


# ---------------------------------------------------------------------------- bad files


def test_bad_rows_are_listed_by_row_number(tmp_path: Path) -> None:
    lines = [
        "Arrival time,Answered,Waiting time,Talk time",
        "2026-03-02 10:00,yes,10,30",
        ",yes,10,30",
        "2026-03-02 10:01,yes,abc,30",
        "2026-03-02 10:02,yes,-5,30",
        "2026-03-02 10:03,no,5,30",
        "2026-03-02 10:04,maybe,5,30",
        "2026-03-02 10:05,yes",
        "2026-03-02,yes,5,30",
        "2026-03-02 10:06,yes,100000,30",
    ]
    log = read_call_log(write(tmp_path / "bad.csv", lines), STOCKHOLM)
    assert codes(log.problems) == {
        (3, Code.MISSING_VALUE),
        (4, Code.BAD_DURATION),
        (5, Code.NEGATIVE_DURATION),
        (6, Code.TALK_ON_ABANDONED),
        (7, Code.BAD_ANSWERED),
        (8, Code.TOO_FEW_COLUMNS),
        (9, Code.BAD_DATE),
        (10, Code.DURATION_TOO_LONG),
    }
    assert log.bad_rows == (3, 4, 5, 6, 7, 8, 9, 10)
    assert [item.row for item in log.calls] == [2]
    by_row = {problem.row: problem for problem in log.problems}
    assert by_row[3].field == CallField.ARRIVED
    assert by_row[4].param("value") == "abc"
    assert by_row[7].param("value") == "maybe"


def test_a_row_with_several_problems_lists_each(tmp_path: Path) -> None:
    lines = ["Arrival time,Answered,Waiting time,Talk time", "yesterday,perhaps,soon,"]
    log = read_call_log(write(tmp_path / "bad.csv", lines), STOCKHOLM)
    assert codes(log.problems) == {
        (2, Code.BAD_DATE),
        (2, Code.BAD_ANSWERED),
        (2, Code.BAD_DURATION),
    }


def test_a_file_that_is_not_csv(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_bytes(bytes(range(256)) * 40)
    log = read_call_log(path, STOCKHOLM)
    assert codes(log.problems) == {(0, Code.NOT_TEXT)}
    assert not log.calls


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_bytes(b"")
    assert codes(read_call_log(path, STOCKHOLM).problems) == {(0, Code.EMPTY_FILE)}


def test_a_header_alone_and_a_header_without_the_columns(tmp_path: Path) -> None:
    alone = read_call_log(write(tmp_path / "a.csv", SMALL[:1]), STOCKHOLM)
    assert codes(alone.problems) == {(1, Code.NO_ROWS)}
    other = read_call_log(write(tmp_path / "b.csv", ["Name,Phone", "Ann,123"]), STOCKHOLM)
    assert {problem.field for problem in other.problems} == {"arrived", "answered", "waited"}
    assert {problem.code for problem in other.problems} == {Code.MISSING_COLUMN}


def test_a_huge_field_stops_reading_and_a_long_value_is_shortened(tmp_path: Path) -> None:
    huge = read_call_log(
        write(tmp_path / "huge.csv", [*SMALL[:2], "2026-03-02 10:00,yes,10," + "9" * 200_000]),
        STOCKHOLM,
    )
    assert codes(huge.problems) == {(3, Code.CELL_TOO_LONG)}
    long = read_call_log(
        write(tmp_path / "long.csv", [SMALL[0], "2026-03-02 10:00,yes," + "x" * 50_000 + ",5"]),
        STOCKHOLM,
    )
    assert codes(long.problems) == {(2, Code.BAD_DURATION)}
    assert len(long.problems[0].param("value")) <= 60


# ---------------------------------------------------------------------------- the service


@pytest.mark.parametrize(
    ("rule", "met", "counted"),
    [
        # row 3, every abandon fails: 2 / (3 + 3)
        (AbandonedCallRule.MISSED, 2, 6),
        # row 2, abandons left out: 2 / 3
        (AbandonedCallRule.EXCLUDED, 2, 3),
        # row 5b, short abandons (3 s <= 5 s) left out, the others fail: 2 / (3 + 3 - 1)
        (AbandonedCallRule.IGNORE_SHORT, 2, 5),
    ],
)
def test_each_rule_gives_the_reference_formula(
    shop: Shop, tmp_path: Path, rule: AbandonedCallRule, met: int, counted: int
) -> None:
    goal = shop.goal(rule)
    found = shop.service.figures(write(tmp_path / "calls.csv", SMALL), goal)
    assert found.ok
    assert found.rule is not None
    assert found.rule.threshold == timedelta(seconds=20)
    assert found.by_hours is not None
    office = found.by_hours.office_hours
    assert (office.service_level.numerator, office.service_level.denominator) == (met, counted)
    assert office.average_speed_of_answer == timedelta(seconds=20)  # (10 + 20 + 30) / 3
    assert (office.abandonment.numerator, office.abandonment.denominator) == (3, 6)
    assert found.by_hours.after_hours.counts.calls == 0
    result = shop.service.import_as_measurement(tmp_path / "calls.csv", goal, *MARCH)
    assert result.ok, (result.rows, result.problems)
    assert result.value == round(met / counted * 100, 1)
    [stored] = shop.measurements()
    assert stored.value == result.value
    assert stored.source == MeasurementSource.IMPORTED.value
    assert stored.source_note == "calls.csv"
    assert (stored.period_start, stored.period_end) == MARCH
    assert result.changes.goals


def test_office_hours_and_after_hours_are_split(shop: Shop, tmp_path: Path) -> None:
    lines = [
        SMALL[0],
        "2026-03-02 09:00,yes,10,60",  # Monday at opening: office hours
        "2026-03-02 16:59,no,40,0",  # Monday before closing: office hours
        "2026-03-02 17:00,yes,50,60",  # Monday at closing: after hours
        "2026-03-07 11:00,no,30,0",  # Saturday: after hours
        "2026-03-02T08:30:00Z,yes,5,60",  # 09:30 in Stockholm: office hours
    ]
    goal = shop.goal(AbandonedCallRule.MISSED)
    found = shop.service.figures(write(tmp_path / "calls.csv", lines), goal)
    assert found.by_hours is not None
    assert found.overall is not None
    office, after = found.by_hours.office_hours, found.by_hours.after_hours
    assert (office.counts.answered, office.counts.abandoned) == (2, 1)
    assert (after.counts.answered, after.counts.abandoned) == (1, 1)
    assert (office.service_level.numerator, office.service_level.denominator) == (2, 3)
    assert (after.service_level.numerator, after.service_level.denominator) == (0, 2)
    assert found.overall.counts.calls == 5
    result = shop.service.import_as_measurement(tmp_path / "calls.csv", goal, *MARCH)
    assert result.value == 66.7  # the office-hours figure


def test_preview_reports_rows_period_and_bad_rows(shop: Shop, tmp_path: Path) -> None:
    lines = [*SMALL, "2026-03-09 10:00,yes,5,60", "2026-03-09 10:00,kanske,5,60"]
    preview = shop.service.preview(write(tmp_path / "calls.csv", lines))
    assert (preview.rows, preview.calls) == (8, 7)
    assert preview.first == datetime(2026, 3, 2, 10, 0, tzinfo=STOCKHOLM)
    assert (preview.first_day, preview.last_day) == (date(2026, 3, 2), date(2026, 3, 9))
    assert codes(preview.problems) == {(9, Code.BAD_ANSWERED)}
    assert not shop.measurements()


def test_a_file_with_a_bad_row_is_refused_and_nothing_stored(shop: Shop, tmp_path: Path) -> None:
    goal = shop.goal()
    path = write(tmp_path / "calls.csv", [*SMALL, "2026-03-02 11:00,yes,-1,5", ",no,4,0"])
    result = shop.service.import_as_measurement(path, goal, *MARCH)
    assert not result.ok
    assert codes(result.rows) == {(8, Code.NEGATIVE_DURATION), (9, Code.MISSING_VALUE)}
    assert not result.changes.goals
    assert not shop.measurements()
    assert shop.service.figures(path, goal).by_hours is None


@pytest.mark.parametrize(
    "content",
    [b"", bytes(range(256)) * 40],
    ids=["empty", "binary"],
)
def test_a_file_that_cannot_be_read_stores_nothing(
    shop: Shop, tmp_path: Path, content: bytes
) -> None:
    goal = shop.goal()
    path = tmp_path / "calls.csv"
    path.write_bytes(content)
    result = shop.service.import_as_measurement(path, goal, *MARCH)
    assert [problem.row for problem in result.rows] == [0]
    assert not shop.measurements()


def test_calls_outside_the_period_refuse_the_file(shop: Shop, tmp_path: Path) -> None:
    goal = shop.goal()
    path = write(tmp_path / "calls.csv", [*SMALL, "2026-04-01 10:00,yes,5,60"])
    result = shop.service.import_as_measurement(path, goal, *MARCH)
    assert codes(result.rows) == {(8, Code.OUTSIDE_PERIOD)}
    assert not shop.measurements()


def test_a_period_already_measured_needs_replace(shop: Shop, tmp_path: Path) -> None:
    goal = shop.goal()
    path = write(tmp_path / "calls.csv", SMALL)
    assert shop.service.import_as_measurement(path, goal, *MARCH).ok
    again = shop.service.import_as_measurement(path, goal, *MARCH)
    assert [problem.code for problem in again.problems] == [GoalProblemCode.PERIOD_TAKEN]
    assert shop.service.import_as_measurement(path, goal, *MARCH, replace=True).ok
    assert len(shop.measurements()) == 1


def test_goal_problems_stop_the_figures(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path / "calls.csv", SMALL)
    unknown = shop.service.import_as_measurement(path, 999, *MARCH)
    assert [problem.code for problem in unknown.problems] == [GoalProblemCode.UNKNOWN_GOAL]
    no_threshold = shop.goal(threshold=None)
    found = shop.service.figures(path, no_threshold)
    assert [problem.field for problem in found.problems] == ["threshold_seconds"]
    assert not found.ok
    assert not shop.measurements()


def test_a_goal_without_a_rule_counts_abandons_as_missed(shop: Shop, tmp_path: Path) -> None:
    goal = shop.goal(rule=None, short=None)
    found = shop.service.figures(write(tmp_path / "calls.csv", SMALL), goal)
    assert found.rule is not None
    assert found.rule.rule is AbandonedCallRule.MISSED
    assert found.by_hours is not None
    assert found.by_hours.office_hours.service_level.denominator == 6
