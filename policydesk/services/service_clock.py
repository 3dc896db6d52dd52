"""Service targets and the service clock of the complaints (Settings → Service targets).

The owner sets, and this service keeps in the file:

- the general targets: acknowledge within N business hours, resolve within N business days,
  follow up within N days after the resolution (each may be left unset);
- targets of its own for any category ("a broken product is resolved within 1 day");
- whether waiting for the customer stops the clock.

From them, the office hours (:class:`~policydesk.services.office_hours.OfficeHoursService`)
and the complaints' recorded times it works out each complaint's clock
(:meth:`ServiceClockService.clock`, :meth:`ServiceClockService.clocks`: due times, states and
what the explanation needs) and the figures of a period (:meth:`ServiceClockService.period`).

The waits for the customer are read from the status history that every status change writes
(into and out of "waiting"), so no separate record can disagree with it. A business without
office hours has every hour counted (and Settings says so), as helpdesks do without a schedule.
"""

from __future__ import annotations

import math
import re
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from policydesk.domain.calendar_days import ExceptionKind, span_minutes
from policydesk.domain.changes import Changes
from policydesk.domain.complaints import ComplaintStatus
from policydesk.domain.problems import Outcome as ChangeOutcome
from policydesk.domain.problems import Problem
from policydesk.domain.service_clock import (
    MAX_TARGET_DAYS,
    MAX_TARGET_HOURS,
    ClockInputs,
    ComplaintClock,
    ServiceRules,
    complaint_clock,
)
from policydesk.domain.settings import SettingKey
from policydesk.services.office_hours import OfficeHoursService, parse_time
from policydesk.storage.engine import Sessions
from policydesk.storage.repositories import read_setting, write_setting
from policydesk.storage.schema import Complaint, ComplaintCategory, ServiceTarget
from policydesk.storage.types import read_stored, stored_text

if TYPE_CHECKING:
    from policydesk.domain.businesshours import BusinessCalendar
    from policydesk.domain.compliance import ComplianceFigures

Clock = Callable[[], datetime]

_DEFAULT_DAY_HOURS: Final = 8.0
_NUMBER: Final = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
_WAITING: Final = ComplaintStatus.WAITING.value
_JULIAN_EPOCH: Final = 2440587.5  # julianday('1970-01-01')
_SECONDS_PER_DAY: Final = 86400.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


class TargetProblemCode(StrEnum):
    """What stops a change to the service targets; the user interface words each one."""

    NOT_A_NUMBER = "not_a_number"  # params: value
    NOT_POSITIVE = "not_positive"  # zero or less: leave the field empty for "no target"
    TOO_BIG = "too_big"  # params: max
    UNKNOWN_CATEGORY = "unknown_category"


# Fields: ``acknowledge_hours``, ``resolve_days``, ``follow_up_days``, ``category``.
TargetProblem = Problem[TargetProblemCode]
Outcome = ChangeOutcome[TargetProblem]


@dataclass(frozen=True, slots=True)
class TargetSetting:
    """The targets of all complaints (``category_id`` None) or of one category."""

    category_id: int | None
    category: str  # the category's name ('' for the general targets)
    acknowledge_hours: float | None
    resolve_days: float | None
    follow_up_days: float | None


@dataclass(frozen=True, slots=True)
class ClockSettings:
    """Everything Settings → Service targets shows.

    Attributes:
        general: the targets of every complaint without targets of its category's own.
        categories: the categories with targets of their own, by category order.
        pause_while_waiting: whether waiting for the customer stops the clock.
        day_hours: business hours in a business day (the business's usual open day).
        hours_set: whether office hours are set (without them every hour counts).
    """

    general: TargetSetting
    categories: tuple[TargetSetting, ...]
    pause_while_waiting: bool
    day_hours: float
    hours_set: bool


@dataclass(frozen=True, slots=True)
class ClockView:
    """One complaint's clock with what its explanation needs.

    Attributes:
        clock: due times, states, paused and skipped time, handling time.
        closed_days: names of the closed dates the clock skipped (holidays, own closed days).
        hours_set: False when every hour counts because no office hours are set.
        zone: the business's time zone (due times are shown in it).
    """

    clock: ComplaintClock
    closed_days: Mapping[date, str]
    hours_set: bool
    zone: zoneinfo.ZoneInfo


