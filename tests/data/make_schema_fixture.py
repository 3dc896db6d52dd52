"""Write the fixture file for the current schema: ``tests/data/schema_<revision>.policydesk``.

Run once when a schema revision is released (``python tests/data/make_schema_fixture.py``) and
commit the file. Never regenerate an existing fixture: it stands for files users already have.
It holds a little of everything, with awkward text, so upgrades can prove that data survived.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from policydesk.domain.languages import Language
from policydesk.domain.textsearch import name_sort_key, phone_key
from policydesk.storage import migrate
from policydesk.storage.database import Database, create
from policydesk.storage.schema import (
    AssessmentAnswer,
    AssessmentRespondent,
    AssessmentRound,
    Business,
    Complaint,
    ComplaintAction,
    ComplaintCategory,
    ComplaintChange,
    Goal,
    Measurement,
    PolicySection,
    PolicyVersion,
    Staff,
)

AWKWARD = "Åsa Öberg & Ștefan Țurcanu <b>unclosed 'x' \"y\" — 🚲"


def main() -> None:
    target = Path(__file__).with_name(f"schema_{migrate.HEAD_REVISION}.policydesk")
    if target.exists():
        sys.exit(f"{target} exists: fixtures are never regenerated")
    create(target)
    at = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    with Database.open(target) as db, db.sessions.write() as session:
        session.add(Business(id=1, name="Fixture Cykel AB", trade=AWKWARD))
        owner = Staff(name="Karin Lindqvist", role="owner")
        clerk = Staff(name="Ionuț Mărginean", role="staff")
        session.add_all([owner, clerk])
        category = ComplaintCategory(code="defective", name="Trasig vara", position=0)
        session.add(category)
        session.flush()
        for index in range(5):
            complaint = Complaint(
                received_at=at,
                received_by_id=clerk.id,
                category_id=category.id,
                customer_name=f"{AWKWARD} {index}",
                customer_sort=name_sort_key(f"{AWKWARD} {index}", Language.SWEDISH),
                customer_phone="070-123 45 6{index}",
                phone_key=phone_key(f"070-123 45 6{index}"),
                description="Bakväxeln hoppar — reclamație",
                compensation_kind="refund",
                compensation_minor=12_950,
                compensation_currency="SEK",
            )
            session.add(complaint)
            session.flush()
            session.add(ComplaintAction(complaint_id=complaint.id, taken_at=at, text="Ringt"))
            # From 0003 on: a wait for the customer, in the status history the clock reads.
            for minutes, old, new in ((10, "new", "waiting"), (70, "waiting", "in_progress")):
                session.add(
                    ComplaintChange(
                        complaint_id=complaint.id,
                        changed_at=at + timedelta(minutes=minutes),
                        changed_by_id=clerk.id,
                        field="status",
                        old_value=old,
                        new_value=new,
                    )
                )
        version = PolicyVersion(number=1, status="approved", approved_at=at)
        version.sections = [PolicySection(key="vision.final", content=AWKWARD)]
        session.add(version)
        session.flush()
        goal = Goal(introduced_in_id=version.id, title="80 % inom 30 s", target_value=80.0)
        session.add(goal)
        session.flush()
        session.add(
            Measurement(
                goal_id=goal.id,
                period_start=date(2026, 2, 1),
                period_end=date(2026, 2, 28),
                value=77.5,
            )
        )
        assessment = AssessmentRound(label="2026", held_on=date(2026, 3, 1))
        session.add(assessment)
        session.flush()
        respondent = AssessmentRespondent(round_id=assessment.id, name="Karin", role="owner")
        session.add(respondent)
        session.flush()
        session.add(
            AssessmentAnswer(
                respondent_id=respondent.id, statement_code="culture.right_first_time", rating=4
            )
        )
    print(target)


if __name__ == "__main__":
    main()
