"""The customer-service quotient: seven areas, twenty-five statements, rated 1 to 5.

This module holds the statement set as codes (the wording lives in the user interface, so that
it can be translated) and the scoring, in exact fractions: an area's score is the mean of its
statements, the quotient the sum of the seven area scores (7 to 35). Bands are half-open, so a
quotient of exactly 28 is an asset and exactly 21 adequate, and no total falls between bands::

    from policydesk.domain.quotient import score
    result = score([[4, 5, 4, 4], [3, 4, 4, 3], [4, 4, 3], [3, 3, 4], [5, 4, 4],
                    [5, 4, 4, 5, 4], [4, 3, 4]])
    result.areas   # seven Fractions
    result.total   # Fraction(543, 20), shown as 27.15
    result.band    # Band.ADEQUATE == "adequate"

A round has several respondents: each statement's mean over them is scored the same way.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

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


AREA_SIZES: tuple[int, ...] = tuple(len(_KEYS[area]) for area in Area)
LOWEST_TOTAL = Fraction(len(Area) * LOWEST_RATING)
HIGHEST_TOTAL = Fraction(len(Area) * HIGHEST_RATING)
ASSET_FROM = Fraction(28)
ADEQUATE_FROM = Fraction(21)
MONTHS_BETWEEN_ROUNDS = 12


class Band(StrEnum):
    """What a quotient says about the business's service (half-open, so every total has one)."""

    ASSET = "asset"  # 28 and above: service is an asset
    ADEQUATE = "adequate"  # 21 up to (not including) 28: adequate, but improve overall
    AT_RISK = "at_risk"  # below 21: probably losing customers because of the service


def band_of(total: Fraction) -> Band:
    """The band a quotient falls in; exact, so 28 is an asset and 21 adequate."""
    if total >= ASSET_FROM:
        return Band.ASSET
    if total >= ADEQUATE_FROM:
        return Band.ADEQUATE
    return Band.AT_RISK


@dataclass(frozen=True, slots=True)
class QuotientResult:
    """A scored assessment: seven exact area scores, their sum and its band.

    Attributes:
        areas: the mean rating of each area, in :class:`Area` order.
        total: the quotient, the sum of the area scores (7 to 35).
        band: what the quotient says.
    """

    areas: tuple[Fraction, ...]
    total: Fraction
    band: Band

    def area(self, area: Area) -> Fraction:
        """The score of one area."""
        return self.areas[list(Area).index(area)]

    def weakest(self, count: int = 2) -> tuple[Area, ...]:
        """The ``count`` lowest-scoring areas, lowest first (ties in the areas' own order)."""
        order = sorted(Area, key=lambda area: (self.area(area), list(Area).index(area)))
        return tuple(order[:count])


def score(ratings: Sequence[Sequence[int]]) -> QuotientResult:
    """Score one respondent's ratings exactly.

    Args:
        ratings: seven sequences, one per area in :class:`Area` order, of whole ratings from 1
            to 5 (4, 4, 3, 3, 3, 5 and 3 of them).

    Raises:
        ValueError: the wrong number of areas or statements, or a rating that is not a whole
            number from 1 to 5; the message says which.
    """
    raw: object = ratings  # checked as whatever a script may pass
    if isinstance(raw, str | bytes) or not isinstance(raw, Sequence):
        raise ValueError("ratings must be a sequence of seven areas")
    if len(ratings) != len(Area):
        raise ValueError(f"expected {len(Area)} areas, got {len(ratings)}")
    values: list[list[Fraction]] = []
    for area, size, given in zip(Area, AREA_SIZES, ratings, strict=True):
        row_raw: object = given
        if isinstance(row_raw, str | bytes) or not isinstance(row_raw, Sequence):
            raise ValueError(f"area {area.value}: ratings must be a sequence")
        if len(given) != size:
            raise ValueError(f"area {area.value}: expected {size} ratings, got {len(given)}")
        row: list[Fraction] = []
        for number, rating in enumerate(given, start=1):
            # bool is an int in Python, but True is no rating.
            if isinstance(rating, bool) or not isinstance(rating, int):
                raise ValueError(
                    f"area {area.value}, statement {number}: {rating!r} is not a whole number"
                )
            if not LOWEST_RATING <= rating <= HIGHEST_RATING:
                raise ValueError(
                    f"area {area.value}, statement {number}: {rating} is outside "
                    f"{LOWEST_RATING}-{HIGHEST_RATING}"
                )
            row.append(Fraction(rating))
        values.append(row)
    return _scored(values)


