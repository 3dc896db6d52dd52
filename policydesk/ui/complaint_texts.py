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

# Each call names its context in full: lupdate reads only literal contexts and texts.
translate = QCoreApplication.translate


def channel_label(channel: Channel) -> str:
    """How a channel is called on screen."""
    return {
        Channel.COUNTER: translate("ComplaintTexts", "At the counter"),
        Channel.PHONE: translate("ComplaintTexts", "Phone"),
        Channel.EMAIL: translate("ComplaintTexts", "E-mail"),
        Channel.WEB: translate("ComplaintTexts", "Web"),
        Channel.SOCIAL: translate("ComplaintTexts", "Social media"),
        Channel.LETTER: translate("ComplaintTexts", "Letter"),
    }[channel]


def status_label(status: ComplaintStatus) -> str:
    """How a status is called on screen."""
    return {
        ComplaintStatus.NEW: translate("ComplaintTexts", "New"),
        ComplaintStatus.IN_PROGRESS: translate("ComplaintTexts", "In progress"),
        ComplaintStatus.WAITING: translate("ComplaintTexts", "Waiting for the customer"),
        ComplaintStatus.RESOLVED: translate("ComplaintTexts", "Resolved"),
        ComplaintStatus.CLOSED: translate("ComplaintTexts", "Followed up"),
    }[status]


def status_action_label(status: ComplaintStatus, current: ComplaintStatus) -> str:
    """The button text that moves a complaint from ``current`` to ``status``."""
    if status is ComplaintStatus.IN_PROGRESS and not current.is_open:
        return translate("ComplaintTexts", "Reopen")
    return {
        ComplaintStatus.NEW: translate("ComplaintTexts", "Mark as New"),
        ComplaintStatus.IN_PROGRESS: translate("ComplaintTexts", "Start Work"),
        ComplaintStatus.WAITING: translate("ComplaintTexts", "Wait for the Customer"),
        ComplaintStatus.RESOLVED: translate("ComplaintTexts", "Mark Resolved"),
        ComplaintStatus.CLOSED: translate("ComplaintTexts", "Close after Follow-up"),
    }[status]


def outcome_label(outcome: FollowUpOutcome) -> str:
    """How a follow-up outcome is called on screen."""
    return {
        FollowUpOutcome.SATISFIED: translate("ComplaintTexts", "Satisfied"),
        FollowUpOutcome.NOT_SATISFIED: translate("ComplaintTexts", "Not satisfied"),
        FollowUpOutcome.NOT_REACHED: translate("ComplaintTexts", "Could not reach"),
    }[outcome]


def compensation_label(kind: CompensationKind) -> str:
    """How a kind of compensation is called on screen."""
    return {
        CompensationKind.REFUND: translate("ComplaintTexts", "Refund"),
        CompensationKind.REPLACEMENT: translate("ComplaintTexts", "Replacement"),
        CompensationKind.DISCOUNT: translate("ComplaintTexts", "Discount"),
        CompensationKind.GIFT: translate("ComplaintTexts", "Gift"),
        CompensationKind.OTHER: translate("ComplaintTexts", "Other"),
    }[kind]


def default_category_names() -> dict[DefaultCategory, str]:
    """The starting categories' names in the current language (a new file gets these)."""
    return {
        DefaultCategory.DEFECTIVE: translate("ComplaintTexts", "Faulty product"),
        DefaultCategory.DELIVERY: translate("ComplaintTexts", "Delivery"),
        DefaultCategory.WAITING_TIME: translate("ComplaintTexts", "Waiting time"),
        DefaultCategory.STAFF_CONDUCT: translate("ComplaintTexts", "Staff conduct"),
        DefaultCategory.PRICE_BILLING: translate("ComplaintTexts", "Price and billing"),
        DefaultCategory.INFORMATION: translate("ComplaintTexts", "Information"),
        DefaultCategory.RETURNS: translate("ComplaintTexts", "Returns"),
        DefaultCategory.OTHER: translate("ComplaintTexts", "Other"),
    }


def column_title(column: SortColumn) -> str:
    """The log's column titles."""
    return {
        SortColumn.NUMBER: translate("ComplaintTexts", "No."),
        SortColumn.RECEIVED: translate("ComplaintTexts", "Received"),
        SortColumn.CUSTOMER: translate("ComplaintTexts", "Customer"),
        SortColumn.CATEGORY: translate("ComplaintTexts", "Category"),
        SortColumn.CHANNEL: translate("ComplaintTexts", "Channel"),
        SortColumn.STATUS: translate("ComplaintTexts", "Status"),
        SortColumn.EMPLOYEE: translate("ComplaintTexts", "Received by"),
        SortColumn.FOLLOWUP: translate("ComplaintTexts", "Follow-up"),
    }[column]


