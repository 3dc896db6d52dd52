"""Counting backwards: inflow against capacity, and what can be promised."""

from __future__ import annotations

import dataclasses
import math

import pytest

from policydesk.domain.capacity import (
    MAX_COUNT,
    CapacityProblem,
    CapacityProblemCode,
    CapacityResult,
    Inflow,
    Resources,
    capacity_problems,
    count_backwards,
    missing_figures,
)
from policydesk.domain.policy import InflowPeriod

DAY = InflowPeriod.DAY
WEEK = InflowPeriod.WEEK


def _result(inflows: list[Inflow], resources: Resources) -> CapacityResult:
    result = count_backwards(inflows, resources)
    assert result is not None, (
        missing_figures(inflows, resources),
        capacity_problems(inflows, resources),
    )
    return result


def _codes(problems: list[CapacityProblem]) -> list[tuple[CapacityProblemCode, str]]:
    return [(problem.code, problem.field) for problem in problems]


# ---------------------------------------------------------------------------- the sums


def test_a_comfortable_shop_can_promise_within_a_day() -> None:
    inflows = [
        Inflow("phone", 30, DAY),
        Inflow("email", 50, WEEK),  # 10 per working day
        Inflow("counter", None, DAY),  # not filled in: not used
    ]
    resources = Resources(
        people=1.5, hours_per_day=8, contacts_per_person=40, open_backlog=20, days_per_week=5
    )
    result = _result(inflows, resources)
    assert result.daily_inflow == 40
    assert result.daily_capacity == 60
    assert result.load == pytest.approx(2 / 3)
    assert result.sustainable
    assert result.daily_shortfall == 0
    assert result.weekly_backlog_growth == 0
    # (20 waiting + 40 arriving) / 60 a day = exactly one working day of 8 hours
    assert result.promise_hours == pytest.approx(8.0)
    assert result.promise_days == 1
    assert result.days_to_clear_backlog == pytest.approx(1.0)  # 20 / (60 - 40)
    assert result.people_needed == 1.0


def test_backlog_with_unsustainable_load_promises_nothing() -> None:
    inflows = [Inflow("phone", 100, DAY)]
    resources = Resources(people=2, hours_per_day=8, contacts_per_person=30, open_backlog=50)
    result = _result(inflows, resources)
    assert result.daily_capacity == 60
    assert result.load == pytest.approx(100 / 60)
    assert not result.sustainable
    assert result.daily_shortfall == 40
    assert result.weekly_backlog_growth == 200  # 40 a day over 5 working days
    assert result.promise_hours is None
    assert result.promise_days is None
    assert result.days_to_clear_backlog is None
    assert result.people_needed == 3.4  # 100 / 30 = 3.33..., rounded up to a tenth


def test_weekly_growth_follows_the_working_days() -> None:
    resources = Resources(people=1, hours_per_day=6, contacts_per_person=10, days_per_week=6)
    result = _result([Inflow("web", 12, DAY)], resources)
    assert result.daily_shortfall == 2
    assert result.weekly_backlog_growth == 12


def test_only_weekly_counts_are_spread_over_the_working_days() -> None:
    inflows = [Inflow("email", 35, WEEK), Inflow("letter", 14, WEEK)]
    resources = Resources(people=1, hours_per_day=10, contacts_per_person=10, days_per_week=7)
    result = _result(inflows, resources)
    assert result.daily_inflow == pytest.approx(7.0)
    assert result.load == pytest.approx(0.7)
    assert result.people_needed == 0.7
    # 7 contacts at 10 a day: 0.7 of a 10-hour day
    assert result.promise_hours == pytest.approx(7.0)
    assert result.promise_days == 1


def test_the_same_channel_twice_adds_up() -> None:
    resources = Resources(people=1, hours_per_day=8, contacts_per_person=100, days_per_week=4)
    inflows = [
        Inflow("phone", 10, DAY),
        Inflow("phone", 5, DAY),
        Inflow("phone", None, DAY),
        Inflow("email", 10, WEEK),
    ]
    assert _result(inflows, resources).daily_inflow == 17.5


