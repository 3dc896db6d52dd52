"""Office hours and holidays (Settings → Office hours), and the clock built from them.

The owner sets, and this service keeps in the file:

- the weekly hours: per weekday any number of open intervals (``"HH:MM"`` local wall-clock
  times; an interval whose end is not after its start ends the next day, as in a late shop open
  18:00–02:00; a weekday without intervals is closed);
- the business's time zone (an IANA name; the computer's until one is chosen);
- the country and region whose public holidays close the business (from the ``holidays``
  package), and for Sweden the customary closed days: Midsummer Eve, Christmas Eve and New
  Year's Eve;
- the owner's own dates: closed all day, closed part of the day ("closes 13:00 on
  23 December"), or open on a day that is normally closed.

:meth:`OfficeHoursService.calendar` turns all of it into the
:class:`~policydesk.domain.businesshours.BusinessCalendar` that counts business time, and
:meth:`OfficeHoursService.year_view` tells for every date of a year what is open and why.

Every change is one unit of work that returns an :class:`Outcome`: the problems that stopped
it (nothing changed), or ``Changes(calendar=True)``. The ``holidays`` package is imported only
inside the functions that need it: it is heavy, and most uses of the program never need it.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from policydesk.domain.calendar_days import (
    MINUTES_PER_DAY,
    DayInfo,
    DayReason,
    DayState,
    ExceptionKind,
    span_minutes,
)
from policydesk.domain.changes import Changes
from policydesk.domain.problems import Outcome as ChangeOutcome
from policydesk.domain.problems import Problem
from policydesk.domain.settings import SettingKey
from policydesk.services.timezones import computer_zone
from policydesk.storage.engine import Sessions
from policydesk.storage.repositories import read_setting, write_setting
from policydesk.storage.schema import Business, CalendarException, OfficeHours

if TYPE_CHECKING:
    from policydesk.domain.businesshours import BusinessCalendar

Clock = Callable[[], datetime]
Interval = tuple[str, str]
"""An open interval as the owner writes it: ``("09:00", "17:00")``."""

WEEKDAYS = range(7)  # 0 = Monday, as datetime.weekday() counts
MAX_NOTE = 500
FIRST_YEAR = 1970  # own dates outside these years are almost surely typing mistakes
LAST_YEAR = 2199
YEARS_BACK = 10  # the years the clock knows holidays for, unless the caller names them
YEARS_AHEAD = 5
SWEDEN = "SE"
_KEPT_CALENDARS = 4  # the default clock and a few years the year view was paged to
COMMON_ZONES = (
    "Europe/Stockholm",
    "Europe/Bucharest",
    "Europe/Helsinki",
    "Europe/Oslo",
    "Europe/Copenhagen",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Vienna",
    "Europe/Warsaw",
    "Europe/Prague",
    "Europe/Budapest",
    "Europe/Chisinau",
    "Europe/Sofia",
    "Europe/Athens",
    "Europe/Tallinn",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Lisbon",
    "UTC",
)
"""Time zones offered first: the program's shops are European, mostly Swedish and Romanian."""

_MINUTES_PER_DAY = MINUTES_PER_DAY
_MINUTES_PER_WEEK = 7 * _MINUTES_PER_DAY
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHANGED = Changes(calendar=True)
# Used only if the holidays package lacks Sweden's de-facto holidays (older versions).
_CUSTOMARY_NAMES = {
    "sv": ("Midsommarafton", "Julafton", "Nyårsafton"),
    "en": ("Midsummer Eve", "Christmas Eve", "New Year's Eve"),
}


def _utcnow() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------------- values


class OfficeHoursProblemCode(StrEnum):
    """What stops a change to the office hours; the user interface words each one."""

    BAD_TIME = "bad_time"  # not a time of day written as HH:MM (24:00 only as a closing time)
    SAME_TIME = "same_time"  # opens and closes at the same time (00:00–00:00 is the whole day)
    OVERLAP = "overlap"  # two open intervals (or an interval and a closure) overlap
    UNKNOWN_WEEKDAY = "unknown_weekday"
    UNKNOWN_ZONE = "unknown_zone"
    UNKNOWN_COUNTRY = "unknown_country"
    UNKNOWN_REGION = "unknown_region"
    UNKNOWN_KIND = "unknown_kind"
    TIMES_REQUIRED = "times_required"  # a part-day closure or an extra opening needs its times
    DATE_RANGE = "date_range"
    DAY_TAKEN = "day_taken"  # a whole closed day cannot have other exceptions, nor they it
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    NOT_FOUND = "not_found"


# One thing to fix: a code, the field it is about, and facts for the message.
#
# Fields are ``weekday.N`` (N = 0 for Monday), ``timezone``, ``country``, ``region``,
# ``day``, ``kind``, ``starts``, ``ends``, ``note`` and ``exception``. Interval problems carry
# ``weekday``, ``index`` (0 for the first interval), ``opens`` and ``closes``; an overlap adds
# ``other_weekday``, ``other_index``, ``other_opens`` and ``other_closes``.
OfficeHoursProblem = Problem[OfficeHoursProblemCode]
Outcome = ChangeOutcome[OfficeHoursProblem]


