"""One complaint's service clock: its due times, their state, and why each is where it is.

The period figures over many complaints are in :mod:`policydesk.domain.compliance`; this module
answers the question a member of staff asks of one complaint: "when is it due, are we late,
and why is it due *then*?"::

    from policydesk.domain.service_clock import ClockInputs, ServiceRules, complaint_clock

    rules = ServiceRules(acknowledge_hours=4, resolve_days=2, follow_up_days=7, day_hours=8)
    clock = complaint_clock(calendar, ClockInputs(received=..., pauses=((start, end),)), rules,
                            now=datetime.now(zone))
    clock.current.state        # StepState.DUE_SOON
    clock.current.due          # Tue 11:00 in the calendar's zone
    clock.current.skipped      # Skipped(nights=True, closed_weekdays=(5, 6), ...)
    clock.current.paused       # timedelta(hours=2): waited for the customer

The rules, in plain words (Settings states them and the SLA prints them):

- **Three steps**, each with its own target, any of which may be unset:
  *acknowledge* within N business hours of receipt; *resolve* within N business days of
  receipt; *follow up* within N calendar days after the resolution.
- **A business day** is :attr:`ServiceRules.day_hours` of business time: the length of the
  business's usual open day. "Resolve within 2 business days" with 8-hour days is 16 business
  hours: received Monday 15:00, due Wednesday 15:00; received Friday 15:00, due Tuesday 15:00.
- **Waiting for the customer** stops the resolve clock (when the business has chosen so):
  what was left when the wait began is still left when it ends. A wait that begins after the
  due time changes nothing: the complaint was already late.
- **A reopened complaint** continues its clock from receipt: its resolve step is open again,
  already using the time it used before, and may be overdue at once.
- **Due soon** means a quarter or less of the step's target is left.
- **Met** and **missed** compare the clock time the step used with its target: finishing at
  the due instant itself is met, and so is finishing in the evening after a due time at
  closing, since no business time passed in between. The period figures count the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from policydesk.domain.calendar_days import Skipped

if TYPE_CHECKING:  # the clock brings numpy; this module is read when a file opens
    from policydesk.domain.businesshours import BusinessCalendar

DUE_SOON_SHARE: Final = 0.25  # due soon: this share of the target or less is left
_ZERO: Final = timedelta(0)
MAX_TARGET_HOURS: Final = 24 * 365  # a year of business hours: anything above is a typo
MAX_TARGET_DAYS: Final = 365


class Step(StrEnum):
    """The three steps a complaint's clock measures, in the order they happen."""

    ACKNOWLEDGE = "acknowledge"
    RESOLVE = "resolve"
    FOLLOW_UP = "follow_up"


class StepState(StrEnum):
    """Where a step stands against its target."""

    ON_TIME = "on_time"  # not done yet, more than a quarter of the time left
    DUE_SOON = "due_soon"  # not done yet, a quarter of the time or less left
    OVERDUE = "overdue"  # not done yet, the due time has passed
    PAUSED = "paused"  # waiting for the customer: the clock stands still
    MET = "met"  # done by the due time
    MISSED = "missed"  # done after the due time
    NOT_STARTED = "not_started"  # follow-up of a complaint not resolved yet

    @property
    def is_done(self) -> bool:
        """Whether the step is finished (met or missed)."""
        return self in (StepState.MET, StepState.MISSED)


@dataclass(frozen=True, slots=True)
class ServiceRules:
    """The targets that apply to one complaint (its category's, or the general ones).

    Attributes:
        acknowledge_hours: business hours from receipt to the first answer; None: no target.
        resolve_days: business days from receipt to the resolution; None: no target.
        follow_up_days: calendar days from the resolution to the follow-up; None: no target.
        day_hours: how many business hours make a business day (the usual open day).
        pause_while_waiting: whether waiting for the customer stops the resolve clock.
    """

    acknowledge_hours: float | None = None
    resolve_days: float | None = None
    follow_up_days: float | None = None
    day_hours: float = 8.0
    pause_while_waiting: bool = True

    def target(self, step: Step) -> timedelta | None:
        """The time the step is allowed: business time, or calendar time for the follow-up."""
        if step is Step.ACKNOWLEDGE and self.acknowledge_hours is not None:
            return timedelta(hours=self.acknowledge_hours)
        if step is Step.RESOLVE and self.resolve_days is not None:
            return timedelta(hours=self.resolve_days * self.day_hours)
        if step is Step.FOLLOW_UP and self.follow_up_days is not None:
            return timedelta(days=self.follow_up_days)
        return None

    @property
    def anything(self) -> bool:
        """Whether any target is set."""
        return any(
            value is not None
            for value in (self.acknowledge_hours, self.resolve_days, self.follow_up_days)
        )


