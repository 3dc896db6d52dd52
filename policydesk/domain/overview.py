"""What the Home page shows about the open file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from policydesk.domain.goal_followup import Period
from policydesk.domain.policy import PolicyStatus


@dataclass(frozen=True, slots=True)
class PolicySummary:
    """The newest policy version in brief, and the approved one in force while it is a draft."""

    number: int
    status: PolicyStatus
    approved_at: datetime | None
    in_force_number: int | None = None  # the approved version in force, when newer is a draft
    in_force_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """The newest self-assessment round in brief."""

    label: str
    held_on: date
    respondents: int


@dataclass(frozen=True, slots=True)
class FiguresDue:
    """A goal's periods that have ended without a figure (oldest first)."""

    goal_id: int
    title: str
    periods: tuple[Period, ...]
    computed: bool  # the complaint log can compute them


@dataclass(frozen=True, slots=True)
class PlanNeeded:
    """A goal below its minimum without an open improvement plan."""

    goal_id: int
    title: str
    unit: str
    value: float
    minimum: float
    period: Period


@dataclass(frozen=True, slots=True)
class LevelsReady:
    """A "measure first" goal whose baseline period has ended: its proposed levels await."""

    goal_id: int
    title: str
    unit: str
    minimum: float
    target: float


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What the goals' follow-up waits for, and when the next meetings are.

    Attributes:
        today: the business's today, which the dates are judged by.
        started: whether the follow-up has begun (goals, or a review meeting to hold); before
            that Home leaves it out.
        figures: figures to enter (or compute), per goal.
        plans: improvement plans to make.
        levels: proposed levels to review.
        review_meeting: the day the next review meeting is due by the follow-up routine
            (before ``today`` when overdue); None while there is no approved policy and no
            meeting held.
        self_assessment: the day the yearly self-assessment is due (``today`` when none has
            been made yet).
    """

    today: date
    started: bool
    figures: tuple[FiguresDue, ...] = ()
    plans: tuple[PlanNeeded, ...] = ()
    levels: tuple[LevelsReady, ...] = ()
    review_meeting: date | None = None
    self_assessment: date | None = None

    @property
    def review_due(self) -> bool:
        """Whether the review meeting is due today or overdue."""
        return self.review_meeting is not None and self.review_meeting <= self.today

    @property
    def assessment_due(self) -> bool:
        """Whether the self-assessment is due today or overdue."""
        return self.self_assessment is not None and self.self_assessment <= self.today

    @property
    def waiting(self) -> bool:
        """Whether anything is to be done now (upcoming dates alone are not)."""
        return bool(
            self.figures or self.plans or self.levels or self.review_due or self.assessment_due
        )


@dataclass(frozen=True, slots=True)
class Overview:
    """A summary of everything in the file, for the Home page.

    Attributes:
        followups_due: complaints whose follow-up is due today or overdue.
        followup: what the goals' follow-up waits for (None on an empty file).
    """

    business_name: str | None
    staff_count: int
    goals_count: int
    policy: PolicySummary | None
    complaints_total: int
    complaints_open: int
    followups_due: int
    assessment: AssessmentSummary | None
    is_demo: bool = False
    assessment_due: bool = False  # twelve months since the last round, or none yet
    followup: FollowUp | None = None

    @property
    def is_empty(self) -> bool:
        """Whether nothing has been entered yet, so Home should welcome a new user."""
        return (
            self.business_name is None
            and self.staff_count == 0
            and self.goals_count == 0
            and self.policy is None
            and self.complaints_total == 0
            and self.assessment is None
        )
