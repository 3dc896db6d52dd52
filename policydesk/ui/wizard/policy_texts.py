"""Translated words for the policy: steps, states, answers, choices and problems.

The domain stores codes and keys and returns problem codes; this module is where they become
words in the user's language. Each ``translate()`` call is written out in full so lupdate
finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from policydesk.domain.complaints import Channel
from policydesk.domain.goals import AbandonedCallRule, Cadence, Direction, GoalTemplate
from policydesk.domain.policy import (
    Decider,
    FindingSource,
    InflowPeriod,
    NeedsPeriod,
    PlatformFit,
    PolicyArea,
    PolicyStatus,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_content import PolicyProblem, PolicyProblemCode
from policydesk.ui.complaint_texts import channel_label

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate


def step_title(step: PolicyStep) -> str:
    """A step's name in the step list and as its page's heading."""
    return {
        PolicyStep.MISSION: translate("PolicyTexts", "Business and mission"),
        PolicyStep.TODAY: translate("PolicyTexts", "Today"),
        PolicyStep.NEEDS: translate("PolicyTexts", "Customer needs"),
        PolicyStep.VISION: translate("PolicyTexts", "Vision statement"),
        PolicyStep.GOALS: translate("PolicyTexts", "Goals and promises"),
        PolicyStep.AREAS: translate("PolicyTexts", "Policy areas"),
        PolicyStep.GUIDELINES: translate("PolicyTexts", "Staff guidelines"),
        PolicyStep.ROLLOUT: translate("PolicyTexts", "Rollout and follow-up"),
        PolicyStep.APPROVAL: translate("PolicyTexts", "Review and approve"),
    }[step]


def state_label(state: StepState) -> str:
    """How far the owner has come with a step, in words."""
    return {
        StepState.NOT_STARTED: translate("PolicyTexts", "Not started"),
        StepState.IN_PROGRESS: translate("PolicyTexts", "In progress"),
        StepState.DONE: translate("PolicyTexts", "Done"),
        StepState.SKIPPED: translate("PolicyTexts", "Skipped"),
    }[state]


def status_label(status: PolicyStatus) -> str:
    """A version's status in words."""
    return {
        PolicyStatus.DRAFT: translate("PolicyTexts", "Draft"),
        PolicyStatus.APPROVED: translate("PolicyTexts", "Approved"),
        PolicyStatus.SUPERSEDED: translate("PolicyTexts", "Replaced by a later version"),
    }[status]


def area_label(area: PolicyArea) -> str:
    """A policy area's name."""
    return {
        PolicyArea.OVERVIEW: translate("PolicyTexts", "Products and services"),
        PolicyArea.SPEED: translate("PolicyTexts", "Speed"),
        PolicyArea.COMMUNICATION: translate("PolicyTexts", "Communication"),
        PolicyArea.FOLLOW_UP: translate("PolicyTexts", "Follow-up"),
        PolicyArea.COMPLAINTS: translate("PolicyTexts", "Complaints"),
        PolicyArea.RETENTION: translate("PolicyTexts", "Keeping customers"),
        PolicyArea.EMPLOYEE_MONITORING: translate("PolicyTexts", "Staff feedback and recognition"),
    }[area]


