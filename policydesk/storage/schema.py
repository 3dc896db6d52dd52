"""The tables of a PolicyDesk file (SQLAlchemy 2.x typed mapping).

The whole domain from the product brief is modelled here, so that later work adds columns
instead of redesigning: the business and its staff, policy versions with their sections, the
customer-needs findings, goals with measurements and review meetings, the complaint log with its
action timeline and change history, office hours, and the self-assessment rounds.

Conventions:
- Instants are :class:`UTCDateTime` (UTC text); calendar dates are ``Date``.
- Money is an integer amount of minor units (``*_minor``) with its currency code.
- Choices are stored as the domain's string codes, never as translated labels.
- Constraint names follow ``NAMING_CONVENTION`` so that batch migrations can drop them.
- ORM classes never leave ``policydesk.storage``; repositories turn them into domain values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from policydesk.domain.textsearch import EMPTY_SORT_KEY
from policydesk.storage.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# "PDk1" read as a big-endian integer: marks a SQLite file as a PolicyDesk file.
APPLICATION_ID = 0x50446B31


class Base(DeclarativeBase):
    """Base class of every table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), date: Date()}


def _text() -> Mapped[str]:
    """A text column that is never NULL and defaults to empty."""
    return mapped_column(Text, nullable=False, default="", server_default="")


class Timestamped:
    """Adds creation and last-change instants."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# ---------------------------------------------------------------------------- the business


class Business(Timestamped, Base):
    """The business the file belongs to: exactly one row once it has been entered."""

    __tablename__ = "business"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    trade: Mapped[str] = _text()
    org_number: Mapped[str] = _text()
    address: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    email: Mapped[str] = _text()
    website: Mapped[str] = _text()
    country: Mapped[str] = mapped_column(String(2), default="SE")
    region: Mapped[str] = mapped_column(String(10), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Stockholm")
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    language: Mapped[str] = mapped_column(String(5), default="sv")


class Setting(Base):
    """A business-level setting stored as JSON text (user-interface state lives elsewhere)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Staff(Timestamped, Base):
    """A person who works in the business."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_active_name", "active", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="staff")
    email: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    active: Mapped[bool] = mapped_column(default=True)


# ---------------------------------------------------------------------------- the policy


class PolicyVersion(Timestamped, Base):
    """One version of the customer service policy: a draft, or approved and frozen."""

    __tablename__ = "policy_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    title: Mapped[str] = _text()
    language: Mapped[str] = mapped_column(String(5), default="sv")
    current_step: Mapped[str] = mapped_column(String(30), default="mission")
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("policy_version.id", ondelete="SET NULL")
    )
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    # The approved text, frozen as JSON at approval, so later edits cannot change it.
    snapshot: Mapped[str | None] = mapped_column(Text)

    sections: Mapped[list[PolicySection]] = relationship(
        back_populates="version", cascade="all, delete-orphan", passive_deletes=True
    )


class PolicySection(Base):
    """One answer in the policy (``mission.who_we_are``, ``area.speed``, ``vision.final`` ...)."""

    __tablename__ = "policy_section"
    __table_args__ = (UniqueConstraint("policy_version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE")
    )
    key: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = _text()
    include_in_print: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    version: Mapped[PolicyVersion] = relationship(back_populates="sections")


class PolicyStepProgress(Base):
    """How far the owner has come with one step of the guided flow."""

    __tablename__ = "policy_step"

    policy_version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[str] = mapped_column(String(30), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="not_started")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ChannelPlan(Base):
    """Per contact channel: today's inflow, the strategy and the tone of voice."""

    __tablename__ = "policy_channel"
    __table_args__ = (
        UniqueConstraint("policy_version_id", "channel"),
        CheckConstraint("inflow_count IS NULL OR inflow_count >= 0", name="inflow_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE")
    )
    channel: Mapped[str] = mapped_column(String(20))
    inflow_count: Mapped[int | None]
    inflow_period: Mapped[str] = mapped_column(String(10), default="day")
    strategy: Mapped[str] = _text()
    tone: Mapped[str] = _text()


class NeedFinding(Base):
    """Something learnt about the customers' needs: a survey answer, a figure, what staff hear."""

    __tablename__ = "policy_finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE")
    )
    source: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = _text()
    detail: Mapped[str] = _text()
    value: Mapped[float | None]
    unit: Mapped[str] = mapped_column(String(30), default="")
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    source_name: Mapped[str] = _text()
    recorded_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)