@dataclass(frozen=True, slots=True)
class RegionInfo:
    """A subdivision of a country with holidays of its own (a state, a canton, a city)."""

    code: str
    name: str  # as the holidays package names it ('' when it has no name for it)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country the holidays package knows."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # in English, as the holidays package names it
    customary_days: bool  # whether customary closed days can be added (Sweden)


@dataclass(frozen=True, slots=True)
class HolidaySettings:
    """Whose public holidays close the business."""

    country: str  # "" for no public holidays
    region: str  # "" for the whole country
    customary_closed_days: bool  # Sweden's Midsummer Eve, Christmas Eve, New Year's Eve


@dataclass(frozen=True, slots=True)
class Holiday:
    """A public holiday (or customary closed day) on one date."""

    day: date
    name: str
    customary: bool = False


@dataclass(frozen=True, slots=True)
class ExceptionInfo:
    """One of the owner's own dates.

    ``starts``/``ends`` are ``"HH:MM"``: the closure of a part-day closure, the opening of an
    extra opening; None for a whole closed day. An end not after the start is the next day.
    """

    id: int
    day: date
    kind: ExceptionKind
    starts: str | None
    ends: str | None
    note: str


@dataclass(frozen=True, slots=True)
class _Inputs:
    """Everything the clock is built from, as read in one transaction (hashable: cache key)."""

    zone: str
    weekly: tuple[tuple[Interval, ...], ...]
    exceptions: tuple[ExceptionInfo, ...]
    country: str
    region: str
    customary: bool
    language: str


# ---------------------------------------------------------------------------- the service


