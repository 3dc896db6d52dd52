"""The policy wizard's use cases: write the draft answer by answer, approve, start anew, compare.

Every call is one unit of work in its own session, so an answer is durable the moment the call
returns: the wizard saves as the owner types and a killed program loses at most what was typed
since the last call. Only the newest version can change, and only while it is a draft;
approving freezes it (its content is kept as a JSON snapshot that later edits cannot touch) and
the next edit goes into a new draft copied from it.

Goals are shared by all versions (their measurements keep coming in whatever the policy says);
the draft shows the goals in force, and an approved version keeps its own copy in its snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import Channel
from policydesk.domain.goals import AbandonedCallRule, Cadence, Direction, GoalTemplate
from policydesk.domain.policy import (
    FindingSource,
    InflowPeriod,
    PolicyStatus,
    PolicyStep,
    StepState,
)
from policydesk.domain.policy_content import (
    FIELDS_BY_KEY,
    MAX_LINE,
    ChannelPlanEntry,
    FindingEntry,
    GoalEntry,
    PolicyContent,
    PolicyProblem,
    PolicyProblemCode,
    TopProblemEntry,
    approval_date,
    approval_problems,
    check_channel,
    check_field,
    check_finding,
    check_goal,
    check_text,
    check_top_problem,
    state_after_edit,
    state_after_leaving,
    step_has_content,
)
from policydesk.services.timezones import zone_named
from policydesk.storage.engine import Sessions
from policydesk.storage.schema import (
    Business,
    ChannelPlan,
    Goal,
    NeedFinding,
    PolicySection,
    PolicyStepProgress,
    PolicyVersion,
    Staff,
    TopProblem,
)

Clock = Callable[[], datetime]
BUSINESS_NAME = "business.name"
BUSINESS_TRADE = "business.trade"


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version of the policy, as the version list and the wizard's banner show it."""

    id: int
    number: int
    status: PolicyStatus
    title: str
    approved_at: datetime | None
    approved_by: str
    based_on_number: int | None
    updated_at: datetime

    @property
    def editable(self) -> bool:
        """Whether the version can still change (only drafts can)."""
        return self.status is PolicyStatus.DRAFT


@dataclass(frozen=True, slots=True)
class PolicyState:
    """The newest version as the wizard opens it: where the owner was, and everything written."""

    version: VersionInfo
    current_step: PolicyStep
    steps: Mapping[PolicyStep, StepState]
    content: PolicyContent


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the problems that stopped it (nothing saved), or what changed."""

    problems: tuple[PolicyProblem, ...] = ()
    changes: Changes = field(default_factory=Changes)
    id: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the save went through."""
        return not self.problems


_SAVED = Changes(policy=True)
_FROZEN = SaveResult((PolicyProblem(PolicyProblemCode.FROZEN, "version"),))
_NOT_FOUND = SaveResult((PolicyProblem(PolicyProblemCode.NOT_FOUND, "version"),))


