"""Counting backwards: what today's staff can promise for today's inflow of contacts.

The "Today" step of the policy flow asks the owner how many customer contacts arrive per
channel and what resources answer them. From those figures this module works out the daily
load, whether the backlog grows, and the response time that can honestly be promised.

Everything here is pure arithmetic on plain values. Figures typed by a person are checked by
:func:`capacity_problems` (which never raises); :func:`missing_figures` says what has not been
entered yet; :func:`count_backwards` computes only when neither finds anything.

A "day" is a working day of customer service throughout: an inflow counted per day means per
working day, and a weekly inflow is spread over ``days_per_week`` working days.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeGuard

from policydesk.domain.policy import InflowPeriod

# Far above any business this program is for; above them a figure is surely a typing slip.
MAX_COUNT = 10**7  # contacts per day or week, and contacts waiting
MAX_PEOPLE = 10_000
MAX_HOURS_PER_DAY = 24
# One person answering a thousand contacts a day is two a minute without a break.
MAX_CONTACTS_PER_PERSON = 1_000
MIN_DAYS_PER_WEEK = 1
MAX_DAYS_PER_WEEK = 7
DEFAULT_DAYS_PER_WEEK = 5


class CapacityProblemCode(StrEnum):
    """What is wrong with a figure in the "Today" step; the user interface words each one."""

    NOT_A_NUMBER = "not_a_number"  # text, a truth value, NaN or infinity where a number belongs
    NOT_WHOLE = "not_whole"  # a fraction where only whole contacts or days make sense
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"  # params: max
    OUT_OF_RANGE = "out_of_range"  # params: min, max
    ZERO_WITH_INFLOW = "zero_with_inflow"  # nobody (or no time) to answer contacts that arrive


@dataclass(frozen=True, slots=True)
class CapacityProblem:
    """One figure to fix: a code, the field it is about, and facts for the message.

    It has the shape of :class:`policydesk.domain.complaints.Problem`, whose ``code`` is typed
    as the complaint codes and so cannot carry these.

    Attributes:
        code: what is wrong.
        field: ``people``, ``hours_per_day``, ``contacts_per_person``, ``open_backlog``,
            ``days_per_week`` or ``inflow.<channel>``.
        params: name and value pairs for the message, such as ``("max", 24)``.
    """

    code: CapacityProblemCode
    field: str
    params: tuple[tuple[str, str | int | float], ...] = ()

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")


@dataclass(frozen=True, slots=True)
class Inflow:
    """How many customer contacts one channel brings.

    Attributes:
        channel: the channel's code (``phone``, ``email``, ...); names the field in problems.
        count: contacts per ``period``; ``None`` when not filled in (the channel is not used).
        period: whether ``count`` is per working day or per week.
    """

    channel: str
    count: int | None
    period: InflowPeriod = InflowPeriod.DAY


@dataclass(frozen=True, slots=True)
class Resources:
    """The people and time the business has for customer contacts.

    Attributes:
        people: people answering customers, in full-time equivalents (1.5 is fine).
        hours_per_day: business hours per working day in which customers are served.
        contacts_per_person: contacts one person handles per day at a reasonable load.
        open_backlog: contacts waiting for an answer right now; ``None`` counts as none.
        days_per_week: working days per week, 1 to 7.
    """

    people: float | None
    hours_per_day: float | None
    contacts_per_person: float | None
    open_backlog: int | None = None
    days_per_week: int = DEFAULT_DAYS_PER_WEEK


@dataclass(frozen=True, slots=True)
class CapacityResult:
    """What the figures add up to.

    Attributes:
        daily_inflow: contacts per working day, all channels (weekly counts spread over the
            working days).
        daily_capacity: contacts the people can handle per working day.
        load: inflow as a share of capacity; 1.0 is exactly full, 0 when both are 0.
        sustainable: whether capacity keeps up with the inflow (the backlog does not grow).
        daily_shortfall: contacts per day left unanswered (0 when sustainable).
        weekly_backlog_growth: how much the backlog grows per week (0 when sustainable).
        promise_hours: business hours within which every contact, the waiting ones included,
            can be answered; ``None`` when nothing can be promised (capacity falls short of the
            inflow, or there is no capacity at all).
        promise_days: ``promise_hours`` in whole working days, rounded up, at least 1.
        days_to_clear_backlog: working days until the waiting contacts are gone; 0 without a
            backlog, ``None`` when it never clears.
        people_needed: people needed so that the load is at most 1, rounded up to a tenth.
    """

    daily_inflow: float
    daily_capacity: float
    load: float
    sustainable: bool
    daily_shortfall: float
    weekly_backlog_growth: float
    promise_hours: float | None
    promise_days: int | None
    days_to_clear_backlog: float | None
    people_needed: float


# The figures count_backwards cannot do without, named as problems name their fields.
REQUIRED_FIELDS = ("inflow", "people", "hours_per_day", "contacts_per_person")


def missing_figures(inflows: Sequence[Inflow], resources: Resources) -> list[str]:
    """Name the figures still to be entered before anything can be computed.

    Args:
        inflows: the inflow per channel; channels left empty are fine as long as one has a
            count (zero is a count).
        resources: the people and time available; the backlog may stay empty.

    Returns:
        Field names from :data:`REQUIRED_FIELDS` in that order; empty when all are there.
    """
    missing: list[str] = []
    if all(inflow.count is None for inflow in inflows):
        missing.append("inflow")
    for name in REQUIRED_FIELDS[1:]:
        if getattr(resources, name) is None:
            missing.append(name)
    return missing


def capacity_problems(inflows: Sequence[Inflow], resources: Resources) -> list[CapacityProblem]:
    """Return everything wrong with the figures as typed (empty when they can be used).

    Missing figures are not problems here (see :func:`missing_figures`); values of the wrong
    type, as a careless caller or an odd widget may hand over, are.

    Args:
        inflows: the inflow per channel.
        resources: the people and time available.
    """
    problems: list[CapacityProblem] = []
    for inflow in inflows:
        problems += _check_number(inflow.count, f"inflow.{inflow.channel}", MAX_COUNT, whole=True)
    problems += _check_number(resources.people, "people", MAX_PEOPLE)
    problems += _check_number(resources.hours_per_day, "hours_per_day", MAX_HOURS_PER_DAY)
    problems += _check_number(
        resources.contacts_per_person, "contacts_per_person", MAX_CONTACTS_PER_PERSON
    )
    problems += _check_number(resources.open_backlog, "open_backlog", MAX_COUNT, whole=True)
    problems += _check_days_per_week(resources.days_per_week)
    if _has_inflow(inflows):
        # Contacts arrive, yet nobody (or no time) is there to answer them: no promise is
        # possible, and a load computed from it would be infinite.
        for name in ("people", "hours_per_day", "contacts_per_person"):
            if _is_number(value := getattr(resources, name)) and value == 0:
                problems.append(CapacityProblem(CapacityProblemCode.ZERO_WITH_INFLOW, name))
    return problems


def count_backwards(inflows: Sequence[Inflow], resources: Resources) -> CapacityResult | None:
    """Work out what can be promised with these resources for this inflow.

    Args:
        inflows: the inflow per channel; channels without a count are left out.
        resources: the people and time available.

    Returns:
        The result, or ``None`` when :func:`missing_figures` or :func:`capacity_problems`
        finds anything (ask them what).
    """
    if missing_figures(inflows, resources) or capacity_problems(inflows, resources):
        return None
    # Both checks passed, so every figure below is a finite, non-negative number.
    people = float(resources.people or 0)
    hours_per_day = float(resources.hours_per_day or 0)
    per_person = float(resources.contacts_per_person or 0)
    backlog = float(resources.open_backlog or 0)
    days = resources.days_per_week

    inflow = _daily_inflow(inflows, days)
    capacity = people * per_person
    sustainable = capacity >= inflow
    shortfall = max(0.0, inflow - capacity)
    load = inflow / capacity if capacity > 0 else 0.0

    promise_hours: float | None = None
    promise_days: int | None = None
    if sustainable and capacity > 0 and hours_per_day > 0:
        # Contacts are answered in order: the last one to arrive today waits for the backlog
        # and the whole day's inflow. A promise of no time at all is never honest, so the work
        # is at least one contact.
        work_days = max(backlog + inflow, 1.0) / capacity
        promise_hours = work_days * hours_per_day
        promise_days = max(1, _ceil(work_days))

    days_to_clear: float | None
    if backlog == 0:
        days_to_clear = 0.0
    elif sustainable and capacity > inflow:
        days_to_clear = backlog / (capacity - inflow)
    else:
        days_to_clear = None  # the spare capacity is nil, so the backlog never shrinks

    people_needed = _ceil_tenth(inflow / per_person) if inflow > 0 else 0.0
    return CapacityResult(
        daily_inflow=inflow,
        daily_capacity=capacity,
        load=load,
        sustainable=sustainable,
        daily_shortfall=shortfall,
        weekly_backlog_growth=shortfall * days,
        promise_hours=promise_hours,
        promise_days=promise_days,
        days_to_clear_backlog=days_to_clear,
        people_needed=people_needed,
    )


# ---------------------------------------------------------------------------- helpers


def _daily_inflow(inflows: Sequence[Inflow], days_per_week: int) -> float:
    # Only called on checked figures: counts are numbers or None, days_per_week is 1 to 7.
    total = 0.0
    for inflow in inflows:
        if inflow.count is None:
            continue
        if inflow.period == InflowPeriod.WEEK:
            total += inflow.count / days_per_week
        else:
            total += inflow.count
    return total


def _is_number(value: object) -> TypeGuard[int | float]:
    # bool is an int in Python, but a tick box's value is no count.
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _has_inflow(inflows: Sequence[Inflow]) -> bool:
    return any(_is_number(inflow.count) and inflow.count > 0 for inflow in inflows)


def _check_number(
    value: object, field: str, maximum: int, *, whole: bool = False
) -> list[CapacityProblem]:
    if value is None:
        return []
    if not _is_number(value):
        return [CapacityProblem(CapacityProblemCode.NOT_A_NUMBER, field)]
    if whole and value != int(value):
        return [CapacityProblem(CapacityProblemCode.NOT_WHOLE, field)]
    if value < 0:
        return [CapacityProblem(CapacityProblemCode.NEGATIVE, field)]
    if value > maximum:
        return [CapacityProblem(CapacityProblemCode.TOO_LARGE, field, (("max", maximum),))]
    return []


def _check_days_per_week(value: object) -> list[CapacityProblem]:
    field = "days_per_week"
    if not _is_number(value):
        return [CapacityProblem(CapacityProblemCode.NOT_A_NUMBER, field)]
    if value != int(value):
        return [CapacityProblem(CapacityProblemCode.NOT_WHOLE, field)]
    if not MIN_DAYS_PER_WEEK <= value <= MAX_DAYS_PER_WEEK:
        params = (("min", MIN_DAYS_PER_WEEK), ("max", MAX_DAYS_PER_WEEK))
        return [CapacityProblem(CapacityProblemCode.OUT_OF_RANGE, field, params)]
    return []


# Binary fractions make 21 / 30 * 10 come out as 7.000000000000001; rounding to nine places
# before rounding up keeps such noise from adding a whole step.
def _ceil(value: float) -> int:
    return math.ceil(round(value, 9))


def _ceil_tenth(value: float) -> float:
    return _ceil(value * 10) / 10
