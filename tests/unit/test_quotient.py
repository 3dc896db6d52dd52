"""The customer-service quotient: exact scores, every band edge, rounds and comparisons."""

from __future__ import annotations

import itertools
import random
from datetime import date
from fractions import Fraction

import pytest

from policydesk.domain.quotient import (
    AREA_SIZES,
    STATEMENTS,
    Area,
    Band,
    add_months,
    area_means,
    assessment_due,
    band_of,
    compare_rounds,
    owner_staff_spread,
    round_result,
    score,
    statements_in,
    unanswered,
)


def flat(value: int) -> list[list[int]]:
    """Every statement rated ``value``."""
    return [[value] * size for size in AREA_SIZES]


def answers_from(ratings: list[list[int]]) -> dict[str, int]:
    return {
        statement.code: rating
        for area, row in zip(Area, ratings, strict=True)
        for statement, rating in zip(statements_in(area), row, strict=True)
    }


def test_the_statement_set_is_the_briefs() -> None:
    assert AREA_SIZES == (4, 4, 3, 3, 3, 5, 3)
    assert len(STATEMENTS) == 25
    assert len({s.code for s in STATEMENTS}) == 25


@pytest.mark.parametrize(("value", "total", "band"), [(1, 7, Band.AT_RISK), (5, 35, Band.ASSET)])
def test_lowest_and_highest(value: int, total: int, band: Band) -> None:
    result = score(flat(value))
    assert result.total == total
    assert result.areas == (Fraction(value),) * 7
    assert result.band is band


def test_exactly_28_is_an_asset_even_when_thirds_add_up() -> None:
    ratings = flat(4)
    ratings[2] = [5, 4, 4]  # 13/3
    ratings[3] = [4, 4, 3]  # 11/3: as floats 13/3 + 11/3 need not make exactly 8
    ratings[0] = [5, 4, 4, 4]  # 17/4
    ratings[1] = [4, 4, 4, 3]  # 15/4
    result = score(ratings)
    assert result.total == Fraction(28)
    assert result.band is Band.ASSET
    assert str(result.band) == "asset"  # a string for scripts, as the example shows


def test_exactly_21_is_adequate() -> None:
    ratings = flat(3)
    ratings[2] = [4, 3, 3]  # 10/3
    ratings[4] = [3, 3, 2]  # 8/3
    ratings[5] = [4, 3, 3, 3, 2]  # 3
    result = score(ratings)
    assert result.total == Fraction(21)
    assert result.band is Band.ADEQUATE


def test_just_below_each_edge() -> None:
    below_28 = flat(4)
    below_28[5] = [4, 4, 4, 4, 3]  # 19/5: total 27.8
    assert score(below_28).total == Fraction(139, 5)
    assert score(below_28).band is Band.ADEQUATE
    below_21 = flat(3)
    below_21[6] = [3, 3, 2]  # 8/3: total 20 2/3
    assert score(below_21).total == Fraction(62, 3)
    assert score(below_21).band is Band.AT_RISK


def test_band_edges_directly() -> None:
    assert band_of(Fraction(28)) is Band.ASSET
    assert band_of(Fraction(28) - Fraction(1, 10**9)) is Band.ADEQUATE
    assert band_of(Fraction(21)) is Band.ADEQUATE
    assert band_of(Fraction(21) - Fraction(1, 10**9)) is Band.AT_RISK
    # The gaps a rounded table leaves (27.2, 20.5) fall in a band too.
    assert band_of(Fraction(272, 10)) is Band.ADEQUATE
    assert band_of(Fraction(41, 2)) is Band.AT_RISK


def test_the_order_of_the_areas_does_not_change_the_total() -> None:
    rng = random.Random(4)
    for _ in range(50):
        ratings = [[rng.randint(1, 5) for _ in range(size)] for size in AREA_SIZES]
        result = score(ratings)
        means = [Fraction(sum(row), len(row)) for row in ratings]
        for order in itertools.islice(itertools.permutations(means), 20):
            assert sum(order, Fraction(0)) == result.total
        assert result.band is band_of(result.total)


