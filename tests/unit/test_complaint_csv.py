"""Complaints to and from CSV: detection, parsing, hostile files, all or nothing, round trips."""

from __future__ import annotations

import codecs
import csv
import io
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintStatus,
    FollowUpOutcome,
    LogFilter,
    LogQuery,
    SortColumn,
)
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.export import complaints_csv as cc
from policydesk.export.complaints_csv import CsvField, CsvProblem, CsvProblemCode, TimelineStep
from policydesk.services.complaint_transfer import ComplaintTransferService, ImportReport
from policydesk.services.complaints import ComplaintService
from policydesk.services.demo import create_demo_file
from policydesk.storage.database import Database, create
from policydesk.storage.schema import Business, Complaint, ComplaintAction, ComplaintCategory, Staff

ZONE = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _clock() -> datetime:
    return NOW


# ---------------------------------------------------------------------------- fixtures


def _open_shop(path: Path, language: str = "sv") -> Database:
    create(path)
    database = Database.open(path)
    with database.sessions.write() as session:
        session.execute(
            insert(Business),
            [
                {
                    "id": 1,
                    "name": "Cykelverkstan",
                    "timezone": "Europe/Stockholm",
                    "currency": "SEK",
                    "language": language,
                }
            ],
        )
    return database


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    """An open file of a Swedish shop, without complaints."""
    database = _open_shop(tmp_path / "shop.policydesk")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def transfer(shop: Database) -> ComplaintTransferService:
    return ComplaintTransferService(shop.sessions, _clock)


def _write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _csv(path: Path, rows: list[list[str]], separator: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return _write(path, buffer.getvalue())


def _counts(database: Database) -> tuple[int, int, int, int]:
    with database.sessions.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Complaint)) or 0,
            session.scalar(select(func.count()).select_from(ComplaintAction)) or 0,
            session.scalar(select(func.count()).select_from(ComplaintCategory)) or 0,
            session.scalar(select(func.count()).select_from(Staff)) or 0,
        )


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {row[0] for row in rows}


def _codes(report: ImportReport) -> list[tuple[int, str]]:
    return [
        (p.row, p.problem.code.value if p.problem is not None else p.code.value)
        for p in report.problems
    ]


HEADER = ["Mottaget", "Klagomål", "Kundens namn", "Status", "Belopp", "Ersättning"]


# ---------------------------------------------------------------------------- names and words


@pytest.mark.parametrize("language", list(Language))
def test_every_header_name_maps_back_to_its_column(language: Language) -> None:
    for column in cc.COLUMNS:
        assert cc.column_for_header(cc.header_name(column, language)) is column


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("KLAGOMAL", CsvField.DESCRIPTION),
        ("reclamatie", CsvField.DESCRIPTION),
        ("  Primită   de ", CsvField.RECEIVED_BY),
        ("E-MAILUL CLIENTULUI", CsvField.CUSTOMER_EMAIL),
        ("customer_name", CsvField.CUSTOMER_NAME),
        ("Åtgärder", CsvField.STEPS),
        ("Datum", CsvField.RECEIVED_AT),
        ("Something else", None),
    ],
)
def test_header_names_ignore_case_accents_and_punctuation(
    name: str, column: CsvField | None
) -> None:
    assert cc.column_for_header(name) is column


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ny", ComplaintStatus.NEW),
        ("nouă", ComplaintStatus.NEW),
        ("NOUA", ComplaintStatus.NEW),
        ("In progress", ComplaintStatus.IN_PROGRESS),
        ("pågår", ComplaintStatus.IN_PROGRESS),
        ("În lucru", ComplaintStatus.IN_PROGRESS),
        ("in_progress", ComplaintStatus.IN_PROGRESS),
        ("ASTEAPTA CLIENTUL", ComplaintStatus.WAITING),
        ("Väntar på kunden", ComplaintStatus.WAITING),
        ("Resolved", ComplaintStatus.RESOLVED),
        ("Löst", ComplaintStatus.RESOLVED),
        ("Rezolvată", ComplaintStatus.RESOLVED),
        ("closed", ComplaintStatus.CLOSED),
        ("Uppföljt", ComplaintStatus.CLOSED),
        ("Închisă", ComplaintStatus.CLOSED),
    ],
)
def test_status_words_in_three_languages_and_codes(text: str, status: ComplaintStatus) -> None:
    assert cc.parse_status(text) is status


