"""The self-assessment report and the complaint report: built from the demo file, read back.

Both reports are built from the demo business in English, Swedish and Romanian through the
documents service (with a fixed "now") and read back with pypdf: the page count, the text, the
fonts (every one embedded) and the metadata. Hostile and huge texts are written straight into
a copy of the file (past the forms' checks, as an old or imported file might hold them) and
must never break a build and must come back as typed.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import delete, select, update

from policydesk.domain.complaints import ComplaintStatus, LogFilter, LogQuery, SortColumn
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, RespondentRole
from policydesk.export import complaint_report
from policydesk.export.complaint_report import ComplaintReport, wrap_lines
from policydesk.export.pdf import PaperSize
from policydesk.services import report_documents
from policydesk.services.assessment import AssessmentService
from policydesk.services.assessment_export import AssessmentExportService
from policydesk.services.complaints import ComplaintService
from policydesk.services.datafiles import create_file
from policydesk.services.demo import create_demo_file
from policydesk.services.documents import DocumentError, DocumentErrorCode, DocumentService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.policy import PolicyService
from policydesk.services.service_clock import ServiceClockService
from policydesk.storage.database import Database
from policydesk.storage.schema import (
    AssessmentRespondent,
    AssessmentRound,
    Complaint,
    ComplaintCategory,
)

DEMO_TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 11, 30, tzinfo=UTC)
LANGUAGE_TAGS = {Language.ENGLISH: "en-GB", Language.SWEDISH: "sv-SE", Language.ROMANIAN: "ro-RO"}
HOSTILE = (
    "A < B & C",
    "<b>unclosed",
    '<img src="/etc/passwd"/>',
    '<a href="x">',
    "&amp; &lt; &#65; &bogus;",
    "Åsa Öberg ärver",
    "Ștefan Țurcanu, Ăla Îî Ââ",
    "{business} {0} %s $x^2$",
)
# Letters DejaVu Sans has, markup's characters and control characters (which print as nothing).
ALPHABET = st.sampled_from(
    list("abcXYZ019 .,;:-_/\\'\"<>&=#%$^{}[]()!?*+@~|`")
    + list("åäöÅÄÖșțăîâȘȚĂÎÂéüß€–„”«»")
    + ["\x00", "\x07", "\x1b", "\x7f", "\u0085", "\t", "\n"]
)
WORDS: dict[DocumentKind, dict[Language, tuple[str, ...]]] = {
    DocumentKind.ASSESSMENT: {
        Language.ENGLISH: (
            "Customer-service quotient: 2026",
            "The seven areas",
            "Where to improve first",
            "The quotient year by year",
            "How the owner and the staff see it",
            "Customer-focused culture",
        ),
        Language.SWEDISH: (
            "Kundservicekvot: 2026",
            "De sju områdena",
            "Det här bör förbättras först",
            "Kvoten år för år",
            "Så ser ägaren och personalen det",
            "Förändring sedan 2025",
        ),
        Language.ROMANIAN: (
            "Coeficientul serviciului pentru clienți: 2026",
            "Cele șapte domenii",
            "Ce trebuie îmbunătățit mai întâi",
            "Coeficientul de la an la an",
            "Cum văd lucrurile proprietarul și personalul",
            "Schimbare față de 2025",
        ),
    },
    DocumentKind.COMPLAINTS: {
        Language.ENGLISH: (
            "Complaint report",
            "Complaints received from 24 November 2025 to 23 November 2026",
            "The three most common problems",
            "Complaints per category",
            "Complaints per month",
            "Service targets",
            "Handling time of the resolved complaints",
        ),
        Language.SWEDISH: (
            "Klagomålsrapport",
            "Klagomål som kom in från 24 november 2025 till 23 november 2026",
            "De tre vanligaste problemen",
            "Klagomål per kategori",
            "Klagomål per månad",
            "Servicemål",
            "Handläggningstid för de lösta klagomålen",
        ),
        Language.ROMANIAN: (
            "Raport privind reclamațiile",
            "Reclamațiile primite între 24 noiembrie 2025 și 23 noiembrie 2026",
            "Cele mai frecvente trei probleme",
            "Reclamații pe categorii",
            "Reclamații pe luni",
            "Ținte de servicii",
            "Timpul de soluționare a reclamațiilor rezolvate",
        ),
    },
}
TABLE_HEADERS = {
    Language.ENGLISH: ("No.", "Received", "Customer", "Category", "Status", "Complaint"),
    Language.SWEDISH: ("Nr", "Inkommet", "Kund", "Kategori", "Status", "Klagomål"),
    Language.ROMANIAN: ("Nr.", "Primită", "Client", "Categorie", "Stare", "Reclamație"),
}
LISTING = {Language.ENGLISH: "The complaints", Language.SWEDISH: "Klagomålen"}
LISTING[Language.ROMANIAN] = "Reclamațiile"


# ---------------------------------------------------------------------------- helpers


@dataclass
class Opened:
    """A data file open with its services, and a documents service whose "now" is fixed."""

    database: Database
    complaints: ComplaintService
    assessment: AssessmentService
    service_clock: ServiceClockService
    documents: DocumentService

    def build(self, request: DocumentRequest, **kwargs: Any) -> Document:
        return self.documents.build(request, **kwargs)


def _open(path: Path) -> Opened:
    database = Database.open(path)
    sessions = database.sessions

    def clock() -> datetime:
        return NOW

    complaints = ComplaintService(sessions, clock)
    office_hours = OfficeHoursService(sessions, clock)
    service_clock = ServiceClockService(sessions, office_hours, clock)
    documents = DocumentService(
        sessions,
        policy=PolicyService(sessions, clock),
        complaints=complaints,
        office_hours=office_hours,
        service_clock=service_clock,
        assessment_export=AssessmentExportService(sessions),
        clock=clock,
    )
    return Opened(
        database, complaints, AssessmentService(sessions, clock), service_clock, documents
    )


def pages_of(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def text_of(data: bytes) -> str:
    return "\n".join(pages_of(data))


def squeezed(text: str) -> str:
    """Text without white space nor control characters: how a wrapped text is compared."""
    return "".join(re.sub("[\x00-\x1f\x7f-\x9f]", "", text).split())


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font the pages use: its name, and whether its program is embedded."""
    reader = PdfReader(io.BytesIO(data))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources") or {}
        fonts: Any = resources.get("/Font") or {}
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font.get("/BaseFont"))] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    return found


