"""Review meetings and improvement plans: recording them, and the next meeting's agenda.

Every call is one unit of work in its own session and returns frozen values; changes return an
:class:`Outcome` with ``Changes(goals=True)``. Nothing is written when a change has problems.

The rules, in plain words:

- A meeting is recorded after it was held (not in the future). When it is recorded, the goals'
  figures up to that day and the plans on its agenda are frozen with it
  (:class:`~policydesk.domain.reviews.MeetingSnapshot`); correcting a figure later does not
  change what the meeting saw. Its date, attendees, decisions and feedback stay editable.
- A goal has at most one open improvement plan; more actions go into that plan.
- An open action needs a due date: an action without one is how promises get forgotten.
- The agenda of the next meeting holds every open plan, the plans closed since the last
  meeting, the goals below their minimum without a plan, and the figures not yet entered.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from policydesk.domain.changes import Changes
from policydesk.domain.goal_followup import Period
from policydesk.domain.goals import ActionStatus, Direction, PlanStatus
from policydesk.domain.problems import Outcome as ChangeOutcome
from policydesk.domain.problems import Problem
from policydesk.domain.reviews import (
    SNAPSHOT_VALUES,
    ActionDraft,
    MeetingSnapshot,
    SnapshotAction,
    SnapshotGoal,
    SnapshotPlan,
    SnapshotValue,
    action_overdue,
)
from policydesk.services.goals import GoalsService, MeasurementsDue, PlanRequired
from policydesk.services.office_hours import OfficeHoursService
from policydesk.storage.engine import Sessions
from policydesk.storage.schema import (
    Goal,
    ImprovementAction,
    ImprovementPlan,
    Measurement,
    ReviewMeeting,
    Staff,
)

Clock = Callable[[], datetime]
MAX_SHORT: Final = 2000  # attendees, an action
MAX_LONG: Final = 20_000  # decisions, feedback, a plan's reason
EARLIEST: Final = date(1990, 1, 1)
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHANGED: Final = Changes(goals=True)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ReviewProblemCode(StrEnum):
    """What stops a change to meetings or plans; the user interface words each one."""

    UNKNOWN_MEETING = "unknown_meeting"
    UNKNOWN_PLAN = "unknown_plan"
    UNKNOWN_ACTION = "unknown_action"
    UNKNOWN_GOAL = "unknown_goal"
    UNKNOWN_STAFF = "unknown_staff"
    NOT_A_DATE = "not_a_date"
    DATE_IN_FUTURE = "date_in_future"  # params: today
    DATE_TOO_EARLY = "date_too_early"  # params: earliest
    REQUIRED = "required"
    NOT_TEXT = "not_text"
    TOO_LONG = "too_long"  # params: max, length
    CONTROL_CHARACTERS = "control_characters"
    NOT_A_STATUS = "not_a_status"
    DUE_DATE_REQUIRED = "due_date_required"  # an open action without a due date
    PLAN_ALREADY_OPEN = "plan_already_open"  # params: plan (the open plan's id)
    PLAN_CLOSED = "plan_closed"  # actions of a closed plan are not changed; reopen it first


# Fields: ``meeting``, ``held_on``, ``attendees``, ``decisions``, ``staff_feedback``, ``plan``,
# ``goal``, ``reason``, ``action``, ``description``, ``owner``, ``due_on``, ``status``.
ReviewProblem = Problem[ReviewProblemCode]
Outcome = ChangeOutcome[ReviewProblem]


@dataclass(frozen=True, slots=True)
class ActionInfo:
    """An improvement action as stored, with whether it is overdue today."""

    id: int
    plan_id: int
    description: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """An improvement plan with its actions (in due-date order, undated last)."""

    id: int
    goal_id: int
    goal_title: str
    meeting_id: int | None
    meeting_held_on: date | None
    reason: str
    status: PlanStatus
    created_on: date
    closed_on: date | None
    actions: tuple[ActionInfo, ...]

    @property
    def open_actions(self) -> int:
        """How many actions are still open."""
        return sum(action.status is ActionStatus.OPEN for action in self.actions)

    @property
    def overdue_actions(self) -> int:
        """How many open actions are past their due date."""
        return sum(action.overdue for action in self.actions)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A meeting as the list of meetings shows it."""

    id: int
    held_on: date
    attendees: str
    decisions: str
    plans_raised: int


