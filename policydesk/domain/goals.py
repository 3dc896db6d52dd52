"""Goals, service levels and their follow-up, as codes."""

from __future__ import annotations

from enum import StrEnum


class GoalTemplate(StrEnum):
    """The kind of promise a goal makes; ``CUSTOM`` when the owner wrote it freely."""

    PHONE_ANSWER_WITHIN = "phone_answer_within"  # e.g. 80 % of calls answered within 30 s
    EMAIL_REPLY_WITHIN = "email_reply_within"  # within N business hours
    COMPLAINTS_RESOLVED_WITHIN = "complaints_resolved_within"  # within N business days
    AVAILABILITY = "availability"  # reachable during office hours
    RETURN_RATE = "return_rate"  # at most X % returned
    FOLLOWUP_SATISFIED = "followup_satisfied"  # at least X % satisfied with the handling
    BOUGHT_AGAIN = "bought_again"  # at least X % of complainants buy again
    CUSTOM = "custom"


class PlanStatus(StrEnum):
    """Whether an improvement plan is still being worked on."""

    OPEN = "open"
    CLOSED = "closed"


class Direction(StrEnum):
    """Whether a higher or a lower figure is better."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Cadence(StrEnum):
    """How often a goal is reviewed."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class AbandonedCallRule(StrEnum):
    """How calls that hang up before an answer count in a service level."""

    MISSED = "missed"  # count as not answered in time
    EXCLUDED = "excluded"  # leave out of the figure
    IGNORE_SHORT = "ignore_short"  # leave out only those that hang up within a threshold


class MeasurementSource(StrEnum):
    """Where a measured value came from."""

    MANUAL = "manual"
    COMPUTED = "computed"
    IMPORTED = "imported"


class ActionStatus(StrEnum):
    """The state of an action in an improvement plan."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
