"""A round's PDF report and CSV file: content, languages, markup in labels, atomic writes."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import STATEMENTS, RespondentRole, round_result
from policydesk.domain.quotient_texts import role_name, statement_text
from policydesk.export.assessment_report import (
    ReportRespondent,
    RoundReport,
    format_day,
    format_number,
    respondent_labels,
    round_csv_text,
    round_pdf_bytes,
    write_round_csv,
    write_round_pdf,
)
from policydesk.export.pdf import PaperSize
from policydesk.services.assessment import AssessmentService
from policydesk.services.assessment_export import (
    AssessmentExportService,
    ReportFormat,
    open_for_export,
)
from policydesk.services.demo import create_demo_file
from policydesk.storage.database import Database
from tests.conftest import digest

MARKUP = 'Höst <b>& "ș" </b>'
HAS_POPPLER = shutil.which("pdftotext") is not None


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, plus a fourth round whose label is full of markup."""
    path = tmp_path_factory.mktemp("assessment-report") / "demo.policydesk"
    create_demo_file(path)
    with Database.open(path) as database:
        service = AssessmentService(database.sessions)
        outcome = service.create_round(MARKUP, service.today())
        assert outcome.ok, outcome.problems
        assert outcome.id is not None
        for name, role, rating in (("Ana & <Ion>", RespondentRole.OWNER, 5), ("", "staff", 2)):
            added = service.add_respondent(outcome.id, name, RespondentRole(role))
            assert added.id is not None
            for statement in STATEMENTS:
                assert service.set_answer(added.id, statement.code, rating).ok
    return path


@pytest.fixture
def service(demo: Path) -> Iterator[AssessmentExportService]:
    with open_for_export(demo) as found:
        yield found


def _round_id(service: AssessmentExportService, label: str) -> int:
    found = service.find_round(label)
    assert found is not None
    return found.id


def _pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space (line ends too) as one space."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


# ---------------------------------------------------------------------------- numbers and names


def test_numbers_round_half_up_with_the_languages_decimal_mark() -> None:
    assert format_number(Fraction(543, 20), Language.ENGLISH) == "27.15"
    assert format_number(Fraction(543, 20), Language.SWEDISH) == "27,15"
    assert format_number(Fraction(217, 8), Language.ROMANIAN) == "27,13"  # 27.125, half up
    assert format_number(Fraction(-1, 4), Language.SWEDISH, signed=True) == "-0,25"
    assert format_number(Fraction(1, 4), Language.SWEDISH, signed=True) == "+0,25"
    assert format_number(Fraction(-1, 1000), Language.ENGLISH, signed=True) == "0.00"
    assert format_number(-2, Language.ENGLISH, minus="\u2212") == "\u22122.00"
    assert format_number(3, Language.ENGLISH, decimals=0) == "3"


def test_days_are_written_out_in_each_language() -> None:
    day = date(2026, 3, 9)
    assert format_day(day, Language.ENGLISH) == "9 March 2026"
    assert format_day(day, Language.SWEDISH) == "9 mars 2026"
    assert format_day(day, Language.ROMANIAN) == "9 martie 2026"


def test_anonymous_respondents_are_named_by_role_and_repeats_numbered() -> None:
    people = [
        ReportRespondent("Karin", RespondentRole.OWNER),
        ReportRespondent("", RespondentRole.STAFF),
        ReportRespondent("", RespondentRole.STAFF),
        ReportRespondent("", RespondentRole.MANAGER),
    ]
    assert respondent_labels(people, Language.SWEDISH) == [
        "Karin",
        "Medarbetare (1)",
        "Medarbetare (2)",
        "Chef",
    ]


# ---------------------------------------------------------------------------- the report


def test_report_holds_the_round_its_respondents_and_the_previous_round(
    service: AssessmentExportService,
) -> None:
    report = service.report(_round_id(service, "2026"))
    assert report is not None
    assert report.label == "2026"
    assert report.closed
    assert len(report.respondents) == 6
    assert report.respondents[0].role is RespondentRole.OWNER
    assert any(person.anonymous for person in report.respondents)
    assert all(len(person.ratings) == 25 for person in report.respondents)
    assert report.result.result is not None
    assert report.result == round_result([p.ratings for p in report.respondents])
    assert len(report.spread) == 7
    assert report.previous is not None
    assert report.previous.label == "2025"
    assert report.business_name

    oldest = service.report(_round_id(service, "2024"))
    assert oldest is not None
    assert oldest.previous is None
    assert service.report(10_000) is None


