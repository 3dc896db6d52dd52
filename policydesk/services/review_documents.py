"""The review pack: gathered from the review service, laid out by the export module.

The layout is :mod:`policydesk.export.review_pack`. The request's ``meeting`` names a meeting
held (its pack shows the figures frozen with it); None asks for the next meeting's agenda, as
things stand on the day it is printed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from policydesk.domain.documents import Document, DocumentRequest
from policydesk.domain.reviews import SnapshotPlan, action_overdue
from policydesk.services.documents import (
    DocumentContext,
    DocumentError,
    DocumentErrorCode,
    file_name,
    page_count,
)
from policydesk.services.goals import GoalsService
from policydesk.services.reviews import PlanInfo, ReviewService

if TYPE_CHECKING:  # the layout brings ReportLab, loaded only when a pack is built
    from policydesk.export.review_pack import PackPlan


def build_review_pack(context: DocumentContext, request: DocumentRequest) -> Document:
    """A review meeting's pack, or the next meeting's agenda (``request.meeting`` None).

    Raises:
        DocumentError: no meeting has that id (``UNKNOWN_MEETING``), or the user cancelled.
    """
    from policydesk.export.review_pack import (
        PackFiguresDue,
        PackPlanNeeded,
        ReviewPack,
        pack_title,
        review_pack_pdf,
    )

    language = request.language or context.business_language
    goals = GoalsService(context.sessions, clock=lambda: context.now)
    reviews = ReviewService(context.sessions, goals, clock=lambda: context.now)
    today = reviews.today()
    context.step(0, 0)
    if request.meeting is None:
        agenda = reviews.agenda(today)
        units = {goal.goal_id: goal.unit for goal in agenda.figures.goals}
        pack = ReviewPack(
            held_on=None,
            today=today,
            last_meeting=agenda.last_meeting,
            goals=agenda.figures.goals,
            plans=tuple(_plan(plan) for plan in agenda.plans),
            plans_needed=tuple(
                PackPlanNeeded(
                    item.title, units.get(item.goal_id, ""), item.value, item.minimum, item.period
                )
                for item in agenda.plans_required
            ),
            figures_due=tuple(
                PackFiguresDue(item.title, item.periods) for item in agenda.measurements_due
            ),
        )
        suffix = today.isoformat()
    else:
        meeting = reviews.meeting(request.meeting)
        if meeting is None:
            raise DocumentError(DocumentErrorCode.UNKNOWN_MEETING, meeting=request.meeting)
        snapshot = meeting.snapshot
        pack = ReviewPack(
            held_on=meeting.held_on,
            today=today,
            attendees=meeting.attendees,
            decisions=meeting.decisions,
            staff_feedback=meeting.staff_feedback,
            goals=snapshot.goals,
            figures_readable=snapshot.readable,
            plans=tuple(_frozen_plan(plan, meeting.held_on) for plan in snapshot.plans),
            plans_made=tuple(_plan(plan) for plan in meeting.plans_raised),
        )
        suffix = meeting.held_on.isoformat()
    context.step(1, 2)
    data = review_pack_pdf(pack, business=context.business, language=language, paper=context.paper)
    context.step(2, 2)
    title = pack_title(pack, language)
    return Document(
        request.kind,
        data,
        title,
        file_name(context.business, title, suffix),
        page_count(data),
        False,
        language,
    )


def _plan(plan: PlanInfo) -> PackPlan:
    from policydesk.export.review_pack import PackAction, PackPlan

    return PackPlan(
        plan.goal_title,
        plan.reason,
        plan.status,
        tuple(
            PackAction(
                action.description,
                action.owner_name,
                action.due_on,
                action.status,
                action.overdue,
            )
            for action in plan.actions
        ),
    )


def _frozen_plan(plan: SnapshotPlan, held_on: date) -> PackPlan:
    """A plan as the meeting saw it: overdue means overdue on the meeting's day."""
    from policydesk.export.review_pack import PackAction, PackPlan

    return PackPlan(
        plan.goal_title,
        plan.reason,
        plan.status,
        tuple(
            PackAction(
                action.description,
                action.owner,
                action.due_on,
                action.status,
                action_overdue(action.due_on, action.status, held_on),
            )
            for action in plan.actions
        ),
    )