def choice_label(code: str) -> str:
    """Words for any choice code the policy stores (the code itself when unknown)."""
    labels = {
        PlatformFit.YES.value: translate("PolicyTexts", "Yes, they can"),
        PlatformFit.PARTLY.value: translate("PolicyTexts", "Partly"),
        PlatformFit.NO.value: translate("PolicyTexts", "No, we must invest"),
        Decider.OWNER.value: translate("PolicyTexts", "The owner"),
        Decider.MANAGEMENT.value: translate("PolicyTexts", "The management team"),
        Decider.BOARD.value: translate("PolicyTexts", "The board"),
        NeedsPeriod.MONTHS_3.value: translate("PolicyTexts", "The last 3 months"),
        NeedsPeriod.MONTHS_6.value: translate("PolicyTexts", "The last 6 months"),
        NeedsPeriod.MONTHS_12.value: translate("PolicyTexts", "The last 12 months"),
        NeedsPeriod.ALL.value: translate("PolicyTexts", "Everything logged"),
        Cadence.MONTHLY.value: translate("PolicyTexts", "Monthly"),
        Cadence.QUARTERLY.value: translate("PolicyTexts", "Quarterly"),
        Cadence.YEARLY.value: translate("PolicyTexts", "Yearly"),
        InflowPeriod.DAY.value: translate("PolicyTexts", "per day"),
        InflowPeriod.WEEK.value: translate("PolicyTexts", "per week"),
        Direction.HIGHER_IS_BETTER.value: translate("PolicyTexts", "Higher is better"),
        Direction.LOWER_IS_BETTER.value: translate("PolicyTexts", "Lower is better"),
        AbandonedCallRule.MISSED.value: translate("PolicyTexts", "Count as not answered in time"),
        AbandonedCallRule.EXCLUDED.value: translate("PolicyTexts", "Leave out of the figure"),
        AbandonedCallRule.IGNORE_SHORT.value: translate(
            "PolicyTexts", "Leave out only those who hang up quickly"
        ),
    }
    if code in labels:
        return labels[code]
    if code in FindingSource._value2member_map_:
        return source_label(FindingSource(code))
    if code in GoalTemplate._value2member_map_:
        return template_label(GoalTemplate(code))
    if code in Channel._value2member_map_:
        return channel_label(Channel(code))
    return code


def source_label(source: FindingSource) -> str:
    """Where a finding about the customers comes from."""
    return {
        FindingSource.COMPLAINT_LOG: translate("PolicyTexts", "Complaint log"),
        FindingSource.SURVEY: translate("PolicyTexts", "Survey"),
        FindingSource.FOCUS_GROUP: translate("PolicyTexts", "Focus group"),
        FindingSource.STAFF: translate("PolicyTexts", "What staff hear"),
        FindingSource.OPERATIONS: translate("PolicyTexts", "Operational figure"),
        FindingSource.SUPPLIER: translate("PolicyTexts", "Supplier or service provider"),
    }[source]


def template_label(template: GoalTemplate) -> str:
    """A goal template's name."""
    return {
        GoalTemplate.PHONE_ANSWER_WITHIN: translate("PolicyTexts", "Answer calls within a time"),
        GoalTemplate.EMAIL_REPLY_WITHIN: translate(
            "PolicyTexts", "Reply to e-mail within business hours"
        ),
        GoalTemplate.COMPLAINTS_RESOLVED_WITHIN: translate(
            "PolicyTexts", "Resolve complaints within business days"
        ),
        GoalTemplate.AVAILABILITY: translate("PolicyTexts", "Available during office hours"),
        GoalTemplate.RETURN_RATE: translate("PolicyTexts", "Return rate at most"),
        GoalTemplate.FOLLOWUP_SATISFIED: translate(
            "PolicyTexts", "Complainants satisfied with the handling"
        ),
        GoalTemplate.BOUGHT_AGAIN: translate("PolicyTexts", "Complainants who buy again"),
        GoalTemplate.CUSTOM: translate("PolicyTexts", "Your own goal"),
    }[template]


