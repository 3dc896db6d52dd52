"""The printable documents (Print & export, ``policydesk-cli export``): one entry for all five.

:meth:`DocumentService.build` turns a :class:`~policydesk.domain.documents.DocumentRequest`
into a :class:`~policydesk.domain.documents.Document` (the PDF's bytes and what to say about
it); :meth:`DocumentService.write` also writes it to a file, atomically. Each kind of document
is gathered from the file by a builder of its own, all sharing one :class:`DocumentContext`:

- the policy, the customer charter and the SLA: :mod:`policydesk.services.policy_documents`;
- the self-assessment report and the complaint report:
  :mod:`policydesk.services.report_documents`.

Everything is printed in the house's frame (:mod:`policydesk.export.pdf`): the bundled font,
escaped user text, header and footer with "page X of Y", metadata, A4 or US Letter.

What stops a document (no policy written yet, an unknown version or round, a period that ends
before it starts) is a :class:`DocumentError` with a code the user interface and the command
line word; a file that cannot be written is a :class:`UserFacingError`, and nothing is left
half-written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from policydesk.domain.changes import Changes
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.domain.settings import SettingKey
from policydesk.storage.engine import Sessions, sqlite_error_code
from policydesk.storage.repositories import read_setting, write_setting
from policydesk.storage.schema import Business

if TYPE_CHECKING:
    from policydesk.export.pdf import PaperSize
    from policydesk.services.assessment_export import AssessmentExportService
    from policydesk.services.complaints import ComplaintService
    from policydesk.services.office_hours import OfficeHoursService
    from policydesk.services.policy import PolicyService
    from policydesk.services.service_clock import ServiceClockService

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]
"""Told ``(steps done, steps in all)`` while a document is built."""
Cancelled = Callable[[], bool]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class DocumentErrorCode(StrEnum):
    """Why a document cannot be printed; the user interface words each one."""

    NO_POLICY = "no_policy"  # nothing written in the policy wizard yet
    UNKNOWN_VERSION = "unknown_version"  # params: version
    NO_ROUND = "no_round"  # no self-assessment round yet
    UNKNOWN_ROUND = "unknown_round"  # params: round
    BAD_PERIOD = "bad_period"  # the last day is before the first; params: first, last
    UNKNOWN_MEETING = "unknown_meeting"  # params: meeting (its id)
    CANCELLED = "cancelled"


class DocumentError(Exception):
    """A document that cannot be printed as asked, for a reason the user can act on."""

    def __init__(self, code: DocumentErrorCode, **params: str | int) -> None:
        super().__init__(code.value, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DocumentContext:
    """What every document builder may use: the file's services, the paper, the time."""

    sessions: Sessions
    policy: PolicyService
    complaints: ComplaintService
    office_hours: OfficeHoursService
    service_clock: ServiceClockService
    assessment_export: AssessmentExportService
    paper: PaperSize
    business: str
    business_language: Language
    now: datetime
    progress: Progress | None = None
    cancelled: Cancelled | None = None

    def step(self, done: int, total: int) -> None:
        """Report progress, and stop if the user cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise DocumentError(DocumentErrorCode.CANCELLED)
        if self.progress is not None:
            self.progress(done, total)


Builder = Callable[[DocumentContext, DocumentRequest], Document]


class DocumentService:
    """Builds and writes the printable documents of one open file.

    Args:
        sessions: the file's sessions.
        policy, complaints, office_hours, service_clock, assessment_export: the file's
            services the documents are gathered from.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(
        self,
        sessions: Sessions,
        *,
        policy: PolicyService,
        complaints: ComplaintService,
        office_hours: OfficeHoursService,
        service_clock: ServiceClockService,
        assessment_export: AssessmentExportService,
        clock: Clock = _utcnow,
    ) -> None:
        self._sessions = sessions
        self._policy = policy
        self._complaints = complaints
        self._office_hours = office_hours
        self._service_clock = service_clock
        self._assessment_export = assessment_export
        self._clock = clock

    # ------------------------------------------------------------------ settings

    def paper(self) -> PaperSize:
        """The paper documents are laid out for (A4 unless US Letter was chosen)."""
        from policydesk.export.pdf import PaperSize

        with self._sessions.read() as session:
            stored = read_setting(session, SettingKey.PAPER_SIZE)
        try:
            return PaperSize(stored)
        except ValueError:
            return PaperSize.A4

    def set_paper(self, paper: PaperSize | str) -> Changes:
        """Choose A4 or US Letter for every document.

        Raises:
            ValueError: neither "A4" nor "Letter".
        """
        from policydesk.export.pdf import PaperSize

        chosen = PaperSize(paper)
        with self._sessions.write() as session:
            write_setting(session, SettingKey.PAPER_SIZE, chosen.value)
        return Changes(settings=True)

    def business_language(self) -> Language:
        """The business's language: the documents' language unless another is asked for."""
        with self._sessions.read() as session:
            code = session.scalar(select(Business.language).where(Business.id == 1))
        return Language.parse(code, Language.SWEDISH)

    # ------------------------------------------------------------------ building

    def build(
        self,
        request: DocumentRequest,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        paper: PaperSize | str | None = None,
    ) -> Document:
        """Build a document (see the module doc).

        Args:
            request: what to print.
            progress: told the steps done while it is built.
            cancelled: asked between steps whether to stop.
            paper: lay it out for this paper this once; the business's setting when None.

        Raises:
            DocumentError: it cannot be printed as asked (the code says why).
            UserFacingError: the data file could not be read.
            ValueError: ``paper`` is neither "A4" nor "Letter".
        """
        context = self._context(progress, cancelled, paper)
        builder = _builders()[request.kind]
        return builder(context, request)

    def write(
        self,
        request: DocumentRequest,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        paper: PaperSize | str | None = None,
    ) -> Document:
        """Build a document and write it to ``path``, replacing the file all at once.

        Raises:
            DocumentError: as :meth:`build`.
            UserFacingError: the file could not be written (``path`` is then unchanged).
        """
        document = self.build(request, progress=progress, cancelled=cancelled, paper=paper)
        save_pdf(path, document.data)
        return document

    def _context(
        self,
        progress: Progress | None,
        cancelled: Cancelled | None,
        paper: PaperSize | str | None = None,
    ) -> DocumentContext:
        from policydesk.export.pdf import PaperSize

        chosen = PaperSize(paper) if paper is not None else self.paper()
        with self._sessions.read() as session:
            business = session.execute(
                select(Business.name, Business.language).where(Business.id == 1)
            ).first()
        name, code = (business.name, business.language) if business is not None else ("", None)
        return DocumentContext(
            sessions=self._sessions,
            policy=self._policy,
            complaints=self._complaints,
            office_hours=self._office_hours,
            service_clock=self._service_clock,
            assessment_export=self._assessment_export,
            paper=chosen,
            business=name or "",
            business_language=Language.parse(code, Language.SWEDISH),
            now=self._clock(),
            progress=progress,
            cancelled=cancelled,
        )