class OfficeHoursService:
    """Office hours, time zone, holidays and own dates of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._calendars: dict[tuple[_Inputs, tuple[int, ...]], BusinessCalendar] = {}

    # ------------------------------------------------------------------ weekly hours

    def weekly(self) -> dict[int, list[Interval]]:
        """The open intervals of every weekday (0 = Monday), by opening time; [] when closed."""
        with self._sessions.read() as session:
            return {day: list(found) for day, found in enumerate(_weekly(session))}

    def set_weekday(self, weekday: int, intervals: Sequence[Interval]) -> Outcome:
        """Replace one weekday's intervals (none: closed that day)."""
        return self.set_week({weekday: intervals})

    def set_week(self, week: Mapping[int, Sequence[Interval]]) -> Outcome:
        """Replace the intervals of the weekdays given, all or none, in one transaction.

        Overlaps are checked across midnight too: a Friday open until 02:00 overlaps a Saturday
        that opens at 01:00.
        """
        unknown = [day for day in week if not _is_weekday(day)]
        if unknown:
            return Outcome(
                tuple(
                    OfficeHoursProblem(
                        OfficeHoursProblemCode.UNKNOWN_WEEKDAY, "weekday", (("value", str(day)),)
                    )
                    for day in unknown
                )
            )
        with self._sessions.write() as session:
            stored = _weekly(session)
            proposed = [list(stored[day]) for day in WEEKDAYS]
            for day, intervals in week.items():
                proposed[day] = [_pair(interval) for interval in intervals]
            normalised, problems = week_problems(proposed, changed=week.keys())
            if problems:
                return Outcome(tuple(problems))
            session.execute(delete(OfficeHours).where(OfficeHours.weekday.in_(list(week))))
            for day in week:
                for opens, closes in normalised[day]:
                    session.add(OfficeHours(weekday=day, opens=opens, closes=closes))
        return self._changed()

    # ------------------------------------------------------------------ time zone

    def timezone(self) -> str:
        """The business's IANA time zone; the computer's until one has been set."""
        with self._sessions.read() as session:
            return _zone_name(session)

    def set_timezone(self, name: str) -> Outcome:
        """Set the business's time zone (an IANA name such as ``Europe/Stockholm``)."""
        name = name.strip()
        if not is_zone(name):
            return Outcome(
                (
                    OfficeHoursProblem(
                        OfficeHoursProblemCode.UNKNOWN_ZONE, "timezone", (("value", name),)
                    ),
                )
            )
        with self._sessions.write() as session:
            _business(session).timezone = name
        return self._changed()

    def zones(self) -> list[str]:
        """Every IANA time zone: the common European ones first, then the rest by name."""
        return zone_choices()

    # ------------------------------------------------------------------ holidays

    def holiday_settings(self) -> HolidaySettings:
        """The country and region whose holidays close the business, and the customary days."""
        with self._sessions.read() as session:
            return _holiday_settings(session)

    def set_holiday_place(self, country: str, region: str = "") -> Outcome:
        """Choose the country ("" for none) and region ("" for the whole country)."""
        country, region = country.strip().upper(), region.strip()
        problems = place_problems(country, region)
        if problems:
            return Outcome(tuple(problems))
        region = _region_code(country, region)
        with self._sessions.write() as session:
            write_setting(session, SettingKey.HOLIDAY_COUNTRY, country)
            write_setting(session, SettingKey.HOLIDAY_REGION, region)
        return self._changed()

    def set_customary_closed_days(self, closed: bool) -> Outcome:
        """Close (or not) on Sweden's customary days: Midsummer, Christmas and New Year's Eve.

        The setting is kept for any country but counts only for Sweden.
        """
        with self._sessions.write() as session:
            write_setting(session, SettingKey.CUSTOMARY_CLOSED_DAYS, bool(closed))
        return self._changed()

    def countries(self) -> list[CountryInfo]:
        """Every country the holidays package knows, by code."""
        return list(countries())

    def regions(self, country: str) -> list[RegionInfo]:
        """The regions of ``country`` with holidays of their own ([] for none or unknown)."""
        return list(regions(country))

    def holidays(self, years: Iterable[int], language: str | None = None) -> list[Holiday]:
        """The holidays that close the business in ``years``, by date.

        Args:
            years: the years wanted.
            language: the names' language (``sv``, ``ro``, ``en``); the business's by default.
        """
        with self._sessions.read() as session:
            chosen = _holiday_settings(session)
            language = language or _business_language(session)
        found = holidays_for(
            chosen.country,
            chosen.region,
            chosen.customary_closed_days,
            language,
            tuple(sorted(set(years))),
        )
        return [found[day] for day in sorted(found)]

    # ------------------------------------------------------------------ own dates

    def exceptions(self, year: int | None = None) -> list[ExceptionInfo]:
        """The owner's own dates (of one year, or all), by date."""
        with self._sessions.read() as session:
            found = _exceptions(session)
        return [item for item in found if year is None or item.day.year == year]

    def add_exception(
        self,
        day: date,
        kind: ExceptionKind | str,
        starts: str | None = None,
        ends: str | None = None,
        *,
        note: str = "",
    ) -> Outcome:
        """Add an own date: closed all day, closed between two times, or an extra opening."""
        return self._save_exception(None, day, kind, starts, ends, note)

    def change_exception(
        self,
        exception_id: int,
        day: date,
        kind: ExceptionKind | str,
        starts: str | None = None,
        ends: str | None = None,
        *,
        note: str = "",
    ) -> Outcome:
        """Change an own date (its date, kind, times or note)."""
        return self._save_exception(exception_id, day, kind, starts, ends, note)

    def delete_exception(self, exception_id: int) -> Outcome:
        """Remove an own date."""
        with self._sessions.write() as session:
            row = session.get(CalendarException, exception_id)
            if row is None:
                return _not_found()
            session.delete(row)
        return self._changed()

    def _save_exception(  # noqa: PLR0917 (the two public callers' arguments, in order)
        self,
        exception_id: int | None,
        day: date,
        kind: ExceptionKind | str,
        starts: str | None,
        ends: str | None,
        note: str,
    ) -> Outcome:
        note = note.strip()
        with self._sessions.write() as session:
            row = None
            if exception_id is not None:
                row = session.get(CalendarException, exception_id)
                if row is None:
                    return _not_found()
            others = [item for item in _exceptions(session) if item.id != exception_id]
            checked, problems = exception_problems(day, kind, starts, ends, note, others)
            if problems or checked is None:
                return Outcome(tuple(problems))
            if row is None:
                row = CalendarException()
                session.add(row)
            row.day, row.kind = checked.day, checked.kind.value
            row.starts, row.ends, row.note = checked.starts, checked.ends, checked.note
            session.flush()
            new_id = row.id
        outcome = self._changed()
        return Outcome(changes=outcome.changes, id=new_id)

    # ------------------------------------------------------------------ the clock

    def today(self) -> date:
        """Today's date in the business's time zone."""
        with self._sessions.read() as session:
            zone = zoneinfo.ZoneInfo(_zone_name(session))
        return self._clock().astimezone(zone).date()

    def calendar(self, years: range | None = None) -> BusinessCalendar:
        """The clock that counts business time, built from everything set here.

        Args:
            years: the years whose public holidays it must know; by default ten years back
                and five ahead of this one. The owner's own dates count in every year.

        The clock is kept and handed out again until anything it is built from changes.
        """
        with self._sessions.read() as session:
            inputs = _inputs(session)
        return self._calendar(inputs, years)

    def year_view(self, year: int) -> list[DayInfo]:
        """Every date of ``year``: when it is open and, where it differs, why."""
        with self._sessions.read() as session:
            inputs = _inputs(session)
        default = self._default_years(inputs)
        # The default clock when it knows the year (and the one before, for late evenings).
        years = default if year - 1 in default and year in default else range(year - 1, year + 1)
        return _year_view(inputs, year, self._calendar(inputs, years))

    def _default_years(self, inputs: _Inputs) -> range:
        this_year = self._clock().astimezone(zoneinfo.ZoneInfo(inputs.zone)).year
        return range(this_year - YEARS_BACK, this_year + YEARS_AHEAD + 1)

    def _calendar(self, inputs: _Inputs, years: range | None) -> BusinessCalendar:
        key = (inputs, tuple(years if years is not None else self._default_years(inputs)))
        found = self._calendars.pop(key, None)
        if found is None:
            found = _build_calendar(inputs, key[1])
            while len(self._calendars) >= _KEPT_CALENDARS:  # the oldest goes
                self._calendars.pop(next(iter(self._calendars)))
        self._calendars[key] = found  # last in the dict: the newest
        return found

    def _changed(self) -> Outcome:
        self._calendars.clear()
        return Outcome(changes=_CHANGED)