@dataclass(frozen=True, slots=True)
class ClockInputs:
    """What the clock of one complaint is worked out from (aware datetimes).

    Attributes:
        received: when the complaint arrived.
        acknowledged: the first answer to the customer, if given.
        resolved: the resolution (the latest, if reopened), if resolved.
        followed_up: when the business checked back, if it has.
        pauses: the waits for the customer, oldest first: ``(start, end)``, end None while the
            complaint is still waiting.
    """

    received: datetime
    acknowledged: datetime | None = None
    resolved: datetime | None = None
    followed_up: datetime | None = None
    pauses: tuple[tuple[datetime, datetime | None], ...] = ()


@dataclass(frozen=True, slots=True)
class StepClock:
    """One step of a complaint's clock.

    Attributes:
        step: which step.
        state: where it stands.
        target: the time allowed (business time; calendar time for the follow-up).
        started: when the step's clock started (receipt, or the resolution for the follow-up).
        due: when the target runs out; None while paused (the due time is not known until
            the wait ends) or before the step has started.
        done: when the step was finished, if it was.
        used: the clock time the step has used (until done, or until now).
        left: the clock time left until due (negative: late by that much); None when done.
        paused: business time the clock stood still while waiting for the customer.
        skipped: what the time from start to due did not count (nights, closed days,
            holidays), for the explanation; from start to done or now while no due time is
            known.
    """

    step: Step
    state: StepState
    target: timedelta
    started: datetime | None
    due: datetime | None = None
    done: datetime | None = None
    used: timedelta = _ZERO
    left: timedelta | None = None
    paused: timedelta = _ZERO
    skipped: Skipped = field(default_factory=Skipped)


@dataclass(frozen=True, slots=True)
class HandlingTime:
    """How long a complaint took (or has taken so far), inside and outside office hours.

    Attributes:
        calendar: received until resolved (or until now, while open).
        inside: the part of it that fell inside office hours.
        outside: the part that fell outside them (nights, weekends, holidays).
        finished: whether the complaint is resolved (the figures are final).
    """

    calendar: timedelta
    inside: timedelta
    outside: timedelta
    finished: bool


@dataclass(frozen=True, slots=True)
class ComplaintClock:
    """All of one complaint's clock: each step with a target, and its handling time."""

    steps: tuple[StepClock, ...]
    handling: HandlingTime

    @property
    def current(self) -> StepClock | None:
        """The step to show in the log: the first unfinished one, else the resolve step.

        None when no target applies.
        """
        for clock in self.steps:
            if not clock.state.is_done and clock.state is not StepState.NOT_STARTED:
                return clock
        by_step = {clock.step: clock for clock in self.steps}
        return by_step.get(Step.RESOLVE) or (self.steps[-1] if self.steps else None)

    def step(self, step: Step) -> StepClock | None:
        """The clock of one step, None when it has no target."""
        return next((clock for clock in self.steps if clock.step is step), None)


def complaint_clock(
    calendar: BusinessCalendar, inputs: ClockInputs, rules: ServiceRules, *, now: datetime
) -> ComplaintClock:
    """Work out a complaint's clock as it stands at ``now``.

    Instants after ``now`` have not happened yet (a resolution typed for later counts as not
    done), so the clock never runs ahead of the present.

    Raises:
        ValueError: naive datetimes.
    """
    for name, moment in (("received", inputs.received), ("now", now)):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"{name} must be an aware datetime, got {moment!r}")
    resolved = _happened(inputs.resolved, now)
    steps: list[StepClock] = []
    acknowledge = rules.target(Step.ACKNOWLEDGE)
    if acknowledge is not None:
        steps.append(
            _business_step(
                calendar,
                Step.ACKNOWLEDGE,
                acknowledge,
                inputs.received,
                _happened(inputs.acknowledged, now),
                (),
                now,
            )
        )
    resolve = rules.target(Step.RESOLVE)
    if resolve is not None:
        pauses = _pauses(inputs, now) if rules.pause_while_waiting else ()
        steps.append(
            _business_step(calendar, Step.RESOLVE, resolve, inputs.received, resolved, pauses, now)
        )
    follow_up = rules.target(Step.FOLLOW_UP)
    if follow_up is not None:
        steps.append(_follow_up_step(follow_up, resolved, _happened(inputs.followed_up, now), now))
    return ComplaintClock(tuple(steps), handling_time(calendar, inputs.received, resolved, now))


