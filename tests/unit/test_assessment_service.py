"""Self-assessment rounds: respondents rate as they go, rounds close only when complete."""

from __future__ import annotations

from datetime import UTC, date, datetime
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from policydesk.domain.quotient import STATEMENTS, Band, RespondentRole
from policydesk.services.assessment import AssessmentProblemCode, AssessmentService
from policydesk.storage.database import Database
from policydesk.storage.schema import AssessmentAnswer, AssessmentRespondent

NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
TODAY = date(2026, 11, 22)


@pytest.fixture
def service(database: Database) -> AssessmentService:
    return AssessmentService(database.sessions, clock=lambda: NOW)


def codes(outcome: object) -> list[AssessmentProblemCode]:
    return [problem.code for problem in outcome.problems]  # type: ignore[attr-defined]


def new_round(service: AssessmentService, label: str = "2026") -> int:
    outcome = service.create_round(label, TODAY)
    assert outcome.ok, outcome.problems
    assert outcome.id is not None
    return outcome.id


def respondent(service: AssessmentService, round_id: int, name: str, role: RespondentRole) -> int:
    outcome = service.add_respondent(round_id, name, role)
    assert outcome.ok, outcome.problems
    assert outcome.id is not None
    return outcome.id


def rate_all(service: AssessmentService, person: int, rating: int, upto: int = 25) -> None:
    for statement in STATEMENTS[:upto]:
        assert service.set_answer(person, statement.code, rating).ok


def test_rounds_need_a_unique_label_and_a_day_not_in_the_future(
    service: AssessmentService,
) -> None:
    round_id = new_round(service, "Vår 2026")
    assert codes(service.create_round("  ", TODAY)) == [AssessmentProblemCode.LABEL_REQUIRED]
    assert codes(service.create_round("VÅR 2026", TODAY)) == [AssessmentProblemCode.LABEL_TAKEN]
    assert codes(service.create_round("2027", date(2026, 11, 23))) == [
        AssessmentProblemCode.DATE_IN_FUTURE
    ]
    assert codes(service.create_round("x" * 101, TODAY)) == [AssessmentProblemCode.TOO_LONG]
    assert codes(service.create_round("a\x00b", TODAY)) == [
        AssessmentProblemCode.CONTROL_CHARACTERS
    ]
    (info,) = service.rounds()
    assert (info.id, info.label, info.held_on, info.closed) == (round_id, "Vår 2026", TODAY, False)
    assert info.result is None
    # Renaming to its own label (another case) is fine.
    assert service.update_round(round_id, "VÅR 2026", TODAY, "<b>notering</b>").ok
    assert service.round(round_id).label == "VÅR 2026"  # type: ignore[union-attr]


def test_ratings_are_kept_as_given_and_replaced_by_a_new_one(
    service: AssessmentService,
) -> None:
    round_id = new_round(service)
    person = respondent(service, round_id, "Åsa Öberg", RespondentRole.OWNER)
    code = STATEMENTS[0].code
    assert service.set_answer(person, code, 2, "Vi är inte där än – ș ț 🙂").ok
    assert service.set_answer(person, code, 4, "Bättre nu").ok
    answers = service.answers(person)
    assert answers == {code: answers[code]}
    assert (answers[code].rating, answers[code].note) == (4, "Bättre nu")
    (info,) = service.respondents(round_id)
    assert (info.name, info.role, info.answered, info.finished) == (
        "Åsa Öberg",
        RespondentRole.OWNER,
        1,
        False,
    )


@pytest.mark.parametrize("rating", [0, 6, -1, True, 3.0, "3", None])
def test_a_rating_outside_one_to_five_is_refused(
    service: AssessmentService, rating: object
) -> None:
    person = respondent(service, new_round(service), "", RespondentRole.STAFF)
    outcome = service.set_answer(person, STATEMENTS[0].code, rating)  # type: ignore[arg-type]
    assert codes(outcome) == [AssessmentProblemCode.RATING_RANGE]
    assert service.answers(person) == {}


def test_unknown_statements_long_notes_and_missing_people_are_refused(
    service: AssessmentService,
) -> None:
    person = respondent(service, new_round(service), "", RespondentRole.STAFF)
    assert codes(service.set_answer(person, "culture.nope", 3)) == [
        AssessmentProblemCode.UNKNOWN_STATEMENT
    ]
    assert codes(service.set_answer(person, STATEMENTS[0].code, 3, "x" * 2001)) == [
        AssessmentProblemCode.TOO_LONG
    ]
    assert codes(service.set_answer(999, STATEMENTS[0].code, 3)) == [
        AssessmentProblemCode.NOT_FOUND
    ]
    assert codes(service.add_respondent(999, "x", RespondentRole.STAFF)) == [
        AssessmentProblemCode.NOT_FOUND
    ]


