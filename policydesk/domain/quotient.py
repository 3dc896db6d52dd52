"""The customer-service quotient: seven areas, twenty-five statements, rated 1 to 5.

This module holds the statement set as codes; the wording lives in the user interface so that it
can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

STATEMENT_SET_VERSION = 1
LOWEST_RATING = 1
HIGHEST_RATING = 5


class Area(StrEnum):
    """The seven areas, in the order the assessment presents them."""

    CULTURE = "culture"
    PRODUCTS = "products"
    FEEDBACK = "feedback"
    KNOWING_CUSTOMERS = "knowing_customers"
    EASE_OF_CONTACT = "ease_of_contact"
    STAFF = "staff"
    IMPROVEMENT = "improvement"


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement to rate, identified by a stable code such as ``culture.right_first_time``."""

    area: Area
    key: str

    @property
    def code(self) -> str:
        """The code answers are stored under."""
        return f"{self.area.value}.{self.key}"


_KEYS: dict[Area, tuple[str, ...]] = {
    Area.CULTURE: ("whatever_it_takes", "right_first_time", "owner_sets_example", "customer_first"),
    Area.PRODUCTS: (
        "partnership_selling",
        "honest_promises",
        "know_what_matters",
        "designed_from_input",
    ),
    Area.FEEDBACK: ("review_complaints", "keep_asking", "remove_errors"),
    Area.KNOWING_CUSTOMERS: ("know_expectations", "frequent_contact", "everyone_knows"),
    Area.EASE_OF_CONTACT: ("easy_to_deal_with", "resolve_every_complaint", "invite_complaints"),
    Area.STAFF: (
        "respect_staff",
        "understand_offer",
        "tools_and_skills",
        "free_to_solve",
        "part_of_the_job",
    ),
    Area.IMPROVEMENT: ("keep_improving", "learn_from_others", "fix_quickly"),
}

STATEMENTS: tuple[Statement, ...] = tuple(
    Statement(area, key) for area in Area for key in _KEYS[area]
)


def statements_in(area: Area) -> tuple[Statement, ...]:
    """Return the statements of one area, in order."""
    return tuple(s for s in STATEMENTS if s.area is area)


class RespondentRole(StrEnum):
    """Who answered: the owner, a manager or a member of staff."""

    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"
