"""Phone figures from a call log, and Erlang C staffing for a phone promise.

Two questions a business asks about its phone promise ("80 % of calls answered within 30 s"):
*did we keep it?* (from the calls the phone system logged) and *can we keep it at all?* (from
calls per hour, the average handling time and the people who answer)::

    from datetime import timedelta
    from policydesk.domain.contact_centre import (
        AbandonTreatment, CallCounts, promise_check, service_level_from_counts, staffing,
    )

    counts = CallCounts(answered=1000, answered_within=860, abandoned=60, abandoned_within=20,
                        short_abandons=10)
    service_level_from_counts(counts, AbandonTreatment.ALL_FAIL).share  # 860/1060 = 0.811
    plan = staffing(200, timedelta(minutes=3), 0.80, timedelta(seconds=20),
                    max_occupancy=0.85, shrinkage=0.30)
    plan.productive, plan.staffed  # 14 answering the phone, 20 on the payroll
    check = promise_check(6, timedelta(minutes=5), 0.80, timedelta(seconds=30), 1)
    check.reachable, round(check.current.service_level, 4)  # False, 0.5244
    [a.kind for a in check.alternatives]  # answer within 10 min, 52 % in 30 s, call back ...

The rules, in plain words:

- **A call** arrives, waits in the queue, and is either answered (then talked) or abandoned
  (the caller hangs up). ``waited`` is the time in the queue until the answer or the hang-up.
- **Within the threshold** is inclusive: a call answered after exactly 30 s is answered within
  30 s. **A short abandon** is a call that hung up after waiting ``short_abandon`` or less
  (inclusive too, e.g. 5 s): usually a wrong number or a caller who changed their mind.
- **Service level** is the share of calls answered within the threshold. Answered calls always
  count: within the threshold a success, after it a failure. Abandoned calls count as the
  chosen :class:`AbandonTreatment` says (the six rows of the reference table, from "abandons
  within the threshold are successes" to "short abandons are left out"). The goal's stored
  :class:`~policydesk.domain.goals.AbandonedCallRule` picks one with
  :func:`treatment_for_rule`. A figure with no calls to count has no share (``None``).
- **Average speed of answer** is the mean queue wait of answered calls only: hang-ups make it
  look better, so it is always shown next to the **abandonment rate** (abandoned calls among
  all calls, optionally without the short abandons on either side of the fraction).
- **Erlang C** models a queue where nobody hangs up: with A = calls per hour × handling time
  (the load in Erlangs) and N people answering, a caller waits with probability Pw, the share
  answered within t is ``1 − Pw · exp(−(N − A) · t / AHT)``, and the average speed of answer is
  ``Pw · AHT / (N − A)``. With N ≤ A the queue grows without end: nobody is answered in time
  (service level 0) and the average wait has no value (``None``).
- **Staffing** is the smallest N > A that reaches the target share within the target time;
  then enough people to keep occupancy (A / N) at or below the cap; then, for breaks, leave
  and other work, ``ceil(N / (1 − shrinkage))`` people on the rota.
- **A promise out of reach** (the staff available give less than the target share) comes with
  alternatives as codes and numbers: the shortest answer time the staff do reach at the target
  share, the share they do reach at the promised time, a call-back within a number of business
  hours, and keeping the promise for office hours only.

Erlang C ignores hang-ups, so it errs on the side of too many people: a safe side for a promise.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from policydesk.domain.goals import AbandonedCallRule

_ZERO: Final = timedelta(0)
# A ratio within a billionth of a whole number is that number: 14 / (1 − 0.3) is 20, although
# floating point makes it 20.000000000000004 and a plain ceil would say 21.
_WHOLE_TOLERANCE: Final = 1e-9

# A mean wait of more than some 30,000 years (nearly what a timedelta holds) has no value either.
_LONGEST_WAIT: Final = 1e12  # seconds

#: The answer times tried, in order, when a promise is out of reach at its own answer time.
ANSWER_TIME_STEPS: Final[tuple[timedelta, ...]] = (
    timedelta(seconds=30),
    timedelta(seconds=60),
    timedelta(minutes=2),
    timedelta(minutes=5),
    timedelta(minutes=10),
    timedelta(minutes=15),
    timedelta(minutes=30),
)
#: The call-back times tried, in business hours: one hour up to a usual working day.
CALL_BACK_STEPS: Final[tuple[timedelta, ...]] = (
    timedelta(hours=1),
    timedelta(hours=2),
    timedelta(hours=4),
    timedelta(hours=8),
)


# ---------------------------------------------------------------- calls and their counts


@dataclass(frozen=True, slots=True)
class Call:
    """One call from a call log.

    Attributes:
        arrived: when the call reached the queue (an aware datetime).
        answered: whether someone answered it; ``False`` means the caller hung up.
        waited: time in the queue until the answer or the hang-up.
        talked: talk time; zero for an abandoned call.

    Raises:
        ValueError: a naive ``arrived``, a negative ``waited`` or ``talked``, or talk time on an
            abandoned call.
    """

    arrived: datetime
    answered: bool
    waited: timedelta
    talked: timedelta = _ZERO

    def __post_init__(self) -> None:
        if self.arrived.tzinfo is None or self.arrived.utcoffset() is None:
            raise ValueError(f"a call's arrival time needs a time zone: {self.arrived}")
        if self.waited < _ZERO:
            raise ValueError(f"a call's waiting time cannot be negative: {self.waited}")
        if self.talked < _ZERO:
            raise ValueError(f"a call's talk time cannot be negative: {self.talked}")
        if not self.answered and self.talked != _ZERO:
            raise ValueError(f"an abandoned call has no talk time, got {self.talked}")


@dataclass(frozen=True, slots=True)
class CallCounts:
    """The aggregate counts every service-level variant is computed from.

    Attributes:
        answered: calls answered.
        answered_within: of those, answered within the threshold (inclusive).
        abandoned: calls that hung up before an answer.
        abandoned_within: of those, hung up within the threshold (inclusive).
        short_abandons: of the abandoned, hung up within the short-abandon time (inclusive).

    Raises:
        ValueError: a negative count, or a part larger than its whole.
    """

    answered: int
    answered_within: int
    abandoned: int
    abandoned_within: int
    short_abandons: int = 0

    def __post_init__(self) -> None:
        for name in ("answered", "answered_within", "abandoned", "abandoned_within"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} cannot be negative: {getattr(self, name)}")
        if self.short_abandons < 0:
            raise ValueError(f"short_abandons cannot be negative: {self.short_abandons}")
        if self.answered_within > self.answered:
            raise ValueError(
                f"answered_within ({self.answered_within}) exceeds answered ({self.answered})"
            )
        if self.abandoned_within > self.abandoned:
            raise ValueError(
                f"abandoned_within ({self.abandoned_within}) exceeds abandoned ({self.abandoned})"
            )
        if self.short_abandons > self.abandoned:
            raise ValueError(
                f"short_abandons ({self.short_abandons}) exceeds abandoned ({self.abandoned})"
            )

    @property
    def calls(self) -> int:
        """All calls, answered and abandoned."""
        return self.answered + self.abandoned


@dataclass(frozen=True, slots=True)
class Proportion:
    """A share kept with the counts it came from, so a report can show "860 of 1060".

    Attributes:
        numerator: the calls counted as successes (or as abandoned, for a rate).
        denominator: the calls the share is taken over.
    """

    numerator: int
    denominator: int

    @property
    def share(self) -> float | None:
        """``numerator / denominator`` between 0 and 1, or ``None`` when nothing was counted."""
        return self.numerator / self.denominator if self.denominator else None


class AbandonTreatment(StrEnum):
    """How abandoned calls count in a service level (the rows of the reference's table 2.1).

    With the reference's data (1000 answered, 860 within 20 s, 60 abandoned, 20 of them within
    20 s, 10 within 5 s) each gives the share in its comment.
    """

    #: Row 1: abandons within the threshold are successes, later ones failures. 880/1060 = 83.0 %
    ABANDONS_WITHIN_THRESHOLD_SUCCEED = "abandons_within_threshold_succeed"
    #: Row 2: abandoned calls are left out altogether. 860/1000 = 86.0 %
    IGNORED = "ignored"
    #: Row 3: every abandoned call is a failure. 860/1060 = 81.1 %
    ALL_FAIL = "all_fail"
    #: Row 4: abandons after the threshold fail, those within it are left out. 860/1040 = 82.7 %
    ONLY_LATE_FAIL = "only_late_fail"
    #: Row 5a: short abandons are successes, the other abandons failures. 870/1060 = 82.1 %
    SHORT_SUCCEED = "short_succeed"
    #: Row 5b: short abandons are left out, the other abandons fail. 860/1050 = 81.9 %
    SHORT_REMOVED = "short_removed"

    @property
    def needs_short_abandon(self) -> bool:
        """Whether the treatment needs a short-abandon time to sort the abandoned calls."""
        return self in (AbandonTreatment.SHORT_SUCCEED, AbandonTreatment.SHORT_REMOVED)


_RULE_TREATMENTS: Final = {
    AbandonedCallRule.MISSED: AbandonTreatment.ALL_FAIL,
    AbandonedCallRule.EXCLUDED: AbandonTreatment.IGNORED,
    AbandonedCallRule.IGNORE_SHORT: AbandonTreatment.SHORT_REMOVED,
}


def treatment_for_rule(rule: AbandonedCallRule) -> AbandonTreatment:
    """The treatment a goal's stored rule for abandoned calls stands for.

    Args:
        rule: the goal's rule.

    Returns:
        ``MISSED`` → every abandon fails (row 3); ``EXCLUDED`` → abandons are ignored (row 2);
        ``IGNORE_SHORT`` → short abandons are removed, the others fail (row 5b).
    """
    return _RULE_TREATMENTS[rule]


class CallOutcome(StrEnum):
    """How one call counts in a service level."""

    MET = "met"  # in the numerator and the denominator
    MISSED = "missed"  # in the denominator only
    NOT_COUNTED = "not_counted"  # in neither


def _check_times(threshold: timedelta, short_abandon: timedelta | None) -> None:
    if threshold < _ZERO:
        raise ValueError(f"the answer-time threshold cannot be negative: {threshold}")
    if short_abandon is not None and short_abandon < _ZERO:
        raise ValueError(f"the short-abandon time cannot be negative: {short_abandon}")


def _check_treatment(treatment: AbandonTreatment, short_abandon: timedelta | None) -> None:
    if treatment.needs_short_abandon and short_abandon is None:
        raise ValueError(f"the treatment {treatment.value!r} needs a short-abandon time")


def _is_short(call: Call, short_abandon: timedelta | None) -> bool:
    return short_abandon is not None and not call.answered and call.waited <= short_abandon


def call_outcome(
    call: Call,
    threshold: timedelta,
    treatment: AbandonTreatment,
    short_abandon: timedelta | None = None,
) -> CallOutcome:
    """How one call counts in a service level under a treatment of abandoned calls.

    Args:
        call: the call.
        threshold: the promised answer time; a wait of exactly this much is within it.
        treatment: how abandoned calls count.
        short_abandon: hang-ups after this wait or less are short abandons; needed by
            ``SHORT_SUCCEED`` and ``SHORT_REMOVED``, not used by the other treatments.

    Returns:
        Met, missed or not counted.

    Raises:
        ValueError: a negative time, or a short-abandon treatment without ``short_abandon``.
    """
    _check_times(threshold, short_abandon)
    _check_treatment(treatment, short_abandon)
    within = call.waited <= threshold
    if call.answered or treatment is AbandonTreatment.ABANDONS_WITHIN_THRESHOLD_SUCCEED:
        return CallOutcome.MET if within else CallOutcome.MISSED
    if treatment is AbandonTreatment.IGNORED:
        return CallOutcome.NOT_COUNTED
    # the four rows left fail an abandoned call unless it is spared: row 3 spares none, row 4
    # those within the threshold, rows 5a and 5b the short abandons (5a as a success, 5b by
    # leaving it out)
    if treatment is AbandonTreatment.ONLY_LATE_FAIL:
        spared = within
    else:
        spared = treatment is not AbandonTreatment.ALL_FAIL and _is_short(call, short_abandon)
    if not spared:
        return CallOutcome.MISSED
    return (
        CallOutcome.MET if treatment is AbandonTreatment.SHORT_SUCCEED else CallOutcome.NOT_COUNTED
    )


def count_calls(
    calls: Iterable[Call], threshold: timedelta, short_abandon: timedelta | None = None
) -> CallCounts:
    """Count a call log into the figures every service-level variant needs.

    Args:
        calls: the calls.
        threshold: the promised answer time (inclusive).
        short_abandon: the short-abandon time (inclusive); ``None`` counts no short abandons.

    Returns:
        The counts.

    Raises:
        ValueError: a negative time.
    """
    _check_times(threshold, short_abandon)
    answered = answered_within = abandoned = abandoned_within = short = 0
    for call in calls:
        within = call.waited <= threshold
        if call.answered:
            answered += 1
            answered_within += within
        else:
            abandoned += 1
            abandoned_within += within
            short += _is_short(call, short_abandon)
    return CallCounts(answered, answered_within, abandoned, abandoned_within, short)


def service_level_from_counts(counts: CallCounts, treatment: AbandonTreatment) -> Proportion:
    """The service level from aggregate counts, by the formula of the treatment's table row.

    Args:
        counts: the counts (``short_abandons`` is used by the two short-abandon treatments).
        treatment: how abandoned calls count.

    Returns:
        Successes over calls counted.
    """
    ans, ans_in = counts.answered, counts.answered_within
    abd, abd_in, short = counts.abandoned, counts.abandoned_within, counts.short_abandons
    match treatment:
        case AbandonTreatment.ABANDONS_WITHIN_THRESHOLD_SUCCEED:
            return Proportion(ans_in + abd_in, ans + abd)
        case AbandonTreatment.IGNORED:
            return Proportion(ans_in, ans)
        case AbandonTreatment.ALL_FAIL:
            return Proportion(ans_in, ans + abd)
        case AbandonTreatment.ONLY_LATE_FAIL:
            return Proportion(ans_in, ans + abd - abd_in)
        case AbandonTreatment.SHORT_SUCCEED:
            return Proportion(ans_in + short, ans + abd)
        case AbandonTreatment.SHORT_REMOVED:
            return Proportion(ans_in, ans + abd - short)


def service_level(
    calls: Iterable[Call],
    threshold: timedelta,
    treatment: AbandonTreatment,
    short_abandon: timedelta | None = None,
) -> Proportion:
    """The share of calls answered within ``threshold``, abandoned calls counted by ``treatment``.

    Args:
        calls: the calls.
        threshold: the promised answer time (inclusive).
        treatment: how abandoned calls count.
        short_abandon: the short-abandon time (inclusive); needed by ``SHORT_SUCCEED`` and
            ``SHORT_REMOVED``, not used by the others.

    Returns:
        Successes over calls counted; its ``share`` is ``None`` when no call counts.

    Raises:
        ValueError: a negative time, or a short-abandon treatment without ``short_abandon``.
    """
    _check_times(threshold, short_abandon)
    _check_treatment(treatment, short_abandon)
    met = counted = 0
    for call in calls:
        outcome = call_outcome(call, threshold, treatment, short_abandon)
        met += outcome is CallOutcome.MET
        counted += outcome is not CallOutcome.NOT_COUNTED
    return Proportion(met, counted)


def average_speed_of_answer(calls: Iterable[Call]) -> timedelta | None:
    """The mean queue wait of answered calls (abandoned calls are left out).

    Args:
        calls: the calls.

    Returns:
        The mean wait, or ``None`` when no call was answered.
    """
    waits = [call.waited for call in calls if call.answered]
    return sum(waits, _ZERO) / len(waits) if waits else None


def abandonment_rate_from_counts(counts: CallCounts, *, exclude_short: bool = False) -> Proportion:
    """Abandoned calls over all calls, from aggregate counts.

    Args:
        counts: the counts.
        exclude_short: leave the short abandons out of both sides of the fraction.

    Returns:
        Abandoned over all calls.
    """
    removed = counts.short_abandons if exclude_short else 0
    return Proportion(counts.abandoned - removed, counts.calls - removed)


def abandonment_rate(calls: Iterable[Call], short_abandon: timedelta | None = None) -> Proportion:
    """Abandoned calls over all calls.

    Args:
        calls: the calls.
        short_abandon: when given, calls that hung up within this wait (inclusive) are left out
            of both sides of the fraction; ``None`` counts every abandon.

    Returns:
        Abandoned over all calls.

    Raises:
        ValueError: a negative ``short_abandon``.
    """
    counts = count_calls(calls, _ZERO, short_abandon)
    return abandonment_rate_from_counts(counts, exclude_short=short_abandon is not None)


@dataclass(frozen=True, slots=True)
class PhoneFigures:
    """The phone figures of a set of calls, as a goal's measurement shows them.

    Attributes:
        counts: the counts behind every figure.
        service_level: the share answered within the threshold, by the chosen treatment.
        average_speed_of_answer: the mean wait of answered calls, ``None`` with none answered.
        abandonment: abandoned over all calls.
        abandonment_without_short: the same without short abandons; ``None`` when no
            short-abandon time was given.
    """

    counts: CallCounts
    service_level: Proportion
    average_speed_of_answer: timedelta | None
    abandonment: Proportion
    abandonment_without_short: Proportion | None


def phone_figures(
    calls: Iterable[Call],
    threshold: timedelta,
    treatment: AbandonTreatment,
    short_abandon: timedelta | None = None,
) -> PhoneFigures:
    """Service level, average speed of answer and abandonment of a set of calls.

    Args:
        calls: the calls.
        threshold: the promised answer time (inclusive).
        treatment: how abandoned calls count in the service level.
        short_abandon: the short-abandon time (inclusive), or ``None``.

    Returns:
        The figures.

    Raises:
        ValueError: a negative time, or a short-abandon treatment without ``short_abandon``.
    """
    _check_treatment(treatment, short_abandon)
    listed = list(calls)
    counts = count_calls(listed, threshold, short_abandon)
    return PhoneFigures(
        counts=counts,
        service_level=service_level(listed, threshold, treatment, short_abandon),
        average_speed_of_answer=average_speed_of_answer(listed),
        abandonment=abandonment_rate_from_counts(counts),
        abandonment_without_short=(
            None
            if short_abandon is None
            else abandonment_rate_from_counts(counts, exclude_short=True)
        ),
    )


@dataclass(frozen=True, slots=True)
class OfficeHoursFigures:
    """Phone figures for calls that arrived during office hours and for those outside them.

    Attributes:
        office_hours: calls that arrived while the business was open.
        after_hours: calls that arrived while it was closed.
    """

    office_hours: PhoneFigures
    after_hours: PhoneFigures


def figures_by_office_hours(
    calls: Iterable[Call],
    is_open: Callable[[datetime], bool],
    threshold: timedelta,
    treatment: AbandonTreatment,
    short_abandon: timedelta | None = None,
) -> OfficeHoursFigures:
    """Phone figures split by whether each call arrived during office hours.

    Args:
        calls: the calls.
        is_open: whether the business is open at a moment, e.g.
            :meth:`policydesk.domain.businesshours.BusinessCalendar.is_open`.
        threshold: the promised answer time (inclusive).
        treatment: how abandoned calls count in the service level.
        short_abandon: the short-abandon time (inclusive), or ``None``.

    Returns:
        The figures for office hours and for after hours.

    Raises:
        ValueError: a negative time, or a short-abandon treatment without ``short_abandon``.
    """
    inside: list[Call] = []
    outside: list[Call] = []
    for call in calls:
        (inside if is_open(call.arrived) else outside).append(call)
    return OfficeHoursFigures(
        office_hours=phone_figures(inside, threshold, treatment, short_abandon),
        after_hours=phone_figures(outside, threshold, treatment, short_abandon),
    )


# ---------------------------------------------------------------- Erlang C


def _positive(value: timedelta, name: str) -> None:
    if value <= _ZERO:
        raise ValueError(f"{name} must be longer than zero: {value}")


def _not_negative(value: float, name: str) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number of zero or more: {value}")


def _check_agents(agents: int) -> None:
    if agents < 0:
        raise ValueError(f"the number of people answering cannot be negative: {agents}")


def offered_load(calls: float, interval: timedelta, aht: timedelta) -> float:
    """The offered load in Erlangs: calls per interval ÷ interval length × handling time.

    Args:
        calls: calls arriving in the interval.
        interval: the interval's length, e.g. 30 minutes.
        aht: the average handling time of a call.

    Returns:
        The load: how many people the calls would keep busy all the time.

    Raises:
        ValueError: negative calls, or a zero or negative interval or handling time.
    """
    _not_negative(calls, "the number of calls")
    _positive(interval, "the interval")
    _positive(aht, "the average handling time")
    return calls * (aht / interval)


def _overloaded(agents: int, load: float) -> bool:
    """Whether N ≤ A, a load a hair below a whole number counting as that number.

    2000 calls of 171 s are 95 Erlangs, which floating point makes 94.99999999999999: 95
    people do not keep up with that, and their "spare" 1e-14 would give an absurd wait.
    """
    return agents - load <= _WHOLE_TOLERANCE * max(1.0, load)


def _waiting_from_inverse(agents: int, load: float, inverse_b: float) -> float:
    blocking = 1 / inverse_b  # Erlang B; 0 once the inverse overflows, which is then right
    return agents * blocking / (agents - load * (1 - blocking))


def probability_of_waiting(agents: int, load: float) -> float:
    """Erlang C: the probability that a caller has to wait.

    Computed through the inverse Erlang B recursion (``inv = 1 + inv · i / A`` for i = 1..N,
    then ``B = 1 / inv`` and ``Pw = N·B / (N − A·(1 − B))``), which neither overflows nor loses
    precision for large loads, unlike the textbook ``A^N / N!``.

    Args:
        agents: people answering (N).
        load: offered load in Erlangs (A).

    Returns:
        Pw between 0 and 1: 0 with no load, 1 when N ≤ A (every caller waits).

    Raises:
        ValueError: negative agents or a negative or infinite load.
    """
    _check_agents(agents)
    _not_negative(load, "the load")
    if load == 0:
        return 0.0
    if _overloaded(agents, load):
        return 1.0
    inverse_b = 1.0
    for i in range(1, agents + 1):
        inverse_b = 1 + inverse_b * i / load
    return _waiting_from_inverse(agents, load, inverse_b)


@dataclass(frozen=True, slots=True)
class QueueFigures:
    """What Erlang C expects of a queue with ``agents`` people answering a load.

    Attributes:
        agents: people answering (N).
        load: offered load in Erlangs (A).
        probability_of_waiting: Pw, the share of callers who wait at all.
        service_level: the share answered within the target time (0 when unstable).
        average_speed_of_answer: the mean wait over all callers; ``None`` when the queue is
            unstable (N ≤ A with some load) and the wait grows without end, or when it is
            longer than some 30,000 years.
        occupancy: A / N, the share of time the people are busy (at most 1; 0 with no one).
    """

    agents: int
    load: float
    probability_of_waiting: float
    service_level: float
    average_speed_of_answer: timedelta | None
    occupancy: float

    @property
    def stable(self) -> bool:
        """Whether the queue keeps up: no load, or more people than the load."""
        return self.load == 0 or not _overloaded(self.agents, self.load)


def _queue_figures(
    agents: int, load: float, aht: timedelta, target_time: timedelta, waiting: float
) -> QueueFigures:
    if load == 0:
        return QueueFigures(agents, load, 0.0, 1.0, _ZERO, 0.0)
    if _overloaded(agents, load):
        return QueueFigures(agents, load, 1.0, 0.0, None, 1.0)
    spare = agents - load
    level = 1 - waiting * math.exp(-spare * (target_time / aht))
    wait = aht.total_seconds() * waiting / spare
    speed = timedelta(seconds=wait) if wait < _LONGEST_WAIT else None
    return QueueFigures(agents, load, waiting, level, speed, load / agents)


def _check_queue(load: float, aht: timedelta, target_time: timedelta) -> None:
    _not_negative(load, "the load")
    _positive(aht, "the average handling time")
    if target_time < _ZERO:
        raise ValueError(f"the target answer time cannot be negative: {target_time}")


def queue_figures(agents: int, load: float, aht: timedelta, target_time: timedelta) -> QueueFigures:
    """Erlang C's probability of waiting, service level, average speed of answer and occupancy.

    Args:
        agents: people answering (N).
        load: offered load in Erlangs (A), e.g. from :func:`offered_load`.
        aht: the average handling time.
        target_time: the promised answer time t for the service level.

    Returns:
        The figures; with no load SL is 1 and nobody waits, with N ≤ A SL is 0 and the
        average speed of answer is ``None``.

    Raises:
        ValueError: negative agents, load or target time, or a zero handling time.
    """
    _check_agents(agents)
    _check_queue(load, aht, target_time)
    waiting = probability_of_waiting(agents, load)
    return _queue_figures(agents, load, aht, target_time, waiting)


def erlang_service_level(agents: int, load: float, aht: timedelta, target_time: timedelta) -> float:
    """Erlang C's share of calls answered within ``target_time``: ``1 − Pw·e^(−(N−A)·t/AHT)``.

    Args:
        agents: people answering (N).
        load: offered load in Erlangs (A).
        aht: the average handling time.
        target_time: the promised answer time t.

    Returns:
        The share, 1 with no load and 0 when N ≤ A.

    Raises:
        ValueError: as :func:`queue_figures`.
    """
    return queue_figures(agents, load, aht, target_time).service_level


def erlang_average_speed_of_answer(agents: int, load: float, aht: timedelta) -> timedelta | None:
    """Erlang C's average speed of answer: ``Pw · AHT / (N − A)``.

    Args:
        agents: people answering (N).
        load: offered load in Erlangs (A).
        aht: the average handling time.

    Returns:
        The mean wait over all callers; ``None`` when N ≤ A with some load (no end to it).

    Raises:
        ValueError: as :func:`queue_figures`.
    """
    return queue_figures(agents, load, aht, _ZERO).average_speed_of_answer


def occupancy(agents: int, load: float) -> float:
    """The share of time the people answering are busy: A / N, at most 1.

    Args:
        agents: people answering (N).
        load: offered load in Erlangs (A).

    Returns:
        A / N capped at 1 (an overloaded queue keeps everybody busy); 0 with no load.

    Raises:
        ValueError: negative agents or a negative load.
    """
    _check_agents(agents)
    _not_negative(load, "the load")
    if load == 0:
        return 0.0
    return 1.0 if _overloaded(agents, load) else load / agents


def _check_share(share: float, name: str) -> None:
    if not 0 < share <= 1:
        raise ValueError(f"{name} must be above 0 and at most 1: {share}")


def _at_least(value: float) -> int:
    return math.ceil(value - _WHOLE_TOLERANCE)


def _agents_for_target(
    load: float, aht: timedelta, target_share: float, target_time: timedelta
) -> tuple[int, float]:
    """The smallest N > A reaching the target, with its Pw (the recursion runs once)."""
    if load == 0:
        return 0, 0.0
    inverse_b = 1.0
    agents = 0
    while True:
        agents += 1
        inverse_b = 1 + inverse_b * agents / load
        if _overloaded(agents, load):
            continue
        waiting = _waiting_from_inverse(agents, load, inverse_b)
        figures = _queue_figures(agents, load, aht, target_time, waiting)
        if figures.service_level >= target_share:
            return agents, waiting


@dataclass(frozen=True, slots=True)
class Staffing:
    """How many people a phone promise needs, by Erlang C.

    Attributes:
        load: offered load in Erlangs (A).
        for_target: the smallest N > A that reaches the target (0 with no calls).
        productive: people answering once the occupancy cap is applied.
        staffed: people on the rota once shrinkage is added, ``ceil(productive / (1 − s))``.
        figures: the queue with ``productive`` people answering.
    """

    load: float
    for_target: int
    productive: int
    staffed: int
    figures: QueueFigures


def staffing(
    calls_per_hour: float,
    aht: timedelta,
    target_share: float,
    target_time: timedelta,
    *,
    max_occupancy: float | None = None,
    shrinkage: float = 0.0,
) -> Staffing:
    """The people needed to answer ``target_share`` of calls within ``target_time``.

    Adds people from the smallest number above the load until the service level reaches the
    target; then adds more until occupancy is at most ``max_occupancy``; then divides by
    ``1 − shrinkage`` and rounds up for the rota.

    Args:
        calls_per_hour: calls arriving per hour.
        aht: the average handling time.
        target_share: the promised share, above 0 and at most 1 (0.8 for 80 %).
        target_time: the promised answer time.
        max_occupancy: the highest acceptable share of busy time, above 0 and at most 1, or
            ``None`` for no cap.
        shrinkage: the share of paid time not spent answering (breaks, leave, other work),
            from 0 up to but not including 1.

    Returns:
        The staffing, with the queue figures of the people answering.

    Raises:
        ValueError: negative calls or target time, a zero handling time, or a share, cap or
            shrinkage outside its range.
    """
    load = offered_load(calls_per_hour, timedelta(hours=1), aht)
    _check_queue(load, aht, target_time)
    _check_share(target_share, "the target share")
    if max_occupancy is not None:
        _check_share(max_occupancy, "the maximum occupancy")
    if not 0 <= shrinkage < 1:
        raise ValueError(f"the shrinkage must be at least 0 and below 1: {shrinkage}")
    for_target, waiting = _agents_for_target(load, aht, target_share, target_time)
    productive = for_target
    if max_occupancy is not None and load > 0:
        productive = max(productive, _at_least(load / max_occupancy))
    figures = (
        _queue_figures(productive, load, aht, target_time, waiting)
        if productive == for_target
        else queue_figures(productive, load, aht, target_time)
    )
    return Staffing(load, for_target, productive, _at_least(productive / (1 - shrinkage)), figures)


# ---------------------------------------------------------------- the promise check


class AlternativeKind(StrEnum):
    """An alternative promise offered when the promise is out of reach; the UI words it."""

    #: The target share within a longer answer time (``within``).
    ANSWER_WITHIN = "answer_within"
    #: A lower share (``share``, whole percent, rounded down) within the promised time.
    LOWER_SHARE = "lower_share"
    #: Callers left waiting are called back within ``within`` business hours.
    CALL_BACK_WITHIN = "call_back_within"
    #: The promise holds during office hours only; calls outside them get a call-back.
    OFFICE_HOURS_ONLY = "office_hours_only"


@dataclass(frozen=True, slots=True)
class Alternative:
    """An alternative promise: ``share`` of calls within ``within``, of a kind.

    Attributes:
        kind: what kind of promise it is.
        share: the share promised.
        within: the time promised (business time for a call-back).
        reached: the share the current staff reach at ``within`` by Erlang C; ``None`` for
            ``OFFICE_HOURS_ONLY``, which a load per hour cannot judge.
    """

    kind: AlternativeKind
    share: float
    within: timedelta
    reached: float | None


@dataclass(frozen=True, slots=True)
class PromiseCheck:
    """Whether the staff available can keep a phone promise, and what they could promise.

    Attributes:
        reachable: whether the current staff reach the target share within the target time.
        current: the queue with the staff available answering.
        staff_needed: the smallest number of people who reach the target (no cap or shrinkage).
        alternatives: alternative promises, empty when the promise is reachable.
    """

    reachable: bool
    current: QueueFigures
    staff_needed: int
    alternatives: tuple[Alternative, ...]


def _first_step(
    steps: Sequence[timedelta],
    after: timedelta,
    level: Callable[[timedelta], float],
    target_share: float,
) -> tuple[timedelta, float] | None:
    for step in steps:
        if step > after and (reached := level(step)) >= target_share:
            return step, reached
    return None


def promise_check(
    calls_per_hour: float,
    aht: timedelta,
    target_share: float,
    target_time: timedelta,
    staff_available: int,
) -> PromiseCheck:
    """Check a phone promise against the people available, with alternatives when out of reach.

    The alternatives, in this order, each only when the staff reach it:

    - ``ANSWER_WITHIN``: the target share within the first of :data:`ANSWER_TIME_STEPS`
      (30 s up to 30 min) longer than the target time.
    - ``LOWER_SHARE``: the share the staff reach at the target time, rounded down to a whole
      percent (left out below 1 %).
    - ``CALL_BACK_WITHIN``: the target share called back within the first of
      :data:`CALL_BACK_STEPS` (1 to 8 business hours), taking a call-back queue to be served
      like the phone queue.
    - ``OFFICE_HOURS_ONLY``: always offered; the promise kept for office hours, calls outside
      them called back.

    With no more people than the load, only ``OFFICE_HOURS_ONLY`` remains: the queue grows
    without end, and only more people (``staff_needed``) help.

    Args:
        calls_per_hour: calls arriving per hour.
        aht: the average handling time.
        target_share: the promised share, above 0 and at most 1.
        target_time: the promised answer time.
        staff_available: the people who answer the phone.

    Returns:
        The check.

    Raises:
        ValueError: as :func:`staffing`, or negative staff.
    """
    _check_agents(staff_available)
    needed = staffing(calls_per_hour, aht, target_share, target_time)
    load = needed.load
    current = queue_figures(staff_available, load, aht, target_time)
    reachable = current.service_level >= target_share
    if reachable:
        return PromiseCheck(True, current, needed.productive, ())

    def level(within: timedelta) -> float:
        return erlang_service_level(staff_available, load, aht, within)

    alternatives: list[Alternative] = []
    if current.stable:
        longer = _first_step(ANSWER_TIME_STEPS, target_time, level, target_share)
        if longer is not None:
            within, reached = longer
            alternatives.append(
                Alternative(AlternativeKind.ANSWER_WITHIN, target_share, within, reached)
            )
        percent = math.floor(current.service_level * 100 + _WHOLE_TOLERANCE)
        if percent >= 1:
            alternatives.append(
                Alternative(
                    AlternativeKind.LOWER_SHARE,
                    percent / 100,
                    target_time,
                    current.service_level,
                )
            )
        call_back = _first_step(CALL_BACK_STEPS, _ZERO, level, target_share)
        if call_back is not None:
            within, reached = call_back
            alternatives.append(
                Alternative(AlternativeKind.CALL_BACK_WITHIN, target_share, within, reached)
            )
    alternatives.append(
        Alternative(AlternativeKind.OFFICE_HOURS_ONLY, target_share, target_time, None)
    )
    return PromiseCheck(False, current, needed.productive, tuple(alternatives))