def check_pdf(document: Document, language: Language) -> PdfReader:
    """What every report must be: pages, embedded fonts only, metadata, its language."""
    reader = PdfReader(io.BytesIO(document.data))
    assert len(reader.pages) == document.pages > 0
    fonts = fonts_of(document.data)
    assert fonts
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == document.title
    assert metadata.author == "Ekerkedjan Cykel & Verkstad"
    assert metadata.subject
    assert str(reader.root_object["/Lang"]) == LANGUAGE_TAGS[language]
    assert document.language is language
    assert document.file_name.endswith(".pdf")
    assert not document.draft
    return reader


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, made once for the module; tests that change a file change a copy."""
    path = tmp_path_factory.mktemp("report_documents") / "demo.policydesk"
    create_demo_file(path, today=DEMO_TODAY)
    return path


@pytest.fixture(scope="module")
def demo(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    """The demo file open for the tests that only read."""
    path = tmp_path_factory.mktemp("read") / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    opened = _open(path)
    yield opened
    opened.database.close()


@pytest.fixture(scope="module")
def scratch(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    """A copy of the demo file the hostile-text tests write into."""
    path = tmp_path_factory.mktemp("scratch") / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    opened = _open(path)
    yield opened
    opened.database.close()


@pytest.fixture
def own(demo_file: Path, tmp_path: Path) -> Iterator[Opened]:
    """A copy of the demo file of the test's own."""
    path = tmp_path / "demo.policydesk"
    shutil.copyfile(demo_file, path)
    opened = _open(path)
    yield opened
    opened.database.close()


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[ComplaintReport]:
    """Every ComplaintReport laid out while the test runs (what the builder gathered)."""
    reports: list[ComplaintReport] = []
    real = complaint_report.complaint_report_pdf

    def keep(report: ComplaintReport, **kwargs: Any) -> bytes:
        reports.append(report)
        return real(report, **kwargs)

    monkeypatch.setattr(complaint_report, "complaint_report_pdf", keep)
    return reports


def _assessment(language: Language | None = None, label: str | None = None) -> DocumentRequest:
    return DocumentRequest(DocumentKind.ASSESSMENT, language=language, round_label=label)


def _complaints(language: Language | None = None, **kwargs: Any) -> DocumentRequest:
    return DocumentRequest(DocumentKind.COMPLAINTS, language=language, **kwargs)


def _table_pages(pages: list[str], language: Language) -> list[str]:
    """The pages of the complaints table (from the one its heading is on)."""
    first = next(i for i, page in enumerate(pages) if page.startswith(LISTING[language]))
    return pages[first:]


