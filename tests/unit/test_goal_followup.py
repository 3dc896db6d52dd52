"""Goal follow-up rules: standings both ways, periods and due dates, baseline and levels."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydesk.domain.goal_followup import (
    GoalStanding,
    Period,
    baseline_progress,
    due_periods,
    next_measurement_due,
    period_of,
    periods,
    propose_levels,
    read_number,
    standing,
)
from policydesk.domain.goals import Cadence, Direction

HIGHER = Direction.HIGHER_IS_BETTER
LOWER = Direction.LOWER_IS_BETTER
S = GoalStanding


# ---------------------------------------------------------------------------- standing


@pytest.mark.parametrize(
    ("value", "minimum", "target", "expected"),
    [
        (85.0, 70.0, 80.0, S.ON_TRACK),
        (80.0, 70.0, 80.0, S.ON_TRACK),  # exactly the target
        (75.0, 70.0, 80.0, S.BELOW_TARGET),
        (70.0, 70.0, 80.0, S.BELOW_TARGET),  # exactly the minimum is acceptable
        (69.9, 70.0, 80.0, S.BELOW_MINIMUM),
        (None, 70.0, 80.0, S.NO_DATA),
        (50.0, None, None, S.NO_LEVELS),
        (71.0, 70.0, None, S.ON_TRACK),  # only a minimum, met
        (69.0, 70.0, None, S.BELOW_MINIMUM),
        (79.0, None, 80.0, S.BELOW_TARGET),  # only a target: nothing to fall below
        (0.1 + 0.2, None, 0.3, S.ON_TRACK),  # floating-point noise is not a miss
    ],
)
def test_standing_when_higher_is_better(
    value: float | None, minimum: float | None, target: float | None, expected: GoalStanding
) -> None:
    assert standing(value, minimum, target, HIGHER) is expected


@pytest.mark.parametrize(
    ("value", "minimum", "target", "expected"),
    [
        (4.0, 8.0, 5.0, S.ON_TRACK),
        (5.0, 8.0, 5.0, S.ON_TRACK),
        (6.5, 8.0, 5.0, S.BELOW_TARGET),
        (8.0, 8.0, 5.0, S.BELOW_TARGET),  # at the ceiling: still acceptable
        (8.1, 8.0, 5.0, S.BELOW_MINIMUM),
        (None, 8.0, 5.0, S.NO_DATA),
        (3.0, None, None, S.NO_LEVELS),
        (7.0, 8.0, None, S.ON_TRACK),
        (9.0, 8.0, None, S.BELOW_MINIMUM),
        (6.0, None, 5.0, S.BELOW_TARGET),
        (0.0, 8.0, 5.0, S.ON_TRACK),
    ],
)
def test_standing_when_lower_is_better(
    value: float | None, minimum: float | None, target: float | None, expected: GoalStanding
) -> None:
    assert standing(value, minimum, target, LOWER) is expected


def test_standing_refuses_bad_input() -> None:
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError, match="finite"):
            standing(bad, 70.0, 80.0, HIGHER)
        with pytest.raises(ValueError, match="finite"):
            standing(75.0, bad, 80.0, HIGHER)
        with pytest.raises(ValueError, match="finite"):
            standing(75.0, 70.0, bad, LOWER)
    with pytest.raises(ValueError, match="better than the target"):
        standing(75.0, 90.0, 80.0, HIGHER)
    with pytest.raises(ValueError, match="better than the target"):
        standing(6.0, 4.0, 5.0, LOWER)
    with pytest.raises(ValueError, match="sideways"):
        standing(75.0, 70.0, 80.0, "sideways")  # type: ignore[arg-type]


@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.floats(min_value=0, max_value=1e6),
)
def test_flipping_direction_mirrors_the_standing(value: float, minimum: float, gap: float) -> None:
    target = minimum + gap
    up = standing(value, minimum, target, HIGHER)
    down = standing(-value, -minimum, -target, LOWER)
    assert up is down


# ---------------------------------------------------------------------------- periods


def test_periods_of_each_cadence() -> None:
    assert period_of(Cadence.MONTHLY, date(2028, 2, 10)) == Period(
        date(2028, 2, 1), date(2028, 2, 29)
    )  # a leap year
    assert period_of(Cadence.MONTHLY, date(2027, 2, 28)) == Period(
        date(2027, 2, 1), date(2027, 2, 28)
    )
    assert period_of(Cadence.MONTHLY, date(2026, 12, 31)) == Period(
        date(2026, 12, 1), date(2026, 12, 31)
    )
    assert period_of(Cadence.QUARTERLY, date(2026, 5, 31)) == Period(
        date(2026, 4, 1), date(2026, 6, 30)
    )
    assert period_of(Cadence.QUARTERLY, date(2026, 12, 1)) == Period(
        date(2026, 10, 1), date(2026, 12, 31)
    )
    assert period_of(Cadence.YEARLY, date(2024, 7, 4)) == Period(
        date(2024, 1, 1), date(2024, 12, 31)
    )


def test_periods_between_two_days() -> None:
    months = periods(Cadence.MONTHLY, date(2027, 12, 15), date(2028, 3, 1))
    assert [(p.start, p.end) for p in months] == [
        (date(2027, 12, 1), date(2027, 12, 31)),
        (date(2028, 1, 1), date(2028, 1, 31)),
        (date(2028, 2, 1), date(2028, 2, 29)),
        (date(2028, 3, 1), date(2028, 3, 31)),
    ]
    quarters = periods(Cadence.QUARTERLY, date(2026, 2, 1), date(2026, 12, 31))
    assert [p.start.month for p in quarters] == [1, 4, 7, 10]
    assert periods(Cadence.YEARLY, date(2026, 3, 3), date(2026, 3, 3)) == [
        Period(date(2026, 1, 1), date(2026, 12, 31))
    ]
    with pytest.raises(ValueError, match="before"):
        periods(Cadence.MONTHLY, date(2026, 3, 1), date(2026, 2, 1))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)))
def test_every_day_lies_in_exactly_one_period(day: date) -> None:
    for cadence in Cadence:
        period = period_of(cadence, day)
        assert period.start <= day <= period.end
        assert period_of(cadence, period.due_on).start == period.due_on  # no gaps


def test_the_period_after_the_last_measured_one_is_due_when_it_has_ended() -> None:
    after_january = next_measurement_due(Cadence.MONTHLY, date(2028, 1, 31))
    assert after_january == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert after_january.due_on == date(2028, 3, 1)
    assert not after_january.is_due(date(2028, 2, 29))
    assert after_january.is_due(date(2028, 3, 1))
    assert next_measurement_due(Cadence.QUARTERLY, date(2026, 9, 30)) == Period(
        date(2026, 10, 1), date(2026, 12, 31)
    )
    assert next_measurement_due(Cadence.YEARLY, date(2026, 12, 31)) == Period(
        date(2027, 1, 1), date(2027, 12, 31)
    )
    # A monthly figure on a quarterly goal: the rest of the quarter is next.
    assert next_measurement_due(Cadence.QUARTERLY, date(2026, 10, 31)) == Period(
        date(2026, 11, 1), date(2026, 12, 31)
    )


def test_due_periods_are_the_ended_ones() -> None:
    first = Period(date(2026, 9, 1), date(2026, 9, 30))
    assert due_periods(Cadence.MONTHLY, first, date(2026, 9, 30)) == []
    assert due_periods(Cadence.MONTHLY, first, date(2026, 10, 1)) == [first]
    due = due_periods(Cadence.MONTHLY, first, date(2026, 12, 2))
    assert [p.end for p in due] == [date(2026, 9, 30), date(2026, 10, 31), date(2026, 11, 30)]
    assert len(due_periods(Cadence.MONTHLY, first, date(2036, 1, 1), limit=24)) == 24


def test_dates_must_be_calendar_dates() -> None:
    naive = datetime(2026, 1, 31, 12)
    aware = datetime(2026, 1, 31, 12, tzinfo=UTC)
    for moment in (naive, aware):
        with pytest.raises(ValueError, match="calendar date"):
            next_measurement_due(Cadence.MONTHLY, moment)
        with pytest.raises(ValueError, match="calendar date"):
            period_of(Cadence.MONTHLY, moment)
        with pytest.raises(ValueError, match="calendar date"):
            baseline_progress(moment, 3, date(2026, 2, 1))
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 2, 1), date(2026, 1, 31))
    with pytest.raises(ValueError, match="weekly"):
        period_of("weekly", date(2026, 1, 1))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- baseline


def test_baseline_progress() -> None:
    start = date(2026, 3, 1)
    before = baseline_progress(start, 3, date(2026, 2, 1))
    assert (before.share, before.ends_on, before.done) == (0.0, date(2026, 5, 31), False)
    half = baseline_progress(start, 3, date(2026, 4, 16))
    assert half.share == pytest.approx(46 / 92)
    last_day = baseline_progress(start, 3, date(2026, 5, 31))
    assert not last_day.done
    assert last_day.share < 1
    done = baseline_progress(start, 3, date(2026, 6, 1))
    assert (done.share, done.done) == (1.0, True)
    # Over a leap day, and a year ending in February.
    assert baseline_progress(date(2028, 1, 1), 2, date(2028, 1, 1)).ends_on == date(2028, 2, 29)
    assert baseline_progress(date(2027, 12, 1), 3, date(2027, 12, 1)).ends_on == date(2028, 2, 29)
    for months in (0, -1, 121, True, 2.5):
        with pytest.raises(ValueError, match="months"):
            baseline_progress(start, months, date(2026, 4, 1))  # type: ignore[arg-type]


def test_levels_are_proposed_from_the_baseline() -> None:
    calls = [66.0, 70.0, 64.0, 72.0, 68.0, 75.0]
    levels = propose_levels(calls, HIGHER, unit="%")
    assert levels.baseline == 69.0
    assert levels.minimum == 69.0
    assert levels.target == pytest.approx(71.5)  # the better quartile
    assert levels.measured == 6
    returns = [7.8, 8.4, 7.1, 6.9, 7.5]
    lower = propose_levels(returns, LOWER, unit="%")
    assert (lower.minimum, lower.target) == (7.5, 7.1)
    assert standing(lower.baseline, lower.minimum, lower.target, LOWER) is S.BELOW_TARGET


def test_even_values_get_a_ten_percent_better_target() -> None:
    assert propose_levels([80.0, 80.0, 80.0], HIGHER).target == 88.0
    assert propose_levels([5.0], LOWER).target == 4.5
    assert propose_levels([96.0, 96.0], HIGHER, unit="%").target == 100.0  # capped
    assert propose_levels([0.0, 0.0], LOWER, unit="st").target == 0.0


def test_level_proposal_refuses_bad_values() -> None:
    with pytest.raises(ValueError, match="no values"):
        propose_levels([], HIGHER)
    with pytest.raises(ValueError, match="finite"):
        propose_levels([1.0, math.nan], HIGHER)
    with pytest.raises(ValueError, match="finite"):
        propose_levels([math.inf], LOWER)


@given(
    st.lists(st.floats(min_value=0, max_value=100), min_size=1, max_size=40),
    st.sampled_from(list(Direction)),
)
def test_proposed_levels_are_never_out_of_order(values: list[float], direction: Direction) -> None:
    levels = propose_levels(values, direction, unit="%")
    assert 0 <= levels.minimum <= 100
    assert 0 <= levels.target <= 100
    # A valid pair for the goal: the standing check accepts it.
    assert standing(levels.baseline, levels.minimum, levels.target, direction) in {
        S.ON_TRACK,
        S.BELOW_TARGET,
        S.BELOW_MINIMUM,
    }


# ---------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("82,5", 82.5),
        (" 82.5 ", 82.5),
        ("1 234,5", 1234.5),
        ("-3", -3.0),
        (7, 7.0),
        (0.5, 0.5),
        ("nan", None),
        ("inf", None),
        ("1e3", None),
        ("åtta", None),
        ("", None),
        (True, None),
        (math.nan, None),
        (math.inf, None),
        (None, None),
        (10**400, None),
    ],
)
def test_numbers_are_read_as_typed(typed: object, expected: float | None) -> None:
    assert read_number(typed) == expected
