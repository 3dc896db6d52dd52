"""Complaints: the codes a complaint record is made of.

Choices are stored as these codes, never as translated labels.
"""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """How the complaint reached the business."""

    COUNTER = "counter"
    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    SOCIAL = "social"
    LETTER = "letter"


class ComplaintStatus(StrEnum):
    """Where a complaint is in its life: new, in progress, waiting, resolved, closed."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting for the customer: pauses the service clock
    RESOLVED = "resolved"
    CLOSED = "closed"  # followed up

    @property
    def is_open(self) -> bool:
        """Whether work on the complaint is still going on."""
        return self in (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING)


class FollowUpOutcome(StrEnum):
    """What the follow-up call or message found."""

    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"
    NOT_REACHED = "not_reached"


class CompensationKind(StrEnum):
    """What the customer was given to make up for the problem."""

    REFUND = "refund"
    REPLACEMENT = "replacement"
    DISCOUNT = "discount"
    GIFT = "gift"
    OTHER = "other"


class DefaultCategory(StrEnum):
    """The complaint categories a new file starts with; the owner can rename and add more."""

    DEFECTIVE = "defective"
    DELIVERY = "delivery"
    WAITING_TIME = "waiting_time"
    STAFF_CONDUCT = "staff_conduct"
    PRICE_BILLING = "price_billing"
    INFORMATION = "information"
    RETURNS = "returns"
    OTHER = "other"