# ---------------------------------------------------------------------------- validation


def parse_time(text: str, *, closing: bool = False) -> int | None:
    """Minutes after midnight of ``"HH:MM"`` (``"9:30"`` and ``"09.30"`` too), or None.

    ``"24:00"`` is accepted only as a closing time (midnight at the end of the day).
    """
    match = _TIME.match(text)
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if closing and (hours, minutes) == (24, 0):
        return _MINUTES_PER_DAY
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def time_text(minutes: int) -> str:
    """``"HH:MM"`` for minutes after midnight (1440 is ``"24:00"``)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def week_problems(
    week: Sequence[Sequence[Interval]], changed: Collection[int] = WEEKDAYS
) -> tuple[list[list[Interval]], list[OfficeHoursProblem]]:
    """Check a week of intervals; return it normalised (sorted, ``"HH:MM"``) and its problems.

    Args:
        week: seven lists of ``(opens, closes)``, Monday first.
        changed: the weekdays being changed; only problems that involve one are reported (a
            stored week is never blamed for an overlap the change did not cause).
    """
    problems: list[OfficeHoursProblem] = []
    placed: list[tuple[int, int, int, int, Interval]] = []  # weekday, index, start, end, shown
    normalised: list[list[Interval]] = []
    for day, intervals in enumerate(week):
        day_list: list[tuple[int, int]] = []
        for index, (opens_text, closes_text) in enumerate(intervals):
            opens = parse_time(opens_text)
            closes = parse_time(closes_text, closing=True)
            where: tuple[tuple[str, str | int], ...] = (
                ("weekday", day),
                ("index", index),
                ("opens", opens_text.strip()),
                ("closes", closes_text.strip()),
            )
            if opens is None or closes is None:
                if day in changed:
                    bad = opens_text if opens is None else closes_text
                    problems.append(
                        OfficeHoursProblem(
                            OfficeHoursProblemCode.BAD_TIME,
                            f"weekday.{day}",
                            (*where, ("value", bad.strip())),
                        )
                    )
                continue
            if opens == closes and opens != 0:
                if day in changed:
                    problems.append(
                        OfficeHoursProblem(
                            OfficeHoursProblemCode.SAME_TIME, f"weekday.{day}", where
                        )
                    )
                continue
            day_list.append((opens, closes))
            start = day * _MINUTES_PER_DAY + opens
            shown = (time_text(opens), time_text(closes))
            placed.append((day, index, start, start + span_minutes(opens, closes), shown))
        normalised.append(
            [(time_text(opens), _stored_closing(closes)) for opens, closes in sorted(day_list)]
        )
    for pair in _overlapping(placed):
        # Blame the interval being changed: a stored one is only what it collides with.
        blamed = pair if pair[0][0] in changed else (pair[1], pair[0])
        (day, index, _, _, shown), (other_day, other_index, _, _, other_shown) = blamed
        if day not in changed:
            continue
        problems.append(
            OfficeHoursProblem(
                OfficeHoursProblemCode.OVERLAP,
                f"weekday.{day}",
                (
                    ("weekday", day),
                    ("index", index),
                    ("opens", shown[0]),
                    ("closes", shown[1]),
                    ("other_weekday", other_day),
                    ("other_index", other_index),
                    ("other_opens", other_shown[0]),
                    ("other_closes", other_shown[1]),
                ),
            )
        )
    return normalised, problems


def _stored_closing(closes: int) -> str:
    # Midnight at the end of the day is stored as 00:00: with "an end not after the start is
    # the next day" it means the same, and every reader understands it.
    return time_text(closes % _MINUTES_PER_DAY)


def _overlapping(
    placed: Sequence[tuple[int, int, int, int, Interval]],
) -> list[tuple[tuple[int, int, int, int, Interval], tuple[int, int, int, int, Interval]]]:
    """Pairs of intervals that overlap on the week's circle (Sunday night runs into Monday)."""
    found = []
    for i, first in enumerate(placed):
        for second in placed[i + 1 :]:
            for shift in (-_MINUTES_PER_WEEK, 0, _MINUTES_PER_WEEK):
                if max(first[2], second[2] + shift) < min(first[3], second[3] + shift):
                    # Report the later interval against the earlier one.
                    found.append((second, first) if first[:2] < second[:2] else (first, second))
                    break
    return found


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone this computer knows."""
    if not name or name != name.strip() or name.startswith("/"):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


@cache
def _all_zones() -> tuple[str, ...]:
    names = {
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix", "right"))
    }
    return tuple(sorted(names | {"UTC"}))


def zone_choices() -> list[str]:
    """Every IANA time zone: the common European ones first, then the rest by name."""
    known = _all_zones()
    first = [name for name in COMMON_ZONES if name in known or is_zone(name)]
    return first + [name for name in known if name not in first]


def place_problems(country: str, region: str) -> list[OfficeHoursProblem]:
    """Check a country code ("" for none) and a region of it ("" for the whole country)."""
    if not country:
        if region:
            return [
                OfficeHoursProblem(
                    OfficeHoursProblemCode.UNKNOWN_REGION, "region", (("value", region),)
                )
            ]
        return []
    known = {info.code: info for info in countries()}
    if country not in known:
        return [
            OfficeHoursProblem(
                OfficeHoursProblemCode.UNKNOWN_COUNTRY, "country", (("value", country),)
            )
        ]
    if region and _region_code(country, region) not in {info.code for info in regions(country)}:
        return [
            OfficeHoursProblem(
                OfficeHoursProblemCode.UNKNOWN_REGION,
                "region",
                (("value", region), ("country", country)),
            )
        ]
    return []


def _region_code(country: str, region: str) -> str:
    """The region's code, also when it is given in other letter case or by its name."""
    if not country or not region:
        return ""
    for info in regions(country):
        if region.casefold() in {info.code.casefold(), info.name.casefold()}:
            return info.code
    return region