@pytest.mark.parametrize(
    ("ratings", "message"),
    [
        (flat(3)[:6], "expected 7 areas, got 6"),
        ([*flat(3), [3]], "expected 7 areas, got 8"),
        ([[3, 3, 3], *flat(3)[1:]], "area culture: expected 4 ratings, got 3"),
        ([*flat(3)[:5], [3, 3, 3, 3], flat(3)[6]], "area staff: expected 5 ratings, got 4"),
        ([[3, 3, 3, 6], *flat(3)[1:]], "area culture, statement 4: 6 is outside 1-5"),
        ([*flat(3)[:2], [0, 3, 3], *flat(3)[3:]], "area feedback, statement 1: 0 is outside"),
        ([[3, 3.5, 3, 3], *flat(3)[1:]], "statement 2: 3.5 is not a whole number"),
        ([[3, "4", 3, 3], *flat(3)[1:]], "statement 2: '4' is not a whole number"),
        ([[3, True, 3, 3], *flat(3)[1:]], "statement 2: True is not a whole number"),
        ([[3, None, 3, 3], *flat(3)[1:]], "statement 2: None is not a whole number"),
        ("3333", "must be a sequence"),
        (None, "must be a sequence"),
        ([*flat(3)[:6], "333"], "area improvement: ratings must be a sequence"),
    ],
)
def test_bad_ratings_say_which(ratings: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        score(ratings)  # type: ignore[arg-type]


def test_weakest_areas_lowest_first_ties_in_order() -> None:
    ratings = flat(4)
    ratings[4] = [2, 2, 2]
    ratings[1] = [3, 3, 3, 3]
    ratings[6] = [3, 3, 3]
    assert score(ratings).weakest() == (Area.EASE_OF_CONTACT, Area.PRODUCTS)
    assert score(flat(3)).weakest() == (Area.CULTURE, Area.PRODUCTS)


def test_a_round_scores_the_mean_of_each_statement() -> None:
    owner = answers_from(flat(5))
    staff = answers_from(flat(3))
    scored = round_result([owner, staff])
    assert scored.respondents == 2
    assert scored.result is not None
    assert scored.result.total == 28
    assert all(mean == 4 for mean in scored.means.values())
    # An unfinished respondent counts where they rated.
    partial = {STATEMENTS[0].code: 1}
    scored = round_result([owner, staff, partial])
    assert scored.means[STATEMENTS[0].code] == 3
    assert scored.means[STATEMENTS[1].code] == 4


def test_a_round_with_an_unrated_statement_has_no_quotient_yet() -> None:
    almost = answers_from(flat(4))
    del almost[STATEMENTS[-1].code]
    scored = round_result([almost])
    assert scored.result is None
    assert len(scored.means) == 24
    assert unanswered(almost) == (STATEMENTS[-1],)
    assert round_result([]).result is None


def test_owner_and_staff_spread_per_area() -> None:
    owner = answers_from(flat(5))
    staff_a = answers_from(flat(3))
    staff_b = answers_from(flat(4))
    spread = owner_staff_spread([owner], [staff_a, staff_b])
    assert spread == (Fraction(3, 2),) * 7
    assert owner_staff_spread([], [staff_a]) == (None,) * 7
    assert area_means([]) == (None,) * 7


def test_comparing_two_rounds_lists_the_biggest_moves_first() -> None:
    before = answers_from(flat(3))
    after = dict(before)
    after[STATEMENTS[10].code] = 5
    after[STATEMENTS[3].code] = 1
    after[STATEMENTS[20].code] = 4
    comparison = compare_rounds(round_result([before]), round_result([after]))
    assert comparison is not None
    moves = [(change.statement, change.change) for change in comparison.changes[:3]]
    assert moves == [
        (STATEMENTS[3], Fraction(-2)),
        (STATEMENTS[10], Fraction(2)),
        (STATEMENTS[20], Fraction(1)),
    ]
    assert comparison.total_change == comparison.after.total - comparison.before.total
    assert sum(comparison.area_changes, Fraction(0)) == comparison.total_change
    assert comparison.same_statements
    incomplete = round_result([{STATEMENTS[0].code: 3}])
    assert compare_rounds(incomplete, round_result([after])) is None


@pytest.mark.parametrize(
    ("last", "today", "due"),
    [
        (None, date(2026, 11, 22), True),
        (date(2025, 11, 22), date(2026, 11, 21), False),
        (date(2025, 11, 22), date(2026, 11, 22), True),
        (date(2024, 2, 29), date(2025, 2, 27), False),
        (date(2024, 2, 29), date(2025, 2, 28), True),
        (date(2026, 10, 22), date(2026, 11, 22), False),
    ],
)
def test_time_for_the_next_round(last: date | None, today: date, due: bool) -> None:
    assert assessment_due(last, today) is due


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 5, 15), 12) == date(2027, 5, 15)
