"""A goal's levels: proposed from the measured baseline, accepted or edited, checked when stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policydesk.domain.changes import Changes
from policydesk.domain.goal_followup import GoalStanding, Period, propose_levels, read_number
from policydesk.domain.goals import Direction
from policydesk.domain.policy_content import GoalEntry, check_goal
from policydesk.services.goals import GoalOverview, GoalProblemCode, GoalsService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.policy import PolicyService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import Goal

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=STOCKHOLM)
Code = GoalProblemCode
# A "measure first" baseline of three months from June: June to August 2026.
BASELINE = Period(date(2026, 6, 1), date(2026, 8, 31))
JUNE_TO_AUGUST = [72.0, 78.5, 75.0]


class Shop:
    """A new file with a policy draft and the goals service."""

    def __init__(self, workspace: Workspace) -> None:
        self.sessions = workspace.complaints._sessions
        self.goals = GoalsService(self.sessions, clock=lambda: NOW)
        self.policy = PolicyService(self.sessions, clock=lambda: NOW)
        self.version = self.policy.start("Kundservicepolicy").version.id

    def goal(self, title: str, **fields: object) -> int:
        result = self.policy.save_goal(self.version, GoalEntry(title, **fields))  # type: ignore[arg-type]
        assert result.ok, result.problems
        assert result.id is not None
        return result.id

    def measure_first(self, unit: str = "%", **fields: object) -> int:
        goal = self.goal("Nöjda kunder — Ștefănescu", unit=unit, baseline_months=3, **fields)
        with self.sessions.write() as session:
            stored = session.get(Goal, goal)
            assert stored is not None
            stored.baseline_from = BASELINE.start
        return goal

    def record(self, goal: int, month: int, value: float) -> None:
        """Record a month's value (a month of 2026 before December)."""
        last = date(2026, month + 1, 1) - timedelta(days=1)
        assert self.goals.record_measurement(goal, date(2026, month, 1), last, value).ok

    def overview(self, goal: int) -> GoalOverview:
        return next(item for item in self.goals.overview() if item.id == goal)

    def stored(self, goal: int) -> tuple[float | None, float | None, float | None]:
        with self.sessions.read() as session:
            row = session.get(Goal, goal)
            assert row is not None
            return row.minimum_value, row.target_value, row.baseline_value

    def entry(self, goal: int) -> GoalEntry:
        """The goal as the policy wizard reads it back."""
        with self.sessions.read() as session:
            row = session.get(Goal, goal)
            assert row is not None
            return GoalEntry(
                row.title,
                unit=row.unit,
                direction=Direction(row.direction),
                baseline_value=row.baseline_value,
                baseline_from=row.baseline_from,
                baseline_to=row.baseline_to,
                baseline_months=row.baseline_months,
                minimum_value=row.minimum_value,
                target_value=row.target_value,
            )


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    with Workspace.open(new_file) as workspace:
        shop = Shop(workspace)
        assert OfficeHoursService(shop.sessions, lambda: NOW).set_timezone("Europe/Stockholm").ok
        yield shop


# ---------------------------------------------------------------------------- proposing


def test_levels_are_proposed_from_the_values_in_the_baseline_period(shop: Shop) -> None:
    goal = shop.measure_first()
    assert shop.goals.proposed_levels(goal) is None  # nothing measured yet
    assert shop.overview(goal).proposed_levels is None
    shop.record(goal, 5, 10.0)  # before the baseline: not part of it
    for month, value in zip((6, 7, 8), JUNE_TO_AUGUST, strict=True):
        shop.record(goal, month, value)
    shop.record(goal, 9, 99.0)  # after it
    proposal = shop.goals.proposed_levels(goal)
    assert proposal == propose_levels(JUNE_TO_AUGUST, Direction.HIGHER_IS_BETTER, unit="%")
    assert proposal is not None
    assert (proposal.minimum, proposal.measured) == (75.0, 3)
    assert proposal.target > proposal.minimum
    overview = shop.overview(goal)
    assert overview.proposed_levels == proposal
    assert overview.baseline_period == BASELINE
    assert overview.awaiting_levels
    assert overview.baseline_progress is not None
    assert overview.baseline_progress.done


def test_a_proposal_can_be_read_while_the_baseline_is_still_measured(shop: Shop) -> None:
    goal = shop.goal("Svarstid", unit="min", direction=Direction.LOWER_IS_BETTER, baseline_months=6)
    with shop.sessions.write() as session:
        stored = session.get(Goal, goal)
        assert stored is not None
        stored.baseline_from = date(2026, 10, 1)
    shop.record(goal, 10, 12.0)
    overview = shop.overview(goal)
    assert overview.baseline_progress is not None
    assert not overview.baseline_progress.done
    proposal = shop.goals.proposed_levels(goal)
    assert proposal is not None
    # Lower is better: the target is below the minimum (10 % under one even value).
    assert (proposal.minimum, proposal.target, proposal.measured) == (12.0, 10.8, 1)


