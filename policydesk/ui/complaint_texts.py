"""Translated words for the complaint log: choices, column titles, field names, problems.

The domain stores codes and returns problem codes; this module is where they become sentences
in the user's language. Each ``translate()`` call is written out in full so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintStatus,
    DefaultCategory,
    FollowUpOutcome,
    Problem,
    ProblemCode,
    SortColumn,
)

_CONTEXT = "ComplaintTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def channel_label(channel: Channel) -> str:
    """How a channel is called on screen."""
    return {
        Channel.COUNTER: _t("At the counter"),
        Channel.PHONE: _t("Phone"),
        Channel.EMAIL: _t("E-mail"),
        Channel.WEB: _t("Web"),
        Channel.SOCIAL: _t("Social media"),
        Channel.LETTER: _t("Letter"),
    }[channel]


def status_label(status: ComplaintStatus) -> str:
    """How a status is called on screen."""
    return {
        ComplaintStatus.NEW: _t("New"),
        ComplaintStatus.IN_PROGRESS: _t("In progress"),
        ComplaintStatus.WAITING: _t("Waiting for the customer"),
        ComplaintStatus.RESOLVED: _t("Resolved"),
        ComplaintStatus.CLOSED: _t("Followed up"),
    }[status]


def status_action_label(status: ComplaintStatus, current: ComplaintStatus) -> str:
    """The button text that moves a complaint from ``current`` to ``status``."""
    if status is ComplaintStatus.IN_PROGRESS and not current.is_open:
        return _t("Reopen")
    return {
        ComplaintStatus.NEW: _t("Mark as New"),
        ComplaintStatus.IN_PROGRESS: _t("Start Work"),
        ComplaintStatus.WAITING: _t("Wait for the Customer"),
        ComplaintStatus.RESOLVED: _t("Mark Resolved"),
        ComplaintStatus.CLOSED: _t("Close after Follow-up"),
    }[status]


def outcome_label(outcome: FollowUpOutcome) -> str:
    """How a follow-up outcome is called on screen."""
    return {
        FollowUpOutcome.SATISFIED: _t("Satisfied"),
        FollowUpOutcome.NOT_SATISFIED: _t("Not satisfied"),
        FollowUpOutcome.NOT_REACHED: _t("Could not reach"),
    }[outcome]


def compensation_label(kind: CompensationKind) -> str:
    """How a kind of compensation is called on screen."""
    return {
        CompensationKind.REFUND: _t("Refund"),
        CompensationKind.REPLACEMENT: _t("Replacement"),
        CompensationKind.DISCOUNT: _t("Discount"),
        CompensationKind.GIFT: _t("Gift"),
        CompensationKind.OTHER: _t("Other"),
    }[kind]


def default_category_names() -> dict[DefaultCategory, str]:
    """The starting categories' names in the current language (a new file gets these)."""
    return {
        DefaultCategory.DEFECTIVE: _t("Faulty product"),
        DefaultCategory.DELIVERY: _t("Delivery"),
        DefaultCategory.WAITING_TIME: _t("Waiting time"),
        DefaultCategory.STAFF_CONDUCT: _t("Staff conduct"),
        DefaultCategory.PRICE_BILLING: _t("Price and billing"),
        DefaultCategory.INFORMATION: _t("Information"),
        DefaultCategory.RETURNS: _t("Returns"),
        DefaultCategory.OTHER: _t("Other"),
    }


def column_title(column: SortColumn) -> str:
    """The log's column titles."""
    return {
        SortColumn.NUMBER: _t("No."),
        SortColumn.RECEIVED: _t("Received"),
        SortColumn.CUSTOMER: _t("Customer"),
        SortColumn.CATEGORY: _t("Category"),
        SortColumn.CHANNEL: _t("Channel"),
        SortColumn.STATUS: _t("Status"),
        SortColumn.EMPLOYEE: _t("Received by"),
        SortColumn.FOLLOWUP: _t("Follow-up"),
    }[column]


def field_label(field: str) -> str:
    """The name of a form field, as the form labels it (for messages and the history)."""
    labels = {
        "description": _t("Complaint"),
        "received_at": _t("Received"),
        "received_by_id": _t("Received by"),
        "channel": _t("Channel"),
        "category_id": _t("Category"),
        "product_ref": _t("Product or order"),
        "customer_name": _t("Customer's name"),
        "customer_address": _t("Address"),
        "customer_phone": _t("Phone"),
        "customer_email": _t("E-mail"),
        "customer_request": _t("The customer asks for"),
        "agreed_resolution": _t("Agreed resolution"),
        "resolved_on_spot": _t("Resolved on the spot"),
        "resolved_at": _t("Resolved"),
        "promised_at": _t("Promised by"),
        "followup_due_at": _t("Follow up on"),
        "followed_up_at": _t("Followed up"),
        "followup_outcome": _t("Outcome"),
        "followup_note": _t("Follow-up note"),
        "compensation_kind": _t("Compensation"),
        "compensation_minor": _t("Amount"),
        "prevention_suggestion": _t("How to avoid it next time"),
        "status": _t("Status"),
        "deleted": _t("Deleted"),
        "action": _t("Step taken"),
        "category": _t("Category"),
        "staff": _t("Name"),
    }
    return labels.get(field, field)