def test_an_anonymous_respondent_answers_by_role(service: AssessmentService) -> None:
    round_id = new_round(service)
    respondent(service, round_id, "   ", RespondentRole.STAFF)
    (info,) = service.respondents(round_id)
    assert info.anonymous
    assert info.name == ""


def test_finishing_needs_every_statement(service: AssessmentService) -> None:
    person = respondent(service, new_round(service), "Ioana", RespondentRole.STAFF)
    rate_all(service, person, 4, upto=23)
    left = service.finish_respondent(person)
    assert [problem.field for problem in left.problems] == [s.code for s in STATEMENTS[23:]]
    rate_all(service, person, 4)
    assert service.finish_respondent(person).ok
    assert service.respondents(service.rounds()[0].id)[0].finished


def test_a_round_closes_only_when_everybody_is_done(service: AssessmentService) -> None:
    round_id = new_round(service)
    assert codes(service.close_round(round_id)) == [AssessmentProblemCode.NO_RESPONDENTS]
    owner = respondent(service, round_id, "Karin", RespondentRole.OWNER)
    staff = respondent(service, round_id, "", RespondentRole.STAFF)
    rate_all(service, owner, 5)
    rate_all(service, staff, 3, upto=10)
    refused = service.close_round(round_id)
    assert codes(refused) == [AssessmentProblemCode.UNANSWERED]
    assert refused.problems[0].param("count") == "15"
    assert refused.problems[0].param("role") == "staff"
    rate_all(service, staff, 3)
    assert service.close_round(round_id).ok
    info = service.round(round_id)
    assert info is not None
    assert info.closed
    assert info.finished == 2
    assert info.result is not None
    assert info.result.total == 28
    assert info.result.band is Band.ASSET

    # A closed round is final: no new ratings or people until it is reopened.
    assert codes(service.set_answer(staff, STATEMENTS[0].code, 1)) == [
        AssessmentProblemCode.ROUND_CLOSED
    ]
    assert codes(service.add_respondent(round_id, "Sen", RespondentRole.STAFF)) == [
        AssessmentProblemCode.ROUND_CLOSED
    ]
    assert codes(service.close_round(round_id)) == [AssessmentProblemCode.ROUND_CLOSED]
    assert service.reopen_round(round_id).ok
    assert service.set_answer(staff, STATEMENTS[0].code, 1).ok


def test_spread_and_comparison(service: AssessmentService) -> None:
    first = new_round(service, "2025")
    owner = respondent(service, first, "Karin", RespondentRole.OWNER)
    staff = respondent(service, first, "", RespondentRole.STAFF)
    rate_all(service, owner, 4)
    rate_all(service, staff, 2)
    assert service.spread(first) == (Fraction(2),) * 7
    second = new_round(service, "2026")
    person = respondent(service, second, "Karin", RespondentRole.OWNER)
    rate_all(service, person, 4)
    assert service.set_answer(person, STATEMENTS[5].code, 5).ok
    comparison = service.compare(first, second)
    assert comparison is not None
    assert comparison.changes[0].statement == STATEMENTS[5]
    assert comparison.changes[0].change == 2
    assert comparison.total_change == comparison.after.total - comparison.before.total
    assert service.spread(second) == (None,) * 7  # nobody but the owner answered
    assert service.compare(first, 999) is None


def test_deleting_a_round_takes_its_people_and_ratings(
    service: AssessmentService, database: Database
) -> None:
    round_id = new_round(service)
    person = respondent(service, round_id, "Karin", RespondentRole.OWNER)
    rate_all(service, person, 3)
    keep = new_round(service, "2025")
    respondent(service, keep, "Mattias", RespondentRole.MANAGER)
    assert service.delete_round(round_id).ok
    assert [info.label for info in service.rounds()] == ["2025"]
    with database.sessions.read() as session:
        assert session.scalar(select(func.count()).select_from(AssessmentAnswer)) == 0
        assert session.scalar(select(func.count()).select_from(AssessmentRespondent)) == 1


def test_removing_a_respondent(service: AssessmentService) -> None:
    round_id = new_round(service)
    person = respondent(service, round_id, "Fel person", RespondentRole.STAFF)
    rate_all(service, person, 3, upto=5)
    assert service.remove_respondent(person).ok
    assert service.respondents(round_id) == []
    assert codes(service.remove_respondent(person)) == [AssessmentProblemCode.NOT_FOUND]


def test_a_new_round_is_due_twelve_months_after_the_last(database: Database) -> None:
    service = AssessmentService(database.sessions, clock=lambda: NOW)
    assert service.is_due()
    assert not service.year_since_last_round()  # no round yet: nothing to remind of
    assert service.create_round("2025", date(2025, 11, 23)).ok
    assert not service.is_due()
    assert service.create_round("2024", date(2024, 11, 1)).ok
    assert not service.is_due()  # the newest round counts
    later = AssessmentService(
        database.sessions, clock=lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)
    )
    assert later.is_due()
    assert later.year_since_last_round()
