"""Service-target figures for a period, checked by hand on a handful of complaints."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from policydesk.domain.businesshours import BusinessCalendar
from policydesk.domain.compliance import (
    ComplaintTimes,
    ComplianceFigures,
    Spread,
    TargetFigures,
    Targets,
    compliance,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = [("08:00", "12:00"), ("13:00", "17:00")]
OFFICE = BusinessCalendar(
    "Europe/Stockholm", {0: DAY, 1: DAY, 2: DAY, 3: DAY, 4: DAY, 5: [("10:00", "14:00")]}
)
HOUR = 3600.0
NAN = float("nan")
MARCH, MAY = datetime(2026, 3, 1, tzinfo=STOCKHOLM), datetime(2026, 5, 1, tzinfo=STOCKHOLM)
AS_OF = datetime(2026, 4, 30, 12, tzinfo=STOCKHOLM)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> float:
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM).timestamp()


# Business hours worked out by hand in the office week above (Mon-Fri 8-12 and 13-17, Sat 10-14).
COMPLAINTS = ComplaintTimes(
    received=np.array(
        [
            at(2026, 3, 9, 9),  # Mon
            at(2026, 3, 13, 16),  # Fri
            at(2026, 3, 21, 20),  # Sat evening; never answered
            at(2026, 4, 30, 11),  # Thu, an hour before the figures are taken
            at(2026, 2, 27, 9),  # before the period
            at(2026, 4, 29, 10),  # Wed; acknowledged after the figures are taken
        ]
    ),
    acknowledged=np.array(
        [at(2026, 3, 9, 10), at(2026, 3, 16, 9), NAN, NAN, at(2026, 2, 27, 10), at(2026, 4, 30, 13)]
    ),
    resolved=np.array([at(2026, 3, 10, 9), at(2026, 3, 18, 17), NAN, NAN, NAN, NAN]),
    followed_up=np.array([at(2026, 3, 13, 9), NAN, NAN, NAN, NAN, NAN]),
    paused=np.array([0.0, 2 * HOUR, 0.0, 0.0, 0.0, 0.0]),
)
TARGETS = Targets(
    acknowledge=4 * HOUR, resolve=16 * HOUR, follow_up=7 * 24 * HOUR, follow_up_calendar=True
)


def hours(spread: Spread) -> tuple[float | None, float | None]:
    return spread.median, spread.p90


def figures(
    times: ComplaintTimes = COMPLAINTS,
    targets: Targets = TARGETS,
    start: datetime = MARCH,
    end: datetime = MAY,
) -> ComplianceFigures:
    return compliance(OFFICE, times, targets, start=start, end=end, as_of=AS_OF)


def test_targets_met_missed_and_still_open() -> None:
    result = figures()
    assert result.received == 5
    # 1 h met; 6 h (Fri 1 + Sat 4 + Mon 1) missed; never answered; 1 h so far; 10 h so far.
    assert result.acknowledge == TargetFigures(met=1, missed=3, still_open=1)
    # 8 h met; 29 h less a 2 h pause missed; never resolved; 1 h and 10 h so far.
    assert result.resolve == TargetFigures(met=1, missed=2, still_open=2)
    # Followed up after 3 calendar days; the second has waited six weeks for it.
    assert result.follow_up == TargetFigures(met=1, missed=1, still_open=0)
    assert result.acknowledge.share_met == 0.25
    assert result.resolve.decided == 3
    assert TargetFigures().share_met is None


def test_follow_up_in_business_time() -> None:
    targets = Targets(acknowledge=4 * HOUR, resolve=16 * HOUR, follow_up=16 * HOUR)
    # Tuesday 09:00 to Friday 09:00 is 24 business hours.
    assert figures(targets=targets).follow_up == TargetFigures(met=0, missed=2, still_open=0)
    targets = Targets(follow_up=24 * HOUR)
    assert figures(targets=targets).follow_up == TargetFigures(met=1, missed=1, still_open=0)


def test_handling_time_of_the_resolved_complaints() -> None:
    handling = figures().handling
    assert handling.resolved == 2
    # Business: 8 h and 27 h. Calendar: 24 h and 121 h (Friday 16:00 to Wednesday 17:00).
    assert hours(handling.business_hours) == pytest.approx((17.5, 25.1))
    assert hours(handling.calendar_hours) == pytest.approx((72.5, 111.3))
    assert handling.inside_hours == pytest.approx(37.0)  # 8 + 29: a pause is still office time
    assert handling.outside_hours == pytest.approx(108.0)
    assert handling.inside_share == pytest.approx(37 / 145)


def test_months_for_the_chart() -> None:
    march, april = figures().months
    assert (march.month, april.month) == (date(2026, 3, 1), date(2026, 4, 1))
    assert (march.received, april.received) == (3, 2)
    assert march.acknowledge == TargetFigures(met=1, missed=2)
    assert april.acknowledge == TargetFigures(missed=1, still_open=1)
    assert march.resolve == TargetFigures(met=1, missed=2)
    assert april.resolve == TargetFigures(still_open=2)
    assert hours(march.business_hours) == pytest.approx((17.5, 25.1))
    assert april.business_hours == Spread()
    assert april.calendar_hours == Spread()


def test_local_months_and_the_period_edges() -> None:
    never = np.full(4, NAN)
    times = ComplaintTimes(
        received=np.array(
            [
                at(2026, 3, 31, 23, 30),  # 21:30 UTC: still March here
                at(2026, 4, 1, 0, 30),  # 22:30 UTC on 31 March: April here
                MARCH.timestamp(),  # the first instant belongs to the period
                MAY.timestamp(),  # the end does not
            ]
        ),
        acknowledged=never,
        resolved=never,
        followed_up=never,
    )
    result = figures(times)
    assert result.received == 3
    assert [month.received for month in result.months] == [2, 1]
    # A period that starts mid-month and ends at a month's first instant.
    result = figures(times, start=datetime(2026, 3, 15, tzinfo=UTC))
    assert [month.month for month in result.months] == [date(2026, 3, 1), date(2026, 4, 1)]
    assert [month.received for month in result.months] == [1, 1]


def test_targets_per_complaint_and_no_target() -> None:
    targets = Targets(
        acknowledge=np.array([4 * HOUR, NAN, 4 * HOUR, NAN, 4 * HOUR, 12 * HOUR]),
        resolve=NAN,
    )
    result = figures(targets=targets)
    # The last one has had 10 business hours of its 12.
    assert result.acknowledge == TargetFigures(met=1, missed=1, still_open=1)
    assert result.resolve == TargetFigures()
    assert result.follow_up == TargetFigures()


def test_an_empty_period() -> None:
    result = figures(
        start=datetime(2027, 1, 1, tzinfo=STOCKHOLM), end=datetime(2027, 3, 1, tzinfo=UTC)
    )
    assert result.received == 0
    assert result.handling.resolved == 0
    assert result.handling.business_hours == Spread()
    assert result.handling.inside_share is None
    # The period ends at 01:00 on 1 March here: that hour of March is a month of its own.
    assert [month.month.month for month in result.months] == [1, 2, 3]
    assert [month.received for month in result.months] == [0, 0, 0]


def test_bad_input_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        compliance(OFFICE, COMPLAINTS, TARGETS, start=datetime(2026, 3, 1), end=MAY, as_of=AS_OF)
    with pytest.raises(ValueError, match="before it starts"):
        compliance(OFFICE, COMPLAINTS, TARGETS, start=MAY, end=MARCH, as_of=AS_OF)
    two, three, one = np.zeros(2), np.full(3, NAN), np.full(1, NAN)
    with pytest.raises(ValueError, match="acknowledged: expected 2 values"):
        ComplaintTimes(received=two, acknowledged=three, resolved=one, followed_up=one)
    with pytest.raises(ValueError, match="a target"):
        figures(targets=Targets(acknowledge=[HOUR, HOUR]))
    # One figure stands for all.
    times = ComplaintTimes(received=two, acknowledged=one, resolved=one, followed_up=one)
    assert len(times) == 2
    assert times.paused.tolist() == [0.0, 0.0]
