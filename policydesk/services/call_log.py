"""Phone figures from a phone system's call log: preview, figures for a goal, import.

The file format is described in :mod:`policydesk.export.call_log_csv`. Three steps, each its
own unit of work:

- :meth:`CallLogService.preview` reads the file and says how many rows it holds, the period
  its calls cover and every bad row with its reason. Nothing is stored.
- :meth:`CallLogService.figures` computes the phone figures with a goal's rule for abandoned
  calls (:func:`~policydesk.domain.contact_centre.treatment_for_rule` of its
  ``abandoned_rule``, its ``threshold_seconds`` and ``short_abandon_seconds``), for the calls
  that arrived in office hours and for those after hours (by the service clock's calendar,
  every hour open when no office hours are set). A goal without a rule counts abandoned calls
  as missed (the strictest rule).
- :meth:`CallLogService.import_as_measurement` stores the office-hours service level in percent
  with one decimal as the goal's value for a period, source ``IMPORTED``, the file's name in the
  source note. All or nothing: a file with any bad row, or any call outside the period, is
  refused and nothing is stored. The office-hours figure is the one stored because a phone
  promise is kept while someone is there to answer; after-hours calls are in
  :meth:`figures` for the owner to see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from policydesk.domain.changes import Changes
from policydesk.domain.contact_centre import (
    AbandonTreatment,
    OfficeHoursFigures,
    PhoneFigures,
    figures_by_office_hours,
    phone_figures,
    treatment_for_rule,
)
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import AbandonedCallRule, MeasurementSource
from policydesk.export.call_log_csv import (
    CallLog,
    CallLogProblem,
    CallLogProblemCode,
    read_call_log,
)
from policydesk.services.goals import GoalProblem, GoalProblemCode, GoalsService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.service_clock import ServiceClockService
from policydesk.storage.engine import Sessions
from policydesk.storage.schema import Goal

Clock = Callable[[], datetime]
_DEFAULT_RULE = AbandonedCallRule.MISSED


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class CallLogPreview:
    """What a call log holds, before anything is stored.

    Attributes:
        rows: the data rows read (good and bad).
        calls: the calls read from the good rows.
        first: the earliest arrival, in the business's time zone (None without calls).
        last: the latest arrival, in the business's time zone (None without calls).
        problems: every bad row (and what is wrong with the file as a whole, row 0).
        encoding: the codec that reads the file ('' when it is not text).
        separator: the column separator.
    """

    rows: int
    calls: int
    first: datetime | None
    last: datetime | None
    problems: tuple[CallLogProblem, ...]
    encoding: str = ""
    separator: str = ""

    @property
    def ok(self) -> bool:
        """Whether every row can be imported."""
        return not self.problems

    @property
    def first_day(self) -> date | None:
        """The local date of the earliest call."""
        return None if self.first is None else self.first.date()

    @property
    def last_day(self) -> date | None:
        """The local date of the latest call."""
        return None if self.last is None else self.last.date()


@dataclass(frozen=True, slots=True)
class GoalRule:
    """How a goal counts its calls.

    Attributes:
        rule: the goal's rule for abandoned calls (``MISSED`` when it has none).
        treatment: the treatment the rule stands for.
        threshold: the promised answer time.
        short_abandon: the short-abandon time, if the goal has one.
    """

    rule: AbandonedCallRule
    treatment: AbandonTreatment
    threshold: timedelta
    short_abandon: timedelta | None


@dataclass(frozen=True, slots=True)
class CallLogFigures:
    """A call log's phone figures for a goal, or why there are none.

    Attributes:
        preview: what the file holds.
        problems: what stops the figures for the goal (unknown goal, no answer time...).
        rule: how the goal counts calls (None when it cannot).
        by_hours: the figures for office hours and after hours (None with any problem or bad
            row).
        overall: the figures of every call (None likewise).
    """

    preview: CallLogPreview
    problems: tuple[GoalProblem, ...] = ()
    rule: GoalRule | None = None
    by_hours: OfficeHoursFigures | None = None
    overall: PhoneFigures | None = None

    @property
    def ok(self) -> bool:
        """Whether the figures are there."""
        return self.by_hours is not None


@dataclass(frozen=True, slots=True)
class CallLogImport:
    """What an import did: the problems that stopped it (nothing stored), or what it stored.

    Attributes:
        rows: the bad rows (and file problems) that refused the file.
        problems: what stopped it on the goal's side (unknown goal, no calls, period taken...).
        changes: what changed (``goals`` when a value was stored).
        measurement_id: the stored measurement.
        value: the service level stored, in percent with one decimal.
    """

    rows: tuple[CallLogProblem, ...] = ()
    problems: tuple[GoalProblem, ...] = ()
    changes: Changes = field(default_factory=Changes)
    measurement_id: int | None = None
    value: float | None = None

    @property
    def ok(self) -> bool:
        """Whether the value was stored."""
        return not self.rows and not self.problems


class CallLogService:
    """Reads call logs and turns them into a goal's phone figures and measurements.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._office_hours = OfficeHoursService(sessions, clock)
        self._service_clock = ServiceClockService(sessions, self._office_hours, clock)
        self._goals = GoalsService(sessions, clock)

    # ------------------------------------------------------------------ reading

    def preview(self, path: Path) -> CallLogPreview:
        """The rows a call log holds, the period they cover and its bad rows; nothing stored.

        Raises:
            UserFacingError: the file cannot be read.
        """
        return self._preview(self._read(path))

    def figures(self, path: Path, goal_id: int) -> CallLogFigures:
        """The phone figures of a call log by a goal's rule, split by office hours.

        Raises:
            UserFacingError: the file cannot be read.
        """
        log = self._read(path)
        return self._figures(log, goal_id)

    # ------------------------------------------------------------------ storing

    def import_as_measurement(
        self,
        path: Path,
        goal_id: int,
        period_start: date,
        period_end: date,
        *,
        replace: bool = False,
        note: str = "",
        by: int | None = None,
    ) -> CallLogImport:
        """Store a call log's office-hours service level as a goal's value for a period.

        All or nothing: a file with a bad row, or with a call outside the period (local
        dates, both ends included), is refused and nothing is stored.

        Args:
            path: the call log.
            goal_id: the goal.
            period_start: the period's first day.
            period_end: the period's last day.
            replace: replace the value already recorded for exactly this period.
            note: anything worth knowing about the figure.
            by: the person importing it.

        Raises:
            UserFacingError: the file cannot be read.
        """
        log = self._read(path)
        outside = tuple(
            CallLogProblem(
                item.row,
                CallLogProblemCode.OUTSIDE_PERIOD,
                "arrived",
                (("value", item.call.arrived.isoformat(sep=" ")),),
            )
            for item in log.calls
            if not period_start <= item.call.arrived.date() <= period_end
        )
        if log.problems or outside:
            rows = tuple(sorted((*log.problems, *outside), key=lambda problem: problem.row))
            return CallLogImport(rows=rows)
        found = self._figures(log, goal_id)
        if found.problems:
            return CallLogImport(problems=found.problems)
        assert found.by_hours is not None
        share = found.by_hours.office_hours.service_level.share
        if share is None:
            problem = GoalProblem(GoalProblemCode.NOTHING_TO_COMPUTE, "value")
            return CallLogImport(problems=(problem,))
        value = round(share * 100, 1)
        outcome = self._goals.record_measurement(
            goal_id,
            period_start,
            period_end,
            value,
            source=MeasurementSource.IMPORTED,
            source_note=path.name,
            note=note,
            by=by,
            replace=replace,
        )
        if not outcome.ok:
            return CallLogImport(problems=outcome.problems)
        return CallLogImport(changes=outcome.changes, measurement_id=outcome.id, value=value)

    # ------------------------------------------------------------------ helpers

    def _read(self, path: Path) -> CallLog:
        zone = ZoneInfo(self._office_hours.timezone())
        try:
            log = read_call_log(path, zone)
        except OSError as exc:
            raise UserFacingError(ErrorCode.IO_ERROR, path, {"detail": exc.strerror}) from exc
        return log

    def _preview(self, log: CallLog) -> CallLogPreview:
        zone = ZoneInfo(self._office_hours.timezone())
        first, last = log.first, log.last
        return CallLogPreview(
            rows=log.rows,
            calls=len(log.calls),
            first=None if first is None else first.astimezone(zone),
            last=None if last is None else last.astimezone(zone),
            problems=log.problems,
            encoding=log.encoding,
            separator=log.separator,
        )

    def _figures(self, log: CallLog, goal_id: int) -> CallLogFigures:
        preview = self._preview(log)
        rule, problems = self._rule(goal_id)
        if rule is None or log.problems:
            return CallLogFigures(preview, problems, rule)
        calls = [item.call for item in log.calls]
        calendar = self._service_clock.calendar()
        by_hours = figures_by_office_hours(
            calls, calendar.is_open, rule.threshold, rule.treatment, rule.short_abandon
        )
        overall = phone_figures(calls, rule.threshold, rule.treatment, rule.short_abandon)
        return CallLogFigures(preview, (), rule, by_hours, overall)

    def _rule(self, goal_id: int) -> tuple[GoalRule | None, tuple[GoalProblem, ...]]:
        with self._sessions.read() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                return None, (GoalProblem(GoalProblemCode.UNKNOWN_GOAL, "goal"),)
            stored_rule, threshold, short = (
                goal.abandoned_rule,
                goal.threshold_seconds,
                goal.short_abandon_seconds,
            )
        rule = _DEFAULT_RULE if stored_rule is None else AbandonedCallRule(stored_rule)
        treatment = treatment_for_rule(rule)
        problems: list[GoalProblem] = []
        if threshold is None or threshold < 0:
            problems.append(GoalProblem(GoalProblemCode.NOT_COMPUTABLE, "threshold_seconds"))
        if (short is not None and short < 0) or (short is None and treatment.needs_short_abandon):
            problems.append(GoalProblem(GoalProblemCode.NOT_COMPUTABLE, "short_abandon_seconds"))
        if problems:
            return None, tuple(problems)
        assert threshold is not None
        return GoalRule(
            rule=rule,
            treatment=treatment,
            threshold=timedelta(seconds=threshold),
            short_abandon=None if short is None else timedelta(seconds=short),
        ), ()