def test_every_word_of_every_language_reads_back() -> None:
    for language in Language:
        for status in ComplaintStatus:
            assert cc.parse_status(cc.status_word(status, language)) is status
        for channel in Channel:
            assert cc.parse_channel(cc.channel_word(channel, language)) is channel
            assert cc.parse_channel(channel.value) is channel
        for outcome in FollowUpOutcome:
            assert cc.parse_outcome(cc.outcome_word(outcome, language)) is outcome
            assert cc.parse_outcome(outcome.value) is outcome
        for kind in CompensationKind:
            assert cc.parse_compensation(cc.compensation_word(kind, language)) is kind
            assert cc.parse_compensation(kind.value) is kind
        for value in (True, False):
            assert cc.parse_yes_no(cc.yes_no_word(value, language)) is value


@pytest.mark.parametrize("text", ["", "maybe", "Stängdd", "resolvedx"])
def test_unknown_words_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="unknown word"):
        cc.parse_status(text)


# ---------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-09 14:30", datetime(2026, 3, 9, 14, 30, tzinfo=ZONE)),  # sv
        ("09.03.2026 14:30", datetime(2026, 3, 9, 14, 30, tzinfo=ZONE)),  # ro
        ("09/03/2026 14:30", datetime(2026, 3, 9, 14, 30, tzinfo=ZONE)),  # en, day first
        ("9.3.2026", datetime(2026, 3, 9, tzinfo=ZONE)),
        ("09/03/2026", datetime(2026, 3, 9, tzinfo=ZONE)),
        ("2026-03-09", datetime(2026, 3, 9, tzinfo=ZONE)),
        ("09.03.2026 14:30:15", datetime(2026, 3, 9, 14, 30, 15, tzinfo=ZONE)),
        ("2026-03-09T14:30:00+02:00", datetime(2026, 3, 9, 12, 30, tzinfo=UTC)),
        ("2026-03-09 13:30:00.000042Z", datetime(2026, 3, 9, 13, 30, 0, 42, tzinfo=UTC)),
        (" 2026-07-01 08:00 ", datetime(2026, 7, 1, 8, 0, tzinfo=ZONE)),
    ],
)
def test_dates_in_every_locale(text: str, expected: datetime) -> None:
    assert cc.parse_instant(text, ZONE) == expected


@pytest.mark.parametrize(
    "text", ["31.02.2026", "2026-13-01", "yesterday", "03/09/26", "14:30", "2026-03-09 25:00"]
)
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"date|month|day|hour|range|Invalid"):
        cc.parse_instant(text, ZONE)


def test_instants_are_written_in_business_time_with_their_offset() -> None:
    winter = datetime(2026, 1, 15, 13, 5, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 13, 5, 7, 123, tzinfo=UTC)
    assert cc.format_instant(winter, ZONE) == "2026-01-15 14:05:00+01:00"
    assert cc.format_instant(summer, ZONE) == "2026-07-15 15:05:07.000123+02:00"
    for moment in (winter, summer):
        assert cc.parse_instant(cc.format_instant(moment, ZONE), ZONE) == moment


@pytest.mark.parametrize(
    ("text", "hint", "minor"),
    [
        ("1 234,50", ",", 123450),
        ("1\u00a0234,50", ",", 123450),
        ("1.234,50", ",", 123450),
        ("1,234.50", ".", 123450),
        ("1,234.50", ",", 123450),
        ("1234.5", ",", 123450),
        ("1234,5", ".", 123450),
        ("250", ",", 25000),
        ("1,234", ".", 123400),  # English: a thousands separator
        ("1.234", ",", 123400),  # Swedish: a thousands separator
        ("1.234.567", ",", 123456700),
        ("0,05", ",", 5),
        ("-12,50", ",", -1250),
    ],
)
def test_amounts_in_every_locale(text: str, hint: str, minor: int) -> None:
    assert cc.parse_amount(text, "SEK", hint) == minor


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("abc", ","),
        ("12,345", ","),  # three decimals in a two-decimal currency
        ("1.2.3", ","),
        ("1,23,456.00", "."),
        ("1.234,567,8", ","),
        ("12 kr", ","),
        ("", ","),
    ],
)
def test_bad_amounts_are_refused(text: str, hint: str) -> None:
    with pytest.raises(ValueError, match=r"amount|decimals"):
        cc.parse_amount(text, "SEK", hint)