def exception_problems(  # noqa: PLR0917 (the own date's fields, as callers have them)
    day: date,
    kind: ExceptionKind | str,
    starts: str | None,
    ends: str | None,
    note: str,
    others: Sequence[ExceptionInfo] = (),
) -> tuple[ExceptionInfo | None, list[OfficeHoursProblem]]:
    """Check an own date against the others; return it normalised (id 0) and its problems."""
    problems: list[OfficeHoursProblem] = []
    try:
        chosen = ExceptionKind(kind)
    except ValueError:
        return None, [
            OfficeHoursProblem(OfficeHoursProblemCode.UNKNOWN_KIND, "kind", (("value", kind),))
        ]
    given: object = day  # a script may pass anything
    if not isinstance(given, date) or isinstance(given, datetime):
        return None, [OfficeHoursProblem(OfficeHoursProblemCode.DATE_RANGE, "day")]
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        problems.append(
            OfficeHoursProblem(
                OfficeHoursProblemCode.DATE_RANGE,
                "day",
                (("first", FIRST_YEAR), ("last", LAST_YEAR)),
            )
        )
    if len(note) > MAX_NOTE:
        problems.append(
            OfficeHoursProblem(
                OfficeHoursProblemCode.TOO_LONG, "note", (("max", MAX_NOTE), ("length", len(note)))
            )
        )
    if _CONTROL.search(note):
        problems.append(OfficeHoursProblem(OfficeHoursProblemCode.CONTROL_CHARACTERS, "note"))
    stored_starts = stored_ends = None
    if chosen is not ExceptionKind.CLOSED:
        span, time_problems = _exception_times(starts, ends)
        problems += time_problems
        if span is not None:
            stored_starts, stored_ends = time_text(span[0]), _stored_closing(span[1])
    same_day = [other for other in others if other.day == day]
    for other in same_day:
        if ExceptionKind.CLOSED in (chosen, other.kind):
            problems.append(
                OfficeHoursProblem(
                    OfficeHoursProblemCode.DAY_TAKEN,
                    "day",
                    (("other", other.id), ("other_kind", other.kind.value)),
                )
            )
        elif (
            chosen is other.kind
            and stored_starts is not None
            and stored_ends is not None
            and other.starts is not None
            and other.ends is not None
            and _times_overlap((stored_starts, stored_ends), (other.starts, other.ends))
        ):
            problems.append(
                OfficeHoursProblem(
                    OfficeHoursProblemCode.OVERLAP,
                    "starts",
                    (
                        ("opens", stored_starts),
                        ("closes", stored_ends),
                        ("other", other.id),
                        ("other_opens", other.starts),
                        ("other_closes", other.ends),
                    ),
                )
            )
    if problems:
        return None, problems
    return ExceptionInfo(0, day, chosen, stored_starts, stored_ends, note), []


def _exception_times(
    starts: str | None, ends: str | None
) -> tuple[tuple[int, int] | None, list[OfficeHoursProblem]]:
    if not (starts or "").strip() or not (ends or "").strip():
        return None, [OfficeHoursProblem(OfficeHoursProblemCode.TIMES_REQUIRED, "starts")]
    assert starts is not None
    assert ends is not None
    opens, closes = parse_time(starts), parse_time(ends, closing=True)
    if opens is None or closes is None:
        wrong = "starts" if opens is None else "ends"
        value = starts if opens is None else ends
        return None, [
            OfficeHoursProblem(OfficeHoursProblemCode.BAD_TIME, wrong, (("value", value.strip()),))
        ]
    if opens == closes and opens != 0:
        return None, [
            OfficeHoursProblem(
                OfficeHoursProblemCode.SAME_TIME,
                "ends",
                (("opens", time_text(opens)), ("closes", time_text(closes))),
            )
        ]
    return (opens, closes), []


