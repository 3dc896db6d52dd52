"""The office calendar's days as plain data: how a date differs, how it looks, what was skipped.

Kept apart from :mod:`policydesk.domain.businesshours` (the clock, which needs numpy) so that the
Settings screens can name these codes without loading the clock before the window is painted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

MINUTES_PER_DAY = 24 * 60


class ExceptionKind(StrEnum):
    """How a calendar date differs from the weekly office hours."""

    CLOSED = "closed"  # the whole local day
    PART_CLOSED = "part_closed"  # closed between two times ("closes 13:00 on 23 December")
    EXTRA_OPEN = "extra_open"  # open on a day that is normally closed


class DayState(StrEnum):
    """How a date looks in the year view."""

    OPEN = "open"  # the usual weekly hours
    PART = "part"  # open, but less than usual: a part-day closure
    CLOSED = "closed"  # no opening at all: a weekly closed day or an own closed day
    HOLIDAY = "holiday"  # a public holiday or customary closed day
    EXTRA_OPEN = "extra_open"  # open because of an extra opening


class DayReason(StrEnum):
    """Why a date differs from an ordinary open day."""

    WEEKLY_CLOSED = "weekly_closed"
    PUBLIC_HOLIDAY = "public_holiday"
    CUSTOMARY_DAY = "customary_day"
    OWN_CLOSED = "own_closed"
    PART_CLOSED = "part_closed"
    EXTRA_OPEN = "extra_open"


def span_minutes(opens: int, closes: int) -> int:
    """The length of an interval in minutes; an end not after the start is the next day."""
    if closes > opens:
        return closes - opens
    return closes + MINUTES_PER_DAY - opens


def minutes_of(moment: time) -> int:
    """Minutes since midnight of a wall-clock time."""
    return moment.hour * 60 + moment.minute


@dataclass(frozen=True, slots=True)
class DayInfo:
    """One date of the year view.

    ``intervals`` are the open intervals that start on this date, in local wall-clock time; an
    end not after its start is on the next day (a late shop's 18:00–02:00). ``closures`` are the
    part-day closures of the date, the same way.
    """

    day: date
    state: DayState
    intervals: tuple[tuple[time, time], ...]
    reasons: tuple[DayReason, ...] = ()
    holiday: str = ""  # the holiday's name, in the business's language where the package has it
    note: str = ""  # the notes of the owner's own dates, one per line
    closures: tuple[tuple[time, time], ...] = ()

    @property
    def open_minutes(self) -> int:
        """How long the date's own intervals are open, in minutes (wall clock)."""
        return sum(span_minutes(minutes_of(a), minutes_of(b)) for a, b in self.intervals)


@dataclass(frozen=True, slots=True)
class Skipped:
    """What an interval did not count, for an explanation a person understands.

    "Due Tue 11:00 - nights, Sat-Sun and Midsummer Eve are not counted" is
    ``Skipped(nights=True, closed_weekdays=(5, 6), closed_dates=(date(2026, 6, 19),))``; the
    user interface names the dates (from the holiday list) and the weekdays.

    Attributes:
        nights: time outside the day's hours was skipped: evenings, nights, early mornings.
        breaks: a gap between two open intervals of one day was skipped (a lunch break).
        closed_weekdays: weekdays without any hours (0 = Monday) that the interval crossed.
        closed_dates: closed dates that took away hours the weekly schedule has on that day.
        closures: the part-day closures that took away open time, in the calendar's zone.
    """

    nights: bool = False
    breaks: bool = False
    closed_weekdays: tuple[int, ...] = ()
    closed_dates: tuple[date, ...] = ()
    closures: tuple[tuple[datetime, datetime], ...] = ()

    @property
    def anything(self) -> bool:
        """Whether any time of the interval went uncounted."""
        return bool(
            self.nights or self.breaks or self.closed_weekdays or self.closed_dates or self.closures
        )
