"""Following a goal up: how a figure stands, which period is due, and levels from a baseline.

Plain rules, no storage:

- :func:`standing` says whether a measured value is on track, below target or below the
  minimum, with the goal's :class:`~policydesk.domain.goals.Direction` (when lower is better
  the comparisons flip and the minimum is a ceiling).
- :func:`period_of`, :func:`periods`, :func:`next_measurement_due` and :func:`due_periods`
  work out the measuring periods of a cadence (calendar months, calendar quarters, calendar
  years) and which are due: a period is due once it has ended, from the day after its last day.
- :func:`baseline_progress` and :func:`propose_levels` cover "measure first": how far the
  baseline period has come, and a minimum and a target proposed from what was measured.
- :func:`read_number` reads a typed figure (decimal comma or point).

Every function taking dates wants calendar dates: a ``datetime`` (naive or aware) is refused
with ``ValueError``, as are periods out of order and numbers that are not finite.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from policydesk.domain.goals import Cadence, Direction

PERCENT: Final = "%"
# Units that count things: a negative figure makes no sense in them (compared in lower case).
COUNT_UNITS: Final = frozenset(
    {"st", "st.", "stk", "pcs", "pieces", "count", "antal", "buc", "buc.", "bucăți", "number"}
)
# Months in each cadence's period.
CADENCE_MONTHS: Final = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3, Cadence.YEARLY: 12}
MAX_BASELINE_MONTHS: Final = 120
_NUMBER: Final = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
_TOLERANCE: Final = 1e-9


class GoalStanding(StrEnum):
    """How a goal's latest figure stands against its levels."""

    ON_TRACK = "on_track"  # meets the target (or the minimum, when there is no target)
    BELOW_TARGET = "below_target"  # meets the minimum but not the target
    BELOW_MINIMUM = "below_minimum"  # worse than the minimum: an improvement plan is required
    NO_DATA = "no_data"  # nothing measured yet
    NO_LEVELS = "no_levels"  # neither a minimum nor a target set (e.g. still measuring)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A measuring period: ``start`` to ``end``, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        _check_day(self.start, "start")
        _check_day(self.end, "end")
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def due_on(self) -> date:
        """The first day its figure can be entered: the day after it ends."""
        return self.end + timedelta(days=1)

    def is_due(self, today: date) -> bool:
        """Whether the period has ended by ``today``."""
        _check_day(today, "today")
        return today >= self.due_on


@dataclass(frozen=True, slots=True)
class BaselineProgress:
    """How far a "measure first" baseline period has come.

    Attributes:
        share: the part of the period that has passed, 0.0 to 1.0.
        ends_on: the baseline period's last day.
        done: whether the period is over (levels can be proposed).
    """

    share: float
    ends_on: date
    done: bool


@dataclass(frozen=True, slots=True)
class ProposedLevels:
    """A minimum and a target proposed from the baseline; the owner accepts or edits them.

    Attributes:
        baseline: the median of the measured values.
        minimum: the proposed minimum level (the baseline: do not get worse than today).
        target: the proposed target.
        measured: how many values the proposal rests on.
    """

    baseline: float
    minimum: float
    target: float
    measured: int


# ---------------------------------------------------------------------------- standing


def standing(
    value: float | None, minimum: float | None, target: float | None, direction: Direction
) -> GoalStanding:
    """How ``value`` stands against the goal's levels.

    The rules, in plain words:

    - no value: ``NO_DATA``; no minimum and no target: ``NO_LEVELS``;
    - a value as good as the target or better: ``ON_TRACK``;
    - a value worse than the minimum: ``BELOW_MINIMUM`` (exactly at the minimum is acceptable:
      the minimum is the worst acceptable figure);
    - in between: ``BELOW_TARGET``;
    - with only a minimum, meeting it is ``ON_TRACK``; with only a target, missing it is
      ``BELOW_TARGET`` (there is no minimum to fall below).

    "Better" means higher, or lower when ``direction`` is ``LOWER_IS_BETTER`` (the minimum is
    then a ceiling). Values that differ only by floating-point noise count as equal.

    Raises:
        ValueError: a number that is not finite, an unknown direction, or a minimum that is
            better than the target.
    """
    direction = Direction(direction)
    for name, number in (("value", value), ("minimum", minimum), ("target", target)):
        if number is not None:
            _check_finite(number, name)
    if minimum is not None and target is not None and _better(minimum, target, direction):
        raise ValueError(f"the minimum {minimum} is better than the target {target}")
    if value is None:
        return GoalStanding.NO_DATA
    if minimum is None and target is None:
        return GoalStanding.NO_LEVELS
    if minimum is not None and _better(minimum, value, direction):
        return GoalStanding.BELOW_MINIMUM
    if target is None or not _better(target, value, direction):
        return GoalStanding.ON_TRACK
    return GoalStanding.BELOW_TARGET


def _better(first: float, second: float, direction: Direction) -> bool:
    """Whether ``first`` is better than ``second`` by more than rounding noise."""
    if math.isclose(first, second, rel_tol=_TOLERANCE, abs_tol=_TOLERANCE):
        return False
    return first > second if direction is Direction.HIGHER_IS_BETTER else first < second


# ---------------------------------------------------------------------------- periods


def period_of(cadence: Cadence, day: date) -> Period:
    """The cadence's period holding ``day``: its calendar month, quarter or year."""
    months = CADENCE_MONTHS[Cadence(cadence)]
    _check_day(day, "day")
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    return Period(start, _add_months(start, months) - timedelta(days=1))


