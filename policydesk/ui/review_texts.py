"""Words for review meetings and improvement plans: problems, standings, statuses, figures.

The review service reports problems as codes with a field name; this module turns each into one
plain sentence in the user's language. The meetings view, the plans view and their dialogs
share the small formatting helpers here (a figure with its unit, a measuring period, a day), so
a figure reads the same wherever it is shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from policydesk.domain.goal_followup import GoalStanding, Period
from policydesk.domain.goals import ActionStatus, PlanStatus

if TYPE_CHECKING:
    from policydesk.services.reviews import ReviewProblem

translate = QCoreApplication.translate


def qdate(day: date) -> QDate:
    """A Python date as a ``QDate``."""
    return QDate(day.year, day.month, day.day)


def day_text(day: date | None) -> str:
    """A day as the user reads it ("10 Nov 2026"); a dash for no day."""
    if day is None:
        return "—"
    return QLocale().toString(qdate(day), "d MMM yyyy")


def iso_day_text(iso: str) -> str:
    """An ISO date (as problems carry them) as the user reads it."""
    try:
        return day_text(date.fromisoformat(iso))
    except ValueError:
        return iso


def number_text(value: float | None, unit: str = "") -> str:
    """A figure with its unit, one decimal unless it is whole; a dash for no figure."""
    if value is None:
        return "—"
    text = QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)
    return f"{text} {unit}" if unit else text


def period_text(period: Period, *, long_month: bool = False) -> str:
    """A measuring period: a month by its name, any other period by its first and last day."""
    first, last = period.start, period.end
    locale = QLocale()
    if first.day == 1 and (last.year, last.month) == (first.year, first.month):
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        if (following - last).days == 1:
            return locale.toString(qdate(first), "MMMM yyyy" if long_month else "MMM yyyy")
    return (
        translate("ReviewTexts", "%1 to %2")
        .replace("%1", day_text(first))
        .replace("%2", day_text(last))
    )


def standing_text(standing: GoalStanding) -> str:
    """A goal's standing as a mark and words (never colour alone)."""
    if standing is GoalStanding.ON_TRACK:
        return "✓ " + translate("ReviewTexts", "On track")
    if standing is GoalStanding.BELOW_TARGET:
        return "▽ " + translate("ReviewTexts", "Below target")
    if standing is GoalStanding.BELOW_MINIMUM:
        return "✗ " + translate("ReviewTexts", "Below minimum")
    if standing is GoalStanding.NO_DATA:
        return "– " + translate("ReviewTexts", "No figures yet")
    return "○ " + translate("ReviewTexts", "No levels set")


def action_status_text(status: ActionStatus, *, overdue: bool = False) -> str:
    """An action's status in words; an overdue open action says so with a mark."""
    if status is ActionStatus.DONE:
        return "✓ " + translate("ReviewTexts", "Done")
    if status is ActionStatus.DROPPED:
        return "– " + translate("ReviewTexts", "Dropped")
    if overdue:
        return "⚠ " + translate("ReviewTexts", "Overdue")
    return "○ " + translate("ReviewTexts", "Open")


def action_status_choice(status: ActionStatus) -> str:
    """An action's status as a choice in a list (without marks)."""
    if status is ActionStatus.DONE:
        return translate("ReviewTexts", "Done")
    if status is ActionStatus.DROPPED:
        return translate("ReviewTexts", "Dropped")
    return translate("ReviewTexts", "Open")


def plan_status_text(status: PlanStatus, closed_on: date | None = None) -> str:
    """A plan's status in words, with the day it was closed."""
    if status is PlanStatus.OPEN:
        return translate("ReviewTexts", "Open")
    if closed_on is None:
        return translate("ReviewTexts", "Closed")
    return translate("ReviewTexts", "Closed on %1").replace("%1", day_text(closed_on))


def actions_count_text(open_count: int, overdue_count: int) -> str:
    """How many actions are open and how many of those are overdue."""
    locale = QLocale()
    if open_count == 0:
        opened = translate("ReviewTexts", "none open")
    elif open_count == 1:
        opened = translate("ReviewTexts", "1 open")
    else:
        opened = translate("ReviewTexts", "%1 open").replace("%1", locale.toString(open_count))
    if overdue_count == 0:
        return opened
    if overdue_count == 1:
        overdue = translate("ReviewTexts", "⚠ 1 overdue")
    else:
        overdue = translate("ReviewTexts", "⚠ %1 overdue").replace(
            "%1", locale.toString(overdue_count)
        )
    return translate("ReviewTexts", "%1, %2").replace("%1", opened).replace("%2", overdue)


