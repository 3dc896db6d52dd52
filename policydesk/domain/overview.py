"""What the Home page shows about the open file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

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
class Overview:
    """A summary of everything in the file, for the Home page.

    Attributes:
        followups_due: complaints whose follow-up is due today or overdue.
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
