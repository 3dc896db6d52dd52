"""The Home page's summary of the open file, with what the goals' follow-up waits for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from policydesk.domain.overview import FiguresDue, FollowUp, LevelsReady, Overview, PlanNeeded
from policydesk.domain.quotient import assessment_due
from policydesk.services.goals import GoalsService
from policydesk.services.reminders import ReminderKind, ReminderService
from policydesk.services.timezones import zone_named
from policydesk.storage.engine import Sessions
from policydesk.storage.repositories import load_overview
from policydesk.storage.schema import Business

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class OverviewService:
    """Answers "what is in this file, and what is waiting?" for the Home page.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def overview(self, now: datetime | None = None) -> Overview:
        """Return the summary; follow-ups due by the end of today (business time) count as due.

        An empty file gets no :attr:`Overview.followup` (Home welcomes the user instead).

        Args:
            now: the current instant (aware); defaults to the clock.
        """
        now = now or self._clock()
        with self._sessions.read() as session:
            zone_name = session.scalar(select(Business.timezone).where(Business.id == 1))
            zone = zone_named(zone_name)
            local = now.astimezone(zone)
            tomorrow = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), zone)
            overview = load_overview(session, followups_due_before=tomorrow)
        last = overview.assessment.held_on if overview.assessment else None
        followup = None if overview.is_empty else self.followup(now)
        return replace(
            overview, assessment_due=assessment_due(last, local.date()), followup=followup
        )

    def followup(self, now: datetime | None = None) -> FollowUp:
        """What the goals' follow-up waits for at ``now`` (defaults to the clock).

        The figures and plans are :meth:`GoalsService.due_items`; the review meeting and the
        self-assessment are the days :class:`ReminderService` puts in the calendar, so Home
        and the calendar file never disagree.
        """
        instant = now or self._clock()

        def clock() -> datetime:
            return instant

        goals = GoalsService(self._sessions, clock)
        today = goals.today()
        listed = goals.overview(today)
        units = {goal.id: goal.unit for goal in listed}
        due = goals.due_items(today, listed=listed)
        days = {
            reminder.kind: reminder.due_on
            for reminder in ReminderService(self._sessions, clock).reminders()
            if reminder.kind is not ReminderKind.MEASUREMENT
        }
        review = days.get(ReminderKind.REVIEW_MEETING)
        return FollowUp(
            today=today,
            started=bool(listed) or review is not None,
            figures=tuple(
                FiguresDue(item.goal_id, item.title, item.periods, item.computed)
                for item in due.measurements
            ),
            plans=tuple(
                PlanNeeded(
                    plan.goal_id,
                    plan.title,
                    units.get(plan.goal_id, ""),
                    plan.value,
                    plan.minimum,
                    plan.period,
                )
                for plan in due.plans
            ),
            levels=tuple(
                LevelsReady(
                    goal.id,
                    goal.title,
                    goal.unit,
                    goal.proposed_levels.minimum,
                    goal.proposed_levels.target,
                )
                for goal in listed
                if goal.awaiting_levels
                and goal.proposed_levels is not None
                and goal.baseline_progress is not None
                and goal.baseline_progress.done
            ),
            review_meeting=review,
            self_assessment=days.get(ReminderKind.SELF_ASSESSMENT),
        )
