"""A workspace: one open data file and the services that work on it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from policydesk.services.assessment import AssessmentService
from policydesk.services.assessment_export import AssessmentExportService
from policydesk.services.call_log import CallLogService
from policydesk.services.complaint_transfer import ComplaintTransferService
from policydesk.services.complaints import ComplaintService
from policydesk.services.documents import DocumentService
from policydesk.services.goals import GoalsService
from policydesk.services.office_hours import OfficeHoursService
from policydesk.services.overview import OverviewService
from policydesk.services.policy import PolicyService
from policydesk.services.reminders import ReminderService
from policydesk.services.reviews import ReviewService
from policydesk.services.service_clock import ServiceClockService
from policydesk.storage.database import Database, OpenProgress


class Workspace:
    """An open data file and its services; close it to release the file.

    Attributes:
        path: the open file.
        overview: the Home page's summary.
        complaints: the complaint log.
        transfer: complaints to and from spreadsheets (CSV).
        policy: the customer service policy and its versions.
        assessment: the yearly self-assessment rounds.
        assessment_export: assessment rounds as PDF reports and CSV files.
        office_hours: office hours, time zone and holidays.
        service_clock: service targets, each complaint's due times, a period's figures.
        documents: the printable documents (policy, charter, SLA, reports) as PDFs.
        goals: the goals' measurements, standings and what is due.
        call_log: phone figures from a call-log CSV, stored as a goal's measurement.
        reminders: review meetings, the yearly self-assessment and measurements as .ics.
        reviews: review meetings (with their frozen figures) and improvement plans.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self.path: Path = database.path
        self.overview = OverviewService(database.sessions)
        self.complaints = ComplaintService(database.sessions)
        self.transfer = ComplaintTransferService(database.sessions)
        self.policy = PolicyService(database.sessions)
        self.assessment = AssessmentService(database.sessions)
        self.assessment_export = AssessmentExportService(database.sessions)
        self.office_hours = OfficeHoursService(database.sessions)
        self.service_clock = ServiceClockService(database.sessions, self.office_hours)
        self.goals = GoalsService(database.sessions)
        self.call_log = CallLogService(database.sessions)
        self.reminders = ReminderService(database.sessions)
        self.reviews = ReviewService(database.sessions, self.goals)
        self.documents = DocumentService(
            database.sessions,
            policy=self.policy,
            complaints=self.complaints,
            office_hours=self.office_hours,
            service_clock=self.service_clock,
            assessment_export=self.assessment_export,
        )

    @classmethod
    def open(cls, path: Path, *, progress: OpenProgress | None = None) -> Workspace:
        """Open ``path`` (upgrading it after a backup if it is older).

        Raises:
            UserFacingError: the file is bad, read-only, locked, newer, or its upgrade failed.
        """
        return cls(Database.open(path, progress=progress))

    @property
    def upgraded_from(self) -> str | None:
        """The schema revision the file had before this open upgraded it, if it did."""
        report = self._database.report
        return report.revision if report.needs_upgrade else None

    def close(self) -> None:
        """Close the file and release its lock."""
        self._database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