def field_label(field: str) -> str:
    """The name of a form field, as the form labels it (for messages and the history)."""
    labels = {
        "description": translate("ComplaintTexts", "Complaint"),
        "received_at": translate("ComplaintTexts", "Received"),
        "received_by_id": translate("ComplaintTexts", "Received by"),
        "channel": translate("ComplaintTexts", "Channel"),
        "category_id": translate("ComplaintTexts", "Category"),
        "product_ref": translate("ComplaintTexts", "Product or order"),
        "customer_name": translate("ComplaintTexts", "Customer's name"),
        "customer_address": translate("ComplaintTexts", "Address"),
        "customer_phone": translate("ComplaintTexts", "Phone"),
        "customer_email": translate("ComplaintTexts", "E-mail"),
        "customer_request": translate("ComplaintTexts", "The customer asks for"),
        "agreed_resolution": translate("ComplaintTexts", "Agreed resolution"),
        "resolved_on_spot": translate("ComplaintTexts", "Resolved on the spot"),
        "resolved_at": translate("ComplaintTexts", "Resolved"),
        "promised_at": translate("ComplaintTexts", "Promised by"),
        "followup_due_at": translate("ComplaintTexts", "Follow up on"),
        "followed_up_at": translate("ComplaintTexts", "Followed up"),
        "followup_outcome": translate("ComplaintTexts", "Outcome"),
        "followup_note": translate("ComplaintTexts", "Follow-up note"),
        "compensation_kind": translate("ComplaintTexts", "Compensation"),
        "compensation_minor": translate("ComplaintTexts", "Amount"),
        "prevention_suggestion": translate("ComplaintTexts", "How to avoid it next time"),
        "status": translate("ComplaintTexts", "Status"),
        "deleted": translate("ComplaintTexts", "Deleted"),
        "action": translate("ComplaintTexts", "Step taken"),
        "category": translate("ComplaintTexts", "Category"),
        "staff": translate("ComplaintTexts", "Name"),
    }
    return labels.get(field, field)


def problem_text(problem: Problem) -> str:
    """A sentence that says what is wrong and what to do about it."""
    field = field_label(problem.field)
    code = problem.code
    sentences = {
        ProblemCode.DESCRIPTION_REQUIRED: translate(
            "ComplaintTexts", "Write down what the customer complained about."
        ),
        ProblemCode.RECEIVED_REQUIRED: translate(
            "ComplaintTexts", "Give the date and time the complaint came in."
        ),
        ProblemCode.IN_FUTURE: translate(
            "ComplaintTexts", "{field} is in the future. Check the date and time."
        ),
        ProblemCode.BEFORE_RECEIVED: translate(
            "ComplaintTexts", "{field} is before the complaint came in. Check the date and time."
        ),
        ProblemCode.CONTACT_REQUIRED: translate(
            "ComplaintTexts",
            "A follow-up is planned: give a phone number or an e-mail address to reach the "
            "customer, or remove the follow-up date.",
        ),
        ProblemCode.PHONE_HAS_LETTERS: translate(
            "ComplaintTexts",
            "The phone number may hold only digits, spaces, dashes, brackets and a leading +.",
        ),
        ProblemCode.PHONE_TOO_SHORT: translate(
            "ComplaintTexts",
            "The phone number is too short: it needs at least {min} digits. "
            "Include the area code, e.g. 08-123 456 78 or 021 123 4567.",
        ),
        ProblemCode.PHONE_TOO_LONG: translate(
            "ComplaintTexts",
            "The phone number has more than {max} digits. Check for a digit typed twice.",
        ),
        ProblemCode.EMAIL_NO_AT: translate(
            "ComplaintTexts", "The e-mail address needs one @, as in name@example.se."
        ),
        ProblemCode.EMAIL_HAS_SPACES: translate(
            "ComplaintTexts", "The e-mail address may not contain spaces."
        ),
        ProblemCode.EMAIL_BAD_DOMAIN: translate(
            "ComplaintTexts",
            "The part after @ ({domain}) is not a complete domain, as in example.se or example.ro.",
        ),
        ProblemCode.COMPENSATION_NEGATIVE: translate(
            "ComplaintTexts", "The compensation cannot be a negative amount."
        ),
        ProblemCode.COMPENSATION_TOO_LARGE: translate(
            "ComplaintTexts", "The compensation amount is implausibly large. Check the number."
        ),
        ProblemCode.COMPENSATION_WITHOUT_KIND: translate(
            "ComplaintTexts",
            "Choose what kind of compensation the amount is: refund, replacement, discount, "
            "gift or other.",
        ),
        ProblemCode.OUTCOME_WITHOUT_TIME: translate(
            "ComplaintTexts", "Give the date and time of the follow-up, or clear its outcome."
        ),
        ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME: translate(
            "ComplaintTexts",
            "Choose the follow-up's outcome: satisfied, not satisfied or could not reach.",
        ),
        ProblemCode.TOO_LONG: translate(
            "ComplaintTexts", "{field} is too long: at most {max} characters."
        ),
        ProblemCode.CONTROL_CHARACTERS: translate(
            "ComplaintTexts",
            "{field} contains invisible control characters. Retype or paste it as plain text.",
        ),
        ProblemCode.UNKNOWN_CATEGORY: translate(
            "ComplaintTexts", "The category no longer exists. Choose another one."
        ),
        ProblemCode.UNKNOWN_STAFF: translate(
            "ComplaintTexts", "That person is no longer on the staff list."
        ),
        ProblemCode.WRONG_STATUS: translate(
            "ComplaintTexts", "The complaint cannot move from {from} to {to}."
        ),
        ProblemCode.NOT_FOUND: (
            translate(
                "ComplaintTexts", "The complaint is no longer there; it may have been deleted."
            )
            if problem.field == "id"
            else translate(
                "ComplaintTexts", "{field} is no longer there; someone may have removed it."
            )
        ),
        ProblemCode.TEXT_REQUIRED: translate("ComplaintTexts", "Write what was done."),
        ProblemCode.OWNER_ONLY: translate(
            "ComplaintTexts",
            "Only the owner can bring back a deleted complaint. Choose the owner under "
            "\u201cWorking as\u201d.",
        ),
        ProblemCode.NAME_REQUIRED: translate("ComplaintTexts", "Give a name."),
        ProblemCode.NAME_TAKEN: translate("ComplaintTexts", "That name is already on the list."),
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