@dataclass(frozen=True, slots=True)
class MeetingInfo:
    """A recorded meeting with what it saw and the plans made at it."""

    id: int
    held_on: date
    attendees: str
    decisions: str
    staff_feedback: str
    snapshot: MeetingSnapshot
    plans_raised: tuple[PlanInfo, ...]


@dataclass(frozen=True, slots=True)
class Agenda:
    """What the next review meeting should go through.

    Attributes:
        today: the day the agenda was drawn up.
        last_meeting: the day of the latest meeting held (None before the first).
        figures: the goals' figures as they stand today (what the meeting will see).
        plans: every open plan, then the plans closed since the last meeting.
        plans_required: goals below their minimum without an open plan.
        measurements_due: figures not yet entered.
    """

    today: date
    last_meeting: date | None
    figures: MeetingSnapshot
    plans: tuple[PlanInfo, ...]
    plans_required: tuple[PlanRequired, ...]
    measurements_due: tuple[MeasurementsDue, ...]


class ReviewService:
    """Review meetings and improvement plans of one open file.

    Args:
        sessions: the file's sessions.
        goals: the goals service of the same file (standings, what is due, today's date).
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, goals: GoalsService, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._goals = goals
        self._clock = clock
        self._office_hours = OfficeHoursService(sessions, clock)

    def today(self) -> date:
        """Today's date in the business's time zone."""
        return self._goals.today()

    def _zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self._office_hours.timezone())

    # ------------------------------------------------------------------ reading

    def meetings(self) -> list[MeetingSummary]:
        """Every meeting held, the latest first."""
        raised = (
            select(ImprovementPlan.meeting_id, func.count().label("plans"))
            .group_by(ImprovementPlan.meeting_id)
            .subquery()
        )
        with self._sessions.read() as session:
            rows = session.execute(
                select(ReviewMeeting, func.coalesce(raised.c.plans, 0))
                .outerjoin(raised, raised.c.meeting_id == ReviewMeeting.id)
                .order_by(ReviewMeeting.held_on.desc(), ReviewMeeting.id.desc())
            ).all()
            return [
                MeetingSummary(row.id, row.held_on, row.attendees, row.decisions, int(count))
                for row, count in rows
            ]

    def meeting(self, meeting_id: int) -> MeetingInfo | None:
        """A meeting with its frozen figures, or None when there is no such meeting."""
        today = self.today()
        zone = self._zone()
        with self._sessions.read() as session:
            row = session.get(ReviewMeeting, meeting_id)
            if row is None:
                return None
            plans = _plans(session, zone, today, ImprovementPlan.meeting_id == meeting_id)
            return MeetingInfo(
                id=row.id,
                held_on=row.held_on,
                attendees=row.attendees,
                decisions=row.decisions,
                staff_feedback=row.staff_feedback,
                snapshot=MeetingSnapshot.from_json(row.snapshot),
                plans_raised=tuple(plans),
            )

    def plans(self, *, include_closed: bool = True) -> list[PlanInfo]:
        """Improvement plans: open ones first (oldest first), then closed (latest first)."""
        today = self.today()
        zone = self._zone()
        with self._sessions.read() as session:
            condition = None if include_closed else ImprovementPlan.status == PlanStatus.OPEN
            return _plans(session, zone, today, condition)

    def plan(self, plan_id: int) -> PlanInfo | None:
        """One improvement plan, or None when there is no such plan."""
        today = self.today()
        zone = self._zone()
        with self._sessions.read() as session:
            found = _plans(session, zone, today, ImprovementPlan.id == plan_id)
            return found[0] if found else None

    def agenda(self, today: date | None = None) -> Agenda:
        """What the next meeting should go through, as things stand ``today``."""
        today = self.today() if today is None else today
        due = self._goals.due_items(today)
        zone = self._zone()
        with self._sessions.read() as session:
            last = session.scalar(
                select(func.max(ReviewMeeting.held_on)).where(ReviewMeeting.held_on <= today)
            )
            plans = _agenda_plans(session, zone, today, last)
            figures = _snapshot(session, today, plans)
        return Agenda(today, last, figures, tuple(plans), due.plans, due.measurements)

    # ------------------------------------------------------------------ meetings

    def record_meeting(
        self, held_on: object, attendees: object, decisions: object, staff_feedback: object
    ) -> Outcome:
        """Record a meeting held on ``held_on``; its figures and agenda plans are frozen now.

        The outcome's ``id`` is the meeting's.
        """
        today = self.today()
        problems = _meeting_problems(held_on, attendees, decisions, staff_feedback, today)
        if problems:
            return Outcome(tuple(problems))
        assert isinstance(held_on, date)
        zone = self._zone()
        with self._sessions.write() as session:
            previous = session.scalar(
                select(func.max(ReviewMeeting.held_on)).where(ReviewMeeting.held_on < held_on)
            )
            plans = _agenda_plans(session, zone, today, previous, until=held_on)
            row = ReviewMeeting(
                held_on=held_on,
                attendees=str(attendees).strip(),
                decisions=str(decisions).strip(),
                staff_feedback=str(staff_feedback).strip(),
                snapshot=_snapshot(session, held_on, plans).to_json(),
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            meeting_id = row.id
        return Outcome(changes=_CHANGED, id=meeting_id)

    def update_meeting(
        self,
        meeting_id: int,
        held_on: object,
        attendees: object,
        decisions: object,
        staff_feedback: object,
    ) -> Outcome:
        """Correct a meeting's date and texts; the figures it saw stay as they were frozen."""
        today = self.today()
        problems = _meeting_problems(held_on, attendees, decisions, staff_feedback, today)
        with self._sessions.write() as session:
            row = session.get(ReviewMeeting, meeting_id)
            if row is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_MEETING, "meeting"),))
            if problems:
                return Outcome(tuple(problems))
            assert isinstance(held_on, date)
            row.held_on = held_on
            row.attendees = str(attendees).strip()
            row.decisions = str(decisions).strip()
            row.staff_feedback = str(staff_feedback).strip()
        return Outcome(changes=_CHANGED, id=meeting_id)

    def delete_meeting(self, meeting_id: int) -> Outcome:
        """Remove a meeting; plans made at it stay, no longer linked to a meeting."""
        with self._sessions.write() as session:
            row = session.get(ReviewMeeting, meeting_id)
            if row is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_MEETING, "meeting"),))
            for plan in session.scalars(
                select(ImprovementPlan).where(ImprovementPlan.meeting_id == meeting_id)
            ):
                plan.meeting_id = None  # the foreign key would too, but not with it switched off
            session.delete(row)
        return Outcome(changes=_CHANGED)

    # ------------------------------------------------------------------ plans

    def create_plan(
        self,
        goal_id: int,
        reason: object,
        *,
        meeting_id: int | None = None,
        actions: Sequence[ActionDraft] = (),
    ) -> Outcome:
        """Make an improvement plan for a goal, with its first actions, all or nothing.

        The outcome's ``id`` is the plan's. Problems of the n-th action have the field
        ``action.<n>.<field>`` (n from 0).
        """
        problems = _text_problems(reason, "reason", MAX_LONG, required=True)
        today = self.today()
        with self._sessions.write() as session:
            if session.get(Goal, goal_id) is None:
                problems.append(ReviewProblem(ReviewProblemCode.UNKNOWN_GOAL, "goal"))
            if meeting_id is not None and session.get(ReviewMeeting, meeting_id) is None:
                problems.append(ReviewProblem(ReviewProblemCode.UNKNOWN_MEETING, "meeting"))
            open_plan = session.scalar(
                select(ImprovementPlan.id).where(
                    ImprovementPlan.goal_id == goal_id,
                    ImprovementPlan.status == PlanStatus.OPEN.value,
                )
            )
            if open_plan is not None:
                problems.append(
                    ReviewProblem(
                        ReviewProblemCode.PLAN_ALREADY_OPEN, "goal", (("plan", open_plan),)
                    )
                )
            for index, draft in enumerate(actions):
                problems += _action_problems(session, draft, prefix=f"action.{index}.")
            if problems:
                return Outcome(tuple(problems))
            assert isinstance(reason, str)
            plan = ImprovementPlan(
                goal_id=goal_id,
                meeting_id=meeting_id,
                reason=reason.strip(),
                status=PlanStatus.OPEN.value,
                created_at=self._clock(),
            )
            session.add(plan)
            session.flush()
            for draft in actions:
                session.add(_new_action(plan.id, draft, today))
            plan_id = plan.id
        return Outcome(changes=_CHANGED, id=plan_id)

    def update_plan(self, plan_id: int, reason: object) -> Outcome:
        """Change why a plan was made."""
        problems = _text_problems(reason, "reason", MAX_LONG, required=True)
        with self._sessions.write() as session:
            plan = session.get(ImprovementPlan, plan_id)
            if plan is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_PLAN, "plan"),))
            if problems:
                return Outcome(tuple(problems))
            assert isinstance(reason, str)
            plan.reason = reason.strip()
        return Outcome(changes=_CHANGED, id=plan_id)

    def close_plan(self, plan_id: int) -> Outcome:
        """Close a plan: its goal is back above the minimum, or the plan was replaced.

        Actions still open stay as they are, so the plan shows what was never done.
        """
        return self._set_plan_status(plan_id, PlanStatus.CLOSED)

    def reopen_plan(self, plan_id: int) -> Outcome:
        """Open a closed plan again (refused when its goal has another open plan)."""
        return self._set_plan_status(plan_id, PlanStatus.OPEN)

    def _set_plan_status(self, plan_id: int, status: PlanStatus) -> Outcome:
        with self._sessions.write() as session:
            plan = session.get(ImprovementPlan, plan_id)
            if plan is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_PLAN, "plan"),))
            if status is PlanStatus.OPEN and plan.status != PlanStatus.OPEN.value:
                other = session.scalar(
                    select(ImprovementPlan.id).where(
                        ImprovementPlan.goal_id == plan.goal_id,
                        ImprovementPlan.status == PlanStatus.OPEN.value,
                        ImprovementPlan.id != plan_id,
                    )
                )
                if other is not None:
                    return Outcome(
                        (
                            ReviewProblem(
                                ReviewProblemCode.PLAN_ALREADY_OPEN, "plan", (("plan", other),)
                            ),
                        )
                    )
            plan.status = status.value
            plan.closed_at = self._clock() if status is PlanStatus.CLOSED else None
        return Outcome(changes=_CHANGED, id=plan_id)

    # ------------------------------------------------------------------ actions

    def add_action(self, plan_id: int, draft: ActionDraft) -> Outcome:
        """Add an action to an open plan; the outcome's ``id`` is the action's."""
        with self._sessions.write() as session:
            plan = session.get(ImprovementPlan, plan_id)
            if plan is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_PLAN, "plan"),))
            if plan.status != PlanStatus.OPEN.value:
                return Outcome((ReviewProblem(ReviewProblemCode.PLAN_CLOSED, "plan"),))
            problems = _action_problems(session, draft)
            if problems:
                return Outcome(tuple(problems))
            row = _new_action(plan_id, draft, self.today())
            session.add(row)
            session.flush()
            action_id = row.id
        return Outcome(changes=_CHANGED, id=action_id)

    def update_action(self, action_id: int, draft: ActionDraft) -> Outcome:
        """Change an action: what, who, by when, and its status.

        Marking it done records today as the day it was done (kept when it already was done).
        """
        today = self.today()
        with self._sessions.write() as session:
            row = session.get(ImprovementAction, action_id)
            if row is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_ACTION, "action"),))
            plan = session.get(ImprovementPlan, row.plan_id)
            if plan is None or plan.status != PlanStatus.OPEN.value:
                return Outcome((ReviewProblem(ReviewProblemCode.PLAN_CLOSED, "plan"),))
            problems = _action_problems(session, draft)
            if problems:
                return Outcome(tuple(problems))
            status = ActionStatus(draft.status)
            row.description = draft.description.strip()
            row.owner_id = draft.owner_id
            row.due_on = draft.due_on
            if status is ActionStatus.DONE and row.status != ActionStatus.DONE.value:
                row.done_on = today
            elif status is not ActionStatus.DONE:
                row.done_on = None
            row.status = status.value
        return Outcome(changes=_CHANGED, id=action_id)

    def set_action_status(self, action_id: int, status: object) -> Outcome:
        """Mark an action done, dropped or open again."""
        with self._sessions.read() as session:
            row = session.get(ImprovementAction, action_id)
            if row is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_ACTION, "action"),))
            draft = ActionDraft(row.description, row.owner_id, row.due_on)
        try:
            chosen = ActionStatus(status) if isinstance(status, str) else None
        except ValueError:
            chosen = None
        if chosen is None:
            return Outcome((ReviewProblem(ReviewProblemCode.NOT_A_STATUS, "status"),))
        return self.update_action(
            action_id, ActionDraft(draft.description, draft.owner_id, draft.due_on, chosen)
        )

    def delete_action(self, action_id: int) -> Outcome:
        """Remove an action typed by mistake (a dropped action is better kept as dropped)."""
        with self._sessions.write() as session:
            row = session.get(ImprovementAction, action_id)
            if row is None:
                return Outcome((ReviewProblem(ReviewProblemCode.UNKNOWN_ACTION, "action"),))
            plan = session.get(ImprovementPlan, row.plan_id)
            if plan is None or plan.status != PlanStatus.OPEN.value:
                return Outcome((ReviewProblem(ReviewProblemCode.PLAN_CLOSED, "plan"),))
            session.delete(row)
        return Outcome(changes=_CHANGED)


