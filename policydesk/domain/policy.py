"""The customer service policy: its steps, sections and versions as codes."""

from __future__ import annotations

from enum import StrEnum


class PolicyStatus(StrEnum):
    """A policy version is a draft until approved; approving freezes it."""

    DRAFT = "draft"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class PolicyStep(StrEnum):
    """The steps of the guided policy flow, in order."""

    MISSION = "mission"
    TODAY = "today"
    NEEDS = "needs"
    VISION = "vision"
    GOALS = "goals"
    AREAS = "areas"
    GUIDELINES = "guidelines"
    ROLLOUT = "rollout"
    APPROVAL = "approval"


class StepState(StrEnum):
    """How far the owner has come with a step."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"


class PolicyArea(StrEnum):
    """The policy areas a printed policy can include."""

    OVERVIEW = "overview"
    SPEED = "speed"
    COMMUNICATION = "communication"
    FOLLOW_UP = "follow_up"
    COMPLAINTS = "complaints"
    RETENTION = "retention"
    EMPLOYEE_MONITORING = "employee_monitoring"


class FindingSource(StrEnum):
    """Where a finding about the customers' needs comes from."""

    COMPLAINT_LOG = "complaint_log"
    SURVEY = "survey"
    FOCUS_GROUP = "focus_group"
    STAFF = "staff"
    OPERATIONS = "operations"
    SUPPLIER = "supplier"


class InflowPeriod(StrEnum):
    """The period an inflow count refers to."""

    DAY = "day"
    WEEK = "week"


class Decider(StrEnum):
    """Who takes the decision to adopt the policy."""

    OWNER = "owner"
    MANAGEMENT = "management"
    BOARD = "board"


class PlatformFit(StrEnum):
    """Whether today's tools can meet the goals."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class NeedsPeriod(StrEnum):
    """How far back the customer-needs step reads the complaint log."""

    MONTHS_3 = "3m"
    MONTHS_6 = "6m"
    MONTHS_12 = "12m"
    ALL = "all"


class FieldKind(StrEnum):
    """What kind of answer a policy field holds (all are stored as text)."""

    LINE = "line"  # one line of text
    TEXT = "text"  # free text, several paragraphs
    NUMBER = "number"  # a decimal number, stored as "1.5"
    INTEGER = "integer"  # a whole number, stored as "12"
    AMOUNT = "amount"  # money in minor units (öre, bani), stored as "100000"
    DATE = "date"  # an ISO date, "2026-03-09"
    CHOICE = "choice"  # one of a set of codes
