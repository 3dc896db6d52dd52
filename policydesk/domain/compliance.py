"""Service-target figures for a period: targets met and missed, handling times, per month.

The figures are worked out over numpy arrays, one entry per complaint, so a million complaints
take well under a second::

    from policydesk.domain.compliance import ComplaintTimes, Targets, compliance

    figures = compliance(
        calendar,                                   # a BusinessCalendar
        ComplaintTimes(received=..., acknowledged=..., resolved=..., followed_up=...,
                       paused=...),                 # seconds since 1970 UTC, NaN: not yet
        Targets(acknowledge=4 * 3600, resolve=16 * 3600, follow_up=np.nan),
        start=datetime(2026, 1, 1, tzinfo=zone), end=datetime(2027, 1, 1, tzinfo=zone),
        as_of=datetime.now(zone),
    )
    figures.resolve.share_met        # 0.93
    figures.handling.business_hours  # Spread(median=5.5, p90=21.0)
    figures.months[0].resolve.met

The rules, in plain words:

- A period holds the complaints *received* in ``[start, end)``; months are the calendar's
  local months, and a complaint counts in the month it was received.
- Three targets, each in business seconds (``NaN``: no target for that complaint):
  acknowledge (received until acknowledged), resolve (received until resolved, less the
  business time the clock was paused while waiting for the customer) and follow up (resolved
  until followed up; counted in calendar time instead when ``Targets.follow_up_calendar``).
- A step done within its target is *met*; done later, or not done and already past its
  target at ``as_of``, *missed*; not done and still within it, *still open*. The follow-up
  step only starts once a complaint is resolved. Anything dated after ``as_of`` has not
  happened yet, so a past period can be seen as it stood then.
- ``share_met`` is met / (met + missed): complaints still open have not been decided.
- Handling time is that of the resolved complaints: in business hours (the clock, less
  pauses), in calendar hours (received to resolved, as the customer lived it), and the
  calendar time split into time inside office hours and outside them.
- Median and 90th percentile interpolate linearly between the closest ranks (numpy's default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

from policydesk.domain.businesshours import BusinessCalendar

_HOUR: Final = 3600.0
_QUANTILES: Final = (0.5, 0.9)


@dataclass(frozen=True, slots=True, eq=False)
class ComplaintTimes:
    """The service clock's instants of N complaints, as parallel arrays of float seconds.

    Seconds count from 1970-01-01 UTC; ``NaN`` means "not yet". Every array is converted to a
    one-dimensional float array of the same length as ``received``.

    Attributes:
        received: when each complaint arrived.
        acknowledged: the first answer to the customer.
        resolved: when the complaint was resolved (the latest resolution, if reopened).
        followed_up: when the business checked back with the customer.
        paused: business seconds the resolve clock stood still while waiting for the customer
            (0 when it never did); one figure for all or one per complaint.
    """

    received: NDArray[np.float64]
    acknowledged: NDArray[np.float64]
    resolved: NDArray[np.float64]
    followed_up: NDArray[np.float64]
    paused: NDArray[np.float64] = field(default_factory=lambda: np.zeros(1))

    def __post_init__(self) -> None:
        size = np.asarray(self.received).size
        for name in ("received", "acknowledged", "resolved", "followed_up", "paused"):
            object.__setattr__(self, name, _column(getattr(self, name), size, name))

    def __len__(self) -> int:
        return len(self.received)


@dataclass(frozen=True, slots=True, eq=False)
class Targets:
    """Business seconds allowed for each step; one figure for all or one per complaint.

    ``NaN`` means no target (the complaint is left out of that step's figures).

    Attributes:
        acknowledge: from received to acknowledged.
        resolve: from received to resolved, pauses not counted.
        follow_up: from resolved to followed up.
        follow_up_calendar: count the follow-up step in calendar seconds, as in "follow up
            within 7 days after resolution".
    """

    acknowledge: ArrayLike = np.nan
    resolve: ArrayLike = np.nan
    follow_up: ArrayLike = np.nan
    follow_up_calendar: bool = False


@dataclass(frozen=True, slots=True)
class TargetFigures:
    """How one step went: complaints that met its target, missed it, or are not decided yet."""

    met: int = 0
    missed: int = 0
    still_open: int = 0

    @property
    def decided(self) -> int:
        """Complaints whose outcome is known: met or missed."""
        return self.met + self.missed

    @property
    def share_met(self) -> float | None:
        """Met / (met + missed), or None when nothing has been decided."""
        return self.met / self.decided if self.decided else None


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and 90th percentile, in hours; None when there is nothing to measure."""

    median: float | None = None
    p90: float | None = None


@dataclass(frozen=True, slots=True)
class HandlingFigures:
    """Handling time of the resolved complaints.

    Attributes:
        resolved: how many complaints were resolved.
        business_hours: the clock's time (inside office hours, pauses not counted).
        calendar_hours: received to resolved.
        inside_hours: the calendar time that fell inside office hours, summed.
        outside_hours: the calendar time that fell outside office hours, summed.
    """

    resolved: int = 0
    business_hours: Spread = Spread()
    calendar_hours: Spread = Spread()
    inside_hours: float = 0.0
    outside_hours: float = 0.0

    @property
    def inside_share(self) -> float | None:
        """The part of the handling time that fell inside office hours."""
        total = self.inside_hours + self.outside_hours
        return self.inside_hours / total if total > 0 else None


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """The figures of the complaints received in one local month (a bar of the chart)."""

    month: date  # its first day
    received: int
    acknowledge: TargetFigures
    resolve: TargetFigures
    follow_up: TargetFigures
    business_hours: Spread
    calendar_hours: Spread


@dataclass(frozen=True, slots=True)
class ComplianceFigures:
    """Everything the period report shows about the service targets."""

    start: datetime
    end: datetime
    as_of: datetime
    received: int
    acknowledge: TargetFigures
    resolve: TargetFigures
    follow_up: TargetFigures
    handling: HandlingFigures
    months: tuple[MonthFigures, ...]


_MET, _MISSED, _OPEN, _NOT_COUNTED = 0, 1, 2, 3


def compliance(
    calendar: BusinessCalendar,
    times: ComplaintTimes,
    targets: Targets,
    *,
    start: datetime,
    end: datetime,
    as_of: datetime,
) -> ComplianceFigures:
    """The service-target figures of the complaints received in ``[start, end)``.

    Args:
        calendar: the office hours that business time is counted in.
        times: the complaints' instants.
        targets: what each step is allowed.
        start: the period's first instant.
        end: the instant after the period.
        as_of: when the figures are taken ("now"); later instants have not happened yet.

    Raises:
        ValueError: naive datetimes, ``end`` before ``start``, or arrays of different lengths.
    """
    for name, moment in (("start", start), ("end", end), ("as_of", as_of)):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"{name} must be an aware datetime, got {moment!r}")
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    size = len(times)
    now = as_of.timestamp()
    received = times.received
    chosen = np.flatnonzero((received >= start.timestamp()) & (received < end.timestamp()))
    received = received[chosen]
    acknowledged = _by(times.acknowledged, chosen, now)
    resolved = _by(times.resolved, chosen, now)
    followed_up = _by(times.followed_up, chosen, now)
    paused = times.paused[chosen]

    acknowledge = _stage(
        calendar, received, acknowledged, _pick(targets.acknowledge, size, chosen), now
    )
    inside = calendar.elapsed_many(received, np.where(np.isnan(resolved), now, resolved))
    resolve = _decide(resolved, inside - paused, _pick(targets.resolve, size, chosen))
    follow_up_target = _pick(targets.follow_up, size, chosen)
    if targets.follow_up_calendar:
        waited = np.where(np.isnan(followed_up), now, followed_up) - resolved
        follow_up = _decide(followed_up, waited, follow_up_target)
    else:
        follow_up = _stage(calendar, resolved, followed_up, follow_up_target, now)

    done = ~np.isnan(resolved)
    business = (inside - paused)[done] / _HOUR
    calendar_hours = (resolved - received)[done] / _HOUR
    inside_hours = float(inside[done].sum()) / _HOUR
    handling = HandlingFigures(
        resolved=int(done.sum()),
        business_hours=_spread(business),
        calendar_hours=_spread(calendar_hours),
        inside_hours=inside_hours,
        outside_hours=float(calendar_hours.sum()) - inside_hours,
    )
    return ComplianceFigures(
        start=start,
        end=end,
        as_of=as_of,
        received=len(received),
        acknowledge=_count(acknowledge),
        resolve=_count(resolve),
        follow_up=_count(follow_up),
        handling=handling,
        months=_months(
            calendar,
            start,
            end,
            received=received,
            outcomes=(acknowledge, resolve, follow_up),
            done=done,
            business=business,
            calendar_hours=calendar_hours,
        ),
    )


