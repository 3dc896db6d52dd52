"""The Home summary's follow-up part: figures, plans, levels, and the next meeting days."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from policydesk.domain.goal_followup import Period
from policydesk.domain.goals import Direction
from policydesk.domain.overview import FollowUp
from policydesk.domain.policy_content import GoalEntry
from policydesk.domain.quotient import add_months
from policydesk.services.demo import create_demo_file
from policydesk.services.goals import GoalsService
from policydesk.services.overview import OverviewService
from policydesk.services.policy import PolicyService
from policydesk.services.reminders import ReminderKind, ReminderService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import AssessmentRound, Business, ImprovementPlan

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
LATER = datetime(2027, 1, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def opened(new_file: Path) -> Iterator[Workspace]:
    with Workspace.open(new_file) as workspace:
        yield workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("overview") / "demo.policydesk"
    create_demo_file(path, today=TODAY)
    with Workspace.open(path) as workspace:
        yield workspace


def at(now: datetime) -> Callable[[], datetime]:
    """A clock standing still at ``now``."""
    return lambda: now


def overview_at(workspace: Workspace, now: datetime) -> OverviewService:
    return OverviewService(workspace.complaints._sessions, clock=at(now))


# ---------------------------------------------------------------------------- the rules


def test_what_counts_as_waiting() -> None:
    quiet = FollowUp(TODAY, True, review_meeting=date(2027, 1, 8), self_assessment=date(2027, 5, 1))
    assert not quiet.waiting
    assert not quiet.review_due
    assert FollowUp(TODAY, True, review_meeting=TODAY).review_due
    assert FollowUp(TODAY, True, review_meeting=TODAY).waiting
    assert FollowUp(TODAY, True, self_assessment=date(2026, 1, 1)).assessment_due
    assert not FollowUp(TODAY, False).waiting


# ---------------------------------------------------------------------------- files


def test_an_empty_file_has_no_follow_up(opened: Workspace) -> None:
    overview = overview_at(opened, NOW).overview()
    assert overview.is_empty
    assert overview.followup is None


def test_a_file_without_goals_or_policy_has_not_started(opened: Workspace) -> None:
    with opened.complaints._sessions.write() as session:
        session.add(Business(id=1, name="Atelierul Țăranu"))
    followup = overview_at(opened, NOW).overview().followup
    assert followup is not None
    assert not followup.started
    assert followup.review_meeting is None  # nothing approved, no meeting held
    assert followup.self_assessment == TODAY  # none made yet: due today
    assert (followup.figures, followup.plans, followup.levels) == ((), (), ())


def test_goals_bring_their_figures_plans_and_levels(opened: Workspace) -> None:
    policy = PolicyService(opened.complaints._sessions, clock=lambda: NOW)
    draft = policy.start("Politica de relații cu clienții").version.id

    def goal(entry: GoalEntry) -> int:
        saved = policy.save_goal(draft, entry)
        assert saved.ok, saved.problems
        assert saved.id is not None
        return saved.id

    returns = goal(
        GoalEntry(
            "Retururi",
            unit="%",
            direction=Direction.LOWER_IS_BETTER,
            minimum_value=8.0,
            target_value=5.0,
        )
    )
    measured = goal(
        GoalEntry("Clienți mulțumiți", unit="%", baseline_from=date(2026, 6, 1), baseline_months=3)
    )
    goals = GoalsService(opened.complaints._sessions, clock=lambda: NOW)
    assert goals.record_measurement(returns, date(2026, 10, 1), date(2026, 10, 31), "9,5").ok
    for month, value in ((6, 80.0), (7, 84.0), (8, 82.0)):
        last = date(2026, month + 1, 1) - timedelta(days=1)
        assert goals.record_measurement(measured, date(2026, month, 1), last, value).ok

    followup = overview_at(opened, NOW).overview().followup
    assert followup is not None
    assert followup.started
    assert followup.today == TODAY
    [plan] = followup.plans
    assert (plan.goal_id, plan.unit, plan.value, plan.minimum) == (returns, "%", 9.5, 8.0)
    assert plan.period == Period(date(2026, 10, 1), date(2026, 10, 31))
    [ready] = followup.levels
    proposal = goals.proposed_levels(measured)
    assert proposal is not None
    assert (ready.goal_id, ready.minimum, ready.target) == (
        measured,
        proposal.minimum,
        proposal.target,
    )
    # September and October of the measured goal have ended without figures.
    [figures] = followup.figures
    assert figures.goal_id == measured
    assert [period.start.month for period in figures.periods] == [9, 10]
    assert not figures.computed

    # A plan made, levels set: neither waits any more.
    with opened.complaints._sessions.write() as session:
        session.add(ImprovementPlan(goal_id=returns, reason="Fler returer", status="open"))
    assert goals.set_levels(measured, proposal.minimum, proposal.target).ok
    followup = overview_at(opened, NOW).overview().followup
    assert followup is not None
    assert (followup.plans, followup.levels) == ((), ())


def test_the_days_are_the_reminder_calendars(demo: Workspace) -> None:
    for now in (NOW, LATER):
        followup = overview_at(demo, now).followup()
        reminders = ReminderService(demo.complaints._sessions, clock=at(now))
        days = {reminder.kind: reminder.due_on for reminder in reminders.reminders()}
        assert followup.review_meeting == days[ReminderKind.REVIEW_MEETING]
        assert followup.self_assessment == days[ReminderKind.SELF_ASSESSMENT]
    with demo.complaints._sessions.read() as session:
        last = max(session.scalars(select(AssessmentRound.held_on)))
    assert followup.self_assessment == add_months(last, 12)


def test_the_demo_waits_for_figures_once_months_end(demo: Workspace) -> None:
    now = overview_at(demo, NOW).followup()
    assert now.figures == ()
    assert now.plans == ()
    later = overview_at(demo, LATER).followup()
    assert later.today == date(2027, 1, 2)
    assert len(later.figures) == 5
    assert {figures.computed for figures in later.figures} == {True, False}
    assert all(figures.periods[-1].end == date(2026, 12, 31) for figures in later.figures)
