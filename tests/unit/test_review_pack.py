"""The review pack: a meeting's frozen figures or the next meeting's agenda, built and read back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from policydesk.domain.documents import DocumentKind, DocumentRequest
from policydesk.domain.goal_followup import Period
from policydesk.domain.goals import ActionStatus, Direction, PlanStatus
from policydesk.domain.languages import Language
from policydesk.domain.reviews import SnapshotGoal, SnapshotValue
from policydesk.export.review_pack import (
    PackAction,
    PackFiguresDue,
    PackPlan,
    PackPlanNeeded,
    ReviewPack,
    chart_labels,
    format_value,
    period_text,
    review_pack_pdf,
)
from policydesk.services.demo import create_demo_file
from policydesk.services.documents import DocumentError, DocumentErrorCode
from policydesk.services.reviews import ReviewService
from policydesk.storage.schema import ReviewMeeting
from tests.unit.test_report_documents import (
    HOSTILE,
    Opened,
    _open,
    check_pdf,
    fonts_of,
    pages_of,
    squeezed,
    text_of,
)

DEMO_TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 11, 30, tzinfo=UTC)
HEADINGS = {
    Language.ENGLISH: ("The figures", "Improvement plans", "Decisions", "Feedback to staff"),
    Language.SWEDISH: ("Siffrorna", "Förbättringsplaner", "Beslut", "Återkoppling till personalen"),
    Language.ROMANIAN: (
        "Cifrele",
        "Planuri de îmbunătățire",
        "Decizii",
        "Feedback pentru personal",
    ),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    path = tmp_path_factory.mktemp("review_pack") / "demo.policydesk"
    create_demo_file(path, today=DEMO_TODAY)
    opened = _open(path)
    yield opened
    opened.database.close()


@pytest.fixture
def own(demo: Opened, tmp_path: Path) -> Iterator[Opened]:
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo.database.path, path)
    opened = _open(path)
    yield opened
    opened.database.close()


def _reviews(opened: Opened) -> ReviewService:
    from policydesk.services.goals import GoalsService

    sessions = opened.database.sessions
    goals = GoalsService(sessions, clock=lambda: NOW)
    return ReviewService(sessions, goals, clock=lambda: NOW)


def _pack(meeting: int | None = None, language: Language | None = None) -> DocumentRequest:
    return DocumentRequest(DocumentKind.REVIEW_PACK, language=language, meeting=meeting)


@pytest.mark.parametrize("language", list(Language))
def test_the_agenda_pack_in_each_language(demo: Opened, language: Language) -> None:
    document = demo.build(_pack(language=language))
    check_pdf(document, language)
    assert document.pages <= 3
    text = text_of(document.data)
    for heading in HEADINGS[language]:
        assert heading in text
    assert "Klagomål lösta inom tre arbetsdagar" in text
    # The open plan, its actions and their owners.
    assert squeezed("Ta in en extra mekaniker") in squeezed(text)
    assert "Mattias Öhman" in text
    assert document.file_name.endswith(f"{DEMO_TODAY.isoformat()}.pdf")


@pytest.mark.parametrize("language", list(Language))
def test_a_meeting_pack_shows_what_the_meeting_saw(demo: Opened, language: Language) -> None:
    meetings = _reviews(demo).meetings()
    latest, first = meetings[0], meetings[-1]
    document = demo.build(_pack(first.id, language))
    check_pdf(document, language)
    text = squeezed(text_of(document.data))
    assert squeezed("Karin Ekström") in text
    info = _reviews(demo).meeting(first.id)
    assert info is not None
    assert squeezed(info.decisions[:60]) in text
    # Frozen: the first meeting's figures end before the latest month.
    assert "okt2026" not in text
    assert document.file_name.endswith(f"{first.held_on.isoformat()}.pdf")
    # The second meeting had the plan made at the first on its agenda.
    second = text_of(demo.build(_pack(latest.id, language)).data)
    assert squeezed("Ta in en extra mekaniker") in squeezed(second)


def test_an_unknown_meeting_is_an_error(demo: Opened) -> None:
    with pytest.raises(DocumentError) as caught:
        demo.build(_pack(999))
    assert caught.value.code is DocumentErrorCode.UNKNOWN_MEETING
    assert caught.value.params == {"meeting": 999}


def test_a_meeting_with_unreadable_figures_says_so(own: Opened) -> None:
    meeting_id = _reviews(own).meetings()[0].id
    with own.database.sessions.write() as session:
        session.execute(update(ReviewMeeting).values(snapshot="{broken"))
    text = text_of(own.build(_pack(meeting_id, Language.ENGLISH)).data)
    assert "could not be read" in text


def test_hostile_texts_print_as_typed(own: Opened) -> None:
    reviews = _reviews(own)
    meeting_id = reviews.meetings()[0].id
    hostile = " | ".join(HOSTILE)
    with own.database.sessions.write() as session:
        session.execute(
            update(ReviewMeeting)
            .where(ReviewMeeting.id == meeting_id)
            .values(attendees=hostile, decisions=hostile + "\n" + "lång " * 3000)
        )
    document = own.build(_pack(meeting_id, Language.ENGLISH))
    text = squeezed(text_of(document.data))
    for piece in HOSTILE:
        assert squeezed(piece) in text
    assert all(fonts_of(document.data).values())


def _goal(
    title: str, values: list[float], direction: Direction = Direction.HIGHER_IS_BETTER
) -> SnapshotGoal:
    months = [Period(date(2026, month, 1), date(2026, month, 28)) for month in range(1, 13)]
    return SnapshotGoal(
        goal_id=1,
        title=title,
        unit="%",
        direction=direction,
        minimum=80.0,
        target=90.0,
        values=tuple(
            SnapshotValue(period, value) for period, value in zip(months, values, strict=False)
        ),
    )


def test_an_agenda_lists_plans_needed_and_figures_due() -> None:
    pack = ReviewPack(
        held_on=None,
        today=DEMO_TODAY,
        goals=(_goal("Svar inom 30 s", [85.0, 72.5]), _goal("Utan siffror", [])),
        plans=(
            PackPlan(
                "Svar inom 30 s",
                "Kön växte",
                PlanStatus.CLOSED,
                (PackAction("Ring tillbaka", "Åsa", date(2026, 11, 1), ActionStatus.OPEN, True),),
            ),
        ),
        plans_needed=(
            PackPlanNeeded(
                "Svar inom 30 s", "%", 72.5, 80.0, Period(date(2026, 2, 1), date(2026, 2, 28))
            ),
        ),
        figures_due=(PackFiguresDue("Retur", (Period(date(2026, 10, 1), date(2026, 10, 31)),)),),
    )
    data = review_pack_pdf(pack, business="Bageriet <&>", language=Language.SWEDISH)
    text = text_of(data)
    assert "Inget uppföljningsmöte har hållits ännu." in text
    assert "Mål som behöver en förbättringsplan" in text
    assert "72,5 %" in text
    assert "Siffror som ska föras in" in text
    assert "Retur: okt 2026" in text
    assert "✗ Försenad" in text
    assert "(avslutad)" in text
    assert "Bageriet <&>" in text
    assert len(pages_of(data)) <= 2


def test_a_pack_without_goals_says_so() -> None:
    pack = ReviewPack(held_on=date(2026, 3, 1), today=DEMO_TODAY, attendees="")
    text = text_of(review_pack_pdf(pack, business="", language=Language.ROMANIAN))
    assert "Politica nu are încă obiective de urmărit." in text
    assert "Niciun plan de îmbunătățire nu era deschis înainte de ședință." in text
    assert "Nimic consemnat." in text


@pytest.mark.parametrize(
    ("value", "unit", "language", "expected"),
    [
        (92.345, "%", Language.SWEDISH, "92,3\u00a0%"),
        (80.0, "%", Language.ENGLISH, "80\u00a0%"),
        (4.5, "h", Language.ROMANIAN, "4,5\u00a0h"),
        (12.0, "", Language.ENGLISH, "12"),
        (None, "%", Language.ENGLISH, "\u2013"),
    ],
)
def test_values_are_written_the_local_way(
    value: float | None, unit: str, language: Language, expected: str
) -> None:
    assert format_value(value, unit, language) == expected


def test_periods_are_named_shortly() -> None:
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    assert period_text(october, Language.SWEDISH) == "okt 2026"
    assert period_text(Period(date(2026, 1, 1), date(2026, 12, 31)), Language.ENGLISH) == "2026"
    quarter = Period(date(2026, 7, 1), date(2026, 9, 30))
    assert period_text(quarter, Language.ENGLISH) == "1 July 2026 \u2013 30 September 2026"
    months = [
        Period(date(2025, 12, 1), date(2025, 12, 31)),
        Period(date(2026, 1, 1), date(2026, 1, 31)),
    ]
    assert chart_labels(months, Language.ENGLISH) == ["Dec\n2025", "Jan\n2026"]
    assert chart_labels([quarter], Language.ENGLISH) == [period_text(quarter, Language.ENGLISH)]
