"""What the policy holds: every answer the wizard asks for, and the rules for each.

The owner's answers are kept as text under a stable key (``mission.who_we_are``,
``areas.speed``, ``today.people``); :data:`POLICY_FIELDS` declares every key once, with the step
it belongs to and the kind of answer it takes, so the wizard, the checks, the snapshot of an
approved version and the comparison of two versions all read the same list. Lists that do not
fit one key (the channels, the findings about customers' needs, the three top problems and the
goals) have their own frozen dataclasses.

Validation is pure: :func:`check_field`, :func:`check_goal` and friends return problems (codes
and parameters) and never raise for what a user typed; the user interface words them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from policydesk.domain.capacity import (
    MAX_CONTACTS_PER_PERSON,
    MAX_COUNT,
    MAX_DAYS_PER_WEEK,
    MAX_HOURS_PER_DAY,
    MAX_PEOPLE,
    MIN_DAYS_PER_WEEK,
)
from policydesk.domain.complaints import Channel
from policydesk.domain.goals import AbandonedCallRule, Cadence, Direction, GoalTemplate
from policydesk.domain.policy import (
    Decider,
    FieldKind,
    FindingSource,
    InflowPeriod,
    NeedsPeriod,
    PlatformFit,
    PolicyArea,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_words import VISION_WORD_LIMIT, vision_too_long, word_count

MAX_LINE = 200
MAX_TEXT = 20_000
MAX_TITLE = 300
MAX_NUMBER = 10**9  # no figure the wizard asks for comes near this
SNAPSHOT_FORMAT = 1
_E = TypeVar("_E")


@dataclass(frozen=True, slots=True)
class PolicyField:
    """One answer the wizard asks for.

    Attributes:
        key: where the answer is stored (``<step>.<name>``).
        step: the step that asks for it.
        kind: the kind of answer (stored as text in every case).
        choices: the allowed codes of a :attr:`FieldKind.CHOICE` field.
        minimum: the smallest number allowed (number, integer and amount fields).
        maximum: the largest number allowed.
        printable: the owner decides whether it is printed (the policy areas).
    """

    key: str
    step: PolicyStep
    kind: FieldKind = FieldKind.TEXT
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    printable: bool = False


def _f(key: str, kind: FieldKind = FieldKind.TEXT, **options: Any) -> PolicyField:
    return PolicyField(key, PolicyStep(key.split(".", 1)[0]), kind, **options)


def _codes(enum: Iterable[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


POLICY_FIELDS: tuple[PolicyField, ...] = (
    # 1. Business and mission (the business's name and trade live with the business itself).
    _f("mission.who_we_are"),
    _f("mission.for_whom"),
    _f("mission.perceived_as"),
    _f("mission.view_of_service"),
    _f("mission.economics"),
    _f("mission.ambition"),
    _f("mission.approach"),
    _f("mission.strategic_mission"),
    # 2. Today: the desired state, own resources and the technical platform (the inflows per
    # channel are channel plans).
    _f("today.desired_state"),
    # The same limits the count backwards applies (domain/capacity.py), so an answer that is
    # stored is always one it can use.
    _f("today.people", FieldKind.NUMBER, minimum=0, maximum=MAX_PEOPLE),
    _f("today.hours_per_day", FieldKind.NUMBER, minimum=0, maximum=MAX_HOURS_PER_DAY),
    _f(
        "today.contacts_per_person",
        FieldKind.INTEGER,
        minimum=0,
        maximum=MAX_CONTACTS_PER_PERSON,
    ),
    _f("today.open_backlog", FieldKind.INTEGER, minimum=0, maximum=MAX_COUNT),
    _f(
        "today.days_per_week",
        FieldKind.INTEGER,
        minimum=MIN_DAYS_PER_WEEK,
        maximum=MAX_DAYS_PER_WEEK,
    ),
    _f("today.platform"),
    _f("today.platform_fit", FieldKind.CHOICE, choices=_codes(PlatformFit)),
    _f("today.investments"),
    # 3. Customer needs (findings and the top problems are lists of their own).
    _f("needs.period", FieldKind.CHOICE, choices=_codes(NeedsPeriod)),
    _f("needs.staff_hear"),
    # 4. The vision statement exercise.
    _f("vision.success"),
    _f("vision.reasons"),
    _f("vision.customer_view"),
    _f("vision.steps"),
    _f("vision.summary"),
    _f("vision.final"),
    # 6. Policy areas, each with an include-in-print switch.
    *(_f(f"areas.{area.value}", printable=True) for area in PolicyArea),
    # 7. Staff guidelines.
    _f("guidelines.complaint_steps"),
    _f("guidelines.discretion"),
    _f("guidelines.compensation_limit", FieldKind.AMOUNT, minimum=0, maximum=MAX_NUMBER),
    _f("guidelines.escalation"),
    _f("guidelines.customer_asks"),  # what we ask of customers: printed on the charter
    # 8. Rollout and follow-up.
    _f("rollout.training"),
    _f("rollout.meeting_date", FieldKind.DATE),
    _f("rollout.decider", FieldKind.CHOICE, choices=_codes(Decider)),
    _f("rollout.decision"),
    _f("rollout.cadence", FieldKind.CHOICE, choices=_codes(Cadence)),
    _f("rollout.follow_up_owner", FieldKind.LINE),
    _f("rollout.follow_up"),
    # 9. Review and approval: who approves, and on which day.
    _f("approval.approvers", FieldKind.LINE),
    _f("approval.date", FieldKind.DATE),
)
FIELDS_BY_KEY: dict[str, PolicyField] = {spec.key: spec for spec in POLICY_FIELDS}
SECTION_ORDER: tuple[str, ...] = tuple(spec.key for spec in POLICY_FIELDS)


def fields_of(step: PolicyStep) -> tuple[PolicyField, ...]:
    """The fields a step asks for, in the order it asks."""
    return tuple(spec for spec in POLICY_FIELDS if spec.step is step)


# ---------------------------------------------------------------------------- problems


class PolicyProblemCode(StrEnum):
    """What is wrong with an answer, or what approval still needs; the UI words each one."""

    UNKNOWN_FIELD = "unknown_field"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    NOT_A_DATE = "not_a_date"
    UNKNOWN_CHOICE = "unknown_choice"
    FROZEN = "frozen"
    NOT_FOUND = "not_found"
    TITLE_REQUIRED = "title_required"
    PERCENT_RANGE = "percent_range"
    MINIMUM_BEYOND_TARGET = "minimum_beyond_target"
    BASELINE_PERIOD = "baseline_period"
    BASELINE_TWICE = "baseline_twice"
    THRESHOLD_REQUIRED = "threshold_required"
    SHORT_ABANDON_REQUIRED = "short_abandon_required"
    RANK_RANGE = "rank_range"
    PERIOD_ORDER = "period_order"
    # approval
    VISION_REQUIRED = "vision_required"
    GOAL_REQUIRED = "goal_required"
    GUIDELINE_REQUIRED = "guideline_required"
    FOLLOW_UP_OWNER_REQUIRED = "follow_up_owner_required"
    APPROVER_REQUIRED = "approver_required"
    APPROVAL_DATE_REQUIRED = "approval_date_required"
    APPROVAL_DATE_IN_FUTURE = "approval_date_in_future"
    NOT_A_DRAFT = "not_a_draft"
    # advice: shown in the review, never blocks approval
    TOP_PROBLEM_WITHOUT_GOAL = "top_problem_without_goal"
    TOP_PROBLEM_FAILS_RULE = "top_problem_fails_rule"
    NO_TOP_PROBLEMS = "no_top_problems"
    TARGET_WITHOUT_BASELINE = "target_without_baseline"
    VISION_TOO_LONG = "vision_too_long"


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing to fix (or, in the review, to consider): a code, its field and facts."""

    code: PolicyProblemCode
    field: str
    params: tuple[tuple[str, str | int | float], ...] = ()

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")