# ---------------------------------------------------------------------------- helpers


def _local_day(instant: datetime, zone: zoneinfo.ZoneInfo) -> date:
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(zone).date()


def _plans(
    session: Session, zone: zoneinfo.ZoneInfo, today: date, condition: object = None
) -> list[PlanInfo]:
    query = (
        select(ImprovementPlan, Goal.title, ReviewMeeting.held_on)
        .join(Goal, Goal.id == ImprovementPlan.goal_id)
        .outerjoin(ReviewMeeting, ReviewMeeting.id == ImprovementPlan.meeting_id)
    )
    if condition is not None:
        query = query.where(condition)  # type: ignore[arg-type]
    rows = session.execute(query).all()
    ids = [plan.id for plan, _, _ in rows]
    actions: dict[int, list[ActionInfo]] = {plan_id: [] for plan_id in ids}
    if ids:
        found = session.execute(
            select(ImprovementAction, Staff.name)
            .outerjoin(Staff, Staff.id == ImprovementAction.owner_id)
            .where(ImprovementAction.plan_id.in_(ids))
            .order_by(
                ImprovementAction.due_on.is_(None),
                ImprovementAction.due_on,
                ImprovementAction.id,
            )
        )
        for action, owner in found:
            status = _action_status(action.status)
            actions[action.plan_id].append(
                ActionInfo(
                    id=action.id,
                    plan_id=action.plan_id,
                    description=action.description,
                    owner_id=action.owner_id,
                    owner_name=owner or "",
                    due_on=action.due_on,
                    status=status,
                    done_on=action.done_on,
                    overdue=action_overdue(action.due_on, status, today),
                )
            )
    plans = [
        PlanInfo(
            id=plan.id,
            goal_id=plan.goal_id,
            goal_title=title,
            meeting_id=plan.meeting_id,
            meeting_held_on=held_on,
            reason=plan.reason,
            status=PlanStatus.CLOSED if plan.status == PlanStatus.CLOSED.value else PlanStatus.OPEN,
            created_on=_local_day(plan.created_at, zone),
            closed_on=_local_day(plan.closed_at, zone) if plan.closed_at else None,
            actions=tuple(actions[plan.id]),
        )
        for plan, title, held_on in rows
    ]
    open_plans = sorted(
        (plan for plan in plans if plan.status is PlanStatus.OPEN),
        key=lambda plan: (plan.created_on, plan.id),
    )
    closed = sorted(
        (plan for plan in plans if plan.status is PlanStatus.CLOSED),
        key=lambda plan: (plan.closed_on or date.min, plan.id),
        reverse=True,
    )
    return open_plans + closed