def save_pdf(path: Path, data: bytes) -> None:
    """Write a PDF to ``path`` atomically, turning the system's refusals into user-facing ones.

    Raises:
        UserFacingError: the folder is missing or read-only, the disk is full...
    """
    from policydesk.export.pdf import write_atomically

    try:
        write_atomically(path, data)
    except FileNotFoundError as exc:
        raise UserFacingError(ErrorCode.FOLDER_NOT_FOUND, path.parent) from exc
    except IsADirectoryError as exc:
        raise UserFacingError(ErrorCode.NOT_A_FILE, path) from exc
    except PermissionError as exc:
        raise UserFacingError(ErrorCode.READ_ONLY_FOLDER, path.parent) from exc
    except OSError as exc:
        code = sqlite_error_code(exc)
        raise UserFacingError(code, path, {"detail": str(exc)}) from exc


def page_count(data: bytes) -> int:
    """How many pages a PDF made by the frame has (its page objects, counted)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def file_name(business: str, title: str, suffix: str = "") -> str:
    """A file name to offer: "Cykelverkstan - Customer service policy v2.pdf", made safe."""
    stem = " - ".join(part for part in (business.strip(), title.strip()) if part) or "PolicyDesk"
    if suffix:
        stem = f"{stem} {suffix}"
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem)
    stem = " ".join(stem.split())[:120].rstrip(" .") or "PolicyDesk"
    return f"{stem}.pdf"


def _builders() -> dict[DocumentKind, Builder]:
    # Imported here: each builder brings ReportLab and matplotlib, which most uses never need.
    from policydesk.services import policy_documents, report_documents, review_documents

    return {
        DocumentKind.POLICY: policy_documents.build_policy,
        DocumentKind.CHARTER: policy_documents.build_charter,
        DocumentKind.SLA: policy_documents.build_sla,
        DocumentKind.ASSESSMENT: report_documents.build_assessment,
        DocumentKind.COMPLAINTS: report_documents.build_complaints,
        DocumentKind.REVIEW_PACK: review_documents.build_review_pack,
    }