class ServiceClockService:
    """Service targets and the clock of one open file's complaints.

    Args:
        sessions: the file's sessions.
        office_hours: the office hours the clock counts in.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(
        self, sessions: Sessions, office_hours: OfficeHoursService, clock: Clock = _utcnow
    ) -> None:
        self._sessions = sessions
        self._office_hours = office_hours
        self._clock = clock

    def now(self) -> datetime:
        """The current instant, as the service sees it."""
        return self._clock()

    # ------------------------------------------------------------------ targets

    def settings(self) -> ClockSettings:
        """The targets, the pause rule and how long a business day is."""
        week = self._office_hours.weekly()
        with self._sessions.read() as session:
            general, categories = _targets(session)
            pause = read_setting(session, SettingKey.PAUSE_WHILE_WAITING)
        return ClockSettings(
            general=general,
            categories=tuple(categories),
            pause_while_waiting=pause is not False,
            day_hours=day_hours(week),
            hours_set=any(week.values()),
        )

    def set_targets(
        self,
        category_id: int | None,
        acknowledge_hours: object,
        resolve_days: object,
        follow_up_days: object,
    ) -> Outcome:
        """Set the general targets (``category_id`` None) or a category's own.

        Each value is a number, a text such as ``"4"`` or ``"1,5"``, or None / empty for no
        target. All three are stored, or none.
        """
        values: dict[str, float | None] = {}
        problems: list[TargetProblem] = []
        for name, value, limit in (
            ("acknowledge_hours", acknowledge_hours, MAX_TARGET_HOURS),
            ("resolve_days", resolve_days, MAX_TARGET_DAYS),
            ("follow_up_days", follow_up_days, MAX_TARGET_DAYS),
        ):
            number, problem = target_value(value, name, limit)
            values[name] = number
            if problem is not None:
                problems.append(problem)
        if problems:
            return Outcome(tuple(problems))
        with self._sessions.write() as session:
            if category_id is not None and session.get(ComplaintCategory, category_id) is None:
                return Outcome((TargetProblem(TargetProblemCode.UNKNOWN_CATEGORY, "category"),))
            row = _target_row(session, category_id)
            if row is None:
                row = ServiceTarget(category_id=category_id)
                session.add(row)
            row.acknowledge_hours = values["acknowledge_hours"]
            row.resolve_days = values["resolve_days"]
            row.followup_days = values["follow_up_days"]
        return Outcome(changes=Changes(settings=True))

    def remove_targets(self, category_id: int) -> Outcome:
        """Let a category use the general targets again."""
        with self._sessions.write() as session:
            session.execute(delete(ServiceTarget).where(ServiceTarget.category_id == category_id))
        return Outcome(changes=Changes(settings=True))

    def set_pause_while_waiting(self, pause: bool) -> Outcome:
        """Choose whether waiting for the customer stops the clock."""
        with self._sessions.write() as session:
            write_setting(session, SettingKey.PAUSE_WHILE_WAITING, bool(pause))
        return Outcome(changes=Changes(settings=True))

    # ------------------------------------------------------------------ clocks

    def calendar(self) -> BusinessCalendar:
        """The calendar the clock counts in: the office hours, or every hour without them."""
        if any(self._office_hours.weekly().values()):
            return self._office_hours.calendar()
        return _all_hours(self._office_hours.timezone())

    def clock(self, complaint_id: int) -> ClockView | None:
        """One complaint's clock as it stands now; None when there is no such complaint."""
        found = self.clocks([complaint_id])
        return found.get(complaint_id)

    def clocks(self, complaint_ids: Sequence[int]) -> dict[int, ClockView]:
        """The clocks of some complaints (the rows the log shows), by id."""
        ids = list(dict.fromkeys(complaint_ids))
        if not ids:
            return {}
        settings = self.settings()
        calendar = self.calendar()
        now = self._clock()
        zone = _zone(calendar)
        with self._sessions.read() as session:
            rows = session.execute(
                select(
                    Complaint.id,
                    Complaint.category_id,
                    Complaint.received_at,
                    Complaint.acknowledged_at,
                    Complaint.resolved_at,
                    Complaint.followed_up_at,
                ).where(Complaint.id.in_(ids))
            ).all()
            pauses = _pauses(session, ids)
        rules = _rules(settings)
        names = _closed_day_names(self._office_hours) if settings.hours_set else None
        found: dict[int, ClockView] = {}
        for row in rows:
            clock = complaint_clock(
                calendar,
                ClockInputs(
                    received=row.received_at,
                    acknowledged=row.acknowledged_at,
                    resolved=row.resolved_at,
                    followed_up=row.followed_up_at,
                    pauses=tuple(pauses.get(row.id, ())),
                ),
                rules.get(row.category_id, rules[None]),
                now=now,
            )
            skipped = {day for step in clock.steps for day in step.skipped.closed_dates}
            found[row.id] = ClockView(
                clock=clock,
                closed_days={day: names(day) for day in sorted(skipped)} if names else {},
                hours_set=settings.hours_set,
                zone=zone,
            )
        return found

    # ------------------------------------------------------------------ a period's figures

    def period(self, first: date, last: date) -> ComplianceFigures:
        """The figures of the complaints received from ``first`` to ``last`` (local dates).

        Share of complaints acknowledged, resolved and followed up within target; median and
        90th percentile handling time in business and calendar hours; the same per month.
        Deleted complaints are left out.
        """
        import numpy as np

        from policydesk.domain.compliance import ComplaintTimes, Targets, compliance

        if last < first:
            first, last = last, first
        settings = self.settings()
        calendar = self.calendar()
        zone = _zone(calendar)
        start = datetime.combine(first, time(), zone)
        end = datetime.combine(last + timedelta(days=1), time(), zone)
        now = self._clock()
        with self._sessions.read() as session:
            columns = _period_rows(session, start, end)
            waits = _period_waits(session, start, end) if settings.pause_while_waiting else []
        ids = columns[:, 0].astype(np.int64)
        received, acknowledged, resolved, followed_up = (columns[:, i] for i in range(2, 6))
        paused = _paused_seconds(
            calendar,
            ids=ids,
            received=received,
            resolved=resolved,
            waits=waits,
            now=now.timestamp(),
        )
        rules = _rules(settings)
        category = columns[:, 1]
        targets = Targets(
            acknowledge=_per_complaint(rules, category, "acknowledge_hours", 3600.0),
            resolve=_per_complaint(rules, category, "resolve_days", 3600.0 * settings.day_hours),
            follow_up=_per_complaint(rules, category, "follow_up_days", _SECONDS_PER_DAY),
            follow_up_calendar=True,
        )
        return compliance(
            calendar,
            ComplaintTimes(
                received=received,
                acknowledged=acknowledged,
                resolved=resolved,
                followed_up=followed_up,
                paused=paused,
            ),
            targets,
            start=start,
            end=end,
            as_of=now,
        )


