"""The service clock: business time between instants, due times, explanations, every edge.

Besides hand-checked cases, three kinds of random tests (hypothesis):

- against ``businesstimedelta`` (a test dependency) on day-time hours with lunch breaks,
  holidays and six zones. Its conventions are met on its own terms: it returns magnitudes (we
  compare with the absolute value, and check the sign ourselves), and it is given aware
  datetimes (a naive one would be UTC to it). Three things it does differently are kept out of
  the comparison: opening hours inside the night hours when clocks change (01:00-04:00 local),
  holidays on a day the clocks change (its holiday is 24 real hours, not the local day), and
  overnight hours (it skips the part after midnight of a shift that began the evening before).
  It drops microseconds, so the instants are whole seconds.
- against a reference written here from the rules' words, which walks quarter-hours and asks
  for each one whether its local wall time is open. It covers what businesstimedelta cannot:
  overnight hours, closed dates cutting them, extra openings, closures and DST weekends.
- ``elapsed_many`` against ``elapsed`` (to the microsecond), and ``add`` against ``elapsed``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import businesstimedelta  # type: ignore[import-untyped]
import numpy as np
import pytest
import pytz  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policydesk.domain.businesshours import BusinessCalendar, Skipped, parse_wall_time

STOCKHOLM = ZoneInfo("Europe/Stockholm")
BUCHAREST = ZoneInfo("Europe/Bucharest")
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
US = timedelta(microseconds=1)
DAY = [("08:00", "12:00"), ("13:00", "17:00")]
OFFICE = {0: DAY, 1: DAY, 2: DAY, 3: DAY, 4: DAY, 5: [("10:00", "14:00")], 6: []}
MIDSUMMER_EVE = date(2026, 6, 19)  # a Friday
ALL_WEEK_DAYTIME = {weekday: [("08:00", "17:00")] for weekday in range(7)}
RANDOM = settings(
    deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
# 25 intervals an example: 3,000 intervals compared with businesstimedelta.
VERSUS_BTD = settings(RANDOM, max_examples=120)


def sthlm(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=STOCKHOLM)


def office(**kwargs: object) -> BusinessCalendar:
    return BusinessCalendar("Europe/Stockholm", OFFICE, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- plain weeks


def test_a_plain_week_and_its_edges() -> None:
    cal = office()
    monday = sthlm(2026, 3, 9, 8)
    assert cal.elapsed(monday, sthlm(2026, 3, 13, 17)) == 40 * HOUR
    assert cal.elapsed(monday, sthlm(2026, 3, 16, 8)) == 44 * HOUR  # and Saturday's four
    assert cal.elapsed(monday, monday) == timedelta(0)
    assert cal.elapsed(sthlm(2026, 3, 9, 7), monday) == timedelta(0)  # ends at opening
    assert cal.elapsed(sthlm(2026, 3, 9, 17), sthlm(2026, 3, 9, 18)) == timedelta(0)  # at closing
    assert cal.elapsed(sthlm(2026, 3, 9, 16, 59), sthlm(2026, 3, 9, 17)) == MINUTE
    assert cal.elapsed(sthlm(2026, 3, 9, 8, 0), sthlm(2026, 3, 9, 8, 1)) == MINUTE  # same minute
    assert cal.elapsed(sthlm(2026, 3, 9, 9, 30, 15), sthlm(2026, 3, 9, 9, 30, 45)) == timedelta(
        seconds=30
    )
    assert cal.elapsed(sthlm(2026, 3, 9, 11), sthlm(2026, 3, 9, 14)) == 2 * HOUR  # lunch
    assert cal.elapsed(sthlm(2026, 3, 9, 12), sthlm(2026, 3, 9, 13)) == timedelta(0)
    assert cal.elapsed(sthlm(2026, 3, 14, 9), sthlm(2026, 3, 16, 9)) == 5 * HOUR  # Sat, Sun, Mon


def test_the_result_is_signed() -> None:
    cal = office()
    start, end = sthlm(2026, 3, 9, 10), sthlm(2026, 3, 11, 15, 30)
    assert cal.elapsed(start, end) == 20.5 * HOUR
    assert cal.elapsed(end, start) == -20.5 * HOUR
    closed_a, closed_b = sthlm(2026, 3, 14, 18), sthlm(2026, 3, 15, 18)
    assert cal.elapsed(closed_b, closed_a) == timedelta(0)


def test_instants_in_any_zone_count_the_same() -> None:
    cal = office()
    start = sthlm(2026, 3, 9, 10)
    end = datetime(2026, 3, 9, 15, tzinfo=UTC)  # 16:00 in Stockholm
    assert cal.elapsed(start, end) == 5 * HOUR
    assert cal.elapsed(start.astimezone(ZoneInfo("America/New_York")), end) == 5 * HOUR


def test_start_or_end_on_a_closed_day() -> None:
    cal = office(closed_dates={MIDSUMMER_EVE})
    thursday = sthlm(2026, 6, 18, 16)
    assert cal.elapsed(thursday, sthlm(2026, 6, 19, 15)) == HOUR  # ends on the holiday
    assert cal.elapsed(sthlm(2026, 6, 19, 9), sthlm(2026, 6, 20, 11)) == HOUR  # starts on it
    assert cal.elapsed(sthlm(2026, 6, 19, 9), sthlm(2026, 6, 19, 16)) == timedelta(0)
    assert cal.elapsed(sthlm(2026, 6, 21, 9), sthlm(2026, 6, 22, 9)) == HOUR  # from a Sunday
    assert cal.elapsed(sthlm(2026, 6, 18, 9), sthlm(2026, 6, 21, 9)) == 11 * HOUR  # to a Sunday


def test_a_multi_year_span_counts_every_day() -> None:
    holidays = {date(year, 12, 25) for year in range(2000, 2031)}
    cal = office(closed_dates=holidays)
    start, end = date(2000, 1, 1), date(2030, 1, 1)
    expected = timedelta(0)
    day = start
    while day < end:
        if day not in holidays:
            expected += {5: 4 * HOUR, 6: timedelta(0)}.get(day.weekday(), 8 * HOUR)
        day += timedelta(days=1)
    first, last = sthlm(2000, 1, 1), sthlm(2030, 1, 1)
    assert cal.elapsed(first, last) == expected
    assert cal.elapsed(last, first) == -expected
    assert cal.elapsed_many([first], [last])[0] == expected.total_seconds()
    assert cal.add(first, expected) == sthlm(2029, 12, 31, 17)  # Monday's closing


# ---------------------------------------------------------------------------- DST weekends


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 9), (date(2026, 10, 25), 9), (date(2026, 3, 28), 9)],
)
def test_daytime_hours_on_dst_days_are_their_length(day: date, hours: int) -> None:
    for zone in (STOCKHOLM, BUCHAREST):
        cal = BusinessCalendar(zone.key, ALL_WEEK_DAYTIME)
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
        assert cal.elapsed(midnight, midnight + 2 * timedelta(days=1)) == 2 * hours * HOUR


@pytest.mark.parametrize(
    ("zone", "night", "spring", "autumn"),
    [
        # 02:00-03:00 does not exist in Stockholm on 29 March, 02:00-03:00 happens twice on
        # 25 October; in Bucharest it is 03:00-04:00 both times.
        ("Europe/Stockholm", ("01:00", "04:00"), 2, 4),
        ("Europe/Bucharest", ("02:00", "05:00"), 2, 4),
        ("Europe/Stockholm", ("00:00", "00:00"), 23, 25),
        ("Europe/Bucharest", ("00:00", "24:00"), 23, 25),
    ],
)
def test_night_hours_on_dst_days_count_real_time(
    zone: str, night: tuple[str, str], spring: int, autumn: int
) -> None:
    cal = BusinessCalendar(zone, {weekday: [night] for weekday in range(7)})
    here = ZoneInfo(zone)
    for day, hours in ((date(2026, 3, 29), spring), (date(2026, 10, 25), autumn)):
        midnight = datetime(day.year, day.month, day.day, tzinfo=here)
        next_midnight = datetime.combine(day + timedelta(days=1), dt.time(), here)
        assert cal.elapsed(midnight, next_midnight) == hours * HOUR
        assert cal.elapsed_many([midnight], [next_midnight])[0] == hours * 3600
        assert cal.add(midnight, hours * HOUR) == cal.open_intervals(day)[-1][1]


def test_an_overnight_shift_across_the_spring_change() -> None:
    cal = BusinessCalendar("Europe/Stockholm", {5: [("22:00", "06:00")]})
    start, end = sthlm(2026, 3, 28, 22), sthlm(2026, 3, 29, 6)
    assert cal.elapsed(start, end) == 7 * HOUR
    assert cal.add(start, 3 * HOUR).isoformat() == "2026-03-29T01:00:00+01:00"
    assert cal.add(start, 4 * HOUR).isoformat() == "2026-03-29T03:00:00+02:00"
    # 02:00 does not exist that night; read with winter time it is the same instant. (Aware
    # datetimes in one zone compare by wall time, hence the timestamps.)
    assert cal.add(start, 4 * HOUR).timestamp() == sthlm(2026, 3, 29, 2).timestamp()
    autumn = cal.elapsed(sthlm(2026, 10, 24, 22), sthlm(2026, 10, 25, 6))
    assert autumn == 9 * HOUR


def test_wall_times_that_do_not_exist_or_happen_twice_read_with_fold_0() -> None:
    spring = BusinessCalendar("Europe/Stockholm", {6: [("02:30", "04:00")]})
    # 02:30 does not exist on 29 March: read with winter time it is 03:30 summer time.
    assert [
        (a.isoformat(), b.isoformat()) for a, b in spring.open_intervals(date(2026, 3, 29))
    ] == [("2026-03-29T03:30:00+02:00", "2026-03-29T04:00:00+02:00")]
    gone = BusinessCalendar("Europe/Stockholm", {6: [("02:00", "03:00")]})
    assert gone.open_intervals(date(2026, 3, 29)) == []
    autumn = BusinessCalendar("Europe/Stockholm", {6: [("02:30", "03:00")]})
    # 02:30 happens twice on 25 October: the first time, in summer time.
    (stretch,) = autumn.open_intervals(date(2026, 10, 25))
    assert stretch[0].isoformat() == "2026-10-25T02:30:00+02:00"
    assert autumn.elapsed(*stretch) == 1.5 * HOUR


def test_dst_weekends_with_the_office_week() -> None:
    for zone in ("Europe/Stockholm", "Europe/Bucharest"):
        here = ZoneInfo(zone)
        cal = BusinessCalendar(zone, OFFICE)
        friday, monday = (
            datetime(2026, 3, 27, 16, tzinfo=here),
            datetime(2026, 3, 30, 9, tzinfo=here),
        )
        assert cal.elapsed(friday, monday) == 6 * HOUR
        assert cal.add(friday, 6 * HOUR) == monday
        friday, monday = (
            datetime(2026, 10, 23, 16, tzinfo=here),
            datetime(2026, 10, 26, 9, tzinfo=here),
        )
        assert cal.elapsed(friday, monday) == 6 * HOUR


# ---------------------------------------------------------------------------- past midnight


def test_intervals_past_midnight() -> None:
    late = BusinessCalendar("Europe/Stockholm", {4: [("18:00", "02:00")], 5: [("18:00", "02:00")]})
    assert late.elapsed(sthlm(2026, 3, 13, 20), sthlm(2026, 3, 14, 1)) == 5 * HOUR
    assert late.elapsed(sthlm(2026, 3, 13, 0), sthlm(2026, 3, 16, 0)) == 16 * HOUR
    assert late.is_open(sthlm(2026, 3, 14, 1, 59))
    assert not late.is_open(sthlm(2026, 3, 14, 2))
    assert late.is_open(sthlm(2026, 3, 15, 0, 30))  # Saturday's shift, on Sunday
    assert not late.is_open(sthlm(2026, 3, 16, 0, 30))  # no Sunday shift
    assert late.open_intervals(date(2026, 3, 14)) == [
        (sthlm(2026, 3, 14), sthlm(2026, 3, 14, 2)),
        (sthlm(2026, 3, 14, 18), sthlm(2026, 3, 15)),
    ]
    assert late.add(sthlm(2026, 3, 13, 12), 7 * HOUR) == sthlm(2026, 3, 14, 1)
    assert late.add(sthlm(2026, 3, 13, 12), 8 * HOUR) == sthlm(2026, 3, 14, 2)  # closing
    assert late.add(sthlm(2026, 3, 13, 12), 8 * HOUR + US) == sthlm(2026, 3, 14, 18) + US


def test_a_closed_date_cuts_overnight_hours_both_ways() -> None:
    late = BusinessCalendar(
        "Europe/Stockholm",
        {weekday: [("18:00", "02:00")] for weekday in range(7)},
        closed_dates={date(2026, 12, 24)},
    )
    # The shift of the 23rd stops at the holiday's midnight ...
    assert late.open_intervals(date(2026, 12, 24)) == []
    assert late.elapsed(sthlm(2026, 12, 23, 12), sthlm(2026, 12, 24, 12)) == 6 * HOUR
    # ... and the shift that would have begun on the holiday never opens.
    assert late.open_intervals(date(2026, 12, 25)) == [
        (sthlm(2026, 12, 25, 18), sthlm(2026, 12, 26))
    ]
    skipped = late.skipped(sthlm(2026, 12, 23, 12), sthlm(2026, 12, 26, 12))
    assert skipped.closed_dates == (date(2026, 12, 24),)
    assert skipped.nights


def test_intervals_that_overlap_or_touch_are_joined() -> None:
    joined = BusinessCalendar(
        "Europe/Stockholm",
        {0: [("09:00", "12:00"), ("11:00", "14:00"), ("14:00", "15:00")], 6: [("20:00", "02:00")]},
    )
    assert joined.open_intervals(date(2026, 3, 9)) == [
        (sthlm(2026, 3, 9), sthlm(2026, 3, 9, 2)),
        (sthlm(2026, 3, 9, 9), sthlm(2026, 3, 9, 15)),
    ]
    assert joined.elapsed(sthlm(2026, 3, 8), sthlm(2026, 3, 10)) == 12 * HOUR
    whole = BusinessCalendar("UTC", {0: [("00:00", "24:00")], 1: [("00:00", "00:00")]})
    start = datetime(2026, 3, 9, tzinfo=UTC)
    assert whole.elapsed(start, start + timedelta(days=7)) == 48 * HOUR
    assert whole.add(start, 30 * HOUR) == start + 30 * HOUR  # through midnight in one stretch


# ---------------------------------------------------------------------------- exceptions


def test_part_day_closures() -> None:
    closes_early = (sthlm(2026, 12, 23, 13), sthlm(2026, 12, 24))
    cal = office(closures=[closes_early])
    assert cal.elapsed(sthlm(2026, 12, 23), sthlm(2026, 12, 24)) == 4 * HOUR
    assert cal.open_intervals(date(2026, 12, 23)) == [
        (sthlm(2026, 12, 23, 8), sthlm(2026, 12, 23, 12))
    ]
    assert cal.add(sthlm(2026, 12, 23, 11), 2 * HOUR) == sthlm(2026, 12, 24, 9)
    # A closure given in another zone is the same instants.
    in_utc = office(
        closures=[(datetime(2026, 12, 23, 12, tzinfo=UTC), datetime(2026, 12, 23, 23, tzinfo=UTC))]
    )
    assert in_utc.elapsed(sthlm(2026, 12, 23), sthlm(2026, 12, 24)) == 4 * HOUR
    # Closures that overlap are joined; an empty one is ignored.
    doubled = office(
        closures=[
            closes_early,
            (sthlm(2026, 12, 23, 15), sthlm(2026, 12, 23, 16)),
            (sthlm(2026, 12, 22, 9), sthlm(2026, 12, 22, 9)),
        ]
    )
    assert doubled.elapsed(sthlm(2026, 12, 22), sthlm(2026, 12, 24)) == 12 * HOUR
    skipped = cal.skipped(sthlm(2026, 12, 23, 11), sthlm(2026, 12, 24, 9))
    assert skipped.closures == (closes_early,)
    assert skipped.nights


def test_extra_openings() -> None:
    cal = office(
        closed_dates={MIDSUMMER_EVE},
        extra_open={
            date(2026, 12, 20): [("10:00", "16:00")],  # an extra Sunday
            MIDSUMMER_EVE: [("10:00", "13:00")],  # open on a holiday after all
            date(2026, 3, 8): [("22:00", "01:00")],  # a Sunday night into Monday
            date(2026, 3, 9): [("07:00", "09:00")],  # opens early on a Monday
        },
        closures=[(sthlm(2026, 12, 20, 12), sthlm(2026, 12, 20, 13))],
    )
    assert cal.elapsed(sthlm(2026, 12, 20), sthlm(2026, 12, 21)) == 5 * HOUR  # closure wins
    assert cal.elapsed(sthlm(2026, 6, 19), sthlm(2026, 6, 20)) == 3 * HOUR
    assert cal.open_intervals(date(2026, 3, 9)) == [
        (sthlm(2026, 3, 9), sthlm(2026, 3, 9, 1)),
        (sthlm(2026, 3, 9, 7), sthlm(2026, 3, 9, 12)),
        (sthlm(2026, 3, 9, 13), sthlm(2026, 3, 9, 17)),
    ]
    assert cal.elapsed(sthlm(2026, 3, 8), sthlm(2026, 3, 10)) == 12 * HOUR


def test_skipped_makes_the_sentence() -> None:
    cal = office(closed_dates={MIDSUMMER_EVE})
    start, end = sthlm(2026, 6, 18, 11), sthlm(2026, 6, 22, 11)
    assert cal.skipped(start, end) == Skipped(
        nights=True, breaks=True, closed_weekdays=(6,), closed_dates=(MIDSUMMER_EVE,)
    )
    assert cal.skipped(end, start) == cal.skipped(start, end)
    assert cal.skipped(sthlm(2026, 3, 9, 9), sthlm(2026, 3, 9, 11)) == Skipped()
    assert not Skipped().anything
    assert cal.skipped(sthlm(2026, 3, 13, 16), sthlm(2026, 3, 16, 9)).closed_weekdays == (6,)
    # A holiday on a day that is closed anyway is just that weekday.
    sunday = office(closed_dates={date(2026, 3, 15)})
    assert sunday.skipped(sthlm(2026, 3, 14, 13), sthlm(2026, 3, 16, 9)) == Skipped(
        nights=True, closed_weekdays=(6,)
    )


# ---------------------------------------------------------------------------- due times


def test_add_gives_due_times() -> None:
    cal = office(closed_dates={MIDSUMMER_EVE})
    monday = sthlm(2026, 3, 9, 8)
    assert cal.add(monday, 8 * HOUR) == sthlm(2026, 3, 9, 17)  # a day used up: its closing
    assert cal.add(monday, 8 * HOUR + MINUTE) == sthlm(2026, 3, 10, 8, 1)
    assert cal.add(monday, 4 * HOUR) == sthlm(2026, 3, 9, 12)
    assert cal.add(monday, 4 * HOUR + US) == sthlm(2026, 3, 9, 13) + US
    assert cal.add(sthlm(2026, 3, 13, 16), 2 * HOUR) == sthlm(2026, 3, 14, 11)
    assert cal.add(sthlm(2026, 6, 18, 16), 2 * HOUR) == sthlm(2026, 6, 20, 11)  # over a holiday
    assert cal.add(sthlm(2026, 3, 9, 20), 2 * HOUR) == sthlm(2026, 3, 10, 10)
    due = cal.add(datetime(2026, 3, 9, 7, tzinfo=UTC), HOUR)
    assert due == sthlm(2026, 3, 9, 9)
    assert due.tzinfo is STOCKHOLM  # in the calendar's zone


def test_add_zero_and_backwards() -> None:
    cal = office()
    assert cal.add(sthlm(2026, 3, 9, 10), timedelta(0)) == sthlm(2026, 3, 9, 10)  # open: itself
    assert cal.add(sthlm(2026, 3, 9, 12), timedelta(0)) == sthlm(2026, 3, 9, 13)  # at closing
    assert cal.add(sthlm(2026, 3, 14, 15), timedelta(0)) == sthlm(2026, 3, 16, 8)
    assert cal.next_open(sthlm(2026, 3, 14, 15)) == sthlm(2026, 3, 16, 8)
    assert cal.next_open(sthlm(2026, 3, 16, 8)) == sthlm(2026, 3, 16, 8)
    assert cal.add(sthlm(2026, 3, 9, 17), -8 * HOUR) == sthlm(2026, 3, 9, 8)  # latest instant
    assert cal.add(sthlm(2026, 3, 9, 17), -8 * HOUR - MINUTE) == sthlm(2026, 3, 7, 13, 59)
    assert cal.add(sthlm(2026, 3, 16, 9), -2 * HOUR) == sthlm(2026, 3, 14, 13)
    assert cal.add(sthlm(2026, 3, 9, 10), -10 * 52 * 44 * HOUR).year == 2016


def test_add_far_ahead_and_calendars_without_hours() -> None:
    cal = office()
    start = sthlm(2026, 3, 9, 8)
    ten_years = cal.add(start, 10 * 52 * 44 * HOUR)
    assert cal.elapsed(start, ten_years) == 10 * 52 * 44 * HOUR
    assert ten_years.year == 2036
    extra_only = BusinessCalendar("UTC", {}, extra_open={date(2026, 5, 1): [("10:00", "12:00")]})
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert extra_only.add(start, HOUR) == datetime(2026, 5, 1, 11, tzinfo=UTC)
    with pytest.raises(ValueError, match="no 3:00:00 of open time"):
        extra_only.add(start, 3 * HOUR)
    with pytest.raises(ValueError, match="open time before"):
        extra_only.add(start, -HOUR)
    never = BusinessCalendar("UTC", {})
    assert never.elapsed(start, start + timedelta(days=400)) == timedelta(0)
    assert not never.is_open(start)
    with pytest.raises(ValueError, match="open time"):
        never.next_open(start)


# ---------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tz": "Europe/Stockhlm"}, "not a known IANA time zone"),
        ({"tz": ""}, "not a known IANA time zone"),
        ({"tz": "../etc/passwd"}, "not a known IANA time zone"),
        ({"weekly": {7: DAY}}, "weekday 7 is not 0"),
        ({"weekly": {-1: DAY}}, "weekday -1"),
        ({"weekly": {"0": DAY}}, "weekday '0'"),
        ({"weekly": {0: [("8", "12:00")]}}, "'8' is not a time of day"),
        ({"weekly": {0: [("08:00", "25:00")]}}, "'25:00' is not a time of day"),
        ({"weekly": {0: [("08:00", "12:60")]}}, "'12:60'"),
        ({"weekly": {0: [("24:00", "12:00")]}}, '"00:00" to "23:59"'),
        ({"weekly": {0: [("08:00",)]}}, "not an \\(opens, closes\\) pair"),
        ({"weekly": {0: "08:00-12:00"}}, "expected a list"),
        ({"closed_dates": [datetime(2026, 6, 19)]}, "expected a date"),
        ({"extra_open": {datetime(2026, 6, 19): DAY}}, "expected a date"),
        ({"closures": [(datetime(2026, 6, 19, 9), sthlm(2026, 6, 19, 12))]}, "naive"),
        ({"closures": [(sthlm(2026, 6, 19, 12), sthlm(2026, 6, 19, 9))]}, "ends before it starts"),
        ({"closures": [(sthlm(2026, 6, 19, 12),)]}, "not a \\(start, end\\) pair"),
    ],
)
def test_bad_arguments_are_value_errors(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"tz": "Europe/Stockholm", "weekly": OFFICE, **kwargs}
    with pytest.raises(ValueError, match=message):
        BusinessCalendar(**arguments)  # type: ignore[arg-type]


def test_wall_times_parse() -> None:
    assert parse_wall_time("08:30") == 510
    assert parse_wall_time("8:30") == 510
    assert parse_wall_time("00:00") == 0
    assert parse_wall_time("24:00", end=True) == 1440
    for bad in ("24:00", "7", "07:5", "-1:00", "ab:cd", "", None, 830):
        with pytest.raises(ValueError, match="not a time of day"):
            parse_wall_time(bad)


def test_zones_as_objects() -> None:
    assert BusinessCalendar(STOCKHOLM, OFFICE).zone_name == "Europe/Stockholm"
    fixed = BusinessCalendar(dt.timezone(timedelta(hours=2)), OFFICE)
    assert fixed.add(datetime(2026, 3, 9, 6, tzinfo=UTC), HOUR).isoformat() == (
        "2026-03-09T09:00:00+02:00"
    )
    with pytest.raises(ValueError, match="IANA zone name"):
        BusinessCalendar(pytz.timezone("Europe/Stockholm"), OFFICE)


def test_naive_datetimes_are_refused() -> None:
    cal = office()
    naive, aware = datetime(2026, 3, 9, 10), sthlm(2026, 3, 9, 10)
    for call in (
        lambda: cal.elapsed(naive, aware),
        lambda: cal.elapsed(aware, naive),
        lambda: cal.add(naive, HOUR),
        lambda: cal.is_open(naive),
        lambda: cal.next_open(naive),
        lambda: cal.skipped(naive, aware),
        lambda: cal.elapsed_many([naive], [aware]),
        lambda: cal.elapsed_many(aware, [aware, naive]),
    ):
        with pytest.raises(ValueError, match="naive datetime"):
            call()
    with pytest.raises(ValueError, match="must be a timedelta"):
        cal.add(aware, 3600)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expected a date"):
        cal.open_intervals(aware)
    with pytest.raises(ValueError, match="outside the years"):
        cal.elapsed(datetime(1, 1, 1, tzinfo=UTC), aware)


# ---------------------------------------------------------------------------- elapsed_many


def test_elapsed_many_takes_datetimes_datetime64_and_seconds() -> None:
    cal = office()
    starts = [sthlm(2026, 3, 9, 10), sthlm(2026, 3, 13, 16), None]
    ends = [sthlm(2026, 3, 9, 11, 0, 0, 250_000), sthlm(2026, 3, 16, 9), sthlm(2026, 3, 16, 9)]
    expected = [3600.25, 6 * 3600.0, np.nan]
    np.testing.assert_array_equal(cal.elapsed_many(starts, ends), expected)
    as_seconds = [np.nan if s is None else s.timestamp() for s in starts]
    np.testing.assert_array_equal(
        cal.elapsed_many(np.array(as_seconds), [e.timestamp() for e in ends]), expected
    )
    as_utc = [
        np.datetime64("NaT") if s is None else np.datetime64(s.astimezone(UTC).replace(tzinfo=None))
        for s in starts
    ]
    for unit in ("ns", "us", "ms"):
        begins = np.array(as_utc, dtype=f"datetime64[{unit}]")
        finishes = np.array(
            [e.astimezone(UTC).replace(tzinfo=None) for e in ends], dtype="datetime64[ns]"
        )
        np.testing.assert_array_equal(cal.elapsed_many(begins, finishes), expected)
    # One end for all ("now"), and a two-dimensional array keeps its shape.
    now = sthlm(2026, 3, 16, 9)
    np.testing.assert_array_equal(cal.elapsed_many(starts, now), [43 * 3600.0, 6 * 3600.0, np.nan])
    grid = np.array([[sthlm(2026, 3, 9, 10).timestamp(), sthlm(2026, 3, 13, 16).timestamp()]] * 3)
    assert cal.elapsed_many(grid, now.timestamp()).shape == (3, 2)
    assert cal.elapsed_many([], []).shape == (0,)
    assert np.isnan(cal.elapsed_many([None], [None])).all()


def test_elapsed_many_refuses_what_it_cannot_read() -> None:
    cal = office()
    with pytest.raises(ValueError, match="infinite"):
        cal.elapsed_many(np.array([np.inf]), np.array([0.0]))
    with pytest.raises(ValueError, match="do not fit together"):
        cal.elapsed_many(np.zeros(3), np.zeros(2))
    with pytest.raises(ValueError, match="expected an aware datetime or seconds"):
        cal.elapsed_many([None, "2026-03-09"], [0.0])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="expected datetimes or seconds"):
        cal.elapsed_many(np.array(["a"]), np.array(["b"]))
    with pytest.raises(ValueError, match="expected datetimes or seconds"):
        cal.elapsed_many(["2026-03-09"], [0.0])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="outside the years"):
        cal.elapsed_many(np.array([1e15]), np.array([0.0]))


# ---------------------------------------------------------------------------- random: btd

BTD_ZONES = (
    "UTC",
    "Europe/Stockholm",
    "Europe/Bucharest",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
)
RANGE_START = datetime(2025, 1, 1, tzinfo=UTC)
RANGE_SECONDS = 3 * 365 * 86400
AFTER_RANGE = date(2029, 6, 1)  # businesstimedelta needs a holiday within five years of any date
FIRSTS_OF_MONTHS = frozenset(
    date(year, month, 1) for year in range(2024, 2029) for month in range(1, 13)
)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@functools.cache
def dst_dates(zone: ZoneInfo, first: date, last: date) -> frozenset[date]:
    found, day = set(), first
    while day <= last:
        midnight = datetime.combine(day, dt.time(), zone)
        if midnight.utcoffset() != (midnight + timedelta(days=1)).astimezone(zone).utcoffset():
            found.add(day)
        day += timedelta(days=1)
    return frozenset(found)


@dataclass(frozen=True)
class BtdSetup:
    zone: str
    groups: tuple[tuple[frozenset[int], int, int, tuple[int, int] | None], ...]
    holidays: frozenset[date]
    intervals: tuple[tuple[int, int], ...]


@st.composite
def btd_setups(draw: st.DrawFn) -> BtdSetup:
    zone = draw(st.sampled_from(BTD_ZONES))
    weekdays = list(range(7))
    groups = []
    for _ in range(draw(st.integers(1, 2))):
        days = draw(st.sets(st.sampled_from(weekdays), min_size=1, max_size=len(weekdays)))
        weekdays = [day for day in weekdays if day not in days]
        opens = draw(st.integers(5 * 4, 11 * 4)) * 15
        closes = draw(st.integers(13 * 4, 23 * 4)) * 15
        lunch = None
        if draw(st.booleans()):
            lunch_start = draw(st.integers(opens // 15 + 1, closes // 15 - 2)) * 15
            lunch_end = draw(st.integers(lunch_start // 15 + 1, closes // 15 - 1)) * 15
            lunch = (lunch_start, lunch_end)
        groups.append((frozenset(days), opens, closes, lunch))
        if not weekdays:
            break
    first, last = date(2024, 12, 1), date(2028, 2, 1)
    changing = dst_dates(ZoneInfo(zone), first, last)
    holidays = draw(
        st.sets(st.dates(first, last).filter(lambda day: day not in changing), max_size=12)
    )
    # businesstimedelta looks for the next holiday a day at a time, on every step: a holiday
    # on the first of every month keeps that search (and the test) short.
    holidays |= {day for day in FIRSTS_OF_MONTHS if day not in changing}
    intervals = draw(
        st.lists(
            st.tuples(st.integers(0, RANGE_SECONDS), st.integers(-12 * 86400, 12 * 86400)),
            min_size=25,
            max_size=25,
        )
    )
    return BtdSetup(zone, tuple(groups), frozenset(holidays), tuple(intervals))


def ours_for(setup: BtdSetup) -> BusinessCalendar:
    weekly: dict[int, list[tuple[str, str]]] = {}
    for days, opens, closes, lunch in setup.groups:
        spans = [(opens, closes)] if lunch is None else [(opens, lunch[0]), (lunch[1], closes)]
        for day in days:
            weekly[day] = [(clock(a), clock(b)) for a, b in spans]
    return BusinessCalendar(setup.zone, weekly, closed_dates=setup.holidays | {AFTER_RANGE})


def theirs_for(setup: BtdSetup) -> object:
    zone = pytz.timezone(setup.zone)
    rules: list[object] = []
    for days, opens, closes, lunch in setup.groups:
        working = sorted(days)
        rules.append(
            businesstimedelta.WorkDayRule(
                start_time=dt.time(opens // 60, opens % 60),
                end_time=dt.time(closes // 60, closes % 60),
                working_days=working,
                tz=zone,
            )
        )
        if lunch is not None:
            rules.append(
                businesstimedelta.LunchTimeRule(
                    start_time=dt.time(lunch[0] // 60, lunch[0] % 60),
                    end_time=dt.time(lunch[1] // 60, lunch[1] % 60),
                    working_days=working,
                    tz=zone,
                )
            )
    rules.append(businesstimedelta.HolidayRule(set(setup.holidays | {AFTER_RANGE}), tz=zone))
    return businesstimedelta.Rules(rules)


@VERSUS_BTD
@given(btd_setups())
def test_elapsed_agrees_with_businesstimedelta(setup: BtdSetup) -> None:
    ours, theirs = ours_for(setup), theirs_for(setup)
    starts, ends, expected = [], [], []
    for offset, length in setup.intervals:
        start = RANGE_START + timedelta(seconds=offset)
        end = start + timedelta(seconds=length)
        reference = theirs.difference(start, end).timedelta  # type: ignore[attr-defined]
        counted = ours.elapsed(start, end)
        assert abs(counted) == reference, (start, end)
        assert (counted < timedelta(0)) == (end < start and reference > timedelta(0))
        starts.append(start)
        ends.append(end)
        expected.append(counted.total_seconds())
    np.testing.assert_array_equal(ours.elapsed_many(starts, ends), expected)


# ---------------------------------------------------------------------------- random: words


REFERENCE_ZONES = (
    "UTC",
    "Europe/Stockholm",
    "Europe/Bucharest",
    "America/New_York",
    "America/St_Johns",
    "Australia/Sydney",
    "Asia/Kathmandu",
)
ANCHORS = (  # DST weekends in the zones above, and a plain week
    datetime(2026, 3, 28, tzinfo=UTC),
    datetime(2026, 10, 24, tzinfo=UTC),
    datetime(2026, 3, 7, tzinfo=UTC),
    datetime(2026, 10, 31, tzinfo=UTC),
    datetime(2026, 4, 4, tzinfo=UTC),
    datetime(2026, 10, 3, tzinfo=UTC),
    datetime(2026, 6, 15, tzinfo=UTC),
)
QUARTER = timedelta(minutes=15)


@dataclass(frozen=True)
class Setup:
    zone: str
    weekly: Mapping[int, Sequence[tuple[int, int]]]
    closed: frozenset[date]
    extra: Mapping[date, Sequence[tuple[int, int]]]
    closures: tuple[tuple[datetime, datetime], ...]
    intervals: tuple[tuple[datetime, datetime], ...]
    anchor: date  # closed dates, extra openings and intervals lie around it

    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar(
            self.zone,
            {
                day: [(clock(a), clock(b % 1440)) for a, b in spans]
                for day, spans in self.weekly.items()
            },
            closed_dates=self.closed,
            closures=self.closures,
            extra_open={
                day: [(clock(a), clock(b % 1440)) for a, b in spans]
                for day, spans in self.extra.items()
            },
        )


# Wall-clock boundaries stay out of 01:00-04:00, where a time may not exist or happen twice
# and the reference (which asks about wall times) and the rule (fold=0) would differ.
WALL = (
    st.integers(0, 95)
    .map(lambda quarter: quarter * 15)
    .filter(lambda minutes: not 60 < minutes < 240)
)


@st.composite
def intervals_of(draw: st.DrawFn) -> tuple[int, int]:
    """An interval as minutes, its end past 1440 when it runs overnight."""
    start = draw(WALL)
    length = draw(st.integers(1, 24 * 4 - 1)) * 15
    end = (start + length) % 1440
    if 60 < end < 240:
        length += 240 - end  # push the end on to 04:00 (at most 24 hours: start is outside)
    return start, start + length


@st.composite
def setups(draw: st.DrawFn) -> Setup:
    zone = draw(st.sampled_from(REFERENCE_ZONES))
    here = ZoneInfo(zone)
    weekly = {day: draw(st.lists(intervals_of(), max_size=3)) for day in range(7)}
    anchor = draw(st.sampled_from(ANCHORS))
    days = st.integers(-4, 10).map(lambda n: (anchor + timedelta(days=n)).date())
    closed = draw(st.sets(days, max_size=5))
    extra = {
        day: draw(st.lists(intervals_of(), min_size=1, max_size=2))
        for day in draw(st.sets(days, max_size=3))
    }
    moments = st.integers(-4 * 24 * 60, 10 * 24 * 60).map(
        lambda minutes: anchor + timedelta(minutes=minutes)
    )
    quarters = st.integers(-4 * 96, 10 * 96).map(lambda n: (anchor + n * QUARTER).astimezone(here))
    closures = []
    for start in draw(st.lists(quarters, max_size=3)):
        closures.append((start, start + draw(st.integers(1, 40)) * QUARTER))
    lengths = st.integers(-6 * 24 * 60, 6 * 24 * 60).map(lambda minutes: minutes * MINUTE)
    intervals = [
        (start, start + length)
        for start, length in draw(st.lists(st.tuples(moments, lengths), min_size=6, max_size=6))
    ]
    fine = st.tuples(moments, st.integers(0, 59_999_999))
    for (start, shift), (end, shift_end) in draw(st.lists(st.tuples(fine, fine), max_size=2)):
        intervals.append(
            (start + timedelta(microseconds=shift), end + timedelta(microseconds=shift_end))
        )
    return Setup(
        zone, weekly, frozenset(closed), extra, tuple(closures), tuple(intervals), anchor.date()
    )


def reference_open(setup: Setup, instant: datetime) -> bool:
    """Whether the business is open at ``instant``, read from the rules' words."""
    if any(start <= instant < end for start, end in setup.closures):
        return False
    local = instant.astimezone(ZoneInfo(setup.zone))
    today, minute = local.date(), local.hour * 60 + local.minute
    yesterday = today - timedelta(days=1)

    def within(spans: Sequence[tuple[int, int]], *, overnight: bool) -> bool:
        if overnight:
            return any(minute < end - 1440 for _, end in spans)
        return any(start <= minute < end for start, end in spans)

    if within(setup.extra.get(today, ()), overnight=False):
        return True
    if within(setup.extra.get(yesterday, ()), overnight=True):
        return True
    if today in setup.closed:
        return False
    if within(setup.weekly.get(today.weekday(), ()), overnight=False):
        return True
    return yesterday not in setup.closed and within(
        setup.weekly.get(yesterday.weekday(), ()), overnight=True
    )


