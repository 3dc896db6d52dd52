"""The Home page's summary of the open file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from policydesk.domain.overview import Overview
from policydesk.domain.quotient import assessment_due
from policydesk.services.timezones import zone_named
from policydesk.storage.engine import Sessions
from policydesk.storage.repositories import load_overview
from policydesk.storage.schema import Business


class OverviewService:
    """Answers "what is in this file?" for the Home page."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def overview(self, now: datetime | None = None) -> Overview:
        """Return the summary; follow-ups due by the end of today (business time) count as due.

        Args:
            now: the current instant (aware); defaults to the clock.
        """
        now = now or datetime.now(UTC)
        with self._sessions.read() as session:
            zone_name = session.scalar(select(Business.timezone).where(Business.id == 1))
            zone = zone_named(zone_name)
            local = now.astimezone(zone)
            tomorrow = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), zone)
            overview = load_overview(session, followups_due_before=tomorrow)
        last = overview.assessment.held_on if overview.assessment else None
        return replace(overview, assessment_due=assessment_due(last, local.date()))
