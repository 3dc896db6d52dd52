"""Goals and their follow-up: measurements, standings, computed figures and what is due.

Every call is one unit of work in its own session and returns frozen values; changes return an
:class:`Outcome` with ``Changes(goals=True)``. Nothing is written when a change has problems.

Figures the complaint log holds are computed here (:meth:`GoalsService.complaint_figures`) with
SQL aggregates and the service clock's period figures, never by loading complaints as objects,
so a log of a million complaints stays quick. The templates they fit:

- ``COMPLAINTS_RESOLVED_WITHIN``: the share of complaints resolved within the service target
  (Settings → Service targets), of those whose outcome is decided, received in the period;
- ``FOLLOWUP_SATISFIED``: of the follow-ups made in the period that reached the customer, the
  share where the customer was satisfied;
- ``BOUGHT_AGAIN``: of the complainants received in the period for whom it was recorded, the
  share who bought again.

Phone, e-mail, return rate, availability and the owner's own goals are entered by hand (or
imported); :meth:`GoalsService.computed_value` gives None for them. Shares are in percent.

A goal marked "measure first" collects values for its baseline period (``baseline_months``
from ``baseline_from``, or from the day the goal was made); a goal whose baseline was measured
elsewhere may name the period with ``baseline_from`` and ``baseline_to``. The values whose
periods overlap the baseline period are the baseline: :meth:`GoalsService.proposed_levels`
proposes a minimum and a target from them (:func:`propose_levels`), and
:meth:`GoalsService.set_levels` stores the levels the owner accepts or edits.
"""

from __future__ import annotations

import re
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Final, TypeVar

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import FollowUpOutcome
from policydesk.domain.goal_followup import (
    MAX_BASELINE_MONTHS,
    BaselineProgress,
    GoalStanding,
    Period,
    ProposedLevels,
    baseline_end,
    baseline_progress,
    due_periods,
    is_count,
    is_percent,
    next_measurement_due,
    period_of,
    propose_levels,
    read_number,
    standing,
)
from policydesk.domain.goals import (
    Cadence,
    Direction,
    GoalTemplate,
    MeasurementSource,
    PlanStatus,
)
from policydesk.domain.problems import Outcome as ChangeOutcome
from policydesk.domain.problems import Problem
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.service_clock import ServiceClockService
from policydesk.storage.engine import Sessions
from policydesk.storage.schema import (
    Complaint,
    ComplaintCategory,
    Goal,
    ImprovementPlan,
    Measurement,
    Staff,
)