def test_a_month_begun_before_the_baseline_counts(shop: Shop) -> None:
    goal = shop.measure_first()
    with shop.sessions.write() as session:
        stored = session.get(Goal, goal)
        assert stored is not None
        stored.baseline_from = date(2026, 6, 15)  # made mid-June
    shop.record(goal, 6, 70.0)
    proposal = shop.goals.proposed_levels(goal)
    assert proposal is not None
    assert proposal.measured == 1


def test_no_proposal_without_a_baseline_period(shop: Shop) -> None:
    plain = shop.goal("Svar", unit="%", minimum_value=5.0, target_value=10.0)
    shop.record(plain, 10, 7.0)
    assert shop.goals.proposed_levels(plain) is None
    assert shop.overview(plain).baseline_period is None
    assert not shop.overview(plain).awaiting_levels
    assert shop.goals.proposed_levels(9999) is None


def test_a_baseline_named_by_its_dates_proposes_too(shop: Shop) -> None:
    goal = shop.goal(
        "Mejl",
        unit="%",
        baseline_value=70.0,
        baseline_from=date(2026, 6, 1),
        baseline_to=date(2026, 7, 31),
    )
    shop.record(goal, 6, 60.0)
    shop.record(goal, 7, 80.0)
    shop.record(goal, 8, 100.0)
    proposal = shop.goals.proposed_levels(goal)
    assert proposal is not None
    assert (proposal.baseline, proposal.measured) == (70.0, 2)
    assert not shop.overview(goal).awaiting_levels  # not "measure first"


# ---------------------------------------------------------------------------- storing


def test_accepting_the_proposal_stores_levels_and_ends_the_measuring(shop: Shop) -> None:
    goal = shop.measure_first()
    for month, value in zip((6, 7, 8), JUNE_TO_AUGUST, strict=True):
        shop.record(goal, month, value)
    proposal = shop.goals.proposed_levels(goal)
    assert proposal is not None
    outcome = shop.goals.set_levels(
        goal, proposal.minimum, proposal.target, baseline=proposal.baseline
    )
    assert outcome.ok, outcome.problems
    assert outcome.changes == Changes(goals=True)
    assert outcome.id == goal
    assert shop.stored(goal) == (proposal.minimum, proposal.target, proposal.baseline)
    overview = shop.overview(goal)
    assert not overview.awaiting_levels
    assert overview.baseline_progress is None
    assert overview.baseline_period == BASELINE
    assert overview.standing is GoalStanding.BELOW_TARGET  # August's 75 is the minimum
    # The policy wizard can still save the goal as it now stands.
    assert check_goal(shop.entry(goal)) == []


def test_levels_set_early_keep_the_baseline_until_today(shop: Shop) -> None:
    goal = shop.measure_first()
    with shop.sessions.write() as session:
        stored = session.get(Goal, goal)
        assert stored is not None
        stored.baseline_from = date(2026, 10, 1)
    shop.record(goal, 10, 80.0)
    assert shop.goals.set_levels(goal, "80", "85", baseline="80").ok
    entry = shop.entry(goal)
    assert (entry.baseline_from, entry.baseline_to, entry.baseline_months) == (
        date(2026, 10, 1),
        NOW.date(),
        None,
    )
    assert check_goal(entry) == []


def test_edited_levels_are_read_the_local_way_and_can_be_cleared(shop: Shop) -> None:
    goal = shop.goal("Returer", unit="%", direction=Direction.LOWER_IS_BETTER)
    assert shop.goals.set_levels(goal, " 8,5 ", "5.25").ok
    assert shop.stored(goal) == (8.5, 5.25, None)
    assert shop.goals.set_levels(goal, "", None).ok
    assert shop.stored(goal) == (None, None, None)
    assert shop.goals.set_levels(goal, None, 4).ok  # a target alone
    assert shop.stored(goal) == (None, 4.0, None)


def test_a_target_equal_to_the_minimum_is_allowed(shop: Shop) -> None:
    goal = shop.goal("Svar", unit="%")
    assert shop.goals.set_levels(goal, 80, "80,0").ok
    assert shop.stored(goal) == (80.0, 80.0, None)