def _column(values: ArrayLike, size: int, name: str) -> NDArray[np.float64]:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim == 0 or (array.shape == (1,) and size != 1):
        array = np.full(size, float(array.reshape(-1)[0]))
    if array.shape != (size,):
        raise ValueError(f"{name}: expected {size} values, got an array of shape {array.shape}")
    return array


def _by(values: NDArray[np.float64], chosen: NDArray[np.intp], now: float) -> NDArray[np.float64]:
    """The chosen complaints' instants, with those after ``now`` not happened yet."""
    picked = values[chosen]
    return np.where(picked > now, np.nan, picked)


def _pick(target: ArrayLike, size: int, chosen: NDArray[np.intp]) -> NDArray[np.float64]:
    array = np.asarray(target, dtype=np.float64)
    if array.ndim == 0:
        return np.full(len(chosen), float(array))
    if array.shape != (size,):
        raise ValueError(f"a target: expected one figure or {size}, got shape {array.shape}")
    return array[chosen]


def _stage(
    calendar: BusinessCalendar,
    begun: NDArray[np.float64],
    done: NDArray[np.float64],
    target: NDArray[np.float64],
    now: float,
) -> NDArray[np.int8]:
    used = calendar.elapsed_many(begun, np.where(np.isnan(done), now, done))
    return _decide(done, used, target)