# ---------------------------------------------------------------------------- self-assessment


@pytest.mark.parametrize("language", list(Language))
def test_assessment_report_in_each_language(demo: Opened, language: Language) -> None:
    document = demo.build(_assessment(language))
    assert document.kind is DocumentKind.ASSESSMENT
    check_pdf(document, language)
    text = text_of(document.data)
    for words in WORDS[DocumentKind.ASSESSMENT][language]:
        assert words in text, words
    assert "Karin Ekström" in text
    assert "Ștefan Câmpeanu" in text  # Romanian letters as typed, in every language
    assert "2026" in document.file_name
    # The frame: the business on top, "page X of Y" at the foot of each page.
    pages = pages_of(document.data)
    assert all("Ekerkedjan Cykel & Verkstad" in page for page in pages)
    footer = {Language.ENGLISH: "Page 1 of", Language.SWEDISH: "Sida 1 av"}
    footer[Language.ROMANIAN] = "Pagina 1 din"
    assert footer[language] in pages[0]


def test_an_older_round_compares_with_nothing_before_it(demo: Opened) -> None:
    document = demo.build(_assessment(Language.ENGLISH, "2024"))
    text = text_of(document.data)
    assert "Customer-service quotient: 2024" in text
    assert "Change since" not in text
    assert "The quotient year by year" not in text  # one round so far: no line to draw
    assert "The areas in 2024" in text  # the radar of the round alone


def test_the_newest_round_is_the_default_and_labels_are_found_ignoring_case(
    demo: Opened,
) -> None:
    newest = demo.build(_assessment(Language.ENGLISH))
    named = demo.build(_assessment(Language.ENGLISH, " 2026 "))
    assert newest.title == named.title == "Customer-service quotient: 2026"