# ---------------------------------------------------------------------------- the rules


def day_hours(week: Mapping[int, Sequence[tuple[str, str]]]) -> float:
    """Business hours in a business day: the length of the business's usual open day.

    The open time of each weekday that has hours; the most common length wins (the longer of
    two equally common ones). Without office hours a day is 24 hours; if the weekly hours
    cannot be read, 8.
    """
    lengths: list[float] = []
    for intervals in week.values():
        minutes = 0
        for opens, closes in intervals:
            start = parse_time(opens)
            end = parse_time(closes, closing=True)
            if start is None or end is None:
                continue
            minutes += span_minutes(start, end)
        if minutes:
            lengths.append(round(minutes / 60, 4))
    if not lengths:
        return 24.0 if not any(week.values()) else _DEFAULT_DAY_HOURS
    counted = Counter(lengths)
    return max(counted, key=lambda length: (counted[length], length))


def target_value(
    value: object, field: str, limit: float
) -> tuple[float | None, TargetProblem | None]:
    """A target as typed: a positive number up to ``limit``, or None for no target."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    number = _number(value)
    problem: TargetProblem | None = None
    if number is None:
        shown = value.strip()[:40] if isinstance(value, str) else type(value).__name__
        problem = TargetProblem(TargetProblemCode.NOT_A_NUMBER, field, (("value", shown),))
    elif number <= 0:
        problem = TargetProblem(TargetProblemCode.NOT_POSITIVE, field)
    elif number > limit:
        problem = TargetProblem(TargetProblemCode.TOO_BIG, field, (("max", int(limit)),))
    return (None, problem) if problem is not None else (number, None)


def _number(value: object) -> float | None:
    """A finite number from a number or a text written with a decimal point or comma."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        written = value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
        if not _NUMBER.fullmatch(written):
            return None
        number = float(written)  # digits only: too many of them is infinity, "too big"
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        return None
    return None if math.isnan(number) else number