def periods(cadence: Cadence, first: date, last: date) -> list[Period]:
    """The cadence's periods from the one holding ``first`` to the one holding ``last``.

    Raises:
        ValueError: ``last`` before ``first``, or datetimes instead of dates.
    """
    _check_day(first, "first")
    _check_day(last, "last")
    if last < first:
        raise ValueError(f"{last} is before {first}")
    found = [period_of(cadence, first)]
    while found[-1].end < last:
        found.append(period_of(cadence, found[-1].due_on))
    return found


def next_measurement_due(cadence: Cadence, last_period_end: date) -> Period:
    """The period after the last measured one.

    It starts the day after ``last_period_end`` and ends where the cadence's period holding
    that day ends. After a whole period that is simply the next month, quarter or year; after
    a period that stopped part-way (say a monthly figure on a quarterly goal, ending in
    October) it is the rest of that quarter, so no days are skipped or counted twice. Its
    figure is due once it has ended (:attr:`Period.due_on`).
    """
    _check_day(last_period_end, "last_period_end")
    start = last_period_end + timedelta(days=1)
    return Period(start, period_of(cadence, start).end)


def due_periods(cadence: Cadence, following: Period, today: date, limit: int = 24) -> list[Period]:
    """The periods from ``following`` on that have ended by ``today`` (the latest ``limit``).

    ``following`` is the first period without a figure (from :func:`next_measurement_due`, or
    the goal's first period when nothing is measured yet).
    """
    _check_day(today, "today")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    found: list[Period] = []
    current = following
    while current.is_due(today):
        found.append(current)
        current = period_of(cadence, current.due_on)
    return found[-limit:]


# ---------------------------------------------------------------------------- baseline


def baseline_end(baseline_from: date, months: int) -> date:
    """The last day of a baseline measured for ``months`` months from ``baseline_from``."""
    _check_day(baseline_from, "baseline_from")
    _check_months(months)
    return _add_months(baseline_from, months) - timedelta(days=1)


def baseline_progress(baseline_from: date, months: int, today: date) -> BaselineProgress:
    """How far the baseline period (``months`` months from ``baseline_from``) has come.

    The share counts whole days: on the first day nothing has passed yet, on the day after
    the last day all of it has. Before the start the share is 0.

    Raises:
        ValueError: datetimes instead of dates, or ``months`` not from 1 to 120.
    """
    _check_day(today, "today")
    ends_on = baseline_end(baseline_from, months)
    length = (ends_on - baseline_from).days + 1
    passed = min(max((today - baseline_from).days, 0), length)
    return BaselineProgress(share=passed / length, ends_on=ends_on, done=today > ends_on)


def propose_levels(
    values: Sequence[float], direction: Direction, *, unit: str = "", decimals: int = 1
) -> ProposedLevels:
    """Propose a minimum and a target from the values measured during the baseline.

    The rule, in plain words:

    - the baseline is the median of the measured values (one odd month does not move it);
    - the minimum is the baseline: the business should not get worse than it already is;
    - the target is the better quartile of the measured values (the 75th percentile when
      higher is better, the 25th when lower is better): a level the business already reached
      in one period out of four, so it is known to be within reach. When the values are too
      even for that to differ from the baseline, the target is 10 % better than the baseline;
    - both are rounded to ``decimals`` decimals (one by default), and kept within 0–100 for a
      percentage and at zero or above for a count.

    Raises:
        ValueError: no values, a value that is not finite, or an unknown direction.
    """
    direction = Direction(direction)
    measured = [float(value) for value in values]
    if not measured:
        raise ValueError("no values measured: nothing to propose levels from")
    for value in measured:
        _check_finite(value, "value")
    baseline = statistics.median(measured)
    if len(measured) > 1:
        low, _, high = statistics.quantiles(measured, n=4, method="inclusive")
    else:
        low = high = measured[0]
    better = high if direction is Direction.HIGHER_IS_BETTER else low
    minimum = _bounded(round(baseline, decimals), unit)
    target = _bounded(round(better, decimals), unit)
    if not _better(target, minimum, direction):
        step = abs(baseline) * 0.1
        moved = baseline + step if direction is Direction.HIGHER_IS_BETTER else baseline - step
        target = _bounded(round(moved, decimals), unit)
    return ProposedLevels(baseline=baseline, minimum=minimum, target=target, measured=len(measured))


# ---------------------------------------------------------------------------- numbers


def read_number(value: object) -> float | None:
    """A finite number from a number or a typed text; None when it is not one.

    Texts may use a decimal comma or point and spaces between thousands ("1 234,5"); signs are
    allowed, exponents and words ("nan", "inf") are not. Booleans are not numbers.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        written = value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
        if not _NUMBER.fullmatch(written):
            return None
        number = float(written)
    elif isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def is_percent(unit: str) -> bool:
    """Whether a goal's unit is a percentage."""
    return unit.strip() == PERCENT


def is_count(unit: str) -> bool:
    """Whether a goal's unit counts things (see :data:`COUNT_UNITS`)."""
    return unit.strip().lower() in COUNT_UNITS


# ---------------------------------------------------------------------------- helpers


def _bounded(value: float, unit: str) -> float:
    if is_percent(unit):
        return min(max(value, 0.0), 100.0)
    if is_count(unit):
        return max(value, 0.0)
    return value


def _check_day(value: object, name: str) -> None:
    if isinstance(value, datetime):
        raise ValueError(f"{name} must be a calendar date, not a datetime: {value!r}")
    if not isinstance(value, date):
        raise ValueError(f"{name} must be a date, got {type(value).__name__}")


def _check_finite(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")


def _check_months(months: object) -> None:
    if isinstance(months, bool) or not isinstance(months, int):
        raise ValueError(f"months must be a whole number, got {months!r}")
    if not 1 <= months <= MAX_BASELINE_MONTHS:
        raise ValueError(f"months must be from 1 to {MAX_BASELINE_MONTHS}, got {months}")


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, on the same day of the month or the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + month // 12, month % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month, min(day.day, last))
