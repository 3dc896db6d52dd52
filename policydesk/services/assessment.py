"""The yearly self-assessment's use cases: rounds, respondents, answers, results, comparisons.

Every call is one unit of work in its own session. A rating is durable the moment it is given,
so a respondent who is interrupted continues later exactly where they stopped. A round closes
only when every respondent has rated every statement; a closed round no longer changes (it is
what later years are compared with) until the owner reopens it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from fractions import Fraction

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from policydesk.domain.changes import Changes
from policydesk.domain.problems import Outcome as ChangeOutcome
from policydesk.domain.problems import Problem
from policydesk.domain.quotient import (
    HIGHEST_RATING,
    LOWEST_RATING,
    STATEMENT_SET_VERSION,
    STATEMENTS,
    Answers,
    QuotientResult,
    RespondentRole,
    RoundComparison,
    RoundResult,
    assessment_due,
    compare_rounds,
    owner_staff_spread,
    round_result,
    unanswered,
)
from policydesk.services.timezones import zone_named
from policydesk.storage.engine import Sessions
from policydesk.storage.schema import (
    AssessmentAnswer,
    AssessmentRespondent,
    AssessmentRound,
    Business,
)

Clock = Callable[[], datetime]
MAX_LABEL = 100
MAX_NAME = 200
MAX_NOTE = 2000
_STATEMENT_CODES = frozenset(statement.code for statement in STATEMENTS)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHANGED = Changes(assessment=True)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class AssessmentProblemCode(StrEnum):
    """What stops a change to the self-assessment; the user interface words each one."""

    LABEL_REQUIRED = "label_required"
    LABEL_TAKEN = "label_taken"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    DATE_IN_FUTURE = "date_in_future"
    RATING_RANGE = "rating_range"
    UNKNOWN_STATEMENT = "unknown_statement"
    ROUND_CLOSED = "round_closed"
    UNANSWERED = "unanswered"
    NO_RESPONDENTS = "no_respondents"
    NOT_FOUND = "not_found"


AssessmentProblem = Problem[AssessmentProblemCode]
Outcome = ChangeOutcome[AssessmentProblem]


@dataclass(frozen=True, slots=True)
class RoundInfo:
    """A round as the history lists it."""

    id: int
    label: str
    held_on: date
    statement_set_version: int
    note: str
    closed_at: datetime | None
    respondents: int
    finished: int
    result: QuotientResult | None

    @property
    def closed(self) -> bool:
        """Whether the round is closed (its figures are final)."""
        return self.closed_at is not None


@dataclass(frozen=True, slots=True)
class RespondentInfo:
    """Somebody rating the statements in a round, and how far they have come."""

    id: int
    round_id: int
    name: str  # '' for somebody who answers anonymously, by role only
    role: RespondentRole
    staff_id: int | None
    position: int
    answered: int
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        """Whether the respondent said they are done."""
        return self.finished_at is not None

    @property
    def anonymous(self) -> bool:
        """Whether the respondent answers by role only."""
        return not self.name


@dataclass(frozen=True, slots=True)
class AnswerEntry:
    """One rating and its optional note."""

    rating: int
    note: str = ""


_NOT_FOUND = Outcome((AssessmentProblem(AssessmentProblemCode.NOT_FOUND, "round"),))
_CLOSED = Outcome((AssessmentProblem(AssessmentProblemCode.ROUND_CLOSED, "round"),))


class AssessmentService:
    """The self-assessment rounds of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    # ------------------------------------------------------------------ reading

    def today(self) -> date:
        """Today's date in the business's time zone."""
        with self._sessions.read() as session:
            return _today(session, self._clock())

    def rounds(self) -> list[RoundInfo]:
        """Every round, newest first."""
        with self._sessions.read() as session:
            rows = session.scalars(
                select(AssessmentRound).order_by(
                    AssessmentRound.held_on.desc(), AssessmentRound.id.desc()
                )
            )
            return [_round_info(session, row) for row in rows]

    def round(self, round_id: int) -> RoundInfo | None:
        """One round, or None when it is gone."""
        with self._sessions.read() as session:
            row = session.get(AssessmentRound, round_id)
            return None if row is None else _round_info(session, row)

    def respondents(self, round_id: int) -> list[RespondentInfo]:
        """The round's respondents in the order they were added."""
        with self._sessions.read() as session:
            return _respondents(session, round_id)

    def answers(self, respondent_id: int) -> dict[str, AnswerEntry]:
        """One respondent's ratings so far, by statement code."""
        with self._sessions.read() as session:
            rows = session.scalars(
                select(AssessmentAnswer).where(AssessmentAnswer.respondent_id == respondent_id)
            )
            return {row.statement_code: AnswerEntry(row.rating, row.note) for row in rows}

    def result(self, round_id: int) -> RoundResult:
        """The round scored from every rating given so far."""
        with self._sessions.read() as session:
            return round_result(list(_answers_by_respondent(session, round_id).values()))

    def spread(self, round_id: int) -> tuple[Fraction | None, ...]:
        """Per area, how much higher the owner rates it than everybody else does."""
        with self._sessions.read() as session:
            answers = _answers_by_respondent(session, round_id)
            roles: dict[int, str] = dict(
                session.execute(
                    select(AssessmentRespondent.id, AssessmentRespondent.role).where(
                        AssessmentRespondent.round_id == round_id
                    )
                ).all()
            )
        owners = [given for rid, given in answers.items() if roles[rid] == RespondentRole.OWNER]
        others = [given for rid, given in answers.items() if roles[rid] != RespondentRole.OWNER]
        return owner_staff_spread(owners, others)

    def compare(self, before_id: int, after_id: int) -> RoundComparison | None:
        """Two rounds side by side; None when either has statements nobody rated."""
        with self._sessions.read() as session:
            before = session.get(AssessmentRound, before_id)
            after = session.get(AssessmentRound, after_id)
            if before is None or after is None:
                return None
            same = before.statement_set_version == after.statement_set_version
            first = round_result(list(_answers_by_respondent(session, before_id).values()))
            second = round_result(list(_answers_by_respondent(session, after_id).values()))
        return compare_rounds(first, second, same_statements=same)

    def is_due(self) -> bool:
        """Whether twelve months have passed since the last round (or there has been none)."""
        with self._sessions.read() as session:
            last = session.scalar(select(func.max(AssessmentRound.held_on)))
            return assessment_due(last, _today(session, self._clock()))

    def year_since_last_round(self) -> bool:
        """Whether there has been a round and twelve months have passed since the last one.

        What Home and the sidebar remind of: a business that never held a round is invited on
        the page itself, not nagged everywhere.
        """
        with self._sessions.read() as session:
            last = session.scalar(select(func.max(AssessmentRound.held_on)))
            return last is not None and assessment_due(last, _today(session, self._clock()))

    # ------------------------------------------------------------------ rounds

    def create_round(self, label: str, held_on: date, note: str = "") -> Outcome:
        """Start a round with the current statement set."""
        label = label.strip()
        with self._sessions.write() as session:
            problems = _round_problems(
                session, label, held_on, note, _today(session, self._clock())
            )
            if problems:
                return Outcome(tuple(problems))
            row = AssessmentRound(
                label=label,
                held_on=held_on,
                note=note,
                statement_set_version=STATEMENT_SET_VERSION,
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            return Outcome(changes=_CHANGED, id=row.id)

    def update_round(self, round_id: int, label: str, held_on: date, note: str) -> Outcome:
        """Change a round's label, date or note (also after it is closed)."""
        label = label.strip()
        with self._sessions.write() as session:
            row = session.get(AssessmentRound, round_id)
            if row is None:
                return _NOT_FOUND
            today = _today(session, self._clock())
            problems = _round_problems(session, label, held_on, note, today, round_id)
            if problems:
                return Outcome(tuple(problems))
            row.label, row.held_on, row.note = label, held_on, note
            return Outcome(changes=_CHANGED, id=round_id)

    def delete_round(self, round_id: int) -> Outcome:
        """Remove a round with all its respondents and answers."""
        with self._sessions.write() as session:
            row = session.get(AssessmentRound, round_id)
            if row is None:
                return _NOT_FOUND
            respondents = select(AssessmentRespondent.id).where(
                AssessmentRespondent.round_id == round_id
            )
            # Explicit, so nothing depends on the connection's foreign-key setting.
            session.execute(
                delete(AssessmentAnswer).where(AssessmentAnswer.respondent_id.in_(respondents))
            )
            session.execute(
                delete(AssessmentRespondent).where(AssessmentRespondent.round_id == round_id)
            )
            session.delete(row)
            return Outcome(changes=_CHANGED)

    def close_round(self, round_id: int) -> Outcome:
        """Close the round; refused while anybody has statements left (they are listed)."""
        with self._sessions.write() as session:
            row = session.get(AssessmentRound, round_id)
            if row is None:
                return _NOT_FOUND
            if row.closed_at is not None:
                return _CLOSED
            people = _respondents(session, round_id)
            if not people:
                return Outcome(
                    (AssessmentProblem(AssessmentProblemCode.NO_RESPONDENTS, "respondents"),)
                )
            answers = _answers_by_respondent(session, round_id)
            problems = [
                AssessmentProblem(
                    AssessmentProblemCode.UNANSWERED,
                    f"respondent.{person.id}",
                    (
                        ("respondent", person.id),
                        ("name", person.name),
                        ("role", person.role.value),
                        ("count", len(unanswered(answers.get(person.id, {})))),
                    ),
                )
                for person in people
                if unanswered(answers.get(person.id, {}))
            ]
            if problems:
                return Outcome(tuple(problems))
            now = self._clock()
            for person in session.scalars(
                select(AssessmentRespondent).where(AssessmentRespondent.round_id == round_id)
            ):
                person.finished_at = person.finished_at or now
            row.closed_at = now
            return Outcome(changes=_CHANGED, id=round_id)

    def reopen_round(self, round_id: int) -> Outcome:
        """Open a closed round again (to add a latecomer or correct a slip)."""
        with self._sessions.write() as session:
            row = session.get(AssessmentRound, round_id)
            if row is None:
                return _NOT_FOUND
            row.closed_at = None
            return Outcome(changes=_CHANGED, id=round_id)

    # ------------------------------------------------------------------ respondents

    def add_respondent(
        self, round_id: int, name: str, role: RespondentRole, staff_id: int | None = None
    ) -> Outcome:
        """Add somebody to rate the statements; an empty name answers anonymously by role."""
        name = " ".join(name.split())
        problems = _text_problems(name, "name", MAX_NAME)
        if problems:
            return Outcome(tuple(problems))
        with self._sessions.write() as session:
            row = session.get(AssessmentRound, round_id)
            if row is None:
                return _NOT_FOUND
            if row.closed_at is not None:
                return _CLOSED
            position = session.scalar(
                select(func.max(AssessmentRespondent.position)).where(
                    AssessmentRespondent.round_id == round_id
                )
            )
            person = AssessmentRespondent(
                round_id=round_id,
                name=name or None,
                role=role.value,
                staff_id=staff_id,
                position=(position or 0) + 1,
                started_at=self._clock(),
            )
            session.add(person)
            session.flush()
            return Outcome(changes=_CHANGED, id=person.id)

    def remove_respondent(self, respondent_id: int) -> Outcome:
        """Take a respondent and their ratings out of an open round."""
        with self._sessions.write() as session:
            person = session.get(AssessmentRespondent, respondent_id)
            if person is None:
                return _NOT_FOUND
            if _is_closed(session, person.round_id):
                return _CLOSED
            session.execute(
                delete(AssessmentAnswer).where(AssessmentAnswer.respondent_id == respondent_id)
            )
            session.delete(person)
            return Outcome(changes=_CHANGED)

    def set_answer(self, respondent_id: int, code: str, rating: int, note: str = "") -> Outcome:
        """Store a rating (and its note) the moment it is given; a new rating replaces the old."""
        if code not in _STATEMENT_CODES:
            return Outcome((AssessmentProblem(AssessmentProblemCode.UNKNOWN_STATEMENT, code),))
        given: object = rating  # a script may pass anything
        if (
            isinstance(given, bool)
            or not isinstance(given, int)
            or not (LOWEST_RATING <= given <= HIGHEST_RATING)
        ):
            return Outcome(
                (
                    AssessmentProblem(
                        AssessmentProblemCode.RATING_RANGE,
                        code,
                        (("min", LOWEST_RATING), ("max", HIGHEST_RATING)),
                    ),
                )
            )
        problems = _text_problems(note, "note", MAX_NOTE)
        if problems:
            return Outcome(tuple(problems))
        with self._sessions.write() as session:
            person = session.get(AssessmentRespondent, respondent_id)
            if person is None:
                return _NOT_FOUND
            if _is_closed(session, person.round_id):
                return _CLOSED
            row = session.scalar(
                select(AssessmentAnswer).where(
                    AssessmentAnswer.respondent_id == respondent_id,
                    AssessmentAnswer.statement_code == code,
                )
            )
            if row is None:
                row = AssessmentAnswer(respondent_id=respondent_id, statement_code=code)
                session.add(row)
            row.rating, row.note, row.answered_at = rating, note, self._clock()
            return Outcome(changes=_CHANGED, id=respondent_id)

    def finish_respondent(self, respondent_id: int) -> Outcome:
        """Mark a respondent done; refused (with the statements left) while any is unrated."""
        with self._sessions.write() as session:
            person = session.get(AssessmentRespondent, respondent_id)
            if person is None:
                return _NOT_FOUND
            given = dict.fromkeys(
                session.scalars(
                    select(AssessmentAnswer.statement_code).where(
                        AssessmentAnswer.respondent_id == respondent_id
                    )
                ),
                0,
            )
            left = unanswered(given)
            if left:
                return Outcome(
                    tuple(
                        AssessmentProblem(AssessmentProblemCode.UNANSWERED, statement.code)
                        for statement in left
                    )
                )
            person.finished_at = person.finished_at or self._clock()
            return Outcome(changes=_CHANGED, id=respondent_id)


# ---------------------------------------------------------------------------- helpers


def _today(session: Session, now: datetime) -> date:
    zone = zone_named(session.scalar(select(Business.timezone).where(Business.id == 1)))
    return now.astimezone(zone).date()


def _text_problems(text: str, field_name: str, limit: int) -> list[AssessmentProblem]:
    if len(text) > limit:
        return [
            AssessmentProblem(
                AssessmentProblemCode.TOO_LONG, field_name, (("max", limit), ("length", len(text)))
            )
        ]
    if _CONTROL.search(text):
        return [AssessmentProblem(AssessmentProblemCode.CONTROL_CHARACTERS, field_name)]
    return []


def _round_problems(  # noqa: PLR0917 (the round's fields, as the two callers have them)
    session: Session,
    label: str,
    held_on: date,
    note: str,
    today: date,
    round_id: int | None = None,
) -> list[AssessmentProblem]:
    problems: list[AssessmentProblem] = []
    if not label:
        problems.append(AssessmentProblem(AssessmentProblemCode.LABEL_REQUIRED, "label"))
    problems += _text_problems(label, "label", MAX_LABEL)
    taken = session.scalar(
        select(AssessmentRound.id).where(
            func.lower(AssessmentRound.label) == label.lower(),
            AssessmentRound.id != (round_id or 0),
        )
    )
    if label and taken:
        problems.append(
            AssessmentProblem(AssessmentProblemCode.LABEL_TAKEN, "label", (("label", label),))
        )
    if held_on > today:
        problems.append(AssessmentProblem(AssessmentProblemCode.DATE_IN_FUTURE, "held_on"))
    problems += _text_problems(note, "note", MAX_NOTE)
    return problems


def _is_closed(session: Session, round_id: int) -> bool:
    return (
        session.scalar(select(AssessmentRound.closed_at).where(AssessmentRound.id == round_id))
        is not None
    )


def _respondents(session: Session, round_id: int) -> list[RespondentInfo]:
    counts: dict[int, int] = dict(
        session.execute(
            select(AssessmentAnswer.respondent_id, func.count())
            .join(AssessmentRespondent, AssessmentRespondent.id == AssessmentAnswer.respondent_id)
            .where(AssessmentRespondent.round_id == round_id)
            .group_by(AssessmentAnswer.respondent_id)
        ).all()
    )
    rows = session.scalars(
        select(AssessmentRespondent)
        .where(AssessmentRespondent.round_id == round_id)
        .order_by(AssessmentRespondent.position, AssessmentRespondent.id)
    )
    return [
        RespondentInfo(
            id=row.id,
            round_id=row.round_id,
            name=row.name or "",
            role=_role(row.role),
            staff_id=row.staff_id,
            position=row.position,
            answered=counts.get(row.id, 0),
            finished_at=row.finished_at,
        )
        for row in rows
    ]


def _role(code: str) -> RespondentRole:
    try:
        return RespondentRole(code)
    except ValueError:
        return RespondentRole.STAFF


def _answers_by_respondent(session: Session, round_id: int) -> dict[int, Answers]:
    found: dict[int, dict[str, int]] = {
        person_id: {}
        for person_id in session.scalars(
            select(AssessmentRespondent.id).where(AssessmentRespondent.round_id == round_id)
        )
    }
    rows = session.execute(
        select(
            AssessmentAnswer.respondent_id,
            AssessmentAnswer.statement_code,
            AssessmentAnswer.rating,
        )
        .join(AssessmentRespondent, AssessmentRespondent.id == AssessmentAnswer.respondent_id)
        .where(AssessmentRespondent.round_id == round_id)
    )
    for person_id, code, rating in rows:
        if code in _STATEMENT_CODES and LOWEST_RATING <= rating <= HIGHEST_RATING:
            found[person_id][code] = rating
    return dict(found)


def _round_info(session: Session, row: AssessmentRound) -> RoundInfo:
    people = _respondents(session, row.id)
    scored = round_result(list(_answers_by_respondent(session, row.id).values()))
    return RoundInfo(
        id=row.id,
        label=row.label,
        held_on=row.held_on,
        statement_set_version=row.statement_set_version,
        note=row.note,
        closed_at=row.closed_at,
        respondents=len(people),
        finished=sum(person.finished for person in people),
        result=scored.result,
    )