def test_fractional_people_count() -> None:
    resources = Resources(people=0.5, hours_per_day=4, contacts_per_person=16, open_backlog=0)
    result = _result([Inflow("phone", 6, DAY)], resources)
    assert result.daily_capacity == 8
    assert result.load == pytest.approx(0.75)
    assert result.people_needed == 0.4  # 6 / 16 = 0.375
    assert result.promise_hours == pytest.approx(3.0)  # 6 / 8 of a 4-hour day
    assert result.days_to_clear_backlog == 0


def test_promise_days_round_up_but_not_past_whole_days() -> None:
    resources = Resources(people=2, hours_per_day=8, contacts_per_person=30, open_backlog=70)
    result = _result([Inflow("phone", 40, DAY)], resources)
    assert result.promise_hours == pytest.approx(110 / 60 * 8)
    assert result.promise_days == 2
    exact = _result([Inflow("phone", 40, DAY)], dataclasses.replace(resources, open_backlog=80))
    assert exact.promise_hours == pytest.approx(16.0)
    assert exact.promise_days == 2  # exactly two days is two, not three


def test_people_needed_is_not_pushed_up_by_binary_fractions() -> None:
    # 21 / 30 * 10 is 7.000000000000001 in binary floating point.
    resources = Resources(people=1, hours_per_day=8, contacts_per_person=30)
    assert _result([Inflow("phone", 21, DAY)], resources).people_needed == 0.7
    resources = Resources(people=1, hours_per_day=8, contacts_per_person=3)
    assert _result([Inflow("phone", 1, DAY)], resources).people_needed == 0.4


def test_capacity_exactly_equal_to_inflow_never_clears_the_backlog() -> None:
    resources = Resources(people=2, hours_per_day=8, contacts_per_person=20, open_backlog=10)
    result = _result([Inflow("phone", 40, DAY)], resources)
    assert result.load == 1.0
    assert result.sustainable
    assert result.days_to_clear_backlog is None
    # The queue stays as long as it is: each contact waits for 50 ahead of it, 1.25 days.
    assert result.promise_hours == pytest.approx(10.0)
    assert result.promise_days == 2


def test_no_inflow_still_promises_at_least_one_contact_of_work() -> None:
    resources = Resources(people=2, hours_per_day=8, contacts_per_person=30)
    result = _result([Inflow("phone", 0, DAY), Inflow("email", 0, WEEK)], resources)
    assert result.daily_inflow == 0
    assert result.load == 0
    assert result.sustainable
    assert result.people_needed == 0
    assert result.promise_hours == pytest.approx(8 / 60)
    assert result.promise_days == 1
    assert result.days_to_clear_backlog == 0


def test_zero_capacity_without_inflow_is_calm_but_promises_nothing() -> None:
    resources = Resources(people=0, hours_per_day=8, contacts_per_person=30)
    result = _result([Inflow("phone", 0, DAY)], resources)
    assert result.daily_capacity == 0
    assert result.load == 0  # 0 / 0 counts as no load
    assert result.sustainable
    assert result.promise_hours is None
    assert result.promise_days is None
    assert result.days_to_clear_backlog == 0
    waiting = _result([Inflow("phone", 0, DAY)], dataclasses.replace(resources, open_backlog=5))
    assert waiting.days_to_clear_backlog is None


def test_no_service_hours_promises_nothing() -> None:
    resources = Resources(people=1, hours_per_day=0, contacts_per_person=30)
    result = _result([Inflow("phone", 0, DAY)], resources)
    assert result.promise_hours is None
    assert result.promise_days is None


def test_huge_but_allowed_numbers_compute() -> None:
    inflows = [Inflow("phone", MAX_COUNT, DAY), Inflow("email", MAX_COUNT, WEEK)]
    resources = Resources(
        people=10_000, hours_per_day=24, contacts_per_person=1_000, open_backlog=MAX_COUNT
    )
    assert capacity_problems(inflows, resources) == []
    result = _result(inflows, resources)
    assert result.daily_inflow == 12_000_000
    assert result.daily_capacity == 10_000_000
    assert not result.sustainable
    assert result.weekly_backlog_growth == 10_000_000
    assert result.people_needed == 12_000.0
    assert all(
        math.isfinite(value)
        for value in (result.load, result.daily_shortfall, result.weekly_backlog_growth)
    )