def _times_overlap(first: Interval, second: Interval) -> bool:
    def bounds(interval: Interval) -> tuple[int, int]:
        opens = parse_time(interval[0]) or 0
        closes = parse_time(interval[1], closing=True) or 0
        return opens, opens + span_minutes(opens, closes)

    (a, b), (c, d) = bounds(first), bounds(second)
    return max(a, c) < min(b, d)


def _pair(interval: object) -> Interval:
    """An interval as two texts; what is not a pair becomes one that fails as a bad time."""
    if isinstance(interval, str) or not isinstance(interval, Sequence) or len(interval) != 2:
        return (str(interval), "")
    return str(interval[0]), str(interval[1])


def _is_weekday(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in WEEKDAYS


def _not_found() -> Outcome:
    return Outcome((OfficeHoursProblem(OfficeHoursProblemCode.NOT_FOUND, "exception"),))


# ---------------------------------------------------------------------------- holidays


@cache
def countries() -> tuple[CountryInfo, ...]:
    """Every country the holidays package knows, by code.

    Read from the package's registry, which names them without loading each country's module
    (loading all 250 takes most of a second).
    """
    import holidays

    names = _country_names()
    if not names:  # a package without the registry: load them all, and use the codes as names
        known = holidays.list_supported_countries(include_aliases=False)
        names = {code: code for code in known if len(code) == 2}
    return tuple(CountryInfo(code, name, code == SWEDEN) for code, name in sorted(names.items()))


@cache
def regions(country: str) -> tuple[RegionInfo, ...]:
    """The subdivisions of ``country`` with holidays of their own, named where the package can."""
    if country not in {info.code for info in countries()}:
        return ()
    import holidays

    try:
        entity = holidays.country_holidays(country)
    except NotImplementedError:
        return ()
    get_aliases = getattr(entity, "get_subdivision_aliases", None)
    aliases: dict[str, list[str]] = get_aliases() if callable(get_aliases) else {}
    return tuple(
        RegionInfo(str(code), (aliases.get(code) or [""])[0])
        for code in getattr(entity, "subdivisions", ())
    )


def _country_names() -> dict[str, str]:
    """English country names from the package's registry ("AlandIslands" -> "Aland Islands")."""
    try:
        from holidays.registry import COUNTRIES
    except ImportError:  # an older or newer package without the registry: codes will do
        return {}
    names: dict[str, str] = {}
    for entry in COUNTRIES.values():
        # (class name, ISO alpha-2, alpha-3, other names...): only the alpha-2 code counts.
        if len(entry) >= 2 and len(entry[1]) == 2 and entry[1].isupper():
            names[entry[1]] = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(entry[0]))
    return names


def _package_language(country: str, wanted: str) -> str | None:
    """The holidays package's name for ``wanted`` (``en`` -> ``en_US``), or the country's own."""
    import holidays

    entity = holidays.country_holidays(country)
    supported = tuple(str(code) for code in getattr(entity, "supported_languages", ()) or ())
    if wanted:
        for candidate in (wanted, f"{wanted}_US", f"{wanted}_GB"):
            if candidate in supported:
                return candidate
        same = sorted(code for code in supported if code.split("_")[0] == wanted)
        if same:
            return same[0]
    # Always name a language: without one the package follows the computer's LANG.
    default = getattr(entity, "default_language", None)
    return str(default) if default else None


@lru_cache(maxsize=32)
def holidays_for(
    country: str, region: str, customary: bool, language: str, years: tuple[int, ...]
) -> dict[date, Holiday]:
    """The holidays closing a business in ``country``/``region`` in ``years``, by date.

    Args:
        country: ISO code ("" for none).
        region: a subdivision code ("" for the whole country).
        customary: add Sweden's customary closed days (ignored elsewhere).
        language: the names' language (``sv``, ``ro``, ``en``).
        years: the years wanted.
    """
    if not country or not years:
        return {}
    import holidays

    package_language = _package_language(country, language)
    try:
        public = holidays.country_holidays(
            country, subdiv=region or None, years=years, language=package_language
        )
    except NotImplementedError:  # a country or region the package no longer knows
        return {}
    found = {day: Holiday(day, str(name)) for day, name in sorted(public.items())}
    if customary and country == SWEDEN:
        for day, name in _swedish_customary_days(years, package_language).items():
            found.setdefault(day, Holiday(day, name, customary=True))
    return found