def _targets(session: Session) -> tuple[TargetSetting, list[TargetSetting]]:
    general = TargetSetting(None, "", None, None, None)
    own: list[TargetSetting] = []
    found = session.execute(
        select(ServiceTarget, ComplaintCategory.name)
        .outerjoin(ComplaintCategory, ComplaintCategory.id == ServiceTarget.category_id)
        .order_by(ComplaintCategory.position, ServiceTarget.id)
    ).all()
    for row, name in found:
        setting = TargetSetting(
            row.category_id, name or "", row.acknowledge_hours, row.resolve_days, row.followup_days
        )
        if row.category_id is None:
            general = setting  # kept single by set_targets; the first one read wins
        else:
            own.append(setting)
    return general, own


def _target_row(session: Session, category_id: int | None) -> ServiceTarget | None:
    condition = (
        ServiceTarget.category_id.is_(None)
        if category_id is None
        else ServiceTarget.category_id == category_id
    )
    return session.scalars(
        select(ServiceTarget).where(condition).order_by(ServiceTarget.id)
    ).first()


def _rules(settings: ClockSettings) -> dict[int | None, ServiceRules]:
    def rules(target: TargetSetting) -> ServiceRules:
        return ServiceRules(
            acknowledge_hours=target.acknowledge_hours,
            resolve_days=target.resolve_days,
            follow_up_days=target.follow_up_days,
            day_hours=settings.day_hours,
            pause_while_waiting=settings.pause_while_waiting,
        )

    found: dict[int | None, ServiceRules] = {None: rules(settings.general)}
    for target in settings.categories:
        found[target.category_id] = rules(target)
    return found


def _per_complaint(
    rules: Mapping[int | None, ServiceRules], category: Any, name: str, unit: float
) -> Any:
    """Each complaint's target in seconds (NaN: none), by its category."""
    import numpy as np

    def seconds(rule: ServiceRules) -> float:
        value = getattr(rule, name)
        return math.nan if value is None else float(value) * unit

    result = np.full(category.shape, seconds(rules[None]))
    for category_id, rule in rules.items():
        if category_id is not None:
            result[category == category_id] = seconds(rule)
    return result


# ---------------------------------------------------------------------------- reading


def _zone(calendar: BusinessCalendar) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(calendar.zone_name)


_ALL_HOURS: dict[str, BusinessCalendar] = {}


def _all_hours(zone: str) -> BusinessCalendar:
    """Every hour of every day open: the clock of a business without office hours."""
    found = _ALL_HOURS.get(zone)
    if found is None:
        from policydesk.domain.businesshours import BusinessCalendar

        found = BusinessCalendar(tz=zone, weekly={day: [("00:00", "00:00")] for day in range(7)})
        _ALL_HOURS[zone] = found
    return found


def _pauses(
    session: Session, complaint_ids: Sequence[int]
) -> dict[int, list[tuple[datetime, datetime | None]]]:
    """The waits for the customer of some complaints, from their status history."""
    found: dict[int, list[tuple[datetime, datetime | None]]] = {}
    for chunk in _chunks(complaint_ids, 500):
        marks = ", ".join("?" * len(chunk))
        rows = session.connection().exec_driver_sql(
            "SELECT complaint_id, changed_at, new_value = ? FROM complaint_change "
            f"WHERE {_WAIT_CHANGES} AND complaint_id IN ({marks}) "
            "ORDER BY complaint_id, changed_at, id",
            (_WAITING, *chunk),
        )
        for complaint_id, changed_at, into in rows:
            _add_mark(found.setdefault(complaint_id, []), read_stored(changed_at), bool(into))
    return found


_WAIT_CHANGES: Final = (
    "field = 'status' AND (old_value = 'waiting' OR new_value = 'waiting')"  # = the index's
)


