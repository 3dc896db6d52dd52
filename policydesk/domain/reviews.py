"""Review meetings and improvement plans: the frozen figures of a meeting, and its agenda.

A review meeting is where the owner and staff look at the goals' figures, decide what to do and
tell the staff how they are doing. What was shown must stay as it was shown, even when a figure
is corrected later: a meeting keeps a *snapshot*, a small JSON document frozen when the meeting
is recorded. This module reads and writes that document, tolerating older or damaged ones (a
meeting whose snapshot cannot be read still shows its decisions; it shows no figures).

An improvement plan is made when a goal falls below its minimum level. Its actions have an
owner, a due date and a status; an open plan, and a plan closed since the last meeting, are on
the next meeting's agenda, so nothing promised at one meeting is forgotten by the next.

The snapshot document::

    {"version": 1, "taken_on": "2026-03-10",
     "goals": [{"goal_id": 1, "title": "...", "unit": "%", "direction": "higher",
                "minimum": 80.0, "target": 90.0,
                "values": [{"period_start": "2026-01-01", "period_end": "2026-01-31",
                            "value": 84.5}, ...]}],
     "plans": [{"plan_id": 1, "goal_id": 3, "goal_title": "...", "reason": "...",
                "status": "open", "actions": [{"description": "...", "owner": "Anna",
                "due_on": "2026-04-01", "status": "open"}]}]}

``version``, ``taken_on`` and ``plans`` may be missing (files from before they were written).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final, TypeVar

from policydesk.domain.goal_followup import GoalStanding, Period, standing
from policydesk.domain.goals import ActionStatus, Direction, PlanStatus

SNAPSHOT_VERSION: Final = 1
# A meeting shows about a year of figures per goal: more would not fit on the review pack and
# keeps the stored document small even for a weekly goal measured for decades.
SNAPSHOT_VALUES: Final = 24


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """An improvement action as typed: what, who, by when, and how far it has come."""

    description: str
    owner_id: int | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True, slots=True)
class SnapshotValue:
    """One measured value as it was shown at the meeting."""

    period: Period
    value: float


@dataclass(frozen=True, slots=True)
class SnapshotGoal:
    """A goal with its levels and figures as they stood at the meeting."""

    goal_id: int | None
    title: str
    unit: str
    direction: Direction
    minimum: float | None
    target: float | None
    values: tuple[SnapshotValue, ...]

    @property
    def latest(self) -> SnapshotValue | None:
        """The latest value shown (None when the goal had none)."""
        return self.values[-1] if self.values else None

    @property
    def standing(self) -> GoalStanding:
        """How the latest value stood against the levels at the meeting."""
        latest = self.latest
        value = latest.value if latest else None
        try:
            return standing(value, self.minimum, self.target, self.direction)
        except ValueError:  # levels stored out of order: judge by the minimum alone
            return standing(value, self.minimum, None, self.direction)


@dataclass(frozen=True, slots=True)
class SnapshotAction:
    """An improvement action as it stood at the meeting."""

    description: str
    owner: str
    due_on: date | None
    status: ActionStatus


@dataclass(frozen=True, slots=True)
class SnapshotPlan:
    """An improvement plan as it stood at the meeting."""

    plan_id: int | None
    goal_id: int | None
    goal_title: str
    reason: str
    status: PlanStatus
    actions: tuple[SnapshotAction, ...]


@dataclass(frozen=True, slots=True)
class MeetingSnapshot:
    """The figures and plans shown at a meeting, frozen.

    Attributes:
        taken_on: the day the snapshot was taken (None in older files).
        goals: every goal shown, in the policy's order.
        plans: the improvement plans on the agenda.
        readable: False when the stored document could not be read (nothing is shown then).
    """

    taken_on: date | None
    goals: tuple[SnapshotGoal, ...]
    plans: tuple[SnapshotPlan, ...] = ()
    readable: bool = True

    def to_json(self) -> str:
        """The document stored with the meeting."""
        document = {
            "version": SNAPSHOT_VERSION,
            "taken_on": self.taken_on.isoformat() if self.taken_on else None,
            "goals": [
                {
                    "goal_id": goal.goal_id,
                    "title": goal.title,
                    "unit": goal.unit,
                    "direction": goal.direction.value,
                    "minimum": goal.minimum,
                    "target": goal.target,
                    "values": [
                        {
                            "period_start": value.period.start.isoformat(),
                            "period_end": value.period.end.isoformat(),
                            "value": value.value,
                        }
                        for value in goal.values
                    ],
                }
                for goal in self.goals
            ],
            "plans": [
                {
                    "plan_id": plan.plan_id,
                    "goal_id": plan.goal_id,
                    "goal_title": plan.goal_title,
                    "reason": plan.reason,
                    "status": plan.status.value,
                    "actions": [
                        {
                            "description": action.description,
                            "owner": action.owner,
                            "due_on": action.due_on.isoformat() if action.due_on else None,
                            "status": action.status.value,
                        }
                        for action in plan.actions
                    ],
                }
                for plan in self.plans
            ],
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, text: str | None) -> MeetingSnapshot:
        """Read a stored document; a missing or damaged one gives an unreadable empty snapshot.

        Entries that cannot be read are left out one by one, so one bad value does not hide
        the rest of what the meeting saw.
        """
        if not text:
            return cls(None, (), (), readable=False)
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            return cls(None, (), (), readable=False)
        if not isinstance(document, Mapping):
            return cls(None, (), (), readable=False)
        goals = tuple(
            goal for goal in map(_read_goal, _list(document.get("goals"))) if goal is not None
        )
        plans = tuple(
            plan for plan in map(_read_plan, _list(document.get("plans"))) if plan is not None
        )
        return cls(_date(document.get("taken_on")), goals, plans)


_E = TypeVar("_E", bound=StrEnum)


def _choice(kind: type[_E], value: object, default: _E) -> _E:
    if not isinstance(value, str):
        return default
    try:
        return kind(value)
    except ValueError:
        return default


def _list(value: object) -> Sequence[object]:
    return value if isinstance(value, list) else ()


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _read_value(entry: object) -> SnapshotValue | None:
    if not isinstance(entry, Mapping):
        return None
    start, end = _date(entry.get("period_start")), _date(entry.get("period_end"))
    value = _number(entry.get("value"))
    if start is None or end is None or value is None or end < start:
        return None
    return SnapshotValue(Period(start, end), value)


def _read_goal(entry: object) -> SnapshotGoal | None:
    if not isinstance(entry, Mapping):
        return None
    direction = _choice(Direction, entry.get("direction"), Direction.HIGHER_IS_BETTER)
    values = tuple(value for value in map(_read_value, _list(entry.get("values"))) if value)
    return SnapshotGoal(
        goal_id=_int(entry.get("goal_id")),
        title=_text(entry.get("title")),
        unit=_text(entry.get("unit")),
        direction=direction,
        minimum=_number(entry.get("minimum")),
        target=_number(entry.get("target")),
        values=values,
    )


def _read_action(entry: object) -> SnapshotAction | None:
    if not isinstance(entry, Mapping):
        return None
    status = _choice(ActionStatus, entry.get("status"), ActionStatus.OPEN)
    return SnapshotAction(
        _text(entry.get("description")),
        _text(entry.get("owner")),
        _date(entry.get("due_on")),
        status,
    )


def _read_plan(entry: object) -> SnapshotPlan | None:
    if not isinstance(entry, Mapping):
        return None
    status = _choice(PlanStatus, entry.get("status"), PlanStatus.OPEN)
    actions = tuple(action for action in map(_read_action, _list(entry.get("actions"))) if action)
    return SnapshotPlan(
        plan_id=_int(entry.get("plan_id")),
        goal_id=_int(entry.get("goal_id")),
        goal_title=_text(entry.get("goal_title")),
        reason=_text(entry.get("reason")),
        status=status,
        actions=actions,
    )


def action_overdue(due_on: date | None, status: ActionStatus, today: date) -> bool:
    """Whether an action still open is past its due date."""
    return status is ActionStatus.OPEN and due_on is not None and due_on < today