def test_no_round_and_an_unknown_round_are_errors(demo: Opened, tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as unknown:
        demo.build(_assessment(label="1999"))
    assert unknown.value.code is DocumentErrorCode.UNKNOWN_ROUND
    assert unknown.value.params == {"round": "1999"}
    empty = tmp_path / "empty.policydesk"
    create_file(empty)
    opened = _open(empty)
    try:
        with pytest.raises(DocumentError) as none:
            opened.build(_assessment())
        assert none.value.code is DocumentErrorCode.NO_ROUND
    finally:
        opened.database.close()


def test_a_round_without_answers_still_builds_and_says_so(own: Opened) -> None:
    created = own.assessment.create_round("2027", DEMO_TODAY)
    assert created.ok, created.problems
    document = own.build(_assessment(Language.ENGLISH, "2027"))
    text = text_of(document.data)
    assert "No answers yet: nobody has rated the statements of this round." in text
    assert "The quotient year by year" in text  # the rounds before it still show
    added = own.assessment.add_respondent(created.id or 0, "Karin", RespondentRole.OWNER)
    assert added.ok
    assert own.assessment.set_answer(added.id or 0, STATEMENTS[0].code, 4).ok
    partly = text_of(own.build(_assessment(Language.ENGLISH, "2027")).data)
    assert "Not scored yet: 24 statement(s) have no rating." in partly


# ---------------------------------------------------------------------------- complaints


@pytest.mark.parametrize("language", list(Language))
def test_complaint_report_in_each_language(
    demo: Opened, language: Language, captured: list[ComplaintReport]
) -> None:
    document = demo.build(_complaints(language))
    assert document.kind is DocumentKind.COMPLAINTS
    check_pdf(document, language)
    report = captured[-1]
    assert (report.first, report.last) == (date(2025, 11, 24), DEMO_TODAY)
    pages = pages_of(document.data)
    text = "\n".join(pages)
    for words in WORDS[DocumentKind.COMPLAINTS][language]:
        assert words in text, words
    # The categories as the business named them, the top three first.
    for name in ("Trasig eller felaktig vara", "Väntetid", "Leverans och frakt", "Övrigt"):
        assert name in text
    assert [count.name for count in report.categories[:3]] == [
        count.name
        for count in demo.complaints.top_problems(
            datetime(2025, 11, 24, tzinfo=report.zone), datetime(2026, 11, 24, tzinfo=report.zone)
        ).top_three
    ]
    # A customer from the table, with Swedish or Romanian letters as typed.
    customers = [row.customer_name for row in report.rows]
    assert any(re.search("[åäöÅÄÖșțăîâȘȚĂÎÂ]", name) for name in customers[:40])
    for name in customers[:40]:
        assert name in text
    # The table runs over many pages, its header on each.
    table = _table_pages(pages, language)
    assert len(table) > 2
    for page in table[1:3]:
        lines = page.splitlines()
        assert all(header in page for header in TABLE_HEADERS[language])
        assert lines[0].startswith(TABLE_HEADERS[language][0])
    assert (
        len(report.rows)
        == report.total
        == demo.complaints.count(
            LogFilter(
                received_from=datetime(2025, 11, 24, tzinfo=report.zone),
                received_before=datetime(2026, 11, 24, tzinfo=report.zone),
            )
        )
    )


def test_a_period_ending_before_it_starts_is_an_error(demo: Opened) -> None:
    with pytest.raises(DocumentError) as caught:
        demo.build(_complaints(first=date(2026, 5, 1), last=date(2026, 4, 30)))
    assert caught.value.code is DocumentErrorCode.BAD_PERIOD
    assert caught.value.params == {"first": "2026-05-01", "last": "2026-04-30"}


def test_a_period_given_by_one_end_runs_twelve_months(
    demo: Opened, captured: list[ComplaintReport]
) -> None:
    demo.build(_complaints(Language.ENGLISH, last=date(2026, 3, 31)))
    assert (captured[-1].first, captured[-1].last) == (date(2025, 4, 1), date(2026, 3, 31))
    demo.build(_complaints(Language.ENGLISH, first=date(2026, 3, 1)))
    assert (captured[-1].first, captured[-1].last) == (date(2026, 3, 1), DEMO_TODAY)
    months = [month.month for month in captured[-1].months]
    assert months == [date(2026, month, 1) for month in range(3, 12)]


@pytest.mark.parametrize("language", list(Language))
def test_an_empty_period_builds_and_says_so(demo: Opened, language: Language) -> None:
    document = demo.build(_complaints(language, first=date(2020, 1, 1), last=date(2020, 1, 31)))
    check_pdf(document, language)
    text = text_of(document.data)
    said = {
        Language.ENGLISH: "No complaints were received in this period.",
        Language.SWEDISH: "Inga klagomål kom in under perioden.",
        Language.ROMANIAN: "Nu a fost primită nicio reclamație în această perioadă.",
    }
    assert said[language] in text
    assert document.pages == 1


def test_a_filter_report_holds_exactly_what_the_filter_shows(
    demo: Opened, captured: list[ComplaintReport]
) -> None:
    chosen = LogFilter(statuses=(ComplaintStatus.RESOLVED,))
    document = demo.build(_complaints(Language.ENGLISH, log_filter=chosen))
    report = captured[-1]
    expected = demo.complaints.ordered_ids(LogQuery(chosen, SortColumn.RECEIVED, False))
    assert report.total == len(expected) > 0
    assert [row.id for row in report.rows] == list(expected)
    assert all(row.status is ComplaintStatus.RESOLVED for row in report.rows)
    assert sum(count.count for count in report.categories) == report.total
    assert sum(month.count for month in report.months) == report.total
    text = text_of(document.data)
    assert "The complaints the log's filter shows" in text
    assert "Filter: status: Resolved" in text
    listing = "\n".join(_table_pages(pages_of(document.data), Language.ENGLISH))
    assert "Resolved" in listing
    for other in ("Followed up", "In progress", "Waiting for the customer"):
        assert other not in listing


def test_a_filter_by_category_and_search_counts_only_its_complaints(
    demo: Opened, captured: list[ComplaintReport]
) -> None:
    category = demo.complaints.categories()[1]
    chosen = LogFilter(
        category_ids=(category.id,),
        received_from=datetime(2026, 1, 1, tzinfo=UTC),
        received_before=datetime(2026, 7, 1, tzinfo=UTC),
    )
    document = demo.build(_complaints(Language.SWEDISH, log_filter=chosen))
    report = captured[-1]
    assert report.total == demo.complaints.count(chosen) > 0
    assert [count.name for count in report.categories] == [category.name]
    assert (report.first, report.last) == (date(2026, 1, 1), date(2026, 7, 1))
    assert report.compliance is not None
    assert report.compliance.whole_period  # the targets' figures cover every complaint
    text = text_of(document.data)
    assert f"kategori: {category.name}" in text
    assert "inte bara dem som filtret visar" in text


def test_an_empty_filter_says_it_shows_nothing(demo: Opened) -> None:
    chosen = LogFilter(search="zzzqqqxxx")
    text = text_of(demo.build(_complaints(Language.ROMANIAN, log_filter=chosen)).data)
    assert "Filtrul nu afișează nicio reclamație." in text


def test_without_targets_the_service_section_is_left_out(own: Opened) -> None:
    with_targets = text_of(own.build(_complaints(Language.ENGLISH)).data)
    assert "Service targets" in with_targets
    outcome = own.service_clock.set_targets(None, None, None, None)
    assert outcome.ok
    assert all(
        (target.acknowledge_hours, target.resolve_days, target.follow_up_days) == (None, None, None)
        for target in own.service_clock.settings().categories
    )
    text = text_of(own.build(_complaints(Language.ENGLISH)).data)
    assert "Service targets" not in text
    assert "Handling time" not in text
    assert "Resolved within target" not in text
    assert "Complaints per month" in text


def test_a_huge_period_lists_the_first_rows_and_says_how_many_more(
    demo: Opened, captured: list[ComplaintReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_documents, "TABLE_LIMIT", 40)
    document = demo.build(_complaints(Language.ENGLISH))
    report = captured[-1]
    assert len(report.rows) == 40
    more = report.total - 40
    text = " ".join(text_of(document.data).split())
    assert (
        f"The table lists the first 40 of the {report.total:,} complaints; the other {more:,} "
        "are left out" in text
    )
    romanian = " ".join(text_of(demo.build(_complaints(Language.ROMANIAN)).data).split())
    assert f"primele 40 din cele {report.total:,}".replace(",", ".") in romanian


def test_paper_follows_the_setting(own: Opened) -> None:
    own.documents.set_paper(PaperSize.LETTER)
    for request in (_complaints(first=DEMO_TODAY - timedelta(days=30)), _assessment()):
        reader = PdfReader(io.BytesIO(own.build(request).data))
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_progress_rises_to_the_rows_laid_out_and_cancel_stops(demo: Opened) -> None:
    seen: list[tuple[int, int]] = []
    demo.build(_complaints(), progress=lambda done, total: seen.append((done, total)))
    counted = [(done, total) for done, total in seen if total]
    assert counted[-1][0] == counted[-1][1] > 100
    assert [done for done, _ in counted] == sorted(done for done, _ in counted)
    # Cancelled while the table is laid out, and between the assessment's charts.
    for kind, allowed in ((DocumentKind.COMPLAINTS, 3), (DocumentKind.ASSESSMENT, 2)):
        asked: list[int] = []

        def cancelled(asked: list[int] = asked, allowed: int = allowed) -> bool:
            asked.append(1)
            return len(asked) > allowed

        with pytest.raises(DocumentError) as caught:
            demo.build(DocumentRequest(kind), cancelled=cancelled)
        assert caught.value.code is DocumentErrorCode.CANCELLED


def test_lines_wrap_within_the_column_and_long_text_is_cut() -> None:
    word = "Ș" * 300
    lines = wrap_lines(f"short {word} end", 60.0, lines=5)
    assert len(lines) == 5
    assert lines[0] == "short"
    assert lines[-1].endswith("\u2026")
    assert "".join(lines[1:-1]) == "Ș" * len("".join(lines[1:-1]))
    assert wrap_lines("", 60.0) == [""]
    assert wrap_lines("a b c", 500.0) == ["a b c"]


# ---------------------------------------------------------------------------- hostile text


def _set_complaint(opened: Opened, complaint_id: int, **values: str) -> None:
    with opened.database.sessions.write() as session:
        session.execute(update(Complaint).where(Complaint.id == complaint_id).values(**values))


def _set_category(opened: Opened, category_id: int, name: str) -> None:
    with opened.database.sessions.write() as session:
        session.execute(
            update(ComplaintCategory).where(ComplaintCategory.id == category_id).values(name=name)
        )


def _one_complaint(opened: Opened) -> tuple[int, int, LogFilter]:
    """The newest complaint with a category, and a filter that shows it alone."""
    row = opened.complaints.first_page(LogQuery(LogFilter(), SortColumn.RECEIVED, True), 1).rows[0]
    with opened.database.sessions.read() as session:
        category = session.scalar(select(Complaint.category_id).where(Complaint.id == row.id))
    assert category is not None
    shown = LogFilter(
        received_from=row.received_at, received_before=row.received_at + timedelta(seconds=1)
    )
    return row.id, category, shown


def _hostile(limit: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE),
        st.text(ALPHABET, min_size=1, max_size=limit).filter(lambda text: squeezed(text) != ""),
    )


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(customer=_hostile(60), complaint=_hostile(30), category=_hostile(60))
# A text starting with NUL once printed nothing: SQLite's substr() stops at the NUL.
@example(customer="A < B & C", complaint="\x00=", category="A < B & C")
def test_hostile_complaint_texts_print_as_typed(
    scratch: Opened, customer: str, complaint: str, category: str
) -> None:
    complaint_id, category_id, shown = _one_complaint(scratch)
    _set_complaint(scratch, complaint_id, customer_name=customer, description=complaint)
    _set_category(scratch, category_id, category)
    document = scratch.build(_complaints(Language.ROMANIAN, log_filter=shown))
    text = squeezed(text_of(document.data))
    assert squeezed(customer) in text
    assert squeezed(complaint) in text
    assert squeezed(category) in text


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(label=_hostile(80), names=st.lists(_hostile(60), min_size=1, max_size=3))
def test_hostile_round_labels_and_respondent_names_print_as_typed(
    scratch: Opened, label: str, names: list[str]
) -> None:
    with scratch.database.sessions.write() as session:
        earlier = select(AssessmentRound.id).where(AssessmentRound.held_on == DEMO_TODAY)
        session.execute(
            delete(AssessmentRespondent).where(AssessmentRespondent.round_id.in_(earlier))
        )
        session.execute(delete(AssessmentRound).where(AssessmentRound.held_on == DEMO_TODAY))
        newest = AssessmentRound(label=label, held_on=DEMO_TODAY, statement_set_version=1)
        session.add(newest)
        session.flush()
        for position, name in enumerate(names):
            session.add(
                AssessmentRespondent(
                    round_id=newest.id,
                    name=name,
                    role=RespondentRole.STAFF.value,
                    position=position,
                )
            )
    document = scratch.build(_assessment(Language.SWEDISH))
    text = squeezed(text_of(document.data))
    assert squeezed(f"Kundservicekvot: {label}") in text
    for name in names:
        assert squeezed(name) in text


def test_huge_texts_never_break_a_build(own: Opened) -> None:
    # Each text in letters of its own: a text that runs over pages comes back in parts, with
    # the table's header and the page's frame between them.
    customer, complaint, category = "Ö" * 50_000, "Ș" * 50_000, "Å" * 50_000
    complaint_id, category_id, shown = _one_complaint(own)
    _set_complaint(own, complaint_id, customer_name=customer, description=complaint + " rest")
    _set_category(own, category_id, "<b>" + category)
    for request in (_complaints(Language.ENGLISH, log_filter=shown), _complaints(Language.ENGLISH)):
        document = own.build(request)
        text = squeezed(text_of(document.data))
        assert text.count("Ö") >= 50_000  # the customer, whole, in the table
        assert text.count("Å") >= 50_000  # the category, whole, in the table of categories
        assert "<b>ÅÅÅ" in text
        assert "Ș" * 40 + "\u2026" in text  # the start of the complaint (two lines)
        assert document.pages > 50
    label, name = "Ä" * 50_000, "ș" * 50_000
    with own.database.sessions.write() as session:
        newest = session.scalar(select(AssessmentRound.id).where(AssessmentRound.label == "2026"))
        session.execute(
            update(AssessmentRound).where(AssessmentRound.id == newest).values(label=label)
        )
        session.execute(
            update(AssessmentRespondent)
            .where(AssessmentRespondent.round_id == newest, AssessmentRespondent.position == 0)
            .values(name=name)
        )
    document = own.build(_assessment(Language.ROMANIAN))
    text = squeezed(text_of(document.data))
    assert squeezed(f"Coeficientul serviciului pentru clienți: {label[:99]}\u2026") in text
    assert text.count("Ä") >= 50_000  # in full, under the title
    assert text.count("ș") >= 50_000
    assert len(document.title) < 200
    assert len(document.file_name) < 200


def test_a_scored_round_with_a_hostile_label_draws_its_charts(own: Opened) -> None:
    label = "$\\frac{1}{0}$ <b>\x07 Ș" + "\U0001f600" * 3 + "x" * 300
    with own.database.sessions.write() as session:
        session.execute(
            update(AssessmentRound).where(AssessmentRound.label == "2025").values(label=label)
        )
    document = own.build(_assessment(Language.ENGLISH))
    text = squeezed(text_of(document.data))
    assert squeezed("Change since $\\frac{1}{0}$ <b> Ș") in text