def test_result_values_are_frozen() -> None:
    result = _result([Inflow("phone", 1, DAY)], Resources(1, 8, 10))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.load = 0.5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Inflow("phone", 1, DAY).count = 2  # type: ignore[misc]


# ---------------------------------------------------------------------------- what is missing


def test_none_everywhere_names_every_missing_figure() -> None:
    resources = Resources(people=None, hours_per_day=None, contacts_per_person=None)
    assert missing_figures([], resources) == [
        "inflow",
        "people",
        "hours_per_day",
        "contacts_per_person",
    ]
    assert capacity_problems([], resources) == []
    assert count_backwards([], resources) is None


def test_no_inflow_figures_at_all_is_missing_not_zero() -> None:
    resources = Resources(people=1, hours_per_day=8, contacts_per_person=30)
    for inflows in ([], [Inflow("phone", None, DAY), Inflow("email", None, WEEK)]):
        assert missing_figures(inflows, resources) == ["inflow"]
        assert count_backwards(inflows, resources) is None
    assert missing_figures([Inflow("phone", 0, DAY)], resources) == []


def test_the_backlog_may_stay_empty() -> None:
    resources = Resources(people=1, hours_per_day=8, contacts_per_person=30, open_backlog=None)
    assert missing_figures([Inflow("phone", 5, DAY)], resources) == []
    assert _result([Inflow("phone", 5, DAY)], resources).days_to_clear_backlog == 0


@pytest.mark.parametrize(
    ("resources", "missing"),
    [
        (Resources(None, 8, 30), "people"),
        (Resources(1, None, 30), "hours_per_day"),
        (Resources(1, 8, None), "contacts_per_person"),
    ],
)
def test_each_missing_resource_alone_stops_the_sums(resources: Resources, missing: str) -> None:
    assert missing_figures([Inflow("phone", 5, DAY)], resources) == [missing]
    assert count_backwards([Inflow("phone", 5, DAY)], resources) is None


# ---------------------------------------------------------------------------- problems


def test_good_figures_have_no_problems() -> None:
    resources = Resources(1.5, 7.5, 25, open_backlog=3, days_per_week=6)
    assert capacity_problems([Inflow("phone", 10, DAY)], resources) == []


def test_negative_numbers_are_problems_per_field() -> None:
    inflows = [Inflow("phone", -1, DAY), Inflow("email", 5, WEEK)]
    resources = Resources(-1, -2, -3, open_backlog=-4)
    problems = capacity_problems(inflows, resources)
    assert _codes(problems) == [
        (CapacityProblemCode.NEGATIVE, "inflow.phone"),
        (CapacityProblemCode.NEGATIVE, "people"),
        (CapacityProblemCode.NEGATIVE, "hours_per_day"),
        (CapacityProblemCode.NEGATIVE, "contacts_per_person"),
        (CapacityProblemCode.NEGATIVE, "open_backlog"),
    ]
    assert count_backwards(inflows, resources) is None


def test_absurd_values_are_too_large() -> None:
    inflows = [Inflow("web", MAX_COUNT + 1, WEEK)]
    resources = Resources(10_001, 24.5, 1_001, open_backlog=MAX_COUNT + 1)
    problems = capacity_problems(inflows, resources)
    assert _codes(problems) == [
        (CapacityProblemCode.TOO_LARGE, "inflow.web"),
        (CapacityProblemCode.TOO_LARGE, "people"),
        (CapacityProblemCode.TOO_LARGE, "hours_per_day"),
        (CapacityProblemCode.TOO_LARGE, "contacts_per_person"),
        (CapacityProblemCode.TOO_LARGE, "open_backlog"),
    ]
    assert problems[0].param("max") == str(MAX_COUNT)
    assert problems[2].param("max") == "24"
    assert problems[2].param("nothing") == ""
    assert count_backwards(inflows, resources) is None