class TopProblem(Base):
    """One of the three most important customer service problems."""

    __tablename__ = "policy_top_problem"
    __table_args__ = (
        UniqueConstraint("policy_version_id", "rank"),
        CheckConstraint("rank BETWEEN 1 AND 3", name="rank_1_to_3"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE")
    )
    rank: Mapped[int]
    title: Mapped[str] = _text()
    detail: Mapped[str] = _text()
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_category.id", ondelete="SET NULL")
    )
    frequent: Mapped[bool] = mapped_column(default=False)
    costly: Mapped[bool] = mapped_column(default=False)
    actionable: Mapped[bool] = mapped_column(default=False)


# ---------------------------------------------------------------------------- goals


class Goal(Timestamped, Base):
    """A measurable promise: what is measured and how, minimum level and target.

    A goal lives across policy versions (measurements keep coming in); the approved policy keeps
    its own frozen copy in its snapshot.
    """

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    introduced_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("policy_version.id", ondelete="SET NULL")
    )
    template: Mapped[str] = mapped_column(String(40), default="custom")  # a GoalTemplate
    title: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = _text()
    unit: Mapped[str] = mapped_column(String(30), default="")
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    channel: Mapped[str | None] = mapped_column(String(20))
    threshold_seconds: Mapped[int | None]
    baseline_value: Mapped[float | None]
    baseline_from: Mapped[date | None]
    baseline_to: Mapped[date | None]
    baseline_months: Mapped[int | None]  # "measure first for N months"
    # The minimum service level: the worst acceptable value (a ceiling when lower is better).
    minimum_value: Mapped[float | None]
    target_value: Mapped[float | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    cadence: Mapped[str] = mapped_column(String(20), default="monthly")
    abandoned_rule: Mapped[str | None] = mapped_column(String(20))
    short_abandon_seconds: Mapped[int | None]
    top_problem_rank: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)
    retired_at: Mapped[datetime | None]


