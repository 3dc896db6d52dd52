"""Office hours and the service clock: business time between instants, due times, explanations.

A :class:`BusinessCalendar` knows when the business is open, in its own time zone, and counts
open ("business") time exactly, to the microsecond::

    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo
    from policydesk.domain.businesshours import BusinessCalendar

    stockholm = ZoneInfo("Europe/Stockholm")
    day = [("08:00", "12:00"), ("13:00", "17:00")]
    cal = BusinessCalendar(
        tz="Europe/Stockholm",
        weekly={0: day, 1: day, 2: day, 3: day, 4: day, 5: [("10:00", "14:00")], 6: []},
        closed_dates={date(2026, 6, 19)},                        # Midsummer Eve
        closures=[(datetime(2026, 12, 23, 13, tzinfo=stockholm),  # closes 13:00 on 23 December
                   datetime(2026, 12, 24, tzinfo=stockholm))],
        extra_open={date(2026, 12, 20): [("10:00", "16:00")]},   # an extra Sunday
    )
    start = datetime(2026, 6, 18, 16, 30, tzinfo=stockholm)      # Thursday 16:30
    end = datetime(2026, 6, 22, 9, 0, tzinfo=stockholm)          # Monday 09:00
    cal.elapsed(start, end)              # timedelta(hours=5, minutes=30)
    cal.elapsed(end, start)              # minus that
    cal.add(start, timedelta(hours=4))   # Saturday 2026-06-20 13:30+02:00
    cal.elapsed_many([start], [end])     # array([19800.]): seconds, numpy, vectorised
    cal.skipped(start, end)              # Skipped(nights=True, closed_weekdays=(6,),
                                         #         closed_dates=(date(2026, 6, 19),))

The rules, in plain words:

- **Weekly hours** are local wall-clock times, any number of intervals per weekday (0 = Monday).
  An interval whose end is not after its start ends the next day: ``("18:00", "02:00")`` is
  open from 18:00 until 02:00 the next morning, and ``("00:00", "00:00")`` is open all day.
  ``"24:00"`` is accepted as an end (midnight at the end of the day), never as a start.
  Intervals that overlap or touch are joined, on one day and across midnight alike.
- **Time zones and daylight saving time.** Each wall-clock time is placed on its own date in
  the calendar's zone, and what is counted is real elapsed time. On a day the clocks go forward,
  08:00-17:00 is still nine hours, but 01:00-04:00 is two (02:00-03:00 never happens); on the
  day they go back, 01:00-04:00 is four. A wall time that does not exist or happens twice is
  read as :mod:`zoneinfo` reads it with ``fold=0``: with the offset in force before the change.
  So a time skipped in spring lands as far after the jump as it was after its start (02:30
  becomes 03:30 summer time), and a repeated time in autumn is its first occurrence. An interval
  that becomes empty this way counts nothing.
- **Closed dates** (public holidays, the owner's closed days) remove their whole local day,
  00:00 to 24:00, including the morning part of an interval that began the evening before;
  and an interval that would have begun on a closed date does not run on past its midnight
  either (a late shop closed on 24 December is not open in the small hours of the 25th).
- **Extra openings** add hours on a date, also on a closed date (an owner who opens on a
  holiday means it); one that runs past midnight continues into the next day.
- **Closures** are spans of aware datetimes (a part-day closure: "closes 13:00 on
  23 December"); they remove time from everything else, extra openings included.
- **Counting** is half-open: ``elapsed(start, end)`` counts open time in ``[start, end)``, so
  an interval that ends exactly at opening time counts nothing. It is signed: when ``end`` is
  before ``start`` the result is minus the open time of ``[end, start)``.
- **Due times**: ``add(start, delta)`` is the earliest instant by which ``delta`` of open time
  has passed, so a due time that uses up a day's hours exactly is that day's closing time, not
  the next opening. ``add(start, timedelta(0))`` is ``start`` when the business is open then,
  else the next opening. A negative ``delta`` counts backwards and gives the latest such
  instant. Results are in the calendar's zone.
- **Only aware datetimes**: a naive datetime is a :class:`ValueError`, as is anything else that
  is a programming error (a bad ``"HH:MM"``, a weekday outside 0-6, an unknown zone).
- The clock covers instants in the years 3 to 9997.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from types import MappingProxyType
from typing import Final, TypeAlias, TypeGuard
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
from numpy.typing import NDArray

from policydesk.domain.calendar_days import Skipped

__all__ = ["BusinessCalendar", "Interval", "Moments", "Skipped", "parse_wall_time"]

Interval: TypeAlias = tuple[str, str]
"""An open interval as written: ``("08:00", "17:00")``, local wall-clock time."""

Moments: TypeAlias = (
    Sequence[datetime | float | None]
    | NDArray[np.datetime64]
    | NDArray[np.floating]
    | datetime
    | float
)
"""What :meth:`BusinessCalendar.elapsed_many` accepts for its start and end instants."""

_Span: TypeAlias = tuple[int, int]  # [start, end) in microseconds since the Unix epoch, UTC

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND: Final = timedelta(microseconds=1)
_ONE_DAY: Final = timedelta(days=1)
_MINUTES_PER_DAY: Final = 24 * 60
_US_PER_SECOND: Final = 1_000_000
_FIRST_YEAR: Final = 3  # a day's hours look one day back and one ahead; datetime stops at 1
_LAST_YEAR: Final = 9997  # ... and at 9999
_MIN_US: Final = (datetime(_FIRST_YEAR, 1, 1, tzinfo=UTC) - _EPOCH) // _MICROSECOND
_MAX_US: Final = (datetime(_LAST_YEAR, 12, 31, tzinfo=UTC) - _EPOCH) // _MICROSECOND
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_NO_EXTRA: Final[Mapping[date, Sequence[Interval]]] = MappingProxyType({})
# datetime64 units finer than a microsecond are floored to whole microseconds
_MAX_STEPS: Final = 8  # more starts in one bucket than this: a binary search is quicker
_FINER_THAN_US: Final = {"ns": 1_000, "ps": 1_000_000, "fs": 10**9, "as": 10**12}


@dataclass(frozen=True, slots=True)
class _Table:
    """The open stretches of whole local years, with the open time before each one.

    ``starts[0] == ends[0] == lo`` is an empty stretch at the table's start, so that every
    instant in ``[lo, hi]`` has a stretch at or before it. To find an instant's stretch without
    a binary search, the table is cut into buckets of ``width`` microseconds: ``first[b]`` is
    the last stretch that starts at or before bucket ``b`` does, and no bucket holds more than
    ``steps`` further starts.
    """

    first_year: int
    last_year: int
    lo: int
    hi: int
    starts: NDArray[np.int64]
    ends: NDArray[np.int64]
    before: NDArray[np.int64]  # open time before each stretch
    upto: NDArray[np.int64]  # open time up to each stretch's end
    width: int
    first: NDArray[np.int64]
    steps: int
    ahead: NDArray[np.int64]  # starts[1:] and a start that never comes

    @classmethod
    def build(
        cls,
        first_year: int,
        last_year: int,
        *,
        lo: int,
        hi: int,
        starts: NDArray[np.int64],
        ends: NDArray[np.int64],
    ) -> _Table:
        """The table of these stretches (the empty one at ``lo`` included)."""
        upto = np.cumsum(ends - starts)
        before = upto - (ends - starts)
        # About one stretch per bucket; then most instants need no step at all.
        width = max(_US_PER_SECOND, (hi - lo) // len(starts) + 1)
        edges = lo + width * np.arange((hi - lo) // width + 2, dtype=np.int64)
        first = np.searchsorted(starts, edges, side="right").astype(np.int64) - 1
        steps = int(np.diff(first).max(initial=0))
        ahead = np.concatenate((starts[1:], np.array([np.iinfo(np.int64).max], dtype=np.int64)))
        return cls(
            first_year, last_year, lo, hi, starts, ends, before, upto, width, first, steps, ahead
        )

    def positions(self, moments: NDArray[np.int64]) -> NDArray[np.int64]:
        """Open time from ``lo`` until each moment (all within ``[lo, hi]``)."""
        if self.steps > _MAX_STEPS:
            k = np.searchsorted(self.starts, moments, side="right") - 1
        else:
            k = self.first[(moments - self.lo) // self.width]
            for _ in range(self.steps):
                k += self.ahead[k] <= moments
        return self.before[k] + np.minimum(moments, self.ends[k]) - self.starts[k]


class BusinessCalendar:
    """When a business is open, in its time zone, and how much open time lies between instants.

    The rules are in this module's docstring. A calendar is immutable; it caches what it has
    worked out (each day's open intervals, whole years as arrays for :meth:`elapsed_many`), so
    keep one and reuse it. Reading it from several threads is safe.

    Args:
        tz: an IANA zone name (``"Europe/Stockholm"``), or a ``ZoneInfo`` or fixed
            ``datetime.timezone``.
        weekly: per weekday (0 = Monday) the open intervals as ``("HH:MM", "HH:MM")``; a
            missing weekday or an empty list is closed.
        closed_dates: dates whose whole local day is closed (holidays, own closed days).
        closures: ``(start, end)`` spans of aware datetimes when the business is closed.
        extra_open: per date, intervals open in addition to (or instead of, on a closed date)
            the weekly hours.

    Raises:
        ValueError: an unknown zone, a weekday outside 0-6, a time that is not ``"HH:MM"``, a
            naive or reversed closure, or a datetime where a date belongs.
    """

    def __init__(
        self,
        tz: str | tzinfo,
        weekly: Mapping[int, Sequence[Interval]],
        closed_dates: Iterable[date] = (),
        closures: Iterable[tuple[datetime, datetime]] = (),
        extra_open: Mapping[date, Sequence[Interval]] = _NO_EXTRA,
    ) -> None:
        self._zone = _zone(tz)
        days: list[tuple[_Span, ...]] = [() for _ in range(7)]
        for weekday, intervals in weekly.items():
            days[_weekday(weekday)] = _minutes(intervals, f"weekly[{weekday}]")
        self._weekly: tuple[tuple[_Span, ...], ...] = tuple(days)
        self._closed = frozenset(_date(day, "closed_dates") for day in closed_dates)
        self._extra = {
            _date(day, "extra_open"): _minutes(intervals, f"extra_open[{day}]")
            for day, intervals in extra_open.items()
        }
        self._extra = {day: spans for day, spans in self._extra.items() if spans}
        self._closure_starts, self._closure_ends = _closure_spans(closures)
        self._week_us = sum(end - start for spans in self._weekly for start, end in spans) * 60
        self._week_us *= _US_PER_SECOND
        self._days: dict[date, tuple[_Span, ...]] = {}
        self._day_totals: dict[date, int] = {}
        self._midnights: dict[date, int] = {}
        self._years: dict[int, tuple[NDArray[np.int64], NDArray[np.int64]]] = {}
        self._table: _Table | None = None

    def __repr__(self) -> str:
        weekly = {
            weekday: [(_clock(start), _clock(end % _MINUTES_PER_DAY)) for start, end in spans]
            for weekday, spans in enumerate(self._weekly)
            if spans
        }
        return f"BusinessCalendar(tz={self.zone_name!r}, weekly={weekly!r}, ...)"

    @property
    def zone(self) -> tzinfo:
        """The calendar's time zone: results of :meth:`add` and the like are in it."""
        return self._zone

    @property
    def zone_name(self) -> str:
        """The zone's IANA name (or how a fixed offset names itself)."""
        return str(getattr(self._zone, "key", self._zone))

    # ------------------------------------------------------------------ the public clock

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Open time in ``[start, end)``; negative (minus that of ``[end, start)``) if reversed.

        Raises:
            ValueError: a naive datetime, or an instant outside the years 3 to 9997.
        """
        begin, finish = _instant(start, "start"), _instant(end, "end")
        if finish < begin:
            return -timedelta(microseconds=self._open_between(finish, begin))
        return timedelta(microseconds=self._open_between(begin, finish))

    def elapsed_many(self, starts: Moments, ends: Moments) -> NDArray[np.float64]:
        """:meth:`elapsed` for many intervals at once, in seconds, as a numpy array.

        ``starts`` and ``ends`` are broadcast against each other (one of them may be a single
        instant, such as "now"). Each is one of:

        - a sequence of aware datetimes (``None`` for a missing one);
        - a numpy ``datetime64`` array of any unit, read as UTC (``NaT`` for a missing one;
          units finer than microseconds are floored to whole microseconds);
        - a numpy float array or sequence of seconds since 1970-01-01 UTC (``NaN`` for a
          missing one), rounded to whole microseconds.

        Where a start or an end is missing the result is ``NaN``. The figures are exactly
        ``elapsed(start, end).total_seconds()``. Each interval costs two binary searches in a
        table of the open stretches of the years involved, which is built once per calendar.

        Raises:
            ValueError: a naive datetime, an infinite number, an instant outside the years
                3 to 9997, or arrays that cannot be broadcast together.
        """
        begin, begin_missing = _moments(starts, "starts")
        finish, finish_missing = _moments(ends, "ends")
        try:
            begin, finish, begin_missing, finish_missing = np.broadcast_arrays(
                begin, finish, begin_missing, finish_missing
            )
        except ValueError as error:
            raise ValueError(f"starts and ends do not fit together: {error}") from None
        missing = begin_missing | finish_missing
        result = np.full(begin.shape, np.nan)
        if missing.any():
            present = ~missing
            begin, finish = begin[present], finish[present]
        if begin.size == 0:
            return result
        low = int(min(begin.min(), finish.min()))
        high = int(max(begin.max(), finish.max()))
        table = self._table_between(low, high)
        seconds = (table.positions(finish) - table.positions(begin)) / _US_PER_SECOND
        if missing.any():
            result[~missing] = seconds
        else:
            result[...] = seconds.reshape(result.shape)
        return result

    def add(self, start: datetime, delta: timedelta) -> datetime:
        """The instant when ``delta`` of open time has passed since ``start``: a due time.

        The earliest such instant (a day's hours used up exactly end at its closing time);
        ``start`` itself or the next opening for a zero ``delta``; counting backwards, the
        latest such instant, for a negative one. The result is in the calendar's zone.

        Raises:
            ValueError: a naive datetime, or not that much open time before the end of the
                year 9997 (or, counting back, after the year 3; or ever, for a calendar
                without weekly hours).
        """
        begin = _instant(start, "start")
        if not isinstance(delta, timedelta):
            raise ValueError(f"delta must be a timedelta, not {type(delta).__name__}")
        step = delta // _MICROSECOND
        year = _utc_year(begin)
        first, last = year - 1, year + 1
        if self._week_us:
            # Enough years for the whole delta at the weekly rate, so one table usually does.
            years = abs(step) // (self._week_us * 52) + 1
            first, last = (first, last + years) if step >= 0 else (first - years, last)
        while True:
            table = self._table_for_years(first, last)
            target = int(table.positions(np.array([begin], dtype=np.int64))[0]) + step
            if step >= 0:
                k = int(np.searchsorted(table.upto, target, side="right" if step == 0 else "left"))
                if k < len(table.upto):
                    return self._datetime(int(table.starts[k]) + target - int(table.before[k]))
                if not self._more_open_time(table.hi, forward=True) or last >= _LAST_YEAR:
                    raise ValueError(f"the calendar has no {delta} of open time after {start}")
                last += max(1, last - first)
            else:
                if target >= 0:
                    k = int(np.searchsorted(table.before, target, side="right")) - 1
                    return self._datetime(int(table.starts[k]) + target - int(table.before[k]))
                if not self._more_open_time(table.lo, forward=False) or first <= _FIRST_YEAR:
                    raise ValueError(f"the calendar has no {-delta} of open time before {start}")
                first -= max(1, last - first)

    def is_open(self, moment: datetime) -> bool:
        """Whether the business is open at ``moment`` (an opening instant is open, a closing not).

        Raises:
            ValueError: a naive datetime.
        """
        instant = _instant(moment, "moment")
        return any(start <= instant < end for start, end in self._day(self._local_date(instant)))

    def next_open(self, moment: datetime) -> datetime:
        """``moment`` itself if the business is open then, else the next opening.

        Raises:
            ValueError: a naive datetime, or a calendar that never opens again.
        """
        return self.add(moment, timedelta(0))

    def open_intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        """The open time of one local date, as ``(start, end)`` in the calendar's zone.

        A stretch that runs past midnight is cut there: its morning part belongs to the next
        date. An all-day opening is ``(00:00, 00:00 the next day)``.

        Raises:
            ValueError: a datetime instead of a date, or a date outside the years 3 to 9997.
        """
        day = _date(day, "day")
        if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
            raise ValueError(f"{day} is outside the years {_FIRST_YEAR} to {_LAST_YEAR}")
        return [(self._datetime(start), self._datetime(end)) for start, end in self._day(day)]

    def skipped(self, start: datetime, end: datetime) -> Skipped:
        """What ``[start, end)`` (or ``[end, start)``) did not count, and why.

        Raises:
            ValueError: a naive datetime.
        """
        begin, finish = sorted((_instant(start, "start"), _instant(end, "end")))
        nights = breaks = False
        weekdays: set[int] = set()
        dates: set[date] = set()
        closures: set[int] = set()
        day = self._local_date(begin)
        while begin < finish and self._midnight(day) < finish:
            low = max(begin, self._midnight(day))
            high = min(finish, self._midnight(day + _ONE_DAY))
            actual = self._day(day)
            gaps = _subtract([(low, high)], actual)
            if gaps:
                index = bisect_right(self._closure_ends, low)
                while index < len(self._closure_starts) and self._closure_starts[index] < high:
                    span = (self._closure_starts[index], self._closure_ends[index])
                    if _overlap(gaps, span):
                        closures.add(index)
                        gaps = _subtract(gaps, [span])
                    index += 1
            tail, own = self._weekly_parts(day)
            tail = _clip(tail, low, high)
            nominal = _merge([*tail, *_clip(own, low, high)])
            if gaps and day in self._closed and _overlap(gaps, *nominal):
                dates.add(day)
                gaps = []  # the holiday explains the whole day
            elif gaps and day - _ONE_DAY in self._closed and _overlap(gaps, *tail):
                dates.add(day - _ONE_DAY)
                gaps = _subtract(gaps, tail)
            if gaps and not nominal and not actual:
                weekdays.add(day.weekday())
                gaps = []
            # A break lies between two intervals that begin on the same date; the rest of the
            # closed time (evenings, early mornings, a late shop's afternoons) is "nights".
            begun = _merge([*own, *self._spans(day, self._extra.get(day, ()))])
            for gap_start, gap_end in gaps:
                if any(e <= gap_start for _, e in begun) and any(s >= gap_end for s, _ in begun):
                    breaks = True
                else:
                    nights = True
            day += _ONE_DAY
        return Skipped(
            nights=nights,
            breaks=breaks,
            closed_weekdays=tuple(sorted(weekdays)),
            closed_dates=tuple(sorted(dates)),
            closures=tuple(
                (self._datetime(self._closure_starts[i]), self._datetime(self._closure_ends[i]))
                for i in sorted(closures)
            ),
        )

    # ------------------------------------------------------------------ one day at a time

    def _open_between(self, begin: int, finish: int) -> int:
        """Open microseconds in ``[begin, finish)``, ``begin <= finish``, a day at a time."""
        total = 0
        day = self._local_date(begin)
        while begin < finish:
            low, high = self._midnight(day), self._midnight(day + _ONE_DAY)
            if low >= finish:
                break
            if begin <= low and high <= finish:
                total += self._day_total(day)
            else:
                for start, end in self._day(day):
                    total += max(0, min(end, finish) - max(start, begin))
            day += _ONE_DAY
        return total

    def _day(self, day: date) -> tuple[_Span, ...]:
        """The open stretches within local ``day``'s ``[00:00, 24:00)``, sorted and apart."""
        found = self._days.get(day)
        if found is not None:
            return found
        low, high = self._midnight(day), self._midnight(day + _ONE_DAY)
        spans = self._extra_day(day)
        if day not in self._closed:
            tail, own = self._weekly_parts(day)
            spans.extend(own)
            if day - _ONE_DAY not in self._closed:
                # An interval that never opened (its date is closed) does not go on past midnight.
                spans.extend(tail)
        pieces = _merge(_clip(spans, low, high))
        index = bisect_right(self._closure_ends, low)
        closing: list[_Span] = []
        while index < len(self._closure_starts) and self._closure_starts[index] < high:
            closing.append((self._closure_starts[index], self._closure_ends[index]))
            index += 1
        found = tuple(_subtract(pieces, closing)) if closing else tuple(pieces)
        self._days[day] = found
        return found

    def _weekly_parts(self, day: date) -> tuple[list[_Span], list[_Span]]:
        """The weekly hours in ``day``: what began the day before, and what begins on it.

        Not yet cut at the day's end, and blind to every exception.
        """
        return (
            self._tails(day, self._weekly[day.weekday() - 1]),
            self._spans(day, self._weekly[day.weekday()]),
        )

    def _extra_day(self, day: date) -> list[_Span]:
        """The extra openings in ``day`` (from that date and overnight from the one before)."""
        if not self._extra:
            return []
        spans = self._tails(day, self._extra.get(day - _ONE_DAY, ()))
        spans.extend(self._spans(day, self._extra.get(day, ())))
        return spans

    def _spans(self, day: date, intervals: tuple[_Span, ...]) -> list[_Span]:
        """The instants of intervals that begin on ``day``."""
        return [(self._wall(day, start), self._wall(day, end)) for start, end in intervals]

    def _tails(self, day: date, intervals: tuple[_Span, ...]) -> list[_Span]:
        """The parts in ``day`` of overnight intervals that began the day before."""
        before = day - _ONE_DAY
        return [
            (self._midnight(day), self._wall(before, end))
            for _, end in intervals
            if end > _MINUTES_PER_DAY
        ]

    def _day_total(self, day: date) -> int:
        total = self._day_totals.get(day)
        if total is None:
            total = sum(end - start for start, end in self._day(day))
            self._day_totals[day] = total
        return total

    def _midnight(self, day: date) -> int:
        found = self._midnights.get(day)
        if found is None:
            found = self._wall(day, 0)
            self._midnights[day] = found
        return found

    def _wall(self, day: date, minutes: int) -> int:
        """The instant of a wall-clock minute of ``day`` (1440 and later: the next day)."""
        if minutes >= _MINUTES_PER_DAY:
            day += _ONE_DAY
            minutes -= _MINUTES_PER_DAY
        hour, minute = divmod(minutes, 60)
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=self._zone)
        return (moment - _EPOCH) // _MICROSECOND

    def _local_date(self, instant: int) -> date:
        return (_EPOCH + timedelta(microseconds=instant)).astimezone(self._zone).date()

    def _datetime(self, instant: int) -> datetime:
        return (_EPOCH + timedelta(microseconds=instant)).astimezone(self._zone)

    # ------------------------------------------------------------------ whole years as arrays

    def _table_between(self, low: int, high: int) -> _Table:
        """A table that covers the instants ``low`` to ``high``."""
        # A local year starts within a day of the UTC one, so one year each side is enough.
        return self._table_for_years(_utc_year(low) - 1, _utc_year(high) + 1)

    def _table_for_years(self, first: int, last: int) -> _Table:
        first, last = max(first, _FIRST_YEAR - 1), min(last, _LAST_YEAR + 1)
        table = self._table
        if table is not None and table.first_year <= first and last <= table.last_year:
            return table
        if table is not None:
            # Grow the one table rather than keep several: a clock is asked about nearby years.
            first, last = min(first, table.first_year), max(last, table.last_year)
        parts = [self._year(year) for year in range(first, last + 1)]
        starts = np.concatenate([part[0] for part in parts])
        ends = np.concatenate([part[1] for part in parts])
        if len(starts) > 1:
            # Stretches that run through midnight were cut into days; join them again.
            joined = ends[:-1] == starts[1:]
            starts = starts[np.concatenate(([True], ~joined))]
            ends = ends[np.concatenate((~joined, [True]))]
        lo = self._midnight(date(first, 1, 1))
        hi = self._midnight(date(last + 1, 1, 1))
        starts = np.concatenate((np.array([lo], dtype=np.int64), starts))
        ends = np.concatenate((np.array([lo], dtype=np.int64), ends))
        table = _Table.build(first, last, lo=lo, hi=hi, starts=starts, ends=ends)
        self._table = table
        return table

    def _year(self, year: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        found = self._years.get(year)
        if found is None:
            day, spans = date(year, 1, 1), list[_Span]()
            while day.year == year:
                spans.extend(self._day(day))
                day += _ONE_DAY
            array = np.array(spans, dtype=np.int64).reshape(-1, 2)
            found = (array[:, 0].copy(), array[:, 1].copy())
            self._years[year] = found
        return found

    def _more_open_time(self, instant: int, *, forward: bool) -> bool:
        """Whether there can be open time after (or before) ``instant``."""
        if self._week_us:
            return True  # a closed date or closure ends somewhere; the weekly hours go on
        if not self._extra:
            return False
        if forward:
            return self._wall(max(self._extra), 2 * _MINUTES_PER_DAY - 1) > instant
        return self._midnight(min(self._extra)) < instant


# ---------------------------------------------------------------------------- checking input


def _zone(tz: object) -> tzinfo:
    if isinstance(tz, str):
        try:
            return ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValueError(f"tz: {tz!r} is not a known IANA time zone") from None
    if isinstance(tz, tzinfo) and not hasattr(tz, "localize"):
        return tz
    raise ValueError(f"tz must be an IANA zone name or a zoneinfo zone, not {tz!r}")


def parse_wall_time(text: object, *, end: bool = False) -> int:
    """Minutes after midnight of ``"HH:MM"`` (``"9:30"`` too); ``"24:00"`` only as an end.

    Raises:
        ValueError: anything else.
    """
    match = _TIME.fullmatch(text) if isinstance(text, str) else None
    if match is not None:
        hours, minutes = int(match[1]), int(match[2])
        if minutes < 60 and (hours < 24 or (end and (hours, minutes) == (24, 0))):
            return hours * 60 + minutes
    allowed = '"00:00" to "24:00"' if end else '"00:00" to "23:59"'
    raise ValueError(f"{text!r} is not a time of day {allowed}")


def _weekday(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise ValueError(f"weekly: weekday {value!r} is not 0 (Monday) to 6 (Sunday)")
    return value


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(intervals: object, where: str) -> tuple[_Span, ...]:
    """Intervals as minutes after the day's midnight, an overnight end past 1440, joined."""
    if isinstance(intervals, str) or not isinstance(intervals, Iterable):
        raise ValueError(f"{where}: expected a list of (opens, closes), got {intervals!r}")
    spans = []
    for interval in intervals:
        if not _is_pair(interval):
            raise ValueError(f"{where}: {interval!r} is not an (opens, closes) pair")
        try:
            start = parse_wall_time(interval[0])
            end = parse_wall_time(interval[1], end=True)
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None
        spans.append((start, end if end > start else end + _MINUTES_PER_DAY))
    return tuple(_merge(spans))


def _date(value: object, where: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"{where}: expected a date, got {value!r}")
    return value


def _instant(moment: object, name: str) -> int:
    """Microseconds since the epoch of an aware datetime."""
    if not isinstance(moment, datetime):
        raise ValueError(f"{name} must be an aware datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            f"{name} is a naive datetime ({moment.isoformat()}): give it a time zone, "
            "e.g. datetime(..., tzinfo=ZoneInfo('Europe/Stockholm'))"
        )
    instant = (moment - _EPOCH) // _MICROSECOND
    if not _MIN_US <= instant <= _MAX_US:
        raise ValueError(f"{name} {moment} is outside the years {_FIRST_YEAR} to {_LAST_YEAR}")
    return instant


def _is_pair(value: object) -> TypeGuard[Sequence[object]]:
    return isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2


def _closure_spans(closures: Iterable[object]) -> tuple[list[int], list[int]]:
    spans = []
    for number, closure in enumerate(closures):
        if not _is_pair(closure):
            raise ValueError(f"closures[{number}]: {closure!r} is not a (start, end) pair")
        start = _instant(closure[0], f"closures[{number}] start")
        end = _instant(closure[1], f"closures[{number}] end")
        if end < start:
            raise ValueError(f"closures[{number}] ends before it starts: {closure!r}")
        if end > start:
            spans.append((start, end))
    merged = _merge(spans)
    return [start for start, _ in merged], [end for _, end in merged]


def _moments(values: object, name: str) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    """Microseconds since the epoch, and where a value is missing (as 0 there)."""
    if isinstance(values, datetime):
        return np.array(_instant(values, name), dtype=np.int64), np.array(False)
    if isinstance(values, np.ndarray):
        array = values
    elif isinstance(values, int | float | np.number):
        array = np.asarray(values, dtype=np.float64)
    elif isinstance(values, Iterable) and not isinstance(values, str | bytes):
        items = list(values)
        try:
            array = np.asarray(items)
        except ValueError:  # ragged: let each item say what is wrong with it
            array = np.array(items, dtype=object)
    else:
        raise ValueError(f"{name}: expected datetimes or seconds, not {values!r}")
    if array.dtype.kind == "M":
        micro, missing = _from_datetime64(array)
    elif array.dtype.kind in "fiu":
        micro, missing = _from_seconds(array, name)
    elif array.dtype.kind == "O":
        flat = [_one_moment(item, f"{name}[{index}]") for index, item in enumerate(array.flat)]
        micro = np.array([value for value, _ in flat], dtype=np.int64).reshape(array.shape)
        missing = np.array([gap for _, gap in flat], dtype=np.bool_).reshape(array.shape)
    else:
        raise ValueError(f"{name}: expected datetimes or seconds, not an array of {array.dtype}")
    present = micro[~missing]
    if present.size and (present.min() < _MIN_US or present.max() > _MAX_US):
        raise ValueError(f"{name}: an instant is outside the years {_FIRST_YEAR} to {_LAST_YEAR}")
    return micro, missing


def _from_datetime64(array: NDArray[np.datetime64]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    missing = np.isnat(array)
    unit, _ = np.datetime_data(array.dtype)
    if unit in _FINER_THAN_US:
        micro = np.floor_divide(array.view(np.int64), _FINER_THAN_US[unit])
    else:
        micro = array.astype("datetime64[us]").view(np.int64)
    return np.where(missing, 0, micro), missing


def _from_seconds(
    array: NDArray[np.number], name: str
) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    seconds = array.astype(np.float64)
    missing = np.isnan(seconds)
    if np.isinf(seconds).any():
        raise ValueError(f"{name}: infinite seconds")
    seconds = np.where(missing, 0.0, seconds)
    # Checked before the conversion, which would overflow silently.
    if seconds.size and not (
        seconds.min() * _US_PER_SECOND >= _MIN_US and seconds.max() * _US_PER_SECOND <= _MAX_US
    ):
        raise ValueError(f"{name}: an instant is outside the years {_FIRST_YEAR} to {_LAST_YEAR}")
    return np.rint(seconds * _US_PER_SECOND).astype(np.int64), missing


def _one_moment(item: object, name: str) -> tuple[int, bool]:
    if item is None:
        return 0, True
    if isinstance(item, datetime):
        return _instant(item, name), False
    if isinstance(item, np.datetime64):
        micro, missing = _moments(np.array([item]), name)
        return int(micro[0]), bool(missing[0])
    if isinstance(item, int | float | np.number) and not isinstance(item, bool):
        micro, missing = _moments(np.array([item], dtype=np.float64), name)
        return int(micro[0]), bool(missing[0])
    raise ValueError(f"{name}: expected an aware datetime or seconds, not {item!r}")


# ---------------------------------------------------------------------------- interval sets


def _utc_year(instant: int) -> int:
    return (_EPOCH + timedelta(microseconds=instant)).year


def _merge(spans: Iterable[_Span]) -> list[_Span]:
    """Sorted spans, those that overlap or touch joined, empty ones dropped."""
    merged: list[_Span] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _clip(spans: Iterable[_Span], low: int, high: int) -> list[_Span]:
    return [(max(start, low), min(end, high)) for start, end in spans]


def _subtract(spans: Sequence[_Span], holes: Sequence[_Span]) -> list[_Span]:
    """``spans`` (sorted, apart) without ``holes`` (sorted, apart)."""
    result = []
    for start, end in spans:
        cursor = start
        for hole_start, hole_end in holes:
            if hole_end <= cursor or hole_start >= end:
                continue
            if hole_start > cursor:
                result.append((cursor, hole_start))
            cursor = max(cursor, hole_end)
            if cursor >= end:
                break
        if cursor < end:
            result.append((cursor, end))
    return result


def _overlap(spans: Sequence[_Span], *others: _Span) -> bool:
    return any(
        max(start, other_start) < min(end, other_end)
        for start, end in spans
        for other_start, other_end in others
    )