def handling_time(
    calendar: BusinessCalendar, received: datetime, resolved: datetime | None, now: datetime
) -> HandlingTime:
    """Received until resolved (or now), split into time inside and outside office hours."""
    end = max(resolved if resolved is not None else now, received)
    inside = calendar.elapsed(received, end)
    total = end - received
    return HandlingTime(total, inside, total - inside, resolved is not None)


def _happened(moment: datetime | None, now: datetime) -> datetime | None:
    return moment if moment is not None and moment <= now else None


def _pauses(inputs: ClockInputs, now: datetime) -> list[tuple[datetime, datetime | None]]:
    """The waits, clipped to what has happened, from receipt on, oldest first."""
    kept: list[tuple[datetime, datetime | None]] = []
    for start, end in sorted(inputs.pauses, key=lambda pause: pause[0]):
        begin = max(start, inputs.received)
        if begin > now:
            continue
        finish = None if end is None or end > now else max(end, begin)
        kept.append((begin, finish))
    return kept


def _business_step(  # noqa: PLR0917 (one step's inputs, in the order they happen)
    calendar: BusinessCalendar,
    step: Step,
    target: timedelta,
    started: datetime,
    done: datetime | None,
    pauses: Sequence[tuple[datetime, datetime | None]],
    now: datetime,
) -> StepClock:
    """A step counted in business time from ``started``, the clock stopped during ``pauses``."""
    due: datetime | None = calendar.add(started, target)
    paused = _ZERO
    waiting_since: datetime | None = None
    end = done or now
    for pause_start, pause_end in pauses:
        if due is None or pause_start >= end:
            break
        if pause_start >= due:
            # Late already when the wait began: the wait does not make it less late, but the
            # time spent waiting is not counted as handling time either.
            paused += calendar.elapsed(pause_start, pause_end or end)
            continue
        left_then = calendar.elapsed(pause_start, due)
        if pause_end is None or pause_end > end:
            paused += calendar.elapsed(pause_start, end)
            waiting_since = pause_start
            due = None if pause_end is None else calendar.add(pause_end, left_then)
            break
        paused += calendar.elapsed(pause_start, pause_end)
        due = calendar.add(pause_end, left_then)
    used = calendar.elapsed(started, end) - paused
    if done is not None:
        late = used > target
        return StepClock(
            step=step,
            state=StepState.MISSED if late else StepState.MET,
            target=target,
            started=started,
            due=due,
            done=done,
            used=used,
            paused=paused,
            skipped=calendar.skipped(started, due if due is not None else done),
        )
    left = target - used
    if waiting_since is not None:
        state = StepState.PAUSED
    elif due is not None and now >= due:
        state = StepState.OVERDUE
    elif left <= target * DUE_SOON_SHARE:
        state = StepState.DUE_SOON
    else:
        state = StepState.ON_TIME
    return StepClock(
        step=step,
        state=state,
        target=target,
        started=started,
        due=due,
        used=used,
        left=left,
        paused=paused,
        skipped=calendar.skipped(started, due if due is not None else now),
    )


def _follow_up_step(
    target: timedelta, resolved: datetime | None, done: datetime | None, now: datetime
) -> StepClock:
    """The follow-up: calendar time from the resolution."""
    if resolved is None:
        return StepClock(Step.FOLLOW_UP, StepState.NOT_STARTED, target, None)
    due = resolved + target
    if done is not None:
        done = max(done, resolved)
        return StepClock(
            Step.FOLLOW_UP,
            StepState.MISSED if done > due else StepState.MET,
            target,
            resolved,
            due=due,
            done=done,
            used=done - resolved,
        )
    used = now - resolved
    left = target - used
    if now >= due:
        state = StepState.OVERDUE
    elif left <= target * DUE_SOON_SHARE:
        state = StepState.DUE_SOON
    else:
        state = StepState.ON_TIME
    return StepClock(Step.FOLLOW_UP, state, target, resolved, due=due, used=used, left=left)
