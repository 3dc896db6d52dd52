"""One complaint's service clock: due times, states, pauses, reopening, and their explanation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydesk.domain.businesshours import BusinessCalendar
from policydesk.domain.compliance import ComplaintTimes, Targets, compliance
from policydesk.domain.service_clock import (
    ClockInputs,
    ServiceRules,
    Step,
    StepState,
    complaint_clock,
    handling_time,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = [("09:00", "17:00")]  # eight hours
MIDSUMMER_EVE = date(2026, 6, 19)
CAL = BusinessCalendar(
    tz="Europe/Stockholm",
    weekly={0: DAY, 1: DAY, 2: DAY, 3: DAY, 4: DAY, 5: [], 6: []},
    closed_dates={MIDSUMMER_EVE},
)
RULES = ServiceRules(acknowledge_hours=4, resolve_days=2, follow_up_days=7, day_hours=8)


def at(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    """A local Stockholm time in 2026 (June 2026: Monday the 15th, Friday the 19th)."""
    return datetime(2026, month, day, hour, minute, tzinfo=STOCKHOLM)


def clock_at(now: datetime, rules: ServiceRules = RULES, **inputs: object):
    return complaint_clock(CAL, ClockInputs(**inputs), rules, now=now)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- due times


def test_acknowledge_counts_business_hours_over_the_weekend() -> None:
    # Friday 12 June 15:00 + 4 business hours: 2 h on Friday, 2 h on Monday.
    clock = clock_at(at(12, 15, 30), received=at(12, 15))
    step = clock.step(Step.ACKNOWLEDGE)
    assert step is not None
    assert step.due == at(15, 11)
    assert step.state is StepState.ON_TIME
    assert step.used == timedelta(minutes=30)
    assert step.left == timedelta(hours=3, minutes=30)
    assert step.skipped.nights
    assert step.skipped.closed_weekdays == (5, 6)


def test_resolve_in_business_days_is_the_same_time_two_days_on() -> None:
    monday = clock_at(at(1, 16), received=at(1, 15)).step(Step.RESOLVE)
    assert monday is not None
    assert monday.due == at(3, 15)  # Monday 15:00 -> Wednesday 15:00
    friday = clock_at(at(5, 16), received=at(5, 15)).step(Step.RESOLVE)
    assert friday is not None
    assert friday.due == at(9, 15)  # Friday 15:00 -> Tuesday 15:00


def test_a_holiday_is_skipped_and_named_in_what_was_skipped() -> None:
    # Thursday 18 June 15:00; Friday is Midsummer Eve: 2 h Thu + 8 h Mon + 6 h Tue.
    step = clock_at(at(18, 16), received=at(18, 15)).step(Step.RESOLVE)
    assert step is not None
    assert step.due == at(23, 15)
    assert step.skipped.closed_dates == (MIDSUMMER_EVE,)
    assert step.skipped.closed_weekdays == (5, 6)


def test_due_soon_overdue_met_and_missed() -> None:
    received = at(15, 9)  # Monday; acknowledge due 13:00
    assert clock_at(at(15, 11), received=received).step(Step.ACKNOWLEDGE).state is (
        StepState.ON_TIME
    )
    assert clock_at(at(15, 12), received=received).step(Step.ACKNOWLEDGE).state is (
        StepState.DUE_SOON
    )
    overdue = clock_at(at(15, 13), received=received).step(Step.ACKNOWLEDGE)
    assert overdue is not None
    assert overdue.state is StepState.OVERDUE
    assert overdue.left == timedelta(0)
    met = clock_at(at(16, 9), received=received, acknowledged=at(15, 13)).step(Step.ACKNOWLEDGE)
    assert met is not None
    assert (met.state, met.done) == (StepState.MET, at(15, 13))  # at the due instant: met
    missed = clock_at(at(16, 9), received=received, acknowledged=at(15, 13, 1))
    assert missed.step(Step.ACKNOWLEDGE).state is StepState.MISSED
    # Due at closing time, done that evening: no business time passed after the due time.
    evening = clock_at(at(16, 9), received=at(15, 13), acknowledged=at(15, 20))
    assert evening.step(Step.ACKNOWLEDGE).state is StepState.MET


def test_what_has_not_happened_yet_does_not_count() -> None:
    clock = clock_at(at(15, 10), received=at(15, 9), acknowledged=at(15, 11))
    assert clock.step(Step.ACKNOWLEDGE).state is StepState.ON_TIME


def test_steps_without_a_target_are_left_out() -> None:
    clock = clock_at(at(15, 10), ServiceRules(resolve_days=1), received=at(15, 9))
    assert [step.step for step in clock.steps] == [Step.RESOLVE]
    assert clock_at(at(15, 10), ServiceRules(), received=at(15, 9)).current is None


# ---------------------------------------------------------------------------- pauses


def test_waiting_for_the_customer_stops_the_clock_and_resumes_it() -> None:
    one_day = ServiceRules(resolve_days=1, day_hours=8)
    received = at(15, 9)  # Monday 09:00, due Monday 17:00 without a wait
    wait = (at(15, 11), at(16, 11))  # waits 8 business hours, 6 h were left when it began
    waiting = clock_at(at(15, 15), one_day, received=received, pauses=((wait[0], None),))
    step = waiting.step(Step.RESOLVE)
    assert step is not None
    assert (step.state, step.due) == (StepState.PAUSED, None)
    assert step.left == timedelta(hours=6)
    assert step.paused == timedelta(hours=4)
    after = clock_at(at(16, 12), one_day, received=received, pauses=(wait,)).step(Step.RESOLVE)
    assert after is not None
    assert after.due == at(16, 17)  # 6 h left from Tuesday 11:00
    assert after.paused == timedelta(hours=8)
    assert after.used == timedelta(hours=3)
    assert after.state is StepState.ON_TIME


def test_a_wait_that_begins_when_already_late_does_not_help() -> None:
    one_day = ServiceRules(resolve_days=1, day_hours=8)
    clock = clock_at(
        at(17, 12),
        one_day,
        received=at(15, 9),
        pauses=((at(16, 10), at(17, 10)),),
        resolved=at(17, 11),
    )
    step = clock.step(Step.RESOLVE)
    assert step is not None
    assert step.due == at(15, 17)
    assert step.state is StepState.MISSED


def test_the_pause_rule_can_be_switched_off() -> None:
    rules = ServiceRules(resolve_days=1, day_hours=8, pause_while_waiting=False)
    step = clock_at(at(15, 15), rules, received=at(15, 9), pauses=((at(15, 11), None),)).step(
        Step.RESOLVE
    )
    assert step is not None
    assert (step.state, step.due, step.paused) == (StepState.DUE_SOON, at(15, 17), timedelta(0))


def test_a_reopened_complaint_continues_its_clock_and_may_be_late_at_once() -> None:
    # Resolved on time, then reopened (the resolution is taken back): the clock runs on
    # from receipt, so the complaint is overdue as soon as it is open again.
    clock = clock_at(at(22, 10), received=at(15, 9))
    step = clock.step(Step.RESOLVE)
    assert step is not None
    assert step.state is StepState.OVERDUE
    assert step.due == at(16, 17)


# ---------------------------------------------------------------------------- follow-up


def test_follow_up_counts_calendar_days_from_the_resolution() -> None:
    before = clock_at(at(15, 10), received=at(15, 9))
    assert before.step(Step.FOLLOW_UP).state is StepState.NOT_STARTED
    assert before.current is not None
    assert before.current.step is Step.ACKNOWLEDGE
    waiting = clock_at(at(20, 10), received=at(15, 9), acknowledged=at(15, 9), resolved=at(15, 12))
    step = waiting.step(Step.FOLLOW_UP)
    assert step is not None
    assert (step.state, step.due) == (StepState.ON_TIME, at(22, 12))
    assert waiting.current is step
    late = clock_at(at(25, 10), received=at(15, 9), resolved=at(15, 12), followed_up=at(23, 9))
    assert late.step(Step.FOLLOW_UP).state is StepState.MISSED


def test_when_every_step_is_done_the_log_shows_the_resolution() -> None:
    clock = clock_at(
        at(30, 10),
        received=at(15, 9),
        acknowledged=at(15, 9, 30),
        resolved=at(18, 10),
        followed_up=at(19, 10),
    )
    assert clock.current is not None
    assert (clock.current.step, clock.current.state) == (Step.RESOLVE, StepState.MISSED)


# ---------------------------------------------------------------------------- handling time


def test_handling_time_is_split_inside_and_outside_office_hours() -> None:
    handled = handling_time(CAL, at(12, 16), at(15, 10), at(30, 10))
    assert handled.calendar == timedelta(hours=66)
    assert handled.inside == timedelta(hours=2)
    assert handled.outside == timedelta(hours=64)
    assert handled.finished
    so_far = handling_time(CAL, at(15, 9), None, at(15, 12))
    assert (so_far.inside, so_far.finished) == (timedelta(hours=3), False)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        complaint_clock(CAL, ClockInputs(received=datetime(2026, 6, 15, 9)), RULES, now=at(15, 9))
    with pytest.raises(ValueError, match="aware"):
        complaint_clock(CAL, ClockInputs(received=at(15, 9)), RULES, now=datetime(2026, 6, 15))


# ---------------------------------------------------------------------------- agreement


_MINUTES = st.integers(min_value=0, max_value=60 * 24 * 40)


@settings(max_examples=150, deadline=None)
@given(
    received=_MINUTES,
    resolved_after=st.one_of(st.none(), _MINUTES),
    wait=st.one_of(st.none(), st.tuples(_MINUTES, st.integers(min_value=0, max_value=60 * 72))),
    target_days=st.sampled_from([0.5, 1.0, 2.0, 5.0]),
)
def test_the_log_and_the_period_figures_agree(
    received: int, resolved_after: int | None, wait: tuple[int, int] | None, target_days: float
) -> None:
    """Whether a complaint met its resolve target is the same seen one by one or in a period."""
    start = datetime(2026, 3, 2, tzinfo=UTC)
    now = start + timedelta(days=90)
    got = start + timedelta(minutes=received)
    resolved = None if resolved_after is None else got + timedelta(minutes=resolved_after)
    pauses: tuple[tuple[datetime, datetime | None], ...] = ()
    if wait is not None:
        begin = got + timedelta(minutes=wait[0])
        end = begin + timedelta(minutes=wait[1])
        if resolved is not None:
            begin, end = min(begin, resolved), min(end, resolved)
        pauses = ((begin, end),)
    rules = ServiceRules(resolve_days=target_days, day_hours=8)
    step = complaint_clock(
        CAL, ClockInputs(received=got, resolved=resolved, pauses=pauses), rules, now=now
    ).step(Step.RESOLVE)
    assert step is not None
    paused = sum((CAL.elapsed(b, e or now) for b, e in pauses), timedelta(0)).total_seconds()
    figures = compliance(
        CAL,
        ComplaintTimes(
            received=np.array([got.timestamp()]),
            acknowledged=np.array([np.nan]),
            resolved=np.array([np.nan if resolved is None else resolved.timestamp()]),
            followed_up=np.array([np.nan]),
            paused=np.array([paused]),
        ),
        Targets(resolve=target_days * 8 * 3600),
        start=start,
        end=now,
        as_of=now,
    )
    expected = {
        StepState.MET: (1, 0, 0),
        StepState.MISSED: (0, 1, 0),
        StepState.OVERDUE: (0, 1, 0),
    }.get(step.state, (0, 0, 1))
    assert (figures.resolve.met, figures.resolve.missed, figures.resolve.still_open) == expected