def _add_mark(waits: list[tuple[datetime, datetime | None]], moment: datetime, into: bool) -> None:
    """Add a change into (``into``) or out of waiting to a complaint's list of waits."""
    if into:
        if not waits or waits[-1][1] is not None:
            waits.append((moment, None))
    elif waits and waits[-1][1] is None:
        waits[-1] = (waits[-1][0], moment)


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _period_rows(session: Session, start: datetime, end: datetime) -> Any:
    """The period's complaints as an (N, 6) float array, NaN where unset.

    Columns: id, category, then received, acknowledged, resolved and followed up in seconds
    since 1970; the complaints received in ``[start, end)``. Read with the driver's own
    ``fetchall`` straight into numpy: SQLAlchemy's row objects would take seconds more.
    """
    import numpy as np

    driver = session.connection().connection.driver_connection
    assert driver is not None
    seconds = f"- {_JULIAN_EPOCH}) * {_SECONDS_PER_DAY}"
    rows = driver.execute(
        "SELECT id, category_id, "
        f"(julianday(received_at) {seconds}, (julianday(acknowledged_at) {seconds}, "
        f"(julianday(resolved_at) {seconds}, (julianday(followed_up_at) {seconds} "
        "FROM complaint WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ?",
        (stored_text(start), stored_text(end)),
    ).fetchall()
    return np.array(rows, dtype=np.float64).reshape(len(rows), 6)  # None becomes NaN


def _period_waits(
    session: Session, start: datetime, end: datetime
) -> list[tuple[int, float, bool]]:
    """``(complaint, seconds, into waiting)`` of the period's complaints, in order."""
    found = session.connection().exec_driver_sql(
        f"SELECT c.complaint_id, (julianday(c.changed_at) - {_JULIAN_EPOCH}) * {_SECONDS_PER_DAY}, "
        "c.new_value = ? FROM complaint_change AS c JOIN complaint AS k ON k.id = c.complaint_id "
        "WHERE c.field = 'status' AND (c.old_value = 'waiting' OR c.new_value = 'waiting') "
        "AND k.deleted_at IS NULL AND k.received_at >= ? AND k.received_at < ? "
        "ORDER BY c.complaint_id, c.changed_at, c.id",
        (_WAITING, stored_text(start), stored_text(end)),
    )
    return [(int(row[0]), float(row[1]), bool(row[2])) for row in found]


def _paused_seconds(
    calendar: BusinessCalendar,
    *,
    ids: Any,
    received: Any,
    resolved: Any,
    waits: Sequence[tuple[int, float, bool]],
    now: float,
) -> Any:
    """Business seconds each complaint waited for the customer before it was resolved."""
    import numpy as np

    paused = np.zeros(len(ids))
    if not waits:
        return paused
    index = {int(complaint): position for position, complaint in enumerate(ids)}
    owners: list[int] = []
    starts: list[float] = []
    ends: list[float] = []
    open_since: dict[int, float] = {}
    for complaint, moment, into in waits:
        if into:
            open_since.setdefault(complaint, moment)
        elif complaint in open_since:
            owners.append(index[complaint])
            starts.append(open_since.pop(complaint))
            ends.append(moment)
    for complaint, moment in open_since.items():
        owners.append(index[complaint])
        starts.append(moment)
        ends.append(math.nan)
    where = np.array(owners, dtype=np.int64)
    done = np.where(np.isnan(resolved[where]), now, resolved[where])
    begin = np.maximum(np.array(starts), received[where])
    finish = np.minimum(np.where(np.isnan(ends), now, ends), done)
    finish = np.maximum(finish, begin)
    seconds = calendar.elapsed_many(begin, finish)
    np.add.at(paused, where, seconds)
    return paused


def _closed_day_names(office_hours: OfficeHoursService) -> Callable[[date], str]:
    """Names the closed dates a clock skipped: a holiday's name, or the owner's note."""
    cache: dict[int, dict[date, str]] = {}

    def name(day: date) -> str:
        year = cache.get(day.year)
        if year is None:
            year = {holiday.day: holiday.name for holiday in office_hours.holidays([day.year])}
            for item in office_hours.exceptions(day.year):
                if item.kind is ExceptionKind.CLOSED:
                    year[item.day] = item.note or year.get(item.day, "")
            cache[day.year] = year
        return year.get(day, "")

    return name
