"""Importing many rows at once: the batch paths give what row-by-row checks give, and the writer.

An import parses, checks and derives a chunk of rows column by column and hands the inserts to
a writer thread. The entry form checks one complaint with the same code (a batch of one); these
tests hold the batches to the row-by-row answers on varied, partly broken data, and check that
a failing writer leaves the file untouched.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
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
    FormColumns,
    check_phone,
    check_phones,
    validate_complaint,
    validate_forms,
)
from policydesk.domain.languages import Language
from policydesk.domain.textsearch import phone_key, phone_keys
from policydesk.export import complaints_csv as cc
from policydesk.export.complaints_csv import CsvField, RowContext
from policydesk.services import complaint_transfer
from policydesk.services.complaint_transfer import ComplaintTransferService
from policydesk.services.complaints import new_complaint_columns, new_complaint_values
from policydesk.storage.database import Database, create
from policydesk.storage.schema import Business, Complaint, ComplaintAction, Staff

ZONE = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _clock() -> datetime:
    return NOW


def _pick(rng: random.Random, *choices: Any) -> Any:
    return choices[rng.randrange(len(choices))]


def _moment(rng: random.Random) -> datetime | None:
    moment: datetime | None = _pick(
        rng,
        None,
        None,
        NOW - timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 900)),
        NOW + timedelta(minutes=rng.randint(0, 20)),
        datetime(2025, 7, 1, 9, 30, tzinfo=ZONE),
    )
    return moment


def _text(rng: random.Random, long: int) -> str:
    return str(
        _pick(
            rng,
            "",
            "  ",
            "Kedjan hoppar",
            " padded ",
            "x" * long,
            "x" * (long + 1),
            "bell\x07",
            "tab\tand\nline",
            "\x85 next line",
        )
    )


def _forms(count: int, seed: int) -> list[ComplaintForm]:
    rng = random.Random(seed)
    return [
        ComplaintForm(
            description=_text(rng, 20_000),
            received_at=_pick(rng, None, _moment(rng), _moment(rng), _moment(rng)),
            channel=_pick(rng, *Channel),
            product_ref=_text(rng, 200),
            customer_name=_pick(rng, "", "Åsa Öberg", "Ștefan Țîru", "anna", " B "),
            customer_address=_text(rng, 20_000),
            customer_phone=_pick(
                rng, "", "070-123 45 67", "+46 70 123 45 67", "12", "1" * 16, "07a", "1+2", " "
            ),
            customer_email=_pick(rng, "", "a@b.se", "a b@c.se", "no-at", "a@b", " x@ü.de "),
            customer_request=_text(rng, 20_000),
            agreed_resolution=_pick(rng, "", "New part", "  "),
            resolved_on_spot=_pick(rng, False, True),
            resolved_at=_moment(rng),
            promised_at=_moment(rng),
            followup_due_at=_moment(rng),
            followed_up_at=_moment(rng),
            followup_outcome=_pick(rng, None, None, *FollowUpOutcome),
            followup_note=_text(rng, 20_000),
            compensation_kind=_pick(rng, None, None, *CompensationKind),
            compensation_minor=_pick(rng, None, None, 0, 1250, -1, 1_000_000_001),
            prevention_suggestion=_text(rng, 20_000),
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(5))
def test_a_batch_of_forms_gets_what_each_form_gets(seed: int) -> None:
    forms = _forms(400, seed)
    batch = validate_forms(FormColumns.of(forms), NOW)
    for index, form in enumerate(forms):
        assert batch.get(index, []) == validate_complaint(form, NOW)
    assert sum(map(len, batch.values())) > 400  # every kind of problem turns up


def test_a_batch_with_fields_left_out_holds_their_defaults() -> None:
    forms = [
        ComplaintForm(description=text, received_at=NOW)
        for text in ("Kedjan", "", "bell\x07", "x" * 20_001)
    ]
    columns = FormColumns(
        len(forms),
        {
            "description": [form.description for form in forms],
            "received_at": [NOW] * len(forms),
        },
    )
    batch = validate_forms(columns, NOW)
    assert [batch.get(index, []) for index in range(len(forms))] == [
        validate_complaint(form, NOW) for form in forms
    ]
    assert columns.form(1) == forms[1]
    assert validate_forms(FormColumns(0, {}), NOW) == {}


def test_phone_batches_match_one_number_at_a_time() -> None:
    rng = random.Random(3)
    characters = "0123456789+-./() \u00a0\nx\r0"
    for _ in range(2000):
        count = rng.randint(0, 6)
        if rng.random() < 0.5:
            numbers = [
                "".join(rng.choices("0123456789- ", k=rng.randint(4, 18))) for _ in range(count)
            ]
        else:
            numbers = [
                _pick(rng, "", "+", "00", "(00)", " +46", "0046", "+40 ")
                + "".join(rng.choices(characters, k=rng.randint(0, 16)))
                for _ in range(count)
            ]
        expected = {i: found for i, number in enumerate(numbers) if (found := check_phone(number))}
        assert check_phones(numbers) == expected, numbers
        assert phone_keys(numbers) == [phone_key(number) for number in numbers], numbers


def test_new_rows_in_a_batch_match_one_at_a_time() -> None:
    forms = _forms(300, 11)
    rng = random.Random(12)
    statuses = [_pick(rng, *ComplaintStatus) for _ in forms]
    staff = [_pick(rng, None, 1, 2) for _ in forms]
    categories = [_pick(rng, None, 3) for _ in forms]
    currencies = [_pick(rng, None, "SEK", "EUR") for _ in forms]
    columns = new_complaint_columns(
        FormColumns.of(forms),
        status=statuses,
        received_by_id=staff,
        category_id=categories,
        language=Language.SWEDISH,
        currency=currencies,
        now=NOW,
    )
    for index, form in enumerate(forms):
        single = new_complaint_values(
            form,
            status=statuses[index],
            received_by_id=staff[index],
            category_id=categories[index],
            language=Language.SWEDISH,
            currency=currencies[index],
            now=NOW,
        )
        assert list(single) == list(columns)
        assert single == {name: column[index] for name, column in columns.items()}


def _cells(rng: random.Random, index: int, width: int) -> list[str]:
    cells = [
        str(index),
        _pick(rng, "", "Ny", "Pågår", "Löst", "closed", "Kanske"),
        _pick(rng, "", "2026-03-09 10:00", "09.03.2026", "2026-02-30", " 2026-03-10T08:00Z "),
        _pick(rng, "", "Anna", " Bo  B ", "x" * 201),
        _pick(rng, "", "Telefon", "I butiken", "Duva"),
        _pick(rng, "", "Leverans", "  Ny  kategori "),
        _pick(rng, "", "'=1+1", "'-2", "'hej", "Order 7"),
        _pick(rng, "", "Åsa", "Ștefan"),
        "",
        _pick(rng, "", "070-123 45 67", "'+46 70 123 45 67"),
        _pick(rng, "", "a@b.se"),
        _pick(rng, "", "Kedjan hoppar", " Trasig "),
        "",
        _pick(rng, "", "Ny del"),
        _pick(rng, "", "Ja", "nej", "kanske"),
        _pick(rng, "", "2026-03-10 12:00", "igår"),
        "",
        _pick(rng, "", "2026-03-12"),
        _pick(rng, "", "2026-03-11 09:00"),
        _pick(rng, "", "Nöjd", "Glad"),
        "",
        _pick(rng, "", "Återbetalning", "Pengar"),
        _pick(rng, "", "12,50", "1 234,50", "abc", "1,234"),
        _pick(rng, "", "SEK", "eur", "XX", "KRONOR"),
        "",
        _pick(
            rng,
            "",
            "2026-03-09 10:00 | Anna | Ringde",
            "2026-03-09 10:00 | | \\|x\n\nfel rad\n2026-03-09 11:00 | Bo | ",
        ),
    ]
    return [*cells, *_pick(rng, [], [""], [" ", ""], ["extra"])][: _pick(rng, width, width, 3)]


@pytest.mark.parametrize("language", list(Language))
def test_rows_parsed_together_match_rows_parsed_alone(language: Language) -> None:
    rng = random.Random(language.value)
    layout = cc.CsvLayout("utf-8", ";", tuple(cc.headers(language)), cc.COLUMNS, language=language)
    context = RowContext(ZONE, "SEK", cc.decimal_mark(language))
    records = [(row, _cells(rng, row, len(cc.COLUMNS))) for row in range(2, 1500)]
    parsed = cc.parse_rows(records, layout, context)
    index = 0
    for row, cells in records:
        complaint, problems = cc.parse_row(row, cells, layout, context)
        if complaint is None:
            assert parsed.unfit[row] == problems[0]
            continue
        assert parsed.rows[index] == row
        assert parsed.complaint(index) == complaint
        assert parsed.problems.get(index, []) == problems
        index += 1
    assert index == len(parsed.rows)
    assert parsed.unfit
    assert len(parsed.problems) > 100


def test_a_column_mapped_twice_takes_the_last_one() -> None:
    mapping = (CsvField.DESCRIPTION, CsvField.RECEIVED_AT, CsvField.DESCRIPTION)
    layout = cc.CsvLayout("utf-8", ";", ("a", "b", "c"), mapping)
    context = RowContext(ZONE, "SEK")
    complaint, problems = cc.parse_row(2, ["first", "2026-03-09", "last"], layout, context)
    assert problems == []
    assert complaint is not None
    assert complaint.form.description == "last"


# ---------------------------------------------------------------------------- importing


def _open_shop(path: Path) -> Database:
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
                    "language": "sv",
                }
            ],
        )
    return database


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    database = _open_shop(tmp_path / "shop.policydesk")
    try:
        yield database
    finally:
        database.close()


def _write_rows(path: Path, count: int) -> Path:
    lines = ["Mottaget;Klagomål;Kundens namn;Mottaget av;Åtgärder\r\n"]
    for index in range(count):
        # A new staff member late in the file: names are added while the writer is busy.
        staff = "Anna" if index < count - 10 else "Nykomling"
        step = "2026-03-09 11:00 | Bo | Ringde" if index % 7 == 0 else ""
        lines.append(f"2026-03-09 10:00;Klagomål {index};Kund {index % 13};{staff};{step}\r\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as connection:
        return {
            "complaint": connection.execute("SELECT * FROM complaint ORDER BY id").fetchall(),
            "complaint_action": connection.execute(
                "SELECT * FROM complaint_action ORDER BY id"
            ).fetchall(),
            "schema": connection.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name"
            ).fetchall(),
            "found": connection.execute(
                "SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH 'klagomål' "
                "ORDER BY rowid"
            ).fetchall(),
        }


def test_an_import_in_many_statements_writes_what_one_per_chunk_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_rows(tmp_path / "rows.csv", 6100)
    plain = _open_shop(tmp_path / "plain.policydesk")
    with plain:
        outcome = ComplaintTransferService(plain.sessions, _clock).import_csv(source)
    assert outcome.imported == 6100
    assert outcome.report.new_staff == ("Anna", "Bo", "Nykomling")

    def low_limits(self: Any, driver: sqlite3.Connection) -> None:
        self._max_parameters = 50
        self._max_length = 10_000

    # SQLite built with low limits: a chunk takes many statements.
    monkeypatch.setattr(complaint_transfer._Statements, "__init__", low_limits)
    small = _open_shop(tmp_path / "small.policydesk")
    with small:
        assert ComplaintTransferService(small.sessions, _clock).import_csv(source).imported == 6100
    expected = _snapshot(plain.path)
    assert len(expected["complaint"]) == 6100
    assert len(expected["found"]) == 6100
    assert len(expected["complaint_action"]) == 872
    assert _snapshot(small.path) == expected


class _ReadingError(RuntimeError):
    """What the test makes reading a chunk fail with."""


def test_a_failing_writer_stops_the_import_and_leaves_the_file_as_it_was(
    shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_rows(tmp_path / "rows.csv", 9000)
    before = _snapshot(shop.path)
    original = complaint_transfer._Statements.insert
    calls: list[int] = []

    def insert_then_fail(
        self: Any, table: str, columns: dict[str, Any], count: int
    ) -> list[tuple[str, Any]]:
        calls.append(count)
        statements = original(self, table, columns, count)
        if len(calls) == 4:  # a later chunk: earlier ones are in the file already
            return [*statements, ("INSERT INTO no_such_table VALUES (1)", ())]
        return statements

    monkeypatch.setattr(complaint_transfer._Statements, "insert", insert_then_fail)
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        ComplaintTransferService(shop.sessions, _clock).import_csv(source)
    assert _snapshot(shop.path) == before
    with shop.sessions.read() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(ComplaintAction)) == 0
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def test_an_error_while_reading_stops_the_writer_before_the_rollback(
    shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _write_rows(tmp_path / "rows.csv", 9000)
    before = _snapshot(shop.path)
    original = complaint_transfer._Importer.add
    chunks: list[int] = []

    def add_then_fail(self: Any, records: Any) -> None:
        chunks.append(len(records))
        if len(chunks) == 3:
            raise _ReadingError
        original(self, records)

    monkeypatch.setattr(complaint_transfer._Importer, "add", add_then_fail)
    with pytest.raises(_ReadingError):
        ComplaintTransferService(shop.sessions, _clock).import_csv(source)
    assert _snapshot(shop.path) == before
    # The file is usable afterwards: the next import goes through.
    monkeypatch.setattr(complaint_transfer._Importer, "add", original)
    outcome = ComplaintTransferService(shop.sessions, _clock).import_csv(source)
    assert outcome.imported == 9000


def test_a_chunk_of_identical_rows_and_a_single_row(shop: Database, tmp_path: Path) -> None:
    source = tmp_path / "same.csv"
    row = "2026-03-09 10:00;Samma;Kund;\r\n"
    source.write_text("Mottaget;Klagomål;Kundens namn;Status\r\n" + row * 2001, encoding="utf-8")
    service = ComplaintTransferService(shop.sessions, _clock)
    assert service.import_csv(source).imported == 2001
    with sqlite3.connect(shop.path) as connection:
        rows = connection.execute(
            "SELECT id, description, received_at, status, created_at FROM complaint"
        ).fetchall()
    assert len({row[1:] for row in rows}) == 1
    assert rows[0][1:] == (
        "Samma",
        "2026-03-09 09:00:00.000000",
        "new",
        "2026-03-20 12:00:00.000000",
    )
    assert [row[0] for row in rows] == list(range(1, 2002))


def test_rows_without_status_get_the_status_their_work_gives(
    shop: Database, tmp_path: Path
) -> None:
    source = tmp_path / "work.csv"
    source.write_text(
        "Mottaget;Klagomål;Löst på plats;Överenskommen lösning;Åtgärder\r\n"
        "2026-03-09 10:00;Ett;Ja;;\r\n"
        "2026-03-09 10:00;Två;;Ny del;\r\n"
        "2026-03-09 10:00;Tre;;;2026-03-09 11:00 | | Ringde\r\n"
        "2026-03-09 10:00;Fyra;;;\r\n",
        encoding="utf-8",
    )
    assert ComplaintTransferService(shop.sessions, _clock).import_csv(source).imported == 4
    with sqlite3.connect(shop.path) as connection:
        found = connection.execute(
            "SELECT status, resolved_at, acknowledged_at FROM complaint ORDER BY id"
        ).fetchall()
    received = "2026-03-09 09:00:00.000000"
    assert found == [
        (ComplaintStatus.RESOLVED.value, received, None),
        (ComplaintStatus.IN_PROGRESS.value, None, received),
        (ComplaintStatus.IN_PROGRESS.value, None, None),
        (ComplaintStatus.NEW.value, None, None),
    ]


def test_one_form_goes_through_the_batch_code() -> None:
    form = ComplaintForm(description="  ", received_at=NOW + timedelta(hours=1))
    assert [problem.code.value for problem in validate_complaint(form, NOW)] == [
        "description_required",
        "in_future",
    ]
    assert validate_complaint(replace(form, description="Ok", received_at=NOW), NOW) == []