def _swedish_customary_days(years: tuple[int, ...], language: str | None) -> dict[date, str]:
    """Midsummer Eve, Christmas Eve and New Year's Eve, named as the package names them."""
    import holidays

    from_package: dict[date, str] = {}
    entity = holidays.country_holidays(SWEDEN)
    if "de_facto" in getattr(entity, "supported_categories", ()):
        de_facto = holidays.country_holidays(
            SWEDEN, years=years, language=language, categories=("de_facto",)
        )
        from_package = {day: str(name) for day, name in de_facto.items()}
    fallback = _CUSTOMARY_NAMES["sv" if (language or "").startswith("sv") else "en"]
    days: dict[date, str] = {}
    for year in years:
        for day, name in zip(
            (midsummer_eve(year), date(year, 12, 24), date(year, 12, 31)), fallback, strict=True
        ):
            days[day] = from_package.get(day, name)
    return days


def midsummer_eve(year: int) -> date:
    """Midsummer Eve in Sweden: the Friday between 19 and 25 June."""
    first = date(year, 6, 19)
    return first + timedelta(days=(4 - first.weekday()) % 7)


# ---------------------------------------------------------------------------- storage helpers


def _business(session: Session) -> Business:
    business = session.get(Business, 1)
    if business is None:  # no business entered yet: the row is made as the policy does
        if read_setting(session, SettingKey.HOLIDAY_COUNTRY) is None:
            # The new row's country would count from now on; keep the holidays the owner saw.
            write_setting(session, SettingKey.HOLIDAY_COUNTRY, "")
        business = Business(id=1, name="", timezone=_computer_zone_name())
        session.add(business)
    return business


def _computer_zone_name() -> str:
    zone = computer_zone()
    name = str(getattr(zone, "key", "") or "")
    return name if is_zone(name) else "UTC"


def _zone_name(session: Session) -> str:
    name = session.scalar(select(Business.timezone).where(Business.id == 1))
    return name if name and is_zone(name) else _computer_zone_name()


def _business_language(session: Session) -> str:
    """The business's language; '' before one is entered (holiday names in the country's own)."""
    return session.scalar(select(Business.language).where(Business.id == 1)) or ""


def _holiday_settings(session: Session) -> HolidaySettings:
    country = read_setting(session, SettingKey.HOLIDAY_COUNTRY)
    if country is None:  # never chosen: the business's own country, if it has said one
        country = session.scalar(select(Business.country).where(Business.id == 1)) or ""
    region = read_setting(session, SettingKey.HOLIDAY_REGION)
    customary = read_setting(session, SettingKey.CUSTOMARY_CLOSED_DAYS)
    return HolidaySettings(
        country=country.upper() if isinstance(country, str) else "",
        region=region if isinstance(region, str) else "",
        customary_closed_days=customary is True,
    )


def _weekly(session: Session) -> list[tuple[Interval, ...]]:
    found: list[list[Interval]] = [[] for _ in WEEKDAYS]
    for row in session.scalars(select(OfficeHours)):
        if _is_weekday(row.weekday):
            found[row.weekday].append((row.opens, row.closes))
    return [tuple(sorted(day)) for day in found]


def _exceptions(session: Session) -> list[ExceptionInfo]:
    found = []
    for row in session.scalars(
        select(CalendarException).order_by(CalendarException.day, CalendarException.id)
    ):
        try:
            kind = ExceptionKind(row.kind)
        except ValueError:  # written by a newer program: not ours to interpret
            continue
        found.append(ExceptionInfo(row.id, row.day, kind, row.starts, row.ends, row.note))
    return found


def _inputs(session: Session) -> _Inputs:
    chosen = _holiday_settings(session)
    return _Inputs(
        zone=_zone_name(session),
        weekly=tuple(_weekly(session)),
        exceptions=tuple(_exceptions(session)),
        country=chosen.country,
        region=chosen.region,
        customary=chosen.customary_closed_days,
        language=_business_language(session),
    )


# ---------------------------------------------------------------------------- building


def _usable(interval: tuple[str | None, str | None]) -> tuple[int, int] | None:
    """Minutes of a stored interval, or None when it is unreadable (never from this program)."""
    opens = parse_time(interval[0] or "")
    closes = parse_time(interval[1] or "", closing=True)
    if opens is None or closes is None or (opens == closes and opens != 0):
        return None
    return opens, closes