def _scored(values: Sequence[Sequence[Fraction]]) -> QuotientResult:
    areas = tuple(sum(row, Fraction(0)) / len(row) for row in values)
    total = sum(areas, Fraction(0))
    return QuotientResult(areas, total, band_of(total))


# ---------------------------------------------------------------------------- rounds

Answers = Mapping[str, int]  # statement code -> rating, for one respondent


def unanswered(answers: Answers) -> tuple[Statement, ...]:
    """The statements a respondent has not rated yet, in order."""
    return tuple(statement for statement in STATEMENTS if statement.code not in answers)


def statement_means(respondents: Sequence[Answers]) -> dict[str, Fraction]:
    """The mean rating of each statement over the respondents who rated it (exact)."""
    means: dict[str, Fraction] = {}
    for statement in STATEMENTS:
        given = [answers[statement.code] for answers in respondents if statement.code in answers]
        if given:
            means[statement.code] = Fraction(sum(given), len(given))
    return means


@dataclass(frozen=True, slots=True)
class RoundResult:
    """A round scored: each statement's mean over respondents, then the quotient of the means.

    ``result`` is None while some statement has no rating at all.
    """

    respondents: int
    means: Mapping[str, Fraction]
    result: QuotientResult | None


def round_result(respondents: Sequence[Answers]) -> RoundResult:
    """Score a round from its respondents' answers (a respondent may be unfinished)."""
    means = statement_means(respondents)
    result = None
    if len(means) == len(STATEMENTS):
        result = _scored([[means[s.code] for s in statements_in(area)] for area in Area])
    return RoundResult(len(respondents), means, result)


def area_means(answers: Sequence[Answers]) -> tuple[Fraction | None, ...]:
    """Each area's mean over a group of respondents (None for an area nobody rated)."""
    means = statement_means(answers)
    found: list[Fraction | None] = []
    for area in Area:
        rated = [means[s.code] for s in statements_in(area) if s.code in means]
        found.append(sum(rated, Fraction(0)) / len(rated) if rated else None)
    return tuple(found)


def owner_staff_spread(
    owners: Sequence[Answers], staff: Sequence[Answers]
) -> tuple[Fraction | None, ...]:
    """Per area, how much higher the owner rates it than the staff do (negative: lower).

    None where either side has no ratings for the area.
    """
    owner_areas, staff_areas = area_means(owners), area_means(staff)
    return tuple(
        None if mine is None or theirs is None else mine - theirs
        for mine, theirs in zip(owner_areas, staff_areas, strict=True)
    )


@dataclass(frozen=True, slots=True)
class StatementChange:
    """How much one statement's mean rating moved between two rounds."""

    statement: Statement
    before: Fraction
    after: Fraction

    @property
    def change(self) -> Fraction:
        """After minus before."""
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class RoundComparison:
    """Two rounds side by side: areas, totals, and the statements that moved most."""

    before: QuotientResult
    after: QuotientResult
    changes: tuple[StatementChange, ...]  # biggest move first
    same_statements: bool  # False: the statement sets differ, compare with care

    @property
    def area_changes(self) -> tuple[Fraction, ...]:
        """Per area, after minus before."""
        return tuple(a - b for a, b in zip(self.after.areas, self.before.areas, strict=True))

    @property
    def total_change(self) -> Fraction:
        """The quotient's move."""
        return self.after.total - self.before.total


def compare_rounds(
    before: RoundResult, after: RoundResult, *, same_statements: bool = True
) -> RoundComparison | None:
    """Compare two scored rounds; None when either has statements nobody rated."""
    if before.result is None or after.result is None:
        return None
    changes = [
        StatementChange(statement, before.means[statement.code], after.means[statement.code])
        for statement in STATEMENTS
    ]
    changes.sort(key=lambda found: (-abs(found.change), STATEMENTS.index(found.statement)))
    return RoundComparison(before.result, after.result, tuple(changes), same_statements)


def assessment_due(last_held: date | None, today: date) -> bool:
    """Whether twelve months have passed since the last round (or there has been none)."""
    if last_held is None:
        return True
    return today >= add_months(last_held, MONTHS_BETWEEN_ROUNDS)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))
