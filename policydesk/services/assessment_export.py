"""A self-assessment round exported as a PDF report or a CSV file.

The report is built from the file in one go (:meth:`AssessmentExportService.report`) and
written by :mod:`policydesk.export.assessment_report`, which replaces the target atomically.
A round is found by its id (the screen) or its label (the command line, ignoring case, as
labels are unique that way); a report compares with the closest earlier round that has a
quotient, unless told which round to compare with.

The means, the quotient and the owner-versus-others spread are worked out here from the same
answers the report lists respondent by respondent, so the document always agrees with itself
even while somebody rates statements in another window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.quotient import (
    HIGHEST_RATING,
    LOWEST_RATING,
    STATEMENTS,
    RespondentRole,
    owner_staff_spread,
    round_result,
)
from policydesk.domain.settings import SettingKey
from policydesk.export.assessment_report import (
    ComparedRound,
    ReportRespondent,
    RoundReport,
    write_round_csv,
    write_round_pdf,
)
from policydesk.services.assessment import AssessmentService, RoundInfo
from policydesk.storage.database import Database
from policydesk.storage.engine import Sessions
from policydesk.storage.files import check_new_target, fsync_folder, os_error_code
from policydesk.storage.repositories import read_setting
from policydesk.storage.schema import Business

if TYPE_CHECKING:
    from policydesk.export.pdf import PaperSize

_CODES = frozenset(statement.code for statement in STATEMENTS)
_FOLDER_PROBLEMS = frozenset({ErrorCode.READ_ONLY_FOLDER, ErrorCode.FOLDER_NOT_FOUND})


class ReportFormat(StrEnum):
    """What kind of file an export writes, named by its usual suffix."""

    PDF = "pdf"
    CSV = "csv"

    @classmethod
    def of(cls, path: Path) -> ReportFormat | None:
        """The format a file name asks for by its suffix (``.pdf``, ``.csv``), or None."""
        try:
            return cls(path.suffix.lower().lstrip("."))
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class ExportedRound:
    """What an export wrote.

    Attributes:
        path: the file written (absolute).
        format: PDF or CSV.
        language: the language of the document (for a CSV also its separator).
        round_label: the round exported.
        compared_with: the label of the round the report compares with ('' for none).
    """

    path: Path
    format: ReportFormat
    language: Language
    round_label: str
    compared_with: str = ""


@contextmanager
def open_for_export(path: Path) -> Iterator[AssessmentExportService]:
    """Open a PolicyDesk file (as ``Workspace.open`` does) for an export, and close it after.

    Raises:
        UserFacingError: the file is bad, read-only, locked or from a newer PolicyDesk.
    """
    with Database.open(path) as database:
        yield AssessmentExportService(database.sessions)


class AssessmentExportService:
    """Exports self-assessment rounds of one open file as PDF reports and CSV files.

    Args:
        sessions: the file's sessions.
    """

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._assessment = AssessmentService(sessions)

    def language(self) -> Language:
        """The business's language: the default language of a document."""
        with self._sessions.read() as session:
            code = session.scalar(select(Business.language).where(Business.id == 1))
        return Language.parse(code, Language.SWEDISH)

    def rounds(self) -> list[RoundInfo]:
        """Every round, newest first."""
        return self._assessment.rounds()

    def find_round(self, label: str) -> RoundInfo | None:
        """The round with this label (exactly, else ignoring case and surrounding space)."""
        rounds = self._assessment.rounds()
        exact = [info for info in rounds if info.label == label]
        if exact:
            return exact[0]
        wanted = label.strip().casefold()
        return next((info for info in rounds if info.label.casefold() == wanted), None)

    def report(self, round_id: int, *, compare_with: int | None = None) -> RoundReport | None:
        """Everything the documents show about a round; None when the round is gone.

        Args:
            round_id: the round.
            compare_with: the round to compare with; by default the closest earlier round
                (by date) that has a quotient. Pass the round's own id for no comparison.
        """
        rounds = self._assessment.rounds()
        info = next((found for found in rounds if found.id == round_id), None)
        if info is None:
            return None
        people = []
        for person in self._assessment.respondents(round_id):
            ratings = {
                code: entry.rating
                for code, entry in self._assessment.answers(person.id).items()
                if code in _CODES and LOWEST_RATING <= entry.rating <= HIGHEST_RATING
            }
            people.append(ReportRespondent(person.name, person.role, ratings))
        answers = [person.ratings for person in people]
        owners = [p.ratings for p in people if p.role is RespondentRole.OWNER]
        others = [p.ratings for p in people if p.role is not RespondentRole.OWNER]
        with self._sessions.read() as session:
            business = session.scalar(select(Business.name).where(Business.id == 1)) or ""
        return RoundReport(
            label=info.label,
            held_on=info.held_on,
            statement_set_version=info.statement_set_version,
            respondents=tuple(people),
            result=round_result(answers),
            spread=owner_staff_spread(owners, others),
            previous=self._compared(rounds, info, compare_with),
            business_name=business,
            note=info.note,
            closed=info.closed,
        )

    def history(self, round_id: int) -> list[tuple[str, Fraction]]:
        """``(label, quotient)`` of the scored rounds up to this one, oldest first."""
        rounds = self._assessment.rounds()  # newest first
        chosen = next((info for info in rounds if info.id == round_id), None)
        if chosen is None:
            return []
        return [
            (info.label, info.result.total)
            for info in reversed(rounds)
            if info.result is not None and (info.held_on, info.id) <= (chosen.held_on, chosen.id)
        ]

    def _paper(self) -> PaperSize:
        from policydesk.export.pdf import PaperSize

        with self._sessions.read() as session:
            stored = read_setting(session, SettingKey.PAPER_SIZE)
        try:
            return PaperSize(stored)
        except ValueError:
            return PaperSize.A4

    def _compared(
        self, rounds: list[RoundInfo], info: RoundInfo, compare_with: int | None
    ) -> ComparedRound | None:
        if compare_with is None:
            # rounds() is newest first: the first earlier one with a quotient.
            earlier = rounds[rounds.index(info) + 1 :]
            other = next((found for found in earlier if found.result is not None), None)
        else:
            other = next((found for found in rounds if found.id == compare_with), None)
        if other is None or other.id == info.id:
            return None
        return ComparedRound(
            label=other.label,
            held_on=other.held_on,
            statement_set_version=other.statement_set_version,
            result=self._assessment.result(other.id),
        )

    def export(
        self,
        path: Path,
        round_id: int,
        *,
        kind: ReportFormat | None = None,
        language: Language | None = None,
        compare_with: int | None = None,
    ) -> ExportedRound | None:
        """Write a round's PDF report or CSV file to ``path``, replacing it, all or nothing.

        Args:
            path: the file to write.
            round_id: the round.
            kind: PDF or CSV; by default taken from the suffix (PDF unless it is ``.csv``).
            language: the document's language; the business's when not given.
            compare_with: as in :meth:`report`.

        Returns:
            What was written, or None when the round is gone (nothing was written).

        Raises:
            UserFacingError: the folder is missing or read-only, ``path`` is a folder or a
                read-only file, or the disk is full; an existing file is left as it was.
        """
        target = path.absolute()
        check_new_target(target, replace=True)
        report = self.report(round_id, compare_with=compare_with)
        if report is None:
            return None
        kind = kind or ReportFormat.of(target) or ReportFormat.PDF
        language = language or self.language()
        try:
            if kind is ReportFormat.CSV:
                write_round_csv(target, report, language)
            else:  # the very report Print & export shows: with the years and the paper
                write_round_pdf(
                    target,
                    report,
                    language,
                    history=self.history(round_id),
                    paper=self._paper(),
                )
            fsync_folder(target.parent)
        except OSError as exc:
            code = os_error_code(exc)
            # The temporary file is made beside the target: a refusal is the folder's.
            where = target.parent if code in _FOLDER_PROBLEMS else target
            raise UserFacingError(code, where, {"detail": exc.strerror or str(exc)}) from exc
        # Only the PDF compares; the CSV holds the round alone.
        previous = report.previous.label if report.previous and kind is ReportFormat.PDF else ""
        return ExportedRound(target, kind, language, report.label, previous)