def plans_made_text(count: int) -> str:
    """How many improvement plans a meeting made."""
    if count == 0:
        return translate("ReviewTexts", "no plans made")
    if count == 1:
        return translate("ReviewTexts", "1 plan made")
    return translate("ReviewTexts", "%1 plans made").replace("%1", QLocale().toString(count))


def field_of(problem: ReviewProblem) -> tuple[int | None, str]:
    """The action's place (for ``action.<n>.<field>``) and the field a problem is about."""
    parts = problem.field.split(".")
    if len(parts) == 3 and parts[0] == "action" and parts[1].isdigit():
        return int(parts[1]), parts[2]
    return None, problem.field


def _field_name(field: str) -> str:
    names = {
        "attendees": translate("ReviewTexts", "The list of who attended"),
        "decisions": translate("ReviewTexts", "The decisions text"),
        "staff_feedback": translate("ReviewTexts", "The feedback text"),
        "reason": translate("ReviewTexts", "The reason for the plan"),
        "description": translate("ReviewTexts", "The action's description"),
    }
    return names.get(field, translate("ReviewTexts", "The text"))


def review_problem_text(problem: ReviewProblem) -> str:  # noqa: PLR0911, PLR0912 - one sentence per code
    """One plain sentence for a problem the review service reported."""
    code = str(problem.code)
    _, field = field_of(problem)
    locale = QLocale()
    if code == "unknown_meeting":
        return translate(
            "ReviewTexts", "This meeting no longer exists; it may have been removed already."
        )
    if code == "unknown_plan":
        return translate(
            "ReviewTexts", "This improvement plan no longer exists; it may have been removed."
        )
    if code == "unknown_action":
        return translate(
            "ReviewTexts", "This action no longer exists; it may have been removed already."
        )
    if code == "unknown_goal":
        return translate(
            "ReviewTexts", "This goal no longer exists; it may have been removed in the policy."
        )
    if code == "unknown_staff":
        return translate(
            "ReviewTexts", "This person is no longer on the staff list. Choose someone else."
        )
    if code == "not_a_date":
        if field == "held_on":
            return translate("ReviewTexts", "Choose the day the meeting was held.")
        return translate("ReviewTexts", "Choose a date.")
    if code == "date_in_future":
        return translate(
            "ReviewTexts",
            "A meeting is recorded once it has been held: choose today (%1) or an earlier day.",
        ).replace("%1", iso_day_text(problem.param("today")))
    if code == "date_too_early":
        return translate("ReviewTexts", "The date is too early: choose %1 or later.").replace(
            "%1", iso_day_text(problem.param("earliest"))
        )
    if code == "required":
        if field == "attendees":
            return translate("ReviewTexts", "Say who attended the meeting.")
        if field == "reason":
            return translate("ReviewTexts", "Say why the plan is made.")
        if field == "description":
            return translate("ReviewTexts", "Say what is to be done.")
        return translate("ReviewTexts", "%1 is empty. Fill it in.").replace(
            "%1", _field_name(field)
        )
    if code == "not_text":
        return translate("ReviewTexts", "%1 could not be read as text. Type it again.").replace(
            "%1", _field_name(field)
        )
    if code == "too_long":
        return (
            translate("ReviewTexts", "%1 is too long: %2 characters, at most %3.")
            .replace("%1", _field_name(field))
            .replace("%2", locale.toString(int(problem.param("length") or 0)))
            .replace("%3", locale.toString(int(problem.param("max") or 0)))
        )
    if code == "control_characters":
        return translate(
            "ReviewTexts", "%1 holds characters that cannot be stored. Type it again."
        ).replace("%1", _field_name(field))
    if code == "not_a_status":
        return translate("ReviewTexts", "Choose whether the action is open, done or dropped.")
    if code == "due_date_required":
        return translate(
            "ReviewTexts",
            "Choose by when it must be done: an open action needs a due date, "
            "or it is easily forgotten.",
        )
    if code == "plan_already_open":
        return translate(
            "ReviewTexts",
            "This goal already has an open improvement plan. Add the actions to that plan, "
            "or close it first.",
        )
    if code == "plan_closed":
        return translate(
            "ReviewTexts", "This plan is closed, so its actions stay as they are. Reopen it first."
        )
    return translate("ReviewTexts", "The change could not be stored.")


__all__ = [
    "action_status_choice",
    "action_status_text",
    "actions_count_text",
    "day_text",
    "field_of",
    "iso_day_text",
    "number_text",
    "period_text",
    "plan_status_text",
    "plans_made_text",
    "qdate",
    "review_problem_text",
    "standing_text",
]