def answer_label(key: str) -> str:  # noqa: PLR0911 (one return per kind of key)
    """What an answer is called in the review and in a comparison of two versions.

    Knows every key of :data:`~policydesk.domain.policy_content.POLICY_FIELDS` and the keys
    that :meth:`~policydesk.domain.policy_content.PolicyContent.flatten` makes for the lists.
    """
    labels = {
        "business.name": translate("PolicyTexts", "Business name"),
        "business.trade": translate("PolicyTexts", "Trade"),
        "mission.who_we_are": translate("PolicyTexts", "Who we are"),
        "mission.for_whom": translate("PolicyTexts", "Who we are there for"),
        "mission.perceived_as": translate("PolicyTexts", "How we want to be perceived"),
        "mission.view_of_service": translate("PolicyTexts", "Our view of service"),
        "mission.economics": translate("PolicyTexts", "The economic perspective"),
        "mission.ambition": translate("PolicyTexts", "Our level of ambition"),
        "mission.approach": translate("PolicyTexts", "Our basic approach"),
        "mission.strategic_mission": translate(
            "PolicyTexts", "The strategic mission of customer service"
        ),
        "today.desired_state": translate("PolicyTexts", "The desired state"),
        "today.people": translate("PolicyTexts", "People handling customer contacts"),
        "today.hours_per_day": translate("PolicyTexts", "Business hours per working day"),
        "today.contacts_per_person": translate(
            "PolicyTexts", "Contacts one person handles per day"
        ),
        "today.open_backlog": translate("PolicyTexts", "Contacts waiting right now"),
        "today.days_per_week": translate("PolicyTexts", "Working days per week"),
        "today.platform": translate("PolicyTexts", "Tools in use"),
        "today.platform_fit": translate("PolicyTexts", "Can the tools meet the goals?"),
        "today.investments": translate("PolicyTexts", "Investments needed"),
        "needs.period": translate("PolicyTexts", "Complaint log period"),
        "needs.staff_hear": translate("PolicyTexts", "What staff hear most"),
        "vision.success": translate("PolicyTexts", "Success in 3–5 years"),
        "vision.reasons": translate("PolicyTexts", "Five reasons for the success"),
        "vision.customer_view": translate("PolicyTexts", "The same reasons, as customers say them"),
        "vision.steps": translate("PolicyTexts", "The steps that got us there"),
        "vision.summary": translate("PolicyTexts", "Summary"),
        "vision.final": translate("PolicyTexts", "Our vision"),
        "guidelines.complaint_steps": translate("PolicyTexts", "Handling a complaint"),
        "guidelines.discretion": translate("PolicyTexts", "What staff may decide alone"),
        "guidelines.compensation_limit": translate(
            "PolicyTexts", "Compensation staff may give without asking"
        ),
        "guidelines.escalation": translate("PolicyTexts", "Escalation route"),
        "guidelines.customer_asks": translate("PolicyTexts", "What we ask of customers"),
        "rollout.training": translate("PolicyTexts", "Training"),
        "rollout.meeting_date": translate("PolicyTexts", "Mandatory meeting"),
        "rollout.decider": translate("PolicyTexts", "Who decides"),
        "rollout.decision": translate("PolicyTexts", "How the decision is taken"),
        "rollout.cadence": translate("PolicyTexts", "Follow-up routine"),
        "rollout.follow_up_owner": translate("PolicyTexts", "Responsible for follow-up"),
        "rollout.follow_up": translate("PolicyTexts", "How results reach staff and management"),
        "approval.approvers": translate("PolicyTexts", "Approved by"),
        "approval.date": translate("PolicyTexts", "Approval date"),
    }
    if key in labels:
        return labels[key]
    head, _, rest = key.partition(".")
    if head == "areas" and rest in PolicyArea._value2member_map_:
        return area_label(PolicyArea(rest))
    number, _, name = rest.partition(".")
    part = _list_field_label(name)
    if head == "channel" and number in Channel._value2member_map_:
        return f"{channel_label(Channel(number))}: {part}"
    if head == "finding":
        return translate("PolicyTexts", "Finding %1: %2").replace("%1", number).replace("%2", part)
    if head == "problem":
        return (
            translate("PolicyTexts", "Top problem %1: %2").replace("%1", number).replace("%2", part)
        )
    if head == "goal":
        return translate("PolicyTexts", "Goal %1: %2").replace("%1", number).replace("%2", part)
    return key