class PolicyService:
    """The customer service policy of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    # ------------------------------------------------------------------ reading

    def state(self) -> PolicyState | None:
        """The newest version with everything written in it; None before the first is started."""
        with self._sessions.read() as session:
            row = _newest(session)
            return None if row is None else _state(session, row)

    def versions(self) -> list[VersionInfo]:
        """Every version, newest first."""
        with self._sessions.read() as session:
            rows = session.scalars(select(PolicyVersion).order_by(PolicyVersion.number.desc()))
            return [_info(session, row) for row in rows]

    def content_of(self, version_id: int) -> PolicyContent | None:
        """What a version says: frozen at approval, or as the draft stands now."""
        with self._sessions.read() as session:
            row = session.get(PolicyVersion, version_id)
            return None if row is None else _content(session, row)

    def today(self) -> date:
        """Today's date in the business's time zone."""
        with self._sessions.read() as session:
            return _today(session, self._clock())

    def approval_problems(self, version_id: int) -> list[PolicyProblem]:
        """What approving the version still needs (empty: it can be approved)."""
        with self._sessions.read() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None:
                return list(_NOT_FOUND.problems)
            if row.status != PolicyStatus.DRAFT:
                return [PolicyProblem(PolicyProblemCode.NOT_A_DRAFT, "version")]
            return approval_problems(_content(session, row), _today(session, self._clock()))

    # ------------------------------------------------------------------ starting

    def start(self, title: str = "") -> PolicyState:
        """Open the policy for writing: the draft, a new first draft, or a draft after approval.

        Args:
            title: the title of a first draft (the business's name fills in when empty).
        """
        with self._sessions.write() as session:
            row = _newest(session)
            if row is None:
                row = PolicyVersion(
                    number=1,
                    status=PolicyStatus.DRAFT.value,
                    title=title.strip()[:MAX_LINE],
                    language=_business_language(session),
                    current_step=PolicyStep.MISSION.value,
                )
                session.add(row)
                session.flush()
            elif row.status != PolicyStatus.DRAFT:
                row = _new_draft(session, row)
            return _state(session, row)

    # ------------------------------------------------------------------ writing answers

    def set_answers(self, version_id: int, answers: Mapping[str, str]) -> SaveResult:
        """Save answers typed in the wizard: each valid one is stored, the others reported.

        ``business.name`` and ``business.trade`` go to the business itself. An answer that
        cannot be stored keeps the previous one; its problem comes back for the field.
        """
        problems: list[PolicyProblem] = []
        with self._sessions.write() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None:
                return _NOT_FOUND
            if row.status != PolicyStatus.DRAFT:
                return _FROZEN
            stored = {
                section.key: section
                for section in session.scalars(
                    select(PolicySection).where(PolicySection.policy_version_id == version_id)
                )
            }
            steps: set[PolicyStep] = set()
            for key, value in answers.items():
                if key in (BUSINESS_NAME, BUSINESS_TRADE):
                    found = check_text(value, key, MAX_LINE)
                    if not found:
                        _set_business(session, key, value)
                        steps.add(PolicyStep.MISSION)
                    problems += found
                    continue
                found = check_field(key, value)
                if found:
                    problems += found
                    continue
                section = stored.get(key)
                if section is None:
                    section = PolicySection(policy_version_id=version_id, key=key, content=value)
                    session.add(section)
                    stored[key] = section
                elif section.content != value:
                    section.content = value
                else:
                    continue
                steps.add(FIELDS_BY_KEY[key].step)
            for step in steps:
                _edited(session, version_id, step)
            if steps:
                row.updated_at = self._clock()
        changes = _SAVED | Changes(business=any(k.startswith("business.") for k in answers))
        return SaveResult(tuple(problems), changes if len(problems) < len(answers) else Changes())

    def set_printed(self, version_id: int, key: str, printed: bool) -> SaveResult:
        """Say whether a policy area goes into the printed policy."""
        spec = FIELDS_BY_KEY.get(key)
        if spec is None or not spec.printable:
            return SaveResult((PolicyProblem(PolicyProblemCode.UNKNOWN_FIELD, key),))
        with self._sessions.write() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None:
                return _NOT_FOUND
            if row.status != PolicyStatus.DRAFT:
                return _FROZEN
            section = session.scalar(
                select(PolicySection).where(
                    PolicySection.policy_version_id == version_id, PolicySection.key == key
                )
            )
            if section is None:
                section = PolicySection(policy_version_id=version_id, key=key, content="")
                session.add(section)
            section.include_in_print = printed
        return SaveResult(changes=_SAVED)

    # ------------------------------------------------------------------ moving through steps

    def go_to(self, version_id: int, step: PolicyStep) -> SaveResult:
        """Remember the step the owner is on, so the wizard reopens there."""
        with self._sessions.write() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None:
                return _NOT_FOUND
            row.current_step = step.value
        return SaveResult(changes=_SAVED)

    def leave_step(self, version_id: int, step: PolicyStep) -> StepState:
        """Mark a step done (something written) or skipped (nothing) as the owner moves on."""
        with self._sessions.write() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None or row.status != PolicyStatus.DRAFT:
                return StepState.NOT_STARTED if row is None else StepState.DONE
            progress = _progress(session, version_id, step)
            state = state_after_leaving(
                StepState(progress.state), step_has_content(step, _content(session, row))
            )
            progress.state = state.value
            return state

    # ------------------------------------------------------------------ lists

    def set_inflow(
        self, version_id: int, channel: Channel, count: int | None, period: InflowPeriod
    ) -> SaveResult:
        """Store today's inflow of contacts through a channel (the Today step)."""
        problems = check_channel(ChannelPlanEntry(channel, count, period))
        if problems:
            return SaveResult(tuple(problems))

        def store(session: Session, _row: PolicyVersion) -> None:
            plan = _channel_plan(session, version_id, channel)
            plan.inflow_count = count
            plan.inflow_period = period.value
            _edited(session, version_id, PolicyStep.TODAY)

        return self._on_draft(version_id, store)

    def set_channel_voice(
        self, version_id: int, channel: Channel, strategy: str, tone: str
    ) -> SaveResult:
        """Store a channel's strategy and tone of voice (the Policy areas step)."""
        problems = check_channel(ChannelPlanEntry(channel, strategy=strategy, tone=tone))
        if problems:
            return SaveResult(tuple(problems))

        def store(session: Session, _row: PolicyVersion) -> None:
            plan = _channel_plan(session, version_id, channel)
            plan.strategy = strategy
            plan.tone = tone
            _edited(session, version_id, PolicyStep.AREAS)

        return self._on_draft(version_id, store)

    def save_finding(self, version_id: int, finding: FindingEntry) -> SaveResult:
        """Add a finding about the customers' needs, or change one (by id)."""
        problems = check_finding(finding)
        if problems:
            return SaveResult(tuple(problems))
        saved: list[int] = []

        def store(session: Session, _row: PolicyVersion) -> None:
            if finding.id is None:
                position = session.scalar(
                    select(func.max(NeedFinding.position)).where(
                        NeedFinding.policy_version_id == version_id
                    )
                )
                stored = NeedFinding(policy_version_id=version_id, position=(position or 0) + 1)
                session.add(stored)
            else:
                found = session.get(NeedFinding, finding.id)
                if found is None or found.policy_version_id != version_id:
                    raise _MissingError
                stored = found
            for name in _FINDING_COLUMNS:
                value = getattr(finding, name)
                setattr(stored, name, value.value if name == "source" else value)
            session.flush()
            saved.append(stored.id)
            _edited(session, version_id, PolicyStep.NEEDS)

        result = self._on_draft(version_id, store)
        return SaveResult(result.problems, result.changes, saved[0] if saved else None)

    def delete_finding(self, version_id: int, finding_id: int) -> SaveResult:
        """Remove a finding from the draft."""

        def remove(session: Session, _row: PolicyVersion) -> None:
            session.execute(
                delete(NeedFinding).where(
                    NeedFinding.id == finding_id, NeedFinding.policy_version_id == version_id
                )
            )
            _edited(session, version_id, PolicyStep.NEEDS)

        return self._on_draft(version_id, remove)

    def save_top_problem(self, version_id: int, problem: TopProblemEntry) -> SaveResult:
        """Store one of the three most important problems (by rank); an empty one is removed."""
        problems = check_top_problem(problem)
        if problems:
            return SaveResult(tuple(problems))

        def store(session: Session, _row: PolicyVersion) -> None:
            stored = session.scalar(
                select(TopProblem).where(
                    TopProblem.policy_version_id == version_id, TopProblem.rank == problem.rank
                )
            )
            if problem.is_empty and not problem.category_id:
                if stored is not None:
                    session.delete(stored)
            else:
                if stored is None:
                    stored = TopProblem(policy_version_id=version_id, rank=problem.rank)
                    session.add(stored)
                for spec in fields(problem):
                    setattr(stored, spec.name, getattr(problem, spec.name))
            _edited(session, version_id, PolicyStep.NEEDS)

        return self._on_draft(version_id, store)

    def save_goal(self, version_id: int, goal: GoalEntry) -> SaveResult:
        """Add a goal to the policy in force, or change one (by id)."""
        problems = check_goal(goal)
        if problems:
            return SaveResult(tuple(problems))
        saved: list[int] = []

        def store(session: Session, _row: PolicyVersion) -> None:
            if goal.id is None:
                position = session.scalar(
                    select(func.max(Goal.position)).where(Goal.retired_at.is_(None))
                )
                stored = Goal(introduced_in_id=version_id, position=(position or 0) + 1)
                session.add(stored)
            else:
                found = session.get(Goal, goal.id)
                if found is None or found.retired_at is not None:
                    raise _MissingError
                stored = found
            for name, value in _goal_columns(goal).items():
                setattr(stored, name, value)
            session.flush()
            saved.append(stored.id)
            _edited(session, version_id, PolicyStep.GOALS)

        result = self._on_draft(version_id, store)
        return SaveResult(
            result.problems, result.changes | Changes(goals=True), saved[0] if saved else None
        )

    def retire_goal(self, version_id: int, goal_id: int) -> SaveResult:
        """Take a goal out of the policy in force (its measurements stay)."""

        def retire(session: Session, _row: PolicyVersion) -> None:
            session.execute(
                update(Goal)
                .where(Goal.id == goal_id, Goal.retired_at.is_(None))
                .values(retired_at=self._clock())
            )
            _edited(session, version_id, PolicyStep.GOALS)

        return self._on_draft(version_id, retire)

    # ------------------------------------------------------------------ approving

    def approve(self, version_id: int) -> SaveResult:
        """Approve the draft: check the minimum, freeze its content and supersede the last one.

        The approvers and the day are the draft's ``approval.approvers`` and ``approval.date``
        answers. Nothing changes when anything is missing; the problems say what.
        """
        with self._sessions.write() as session:
            row = session.get(PolicyVersion, version_id)
            if row is None:
                return _NOT_FOUND
            if row.status != PolicyStatus.DRAFT:
                return SaveResult((PolicyProblem(PolicyProblemCode.NOT_A_DRAFT, "version"),))
            now = self._clock()
            content = _content(session, row)
            problems = approval_problems(content, _today(session, now))
            if problems:
                return SaveResult(tuple(problems))
            approved_on = approval_date(content)
            assert approved_on is not None
            session.execute(
                update(PolicyVersion)
                .where(PolicyVersion.status == PolicyStatus.APPROVED.value)
                .values(status=PolicyStatus.SUPERSEDED.value)
            )
            row.status = PolicyStatus.APPROVED.value
            row.approved_by = content.text("approval.approvers")
            row.approved_at = _approval_instant(session, approved_on, now)
            row.snapshot = content.to_json()
            row.current_step = PolicyStep.APPROVAL.value
            _progress(session, version_id, PolicyStep.APPROVAL).state = StepState.DONE.value
        return SaveResult(changes=_SAVED | Changes(goals=True), id=version_id)

    # ------------------------------------------------------------------ helpers

    def _on_draft(
        self, version_id: int, work: Callable[[Session, PolicyVersion], None]
    ) -> SaveResult:
        """Run ``work`` on the version if it is still a draft; say why not otherwise."""
        try:
            with self._sessions.write() as session:
                row = session.get(PolicyVersion, version_id)
                if row is None:
                    return _NOT_FOUND
                if row.status != PolicyStatus.DRAFT:
                    return _FROZEN
                work(session, row)
                row.updated_at = self._clock()
        except _MissingError:
            return SaveResult((PolicyProblem(PolicyProblemCode.NOT_FOUND, "id"),))
        return SaveResult(changes=_SAVED)


class _MissingError(Exception):
    """The row a save names is gone (deleted in another window): nothing was written."""


_FINDING_COLUMNS = tuple(spec.name for spec in fields(FindingEntry) if spec.name != "id")
_GOAL_SKIP = frozenset({"id", "owner_name"})


def _goal_columns(goal: GoalEntry) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in fields(goal):
        if spec.name in _GOAL_SKIP:
            continue
        value = getattr(goal, spec.name)
        values[spec.name] = value.value if isinstance(value, Enum) else value
    values["title"] = goal.title.strip()
    return values


# ---------------------------------------------------------------------------- reading rows


def _newest(session: Session) -> PolicyVersion | None:
    return session.scalar(select(PolicyVersion).order_by(PolicyVersion.number.desc()).limit(1))


def _info(session: Session, row: PolicyVersion) -> VersionInfo:
    based_on = None
    if row.based_on_id is not None:
        based_on = session.scalar(
            select(PolicyVersion.number).where(PolicyVersion.id == row.based_on_id)
        )
    return VersionInfo(
        id=row.id,
        number=row.number,
        status=PolicyStatus(row.status),
        title=row.title,
        approved_at=row.approved_at,
        approved_by=row.approved_by,
        based_on_number=based_on,
        updated_at=row.updated_at,
    )


def _state(session: Session, row: PolicyVersion) -> PolicyState:
    states = {
        PolicyStep(progress.step): StepState(progress.state)
        for progress in session.scalars(
            select(PolicyStepProgress).where(PolicyStepProgress.policy_version_id == row.id)
        )
        if progress.step in PolicyStep._value2member_map_
    }
    steps = {step: states.get(step, StepState.NOT_STARTED) for step in PolicyStep}
    try:
        current = PolicyStep(row.current_step)
    except ValueError:
        current = PolicyStep.MISSION
    return PolicyState(_info(session, row), current, steps, _content(session, row))


def _content(session: Session, row: PolicyVersion) -> PolicyContent:
    if row.status != PolicyStatus.DRAFT and row.snapshot:
        try:
            return PolicyContent.from_json(row.snapshot)
        except ValueError:
            pass  # a damaged snapshot: show what the tables still hold rather than nothing
    business = session.get(Business, 1)
    sections = list(
        session.scalars(select(PolicySection).where(PolicySection.policy_version_id == row.id))
    )
    return PolicyContent(
        title=row.title,
        business_name=business.name if business else "",
        trade=business.trade if business else "",
        sections={section.key: section.content for section in sections if section.content},
        excluded=frozenset(section.key for section in sections if not section.include_in_print),
        channels=tuple(_channels(session, row.id)),
        findings=tuple(_findings(session, row.id)),
        top_problems=tuple(_top_problems(session, row.id)),
        goals=tuple(_goals(session)),
    )


def _channels(session: Session, version_id: int) -> list[ChannelPlanEntry]:
    order = {channel.value: index for index, channel in enumerate(Channel)}
    rows = session.scalars(select(ChannelPlan).where(ChannelPlan.policy_version_id == version_id))
    plans = [
        ChannelPlanEntry(
            channel=Channel(plan.channel),
            inflow_count=plan.inflow_count,
            inflow_period=InflowPeriod(plan.inflow_period),
            strategy=plan.strategy,
            tone=plan.tone,
        )
        for plan in rows
        if plan.channel in order and plan.inflow_period in InflowPeriod._value2member_map_
    ]
    return sorted(plans, key=lambda plan: order[plan.channel.value])


def _findings(session: Session, version_id: int) -> list[FindingEntry]:
    rows = session.scalars(
        select(NeedFinding)
        .where(NeedFinding.policy_version_id == version_id)
        .order_by(NeedFinding.position, NeedFinding.id)
    )
    return [
        FindingEntry(
            id=row.id,
            source=FindingSource(row.source),
            **{name: getattr(row, name) for name in _FINDING_COLUMNS if name != "source"},
        )
        for row in rows
        if row.source in FindingSource._value2member_map_
    ]


def _top_problems(session: Session, version_id: int) -> list[TopProblemEntry]:
    rows = session.scalars(
        select(TopProblem)
        .where(TopProblem.policy_version_id == version_id)
        .order_by(TopProblem.rank)
    )
    return [
        TopProblemEntry(**{spec.name: getattr(row, spec.name) for spec in fields(TopProblemEntry)})
        for row in rows
    ]


def _goals(session: Session) -> list[GoalEntry]:
    rows = session.execute(
        select(Goal, Staff.name)
        .outerjoin(Staff, Staff.id == Goal.owner_id)
        .where(Goal.retired_at.is_(None))
        .order_by(Goal.position, Goal.id)
    ).all()
    return [_goal_entry(goal, owner or "") for goal, owner in rows]


def _goal_entry(goal: Goal, owner: str) -> GoalEntry:
    def enum_or_none(kind: type[Any], value: str | None) -> Any:
        try:
            return None if value is None else kind(value)
        except ValueError:
            return None

    return GoalEntry(
        id=goal.id,
        title=goal.title,
        template=enum_or_none(GoalTemplate, goal.template) or GoalTemplate.CUSTOM,
        definition=goal.definition,
        unit=goal.unit,
        direction=enum_or_none(Direction, goal.direction) or Direction.HIGHER_IS_BETTER,
        channel=enum_or_none(Channel, goal.channel),
        threshold_seconds=goal.threshold_seconds,
        baseline_value=goal.baseline_value,
        baseline_from=goal.baseline_from,
        baseline_to=goal.baseline_to,
        baseline_months=goal.baseline_months,
        minimum_value=goal.minimum_value,
        target_value=goal.target_value,
        owner_id=goal.owner_id,
        owner_name=owner,
        cadence=enum_or_none(Cadence, goal.cadence) or Cadence.MONTHLY,
        abandoned_rule=enum_or_none(AbandonedCallRule, goal.abandoned_rule),
        short_abandon_seconds=goal.short_abandon_seconds,
        top_problem_rank=goal.top_problem_rank,
    )


# ---------------------------------------------------------------------------- writing rows


def _progress(session: Session, version_id: int, step: PolicyStep) -> PolicyStepProgress:
    progress = session.get(PolicyStepProgress, (version_id, step.value))
    if progress is None:
        progress = PolicyStepProgress(
            policy_version_id=version_id, step=step.value, state=StepState.NOT_STARTED.value
        )
        session.add(progress)
    return progress


def _channel_plan(session: Session, version_id: int, channel: Channel) -> ChannelPlan:
    """The version's plan for ``channel``, made when the owner first writes about it.

    The Today step writes the inflow and the Policy areas step the strategy and tone, each only
    its own columns, so that neither overwrites the other's answers with an older copy.
    """
    plan = session.scalar(
        select(ChannelPlan).where(
            ChannelPlan.policy_version_id == version_id, ChannelPlan.channel == channel.value
        )
    )
    if plan is None:
        plan = ChannelPlan(policy_version_id=version_id, channel=channel.value)
        session.add(plan)
    return plan


def _edited(session: Session, version_id: int, step: PolicyStep) -> None:
    progress = _progress(session, version_id, step)
    progress.state = state_after_edit(StepState(progress.state)).value


def _set_business(session: Session, key: str, value: str) -> None:
    business = session.get(Business, 1)
    if business is None:
        business = Business(id=1, name="")
        session.add(business)
    if key == BUSINESS_NAME:
        business.name = value
    else:
        business.trade = value


def _new_draft(session: Session, approved: PolicyVersion) -> PolicyVersion:
    """A draft copied from ``approved``: the same answers, lists and step states."""
    draft = PolicyVersion(
        number=approved.number + 1,
        status=PolicyStatus.DRAFT.value,
        title=approved.title,
        language=approved.language,
        current_step=PolicyStep.MISSION.value,
        based_on_id=approved.id,
    )
    session.add(draft)
    session.flush()
    for section in session.scalars(
        select(PolicySection).where(PolicySection.policy_version_id == approved.id)
    ):
        if section.key.startswith("approval."):
            continue  # the next version is approved by somebody, some day, anew
        session.add(
            PolicySection(
                policy_version_id=draft.id,
                key=section.key,
                content=section.content,
                include_in_print=section.include_in_print,
            )
        )
    for model in (ChannelPlan, NeedFinding, TopProblem):
        for old in session.scalars(select(model).where(model.policy_version_id == approved.id)):
            copy = {
                column.key: getattr(old, column.key)
                for column in model.__table__.columns
                if column.key not in ("id", "policy_version_id")
            }
            session.add(model(policy_version_id=draft.id, **copy))
    for progress in session.scalars(
        select(PolicyStepProgress).where(PolicyStepProgress.policy_version_id == approved.id)
    ):
        state = StepState.NOT_STARTED if progress.step == PolicyStep.APPROVAL else progress.state
        session.add(PolicyStepProgress(policy_version_id=draft.id, step=progress.step, state=state))
    session.flush()
    return draft


def _business_language(session: Session) -> str:
    return session.scalar(select(Business.language).where(Business.id == 1)) or "sv"


def _today(session: Session, now: datetime) -> date:
    zone = zone_named(session.scalar(select(Business.timezone).where(Business.id == 1)))
    return now.astimezone(zone).date()


def _approval_instant(session: Session, day: date, now: datetime) -> datetime:
    """Approved today: now; approved on an earlier day (a signed paper): noon of that day."""
    zone = zone_named(session.scalar(select(Business.timezone).where(Business.id == 1)))
    if now.astimezone(zone).date() == day:
        return now
    return datetime.combine(day, time(12), zone).astimezone(UTC)
