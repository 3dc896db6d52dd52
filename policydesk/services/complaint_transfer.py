"""Complaints to and from CSV: export what the log shows, import a shop's own spreadsheet.

The file format is described in :mod:`policydesk.export.complaints_csv`.

**Export** streams: complaints are read in chunks (``yield_per``) and written as they come, so a
million complaints never sit in memory together. The file is written under a temporary name in
the target's folder, flushed to the disk and renamed into place, so a cancelled or failed export
never leaves half a file under the real name.

**Import** is all or nothing: every row is read, parsed and checked (with the domain's
:func:`~policydesk.domain.complaints.validate_forms`, the code the entry form's
:func:`~policydesk.domain.complaints.validate_complaint` runs too) inside one write transaction;
a single bad row, a cancel or an error rolls the whole import back and leaves the file as it
was. Rows are handled a chunk at a time and column by column, which gives each row exactly the
problems, in the order, that checking it alone gives, at a fraction of the cost. While nothing is
wrong, each chunk is inserted (a few multi-row ``INSERT`` statements) and indexed for search (see
``_SearchIndex``) by a writer thread while the next chunk is read: SQLite releases the GIL, so the
two overlap (see ``_Writer``). A large import rebuilds the table's indexes once instead of row by
row (``_BulkIndexes``). Unknown categories and staff names are added; the preview
(:meth:`ComplaintTransferService.preview_csv`) says which, and lists every bad row by the number
a spreadsheet shows for it.

One rule of the entry form is waived on import: a follow-up date without a phone number or an
e-mail address (``CONTACT_REQUIRED``). The entry form asks for the contact so that the follow-up
can be made; an imported complaint is history the shop already has (most such follow-ups were
made, by whatever means), and refusing it would make an export of PolicyDesk's own log, or the
demo's, impossible to import again. The rule applies again when somebody edits the complaint.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import (
    ComplaintStatus,
    LogFilter,
    LogQuery,
    Problem,
    ProblemCode,
    SortColumn,
    status_after_save,
    validate_forms,
)
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.staff import StaffRole
from policydesk.export import complaints_csv
from policydesk.export.complaints_csv import (
    CsvComplaint,
    CsvLayout,
    CsvProblem,
    CsvProblemCode,
    CsvWriter,
    RowContext,
    TimelineStep,
)
from policydesk.services.complaints import (
    MAX_CATEGORY_NAME,
    MAX_STAFF_NAME,
    ComplaintService,
    new_complaint_columns,
)
from policydesk.storage import complaint_log
from policydesk.storage.database import Database
from policydesk.storage.engine import Sessions
from policydesk.storage.files import check_new_target, fsync_folder, os_error_code
from policydesk.storage.repositories import complaint_form
from policydesk.storage.schema import Complaint, ComplaintAction, ComplaintCategory, Staff
from policydesk.storage.types import stored_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Clock = Callable[[], datetime]

EXPORT_CHUNK = 900  # complaints per read; also the steps' IN list, below SQLite's 999 limit
IMPORT_CHUNK = 2000  # rows read, checked and inserted together; how often cancel is looked at
SAMPLE_ROWS = 20
MAX_LISTED_PROBLEMS = 10_000  # a file of garbage must not fill the memory with messages
MAX_STEP_TEXT = 20_000  # as ComplaintService.add_action
WAIVED_ON_IMPORT = frozenset({ProblemCode.CONTACT_REQUIRED})
"""Entry-form rules an import does not enforce (see the module doc)."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote.

    Attributes:
        path: the file written.
        rows: how many complaints it holds.
        language: the language of its header and words (which also chose the separator).
        cancelled: the user cancelled; no file was written (an existing one is untouched).
    """

    path: Path
    rows: int
    language: Language
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What reading a file found: how it is laid out, what it holds, what is wrong with it.

    Attributes:
        layout: encoding, separator, header and the column mapping used.
        rows: how many complaints the file holds (blank rows not counted).
        sample: the first rows as ``(row number, cells)``, for a preview.
        problems: every problem found (up to :data:`MAX_LISTED_PROBLEMS`), by row.
        problem_count: how many problems there were in all.
        new_categories: category names the file uses that the data file does not have yet.
        new_staff: staff names the file uses that the data file does not have yet.
        cancelled: the user stopped the reading.
    """

    layout: CsvLayout
    rows: int = 0
    sample: tuple[tuple[int, tuple[str, ...]], ...] = ()
    problems: tuple[CsvProblem, ...] = ()
    problem_count: int = 0
    new_categories: tuple[str, ...] = ()
    new_staff: tuple[str, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """Whether the file can be imported as it is."""
        return not self.problems and not self.cancelled and self.rows > 0

    @property
    def bad_rows(self) -> tuple[int, ...]:
        """The rows with problems, in order (as far as they are listed)."""
        return tuple(sorted({problem.row for problem in self.problems}))


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import did: everything, or nothing (then the report says why).

    Attributes:
        report: what reading the file found.
        imported: how many complaints were added (0 unless the whole file went in).
        changes: what changed, for the views.
    """

    report: ImportReport
    imported: int = 0
    changes: Changes = field(default_factory=Changes)

    @property
    def cancelled(self) -> bool:
        """The user cancelled; nothing was imported."""
        return self.report.cancelled


class _CancelledError(Exception):
    """Raised inside a unit of work to roll it back when the user cancels."""


class _RefusedError(Exception):
    """Raised inside the import's unit of work to roll it back when a row is bad."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("refused")
        self.report = report


@dataclass(frozen=True, slots=True)
class _ReadContext:
    """What reading rows needs to know about the business, read before the unit of work."""

    row: RowContext
    language: Language
    now: datetime


@contextmanager
def open_data_file(path: Path) -> Iterator[ComplaintTransferService]:
    """Open a PolicyDesk file (as ``Workspace.open`` does) for a transfer, and close it after.

    Raises:
        UserFacingError: the file is bad, read-only, locked or from a newer PolicyDesk.
    """
    with Database.open(path) as database:
        yield ComplaintTransferService(database.sessions)


class ComplaintTransferService:
    """Export complaints to CSV and import them from CSV, for one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._complaints = ComplaintService(sessions, clock)

    def language(self) -> Language:
        """The business's language: the default for an export's header and separator."""
        return self._complaints.language()

    def log_filter(
        self,
        *,
        search: str = "",
        statuses: Sequence[ComplaintStatus] = (),
        first_day: date | None = None,
        last_day: date | None = None,
    ) -> LogFilter:
        """A filter for complaints received on ``first_day`` to ``last_day`` (both included).

        The days are the business's: they start at midnight in its time zone.
        """
        zone = self._complaints.zone()
        start = datetime.combine(first_day, time.min, zone) if first_day else None
        end = datetime.combine(last_day + timedelta(days=1), time.min, zone) if last_day else None
        return LogFilter(
            search=search, statuses=tuple(statuses), received_from=start, received_before=end
        )

    # ------------------------------------------------------------------ export

    def export_csv(
        self,
        path: Path,
        what: LogFilter | LogQuery = LogFilter(),  # noqa: B008 - frozen, so safe to share
        *,
        language: Language | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportSummary:
        """Write the complaints a filter shows to ``path`` (replacing it), all or nothing.

        Args:
            path: the CSV file to write.
            what: the log's filter (then the complaints go in number order) or its query
                (then in the order the log shows them).
            language: the language of the header and the words (and so the separator);
                the business's when not given.
            progress: told ``(complaints written, complaints in all)`` after each chunk.
            cancelled: asked between chunks; when it turns True nothing is written.

        Raises:
            UserFacingError: the folder is missing or read-only, or the disk is full.
        """
        query = what if isinstance(what, LogQuery) else LogQuery(what, SortColumn.NUMBER, False)
        target = path.absolute()
        check_new_target(target, replace=True)
        now = self._clock()
        zone = self._complaints.zone()
        business_language = self._complaints.language()
        language = language or business_language
        _, day_end = self._complaints.today(now)
        partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
        written = 0
        try:
            with (
                self._sessions.read() as session,
                partial.open("w", encoding="utf-8-sig", newline="") as handle,
            ):
                where = complaint_log.conditions(query.filter, day_end=day_end, now=now)
                order = complaint_log.order_by(session, query, business_language)
                total = complaint_log.count(session, where)
                writer = CsvWriter(handle, language, zone)
                writer.write_header()
                for chunk in _stored_complaints(session, where, order):
                    if cancelled is not None and cancelled():
                        raise _CancelledError
                    for complaint in chunk:
                        writer.write(complaint)
                    written += len(chunk)
                    if progress is not None:
                        progress(written, total)
                handle.flush()
                os.fsync(handle.fileno())
            partial.replace(target)
            fsync_folder(target.parent)
        except _CancelledError:
            _remove(partial)
            return ExportSummary(target, 0, language, cancelled=True)
        except OSError as exc:
            _remove(partial)
            raise UserFacingError(os_error_code(exc), target, {"detail": exc.strerror}) from exc
        except BaseException:
            _remove(partial)
            raise
        return ExportSummary(target, written, language)

    # ------------------------------------------------------------------ import

    def inspect_csv(self, path: Path) -> CsvLayout:
        """Detect a file's encoding, separator and columns (problems are in the layout).

        Raises:
            UserFacingError: the file is missing, a folder or unreadable.
        """
        with _reading(path):
            return complaints_csv.inspect(path, self._complaints.language())

    def preview_csv(
        self,
        path: Path,
        layout: CsvLayout | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Read the whole file as an import would, without writing: what it holds, what is bad.

        Args:
            path: the CSV file.
            layout: how to read it (the user's mapping); detected when not given.
            progress: told ``(bytes read, file size)``.
            cancelled: asked every couple of thousand rows.

        Raises:
            UserFacingError: the file is missing, a folder or unreadable.
        """
        layout = layout or self.inspect_csv(path)
        context = self._context(layout)
        try:
            with self._sessions.read() as session:
                report, _ = self._read(
                    session,
                    path,
                    layout,
                    context,
                    progress=progress,
                    cancelled=cancelled,
                    write=False,
                )
                return report
        except _CancelledError:
            return ImportReport(layout, cancelled=True)

    def import_csv(
        self,
        path: Path,
        layout: CsvLayout | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportOutcome:
        """Add every complaint in the file, or none: a bad row or a cancel changes nothing.

        Args:
            path: the CSV file.
            layout: how to read it (the user's mapping); detected when not given.
            progress: told ``(bytes read, file size)``.
            cancelled: asked every couple of thousand rows; True rolls everything back.

        Returns:
            How many complaints were added, or the report that says why none were.

        Raises:
            UserFacingError: the file is missing or unreadable, or the data file cannot be
                written (disk full, locked...). Nothing was imported.
        """
        layout = layout or self.inspect_csv(path)
        context = self._context(layout)
        try:
            with self._sessions.write() as session:
                report, added = self._read(
                    session,
                    path,
                    layout,
                    context,
                    progress=progress,
                    cancelled=cancelled,
                    write=True,
                )
                if not report.ok:
                    raise _RefusedError(report)
        except _CancelledError:
            return ImportOutcome(ImportReport(layout, cancelled=True))
        except _RefusedError as refused:
            return ImportOutcome(refused.report)
        changes = Changes(complaints=True, staff=bool(report.new_staff))
        return ImportOutcome(report, added, changes)

    def _context(self, layout: CsvLayout) -> _ReadContext:
        complaints = self._complaints
        return _ReadContext(
            row=RowContext(
                zone=complaints.zone(),
                currency=complaints.currency(),
                decimal_hint=complaints_csv.decimal_mark(layout.language),
            ),
            language=complaints.language(),
            now=self._clock(),
        )

    def _read(
        self,
        session: Session,
        path: Path,
        layout: CsvLayout,
        context: _ReadContext,
        *,
        progress: Progress | None,
        cancelled: Cancelled | None,
        write: bool,
    ) -> tuple[ImportReport, int]:
        """Read every row into ``session`` (inserting them when ``write``); see the module doc."""
        importer = _Importer(
            session, layout, context.row, context.now, context.language, write=write
        )
        with contextlib.suppress(OSError):
            # A rough count decides only how the indexes are kept up, never what is imported.
            importer.expect(path.stat().st_size // _BYTES_PER_ROW_GUESS)
        problems = layout.mapping_problems()
        with _reading(path):
            if problems:
                importer.fail(problems)
                if not layout.problems:
                    importer.read_sample(path)
                return importer.report(), 0
            chunks = complaints_csv.read_chunks(path, layout, progress, size=IMPORT_CHUNK)
            with contextlib.closing(chunks), importer.writing():
                for chunk in chunks:
                    if len(chunk) == IMPORT_CHUNK and cancelled is not None and cancelled():
                        raise _CancelledError
                    importer.add(chunk)
                if cancelled is not None and cancelled():
                    raise _CancelledError
                importer.finish()
        return importer.report(), importer.inserted


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the operating system's reasons for not reading a file into user-facing ones."""
    try:
        yield
    except FileNotFoundError as exc:
        code = ErrorCode.FILE_NOT_FOUND if path.parent.is_dir() else ErrorCode.FOLDER_NOT_FOUND
        raise UserFacingError(code, path) from exc
    except IsADirectoryError as exc:
        raise UserFacingError(ErrorCode.NOT_A_FILE, path) from exc
    except PermissionError as exc:
        raise UserFacingError(ErrorCode.UNREADABLE, path) from exc
    except OSError as exc:
        raise UserFacingError(ErrorCode.IO_ERROR, path, {"detail": exc.strerror}) from exc


# ---------------------------------------------------------------------------- export helpers


def _stored_complaints(
    session: Session, where: Sequence[Any], order: Sequence[Any]
) -> Iterator[list[CsvComplaint]]:
    """The complaints in order, a chunk at a time, with their steps."""
    receiver = Staff.__table__.alias("receiver")
    statement = (
        select(
            *Complaint.__table__.c,
            receiver.c.name.label("receiver_name"),
            ComplaintCategory.name.label("category_name"),
        )
        .select_from(Complaint)
        .outerjoin(receiver, receiver.c.id == Complaint.received_by_id)
        .outerjoin(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .where(*where)
        .order_by(*order)
        .execution_options(yield_per=EXPORT_CHUNK)
    )
    result = session.execute(statement)
    for rows in result.partitions(EXPORT_CHUNK):
        steps = _steps_of(session, [row.id for row in rows])
        yield [_csv_complaint(row, steps.get(row.id, ())) for row in rows]


def _steps_of(session: Session, ids: list[int]) -> dict[int, list[TimelineStep]]:
    steps: dict[int, list[TimelineStep]] = {}
    rows = session.execute(
        select(
            ComplaintAction.complaint_id,
            ComplaintAction.taken_at,
            Staff.name,
            ComplaintAction.text,
        )
        .outerjoin(Staff, Staff.id == ComplaintAction.staff_id)
        .where(ComplaintAction.complaint_id.in_(ids))
        .order_by(ComplaintAction.complaint_id, ComplaintAction.taken_at, ComplaintAction.id)
    )
    for complaint_id, taken_at, name, text in rows:
        steps.setdefault(complaint_id, []).append(TimelineStep(taken_at, name or "", text))
    return steps


def _csv_complaint(row: Any, steps: Sequence[TimelineStep]) -> CsvComplaint:
    # A spreadsheet names the staff member and the category; their ids stay in this file.
    form = replace(complaint_form(row), received_by_id=None, category_id=None)
    return CsvComplaint(
        number=row.id,
        status=ComplaintStatus(row.status),
        form=form,
        received_by=row.receiver_name or "",
        category=row.category_name or "",
        currency=row.compensation_currency,
        steps=tuple(steps),
    )


# ---------------------------------------------------------------------------- import helpers


class _Names:
    """Names already in the file (case ignored), and the ones the import adds, in order."""

    def __init__(self, existing: Sequence[tuple[int, str]], limit: int, field: str) -> None:
        self.ids: dict[str, int | None] = {}
        for row_id, name in existing:
            self.ids.setdefault(name.casefold(), row_id)
        self.new: dict[str, str] = {}  # folded -> as first written
        self._limit = limit
        self._field = field

    def check(self, name: str) -> Problem | None:
        """Note a name the file uses; a name too long for the list is a problem."""
        if not name:
            return None
        if len(name) > self._limit:
            return Problem(ProblemCode.TOO_LONG, self._field, (("max", self._limit),))
        folded = name.casefold()
        if folded not in self.ids:
            self.ids[folded] = None
            self.new[folded] = name
        return None

    def check_all(self, names: Sequence[str]) -> dict[int, Problem]:
        """:meth:`check` each of ``names`` in order; the problems by index.

        A name's check gives the same answer every time, so each distinct name is checked
        once (in the order of its first use, which is the order new names are added in).
        """
        problems = {name: self.check(name) for name in dict.fromkeys(names)}
        if not any(problems.values()):
            return {}
        return {
            index: problem
            for index, name in enumerate(names)
            if (problem := problems[name]) is not None
        }

    def id_of(self, name: str) -> int | None:
        """The id for a name (after :meth:`check` and after the new names were added)."""
        return self.ids[name.casefold()] if name else None

    def ids_of(self, names: Sequence[str]) -> list[int | None]:
        """:meth:`id_of` each of ``names`` (each distinct name looked up once)."""
        ids = {name: self.id_of(name) for name in dict.fromkeys(names)}
        return [ids[name] for name in names]

    def missing(self) -> list[str]:
        """The new names not added to the file yet."""
        return [name for folded, name in self.new.items() if self.ids[folded] is None]


class _Importer:
    """Reads rows into complaints, checks them and, when writing, inserts them in chunks.

    A chunk of rows is parsed and checked column by column (see
    :func:`~policydesk.export.complaints_csv.parse_rows` and
    :func:`~policydesk.domain.complaints.validate_forms`), which gives every row the problems,
    in the order, that checking it on its own gives. While nothing is wrong, the chunk's rows
    are handed to a :class:`_Writer`, which inserts them while the next chunk is read.
    """

    def __init__(
        self,
        session: Session,
        layout: CsvLayout,
        context: RowContext,
        now: datetime,
        language: Language,
        *,
        write: bool,
    ) -> None:
        self._session = session
        self._layout = layout
        self._context = context
        self._now = now
        self._language = language
        self._write = write
        self._categories = _Names(
            [
                (row.id, row.name)
                for row in session.execute(select(ComplaintCategory.id, ComplaintCategory.name))
            ],
            MAX_CATEGORY_NAME,
            "category",
        )
        # Current staff first, so a name shared with a former colleague means the current one.
        self._staff = _Names(
            [
                (row.id, row.name)
                for row in session.execute(
                    select(Staff.id, Staff.name).order_by(Staff.active.desc(), Staff.id)
                )
            ],
            MAX_STAFF_NAME,
            "staff",
        )
        self._next_complaint = (session.scalar(select(func.max(Complaint.id))) or 0) + 1
        self._next_action = (session.scalar(select(func.max(ComplaintAction.id))) or 0) + 1
        self._problems: list[CsvProblem] = []
        self._problem_count = 0
        self._rows = 0
        self._sample: list[tuple[int, tuple[str, ...]]] = []
        self._search: _SearchIndex | None = None
        self._indexes: _BulkIndexes | None = None
        self._writer: _Writer | None = None
        self._statements: _Statements | None = None
        self._rows_expected = 0
        self.inserted = 0

    def expect(self, rows: int) -> None:
        """Say roughly how many rows the file holds (decides how indexes are kept up)."""
        self._rows_expected = rows

    def fail(self, problems: Sequence[CsvProblem]) -> None:
        """Note problems found before any row was read (the file or its header)."""
        self._note(problems)

    def read_sample(self, path: Path) -> None:
        """Read only the first rows, for a preview of a file whose columns are not mapped yet."""
        records = complaints_csv.read_records(path, self._layout)
        with contextlib.closing(records):
            for record in records:
                if record.cells is not None:
                    self._sample.append((record.row, tuple(record.cells)))
                if len(self._sample) >= SAMPLE_ROWS:
                    break

    def add(self, records: Sequence[complaints_csv.CsvRecord]) -> None:
        """Read and check a chunk of rows; while nothing is wrong, have them inserted."""
        cells: list[tuple[int, list[str]]] = []
        for record in records:
            if record.cells is not None:
                cells.append((record.row, record.cells))
                if len(self._sample) < SAMPLE_ROWS:
                    self._sample.append((record.row, tuple(record.cells)))
        self._rows += len(cells)
        parsed = complaints_csv.parse_rows(cells, self._layout, self._context)
        found = self._check(parsed)
        # Problems are listed row by row, in the file's order.
        position = dict(zip(parsed.rows, range(len(parsed.rows)), strict=True))
        for record in records:
            if record.problem is not None:
                self._note([record.problem])
            elif record.row in parsed.unfit:
                self._note([parsed.unfit[record.row]])
            elif (index := position[record.row]) in found:
                self._note(found[index])
        if self._write and not self._problem_count and parsed.rows:
            self._insert(parsed)

    def _check(self, parsed: complaints_csv.CsvRows) -> dict[int, list[CsvProblem]]:
        """Every problem of each parsed row (by index): what could not be read, then the rest.

        The rest is what the entry form refuses (less :data:`WAIVED_ON_IMPORT`), names too long
        for their lists and steps without text or with too much; beside a cell that could not
        be read, what the domain says about its field is noise and left out.
        """
        checks: dict[int, list[Problem]] = {}
        for index, problems in validate_forms(parsed.forms, self._now).items():
            kept = [problem for problem in problems if problem.code not in WAIVED_ON_IMPORT]
            if kept:
                checks[index] = kept
        for index, problem in self._categories.check_all(parsed.category).items():
            checks.setdefault(index, []).append(problem)
        if any(parsed.steps):
            self._check_steps(parsed, checks)
        else:
            for index, problem in self._staff.check_all(parsed.received_by).items():
                checks.setdefault(index, []).append(problem)
        found = dict(parsed.problems)
        rows = parsed.rows
        for index, problems in sorted(checks.items()):
            unread = {problem.column for problem in parsed.problems.get(index, ())}
            invalid = [
                CsvProblem(rows[index], CsvProblemCode.INVALID, problem=problem)
                for problem in problems
                if complaints_csv.FORM_FIELD_COLUMNS.get(problem.field) not in unread
            ]
            if invalid:
                found[index] = [*found.get(index, ()), *invalid]
        return found

    def _check_steps(
        self, parsed: complaints_csv.CsvRows, checks: dict[int, list[Problem]]
    ) -> None:
        """Check the staff names and the steps row by row (steps are rare, and name staff)."""
        staff = self._staff
        for index, (received_by, steps) in enumerate(
            zip(parsed.received_by, parsed.steps, strict=True)
        ):
            problems = [
                problem
                for problem in (
                    staff.check(received_by),
                    *(staff.check(step.staff_name) for step in steps),
                )
                if problem is not None
            ]
            for step in steps:
                if not step.text:
                    problems.append(Problem(ProblemCode.TEXT_REQUIRED, "action"))
                elif len(step.text) > MAX_STEP_TEXT:
                    problems.append(
                        Problem(ProblemCode.TOO_LONG, "action", (("max", MAX_STEP_TEXT),))
                    )
            if problems:
                checks.setdefault(index, []).extend(problems)

    def _note(self, problems: Sequence[CsvProblem]) -> None:
        self._problem_count += len(problems)
        room = MAX_LISTED_PROBLEMS - len(self._problems)
        self._problems += problems[: max(room, 0)]

    def _insert(self, parsed: complaints_csv.CsvRows) -> None:
        """Have a chunk of good rows inserted (and indexed for search) by the writer."""
        if self._writer is None:
            connection = self._session.connection()
            self._search = _SearchIndex(connection, self._next_complaint, self._next_action)
            self._indexes = _BulkIndexes(connection, self._rows_expected)
            driver = connection.connection.driver_connection
            assert driver is not None
            self._statements = _Statements(driver)
            self._writer = _Writer(driver)
        assert self._search is not None
        assert self._statements is not None
        if self._categories.missing() or self._staff.missing():
            self._writer.wait()  # the session's connection is the writer's until then
            self._add_names()
        count = len(parsed.rows)
        first_complaint, first_action = self._next_complaint, self._next_action
        ids = range(first_complaint, first_complaint + count)
        statuses = [
            status
            or status_after_save(
                parsed.forms.form(index), ComplaintStatus.NEW, has_actions=bool(parsed.steps[index])
            )
            for index, status in enumerate(parsed.status)
        ]
        staff_ids = self._staff.ids_of(parsed.received_by)
        columns = new_complaint_columns(
            parsed.forms,
            status=statuses,
            received_by_id=staff_ids,
            category_id=self._categories.ids_of(parsed.category),
            language=self._language,
            currency=parsed.currency,
            now=self._now,
        )
        # Straight to the driver: SQLAlchemy's per-value processing cost more than SQLite's
        # own work. Instants are written exactly as UTCDateTime writes them.
        work = self._statements.insert("complaint", {**columns, "id": ids}, count)
        actions = _action_columns(parsed.steps, ids, self._staff, self._next_action, self._now)
        if actions is not None:
            action_count = len(actions["id"])
            work += self._statements.insert("complaint_action", actions, action_count)
            self._next_action += action_count
        self._next_complaint += count
        work += self._search.fill(
            {
                "complaint": (first_complaint, self._next_complaint),
                "complaint_action": (first_action, self._next_action),
            }
        )
        self._writer.submit(work)
        self.inserted += count

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Stop the writer when the import fails or is cancelled, before the rollback.

        :meth:`finish` stops it when all goes well. An error of the writer's own is raised
        even then (it is the cause more often than not).
        """
        try:
            yield
        except BaseException:
            if self._writer is not None:
                writer, self._writer = self._writer, None
                writer.close(abandon=True)
            raise

    def finish(self) -> None:
        """Wait for the writer; bring the indexes up to date with the rows inserted."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.close(abandon=bool(self._problem_count))  # refused: rolled back anyway
        if self._indexes is not None and not self._problem_count:
            self._indexes.finish()
        if self._search is not None and not self._problem_count:
            self._search.finish()

    def _add_names(self) -> None:
        """Add the categories and staff the kept rows name that the file does not have yet."""
        missing = self._categories.missing()
        if missing:
            position = self._session.scalar(select(func.max(ComplaintCategory.position))) or 0
            for offset, name in enumerate(missing, start=1):
                row = ComplaintCategory(name=name, position=position + offset, active=True)
                self._session.add(row)
                self._session.flush()
                self._categories.ids[name.casefold()] = row.id
        for name in self._staff.missing():
            staff = Staff(name=name, role=StaffRole.STAFF.value, active=True)
            self._session.add(staff)
            self._session.flush()
            self._staff.ids[name.casefold()] = staff.id

    def report(self) -> ImportReport:
        """What was found (a file without rows is a problem too)."""
        problems = list(self._problems)
        count = self._problem_count
        if not self._rows and not problems:
            problems.append(CsvProblem(0, CsvProblemCode.NO_ROWS))
            count += 1
        return ImportReport(
            layout=self._layout,
            rows=self._rows,
            sample=tuple(self._sample),
            problems=tuple(problems),
            problem_count=count,
            new_categories=tuple(self._categories.new.values()),
            new_staff=tuple(self._staff.new.values()),
        )


def _action_columns(
    steps: Sequence[tuple[TimelineStep, ...]],
    complaint_ids: Sequence[int],
    staff: _Names,
    first_id: int,
    now: datetime,
) -> dict[str, Sequence[Any]] | None:
    """The rows of ``complaint_action`` for a chunk's steps, column by column (None: none)."""
    if not any(steps):
        return None
    owners = [
        complaint_id
        for complaint_id, taken in zip(complaint_ids, steps, strict=True)
        for _ in taken
    ]
    flat = [step for taken in steps for step in taken]
    return {
        "id": range(first_id, first_id + len(flat)),
        "complaint_id": owners,
        "taken_at": [step.taken_at for step in flat],
        "staff_id": staff.ids_of([step.staff_name for step in flat]),
        "text": [step.text for step in flat],
        "created_at": [now] * len(flat),
    }


class _Statements:
    """Turns columns of new rows into few ``INSERT`` statements for the writer to run.

    One statement inserts many rows (``INSERT ... VALUES (...), (...)``, as many as SQLite's
    limits on parameters and statement length allow), so that the writer thread releases and
    takes back the GIL once per statement rather than once per row, which would make it wait on
    the reading thread for every row. A column that holds one value in every row of the chunk
    (empty texts, unset times, the creation time) is bound once per statement, not per row:
    binding values is most of what an insert costs.
    """

    def __init__(self, driver: sqlite3.Connection) -> None:
        self._max_parameters = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._max_length = driver.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH)

    def insert(
        self, table: str, columns: dict[str, Sequence[Any]], count: int
    ) -> list[tuple[str, Sequence[Any]]]:
        """The statements that insert ``count`` rows, given column by column."""
        known: dict[int, str | None] = {}
        values = {
            name: _utc_texts(column, known) if name.endswith("_at") else column
            for name, column in columns.items()
        }
        constant = [name for name, column in values.items() if _same(column)] if count > 1 else []
        varying = [name for name in values if name not in constant]
        fixed = [values[name][0] for name in constant]
        row_length = 3 * len(varying) + 2
        per_statement = max(
            1,
            min(
                (self._max_parameters - len(fixed)) // len(varying),
                (self._max_length - 1000 - 20 * len(values)) // row_length,
                IMPORT_CHUNK,
            ),
        )
        statements: list[tuple[str, Sequence[Any]]] = []
        for start in range(0, count, per_statement):
            end = min(start + per_statement, count)
            rows = zip(*(values[name][start:end] for name in varying), strict=True)
            statements.append(
                (
                    _insert_sql(table, tuple(varying), tuple(constant), end - start),
                    [*fixed, *itertools.chain.from_iterable(rows)],
                )
            )
        return statements


def _same(column: Sequence[Any]) -> bool:
    return column.count(column[0]) == len(column)


def _utc_texts(column: Sequence[datetime | None], known: dict[int, str | None]) -> list[str | None]:
    """Instants as UTCDateTime stores them ("YYYY-MM-DD HH:MM:SS.ffffff", UTC).

    ``known`` remembers the texts by object, across the columns of a chunk.

    The acknowledgement and resolution times are mostly the receipt time itself, and the
    creation time is one object for every row: each is converted once. (The objects are alive
    while the columns are, so their ids cannot be reused meanwhile.)
    """
    count = len(column)
    if column.count(None) == count:
        return [None] * count
    first = column[0]
    if first is not None and _same(column):  # the creation time: one for the whole chunk
        return [stored_text(first)] * count
    get = known.get
    texts = [
        None if moment is None else get(id(moment)) or stored_text(moment) for moment in column
    ]
    known.update(zip(map(id, column), texts, strict=True))
    return texts


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, varying: tuple[str, ...], constant: tuple[str, ...], rows: int) -> str:
    """``INSERT`` of ``rows`` rows; the constant columns' values are bound once, first."""
    names = ", ".join(f'"{name}"' for name in (*varying, *constant))
    row = "(" + ", ".join("?" * len(varying)) + ")"
    all_rows = ", ".join([row] * rows)
    if not constant:
        return f'INSERT INTO "{table}" ({names}) VALUES {all_rows}'
    fixed = ", ".join("?" * len(constant))
    return f'INSERT INTO "{table}" ({names}) SELECT *, {fixed} FROM (VALUES {all_rows})'


class _Writer:
    """Runs an import's statements on a thread of its own, while the next rows are read.

    SQLite releases the GIL while it works, so inserting and indexing one chunk (more than half
    of what an import costs) overlaps reading and checking the next one on the other core. The
    connection is used by one thread at a time: once the writer has started, the reading thread
    uses it only after :meth:`wait` or :meth:`close`. Everything runs inside the import's
    transaction: when the import fails or is cancelled, the writer is stopped and the rollback
    undoes whatever it wrote. An error in the thread is raised in the reading thread at its
    next call, so no failure goes unseen, and nothing runs after it.
    """

    def __init__(self, driver: sqlite3.Connection) -> None:
        self._driver = driver
        self._work: queue.Queue[list[tuple[str, Sequence[Any]]] | None] = queue.Queue(
            maxsize=_WRITER_BACKLOG
        )
        self._error: BaseException | None = None
        self._raised = False
        self._stop = False
        self._thread = threading.Thread(
            target=self._run, name="policydesk-import-writer", daemon=True
        )
        self._thread.start()

    def submit(self, statements: list[tuple[str, Sequence[Any]]]) -> None:
        """Queue statements (waits while a couple of chunks are already waiting)."""
        self._raise()
        self._work.put(statements)

    def wait(self) -> None:
        """Wait until everything submitted has run; the connection is free until the next."""
        self._work.join()
        self._raise()

    def close(self, *, abandon: bool = False) -> None:
        """Let the thread finish and end; then raise what it failed with, if anything.

        Args:
            abandon: the import is failing (a cancel, an error): what is still queued is
                dropped, since the rollback undoes the lot anyway.
        """
        self._stop = abandon
        self._work.put(None)
        self._thread.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None and not self._raised:
            self._raised = True
            raise self._error

    def _run(self) -> None:
        while True:
            statements = self._work.get()
            try:
                if statements is None:
                    return
                if self._error is None and not self._stop:
                    for sql, parameters in statements:
                        self._driver.execute(sql, parameters)
            except BaseException as exc:  # raised in the reading thread at its next call
                self._error = exc
            finally:
                self._work.task_done()


_WRITER_BACKLOG = 2  # chunks waiting for the writer: enough to keep it busy, little memory


class _BulkIndexes:
    """Rebuilds the complaint table's indexes once when an import dwarfs the table.

    Inserting rows into ten indexes one by one costs five times the insert itself; building an
    index afresh sorts once. When the import brings at least as many rows as the table holds,
    the indexes are dropped inside the import's transaction and created again from their stored
    SQL at the end; commit or rollback leaves them exactly as they were, and no other
    connection ever sees the table without them. A small import into a big log keeps them.
    """

    def __init__(self, connection: Connection, incoming: int) -> None:
        self._connection = connection
        self._saved: list[str] = []
        existing = connection.exec_driver_sql("SELECT count(*) FROM complaint").scalar() or 0
        if incoming < max(existing, _BULK_INDEX_MINIMUM):
            return
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'complaint' AND sql IS NOT NULL"
        ).all():
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            self._saved.append(str(sql))

    def finish(self) -> None:
        """Create the dropped indexes again."""
        for sql in self._saved:
            self._connection.exec_driver_sql(sql)
        self._saved.clear()


_BULK_INDEX_MINIMUM = 5000
_BYTES_PER_ROW_GUESS = 250


class _SearchIndex:
    """Fills the full-text indexes chunk by chunk for the imported rows, not row by row.

    The indexes (``complaint_fts`` and ``complaint_action_fts``, migration 0002) are kept up to
    date by ``AFTER INSERT`` triggers. Fired once per row, they make an import about seven times
    slower than one ``INSERT ... SELECT`` into the index per chunk. So, inside the import's
    transaction, the two insert triggers are dropped, each chunk's rows inserted and indexed by
    their id range in one statement (by the writer, while the next chunk is read), and the
    triggers created again from the very SQL they were stored with. SQLite's DDL is
    transactional: whatever happens, the commit or the rollback leaves the triggers exactly as
    they were, and no other connection ever sees the file without them. The indexed columns are
    read from the index itself, so a later migration that indexes other columns needs no change
    here.
    """

    _TRIGGERS = (
        ("complaint_fts_insert", "complaint_fts", "complaint"),
        ("complaint_action_fts_insert", "complaint_action_fts", "complaint_action"),
    )

    def __init__(self, connection: Connection, first_complaint: int, first_action: int) -> None:
        self._connection = connection
        self._suspended: list[tuple[str, str, str, list[str]]] = []
        for trigger, index, table in self._TRIGGERS:
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
            ).scalar()
            if not sql:
                continue  # an index without its trigger: the rows are inserted as they are
            columns = [
                str(row[1]) for row in connection.exec_driver_sql(f'PRAGMA table_info("{index}")')
            ]
            connection.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
            self._suspended.append((str(sql), index, table, columns))
        self._first_complaint = first_complaint
        self._first_action = first_action

    def fill(self, ranges: dict[str, tuple[int, int]]) -> list[tuple[str, Sequence[Any]]]:
        """The statements that index the rows of each table whose ids are in ``[first, end)``."""
        statements: list[tuple[str, Sequence[Any]]] = []
        for _, index, table, columns in self._suspended:
            first, end = ranges[table]
            if first < end:
                names = ", ".join(f'"{column}"' for column in columns)
                statements.append(
                    (
                        f'INSERT INTO "{index}"(rowid, {names}) '
                        f'SELECT id, {names} FROM "{table}" WHERE id >= ? AND id < ?',
                        (first, end),
                    )
                )
        return statements

    def finish(self) -> None:
        """Put the triggers back (every imported row is indexed by then)."""
        for sql, _, _, _ in self._suspended:
            self._connection.exec_driver_sql(sql)
        self._suspended.clear()