def _decide(
    done: NDArray[np.float64], used: NDArray[np.float64], target: NDArray[np.float64]
) -> NDArray[np.int8]:
    """Each complaint's outcome for one step: met, missed, still open or not counted."""
    outcome = np.full(len(done), _NOT_COUNTED, dtype=np.int8)
    counted = ~np.isnan(used) & ~np.isnan(target)
    late = used > target
    outcome[counted & late] = _MISSED
    outcome[counted & ~late & ~np.isnan(done)] = _MET
    outcome[counted & ~late & np.isnan(done)] = _OPEN
    return outcome


def _count(outcome: NDArray[np.int8]) -> TargetFigures:
    counts = np.bincount(outcome, minlength=4)
    return TargetFigures(int(counts[_MET]), int(counts[_MISSED]), int(counts[_OPEN]))


def _spread(hours: NDArray[np.float64]) -> Spread:
    if hours.size == 0:
        return Spread()
    median, p90 = np.quantile(hours, _QUANTILES)
    return Spread(float(median), float(p90))


def _months(
    calendar: BusinessCalendar,
    start: datetime,
    end: datetime,
    *,
    received: NDArray[np.float64],
    outcomes: tuple[NDArray[np.int8], NDArray[np.int8], NDArray[np.int8]],
    done: NDArray[np.bool_],
    business: NDArray[np.float64],
    calendar_hours: NDArray[np.float64],
) -> tuple[MonthFigures, ...]:
    zone = calendar.zone
    first = start.astimezone(zone)
    months = [date(first.year, first.month, 1)]
    edges: list[float] = []  # the instants each month after the first begins
    while True:
        year, month = months[-1].year, months[-1].month
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        begins = datetime(following.year, following.month, 1, tzinfo=zone)
        if begins >= end:
            break
        months.append(following)
        edges.append(begins.timestamp())
    index = np.searchsorted(edges, received, side="right")
    count = len(months)
    received_per_month = np.bincount(index, minlength=count)
    stages = [np.bincount(index * 4 + outcome, minlength=count * 4) for outcome in outcomes]
    spreads = [
        _grouped_quantiles(index[done], hours, count) for hours in (business, calendar_hours)
    ]
    figures = []
    for number, month_day in enumerate(months):
        acknowledge, resolve, follow_up = (
            TargetFigures(*(int(v) for v in stage[number * 4 : number * 4 + 3])) for stage in stages
        )
        business_spread, calendar_spread = (
            Spread(*(None if np.isnan(v) else float(v) for v in spread[number]))
            for spread in spreads
        )
        figures.append(
            MonthFigures(
                month=month_day,
                received=int(received_per_month[number]),
                acknowledge=acknowledge,
                resolve=resolve,
                follow_up=follow_up,
                business_hours=business_spread,
                calendar_hours=calendar_spread,
            )
        )
    return tuple(figures)


def _grouped_quantiles(
    groups: NDArray[np.intp], values: NDArray[np.float64], count: int
) -> NDArray[np.float64]:
    """Median and 90th percentile of ``values`` per group (rows; NaN for an empty group)."""
    # A stable sort of small integers is a radix sort: far quicker than sorting the values.
    keys = groups.astype(np.int16) if count < np.iinfo(np.int16).max else groups
    ordered = values[np.argsort(keys, kind="stable")]
    bounds = np.concatenate(([0], np.cumsum(np.bincount(groups, minlength=count))))
    result = np.full((count, len(_QUANTILES)), np.nan)
    for group in range(count):
        if bounds[group] < bounds[group + 1]:
            result[group] = np.quantile(ordered[bounds[group] : bounds[group + 1]], _QUANTILES)
    return result
