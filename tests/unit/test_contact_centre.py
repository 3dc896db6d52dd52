"""Phone figures and Erlang C staffing, against the reference note's worked examples (§2)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydesk.domain.businesshours import BusinessCalendar
from policydesk.domain.contact_centre import (
    ANSWER_TIME_STEPS,
    AbandonTreatment,
    AlternativeKind,
    Call,
    CallCounts,
    CallOutcome,
    Proportion,
    abandonment_rate,
    abandonment_rate_from_counts,
    average_speed_of_answer,
    call_outcome,
    count_calls,
    erlang_average_speed_of_answer,
    erlang_service_level,
    figures_by_office_hours,
    occupancy,
    offered_load,
    phone_figures,
    probability_of_waiting,
    promise_check,
    queue_figures,
    service_level,
    service_level_from_counts,
    staffing,
    treatment_for_rule,
)
from policydesk.domain.goals import AbandonedCallRule

T = AbandonTreatment
SEC = timedelta(seconds=1)
MIN = timedelta(minutes=1)
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MONDAY_NINE = datetime(2026, 6, 15, 9, 0, tzinfo=STOCKHOLM)

# §2.1: 1000 answered (860 within 20 s), 60 abandoned (20 within 20 s, 10 within 5 s)
ICMI = CallCounts(
    answered=1000, answered_within=860, abandoned=60, abandoned_within=20, short_abandons=10
)
# Cisco's example: 70 answered within, 10 abandoned within, 20 answered late; 100 events
CISCO = CallCounts(answered=90, answered_within=70, abandoned=10, abandoned_within=10)


def pct(proportion: Proportion) -> float:
    """The share as the reference prints it: a percentage with one decimal."""
    assert proportion.share is not None
    return round(proportion.share * 100, 1)


def printed(value: float, digits: int) -> float:
    return round(value, digits)


def answered(wait: int, talk: int = 60, at: datetime = MONDAY_NINE) -> Call:
    return Call(at, answered=True, waited=wait * SEC, talked=talk * SEC)


def abandoned(wait: int, at: datetime = MONDAY_NINE) -> Call:
    return Call(at, answered=False, waited=wait * SEC)


def icmi_calls() -> list[Call]:
    """A call log with exactly the counts of §2.1 (threshold 20 s, short abandons ≤ 5 s)."""
    return (
        [answered(15)] * 850
        + [answered(20)] * 10  # exactly at the threshold: within
        + [answered(45)] * 140
        + [abandoned(3)] * 9
        + [abandoned(5)] * 1  # exactly at the short-abandon time: short
        + [abandoned(12)] * 10
        + [abandoned(21)] * 40
    )


# ---------------------------------------------------------------- calls


def test_call_validation() -> None:
    with pytest.raises(ValueError, match="time zone"):
        Call(datetime(2026, 6, 15, 9), answered=True, waited=SEC)
    with pytest.raises(ValueError, match="waiting time cannot be negative"):
        Call(MONDAY_NINE, answered=True, waited=-SEC)
    with pytest.raises(ValueError, match="talk time cannot be negative"):
        Call(MONDAY_NINE, answered=True, waited=SEC, talked=-SEC)
    with pytest.raises(ValueError, match="abandoned call has no talk time"):
        Call(MONDAY_NINE, answered=False, waited=SEC, talked=SEC)
    assert Call(MONDAY_NINE, answered=True, waited=SEC).talked == timedelta(0)


def test_counts_validation() -> None:
    with pytest.raises(ValueError, match="answered_within"):
        CallCounts(answered=1, answered_within=2, abandoned=0, abandoned_within=0)
    with pytest.raises(ValueError, match="abandoned_within"):
        CallCounts(answered=1, answered_within=1, abandoned=1, abandoned_within=2)
    with pytest.raises(ValueError, match="short_abandons"):
        CallCounts(answered=1, answered_within=1, abandoned=1, abandoned_within=1, short_abandons=2)
    with pytest.raises(ValueError, match="negative"):
        CallCounts(answered=-1, answered_within=0, abandoned=0, abandoned_within=0)


# ---------------------------------------------------------------- service level (§2.1)


@pytest.mark.parametrize(
    ("treatment", "numerator", "denominator", "percent"),
    [
        (T.ABANDONS_WITHIN_THRESHOLD_SUCCEED, 880, 1060, 83.0),
        (T.IGNORED, 860, 1000, 86.0),
        (T.ALL_FAIL, 860, 1060, 81.1),
        (T.ONLY_LATE_FAIL, 860, 1040, 82.7),
        (T.SHORT_SUCCEED, 870, 1060, 82.1),
        (T.SHORT_REMOVED, 860, 1050, 81.9),
    ],
)
def test_reference_table_rows(
    treatment: AbandonTreatment, numerator: int, denominator: int, percent: float
) -> None:
    from_counts = service_level_from_counts(ICMI, treatment)
    assert from_counts == Proportion(numerator, denominator)
    assert pct(from_counts) == percent
    from_calls = service_level(icmi_calls(), 20 * SEC, treatment, short_abandon=5 * SEC)
    assert from_calls == from_counts


def test_count_calls_reproduces_reference_counts() -> None:
    assert count_calls(icmi_calls(), 20 * SEC, 5 * SEC) == ICMI
    assert count_calls(icmi_calls(), 20 * SEC).short_abandons == 0


@pytest.mark.parametrize(
    ("treatment", "percent"),
    [
        (T.ONLY_LATE_FAIL, 77.8),  # Cisco "abandoned ignored": 70 / (100 − 10)
        (T.ALL_FAIL, 70.0),  # "abandoned negative": 70 / 100
        (T.ABANDONS_WITHIN_THRESHOLD_SUCCEED, 80.0),  # "abandoned positive": (70 + 10) / 100
    ],
)
def test_cisco_modes(treatment: AbandonTreatment, percent: float) -> None:
    assert pct(service_level_from_counts(CISCO, treatment)) == percent


def test_stored_rules_map_to_rows() -> None:
    assert treatment_for_rule(AbandonedCallRule.MISSED) is T.ALL_FAIL
    assert treatment_for_rule(AbandonedCallRule.EXCLUDED) is T.IGNORED
    assert treatment_for_rule(AbandonedCallRule.IGNORE_SHORT) is T.SHORT_REMOVED
    assert pct(service_level_from_counts(ICMI, treatment_for_rule(AbandonedCallRule.MISSED))) == (
        81.1
    )


def test_short_treatments_need_a_short_abandon_time() -> None:
    for treatment in (T.SHORT_SUCCEED, T.SHORT_REMOVED):
        with pytest.raises(ValueError, match="short-abandon time"):
            service_level(icmi_calls(), 20 * SEC, treatment)
        with pytest.raises(ValueError, match="short-abandon time"):
            call_outcome(abandoned(1), 20 * SEC, treatment)
    # the other rows need none, and ignore one if given
    assert service_level(icmi_calls(), 20 * SEC, T.ALL_FAIL) == service_level(
        icmi_calls(), 20 * SEC, T.ALL_FAIL, 5 * SEC
    )
    with pytest.raises(ValueError, match="threshold cannot be negative"):
        service_level([], -SEC, T.ALL_FAIL)
    with pytest.raises(ValueError, match="short-abandon time cannot be negative"):
        service_level([], SEC, T.SHORT_REMOVED, -SEC)


def test_thresholds_are_inclusive() -> None:
    assert call_outcome(answered(30), 30 * SEC, T.ALL_FAIL) is CallOutcome.MET
    assert call_outcome(answered(31), 30 * SEC, T.ALL_FAIL) is CallOutcome.MISSED
    short = 5 * SEC
    assert call_outcome(abandoned(5), 30 * SEC, T.SHORT_REMOVED, short) is CallOutcome.NOT_COUNTED
    assert call_outcome(abandoned(6), 30 * SEC, T.SHORT_REMOVED, short) is CallOutcome.MISSED
    assert call_outcome(abandoned(5), 30 * SEC, T.SHORT_SUCCEED, short) is CallOutcome.MET
    assert call_outcome(abandoned(30), 30 * SEC, T.ONLY_LATE_FAIL) is CallOutcome.NOT_COUNTED


def test_no_calls_have_no_share() -> None:
    assert service_level([], 20 * SEC, T.ALL_FAIL) == Proportion(0, 0)
    assert Proportion(0, 0).share is None
    assert service_level([abandoned(3)], 20 * SEC, T.IGNORED).share is None


# ---------------------------------------------------------------- ASA and abandonment (§2.2, §2.3)


def test_average_speed_of_answer_example() -> None:
    calls = [answered(w) for w in (30, 15, 45, 60, 10)] + [abandoned(300)]
    assert average_speed_of_answer(calls) == 32 * SEC  # 160 / 5; the hang-up is left out
    assert average_speed_of_answer([abandoned(3)]) is None
    assert average_speed_of_answer([]) is None


def test_abandonment_rate_examples() -> None:
    assert abandonment_rate_from_counts(ICMI) == Proportion(60, 1060)
    assert pct(abandonment_rate_from_counts(ICMI)) == 5.7
    assert abandonment_rate_from_counts(ICMI, exclude_short=True) == Proportion(50, 1050)
    assert pct(abandonment_rate_from_counts(ICMI, exclude_short=True)) == 4.8
    assert abandonment_rate(icmi_calls()) == Proportion(60, 1060)
    assert abandonment_rate(icmi_calls(), 5 * SEC) == Proportion(50, 1050)
    assert abandonment_rate([]).share is None


def test_phone_figures_bundle() -> None:
    figures = phone_figures(icmi_calls(), 20 * SEC, T.SHORT_REMOVED, 5 * SEC)
    assert figures.counts == ICMI
    assert pct(figures.service_level) == 81.9
    assert figures.abandonment == Proportion(60, 1060)
    assert figures.abandonment_without_short == Proportion(50, 1050)
    expected_asa = (850 * 15 + 10 * 20 + 140 * 45) * SEC / 1000
    assert figures.average_speed_of_answer == expected_asa
    assert phone_figures(icmi_calls(), 20 * SEC, T.ALL_FAIL).abandonment_without_short is None


def test_figures_by_office_hours() -> None:
    day = [("09:00", "17:00")]
    calendar = BusinessCalendar(
        tz="Europe/Stockholm", weekly={0: day, 1: day, 2: day, 3: day, 4: day, 5: [], 6: []}
    )
    evening = datetime(2026, 6, 15, 18, 30, tzinfo=STOCKHOLM)
    saturday = datetime(2026, 6, 20, 10, 0, tzinfo=STOCKHOLM)
    calls = [
        answered(10, at=MONDAY_NINE),  # opening instant: open
        answered(40, at=MONDAY_NINE + timedelta(hours=3)),
        abandoned(4, at=MONDAY_NINE + timedelta(hours=4)),
        answered(100, at=evening),
        abandoned(50, at=saturday),
        abandoned(2, at=datetime(2026, 6, 15, 15, 0, tzinfo=UTC)),  # 17:00 local: closed
    ]
    split = figures_by_office_hours(calls, calendar.is_open, 30 * SEC, T.SHORT_REMOVED, 5 * SEC)
    inside, outside = split.office_hours, split.after_hours
    assert inside.counts == CallCounts(2, 1, 1, 1, 1)
    assert inside.service_level == Proportion(1, 2)  # the short abandon is removed
    assert inside.average_speed_of_answer == 25 * SEC
    assert inside.abandonment == Proportion(1, 3)
    assert inside.abandonment_without_short == Proportion(0, 2)
    assert outside.counts == CallCounts(1, 0, 2, 1, 1)
    assert outside.service_level == Proportion(0, 2)
    assert outside.average_speed_of_answer == 100 * SEC
    assert outside.abandonment == Proportion(2, 3)
    empty = figures_by_office_hours([], calendar.is_open, 30 * SEC, T.ALL_FAIL)
    assert empty.office_hours.service_level.share is None
    assert empty.after_hours.average_speed_of_answer is None


# ---------------------------------------------------------------- Erlang C (§2.5)

AHT_3 = timedelta(minutes=3)


@pytest.mark.parametrize(
    ("agents", "pw", "pw_digits", "sl", "sl_digits", "asa", "asa_digits", "occ"),
    [
        (12, 0.4494, 4, 0.6402, 4, 40.4, 1, 0.833),
        (13, 0.285270, 6, 0.795595, 6, 17.1, 1, 0.769),
        (14, 0.174132, 6, 0.888350, 6, 7.84, 2, 0.714),
        (15, 0.102042, 6, 0.941453, 6, 3.67, 2, 0.667),
    ],
)
def test_example_1_table(
    agents: int,
    pw: float,
    pw_digits: int,
    sl: float,
    sl_digits: int,
    asa: float,
    asa_digits: int,
    occ: float,
) -> None:
    load = offered_load(100, timedelta(minutes=30), AHT_3)
    assert load == pytest.approx(10.0)
    figures = queue_figures(agents, load, AHT_3, 20 * SEC)
    assert printed(figures.probability_of_waiting, pw_digits) == pw
    assert printed(figures.service_level, sl_digits) == sl
    assert figures.average_speed_of_answer is not None
    assert printed(figures.average_speed_of_answer.total_seconds(), asa_digits) == asa
    assert printed(figures.occupancy, 3) == occ
    assert probability_of_waiting(agents, load) == figures.probability_of_waiting
    assert erlang_service_level(agents, load, AHT_3, 20 * SEC) == figures.service_level
    assert erlang_average_speed_of_answer(agents, load, AHT_3) == figures.average_speed_of_answer
    assert occupancy(agents, load) == figures.occupancy


def test_example_1_cross_check_digits() -> None:
    # the reference's independent script and two libraries agree on these
    assert probability_of_waiting(14, 10.0) == pytest.approx(0.174131933595, abs=1e-12)
    assert probability_of_waiting(13, 10.0) == pytest.approx(0.285270453036, abs=1e-12)
    assert erlang_service_level(14, 10.0, AHT_3, 20 * SEC) == pytest.approx(
        0.8883500191794669, abs=1e-12
    )
    # pyworkforce's test uses 0.33 min = 19.8 s, which still rounds to 0.888
    assert printed(erlang_service_level(14, 10.0, AHT_3, timedelta(seconds=19.8)), 3) == 0.888


def test_example_1_staffing() -> None:
    plan = staffing(200, AHT_3, 0.80, 20 * SEC, max_occupancy=0.85, shrinkage=0.30)
    assert (plan.for_target, plan.productive, plan.staffed) == (14, 14, 20)
    assert printed(plan.figures.service_level, 3) == 0.888
    assert printed(plan.figures.occupancy, 3) == 0.714
    assert printed(plan.figures.probability_of_waiting, 3) == 0.174
    capped = staffing(200, AHT_3, 0.80, 20 * SEC, max_occupancy=0.70, shrinkage=0.30)
    assert (capped.for_target, capped.productive, capped.staffed) == (14, 15, 22)
    assert printed(capped.figures.service_level, 3) == 0.941
    assert printed(capped.figures.occupancy, 3) == 0.667
    assert printed(capped.figures.probability_of_waiting, 3) == 0.102


def test_example_2_staffing() -> None:
    aht = timedelta(seconds=120)
    alone = staffing(1000, aht, 0.80, 20 * SEC)
    assert (alone.for_target, alone.productive, alone.staffed) == (38, 38, 38)
    assert printed(alone.load, 2) == 33.33
    assert printed(alone.figures.service_level, 4) == 0.8468
    # the cap dominates: 38 people run at 87.7 %, 39 at 85.5 %
    assert printed(occupancy(38, alone.load) * 100, 1) == 87.7
    assert printed(occupancy(39, alone.load) * 100, 1) == 85.5
    capped = staffing(1000, aht, 0.80, 20 * SEC, max_occupancy=0.85)
    assert (capped.productive, capped.staffed) == (40, 40)
    plan = staffing(1000, aht, 0.80, 20 * SEC, max_occupancy=0.85, shrinkage=0.30)
    assert (plan.for_target, plan.productive, plan.staffed) == (38, 40, 58)
    assert printed(plan.figures.probability_of_waiting * 100, 2) == 19.07
    assert printed(plan.figures.service_level * 100, 2) == 93.72
    assert plan.figures.average_speed_of_answer is not None
    assert printed(plan.figures.average_speed_of_answer.total_seconds(), 2) == 3.43
    assert printed(plan.figures.occupancy * 100, 2) == 83.33


def test_example_3_micro_business() -> None:
    five = timedelta(minutes=5)
    load = offered_load(6, timedelta(hours=1), five)
    assert load == pytest.approx(0.5)
    one = queue_figures(1, load, five, 30 * SEC)
    assert one.probability_of_waiting == pytest.approx(0.5)
    assert printed(one.service_level, 4) == 0.5244
    assert one.service_level == pytest.approx(1 - 0.5 * math.exp(-0.05))
    assert one.average_speed_of_answer == 300 * SEC
    four = timedelta(minutes=4)
    load = offered_load(20, timedelta(hours=1), four)
    assert printed(load, 3) == 1.333
    two = queue_figures(2, load, four, 30 * SEC)
    assert printed(two.service_level, 4) == 0.5093
    assert two.average_speed_of_answer == 192 * SEC
    three = queue_figures(3, load, four, 30 * SEC)
    assert printed(three.service_level, 4) == 0.8532
    assert three.average_speed_of_answer is not None
    assert printed(three.average_speed_of_answer.total_seconds(), 1) == 26.0
    assert printed(three.occupancy * 100, 0) == 44
    assert staffing(20, four, 0.80, 30 * SEC).productive == 3


def test_zero_calls_need_no_one() -> None:
    plan = staffing(0, AHT_3, 0.80, 20 * SEC, max_occupancy=0.85, shrinkage=0.3)
    assert (plan.for_target, plan.productive, plan.staffed) == (0, 0, 0)
    assert plan.figures.service_level == 1.0
    assert plan.figures.probability_of_waiting == 0.0
    assert plan.figures.average_speed_of_answer == timedelta(0)
    assert plan.figures.stable
    assert queue_figures(3, 0.0, AHT_3, 20 * SEC).occupancy == 0.0


@pytest.mark.parametrize("agents", [0, 5, 10])
def test_unstable_queue_is_a_clear_result(agents: int) -> None:
    figures = queue_figures(agents, 10.0, AHT_3, 20 * SEC)
    assert not figures.stable
    assert figures.service_level == 0.0
    assert figures.probability_of_waiting == 1.0
    assert figures.average_speed_of_answer is None
    assert figures.occupancy == 1.0
    assert erlang_average_speed_of_answer(agents, 10.0, AHT_3) is None


def test_huge_loads_do_not_overflow() -> None:
    pw = probability_of_waiting(600, 500.0)
    assert 0 < pw < 1e-3
    assert probability_of_waiting(5000, 500.0) == 0.0  # the inverse overflows to inf: B = 0
    assert 0 <= probability_of_waiting(501, 500.0) <= 1
    plan = staffing(30_000, timedelta(minutes=1), 0.80, 20 * SEC)  # A = 500
    assert plan.load == pytest.approx(500)
    assert 500 < plan.productive < 520
    assert plan.figures.service_level >= 0.80
    assert queue_figures(plan.productive - 1, 500.0, MIN, 20 * SEC).service_level < 0.80


def test_bad_inputs() -> None:
    with pytest.raises(ValueError, match="number of calls"):
        offered_load(-1, timedelta(hours=1), AHT_3)
    with pytest.raises(ValueError, match="interval"):
        offered_load(1, timedelta(0), AHT_3)
    with pytest.raises(ValueError, match="handling time"):
        staffing(10, timedelta(0), 0.8, 20 * SEC)
    with pytest.raises(ValueError, match="number of calls"):
        staffing(-5, AHT_3, 0.8, 20 * SEC)
    with pytest.raises(ValueError, match="number of calls"):
        staffing(math.nan, AHT_3, 0.8, 20 * SEC)
    for share in (0.0, -0.1, 1.01):
        with pytest.raises(ValueError, match="target share"):
            staffing(10, AHT_3, share, 20 * SEC)
    for cap in (0.0, 1.5):
        with pytest.raises(ValueError, match="maximum occupancy"):
            staffing(10, AHT_3, 0.8, 20 * SEC, max_occupancy=cap)
    for shrinkage in (-0.1, 1.0):
        with pytest.raises(ValueError, match="shrinkage"):
            staffing(10, AHT_3, 0.8, 20 * SEC, shrinkage=shrinkage)
    with pytest.raises(ValueError, match="target answer time"):
        staffing(10, AHT_3, 0.8, -SEC)
    with pytest.raises(ValueError, match="cannot be negative"):
        queue_figures(-1, 1.0, AHT_3, SEC)
    with pytest.raises(ValueError, match="load"):
        probability_of_waiting(3, -1.0)
    with pytest.raises(ValueError, match="load"):
        probability_of_waiting(3, math.inf)
    with pytest.raises(ValueError, match="cannot be negative"):
        promise_check(6, AHT_3, 0.8, 30 * SEC, -1)


def test_full_share_is_reachable() -> None:
    plan = staffing(60, AHT_3, 1.0, 20 * SEC)
    assert plan.figures.service_level == 1.0


# ---------------------------------------------------------------- the promise check


def test_promise_check_one_person() -> None:
    check = promise_check(6, timedelta(minutes=5), 0.80, 30 * SEC, staff_available=1)
    assert not check.reachable
    assert printed(check.current.service_level, 4) == 0.5244
    assert check.staff_needed == 2
    kinds = [a.kind for a in check.alternatives]
    assert kinds == [
        AlternativeKind.ANSWER_WITHIN,
        AlternativeKind.LOWER_SHARE,
        AlternativeKind.CALL_BACK_WITHIN,
        AlternativeKind.OFFICE_HOURS_ONLY,
    ]
    longer, lower, call_back, office = check.alternatives
    # 1 − 0.5·e^(−t/600) ≥ 0.8 needs t ≥ 550 s: the first step is 10 min
    assert (longer.share, longer.within) == (0.80, 10 * MIN)
    assert longer.reached is not None
    assert longer.reached >= 0.80
    assert erlang_service_level(1, 0.5, timedelta(minutes=5), 5 * MIN) < 0.80
    assert (lower.share, lower.within) == (0.52, 30 * SEC)
    assert (call_back.share, call_back.within) == (0.80, timedelta(hours=1))
    assert (office.share, office.within, office.reached) == (0.80, 30 * SEC, None)


def test_promise_check_reachable_and_overloaded() -> None:
    four = timedelta(minutes=4)
    ok = promise_check(20, four, 0.80, 30 * SEC, staff_available=3)
    assert ok.reachable
    assert ok.staff_needed == 3
    assert ok.alternatives == ()
    two = promise_check(20, four, 0.80, 30 * SEC, staff_available=2)
    assert not two.reachable
    assert printed(two.current.service_level, 4) == 0.5093
    # 20 calls of 4 min need 1.33 people: one person never catches up
    alone = promise_check(20, four, 0.80, 30 * SEC, staff_available=1)
    assert not alone.current.stable
    assert alone.current.service_level == 0.0
    assert [a.kind for a in alone.alternatives] == [AlternativeKind.OFFICE_HOURS_ONLY]
    assert alone.staff_needed == 3
    nobody_calls = promise_check(0, four, 0.80, 30 * SEC, staff_available=0)
    assert nobody_calls.reachable


def test_answer_time_steps_are_skipped_when_shorter_than_the_promise() -> None:
    check = promise_check(6, timedelta(minutes=5), 0.95, 10 * MIN, staff_available=1)
    assert not check.reachable
    for alternative in check.alternatives:
        if alternative.kind is AlternativeKind.ANSWER_WITHIN:
            assert alternative.within > 10 * MIN
            assert alternative.within in ANSWER_TIME_STEPS


# ---------------------------------------------------------------- properties

loads = st.floats(min_value=0.01, max_value=200, allow_nan=False)
ahts = st.integers(min_value=10, max_value=1800).map(lambda s: s * SEC)
times = st.integers(min_value=0, max_value=600).map(lambda s: s * SEC)


@given(load=loads, extra=st.integers(0, 50), aht=ahts, t=times)
def test_service_level_grows_with_agents(
    load: float, extra: int, aht: timedelta, t: timedelta
) -> None:
    agents = math.floor(load) + 1 + extra
    now = erlang_service_level(agents, load, aht, t)
    assert 0 <= now <= 1
    assert erlang_service_level(agents + 1, load, aht, t) >= now - 1e-12


@given(load=loads, agents=st.integers(0, 300), aht=ahts, t=times, more=times)
def test_service_level_grows_with_time(
    load: float, agents: int, aht: timedelta, t: timedelta, more: timedelta
) -> None:
    assert erlang_service_level(agents, load, aht, t + more) >= erlang_service_level(
        agents, load, aht, t
    )


@given(load=st.floats(min_value=0, max_value=1000, allow_nan=False), agents=st.integers(0, 1500))
def test_probability_of_waiting_is_a_probability(load: float, agents: int) -> None:
    assert 0 <= probability_of_waiting(agents, load) <= 1


@given(
    calls=st.floats(min_value=0.1, max_value=2000, allow_nan=False),
    aht=ahts,
    share=st.floats(min_value=0.05, max_value=0.99),
    t=times,
)
def test_staffing_is_the_smallest_meeting_the_target(
    calls: float, aht: timedelta, share: float, t: timedelta
) -> None:
    plan = staffing(calls, aht, share, t)
    assert plan.productive == plan.for_target == plan.staffed
    assert plan.productive > plan.load
    assert plan.figures.service_level >= share
    fewer = queue_figures(plan.productive - 1, plan.load, aht, t)
    assert fewer.service_level < share
    check = promise_check(calls, aht, share, t, plan.productive - 1)
    assert not check.reachable
    assert check.staff_needed == plan.productive
    assert promise_check(calls, aht, share, t, plan.productive).reachable


@given(
    calls=st.floats(min_value=0.1, max_value=500, allow_nan=False),
    aht=ahts,
    share=st.floats(min_value=0.05, max_value=0.99),
    cap=st.floats(min_value=0.3, max_value=1.0),
    shrinkage=st.floats(min_value=0, max_value=0.6),
)
def test_cap_and_shrinkage_only_add_people(
    calls: float, aht: timedelta, share: float, cap: float, shrinkage: float
) -> None:
    plan = staffing(calls, aht, share, 20 * SEC, max_occupancy=cap, shrinkage=shrinkage)
    assert plan.for_target <= plan.productive <= plan.staffed
    assert plan.figures.occupancy <= cap + 1e-9
    assert plan.figures.service_level >= share
    assert plan.staffed * (1 - shrinkage) >= plan.productive - 1e-9


call_lists = st.lists(
    st.builds(
        lambda is_answered, wait, talk: Call(
            MONDAY_NINE,
            answered=is_answered,
            waited=wait * SEC,
            talked=(talk if is_answered else 0) * SEC,
        ),
        st.booleans(),
        st.integers(0, 60),
        st.integers(0, 600),
    ),
    max_size=60,
)


@given(
    calls=call_lists,
    threshold=st.integers(0, 40).map(lambda s: s * SEC),
    short=st.integers(0, 15).map(lambda s: s * SEC),
    treatment=st.sampled_from(AbandonTreatment),
)
def test_counts_and_calls_agree(
    calls: list[Call], threshold: timedelta, short: timedelta, treatment: AbandonTreatment
) -> None:
    from_calls = service_level(calls, threshold, treatment, short)
    from_counts = service_level_from_counts(count_calls(calls, threshold, short), treatment)
    assert from_calls == from_counts
    if from_calls.share is not None:
        assert 0 <= from_calls.share <= 1