Clock = Callable[[], datetime]
MAX_NOTE: Final = 2000
MAX_VALUE: Final = 10**9  # no figure a small business follows up comes near this
_DIGITS_ONLY: Final = re.compile(r"[+-]?[0-9]+")
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHANGED: Final = Changes(goals=True)
COMPUTED_TEMPLATES: Final = frozenset(
    {
        GoalTemplate.COMPLAINTS_RESOLVED_WITHIN,
        GoalTemplate.FOLLOWUP_SATISFIED,
        GoalTemplate.BOUGHT_AGAIN,
    }
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class GoalProblemCode(StrEnum):
    """What stops a change to a goal's measurements; the user interface words each one."""

    UNKNOWN_GOAL = "unknown_goal"
    UNKNOWN_MEASUREMENT = "unknown_measurement"
    UNKNOWN_STAFF = "unknown_staff"
    NOT_A_NUMBER = "not_a_number"  # params: value (as typed, shortened)
    TOO_BIG = "too_big"  # params: max
    PERCENT_RANGE = "percent_range"  # a "%" figure outside 0–100
    NEGATIVE_COUNT = "negative_count"
    NOT_A_DATE = "not_a_date"
    PERIOD_ORDER = "period_order"  # the period ends before it starts
    PERIOD_IN_FUTURE = "period_in_future"  # params: today
    PERIOD_TAKEN = "period_taken"  # the period already has a value (replace it, or not)
    PERIOD_OVERLAPS = "period_overlaps"  # params: start, end (of the value already there)
    TOO_LONG = "too_long"  # params: max, length
    CONTROL_CHARACTERS = "control_characters"
    NOT_COMPUTABLE = "not_computable"  # the goal's figure is entered by hand
    NOTHING_TO_COMPUTE = "nothing_to_compute"  # no complaints in the period to count
    # The target is worse than the minimum for the goal's direction; params: direction.
    TARGET_WORSE_THAN_MINIMUM = "target_worse_than_minimum"
    NO_BASELINE_PERIOD = "no_baseline_period"  # a baseline value for a goal without one


# Fields: ``goal``, ``value``, ``period_start``, ``period_end``, ``source_note``, ``note``,
# ``by``, ``measurement``; and for levels ``minimum``, ``target``, ``baseline``.
GoalProblem = Problem[GoalProblemCode]
Outcome = ChangeOutcome[GoalProblem]


@dataclass(frozen=True, slots=True)
class MeasurementInfo:
    """A measured value of a goal for a period."""

    id: int
    goal_id: int
    period: Period
    value: float
    source: MeasurementSource
    source_note: str
    note: str
    recorded_at: datetime
    recorded_by_id: int | None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One point of a goal's trend chart."""

    period_end: date
    value: float


@dataclass(frozen=True, slots=True)
class GoalOverview:
    """A goal as the Goals & follow-up page lists it.

    Attributes:
        latest_value: the value of the latest measured period (None before any).
        latest_period: that period.
        standing: how the latest value stands against the minimum and the target.
        series: every measured value, oldest first (the trend chart).
        next_due: the first period without a value after the latest measured one (or the
            goal's first period); its value is due from ``next_due.due_on``.
        baseline_progress: for a "measure first" goal, how far the baseline period has come.
        has_open_plan: whether an improvement plan for the goal is open.
        plan_required: below the minimum and no open plan: one must be made.
        baseline_period: the baseline period ("measure first", or the one the policy names),
            None when the goal has none.
        proposed_levels: a minimum and a target proposed from the values measured in the
            baseline period; None without a baseline period or values in it.
    """

    id: int
    title: str
    template: GoalTemplate
    unit: str
    direction: Direction
    minimum: float | None
    target: float | None
    baseline: float | None
    owner_id: int | None
    owner_name: str
    cadence: Cadence
    threshold_seconds: int | None
    latest_value: float | None
    latest_period: Period | None
    standing: GoalStanding
    series: tuple[TrendPoint, ...]
    next_due: Period
    baseline_progress: BaselineProgress | None
    has_open_plan: bool
    plan_required: bool
    baseline_period: Period | None = None
    proposed_levels: ProposedLevels | None = None

    @property
    def computed(self) -> bool:
        """Whether PolicyDesk can compute the goal's figure from the complaint log."""
        return self.template in COMPUTED_TEMPLATES

    @property
    def awaiting_levels(self) -> bool:
        """A "measure first" goal still without a target: its levels are to be set."""
        return self.baseline_progress is not None and self.target is None


@dataclass(frozen=True, slots=True)
class MeasurementsDue:
    """A goal's periods that have ended without a value (oldest first)."""

    goal_id: int
    title: str
    periods: tuple[Period, ...]
    computed: bool


@dataclass(frozen=True, slots=True)
class PlanRequired:
    """A goal whose latest value is below its minimum, without an open improvement plan."""

    goal_id: int
    title: str
    value: float
    minimum: float
    period: Period


@dataclass(frozen=True, slots=True)
class DueItems:
    """What the goals' follow-up waits for."""

    measurements: tuple[MeasurementsDue, ...]
    plans: tuple[PlanRequired, ...]

    def __bool__(self) -> bool:
        return bool(self.measurements or self.plans)


@dataclass(frozen=True, slots=True)
class ComplaintFigures:
    """The complaint log's figures of a period (local dates, both included).

    Shares are percentages (0–100); None when there is nothing to count them over.

    Attributes:
        received: complaints received in the period (not in the bin).
        per_category: complaints received per category name ('' for none), most first.
        resolved_on_spot: share of the received complaints resolved on the spot.
        handling_hours: median handling time in business hours of those resolved.
        resolved_within_target: share resolved within the service target (of those decided).
        followups_satisfied: of the follow-ups made in the period that reached the customer,
            the share where the customer was satisfied.
        bought_again: of the received complaints with it recorded, the share who bought again.
    """

    received: int
    per_category: tuple[tuple[str, int], ...]
    resolved_on_spot: float | None
    handling_hours: float | None
    resolved_within_target: float | None
    followups_satisfied: float | None
    bought_again: float | None


class GoalsService:
    """The goals' measurements and follow-up of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._office_hours = OfficeHoursService(sessions, clock)

    def today(self) -> date:
        """Today's date in the business's time zone."""
        return self._office_hours.today()

    # ------------------------------------------------------------------ reading

    def overview(self, today: date | None = None) -> list[GoalOverview]:
        """Every goal in force (retired ones left out), in the policy's order."""
        today = self.today() if today is None else today
        zone = zoneinfo.ZoneInfo(self._office_hours.timezone())
        with self._sessions.read() as session:
            goals = session.execute(
                select(Goal, Staff.name)
                .outerjoin(Staff, Staff.id == Goal.owner_id)
                .where(Goal.retired_at.is_(None))
                .order_by(Goal.position, Goal.id)
            ).all()
            ids = [goal.id for goal, _ in goals]
            series = _series(session, ids)
            planned = set(
                session.scalars(
                    select(ImprovementPlan.goal_id)
                    .where(ImprovementPlan.status == PlanStatus.OPEN.value)
                    .where(ImprovementPlan.goal_id.in_(ids))
                )
            )
            return [
                _overview(
                    goal, owner or "", series.get(goal.id, []), goal.id in planned, today, zone
                )
                for goal, owner in goals
            ]

    def measurements(self, goal_id: int) -> list[MeasurementInfo]:
        """A goal's measured values, oldest period first."""
        with self._sessions.read() as session:
            rows = session.scalars(
                select(Measurement)
                .where(Measurement.goal_id == goal_id)
                .order_by(Measurement.period_end, Measurement.period_start, Measurement.id)
            )
            return [_info(row) for row in rows]

    def due_items(
        self, today: date | None = None, *, listed: Sequence[GoalOverview] | None = None
    ) -> DueItems:
        """What is due: values to enter and improvement plans to make.

        Per goal, the periods that have ended without a value (from the one after the latest
        value); and the goals whose latest value is below the minimum without an open plan.
        ``listed`` is :meth:`overview` of the same ``today`` when the caller has read it
        already (it is then not read twice).
        """
        today = self.today() if today is None else today
        measurements: list[MeasurementsDue] = []
        plans: list[PlanRequired] = []
        for goal in self.overview(today) if listed is None else listed:
            due = due_periods(goal.cadence, goal.next_due, today)
            if due:
                measurements.append(MeasurementsDue(goal.id, goal.title, tuple(due), goal.computed))
            if (
                goal.plan_required
                and goal.latest_value is not None
                and goal.minimum is not None
                and goal.latest_period is not None
            ):
                plans.append(
                    PlanRequired(
                        goal.id, goal.title, goal.latest_value, goal.minimum, goal.latest_period
                    )
                )
        return DueItems(tuple(measurements), tuple(plans))

    # ------------------------------------------------------------------ levels

    def proposed_levels(self, goal_id: int) -> ProposedLevels | None:
        """A minimum and a target proposed from the goal's baseline (see the module).

        None for an unknown goal, a goal without a baseline period, or no value measured in it
        yet. The proposal rests on what has been measured so far, so it can be read before the
        baseline period has ended.
        """
        zone = zoneinfo.ZoneInfo(self._office_hours.timezone())
        with self._sessions.read() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                return None
            period = _baseline_period(goal, zone)
            series = _series(session, [goal_id]).get(goal_id, [])
            return _proposal(goal, period, series)

    def set_levels(
        self,
        goal_id: int,
        minimum: object,
        target: object,
        *,
        baseline: object | None = None,
    ) -> Outcome:
        """Store a goal's minimum and target (and its baseline value, when given).

        Args:
            goal_id: the goal.
            minimum: the worst acceptable figure (a ceiling when lower is better): a number, or
                a text with a decimal comma or point; None or an empty text clears it.
            target: the figure the business aims for, read the same way.
            baseline: the baseline value (usually :attr:`ProposedLevels.baseline`), read the
                same way; None leaves it as it is, an empty text clears it.

        The levels are checked as a measured value is (a percentage within 0–100, a count not
        below zero, no figure beyond :data:`MAX_VALUE`), and the target must not be worse than
        the minimum for the goal's direction (equal is allowed). A baseline value needs a
        baseline period (``NO_BASELINE_PERIOD`` otherwise). All are written together, or
        nothing is when there is a problem. The outcome's ``id`` is the goal's.

        A baseline value stored on a "measure first" goal ends the measuring: the goal keeps
        the baseline period as dates (from its start to its end, or to today when the levels
        are set early) and no longer counts months, as a goal whose baseline was measured
        before the policy does. The policy's goal rules allow a baseline value only that way.
        """
        today = self.today()
        zone = zoneinfo.ZoneInfo(self._office_hours.timezone())
        problems: list[GoalProblem] = []
        low, found = _level(minimum, "minimum")
        problems += found
        high, found = _level(target, "target")
        problems += found
        base: float | None = None
        if baseline is not None:
            base, found = _level(baseline, "baseline")
            problems += found
        with self._sessions.write() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                return Outcome((GoalProblem(GoalProblemCode.UNKNOWN_GOAL, "goal"), *problems))
            checked = {"minimum": low, "target": high, "baseline": base}
            for field_name, number in checked.items():
                if any(problem.field == field_name for problem in problems):
                    continue
                problems += _unit_problems(number, goal.unit, field_name)
            direction = _enum(Direction, goal.direction, Direction.HIGHER_IS_BETTER)
            if (
                low is not None
                and high is not None
                and not any(problem.field in {"minimum", "target"} for problem in problems)
                and _worse(high, low, direction)
            ):
                problems.append(
                    GoalProblem(
                        GoalProblemCode.TARGET_WORSE_THAN_MINIMUM,
                        "target",
                        (("direction", direction.value),),
                    )
                )
            period = _baseline_period(goal, zone)
            baseline_ok = not any(problem.field == "baseline" for problem in problems)
            if base is not None and baseline_ok and period is None:
                problems.append(GoalProblem(GoalProblemCode.NO_BASELINE_PERIOD, "baseline"))
            if problems:
                return Outcome(tuple(problems))
            goal.minimum_value = low
            goal.target_value = high
            if baseline is not None:
                goal.baseline_value = base
            if base is not None and period is not None and goal.baseline_months is not None:
                goal.baseline_from = period.start
                goal.baseline_to = max(period.start, min(period.end, today))
                goal.baseline_months = None
        return Outcome(changes=_CHANGED, id=goal_id)

    # ------------------------------------------------------------------ measurements

    def record_measurement(
        self,
        goal_id: int,
        period_start: date,
        period_end: date,
        value: object,
        *,
        source: MeasurementSource = MeasurementSource.MANUAL,
        source_note: str = "",
        note: str = "",
        by: int | None = None,
        replace: bool = False,
    ) -> Outcome:
        """Store a goal's value for a period.

        Args:
            goal_id: the goal.
            period_start: the period's first day.
            period_end: the period's last day (not after today).
            value: a number, or a text with a decimal comma or point.
            source: where the value came from.
            source_note: where exactly (the report, the system).
            note: anything worth knowing about the figure.
            by: the person recording it.
            replace: replace the value already recorded for exactly this period.

        The outcome's ``id`` is the measurement's.
        """
        source = MeasurementSource(source)
        today = self.today()
        problems = _period_problems(period_start, period_end, today)
        number = read_number(value)
        if number is None:
            shown = value.strip()[:40] if isinstance(value, str) else type(value).__name__
            problems.append(GoalProblem(GoalProblemCode.NOT_A_NUMBER, "value", (("value", shown),)))
        elif abs(number) > MAX_VALUE:
            problems.append(GoalProblem(GoalProblemCode.TOO_BIG, "value", (("max", MAX_VALUE),)))
        problems += _text_problems(source_note, "source_note")
        problems += _text_problems(note, "note")
        with self._sessions.write() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                return Outcome((GoalProblem(GoalProblemCode.UNKNOWN_GOAL, "goal"), *problems))
            if number is not None and is_percent(goal.unit) and not 0 <= number <= 100:
                problems.append(GoalProblem(GoalProblemCode.PERCENT_RANGE, "value"))
            elif number is not None and is_count(goal.unit) and number < 0:
                problems.append(GoalProblem(GoalProblemCode.NEGATIVE_COUNT, "value"))
            if by is not None and session.get(Staff, by) is None:
                problems.append(GoalProblem(GoalProblemCode.UNKNOWN_STAFF, "by"))
            existing: Measurement | None = None
            if not problems:
                existing, clash = _clashes(session, goal_id, period_start, period_end)
                if clash is not None:
                    problems.append(clash)
                elif existing is not None and not replace:
                    problems.append(GoalProblem(GoalProblemCode.PERIOD_TAKEN, "period_start"))
            if problems:
                return Outcome(tuple(problems))
            assert number is not None
            row = existing if existing is not None else Measurement(goal_id=goal_id)
            row.period_start = period_start
            row.period_end = period_end
            row.value = number
            row.source = source.value
            row.source_note = source_note
            row.note = note
            row.recorded_at = self._clock()
            row.recorded_by_id = by
            if existing is None:
                session.add(row)
            session.flush()
            measurement_id = row.id
        return Outcome(changes=_CHANGED, id=measurement_id)

    def delete_measurement(self, measurement_id: int) -> Outcome:
        """Remove a measured value."""
        with self._sessions.write() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                return Outcome((GoalProblem(GoalProblemCode.UNKNOWN_MEASUREMENT, "measurement"),))
            session.delete(row)
        return Outcome(changes=_CHANGED)

    # ------------------------------------------------------------------ computed figures

    def complaint_figures(self, period_start: date, period_end: date) -> ComplaintFigures:
        """The complaint log's figures of the period (local dates, both days included).

        Raises:
            ValueError: the period ends before it starts, or datetimes instead of dates.
        """
        period = Period(period_start, period_end)
        zone = zoneinfo.ZoneInfo(self._office_hours.timezone())
        start = datetime.combine(period.start, time(), zone)
        end = datetime.combine(period.due_on, time(), zone)
        received_in = and_(
            Complaint.deleted_at.is_(None),
            Complaint.received_at >= start,
            Complaint.received_at < end,
        )
        reached = (FollowUpOutcome.SATISFIED.value, FollowUpOutcome.NOT_SATISFIED.value)
        with self._sessions.read() as session:
            received, on_spot, recorded, bought = session.execute(
                select(
                    func.count(),
                    _count_if(Complaint.resolved_on_spot.is_(True)),
                    func.count(Complaint.bought_again),
                    _count_if(Complaint.bought_again.is_(True)),
                ).where(received_in)
            ).one()
            followed, satisfied = session.execute(
                select(
                    func.count(),
                    _count_if(Complaint.followup_outcome == FollowUpOutcome.SATISFIED.value),
                ).where(
                    Complaint.deleted_at.is_(None),
                    Complaint.followed_up_at >= start,
                    Complaint.followed_up_at < end,
                    Complaint.followup_outcome.in_(reached),
                )
            ).one()
            categories = session.execute(
                select(func.coalesce(ComplaintCategory.name, ""), func.count())
                .select_from(Complaint)
                .outerjoin(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
                .where(received_in)
                .group_by(ComplaintCategory.id)
                .order_by(func.count().desc(), ComplaintCategory.position)
            ).all()
        clock = ServiceClockService(self._sessions, self._office_hours, self._clock)
        figures = clock.period(period.start, period.end)
        share_met = figures.resolve.share_met
        return ComplaintFigures(
            received=int(received),
            per_category=tuple((str(name), int(count)) for name, count in categories),
            resolved_on_spot=_share(on_spot, received),
            handling_hours=figures.handling.business_hours.median,
            resolved_within_target=None if share_met is None else share_met * 100.0,
            followups_satisfied=_share(satisfied, followed),
            bought_again=_share(bought, recorded),
        )

    def computed_value(self, goal_id: int, period_start: date, period_end: date) -> float | None:
        """The goal's figure for the period worked out from the complaint log.

        None for a goal whose figure is entered by hand (phone, e-mail, return rate, the
        owner's own), for an unknown goal, and when the period holds nothing to count.

        Raises:
            ValueError: the period ends before it starts, or datetimes instead of dates.
        """
        Period(period_start, period_end)
        with self._sessions.read() as session:
            template = session.scalar(select(Goal.template).where(Goal.id == goal_id))
        if template not in COMPUTED_TEMPLATES:
            return None
        figures = self.complaint_figures(period_start, period_end)
        if template == GoalTemplate.COMPLAINTS_RESOLVED_WITHIN:
            return figures.resolved_within_target
        if template == GoalTemplate.FOLLOWUP_SATISFIED:
            return figures.followups_satisfied
        return figures.bought_again

    def record_computed(
        self,
        goal_id: int,
        period_start: date,
        period_end: date,
        *,
        by: int | None = None,
        replace: bool = False,
    ) -> Outcome:
        """Compute the goal's figure for the period and store it (source ``COMPUTED``)."""
        problems = _period_problems(period_start, period_end, self.today())
        if problems:
            return Outcome(tuple(problems))
        with self._sessions.read() as session:
            template = session.scalar(select(Goal.template).where(Goal.id == goal_id))
        if template is None:
            return Outcome((GoalProblem(GoalProblemCode.UNKNOWN_GOAL, "goal"),))
        if template not in COMPUTED_TEMPLATES:
            return Outcome((GoalProblem(GoalProblemCode.NOT_COMPUTABLE, "goal"),))
        value = self.computed_value(goal_id, period_start, period_end)
        if value is None:
            return Outcome((GoalProblem(GoalProblemCode.NOTHING_TO_COMPUTE, "value"),))
        return self.record_measurement(
            goal_id,
            period_start,
            period_end,
            round(value, 1),
            source=MeasurementSource.COMPUTED,
            by=by,
            replace=replace,
        )


# ---------------------------------------------------------------------------- helpers


def _series(session: Session, goal_ids: Sequence[int]) -> dict[int, list[tuple[Period, float]]]:
    found: dict[int, list[tuple[Period, float]]] = defaultdict(list)
    if not goal_ids:
        return found
    rows = session.execute(
        select(
            Measurement.goal_id, Measurement.period_start, Measurement.period_end, Measurement.value
        )
        .where(Measurement.goal_id.in_(goal_ids))
        .order_by(Measurement.goal_id, Measurement.period_end, Measurement.period_start)
    )
    for goal_id, start, end, value in rows:
        found[goal_id].append((Period(start, end), float(value)))
    return found


def _overview(  # noqa: PLR0917 - a private helper of overview()
    goal: Goal,
    owner: str,
    series: list[tuple[Period, float]],
    planned: bool,
    today: date,
    zone: zoneinfo.ZoneInfo,
) -> GoalOverview:
    cadence = _enum(Cadence, goal.cadence, Cadence.MONTHLY)
    direction = _enum(Direction, goal.direction, Direction.HIGHER_IS_BETTER)
    latest = series[-1] if series else None
    latest_value = latest[1] if latest else None
    minimum, target = goal.minimum_value, goal.target_value
    try:
        found = standing(latest_value, minimum, target, direction)
    except ValueError:  # levels stored out of order: judge by the minimum alone
        found = standing(latest_value, minimum, None, direction)
    start = goal.baseline_from or goal.created_at.astimezone(zone).date()
    next_due = next_measurement_due(cadence, latest[0].end) if latest else period_of(cadence, start)
    progress = None
    if goal.baseline_months is not None and 1 <= goal.baseline_months <= MAX_BASELINE_MONTHS:
        progress = baseline_progress(start, goal.baseline_months, today)
    period = _baseline_period(goal, zone)
    return GoalOverview(
        id=goal.id,
        title=goal.title,
        template=_enum(GoalTemplate, goal.template, GoalTemplate.CUSTOM),
        unit=goal.unit,
        direction=direction,
        minimum=minimum,
        target=target,
        baseline=goal.baseline_value,
        owner_id=goal.owner_id,
        owner_name=owner,
        cadence=cadence,
        threshold_seconds=goal.threshold_seconds,
        latest_value=latest_value,
        latest_period=latest[0] if latest else None,
        standing=found,
        series=tuple(TrendPoint(period.end, value) for period, value in series),
        next_due=next_due,
        baseline_progress=progress,
        has_open_plan=planned,
        plan_required=found is GoalStanding.BELOW_MINIMUM and not planned,
        baseline_period=period,
        proposed_levels=_proposal(goal, period, series),
    )


def _baseline_period(goal: Goal, zone: zoneinfo.ZoneInfo) -> Period | None:
    """The goal's baseline period: "measure first" months, else the dates the policy names."""
    months = goal.baseline_months
    if months is not None and 1 <= months <= MAX_BASELINE_MONTHS:
        # The same start as the overview's progress: the day named, or the day it was made.
        start = goal.baseline_from or goal.created_at.astimezone(zone).date()
        return Period(start, baseline_end(start, months))
    first, last = goal.baseline_from, goal.baseline_to
    if first is not None and last is not None and last >= first:
        return Period(first, last)
    return None


def _proposal(
    goal: Goal, period: Period | None, series: Sequence[tuple[Period, float]]
) -> ProposedLevels | None:
    """Levels proposed from the values whose periods overlap the baseline period."""
    if period is None:
        return None
    # Overlap rather than "inside": a month's figure measured partly before the baseline began
    # (the goal made mid-month) still tells what the business reaches.
    values = [
        value
        for measured, value in series
        if measured.start <= period.end and measured.end >= period.start
    ]
    if not values:
        return None
    direction = _enum(Direction, goal.direction, Direction.HIGHER_IS_BETTER)
    try:
        return propose_levels(values, direction, unit=goal.unit)
    except ValueError:  # a value stored by hand outside PolicyDesk that is not a number
        return None


def _level(value: object, field_name: str) -> tuple[float | None, list[GoalProblem]]:
    """A level as typed: None when left empty, else a number or the problem with it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, []
    number = read_number(value)
    if number is None and isinstance(value, str) and _DIGITS_ONLY.fullmatch(value.strip()):
        # Digits too many to be a finite float ("1" typed 400 times) are a number, too big.
        return None, [GoalProblem(GoalProblemCode.TOO_BIG, field_name, (("max", MAX_VALUE),))]
    if number is None:
        shown = value.strip()[:40] if isinstance(value, str) else type(value).__name__
        return None, [GoalProblem(GoalProblemCode.NOT_A_NUMBER, field_name, (("value", shown),))]
    if abs(number) > MAX_VALUE:
        return None, [GoalProblem(GoalProblemCode.TOO_BIG, field_name, (("max", MAX_VALUE),))]
    return number, []


def _unit_problems(number: float | None, unit: str, field_name: str) -> list[GoalProblem]:
    if number is not None and is_percent(unit) and not 0 <= number <= 100:
        return [GoalProblem(GoalProblemCode.PERCENT_RANGE, field_name)]
    if number is not None and is_count(unit) and number < 0:
        return [GoalProblem(GoalProblemCode.NEGATIVE_COUNT, field_name)]
    return []


def _worse(first: float, second: float, direction: Direction) -> bool:
    """Whether ``first`` is a worse figure than ``second``."""
    return first < second if direction is Direction.HIGHER_IS_BETTER else first > second


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], value: str, default: _E) -> _E:
    try:
        return kind(value)
    except ValueError:
        return default


def _info(row: Measurement) -> MeasurementInfo:
    return MeasurementInfo(
        id=row.id,
        goal_id=row.goal_id,
        period=Period(row.period_start, row.period_end),
        value=row.value,
        source=_enum(MeasurementSource, row.source, MeasurementSource.MANUAL),
        source_note=row.source_note,
        note=row.note,
        recorded_at=row.recorded_at,
        recorded_by_id=row.recorded_by_id,
    )


def _period_problems(start: object, end: object, today: date) -> list[GoalProblem]:
    problems: list[GoalProblem] = []
    for name, value in (("period_start", start), ("period_end", end)):
        if isinstance(value, datetime) or not isinstance(value, date):
            problems.append(GoalProblem(GoalProblemCode.NOT_A_DATE, name))
    if problems:
        return problems
    assert isinstance(start, date)
    assert isinstance(end, date)
    if end < start:
        problems.append(GoalProblem(GoalProblemCode.PERIOD_ORDER, "period_end"))
    if end > today:
        problems.append(
            GoalProblem(
                GoalProblemCode.PERIOD_IN_FUTURE, "period_end", (("today", today.isoformat()),)
            )
        )
    return problems


def _text_problems(text: object, field_name: str) -> list[GoalProblem]:
    if not isinstance(text, str):
        return [GoalProblem(GoalProblemCode.CONTROL_CHARACTERS, field_name)]
    if len(text) > MAX_NOTE:
        return [
            GoalProblem(
                GoalProblemCode.TOO_LONG, field_name, (("max", MAX_NOTE), ("length", len(text)))
            )
        ]
    if _CONTROL.search(text):
        return [GoalProblem(GoalProblemCode.CONTROL_CHARACTERS, field_name)]
    return []


def _clashes(
    session: Session, goal_id: int, start: date, end: date
) -> tuple[Measurement | None, GoalProblem | None]:
    """The value already recorded for exactly this period, and any other overlapping one."""
    rows = session.scalars(
        select(Measurement).where(
            Measurement.goal_id == goal_id,
            Measurement.period_start <= end,
            Measurement.period_end >= start,
        )
    ).all()
    same = next((row for row in rows if (row.period_start, row.period_end) == (start, end)), None)
    other = next((row for row in rows if row is not same), None)
    if other is None:
        return same, None
    return same, GoalProblem(
        GoalProblemCode.PERIOD_OVERLAPS,
        "period_start",
        (("start", other.period_start.isoformat()), ("end", other.period_end.isoformat())),
    )


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0, not NULL, when there are none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _share(part: int, whole: int) -> float | None:
    return int(part) / int(whole) * 100.0 if whole else None