@pytest.mark.parametrize("days", [0, 8, -1, 100])
def test_days_per_week_outside_one_to_seven(days: int) -> None:
    resources = Resources(1, 8, 30, days_per_week=days)
    problems = capacity_problems([Inflow("phone", 1, DAY)], resources)
    assert _codes(problems) == [(CapacityProblemCode.OUT_OF_RANGE, "days_per_week")]
    assert (problems[0].param("min"), problems[0].param("max")) == ("1", "7")
    assert count_backwards([Inflow("phone", 1, DAY)], resources) is None


@pytest.mark.parametrize("days", [1, 7])
def test_days_per_week_limits_are_allowed(days: int) -> None:
    assert capacity_problems([Inflow("phone", 1, DAY)], Resources(1, 8, 30, None, days)) == []


@pytest.mark.parametrize("name", ["people", "hours_per_day", "contacts_per_person"])
def test_nobody_to_answer_arriving_contacts(name: str) -> None:
    resources = dataclasses.replace(Resources(1, 8, 30), **{name: 0})
    problems = capacity_problems([Inflow("phone", 3, DAY)], resources)
    assert _codes(problems) == [(CapacityProblemCode.ZERO_WITH_INFLOW, name)]
    assert count_backwards([Inflow("phone", 3, DAY)], resources) is None
    # Without inflow the same resources are no problem.
    assert capacity_problems([Inflow("phone", 0, DAY)], resources) == []


def test_zero_people_with_inflow_is_reported_beside_other_problems() -> None:
    resources = Resources(0, 8, 30, open_backlog=-1)
    problems = capacity_problems([Inflow("phone", 3, DAY)], resources)
    assert _codes(problems) == [
        (CapacityProblemCode.NEGATIVE, "open_backlog"),
        (CapacityProblemCode.ZERO_WITH_INFLOW, "people"),
    ]


@pytest.mark.parametrize(
    "bad", ["12", "", math.nan, math.inf, -math.inf, True, False, [3], object()]
)
def test_values_that_are_no_numbers_are_problems_not_crashes(bad: object) -> None:
    inflows = [Inflow("phone", bad, DAY)]  # type: ignore[arg-type]
    resources = Resources(bad, bad, bad, open_backlog=bad, days_per_week=bad)  # type: ignore[arg-type]
    problems = capacity_problems(inflows, resources)
    assert _codes(problems) == [
        (CapacityProblemCode.NOT_A_NUMBER, "inflow.phone"),
        (CapacityProblemCode.NOT_A_NUMBER, "people"),
        (CapacityProblemCode.NOT_A_NUMBER, "hours_per_day"),
        (CapacityProblemCode.NOT_A_NUMBER, "contacts_per_person"),
        (CapacityProblemCode.NOT_A_NUMBER, "open_backlog"),
        (CapacityProblemCode.NOT_A_NUMBER, "days_per_week"),
    ]
    assert count_backwards(inflows, resources) is None


def test_whole_numbers_may_arrive_as_floats_but_fractions_may_not() -> None:
    # A spin box may hand over 12.0 for 12; half a contact or half a day makes no sense.
    ok = capacity_problems([Inflow("phone", 12.0, DAY)], Resources(1, 8, 30, 3.0, 5.0))  # type: ignore[arg-type]
    assert ok == []
    problems = capacity_problems([Inflow("phone", 12.5, DAY)], Resources(1, 8, 30, 2.5, 4.5))  # type: ignore[arg-type]
    assert _codes(problems) == [
        (CapacityProblemCode.NOT_WHOLE, "inflow.phone"),
        (CapacityProblemCode.NOT_WHOLE, "open_backlog"),
        (CapacityProblemCode.NOT_WHOLE, "days_per_week"),
    ]


def test_unicode_channel_names_name_the_field() -> None:
    problems = capacity_problems([Inflow("e-post/chatt ✉", -3, DAY)], Resources(1, 8, 30))
    assert _codes(problems) == [(CapacityProblemCode.NEGATIVE, "inflow.e-post/chatt ✉")]


def test_problem_codes_are_stable_strings() -> None:
    # Stored and mapped to texts by code; renaming one would break the user interface.
    assert {code.value for code in CapacityProblemCode} == {
        "not_a_number",
        "not_whole",
        "negative",
        "too_large",
        "out_of_range",
        "zero_with_inflow",
    }
