"""Review meetings and improvement plans: frozen figures, the agenda, and bad input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from policydesk.domain.goal_followup import GoalStanding, Period
from policydesk.domain.goals import ActionStatus, Direction, GoalTemplate, PlanStatus
from policydesk.domain.policy_content import GoalEntry
from policydesk.domain.reviews import ActionDraft, MeetingSnapshot
from policydesk.services.goals import GoalsService
from policydesk.services.policy import PolicyService
from policydesk.services.reviews import ReviewProblemCode, ReviewService
from policydesk.services.workspace import Workspace
from policydesk.storage.schema import ImprovementAction, ImprovementPlan, ReviewMeeting, Staff

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=STOCKHOLM)
TODAY = NOW.date()
Code = ReviewProblemCode
HOSTILE = "<b>Åsa & Ștefan</b> &amp; <script>x</script> — ăîâșț åäö 🙂"


class Shop:
    """A new file with a policy draft, a goal, a member of staff and the review service."""

    def __init__(self, workspace: Workspace) -> None:
        self.sessions = workspace.complaints._sessions
        self.now = NOW
        self.goals = GoalsService(self.sessions, clock=self.clock)
        self.reviews = ReviewService(self.sessions, self.goals, clock=self.clock)
        self.policy = PolicyService(self.sessions, clock=self.clock)
        version = self.policy.start("Kundservicepolicy").version.id
        saved = self.policy.save_goal(
            version,
            GoalEntry(
                "Klagomål lösta inom tre arbetsdagar",
                template=GoalTemplate.COMPLAINTS_RESOLVED_WITHIN,
                unit="%",
                minimum_value=80.0,
                target_value=90.0,
            ),
        )
        assert saved.ok, saved.problems
        assert saved.id is not None
        self.goal_id = saved.id
        with self.sessions.write() as session:
            staff = Staff(name="Linnéa Åberg")
            session.add(staff)
            session.flush()
            self.staff_id = staff.id

    def clock(self) -> datetime:
        return self.now

    def measure(self, month: int, value: float) -> None:
        start = date(2026, month, 1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        outcome = self.goals.record_measurement(self.goal_id, start, end, value, replace=True)
        assert outcome.ok, outcome.problems

    def plan(self, reason: str = "Verkstaden saknade en mekaniker.") -> int:
        outcome = self.reviews.create_plan(
            self.goal_id,
            reason,
            actions=[ActionDraft("Anställ en mekaniker", self.staff_id, date(2026, 12, 15))],
        )
        assert outcome.ok, outcome.problems
        assert outcome.id is not None
        return outcome.id


@pytest.fixture
def shop(new_file: Path) -> Iterator[Shop]:
    with Workspace.open(new_file) as workspace:
        yield Shop(workspace)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewService]:
    from policydesk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    demo.create_demo_file(path, today=TODAY)
    with Workspace.open(path) as workspace:
        goals = GoalsService(workspace.complaints._sessions, clock=lambda: NOW)
        yield ReviewService(workspace.complaints._sessions, goals, clock=lambda: NOW)


def codes(outcome: object) -> set[tuple[ReviewProblemCode, str]]:
    return {(problem.code, problem.field) for problem in outcome.problems}  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- the demo


def test_the_demo_has_two_meetings_with_their_figures_frozen(demo: ReviewService) -> None:
    meetings = demo.meetings()
    assert len(meetings) == 2
    assert meetings[0].held_on > meetings[1].held_on
    assert all(meeting.attendees for meeting in meetings)
    first = demo.meeting(meetings[1].id)
    assert first is not None
    assert first.snapshot.readable
    assert len(first.snapshot.goals) == 5
    # The first meeting saw fewer months than the second.
    second = demo.meeting(meetings[0].id)
    assert second is not None
    assert len(second.snapshot.goals[0].values) > len(first.snapshot.goals[0].values)
    # The plan was made at the first meeting because a goal was below its minimum.
    assert [plan.goal_title for plan in first.plans_raised] == [
        next(
            goal.title
            for goal in first.snapshot.goals
            if goal.standing is GoalStanding.BELOW_MINIMUM
        )
    ]
    assert meetings[1].plans_raised == 1


def test_the_demo_agenda_holds_the_open_plan(demo: ReviewService) -> None:
    agenda = demo.agenda()
    assert agenda.last_meeting == demo.meetings()[0].held_on
    assert [plan.status for plan in agenda.plans] == [PlanStatus.OPEN]
    plan = agenda.plans[0]
    assert plan.actions
    assert {action.status for action in plan.actions} >= {ActionStatus.DONE, ActionStatus.OPEN}
    assert all(action.owner_name for action in plan.actions)
    assert len(agenda.figures.goals) == 5
    assert not agenda.plans_required


# ---------------------------------------------------------------------------- meetings


def test_a_meeting_freezes_the_figures_it_saw(shop: Shop) -> None:
    shop.measure(9, 84.0)
    shop.measure(10, 72.5)
    recorded = shop.reviews.record_meeting(
        date(2026, 11, 10), "Linnéa, Ștefan", "Ny rutin för reservdelar.", "Bra jobbat i kassan."
    )
    assert recorded.ok, recorded.problems
    assert recorded.changes.goals
    assert recorded.id is not None
    # A later correction and a later figure do not change what the meeting saw.
    shop.measure(10, 95.0)
    meeting = shop.reviews.meeting(recorded.id)
    assert meeting is not None
    goal = meeting.snapshot.goals[0]
    assert [value.value for value in goal.values] == [84.0, 72.5]
    assert goal.values[-1].period == Period(date(2026, 10, 1), date(2026, 10, 31))
    assert goal.standing is GoalStanding.BELOW_MINIMUM
    assert (goal.minimum, goal.target) == (80.0, 90.0)
    assert meeting.snapshot.taken_on == date(2026, 11, 10)


def test_a_meeting_sees_only_figures_up_to_its_day(shop: Shop) -> None:
    shop.measure(9, 84.0)
    shop.measure(10, 88.0)
    recorded = shop.reviews.record_meeting(date(2026, 10, 15), "Linnéa", "", "")
    assert recorded.ok
    assert recorded.id is not None
    meeting = shop.reviews.meeting(recorded.id)
    assert meeting is not None
    assert [value.value for value in meeting.snapshot.goals[0].values] == [84.0]


def test_editing_a_meeting_keeps_its_snapshot(shop: Shop) -> None:
    shop.measure(10, 72.5)
    recorded = shop.reviews.record_meeting(date(2026, 11, 10), "Linnéa", "", "")
    assert recorded.id is not None
    shop.measure(10, 99.0)
    edited = shop.reviews.update_meeting(recorded.id, date(2026, 11, 11), HOSTILE, HOSTILE, HOSTILE)
    assert edited.ok, edited.problems
    meeting = shop.reviews.meeting(recorded.id)
    assert meeting is not None
    assert (meeting.held_on, meeting.attendees, meeting.decisions) == (
        date(2026, 11, 11),
        HOSTILE,
        HOSTILE,
    )
    assert meeting.staff_feedback == HOSTILE
    assert meeting.snapshot.goals[0].values[-1].value == 72.5


@pytest.mark.parametrize(
    ("held_on", "attendees", "decisions", "expected"),
    [
        (date(2026, 11, 24), "Linnéa", "", (Code.DATE_IN_FUTURE, "held_on")),
        (date(1989, 12, 31), "Linnéa", "", (Code.DATE_TOO_EARLY, "held_on")),
        (datetime(2026, 11, 1, 9), "Linnéa", "", (Code.NOT_A_DATE, "held_on")),
        ("2026-11-01", "Linnéa", "", (Code.NOT_A_DATE, "held_on")),
        (None, "Linnéa", "", (Code.NOT_A_DATE, "held_on")),
        (date(2026, 11, 1), "   ", "", (Code.REQUIRED, "attendees")),
        (date(2026, 11, 1), 42, "", (Code.NOT_TEXT, "attendees")),
        (date(2026, 11, 1), "x" * 2001, "", (Code.TOO_LONG, "attendees")),
        (date(2026, 11, 1), "Linnéa", "x" * 20_001, (Code.TOO_LONG, "decisions")),
        (date(2026, 11, 1), "Linnéa", "a\x00b", (Code.CONTROL_CHARACTERS, "decisions")),
        (date(2026, 11, 1), "Linnéa", b"bytes", (Code.NOT_TEXT, "decisions")),
    ],
)
def test_bad_meetings_are_refused_and_nothing_is_stored(
    shop: Shop, held_on: object, attendees: object, decisions: object, expected: object
) -> None:
    outcome = shop.reviews.record_meeting(held_on, attendees, decisions, "")
    assert not outcome.ok
    assert expected in codes(outcome)
    assert shop.reviews.meetings() == []


def test_unknown_meetings_are_reported(shop: Shop) -> None:
    assert shop.reviews.meeting(999) is None
    assert codes(shop.reviews.update_meeting(999, TODAY, "a", "", "")) == {
        (Code.UNKNOWN_MEETING, "meeting")
    }
    assert codes(shop.reviews.delete_meeting(999)) == {(Code.UNKNOWN_MEETING, "meeting")}


def test_deleting_a_meeting_keeps_the_plans_made_at_it(shop: Shop) -> None:
    recorded = shop.reviews.record_meeting(date(2026, 11, 10), "Linnéa", "", "")
    assert recorded.id is not None
    made = shop.reviews.create_plan(shop.goal_id, "Kön växte.", meeting_id=recorded.id)
    assert made.ok
    assert made.id is not None
    assert shop.reviews.meetings()[0].plans_raised == 1
    assert shop.reviews.delete_meeting(recorded.id).ok
    plan = shop.reviews.plan(made.id)
    assert plan is not None
    assert plan.meeting_id is None
    assert plan.status is PlanStatus.OPEN


# ---------------------------------------------------------------------------- plans and agenda


def test_a_goal_below_minimum_requires_a_plan_that_goes_on_the_agenda(shop: Shop) -> None:
    shop.measure(10, 72.5)
    agenda = shop.reviews.agenda()
    assert [item.goal_id for item in agenda.plans_required] == [shop.goal_id]
    assert agenda.last_meeting is None
    plan_id = shop.plan()
    agenda = shop.reviews.agenda()
    assert agenda.plans_required == ()
    assert [plan.id for plan in agenda.plans] == [plan_id]
    assert agenda.plans[0].actions[0].owner_name == "Linnéa Åberg"
    # The meeting that discusses it freezes the plan as it stood; a meeting held before the
    # plan was made did not see it.
    earlier = shop.reviews.record_meeting(date(2026, 11, 20), "Linnéa", "", "")
    assert earlier.id is not None
    assert shop.reviews.meeting(earlier.id).snapshot.plans == ()  # type: ignore[union-attr]
    recorded = shop.reviews.record_meeting(TODAY, "Linnéa", "", "")
    assert recorded.id is not None
    meeting = shop.reviews.meeting(recorded.id)
    assert meeting is not None
    assert [plan.reason for plan in meeting.snapshot.plans] == ["Verkstaden saknade en mekaniker."]
    assert meeting.snapshot.plans[0].actions[0].owner == "Linnéa Åberg"


def test_a_closed_plan_stays_on_the_agenda_until_the_next_meeting(shop: Shop) -> None:
    shop.measure(10, 72.5)
    plan_id = shop.plan()
    shop.now = NOW - timedelta(days=1)
    assert shop.reviews.close_plan(plan_id).ok
    shop.now = NOW
    plan = shop.reviews.plan(plan_id)
    assert plan is not None
    assert plan.status is PlanStatus.CLOSED
    assert plan.closed_on == TODAY - timedelta(days=1)
    assert [item.id for item in shop.reviews.agenda().plans] == [plan_id]
    # Still below the minimum and no open plan: a plan is required again.
    assert shop.reviews.agenda().plans_required
    assert shop.reviews.record_meeting(TODAY, "Linnéa", "Ny plan behövs.", "").ok
    assert shop.reviews.agenda().plans == ()


def test_one_open_plan_per_goal(shop: Shop) -> None:
    first = shop.plan()
    again = shop.reviews.create_plan(shop.goal_id, "Igen")
    assert codes(again) == {(Code.PLAN_ALREADY_OPEN, "goal")}
    assert again.problems[0].param("plan") == str(first)
    assert shop.reviews.close_plan(first).ok
    second = shop.plan("En ny orsak")
    assert codes(shop.reviews.reopen_plan(first)) == {(Code.PLAN_ALREADY_OPEN, "plan")}
    assert shop.reviews.close_plan(second).ok
    assert shop.reviews.reopen_plan(first).ok
    assert [plan.id for plan in shop.reviews.plans(include_closed=False)] == [first]
    assert [plan.id for plan in shop.reviews.plans()] == [first, second]


@pytest.mark.parametrize(
    ("reason", "actions", "expected"),
    [
        ("", (), (Code.REQUIRED, "reason")),
        (None, (), (Code.NOT_TEXT, "reason")),
        ("x" * 20_001, (), (Code.TOO_LONG, "reason")),
        ("ok", (ActionDraft("", None, date(2027, 1, 1)),), (Code.REQUIRED, "action.0.description")),
        ("ok", (ActionDraft("Ring", None, None),), (Code.DUE_DATE_REQUIRED, "action.0.due_on")),
        (
            "ok",
            (ActionDraft("Ring", 999, date(2027, 1, 1)),),
            (Code.UNKNOWN_STAFF, "action.0.owner"),
        ),
        (
            "ok",
            (ActionDraft("Ring", None, date(2027, 1, 1), "maybe"),),  # type: ignore[arg-type]
            (Code.NOT_A_STATUS, "action.0.status"),
        ),
        (
            "ok",
            (ActionDraft("Ring", None, "2027-01-01"),),  # type: ignore[arg-type]
            (Code.NOT_A_DATE, "action.0.due_on"),
        ),
        ("ok", ("not a draft",), (Code.NOT_TEXT, "action.0.description")),
    ],
)
def test_bad_plans_are_refused_whole(
    shop: Shop, reason: object, actions: tuple[object, ...], expected: object
) -> None:
    good = ActionDraft("Ring kunden", shop.staff_id, date(2027, 1, 1))
    outcome = shop.reviews.create_plan(shop.goal_id, reason, actions=[good, *actions])  # type: ignore[list-item]
    assert not outcome.ok
    problems = {(code, field.replace("action.1.", "action.0.")) for code, field in codes(outcome)}
    assert expected in problems
    assert shop.reviews.plans() == []


def test_plans_for_unknown_goals_or_meetings_are_refused(shop: Shop) -> None:
    assert (Code.UNKNOWN_GOAL, "goal") in codes(shop.reviews.create_plan(999, "x"))
    assert (Code.UNKNOWN_MEETING, "meeting") in codes(
        shop.reviews.create_plan(shop.goal_id, "x", meeting_id=999)
    )
    assert codes(shop.reviews.update_plan(999, "x")) == {(Code.UNKNOWN_PLAN, "plan")}
    assert codes(shop.reviews.close_plan(999)) == {(Code.UNKNOWN_PLAN, "plan")}
    assert codes(shop.reviews.add_action(999, ActionDraft("x", None, TODAY))) == {
        (Code.UNKNOWN_PLAN, "plan")
    }
    assert codes(shop.reviews.update_action(999, ActionDraft("x", None, TODAY))) == {
        (Code.UNKNOWN_ACTION, "action")
    }
    assert codes(shop.reviews.delete_action(999)) == {(Code.UNKNOWN_ACTION, "action")}


def test_actions_are_followed_to_done(shop: Shop) -> None:
    plan_id = shop.plan()
    added = shop.reviews.add_action(plan_id, ActionDraft(HOSTILE, None, date(2026, 11, 1)))
    assert added.ok
    assert added.id is not None
    plan = shop.reviews.plan(plan_id)
    assert plan is not None
    # Due-date order: the overdue one first.
    assert [action.description for action in plan.actions] == [HOSTILE, "Anställ en mekaniker"]
    assert plan.overdue_actions == 1
    assert plan.open_actions == 2
    assert shop.reviews.set_action_status(added.id, ActionStatus.DONE).ok
    plan = shop.reviews.plan(plan_id)
    assert plan is not None
    done = plan.actions[0]
    assert (done.status, done.done_on, done.overdue) == (ActionStatus.DONE, TODAY, False)
    # Marking it done again keeps the day it was done.
    shop.now = NOW + timedelta(days=3)
    assert shop.reviews.set_action_status(added.id, "done").ok
    assert shop.reviews.plan(plan_id).actions[0].done_on == TODAY  # type: ignore[union-attr]
    assert codes(shop.reviews.set_action_status(added.id, "finished")) == {
        (Code.NOT_A_STATUS, "status")
    }
    assert codes(shop.reviews.set_action_status(added.id, 3)) == {(Code.NOT_A_STATUS, "status")}
    assert shop.reviews.set_action_status(added.id, ActionStatus.OPEN).ok
    assert shop.reviews.plan(plan_id).actions[0].done_on is None  # type: ignore[union-attr]
    assert shop.reviews.delete_action(added.id).ok
    assert len(shop.reviews.plan(plan_id).actions) == 1  # type: ignore[union-attr]


def test_a_closed_plan_is_not_changed(shop: Shop) -> None:
    plan_id = shop.plan()
    action_id = shop.reviews.plan(plan_id).actions[0].id  # type: ignore[union-attr]
    assert shop.reviews.close_plan(plan_id).ok
    draft = ActionDraft("x", None, TODAY)
    assert codes(shop.reviews.add_action(plan_id, draft)) == {(Code.PLAN_CLOSED, "plan")}
    assert codes(shop.reviews.update_action(action_id, draft)) == {(Code.PLAN_CLOSED, "plan")}
    assert codes(shop.reviews.delete_action(action_id)) == {(Code.PLAN_CLOSED, "plan")}
    # Why it was made can still be corrected.
    assert shop.reviews.update_plan(plan_id, "  Rättad orsak  ").ok
    assert shop.reviews.plan(plan_id).reason == "Rättad orsak"  # type: ignore[union-attr]


def test_a_damaged_stored_row_is_read_without_failing(shop: Shop) -> None:
    plan_id = shop.plan()
    recorded = shop.reviews.record_meeting(TODAY, "Linnéa", "", "")
    assert recorded.id is not None
    with shop.sessions.write() as session:
        session.execute(update(ImprovementAction).values(status="weird"))
        session.execute(update(ImprovementPlan).values(status="odd"))
        session.execute(update(ReviewMeeting).values(snapshot="{not json"))
    plan = shop.reviews.plan(plan_id)
    assert plan is not None
    assert plan.actions[0].status is ActionStatus.OPEN
    meeting = shop.reviews.meeting(recorded.id)
    assert meeting is not None
    assert not meeting.snapshot.readable
    assert meeting.snapshot.goals == ()
    with shop.sessions.read() as session:
        assert session.scalar(select(func.count()).select_from(ReviewMeeting)) == 1


# ---------------------------------------------------------------------------- the snapshot document


def test_a_snapshot_survives_a_round_trip(shop: Shop) -> None:
    shop.measure(10, 72.5)
    shop.plan(HOSTILE)
    snapshot = shop.reviews.agenda().figures
    again = MeetingSnapshot.from_json(snapshot.to_json())
    assert again == snapshot
    assert again.plans[0].reason == HOSTILE


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "[]",
        "42",
        '"text"',
        "{",
        '{"goals": 5}',
        '{"goals": [5, null, {"values": "x"}]}',
        '{"goals": [{"direction": "sideways", "minimum": "80", "values": [{"value": 1}]}]}',
        '{"goals": [{"values": [{"period_start": "2026-02-01", "period_end": "2026-01-01",'
        ' "value": 1}]}]}',
        '{"plans": [{"status": 3, "actions": [{"due_on": "never", "status": null}]}]}',
        "[" * 100_000,
    ],
)
def test_damaged_snapshots_are_read_as_far_as_they_go(text: str | None) -> None:
    snapshot = MeetingSnapshot.from_json(text)
    for goal in snapshot.goals:
        assert goal.values == ()
        assert goal.direction is Direction.HIGHER_IS_BETTER
        assert goal.minimum is None
    for plan in snapshot.plans:
        assert plan.status is PlanStatus.OPEN
        assert plan.actions[0].due_on is None


_json = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["goals", "plans", "values", "value", "status", "direction", "actions"])
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(document=_json)
def test_any_json_reads_without_failing(document: object) -> None:
    snapshot = MeetingSnapshot.from_json(json.dumps(document))
    # Whatever was read can be written back and read the same.
    assert MeetingSnapshot.from_json(snapshot.to_json()).goals == snapshot.goals
