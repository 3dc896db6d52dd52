"""Repositories: queries that turn rows into domain values. ORM objects never leave here."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintStatus,
    FollowUpOutcome,
)
from policydesk.domain.overview import AssessmentSummary, Overview, PolicySummary
from policydesk.domain.policy import PolicyStatus
from policydesk.domain.settings import SettingKey
from policydesk.storage.schema import (
    AssessmentRespondent,
    AssessmentRound,
    Business,
    Complaint,
    Goal,
    PolicyVersion,
    Setting,
    Staff,
)

_OPEN_STATUSES = [status.value for status in ComplaintStatus if status.is_open]


def load_overview(session: Session, *, followups_due_before: datetime) -> Overview:
    """Summarise the file for the Home page.

    Args:
        session: an open session.
        followups_due_before: follow-ups due before this instant count as due (the caller passes
            the start of tomorrow in the business's time zone).
    """
    business_name = session.scalar(select(Business.name).where(Business.id == 1))
    staff_count = session.scalar(select(func.count()).select_from(Staff).where(Staff.active)) or 0
    goals_count = (
        session.scalar(select(func.count()).select_from(Goal).where(Goal.retired_at.is_(None))) or 0
    )

    version = session.execute(
        select(PolicyVersion.number, PolicyVersion.status, PolicyVersion.approved_at)
        .order_by(PolicyVersion.number.desc())
        .limit(1)
    ).first()
    in_force = session.execute(
        select(PolicyVersion.number, PolicyVersion.approved_at)
        .where(PolicyVersion.status == PolicyStatus.APPROVED.value)
        .order_by(PolicyVersion.number.desc())
        .limit(1)
    ).first()
    policy = (
        PolicySummary(
            version.number,
            PolicyStatus(version.status),
            version.approved_at,
            in_force.number if in_force and in_force.number != version.number else None,
            in_force.approved_at if in_force and in_force.number != version.number else None,
        )
        if version
        else None
    )

    live = Complaint.deleted_at.is_(None)
    total, still_open = session.execute(
        select(
            func.count(),
            func.count().filter(Complaint.status.in_(_OPEN_STATUSES)),
        ).where(live)
    ).one()
    due = session.scalar(
        select(func.count()).where(
            live,
            Complaint.followed_up_at.is_(None),
            Complaint.followup_due_at.is_not(None),
            Complaint.followup_due_at < followups_due_before,
        )
    )

    last_round = session.execute(
        select(AssessmentRound.id, AssessmentRound.label, AssessmentRound.held_on)
        .order_by(AssessmentRound.held_on.desc(), AssessmentRound.id.desc())
        .limit(1)
    ).first()
    assessment = None
    if last_round is not None:
        respondents = session.scalar(
            select(func.count()).where(AssessmentRespondent.round_id == last_round.id)
        )
        assessment = AssessmentSummary(last_round.label, last_round.held_on, respondents or 0)

    demo_flag = session.scalar(select(Setting.value).where(Setting.key == SettingKey.IS_DEMO))
    return Overview(
        business_name=business_name,
        staff_count=staff_count,
        goals_count=goals_count,
        policy=policy,
        complaints_total=total,
        complaints_open=still_open,
        followups_due=due or 0,
        assessment=assessment,
        is_demo=_json_true(demo_flag),
    )


def read_setting(session: Session, key: SettingKey) -> Any:
    """A business setting's stored value (decoded JSON); None when never set or damaged."""
    text = session.scalar(select(Setting.value).where(Setting.key == key.value))
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:  # a damaged value counts as never set
        return None


def write_setting(session: Session, key: SettingKey, value: object) -> None:
    """Store a business setting (as JSON) in the session's transaction."""
    row = session.get(Setting, key.value)
    if row is None:
        session.add(Setting(key=key.value, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def _json_true(text: str | None) -> bool:
    try:
        return text is not None and json.loads(text) is True
    except ValueError:
        return False


def complaint_form(row: Any) -> ComplaintForm:
    """A stored complaint as the entry form holds it.

    Args:
        row: a ``Complaint`` object, or a result row holding the ``complaint`` table's columns.
    """
    return ComplaintForm(
        description=row.description,
        received_at=row.received_at,
        received_by_id=row.received_by_id,
        channel=Channel(row.channel),
        category_id=row.category_id,
        product_ref=row.product_ref,
        customer_name=row.customer_name,
        customer_address=row.customer_address,
        customer_phone=row.customer_phone,
        customer_email=row.customer_email,
        customer_request=row.customer_request,
        agreed_resolution=row.agreed_resolution,
        resolved_on_spot=bool(row.resolved_on_spot),
        resolved_at=row.resolved_at,
        promised_at=row.promised_at,
        followup_due_at=row.followup_due_at,
        followed_up_at=row.followed_up_at,
        followup_outcome=FollowUpOutcome(row.followup_outcome) if row.followup_outcome else None,
        followup_note=row.followup_note,
        compensation_kind=(
            CompensationKind(row.compensation_kind) if row.compensation_kind else None
        ),
        compensation_minor=row.compensation_minor,
        prevention_suggestion=row.prevention_suggestion,
    )