def test_compare_with_chooses_the_round_or_none(service: AssessmentExportService) -> None:
    newest = _round_id(service, "2026")
    report = service.report(newest, compare_with=_round_id(service, "2024"))
    assert report is not None
    assert report.previous is not None
    assert report.previous.label == "2024"
    alone = service.report(newest, compare_with=newest)
    assert alone is not None
    assert alone.previous is None


def test_rounds_are_found_by_label_ignoring_case(service: AssessmentExportService) -> None:
    assert service.find_round(" 2025 ") is not None
    assert service.find_round(MARKUP.upper()) is not None
    assert service.find_round("1999") is None


# ---------------------------------------------------------------------------- PDF


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_swedish_pdf_has_the_quotient_with_a_decimal_comma(
    service: AssessmentExportService, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.pdf"
    round_id = _round_id(service, "2026")
    exported = service.export(target, round_id, language=Language.SWEDISH)
    assert exported is not None
    assert exported.format is ReportFormat.PDF
    assert exported.compared_with == "2025"
    assert target.read_bytes().startswith(b"%PDF")
    report = service.report(round_id)
    assert report is not None
    assert report.result.result is not None
    quotient = format_number(report.result.result.total, Language.SWEDISH)
    assert "," in quotient
    text = _pdf_text(target)
    assert f"Kvot: {quotient} av 35" in text
    assert "Kundservicekvot: 2026" in text
    assert "Förändring sedan 2025" in text
    assert statement_text("culture.right_first_time", Language.SWEDISH) in text
    assert "Karin Ekström" in text
    assert "De två svagaste områdena" in text
    # No partial file is left beside it.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rapport.pdf"]


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_romanian_pdf_keeps_its_letters(service: AssessmentExportService, tmp_path: Path) -> None:
    target = tmp_path / "raport.pdf"
    service.export(target, _round_id(service, "2025"), language=Language.ROMANIAN)
    text = _pdf_text(target)
    assert "Coeficientul serviciului pentru clienți" in text
    assert "Îmbunătățire continuă" in text
    assert "Ștefan Câmpeanu" in text
    assert "ș" in text
    assert "ă" in text


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_markup_in_labels_and_names_prints_as_written(
    service: AssessmentExportService, tmp_path: Path
) -> None:
    target = tmp_path / "markup.pdf"
    exported = service.export(target, _round_id(service, MARKUP), language=Language.ENGLISH)
    assert exported is not None
    text = _pdf_text(target)
    assert f"Customer-service quotient: {MARKUP.strip()}" in text
    assert "Ana & <Ion> (Owner)" in text
    assert "Staff member (anonymous)" in text
    assert "Quotient: 24.50 of 35" in text  # all 5s and all 2s: 3.5 per area
    assert "Adequate." in text


def test_an_open_round_and_an_unscored_one_still_make_a_pdf(tmp_path: Path) -> None:
    report = RoundReport(
        label="Draft",
        held_on=date(2026, 1, 5),
        statement_set_version=1,
        respondents=(ReportRespondent("", RespondentRole.STAFF, {"culture.right_first_time": 4}),),
        result=round_result([{"culture.right_first_time": 4}]),
        spread=(None,) * 7,
        closed=False,
    )
    target = tmp_path / "draft.pdf"
    write_round_pdf(target, report, Language.ENGLISH)
    assert target.read_bytes().startswith(b"%PDF")
    if HAS_POPPLER:
        text = _pdf_text(target)
        assert "Not scored yet: 24 statement(s) have no rating." in text
        assert "still open" in text


def test_the_pdf_is_in_the_house_frame_with_the_year_over_year_chart(
    service: AssessmentExportService,
) -> None:
    report = service.report(_round_id(service, "2026"))
    assert report is not None
    history = [
        (info.label, info.result.total) for info in reversed(service.rounds()) if info.result
    ]
    data = round_pdf_bytes(
        report, Language.SWEDISH, history=history, business="Cykel <&> AB", paper=PaperSize.LETTER
    )
    reader = PdfReader(io.BytesIO(data))
    first = reader.pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (612, 792)
    pages = [page.extract_text() for page in reader.pages]
    assert all("Cykel <&> AB" in page for page in pages)  # the header, on every page
    assert f"Sida 1 av {len(pages)}" in pages[0]
    text = "\n".join(pages)
    assert "Kvoten år för år" in text
    assert "Så ser ägaren och personalen det" in text
    assert reader.metadata is not None
    assert reader.metadata.author == "Cykel <&> AB"
    assert reader.metadata.title == "Kundservicekvot: 2026"
    assert str(reader.root_object["/Lang"]) == "sv-SE"
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"]


# ---------------------------------------------------------------------------- CSV


def _csv_rows(path: Path, separator: str) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def test_swedish_csv_round_trips_with_semicolons(
    service: AssessmentExportService, tmp_path: Path
) -> None:
    target = tmp_path / "omgång.csv"
    round_id = _round_id(service, "2026")
    exported = service.export(target, round_id, language=Language.SWEDISH)
    assert exported is not None
    assert exported.format is ReportFormat.CSV
    assert exported.compared_with == ""
    rows = _csv_rows(target, ";")
    header = rows[0]
    assert header[:3] == ["Område", "Påstående", "Medel"]
    assert "Karin Ekström" in header
    assert "Medarbetare" in header  # the anonymous respondent, by role
    assert len(header) == 3 + 6
    assert len(rows) == 1 + 25 + 7 + 1
    first = rows[1]
    assert first[1] == statement_text("culture.whatever_it_takes", Language.SWEDISH)
    assert "," in first[2] or first[2].isdigit()
    assert all(cell in {"1", "2", "3", "4", "5"} for cell in first[3:])
    report = service.report(round_id)
    assert report is not None
    assert report.result.result is not None
    total = rows[-1]
    assert total[0] == "Kvot"
    assert total[2] == format_number(report.result.result.total, Language.SWEDISH)


def test_english_csv_uses_commas(service: AssessmentExportService, tmp_path: Path) -> None:
    target = tmp_path / "round.csv"
    service.export(target, _round_id(service, "2025"), language=Language.ENGLISH)
    rows = _csv_rows(target, ",")
    assert rows[0][:3] == ["Area", "Statement", "Mean"]
    assert rows[-1][0] == "Quotient"
    assert "." in rows[-1][2]


def test_csv_cells_that_look_like_formulas_are_protected() -> None:
    people = (
        ReportRespondent("=HYPERLINK(1)", RespondentRole.OWNER, {}),
        ReportRespondent("@boss", RespondentRole.STAFF, {}),
    )
    report = RoundReport(
        label="x",
        held_on=date(2026, 1, 5),
        statement_set_version=1,
        respondents=people,
        result=round_result([]),
        spread=(None,) * 7,
    )
    header = next(csv.reader(io.StringIO(round_csv_text(report, Language.ROMANIAN)), delimiter=";"))
    assert header[3:] == ["'=HYPERLINK(1)", "'@boss"]


def test_csv_header_has_a_column_per_respondent_even_when_names_repeat(tmp_path: Path) -> None:
    answers = {statement.code: 3 for statement in STATEMENTS}
    people = (
        ReportRespondent("", RespondentRole.STAFF, answers),
        ReportRespondent("", RespondentRole.STAFF, answers),
    )
    report = RoundReport(
        label="x",
        held_on=date(2026, 1, 5),
        statement_set_version=1,
        respondents=people,
        result=round_result([answers, answers]),
        spread=(None,) * 7,
    )
    target = tmp_path / "r.csv"
    write_round_csv(target, report, Language.ROMANIAN)
    rows = _csv_rows(target, ";")
    assert rows[0][3:] == [
        f"{role_name(RespondentRole.STAFF, Language.ROMANIAN)} ({n})" for n in (1, 2)
    ]
    assert rows[-1] == ["Coeficient", "Acceptabil", "21,00", "21,00", "21,00"]


# ---------------------------------------------------------------------------- failures


def test_a_failed_write_leaves_the_old_file_and_no_partial(
    service: AssessmentExportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    before = digest(target)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserFacingError) as caught:
        service.export(target, _round_id(service, "2026"))
    assert caught.value.code is ErrorCode.DISK_FULL
    assert caught.value.path == target
    assert digest(target) == before
    assert [path.name for path in tmp_path.iterdir()] == ["report.pdf"]


def test_unwritable_targets_are_user_facing_errors(
    service: AssessmentExportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id = _round_id(service, "2026")
    with pytest.raises(UserFacingError) as missing:
        service.export(tmp_path / "nowhere" / "r.pdf", round_id)
    assert missing.value.code is ErrorCode.FOLDER_NOT_FOUND
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(UserFacingError) as folder:
        service.export(tmp_path / "folder.pdf", round_id)
    assert folder.value.code is ErrorCode.NOT_A_FILE

    real_open = os.open

    def refused(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".partial"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(UserFacingError) as read_only:
        service.export(tmp_path / "r.csv", round_id)
    assert read_only.value.code is ErrorCode.READ_ONLY_FOLDER
    assert read_only.value.path == tmp_path
    assert not (tmp_path / "r.csv").exists()
