"""The office calendar's days as plain data: how a date differs, and how it looks.

Kept apart from :mod:`policydesk.domain.businesshours` (the clock, which needs numpy) so that the
Settings screens can name these codes without loading the clock before the window is painted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
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