class Measurement(Base):
    """A measured value of a goal for a period (one value per goal and period)."""

    __tablename__ = "goal_measurement"
    __table_args__ = (
        UniqueConstraint("goal_id", "period_start", "period_end"),
        Index("ix_goal_measurement_goal_period", "goal_id", "period_end"),
        CheckConstraint("period_end >= period_start", name="period_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    value: Mapped[float]
    source: Mapped[str] = mapped_column(String(20), default="manual")
    source_note: Mapped[str] = _text()
    note: Mapped[str] = _text()
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class ReviewMeeting(Base):
    """A follow-up meeting: who came, the figures shown (frozen), decisions and feedback."""

    __tablename__ = "review_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date]
    attendees: Mapped[str] = _text()
    decisions: Mapped[str] = _text()
    staff_feedback: Mapped[str] = _text()
    snapshot: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ImprovementPlan(Base):
    """What will be done because a goal fell below its minimum level."""

    __tablename__ = "improvement_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_meeting.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = _text()
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


class ImprovementAction(Base):
    """One action in an improvement plan."""

    __tablename__ = "improvement_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plan.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None]


# ---------------------------------------------------------------------------- complaints

# Complaints not in the owner's bin.
LIVE_COMPLAINT = text("deleted_at IS NULL")
# A status change into or out of "waiting for the customer" (the service clock's pauses).
WAITING_CHANGE = "field = 'status' AND (old_value = 'waiting' OR new_value = 'waiting')"


class ComplaintCategory(Base):
    """A kind of complaint; defaults carry a code, the owner can rename and add more."""

    __tablename__ = "complaint_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class Complaint(Timestamped, Base):
    """A complaint in the log, from receipt to follow-up."""

    __tablename__ = "complaint"
    __table_args__ = (
        CheckConstraint(
            "compensation_minor IS NULL OR compensation_minor >= 0",
            name="compensation_not_negative",
        ),
        Index("ix_complaint_received_at", "received_at", "id"),
        Index("ix_complaint_status", "status"),
        Index("ix_complaint_category", "category_id"),
        Index("ix_complaint_followup_due", "followup_due_at"),
        Index("ix_complaint_deleted_at", "deleted_at"),
        Index("ix_complaint_channel", "channel"),
        Index("ix_complaint_received_by", "received_by_id"),
        # The log shows live complaints; these partial indexes hold only those, so a sorted
        # page or the whole ordered list of ids is read from the index alone.
        Index("ix_complaint_live_received", "received_at", sqlite_where=LIVE_COMPLAINT),
        Index("ix_complaint_live_customer", "customer_sort", sqlite_where=LIVE_COMPLAINT),
        Index("ix_complaint_live_followup", "followup_due_at", sqlite_where=LIVE_COMPLAINT),
        # Follow-ups still to make: the follow-up list and the sidebar's count read only these.
        Index(
            "ix_complaint_followup_pending",
            "followup_due_at",
            sqlite_where=text("deleted_at IS NULL AND followed_up_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    received_at: Mapped[datetime]
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(20), default="counter")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_category.id", ondelete="SET NULL")
    )
    product_ref: Mapped[str] = _text()
    customer_name: Mapped[str] = _text()
    # name_sort_key(customer_name) in the business's language: byte order = alphabet order.
    customer_sort: Mapped[str] = mapped_column(
        Text, nullable=False, default=EMPTY_SORT_KEY, server_default=EMPTY_SORT_KEY
    )
    customer_address: Mapped[str] = _text()
    customer_phone: Mapped[str] = _text()
    # phone_key(customer_phone): the digits-only forms that search matches.
    phone_key: Mapped[str] = _text()
    customer_email: Mapped[str] = _text()
    description: Mapped[str] = mapped_column(Text)
    customer_request: Mapped[str] = _text()
    agreed_resolution: Mapped[str] = _text()
    resolved_on_spot: Mapped[bool] = mapped_column(default=False)
    promised_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    followup_due_at: Mapped[datetime | None]
    followed_up_at: Mapped[datetime | None]
    followup_outcome: Mapped[str | None] = mapped_column(String(20))
    followup_note: Mapped[str] = _text()
    compensation_kind: Mapped[str | None] = mapped_column(String(20))
    compensation_minor: Mapped[int | None]
    compensation_currency: Mapped[str | None] = mapped_column(String(3))
    prevention_suggestion: Mapped[str] = _text()
    bought_again: Mapped[bool | None]
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class ComplaintAction(Base):
    """A dated step taken on a complaint; the timeline is append-only."""

    __tablename__ = "complaint_action"
    __table_args__ = (Index("ix_complaint_action_complaint", "complaint_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    taken_at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ComplaintChange(Base):
    """One recorded change to a complaint: who, when, which field, what it was and became."""

    __tablename__ = "complaint_change"
    __table_args__ = (
        Index("ix_complaint_change_complaint", "complaint_id", "changed_at"),
        # The waits for the customer (status changes into or out of "waiting"): the service
        # clock stops during them (migration 0003).
        Index(
            "ix_complaint_change_waiting",
            "complaint_id",
            "changed_at",
            sqlite_where=text(WAITING_CHANGE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class ComplaintDraft(Base):
    """An entry form being typed, kept so that a crash or a closed window loses nothing."""

    __tablename__ = "complaint_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# ---------------------------------------------------------------------------- office hours


class OfficeHours(Base):
    """One open interval on a weekday (0 = Monday); an end not after the start is next day."""

    __tablename__ = "office_hours"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_0_to_6"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[str] = mapped_column(String(5))  # "HH:MM", local wall-clock time
    closes: Mapped[str] = mapped_column(String(5))


class CalendarException(Base):
    """A date that differs from the weekly hours: closed, closing early, or extra opening."""

    __tablename__ = "calendar_exception"
    __table_args__ = (Index("ix_calendar_exception_day", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))  # an ExceptionKind
    starts: Mapped[str | None] = mapped_column(String(5))
    ends: Mapped[str | None] = mapped_column(String(5))
    note: Mapped[str] = _text()


class ServiceTarget(Base):
    """Service-clock targets, for all complaints (no category) or for one category.

    SQLite counts NULLs as distinct in a unique constraint, so the one row for all complaints
    (``category_id`` NULL) is kept single by the service that writes it, inside a write
    transaction.
    """

    __tablename__ = "service_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_category.id", ondelete="CASCADE"), unique=True
    )
    acknowledge_hours: Mapped[float | None]
    resolve_days: Mapped[float | None]
    followup_days: Mapped[float | None]


# ---------------------------------------------------------------------------- self-assessment


class AssessmentRound(Base):
    """One run of the customer-service-quotient self-assessment."""

    __tablename__ = "assessment_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(100), unique=True)
    held_on: Mapped[date]
    statement_set_version: Mapped[int] = mapped_column(default=1)
    note: Mapped[str] = _text()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


class AssessmentRespondent(Base):
    """Somebody who rates the statements in a round, by name or anonymously by role."""

    __tablename__ = "assessment_respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_round.id", ondelete="CASCADE"))
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="staff")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class AssessmentAnswer(Base):
    """One rating (1 to 5) of one statement by one respondent."""

    __tablename__ = "assessment_answer"
    __table_args__ = (
        UniqueConstraint("respondent_id", "statement_code"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_respondent.id", ondelete="CASCADE")
    )
    statement_code: Mapped[str] = mapped_column(String(60))
    rating: Mapped[int]
    note: Mapped[str] = _text()
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