# Unicode control characters except tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_text(value: object, field_name: str, limit: int) -> list[PolicyProblem]:
    """Problems with a text answer: not text, too long, or holding control characters."""
    if not isinstance(value, str):
        return [PolicyProblem(PolicyProblemCode.UNKNOWN_FIELD, field_name)]
    if len(value) > limit:
        return [
            PolicyProblem(
                PolicyProblemCode.TOO_LONG, field_name, (("max", limit), ("length", len(value)))
            )
        ]
    if _CONTROL.search(value):
        return [PolicyProblem(PolicyProblemCode.CONTROL_CHARACTERS, field_name)]
    return []


def check_field(key: str, value: object) -> list[PolicyProblem]:
    """Problems with ``value`` as the answer stored under ``key`` (empty: it can be saved).

    An empty text is always allowed: optional content never blocks anything, and clearing a
    field must always be possible.
    """
    spec = FIELDS_BY_KEY.get(key)
    if spec is None:
        return [PolicyProblem(PolicyProblemCode.UNKNOWN_FIELD, key)]
    limit = MAX_LINE if spec.kind is FieldKind.LINE else MAX_TEXT
    problems = check_text(value, key, limit)
    if problems or not isinstance(value, str) or not value.strip():
        return problems
    text = value.strip()
    if spec.kind in (FieldKind.NUMBER, FieldKind.INTEGER, FieldKind.AMOUNT):
        return _check_number(spec, text)
    if spec.kind is FieldKind.DATE:
        try:
            date.fromisoformat(text)
        except ValueError:
            return [PolicyProblem(PolicyProblemCode.NOT_A_DATE, key, (("value", text[:40]),))]
    if spec.kind is FieldKind.CHOICE and text not in spec.choices:
        return [PolicyProblem(PolicyProblemCode.UNKNOWN_CHOICE, key, (("value", text[:40]),))]
    return []