def reference_elapsed(setup: Setup, start: datetime, end: datetime) -> timedelta:
    if end < start:
        return -reference_elapsed(setup, end, start)
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    # Every boundary falls on a UTC quarter-hour (the zones' offsets are whole quarters).
    slot = start.replace(minute=start.minute - start.minute % 15, second=0, microsecond=0)
    total = timedelta(0)
    while slot < end:
        if reference_open(setup, slot):
            total += min(end, slot + QUARTER) - max(start, slot)
        slot += QUARTER
    return total


@RANDOM
@given(setups())
def test_elapsed_agrees_with_the_rules_in_words(setup: Setup) -> None:
    cal = setup.calendar()
    for start, end in setup.intervals:
        assert cal.elapsed(start, end) == reference_elapsed(setup, start, end), (start, end)
        assert cal.is_open(start) == reference_open(setup, start)
    here = ZoneInfo(setup.zone)
    for number in range(-5, 12):  # and every whole local day around the anchor
        day = setup.anchor + timedelta(days=number)
        start = datetime.combine(day, dt.time(), here)
        end = datetime.combine(day + timedelta(days=1), dt.time(), here)
        assert cal.elapsed(start, end) == reference_elapsed(setup, start, end), day


@RANDOM
@given(setups())
def test_elapsed_many_is_elapsed_to_the_microsecond(setup: Setup) -> None:
    cal = setup.calendar()
    starts = [start for start, _ in setup.intervals]
    ends = [end for _, end in setup.intervals]
    expected = [cal.elapsed(start, end).total_seconds() for start, end in setup.intervals]
    np.testing.assert_array_equal(cal.elapsed_many(starts, ends), expected)
    as_seconds = cal.elapsed_many(
        np.array([start.timestamp() for start in starts]),
        np.array([end.timestamp() for end in ends]),
    )
    np.testing.assert_array_equal(as_seconds, expected)
    as_datetime64 = cal.elapsed_many(
        np.array(
            [start.astimezone(UTC).replace(tzinfo=None) for start in starts], dtype="datetime64[us]"
        ),
        np.array(
            [end.astimezone(UTC).replace(tzinfo=None) for end in ends], dtype="datetime64[ns]"
        ),
    )
    np.testing.assert_array_equal(as_datetime64, expected)


@RANDOM
@given(setups())
def test_add_undoes_elapsed(setup: Setup) -> None:
    cal = setup.calendar()
    for start, end in setup.intervals:
        used = cal.elapsed(start, end)
        if used > timedelta(0):
            due = cal.add(start, used)
            # At the end, or at the closing of the last open stretch before it.
            assert due <= end
            assert due == end or (cal.elapsed(due, end) == timedelta(0) and cal.is_open(due - US))
            assert cal.elapsed(start, due) == used
            back = cal.add(end, -used)
            assert back >= start
            assert back == start or (cal.elapsed(start, back) == timedelta(0) and cal.is_open(back))
        if cal.elapsed(start, start + timedelta(days=30)) >= HOUR:
            later = cal.add(start, HOUR)
            assert cal.elapsed(start, later) == HOUR
            assert later <= start + timedelta(days=30)
            assert cal.next_open(start) == cal.add(start, timedelta(0))
            assert cal.is_open(cal.next_open(start))