def test_amounts_follow_the_currency_and_the_language() -> None:
    assert cc.parse_amount("1 234", "JPY") == 1234
    assert cc.format_amount(123450, "SEK", Language.SWEDISH) == "1234,50"
    assert cc.format_amount(123450, "SEK", Language.ENGLISH) == "1234.50"
    assert cc.format_amount(5, "RON", Language.ROMANIAN) == "0,05"
    assert cc.format_amount(1234, "JPY", Language.ENGLISH) == "1234"
    assert cc.format_amount(None, "SEK", Language.ENGLISH) == ""


@pytest.mark.parametrize(
    "text",
    ["=SUM(A1)", "+46 70", "-5", "@here", "\tx", "\rx", "'=x", "''+y", "'plain", "plain", ""],
)
def test_formula_protection_round_trips(text: str) -> None:
    written = cc.protect(text)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cc.unprotect(written) == text


def test_only_the_added_quote_is_removed() -> None:
    assert cc.protect("=1+1") == "'=1+1"
    assert cc.protect("'hello") == "'hello"
    assert cc.unprotect("'hello") == "'hello"
    assert cc.unprotect("'-5") == "-5"


def test_steps_round_trip_with_pipes_backslashes_and_line_breaks() -> None:
    steps = [
        TimelineStep(datetime(2026, 3, 9, 13, 30, tzinfo=UTC), "Ana | Pop\\escu", "a | b | c"),
        TimelineStep(datetime(2026, 3, 9, 14, 0, 1, 5, tzinfo=UTC), "", "line\nnext\r\nend \\n"),
        TimelineStep(datetime(2026, 3, 10, 8, 0, tzinfo=UTC), "Åsa Öberg", " leading space"),
    ]
    cell = cc.format_steps(steps, ZONE)
    assert cell.count("\n") == 2
    parsed, bad = cc.parse_steps(cell, ZONE)
    assert bad == []
    assert parsed == steps


def test_hand_written_steps() -> None:
    parsed, bad = cc.parse_steps(
        "09.03.2026 14:30 | Anna | Called back\r\n\r\n10/03/2026 | Sent a new one\nno date here",
        ZONE,
    )
    assert [(s.taken_at, s.staff_name, s.text) for s in parsed] == [
        (datetime(2026, 3, 9, 14, 30, tzinfo=ZONE), "Anna", "Called back"),
        (datetime(2026, 3, 10, tzinfo=ZONE), "", "Sent a new one"),
    ]
    assert bad == ["no date here"]


# ---------------------------------------------------------------------------- detecting


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8-sig", "utf-8-sig"),
        ("utf-8", "utf-8"),
        ("utf-16", "utf-16"),
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    path = _write(
        tmp_path / "x.csv", "Mottaget;Klagomål\r\n2026-03-09;Växeln är trasig\r\n", encoding
    )
    layout = cc.inspect(path)
    assert layout.encoding == expected
    assert layout.headers == ("Mottaget", "Klagomål")
    records = list(cc.read_records(path, layout))
    assert records[0].cells == ["2026-03-09", "Växeln är trasig"]


def test_utf8_detection_reads_the_whole_file(tmp_path: Path) -> None:
    # Valid UTF-8 for the first megabytes, then one Windows-1252 byte: the file is cp1252.
    text = "Received,Complaint\r\n" + "2026-03-09,ok\r\n" * 200_000
    path = tmp_path / "late.csv"
    path.write_bytes(text.encode() + b"2026-03-10,caf\xe9\r\n")
    layout = cc.inspect(path)
    assert layout.encoding == "cp1252"
    assert list(cc.read_records(path, layout))[-1].cells == ["2026-03-10", "café"]