def _agenda_plans(
    session: Session,
    zone: zoneinfo.ZoneInfo,
    today: date,
    last_meeting: date | None,
    *,
    until: date | None = None,
) -> list[PlanInfo]:
    """Open plans, and plans closed after the last meeting (made up to ``until``)."""
    plans = [
        plan
        for plan in _plans(session, zone, today)
        if plan.status is PlanStatus.OPEN
        or last_meeting is None
        or (plan.closed_on is not None and plan.closed_on > last_meeting)
    ]
    if until is not None:
        plans = [plan for plan in plans if plan.created_on <= until]
    return plans


def _snapshot(session: Session, day: date, plans: Sequence[PlanInfo]) -> MeetingSnapshot:
    """The goals' figures up to ``day`` and the given plans, as a meeting sees them."""
    goals = session.scalars(
        select(Goal).where(Goal.retired_at.is_(None)).order_by(Goal.position, Goal.id)
    ).all()
    values: dict[int, list[SnapshotValue]] = {goal.id: [] for goal in goals}
    if goals:
        rows = session.execute(
            select(
                Measurement.goal_id,
                Measurement.period_start,
                Measurement.period_end,
                Measurement.value,
            )
            .where(Measurement.goal_id.in_(list(values)), Measurement.period_end <= day)
            .order_by(Measurement.goal_id, Measurement.period_end, Measurement.period_start)
        )
        for goal_id, start, end, value in rows:
            values[goal_id].append(SnapshotValue(Period(start, end), float(value)))
    return MeetingSnapshot(
        taken_on=day,
        goals=tuple(
            SnapshotGoal(
                goal_id=goal.id,
                title=goal.title,
                unit=goal.unit,
                direction=_direction(goal.direction),
                minimum=goal.minimum_value,
                target=goal.target_value,
                values=tuple(values[goal.id][-SNAPSHOT_VALUES:]),
            )
            for goal in goals
        ),
        plans=tuple(
            SnapshotPlan(
                plan_id=plan.id,
                goal_id=plan.goal_id,
                goal_title=plan.goal_title,
                reason=plan.reason,
                status=plan.status,
                actions=tuple(
                    SnapshotAction(
                        action.description, action.owner_name, action.due_on, action.status
                    )
                    for action in plan.actions
                ),
            )
            for plan in plans
        ),
    )