def _at(day: date, minutes: int, zone: tzinfo) -> datetime:
    """The aware instant of a wall-clock minute of ``day`` (past 24:00 on the next day)."""
    days, rest = divmod(minutes, _MINUTES_PER_DAY)
    return datetime.combine(day + timedelta(days=days), time(rest // 60, rest % 60), zone)


def _build_calendar(inputs: _Inputs, years: tuple[int, ...]) -> BusinessCalendar:
    # Imported here: the clock brings numpy, which opening a file does not need.
    from policydesk.domain.businesshours import BusinessCalendar

    zone = zoneinfo.ZoneInfo(inputs.zone)
    closed = set(
        holidays_for(inputs.country, inputs.region, inputs.customary, inputs.language, years)
    )
    closures: list[tuple[datetime, datetime]] = []
    extra: dict[date, list[Interval]] = {}
    for item in inputs.exceptions:
        if item.kind is ExceptionKind.CLOSED:
            closed.add(item.day)
            continue
        span = _usable((item.starts, item.ends))
        if span is None:
            continue
        if item.kind is ExceptionKind.PART_CLOSED:
            opens, closes = span
            closures.append(
                (
                    _at(item.day, opens, zone),
                    _at(item.day, opens + span_minutes(opens, closes), zone),
                )
            )
        else:
            extra.setdefault(item.day, []).append((time_text(span[0]), _stored_closing(span[1])))
    # An extra opening on a holiday stays on the closed dates: the clock then counts only the
    # extra hours there, not the weekly ones as well.
    return BusinessCalendar(
        tz=inputs.zone,
        weekly={
            day: [
                (time_text(span[0]), _stored_closing(span[1]))
                for span in map(_usable, intervals)
                if span is not None  # a row nobody could have meant is left out, not fatal
            ]
            for day, intervals in enumerate(inputs.weekly)
        },
        closed_dates=closed,
        closures=closures,
        extra_open=extra,
    )


def _year_view(inputs: _Inputs, year: int, calendar: BusinessCalendar) -> list[DayInfo]:
    holidays = holidays_for(
        inputs.country, inputs.region, inputs.customary, inputs.language, (year,)
    )
    own: dict[date, list[ExceptionInfo]] = {}
    for item in inputs.exceptions:
        if item.day.year == year:
            own.setdefault(item.day, []).append(item)
    hours = _local_hours(calendar, year)
    days = []
    day = date(year, 1, 1)
    while day.year == year:
        days.append(
            _day_info(
                day,
                hours.get(day, ()),
                bool(inputs.weekly[day.weekday()]),
                holidays.get(day),
                own.get(day, []),
            )
        )
        day += timedelta(days=1)
    return days


def _local_hours(
    calendar: BusinessCalendar, year: int
) -> dict[date, tuple[tuple[time, time], ...]]:
    """The clock's open time per date of ``year``, each stretch on the date it begins.

    The clock cuts a late shop's 18:00-02:00 at midnight; here the morning part is put back
    on the evening it belongs to, as the owner wrote it.
    """
    found: dict[date, list[list[datetime]]] = {}
    day = date(year, 1, 1) - timedelta(days=1)
    last: list[datetime] | None = None  # the latest stretch, if it ran up to midnight
    while day.year <= year:
        stretches = [list(span) for span in calendar.open_intervals(day)]
        midnight = datetime.combine(day, time(0), calendar.zone)
        if (
            stretches
            and last is not None
            and stretches[0][0] == midnight
            and last[0].time() != time(0)  # all-day openings are not joined day after day
        ):
            last[1] = stretches.pop(0)[1]
        found[day] = stretches
        next_midnight = datetime.combine(day + timedelta(days=1), time(0), calendar.zone)
        last = stretches[-1] if stretches and stretches[-1][1] == next_midnight else None
        day += timedelta(days=1)
    return {
        day: tuple(
            (start.timetz().replace(tzinfo=None), end.timetz().replace(tzinfo=None))
            for start, end in stretches
        )
        for day, stretches in found.items()
        if day.year == year
    }


def _day_info(
    day: date,
    hours: tuple[tuple[time, time], ...],
    weekly_open: bool,
    holiday: Holiday | None,
    own: list[ExceptionInfo],
) -> DayInfo:
    notes = "\n".join(item.note for item in own if item.note)
    kinds = {item.kind for item in own}
    closures = tuple(
        _times(span)
        for span in sorted(
            found
            for item in own
            if item.kind is ExceptionKind.PART_CLOSED
            for found in [_usable((item.starts, item.ends))]
            if found is not None
        )
    )
    reasons: list[DayReason] = []
    if holiday is not None:
        reasons.append(DayReason.CUSTOMARY_DAY if holiday.customary else DayReason.PUBLIC_HOLIDAY)
    if ExceptionKind.CLOSED in kinds:
        reasons.append(DayReason.OWN_CLOSED)
    if not weekly_open:
        reasons.append(DayReason.WEEKLY_CLOSED)
    if ExceptionKind.EXTRA_OPEN in kinds:
        reasons.append(DayReason.EXTRA_OPEN)
    if closures:
        reasons.append(DayReason.PART_CLOSED)
    name = holiday.name if holiday is not None else ""
    if ExceptionKind.EXTRA_OPEN in kinds and hours:
        state = DayState.EXTRA_OPEN
    elif holiday is not None:
        state = DayState.HOLIDAY
    elif not hours:
        state = DayState.CLOSED
    elif closures:
        state = DayState.PART
    else:
        state = DayState.OPEN
    return DayInfo(day, state, hours, tuple(reasons), name, notes, closures)


def _times(span: tuple[int, int]) -> tuple[time, time]:
    opens, closes = span
    closes %= _MINUTES_PER_DAY
    return time(opens // 60, opens % 60), time(closes // 60, closes % 60)