def problem_text(problem: Problem) -> str:
    """A sentence that says what is wrong and what to do about it."""
    field = field_label(problem.field)
    code = problem.code
    sentences = {
        ProblemCode.DESCRIPTION_REQUIRED: _t("Write down what the customer complained about."),
        ProblemCode.RECEIVED_REQUIRED: _t("Give the date and time the complaint came in."),
        ProblemCode.IN_FUTURE: _t("{field} is in the future. Check the date and time."),
        ProblemCode.BEFORE_RECEIVED: _t(
            "{field} is before the complaint came in. Check the date and time."
        ),
        ProblemCode.RESOLVED_WITHOUT_TIME: _t("Give the date and time it was resolved."),
        ProblemCode.CONTACT_REQUIRED: _t(
            "A follow-up is planned: give a phone number or an e-mail address to reach the "
            "customer, or remove the follow-up date."
        ),
        ProblemCode.PHONE_HAS_LETTERS: _t(
            "The phone number may hold only digits, spaces, dashes, brackets and a leading +."
        ),
        ProblemCode.PHONE_TOO_SHORT: _t(
            "The phone number is too short: it needs at least {min} digits. "
            "Include the area code, e.g. 08-123 456 78 or 021 123 4567."
        ),
        ProblemCode.PHONE_TOO_LONG: _t(
            "The phone number has more than {max} digits. Check for a digit typed twice."
        ),
        ProblemCode.EMAIL_NO_AT: _t("The e-mail address needs one @, as in name@example.se."),
        ProblemCode.EMAIL_HAS_SPACES: _t("The e-mail address may not contain spaces."),
        ProblemCode.EMAIL_BAD_DOMAIN: _t(
            "The part after @ ({domain}) is not a complete domain, as in example.se or example.ro."
        ),
        ProblemCode.COMPENSATION_NEGATIVE: _t("The compensation cannot be a negative amount."),
        ProblemCode.COMPENSATION_TOO_LARGE: _t(
            "The compensation amount is implausibly large. Check the number."
        ),
        ProblemCode.COMPENSATION_WITHOUT_KIND: _t(
            "Choose what kind of compensation the amount is: refund, replacement, discount, "
            "gift or other."
        ),
        ProblemCode.OUTCOME_WITHOUT_TIME: _t(
            "Give the date and time of the follow-up, or clear its outcome."
        ),
        ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME: _t(
            "Choose the follow-up's outcome: satisfied, not satisfied or could not reach."
        ),
        ProblemCode.TOO_LONG: _t("{field} is too long: at most {max} characters."),
        ProblemCode.CONTROL_CHARACTERS: _t(
            "{field} contains invisible control characters. Retype or paste it as plain text."
        ),
        ProblemCode.UNKNOWN_CATEGORY: _t("The category no longer exists. Choose another one."),
        ProblemCode.UNKNOWN_STAFF: _t("That person is no longer on the staff list."),
        ProblemCode.WRONG_STATUS: _t("The complaint cannot move from {from} to {to}."),
        ProblemCode.NOT_FOUND: (
            _t("The complaint is no longer there; it may have been deleted.")
            if problem.field == "id"
            else _t("{field} is no longer there; someone may have removed it.")
        ),
        ProblemCode.TEXT_REQUIRED: _t("Write what was done."),
        ProblemCode.OWNER_ONLY: _t(
            "Only the owner can bring back a deleted complaint. Choose the owner under "
            "\u201cWorking as\u201d."
        ),
        ProblemCode.NAME_REQUIRED: _t("Give a name."),
        ProblemCode.NAME_TAKEN: _t("That name is already on the list."),
    }
    text = sentences[code]
    status_codes = {status.value: status_label(status) for status in ComplaintStatus}
    replacements = {
        "{field}": field,
        "{min}": problem.param("min"),
        "{max}": problem.param("max"),
        "{domain}": problem.param("domain"),
        "{from}": status_codes.get(problem.param("from"), problem.param("from")),
        "{to}": status_codes.get(problem.param("to"), problem.param("to")),
    }
    for key, value in replacements.items():
        text = text.replace(key, value)
    return text