def _direction(value: str) -> Direction:
    try:
        return Direction(value)
    except ValueError:
        return Direction.HIGHER_IS_BETTER


def _action_status(value: str) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        return ActionStatus.OPEN


def _new_action(plan_id: int, draft: ActionDraft, today: date) -> ImprovementAction:
    status = ActionStatus(draft.status)
    return ImprovementAction(
        plan_id=plan_id,
        description=draft.description.strip(),
        owner_id=draft.owner_id,
        due_on=draft.due_on,
        status=status.value,
        done_on=today if status is ActionStatus.DONE else None,
    )


def _text_problems(
    text: object, field_name: str, limit: int, *, required: bool = False
) -> list[ReviewProblem]:
    if not isinstance(text, str):
        return [ReviewProblem(ReviewProblemCode.NOT_TEXT, field_name)]
    if required and not text.strip():
        return [ReviewProblem(ReviewProblemCode.REQUIRED, field_name)]
    if len(text) > limit:
        return [
            ReviewProblem(
                ReviewProblemCode.TOO_LONG, field_name, (("max", limit), ("length", len(text)))
            )
        ]
    # Line breaks and tabs are fine in these texts; other control characters are not.
    if _CONTROL.search(text):
        return [ReviewProblem(ReviewProblemCode.CONTROL_CHARACTERS, field_name)]
    return []