def _list_field_label(name: str) -> str:
    labels = {
        "inflow_count": translate("PolicyTexts", "inflow"),
        "inflow_period": translate("PolicyTexts", "inflow period"),
        "strategy": translate("PolicyTexts", "strategy"),
        "tone": translate("PolicyTexts", "tone of voice"),
        "source": translate("PolicyTexts", "source"),
        "title": translate("PolicyTexts", "title"),
        "detail": translate("PolicyTexts", "detail"),
        "value": translate("PolicyTexts", "value"),
        "unit": translate("PolicyTexts", "unit"),
        "period_start": translate("PolicyTexts", "period from"),
        "period_end": translate("PolicyTexts", "period to"),
        "source_name": translate("PolicyTexts", "where it comes from"),
        "recorded_on": translate("PolicyTexts", "recorded on"),
        "category_id": translate("PolicyTexts", "category"),
        "frequent": translate("PolicyTexts", "frequent"),
        "costly": translate("PolicyTexts", "costly"),
        "actionable": translate("PolicyTexts", "actionable"),
        "template": translate("PolicyTexts", "kind"),
        "definition": translate("PolicyTexts", "definition"),
        "direction": translate("PolicyTexts", "direction"),
        "channel": translate("PolicyTexts", "channel"),
        "threshold_seconds": translate("PolicyTexts", "within seconds"),
        "baseline_value": translate("PolicyTexts", "baseline"),
        "baseline_from": translate("PolicyTexts", "baseline from"),
        "baseline_to": translate("PolicyTexts", "baseline to"),
        "baseline_months": translate("PolicyTexts", "measure first for months"),
        "minimum_value": translate("PolicyTexts", "minimum level"),
        "target_value": translate("PolicyTexts", "target"),
        "owner_name": translate("PolicyTexts", "owner"),
        "cadence": translate("PolicyTexts", "review"),
        "abandoned_rule": translate("PolicyTexts", "abandoned calls"),
        "short_abandon_seconds": translate("PolicyTexts", "short hang-up within seconds"),
        "top_problem_rank": translate("PolicyTexts", "top problem"),
    }
    return labels.get(name, name)