@pytest.mark.parametrize(
    ("direction", "minimum", "target"),
    [(Direction.HIGHER_IS_BETTER, "80", "70"), (Direction.LOWER_IS_BETTER, "5", "8")],
)
def test_a_target_worse_than_the_minimum_is_refused(
    shop: Shop, direction: Direction, minimum: str, target: str
) -> None:
    goal = shop.goal("Mål", unit="%", direction=direction, minimum_value=50.0)
    outcome = shop.goals.set_levels(goal, minimum, target)
    assert [(p.code, p.field, p.param("direction")) for p in outcome.problems] == [
        (Code.TARGET_WORSE_THAN_MINIMUM, "target", direction.value)
    ]
    assert outcome.changes == Changes()
    assert shop.stored(goal) == (50.0, None, None)


@pytest.mark.parametrize(
    ("unit", "minimum", "target", "baseline", "problems"),
    [
        ("%", "sjuttio", "80", None, [(Code.NOT_A_NUMBER, "minimum")]),
        ("%", "70", "<b>&amp;</b>", None, [(Code.NOT_A_NUMBER, "target")]),
        ("%", "nan", "inf", None, [(Code.NOT_A_NUMBER, "minimum"), (Code.NOT_A_NUMBER, "target")]),
        ("%", True, 80, None, [(Code.NOT_A_NUMBER, "minimum")]),
        ("%", float("inf"), 80, None, [(Code.NOT_A_NUMBER, "minimum")]),
        ("%", "1" * 5000, 80, None, [(Code.TOO_BIG, "minimum")]),
        ("%", "-" + "9" * 400, 80, None, [(Code.TOO_BIG, "minimum")]),
        ("%", "1.2.3", 80, None, [(Code.NOT_A_NUMBER, "minimum")]),
        ("%", "70", "100,5", None, [(Code.PERCENT_RANGE, "target")]),
        ("%", "-1", "80", None, [(Code.PERCENT_RANGE, "minimum")]),
        ("%", "70", "80", "101", [(Code.PERCENT_RANGE, "baseline")]),
        ("st", "-3", "0", None, [(Code.NEGATIVE_COUNT, "minimum")]),
        ("timmar", 10**12, "5", None, [(Code.TOO_BIG, "minimum")]),
        ("timmar", "5", "-1e99", None, [(Code.NOT_A_NUMBER, "target")]),
        ("timmar", "5", "-2000000000", None, [(Code.TOO_BIG, "target")]),
        ("timmar", "5", "6", "ett", [(Code.NOT_A_NUMBER, "baseline")]),
        ("%", "70", "80", "75", [(Code.NO_BASELINE_PERIOD, "baseline")]),
    ],
)
def test_bad_levels_are_refused_and_nothing_is_written(
    shop: Shop,
    unit: str,
    minimum: object,
    target: object,
    baseline: object,
    problems: list[tuple[GoalProblemCode, str]],
) -> None:
    goal = shop.goal("Mål", unit=unit, minimum_value=1.0, target_value=2.0)
    outcome = shop.goals.set_levels(goal, minimum, target, baseline=baseline)
    assert [(p.code, p.field) for p in outcome.problems] == problems
    assert not outcome.ok
    assert outcome.changes == Changes()
    assert shop.stored(goal) == (1.0, 2.0, None)


def test_a_long_text_is_shortened_in_the_problem(shop: Shop) -> None:
    goal = shop.goal("Mål", unit="%")
    outcome = shop.goals.set_levels(goal, "å" * 100_000, "")
    [problem] = outcome.problems
    assert problem.param("value") == "å" * 40


def test_an_unknown_goal_is_a_problem(shop: Shop) -> None:
    outcome = shop.goals.set_levels(9999, "1", "2")
    assert [p.code for p in outcome.problems] == [Code.UNKNOWN_GOAL]


_HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(
        ["", " ", "12,5", "1 234,5", "-0", "+7", "1e3", "١٢", "80 %", "'; DROP TABLE goal; --"]
    ),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(minimum=_HOSTILE, target=_HOSTILE)
def test_any_levels_are_stored_exactly_or_refused_without_writing(
    shop: Shop, minimum: object, target: object
) -> None:
    goal = next((item.id for item in shop.goals.overview()), None) or shop.goal("Mål", unit="%")
    assert shop.goals.set_levels(goal, 50, 60).ok
    outcome = shop.goals.set_levels(goal, minimum, target)
    low, high, _ = shop.stored(goal)
    if not outcome.ok:
        assert (low, high) == (50.0, 60.0)
        return

    def expected(value: object) -> float | None:
        empty = value is None or (isinstance(value, str) and not value.strip())
        return None if empty else read_number(value)

    assert (low, high) == (expected(minimum), expected(target))
    for level in (low, high):
        assert level is None or 0 <= level <= 100
    if low is not None and high is not None:
        assert high >= low