@pytest.mark.parametrize(("separator", "name"), [(";", "sc"), (",", "comma"), ("\t", "tab")])
def test_separators_are_detected(tmp_path: Path, separator: str, name: str) -> None:
    path = _csv(tmp_path / f"{name}.csv", [HEADER, ["2026-03-09", "a; b, c\td"]], separator)
    layout = cc.inspect(path)
    assert layout.separator == separator
    assert layout.mapping[:3] == (
        CsvField.RECEIVED_AT,
        CsvField.DESCRIPTION,
        CsvField.CUSTOMER_NAME,
    )


def test_a_sep_line_decides_the_separator(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "sep=,\r\nReceived,Complaint\r\n2026-03-09,x;y\r\n")
    layout = cc.inspect(path)
    assert (layout.separator, layout.header_row) == (",", 2)
    assert [record.row for record in cc.read_records(path, layout)] == [3]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "png"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml" + bytes(100), "xlsx"),
        (b"PK\x03\x04\x14\x00\x00\x00word" + bytes(100), "zip"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), "pdf"),
        (b"SQLite format 3\x00" + bytes(200), "sqlite"),
        (b"Received;Complaint\x00\x00\x00\x00\x00\x00" * 10, "binary"),
        ("Received;Complaint\r\n".encode("utf-16-le"), "binary"),  # UTF-16 without a BOM
    ],
)
def test_files_that_are_not_text_are_refused(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "renamed.csv"
    path.write_bytes(content)
    layout = cc.inspect(path)
    assert layout.problems == (CsvProblem(0, CsvProblemCode.NOT_TEXT, "", (("kind", kind),)),)


@pytest.mark.parametrize(
    "content", [b"", b"   \r\n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n"]
)
def test_empty_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert [p.code for p in cc.inspect(path).problems] == [CsvProblemCode.EMPTY_FILE]


# ---------------------------------------------------------------------------- hostile files


def test_an_empty_file_is_refused_and_nothing_changes(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    outcome = transfer.import_csv(path)
    assert outcome.imported == 0
    assert _codes(outcome.report) == [(0, "empty_file")]
    assert _counts(shop) == (0, 0, 0, 0)


def test_only_a_header_is_refused(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    path = _csv(tmp_path / "header.csv", [HEADER, [""] * len(HEADER)])
    report = transfer.preview_csv(path)
    assert _codes(report) == [(0, "no_rows")]
    assert not report.ok


def test_a_header_without_known_columns_is_refused_with_a_sample(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "x.csv", [["Foo", "Bar"], ["1", "2"], ["3", "4"]])
    report = transfer.preview_csv(path)
    assert _codes(report) == [(1, "no_known_columns")]
    assert report.sample == ((2, ("1", "2")), (3, ("3", "4")))
    # The user says what the columns hold: now the file reads.
    mapped = report.layout.with_mapping([CsvField.RECEIVED_AT, CsvField.DESCRIPTION])
    report = transfer.preview_csv(path, mapped)
    assert _codes(report) == [(2, "bad_date"), (3, "bad_date")]


def test_missing_and_duplicate_columns(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    path = _csv(tmp_path / "x.csv", [["Kundens namn", "Status"], ["Åsa", "Ny"]])
    report = transfer.preview_csv(path)
    assert [(p.code, p.field) for p in report.problems] == [
        (CsvProblemCode.MISSING_COLUMN, "description"),
        (CsvProblemCode.MISSING_COLUMN, "received_at"),
    ]
    layout = report.layout.with_mapping([CsvField.DESCRIPTION, CsvField.DESCRIPTION])
    codes = [p.code for p in transfer.preview_csv(path, layout).problems]
    assert CsvProblemCode.DUPLICATE_COLUMN in codes


def test_fifty_megabytes_of_garbage(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    binary = tmp_path / "garbage.csv"
    with binary.open("wb") as handle:
        for _ in range(50):
            handle.write(os.urandom(1024 * 1024))
    outcome = transfer.import_csv(binary)
    assert _codes(outcome.report) == [(0, "not_text")]
    # Text garbage: one enormous line with no known column is refused from its header.
    text = tmp_path / "text.csv"
    with text.open("w", encoding="ascii") as handle:
        for _ in range(50):
            handle.write("lorem ipsum dolor " * 58_000)
    outcome = transfer.import_csv(text)
    assert next(p.code for p in outcome.report.problems) is CsvProblemCode.NO_KNOWN_COLUMNS
    assert _counts(shop) == (0, 0, 0, 0)


def test_an_unterminated_quote(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "quote.csv",
        'Mottaget;Klagomål\r\n2026-03-09;ok\r\n2026-03-10;"never closed\r\n2026-03-11;x\r\n',
    )
    report = transfer.preview_csv(path)
    assert _codes(report) == [(3, "unclosed_quote")]
    assert not report.ok


def test_a_huge_cell_from_an_unterminated_quote(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "quote.csv",
        'Mottaget;Klagomål\r\n2026-03-09;"open\r\n' + "2026-03-10;text\r\n" * 20_000,
    )
    report = transfer.preview_csv(path)
    assert _codes(report) == [(2, "cell_too_long")]


def test_a_misplaced_quote_is_one_bad_row(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "quote.csv",
        'Mottaget;Klagomål\r\n2026-03-09;"a"b\r\n2026-03-10;fine\r\n',
    )
    report = transfer.preview_csv(path)
    assert _codes(report) == [(2, "bad_quotes")]
    assert report.rows == 1


def test_nul_bytes_in_a_cell(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    rows = [["Mottaget", "Klagomål"]] + [["2026-03-09", f"complaint {i}"] for i in range(200)]
    rows[50][1] = "bad\x00text"
    report = transfer.preview_csv(_csv(tmp_path / "nul.csv", rows))
    assert _codes(report) == [(51, "control_characters")]


def test_mixed_separators_and_too_many_columns(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "mixed.csv",
        "Mottaget;Klagomål;Kundens namn\r\n"
        "2026-03-09;ok;Åsa\r\n"
        "2026-03-09,comma,Bo\r\n"
        "2026-03-09;ok;Bo;extra\r\n"
        "2026-03-09;ok;Bo;;\r\n",
    )
    report = transfer.preview_csv(path)
    assert _codes(report) == [(3, "too_few_columns"), (4, "too_many_columns")]
    assert report.problems[0].params == (("count", 1), ("expected", 3))
    assert report.rows == 4


def test_every_bad_row_is_listed_by_its_spreadsheet_row(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "bad.csv",
        [
            [*HEADER, "Kanal", "Uppföljt", "Uppföljningens resultat", "Åtgärder"],
            ["2026-03-09 10:00", "Two\nlines", "Åsa", "Ny", "", "", "", "", "", ""],
            ["31.02.2026", "Bad date", "Bo", "", "", "", "", "", "", ""],
            ["2026-03-09", "Unknown status", "Bo", "Snart", "", "", "", "", "", ""],
            ["2026-03-09", "Bad amount", "Bo", "", "12 kr", "Rabatt", "", "", "", ""],
            ["2026-03-09", "", "Missing text", "", "", "", "", "", "", ""],
            ["2026-03-09", "Amount only", "Bo", "", "50", "", "Fax", "", "", ""],
            ["2027-03-09", "Future", "Bo", "", "", "", "", "", "", ""],
            ["2026-03-09", "Outcome", "Bo", "", "", "", "", "", "Nöjd", ""],
            ["2026-03-09", "Step", "Bo", "", "", "", "", "", "", "no date | x | y"],
            ["", "", "", "", "", "", "", "", "", ""],
            ["2026-03-09", "Last one is fine", "Bo", "", "", "", "", "", "", ""],
        ],
    )
    report = transfer.preview_csv(path)
    assert _codes(report) == [
        (3, "bad_date"),
        (4, "bad_word"),
        (5, "bad_amount"),
        (6, "description_required"),
        (7, "bad_word"),
        (7, "compensation_without_kind"),  # the rest of a row is checked too
        (8, "in_future"),
        (9, "outcome_without_time"),
        (10, "bad_step"),
    ]
    assert report.problems[1].column is CsvField.STATUS
    assert report.problems[1].param("value") == "Snart"
    assert report.problems[6].column is CsvField.RECEIVED_AT
    assert report.rows == 10
    assert report.bad_rows == (3, 4, 5, 6, 7, 8, 9, 10)
    assert transfer.import_csv(path).imported == 0


# ---------------------------------------------------------------------------- importing


def _rows(count: int, bad_at: int | None = None) -> Iterator[str]:
    yield "Mottaget;Klagomål;Kundens namn;Kategori;Mottaget av\r\n"
    for index in range(count):
        row = index + 2
        received = "2026-03-09 10:00" if row != bad_at else "2026-02-30 10:00"
        yield f"{received};Klagomål nummer {row};Kund {row % 97};Leverans;Anna\r\n"


def test_import_adds_complaints_categories_and_staff(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    with shop.sessions.write() as session:
        session.add(ComplaintCategory(name="LEVERANS", position=0))
    path = tmp_path / "rows.csv"
    path.write_text("".join(_rows(5)) + "2026-03-10;Ny kategori;Bo;Övrigt;bo\r\n", encoding="utf-8")
    report = transfer.preview_csv(path)
    assert report.ok
    assert report.new_categories == ("Övrigt",)
    assert report.new_staff == ("Anna", "bo")
    outcome = transfer.import_csv(path)
    assert outcome.imported == 6
    assert outcome.changes.complaints
    assert outcome.changes.staff
    assert _counts(shop) == (6, 0, 2, 2)
    service = ComplaintService(shop.sessions, _clock)
    assert [c.name for c in service.categories()] == ["LEVERANS", "Övrigt"]
    record = service.get(6)
    assert record is not None
    assert record.status is ComplaintStatus.NEW
    assert record.form.received_at == datetime(2026, 3, 10, tzinfo=ZONE)
    # Search finds imported complaints (the index was filled) and the triggers are back.
    assert service.count(LogFilter(search="kategori")) == 1
    assert service.count(LogFilter(search="nummer")) == 5
    assert {"complaint_fts_insert", "complaint_action_fts_insert"} <= _triggers(shop.path)


@pytest.mark.slow
def test_a_bad_row_at_row_90000_imports_nothing(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(_rows(95_000, bad_at=90_000))
    before = _triggers(shop.path)
    outcome = transfer.import_csv(path)
    assert outcome.imported == 0
    assert _codes(outcome.report) == [(90_000, "bad_date")]
    assert outcome.report.rows == 95_000
    assert _counts(shop) == (0, 0, 0, 0)
    assert _triggers(shop.path) == before


def test_cancel_half_way_imports_nothing(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(_rows(20_000))
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1][0] > seen[-1][1] // 2

    outcome = transfer.import_csv(
        path, progress=lambda d, t: seen.append((d, t)), cancelled=cancelled
    )
    assert outcome.cancelled
    assert outcome.imported == 0
    assert _counts(shop) == (0, 0, 0, 0)
    assert {"complaint_fts_insert", "complaint_action_fts_insert"} <= _triggers(shop.path)
    # A cancelled preview says so, too.
    assert transfer.preview_csv(path, cancelled=lambda: True).cancelled


def test_an_import_after_existing_complaints_keeps_them(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    service = ComplaintService(shop.sessions, _clock)
    saved, _ = service.create(
        ComplaintForm(description="Befintligt", received_at=NOW - timedelta(days=1)), None
    )
    assert saved.saved
    path = tmp_path / "rows.csv"
    path.write_text("".join(_rows(3)), encoding="utf-8")
    assert transfer.import_csv(path).imported == 3
    ids = service.ordered_ids(LogQuery(LogFilter(), SortColumn.NUMBER, False))
    assert list(ids) == [1, 2, 3, 4]
    record = service.get(1)
    assert record is not None
    assert record.form.description == "Befintligt"


def test_missing_and_unreadable_files(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as missing:
        transfer.import_csv(tmp_path / "nowhere.csv")
    assert missing.value.code is ErrorCode.FILE_NOT_FOUND
    with pytest.raises(UserFacingError) as folder:
        transfer.preview_csv(tmp_path)
    assert folder.value.code is ErrorCode.NOT_A_FILE


# ---------------------------------------------------------------------------- exporting


def _add(service: ComplaintService, **values: Any) -> int:
    form = ComplaintForm(**{"received_at": NOW - timedelta(days=2), **values})
    outcome, _ = service.create(form, None)
    assert outcome.saved, outcome.problems
    assert outcome.complaint_id is not None
    return outcome.complaint_id


@pytest.mark.parametrize(
    ("language", "separator", "first"),
    [
        (Language.SWEDISH, ";", "Nr"),
        (Language.ROMANIAN, ";", "Nr."),
        (Language.ENGLISH, ",", "No."),
    ],
)
def test_export_is_excel_friendly(
    transfer: ComplaintTransferService,
    shop: Database,
    tmp_path: Path,
    language: Language,
    separator: str,
    first: str,
) -> None:
    service = ComplaintService(shop.sessions, _clock)
    _add(
        service,
        description="Trasig",
        compensation_kind=CompensationKind.REFUND,
        compensation_minor=123450,
    )
    summary = transfer.export_csv(tmp_path / "out.csv", language=language)
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.startswith(first + separator)
    assert "\r\n" in text
    amount = "1234,50" if language is not Language.ENGLISH else "1234.50"
    assert amount in text
    assert cc.compensation_word(CompensationKind.REFUND, language) in text
    assert summary.rows == 1
    assert summary.language is language


def test_export_defaults_to_the_business_language(
    transfer: ComplaintTransferService, tmp_path: Path
) -> None:
    summary = transfer.export_csv(tmp_path / "out.csv")
    assert summary.language is Language.SWEDISH
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("Nr;Status;")


def test_export_follows_the_filter(
    transfer: ComplaintTransferService, shop: Database, tmp_path: Path
) -> None:
    service = ComplaintService(shop.sessions, _clock)
    _add(
        service, description="Cykeln gnisslar", received_at=datetime(2026, 3, 1, 0, 30, tzinfo=ZONE)
    )
    _add(service, description="Fel pris", received_at=datetime(2026, 3, 2, 23, 30, tzinfo=ZONE))
    _add(service, description="Cykeln rostar", received_at=datetime(2026, 3, 3, 9, tzinfo=ZONE))
    _add(
        service,
        description="Löst direkt",
        resolved_on_spot=True,
        received_at=datetime(2026, 3, 3, 10, tzinfo=ZONE),
    )

    def numbers(log_filter: LogFilter) -> list[str]:
        transfer.export_csv(tmp_path / "f.csv", log_filter)
        text = (tmp_path / "f.csv").read_text("utf-8-sig")
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        return [row[0] for row in records[1:]]

    assert numbers(LogFilter()) == ["1", "2", "3", "4"]
    assert numbers(transfer.log_filter(search="cykeln")) == ["1", "3"]
    assert numbers(transfer.log_filter(statuses=[ComplaintStatus.RESOLVED])) == ["4"]
    assert numbers(transfer.log_filter(first_day=date(2026, 3, 1), last_day=date(2026, 3, 2))) == [
        "1",
        "2",
    ]
    assert numbers(transfer.log_filter(first_day=date(2026, 3, 3))) == ["3", "4"]


def test_export_is_atomic(transfer: ComplaintTransferService, tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_text("".join(_rows(2000)), encoding="utf-8")  # more than one chunk
    assert transfer.import_csv(source).imported == 2000
    target = tmp_path / "out.csv"
    target.write_text("the old file", encoding="utf-8")
    calls: list[int] = []
    summary = transfer.export_csv(
        target, progress=lambda done, total: calls.append(done), cancelled=lambda: bool(calls)
    )
    assert summary.cancelled
    assert target.read_text(encoding="utf-8") == "the old file"
    assert not [p.name for p in tmp_path.iterdir() if "partial" in p.name]
    calls.clear()
    summary = transfer.export_csv(target, progress=lambda done, total: calls.append(done))
    assert summary.rows == 2000
    assert calls[-1] == 2000
    assert len(calls) > 1
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 2001
    with pytest.raises(UserFacingError) as missing:
        transfer.export_csv(tmp_path / "no such folder" / "out.csv")
    assert missing.value.code is ErrorCode.FOLDER_NOT_FOUND


# ---------------------------------------------------------------------------- round trips


def _snapshot(path: Path) -> list[tuple[Any, ...]]:
    """Every field of every live complaint, people and categories by name, steps included."""
    with Database.open(path) as database:
        service = ComplaintService(database.sessions)
        staff = {member.id: member.name for member in service.staff(include_inactive=True)}
        categories = {c.id: c.name for c in service.categories(include_inactive=True)}
        result = []
        for complaint_id in service.ordered_ids(LogQuery(LogFilter(), SortColumn.NUMBER, False)):
            record = service.get(complaint_id)
            assert record is not None
            form = record.form
            values = tuple(
                (f.name, getattr(form, f.name))
                for f in fields(ComplaintForm)
                if f.name not in ("received_by_id", "category_id")
            )
            result.append(
                (
                    record.status,
                    values,
                    staff.get(form.received_by_id) if form.received_by_id else None,
                    categories.get(form.category_id) if form.category_id else None,
                    record.compensation_currency,
                    tuple((a.taken_at, a.staff_name, a.text) for a in record.actions),
                )
            )
        return result


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.policydesk"
    create_demo_file(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("language", list(Language))
def test_demo_round_trip_reproduces_every_field(
    demo_file: Path, tmp_path: Path, language: Language
) -> None:
    exported = tmp_path / "demo.csv"
    with Database.open(demo_file) as database:
        summary = ComplaintTransferService(database.sessions).export_csv(
            exported, language=language
        )
    assert summary.rows > 1900
    target = tmp_path / "copy.policydesk"
    with _open_shop(target, "en") as database:
        outcome = ComplaintTransferService(database.sessions).import_csv(exported)
    assert outcome.report.problems == ()
    assert outcome.imported == summary.rows
    before, after = _snapshot(demo_file), _snapshot(target)
    assert len(before) == len(after) == summary.rows
    for old, new in zip(before, after, strict=True):
        assert old == new


AWKWARD = [
    "=SUM(A1:A2)",
    "+46 70 123 45 67 is not a formula",
    "-minus first",
    "@mention",
    "'=already quoted",
    "'plain apostrophe",
    'semi;colon, comma and "quotes"',
    "line one\nline two\r\nline three",
    "<b>bold</b> & <i>markup</i>",
    "Åsa Öberg, Ärlig – ăâîșț ĂÂÎȘȚ şţ",
    "pipe | in | text",
    "back\\slash \\n and \\| literally",
]


def test_awkward_text_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "source.policydesk"
    with _open_shop(source) as database:
        service = ComplaintService(database.sessions, _clock)
        anna, _, _ = service.add_staff("Ana | Pop\\escu")
        category, _, _ = service.add_category('=Kategori; "x"')
        assert anna is not None
        assert category is not None
        for index, text in enumerate(AWKWARD):
            complaint_id = _add(
                service,
                description=text,
                received_at=NOW - timedelta(days=3, microseconds=7 * index),
                received_by_id=anna.id,
                category_id=category.id,
                product_ref=text.replace("\n", " ").replace("\r", ""),
                customer_name=text.splitlines()[0],
                customer_address=text,
                customer_phone="+46 70-123 45 67",
                customer_email="åsa@exempel.se",
                customer_request=text,
                agreed_resolution=text,
                followup_note=text,
                prevention_suggestion=text,
                compensation_kind=CompensationKind.DISCOUNT,
                compensation_minor=index * 12345,
            )
            problems, _ = service.add_action(complaint_id, text, anna.id, NOW - timedelta(days=2))
            assert problems == []
            problems, _ = service.add_action(
                complaint_id, "by nobody", None, NOW - timedelta(days=1)
            )
            assert problems == []
        _add(service, description="Empty fields everywhere else")
        transfer = ComplaintTransferService(database.sessions, _clock)
        for language in Language:
            transfer.export_csv(tmp_path / f"{language}.csv", language=language)
    text = (tmp_path / "sv.csv").read_text(encoding="utf-8-sig")
    assert "'=SUM(A1:A2)" in text
    assert ";'-minus first;" in text or "'-minus first" in text
    assert "''=already quoted" in text
    for language in Language:
        target = tmp_path / f"target-{language}.policydesk"
        with _open_shop(target) as database:
            outcome = ComplaintTransferService(database.sessions, _clock).import_csv(
                tmp_path / f"{language}.csv"
            )
        assert outcome.report.problems == ()
        assert _snapshot(target) == _snapshot(source)