def problem_text(problem: PolicyProblem) -> str:
    """A sentence that says what to fix."""
    code = problem.code
    locale = QLocale()

    def number(name: str) -> str:
        raw = problem.param(name)
        try:
            value = float(raw)
        except ValueError:
            return raw
        return locale.toString(int(value)) if value == int(value) else locale.toString(value)

    texts = {
        PolicyProblemCode.UNKNOWN_FIELD: translate(
            "PolicyTexts", "This answer cannot be stored here."
        ),
        PolicyProblemCode.TOO_LONG: translate(
            "PolicyTexts", "This is %1 characters long; shorten it to %2 at most."
        )
        .replace("%1", number("length"))
        .replace("%2", number("max")),
        PolicyProblemCode.CONTROL_CHARACTERS: translate(
            "PolicyTexts",
            "This text holds invisible control characters (often from a copy and paste); "
            "type it again or paste it as plain text.",
        ),
        PolicyProblemCode.NOT_A_NUMBER: translate("PolicyTexts", "Write a number here."),
        PolicyProblemCode.NOT_WHOLE: translate("PolicyTexts", "Write a whole number here."),
        PolicyProblemCode.TOO_SMALL: translate(
            "PolicyTexts", "The smallest allowed is %1."
        ).replace("%1", number("min")),
        PolicyProblemCode.TOO_LARGE: translate("PolicyTexts", "The largest allowed is %1.").replace(
            "%1", number("max")
        ),
        PolicyProblemCode.NOT_A_DATE: translate("PolicyTexts", "Choose a date."),
        PolicyProblemCode.UNKNOWN_CHOICE: translate("PolicyTexts", "Choose one of the options."),
        PolicyProblemCode.FROZEN: translate(
            "PolicyTexts",
            "This version is approved and can no longer change. Start a new version to edit it.",
        ),
        PolicyProblemCode.NOT_FOUND: translate(
            "PolicyTexts", "This was removed meanwhile (perhaps in another window)."
        ),
        PolicyProblemCode.TITLE_REQUIRED: translate(
            "PolicyTexts", "Give the goal a short title that says what you promise."
        ),
        PolicyProblemCode.PERCENT_RANGE: translate(
            "PolicyTexts", "A percentage lies between 0 and 100."
        ),
        PolicyProblemCode.MINIMUM_BEYOND_TARGET: translate(
            "PolicyTexts",
            "The minimum level is the worst you accept, so it cannot be better than the target.",
        ),
        PolicyProblemCode.BASELINE_PERIOD: translate(
            "PolicyTexts", "Say which period the baseline was measured in."
        ),
        PolicyProblemCode.BASELINE_TWICE: translate(
            "PolicyTexts",
            "You have a baseline already; clear “measure first” or clear the baseline.",
        ),
        PolicyProblemCode.THRESHOLD_REQUIRED: translate(
            "PolicyTexts", "Say within how many seconds calls are to be answered."
        ),
        PolicyProblemCode.SHORT_ABANDON_REQUIRED: translate(
            "PolicyTexts", "Say how quick a hang-up is to be left out (in seconds)."
        ),
        PolicyProblemCode.RANK_RANGE: translate(
            "PolicyTexts", "Choose one of the three top problems."
        ),
        PolicyProblemCode.PERIOD_ORDER: translate(
            "PolicyTexts", "The end of the period comes before its start."
        ),
        PolicyProblemCode.VISION_REQUIRED: translate(
            "PolicyTexts", "Write the vision (step 4, Vision statement)."
        ),
        PolicyProblemCode.GOAL_REQUIRED: translate(
            "PolicyTexts",
            "Add at least one goal with a target, or with a plan to measure a baseline first "
            "(step 5, Goals and promises).",
        ),
        PolicyProblemCode.GUIDELINE_REQUIRED: translate(
            "PolicyTexts",
            "Write how staff handle a complaint (step 7, Staff guidelines).",
        ),
        PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED: translate(
            "PolicyTexts",
            "Name the person responsible for follow-up (step 8, Rollout and follow-up).",
        ),
        PolicyProblemCode.APPROVER_REQUIRED: translate(
            "PolicyTexts", "Write the names of those who approve the policy."
        ),
        PolicyProblemCode.APPROVAL_DATE_REQUIRED: translate(
            "PolicyTexts", "Choose the day the policy is approved."
        ),
        PolicyProblemCode.APPROVAL_DATE_IN_FUTURE: translate(
            "PolicyTexts", "The approval date lies in the future; approve on the day itself."
        ),
        PolicyProblemCode.NOT_A_DRAFT: translate(
            "PolicyTexts", "Only a draft can be approved; this version is approved already."
        ),
        PolicyProblemCode.TOP_PROBLEM_WITHOUT_GOAL: translate(
            "PolicyTexts", "Top problem %1 (“%2”) has no goal yet."
        )
        .replace("%1", problem.param("rank"))
        .replace("%2", problem.param("title")),
        PolicyProblemCode.TOP_PROBLEM_FAILS_RULE: translate(
            "PolicyTexts",
            "Top problem %1 (“%2”) is not marked frequent, costly and actionable; is it the "
            "right one?",
        )
        .replace("%1", problem.param("rank"))
        .replace("%2", problem.param("title")),
        PolicyProblemCode.NO_TOP_PROBLEMS: translate(
            "PolicyTexts", "The three most important problems are not written yet (step 3)."
        ),
        PolicyProblemCode.TARGET_WITHOUT_BASELINE: translate(
            "PolicyTexts",
            "The goal “%1” has a target but no baseline; targets hold best after a few months "
            "of measuring.",
        ).replace("%1", problem.param("title")),
        PolicyProblemCode.VISION_TOO_LONG: translate(
            "PolicyTexts",
            "The vision has %1 words; a vision people remember has about %2 at most.",
        )
        .replace("%1", number("words"))
        .replace("%2", number("max")),
    }
    return texts[code]