def _date_problems(value: object, field_name: str, today: date | None) -> list[ReviewProblem]:
    if isinstance(value, datetime) or not isinstance(value, date):
        return [ReviewProblem(ReviewProblemCode.NOT_A_DATE, field_name)]
    if value < EARLIEST:
        return [
            ReviewProblem(
                ReviewProblemCode.DATE_TOO_EARLY, field_name, (("earliest", EARLIEST.isoformat()),)
            )
        ]
    if today is not None and value > today:
        return [
            ReviewProblem(
                ReviewProblemCode.DATE_IN_FUTURE, field_name, (("today", today.isoformat()),)
            )
        ]
    return []


def _meeting_problems(
    held_on: object, attendees: object, decisions: object, feedback: object, today: date
) -> list[ReviewProblem]:
    problems = _date_problems(held_on, "held_on", today)
    problems += _text_problems(attendees, "attendees", MAX_SHORT, required=True)
    problems += _text_problems(decisions, "decisions", MAX_LONG)
    problems += _text_problems(feedback, "staff_feedback", MAX_LONG)
    return problems


def _action_problems(session: Session, draft: object, *, prefix: str = "") -> list[ReviewProblem]:
    if not isinstance(draft, ActionDraft):
        return [ReviewProblem(ReviewProblemCode.NOT_TEXT, f"{prefix}description")]
    problems = _text_problems(draft.description, f"{prefix}description", MAX_SHORT, required=True)
    try:
        status = ActionStatus(draft.status)
    except ValueError:
        problems.append(ReviewProblem(ReviewProblemCode.NOT_A_STATUS, f"{prefix}status"))
        status = ActionStatus.OPEN
    if draft.due_on is None:
        if status is ActionStatus.OPEN:
            problems.append(ReviewProblem(ReviewProblemCode.DUE_DATE_REQUIRED, f"{prefix}due_on"))
    else:
        # A due date may lie in the future (it usually does); it must still be a date.
        problems += _date_problems(draft.due_on, f"{prefix}due_on", None)
    owner: object = draft.owner_id  # typed as an int, but scripts may pass anything
    if owner is not None and (
        isinstance(owner, bool) or not isinstance(owner, int) or session.get(Staff, owner) is None
    ):
        problems.append(ReviewProblem(ReviewProblemCode.UNKNOWN_STAFF, f"{prefix}owner"))
    return problems