def _check_number(spec: PolicyField, text: str) -> list[PolicyProblem]:
    number = parse_number(text)
    if number is None:
        return [PolicyProblem(PolicyProblemCode.NOT_A_NUMBER, spec.key, (("value", text[:40]),))]
    if spec.kind is not FieldKind.NUMBER and number != int(number):
        return [PolicyProblem(PolicyProblemCode.NOT_WHOLE, spec.key)]
    if spec.minimum is not None and number < spec.minimum:
        return [PolicyProblem(PolicyProblemCode.TOO_SMALL, spec.key, (("min", spec.minimum),))]
    if spec.maximum is not None and number > spec.maximum:
        return [PolicyProblem(PolicyProblemCode.TOO_LARGE, spec.key, (("max", spec.maximum),))]
    return []


def parse_number(text: str) -> float | None:
    """A stored number ("1.5", "12"), or None when the text is empty or not a finite number."""
    try:
        number = float(text.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def number_text(number: float | None) -> str:
    """How a number is stored: "" for none, "12" for a whole number, "1.5" otherwise."""
    if number is None or not math.isfinite(number):
        return ""
    if number == int(number):
        return str(int(number))
    return repr(float(number))


# ---------------------------------------------------------------------------- the lists


@dataclass(frozen=True, slots=True)
class ChannelPlanEntry:
    """Per contact channel: today's inflow, the strategy and the tone of voice."""

    channel: Channel
    inflow_count: int | None = None
    inflow_period: InflowPeriod = InflowPeriod.DAY
    strategy: str = ""
    tone: str = ""


@dataclass(frozen=True, slots=True)
class FindingEntry:
    """Something learnt about the customers' needs, with where and when it was learnt."""

    source: FindingSource
    title: str = ""
    detail: str = ""
    value: float | None = None
    unit: str = ""
    period_start: date | None = None
    period_end: date | None = None
    source_name: str = ""
    recorded_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TopProblemEntry:
    """One of the three most important problems, checked against the rule.

    A problem worth a goal is frequent (it keeps coming back), costly (in money, time or
    customers) and actionable (specific enough to do something about).
    """

    rank: int
    title: str = ""
    detail: str = ""
    category_id: int | None = None
    frequent: bool = False
    costly: bool = False
    actionable: bool = False

    @property
    def passes_rule(self) -> bool:
        """Whether the problem is frequent, costly and actionable."""
        return self.frequent and self.costly and self.actionable

    @property
    def is_empty(self) -> bool:
        """Whether nothing has been written for this rank."""
        return not self.title.strip() and not self.detail.strip()


@dataclass(frozen=True, slots=True)
class GoalEntry:
    """A measurable promise, with what is measured and how kept beside it.

    ``minimum_value`` is the worst acceptable figure (a ceiling when lower is better);
    ``target_value`` what the business aims for. A goal without a baseline can say "measure first
    for ``baseline_months`` months" instead of a target: targets come after a baseline.
    """

    title: str
    template: GoalTemplate = GoalTemplate.CUSTOM
    definition: str = ""
    unit: str = ""
    direction: Direction = Direction.HIGHER_IS_BETTER
    channel: Channel | None = None
    threshold_seconds: int | None = None
    baseline_value: float | None = None
    baseline_from: date | None = None
    baseline_to: date | None = None
    baseline_months: int | None = None
    minimum_value: float | None = None
    target_value: float | None = None
    owner_id: int | None = None
    owner_name: str = ""
    cadence: Cadence = Cadence.MONTHLY
    abandoned_rule: AbandonedCallRule | None = None
    short_abandon_seconds: int | None = None
    top_problem_rank: int | None = None
    id: int | None = None

    @property
    def has_plan(self) -> bool:
        """Whether the goal has a target or a plan to measure a baseline first."""
        return self.target_value is not None or self.baseline_months is not None


_PERCENT = "%"
_MAX_BASELINE_MONTHS = 36
_MAX_THRESHOLD_SECONDS = 60 * 60 * 24 * 60  # two months, in seconds


def check_goal(goal: GoalEntry) -> list[PolicyProblem]:
    """Everything wrong with a goal as typed (empty when it can be saved)."""
    problems: list[PolicyProblem] = []
    if not goal.title.strip():
        problems.append(PolicyProblem(PolicyProblemCode.TITLE_REQUIRED, "title"))
    problems += check_text(goal.title, "title", MAX_TITLE)
    problems += check_text(goal.definition, "definition", MAX_TEXT)
    problems += check_text(goal.unit, "unit", 30)
    problems += check_text(goal.owner_name, "owner_name", MAX_LINE)
    for name in ("baseline_value", "minimum_value", "target_value"):
        value: float | None = getattr(goal, name)
        if value is None:
            continue
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            problems.append(PolicyProblem(PolicyProblemCode.NOT_A_NUMBER, name))
        elif goal.unit.strip() == _PERCENT and not 0 <= value <= 100:
            problems.append(PolicyProblem(PolicyProblemCode.PERCENT_RANGE, name))
    minimum, target = goal.minimum_value, goal.target_value
    if minimum is not None and target is not None:
        worse = (
            minimum > target if goal.direction is Direction.HIGHER_IS_BETTER else minimum < target
        )
        if worse:
            problems.append(PolicyProblem(PolicyProblemCode.MINIMUM_BEYOND_TARGET, "minimum_value"))
    problems += _check_baseline(goal)
    if goal.template is GoalTemplate.PHONE_ANSWER_WITHIN and not goal.threshold_seconds:
        problems.append(PolicyProblem(PolicyProblemCode.THRESHOLD_REQUIRED, "threshold_seconds"))
    if goal.threshold_seconds is not None and not (
        0 < goal.threshold_seconds <= _MAX_THRESHOLD_SECONDS
    ):
        problems.append(
            PolicyProblem(
                PolicyProblemCode.TOO_LARGE
                if goal.threshold_seconds > 0
                else PolicyProblemCode.TOO_SMALL,
                "threshold_seconds",
                (("min", 1), ("max", _MAX_THRESHOLD_SECONDS)),
            )
        )
    if goal.abandoned_rule is AbandonedCallRule.IGNORE_SHORT and not goal.short_abandon_seconds:
        problems.append(
            PolicyProblem(PolicyProblemCode.SHORT_ABANDON_REQUIRED, "short_abandon_seconds")
        )
    if goal.top_problem_rank is not None and not 1 <= goal.top_problem_rank <= 3:
        problems.append(PolicyProblem(PolicyProblemCode.RANK_RANGE, "top_problem_rank"))
    return problems


def _check_baseline(goal: GoalEntry) -> list[PolicyProblem]:
    problems: list[PolicyProblem] = []
    start, end = goal.baseline_from, goal.baseline_to
    if goal.baseline_value is not None and (start is None or end is None):
        problems.append(PolicyProblem(PolicyProblemCode.BASELINE_PERIOD, "baseline_from"))
    if start is not None and end is not None and end < start:
        problems.append(PolicyProblem(PolicyProblemCode.PERIOD_ORDER, "baseline_to"))
    if goal.baseline_months is not None:
        if goal.baseline_value is not None:
            problems.append(PolicyProblem(PolicyProblemCode.BASELINE_TWICE, "baseline_months"))
        if not 1 <= goal.baseline_months <= _MAX_BASELINE_MONTHS:
            problems.append(
                PolicyProblem(
                    PolicyProblemCode.TOO_LARGE
                    if goal.baseline_months > 0
                    else PolicyProblemCode.TOO_SMALL,
                    "baseline_months",
                    (("min", 1), ("max", _MAX_BASELINE_MONTHS)),
                )
            )
    return problems


def check_finding(finding: FindingEntry) -> list[PolicyProblem]:
    """Everything wrong with a finding as typed."""
    problems = check_text(finding.title, "title", MAX_TITLE)
    problems += check_text(finding.detail, "detail", MAX_TEXT)
    problems += check_text(finding.unit, "unit", 30)
    problems += check_text(finding.source_name, "source_name", MAX_LINE)
    if finding.value is not None and (
        not math.isfinite(finding.value) or abs(finding.value) > MAX_NUMBER
    ):
        problems.append(PolicyProblem(PolicyProblemCode.NOT_A_NUMBER, "value"))
    start, end = finding.period_start, finding.period_end
    if start is not None and end is not None and end < start:
        problems.append(PolicyProblem(PolicyProblemCode.PERIOD_ORDER, "period_end"))
    return problems


def check_top_problem(problem: TopProblemEntry) -> list[PolicyProblem]:
    """Everything wrong with a top problem as typed."""
    problems: list[PolicyProblem] = []
    if not 1 <= problem.rank <= 3:
        problems.append(PolicyProblem(PolicyProblemCode.RANK_RANGE, "rank"))
    problems += check_text(problem.title, "title", MAX_TITLE)
    problems += check_text(problem.detail, "detail", MAX_TEXT)
    return problems


def check_channel(plan: ChannelPlanEntry) -> list[PolicyProblem]:
    """Everything wrong with a channel plan as typed."""
    problems: list[PolicyProblem] = []
    count = plan.inflow_count
    if count is not None and count < 0:
        problems.append(PolicyProblem(PolicyProblemCode.TOO_SMALL, "inflow_count", (("min", 0),)))
    elif count is not None and count > 10_000_000:
        problems.append(
            PolicyProblem(PolicyProblemCode.TOO_LARGE, "inflow_count", (("max", 10_000_000),))
        )
    problems += check_text(plan.strategy, "strategy", MAX_TEXT)
    problems += check_text(plan.tone, "tone", MAX_TEXT)
    return problems


# ---------------------------------------------------------------------------- the whole policy


@dataclass(frozen=True, slots=True)
class PolicyContent:
    """Everything a version of the policy says, as frozen at approval or as the draft stands.

    Attributes:
        title: the policy's title.
        business_name: the business's name, as it stood.
        trade: what the business does.
        sections: the answers by key (see :data:`POLICY_FIELDS`); empty answers may be absent.
        excluded: keys the owner chose not to print.
        channels / findings / top_problems / goals: the lists.
    """

    title: str = ""
    business_name: str = ""
    trade: str = ""
    sections: Mapping[str, str] = field(default_factory=dict)
    excluded: frozenset[str] = frozenset()
    channels: tuple[ChannelPlanEntry, ...] = ()
    findings: tuple[FindingEntry, ...] = ()
    top_problems: tuple[TopProblemEntry, ...] = ()
    goals: tuple[GoalEntry, ...] = ()

    def text(self, key: str) -> str:
        """The answer under ``key``, stripped ('' when there is none)."""
        return self.sections.get(key, "").strip()

    def printed(self, key: str) -> bool:
        """Whether the answer under ``key`` goes into the printed policy."""
        return key not in self.excluded

    def to_json(self) -> str:
        """The content as JSON, for the frozen snapshot of an approved version."""
        data: dict[str, Any] = {
            "format": SNAPSHOT_FORMAT,
            "title": self.title,
            "business_name": self.business_name,
            "trade": self.trade,
            "sections": {key: value for key, value in self.sections.items() if value},
            "excluded": sorted(self.excluded),
            "channels": [asdict(entry) for entry in self.channels],
            "findings": [asdict(entry) for entry in self.findings],
            "top_problems": [asdict(entry) for entry in self.top_problems],
            "goals": [asdict(entry) for entry in self.goals],
        }
        return json.dumps(data, ensure_ascii=False, default=_json_default, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PolicyContent:
        """Read a snapshot written by :meth:`to_json` (unknown keys are ignored).

        Raises:
            ValueError: the text is not such a snapshot.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a policy snapshot: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("not a policy snapshot")
        sections = data.get("sections") or {}
        return cls(
            title=str(data.get("title", "")),
            business_name=str(data.get("business_name", "")),
            trade=str(data.get("trade", "")),
            sections={str(key): str(value) for key, value in sections.items()},
            excluded=frozenset(str(key) for key in data.get("excluded", ())),
            channels=tuple(_entry(ChannelPlanEntry, row) for row in data.get("channels", ())),
            findings=tuple(_entry(FindingEntry, row) for row in data.get("findings", ())),
            top_problems=tuple(
                _entry(TopProblemEntry, row) for row in data.get("top_problems", ())
            ),
            goals=tuple(_entry(GoalEntry, row) for row in data.get("goals", ())),
        )

    def flatten(self) -> dict[str, str]:
        """Every answer as text under a stable key, for comparing two versions.

        Keys: the section keys; ``business.name`` and ``business.trade``;
        ``channel.<code>.<field>``; ``finding.<n>.<field>`` (in order); ``problem.<rank>.<field>``;
        ``goal.<id or n>.<field>``. Codes stay codes and numbers are written as stored; the user
        interface turns both into words before showing them.
        """
        flat: dict[str, str] = {"business.name": self.business_name, "business.trade": self.trade}
        for key in SECTION_ORDER:
            flat[key] = self.sections.get(key, "")
        for plan in self.channels:
            _flatten_into(flat, f"channel.{plan.channel.value}", plan, skip=("channel",))
        for number, finding in enumerate(self.findings, start=1):
            _flatten_into(flat, f"finding.{number}", finding, skip=("id",))
        for problem in self.top_problems:
            _flatten_into(flat, f"problem.{problem.rank}", problem, skip=("rank",))
        for number, goal in enumerate(self.goals, start=1):
            _flatten_into(flat, f"goal.{goal.id or number}", goal, skip=("id", "owner_id"))
        return {key: value for key, value in flat.items() if value}


def _flatten_into(flat: dict[str, str], prefix: str, entry: Any, skip: Sequence[str]) -> None:
    for spec in fields(entry):
        if spec.name in skip:
            continue
        value = getattr(entry, spec.name)
        if value is None or value == "" or value is False:
            continue
        if isinstance(value, bool):
            text = "yes"
        elif isinstance(value, float | int):
            text = number_text(float(value))
        elif isinstance(value, date):
            text = value.isoformat()
        else:
            text = str(value)
        flat[f"{prefix}.{spec.name}"] = text


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a snapshot")


_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "channel": Channel,
    "inflow_period": InflowPeriod,
    "source": FindingSource,
    "template": GoalTemplate,
    "direction": Direction,
    "cadence": Cadence,
    "abandoned_rule": AbandonedCallRule,
}
_DATE_FIELDS = frozenset(
    {"period_start", "period_end", "recorded_on", "baseline_from", "baseline_to"}
)


def _entry(kind: type[_E], row: object) -> _E:
    """Build a list entry from a snapshot's row, tolerating older and partial rows."""
    if not isinstance(row, dict):
        raise ValueError("not a policy snapshot")
    known = {spec.name for spec in fields(kind)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for name, stored in row.items():
        if name not in known:
            continue
        value: Any = stored
        try:
            if stored is not None and name in _ENUM_FIELDS:
                value = _ENUM_FIELDS[name](stored)
            elif stored is not None and name in _DATE_FIELDS:
                value = date.fromisoformat(str(stored))
        except ValueError:
            raise ValueError(f"not a policy snapshot: {name}={stored!r}") from None
        values[name] = value
    try:
        return kind(**values)
    except TypeError as exc:
        raise ValueError(f"not a policy snapshot: {exc}") from exc


# ---------------------------------------------------------------------------- approval


def approval_problems(content: PolicyContent, today: date) -> list[PolicyProblem]:
    """What approval still needs: the minimum a policy must say, and who approves it when.

    The minimum: a vision, at least one goal with a target or a plan to measure a baseline
    first, the complaint guideline and the person responsible for follow-up; then the names
    of those who approve (``approval.approvers``) and the day (``approval.date``, not later
    than ``today``).
    """
    problems: list[PolicyProblem] = []
    if not content.text("vision.final"):
        problems.append(PolicyProblem(PolicyProblemCode.VISION_REQUIRED, "vision.final"))
    if not any(goal.has_plan for goal in content.goals):
        problems.append(PolicyProblem(PolicyProblemCode.GOAL_REQUIRED, "goals"))
    if not content.text("guidelines.complaint_steps"):
        problems.append(
            PolicyProblem(PolicyProblemCode.GUIDELINE_REQUIRED, "guidelines.complaint_steps")
        )
    if not content.text("rollout.follow_up_owner"):
        problems.append(
            PolicyProblem(PolicyProblemCode.FOLLOW_UP_OWNER_REQUIRED, "rollout.follow_up_owner")
        )
    if not content.text("approval.approvers"):
        problems.append(PolicyProblem(PolicyProblemCode.APPROVER_REQUIRED, "approval.approvers"))
    approved_on = approval_date(content)
    if approved_on is None:
        problems.append(PolicyProblem(PolicyProblemCode.APPROVAL_DATE_REQUIRED, "approval.date"))
    elif approved_on > today:
        problems.append(PolicyProblem(PolicyProblemCode.APPROVAL_DATE_IN_FUTURE, "approval.date"))
    return problems


def approval_date(content: PolicyContent) -> date | None:
    """The day the approvers approve the policy, when a valid one has been entered."""
    try:
        return date.fromisoformat(content.text("approval.date"))
    except ValueError:
        return None


def review_advice(content: PolicyContent) -> list[PolicyProblem]:
    """What the review suggests looking at again; none of it blocks approval."""
    advice: list[PolicyProblem] = []
    problems = [problem for problem in content.top_problems if not problem.is_empty]
    if not problems:
        advice.append(PolicyProblem(PolicyProblemCode.NO_TOP_PROBLEMS, "needs"))
    for problem in sorted(problems, key=lambda found: found.rank):
        if not problem.passes_rule:
            advice.append(
                PolicyProblem(
                    PolicyProblemCode.TOP_PROBLEM_FAILS_RULE,
                    f"problem.{problem.rank}",
                    (("rank", problem.rank), ("title", problem.title.strip())),
                )
            )
        if not any(goal.top_problem_rank == problem.rank for goal in content.goals):
            advice.append(
                PolicyProblem(
                    PolicyProblemCode.TOP_PROBLEM_WITHOUT_GOAL,
                    f"problem.{problem.rank}",
                    (("rank", problem.rank), ("title", problem.title.strip())),
                )
            )
    for goal in content.goals:
        planned = goal.baseline_months is not None  # a baseline is on its way
        if goal.target_value is not None and goal.baseline_value is None and not planned:
            advice.append(
                PolicyProblem(
                    PolicyProblemCode.TARGET_WITHOUT_BASELINE,
                    f"goal.{goal.id}",
                    (("title", goal.title.strip()),),
                )
            )
    vision = content.text("vision.final")
    if vision_too_long(vision):
        advice.append(
            PolicyProblem(
                PolicyProblemCode.VISION_TOO_LONG,
                "vision.final",
                (("words", word_count(vision)), ("max", VISION_WORD_LIMIT)),
            )
        )
    return advice


# ---------------------------------------------------------------------------- step states


def step_has_content(step: PolicyStep, content: PolicyContent) -> bool:
    """Whether the owner has written anything in ``step`` (decides done vs skipped)."""
    if any(content.text(spec.key) for spec in fields_of(step)):
        return True
    if step is PolicyStep.TODAY:
        return any(plan.inflow_count is not None for plan in content.channels)
    if step is PolicyStep.NEEDS:
        return bool(content.findings) or any(not p.is_empty for p in content.top_problems)
    if step is PolicyStep.GOALS:
        return bool(content.goals)
    if step is PolicyStep.AREAS:
        return any(plan.strategy.strip() or plan.tone.strip() for plan in content.channels)
    return False


def state_after_leaving(current: StepState, has_content: bool) -> StepState:
    """A step's state when the owner moves on with Next: done when written in, else skipped."""
    if has_content:
        return StepState.DONE
    return current if current is StepState.DONE else StepState.SKIPPED


def state_after_edit(current: StepState) -> StepState:
    """A step's state once the owner has typed in it (a done step stays done)."""
    return current if current is StepState.DONE else StepState.IN_PROGRESS
