"""The complaint log's use cases: log, change, follow up, delete and restore, find, count.

Every call is one unit of work in its own session. Saving checks the form with the domain's
:func:`~policydesk.domain.complaints.validate_complaint` first and writes nothing when anything is
wrong; the problems come back for the form to show. Every change to a stored complaint is
recorded field by field (who, when, what it was, what it became), so nothing is silently
overwritten; deleting only moves a complaint to the owner's bin.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from policydesk.domain.changes import Changes
from policydesk.domain.complaints import (
    FORM_FIELDS,
    ActionEntry,
    Category,
    CategoryCount,
    ChangeEntry,
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintRecord,
    ComplaintRow,
    ComplaintStatus,
    DefaultCategory,
    Draft,
    FollowUpFilter,
    FollowUpOutcome,
    FormColumns,
    LogFilter,
    LogQuery,
    Problem,
    ProblemCode,
    SaveOutcome,
    SortColumn,
    TopProblems,
    can_move,
    status_after_save,
    validate_complaint,
)
from policydesk.domain.languages import Language
from policydesk.domain.staff import StaffMember, StaffRole
from policydesk.domain.textsearch import fts_query, name_sort_key, phone_key, phone_keys
from policydesk.services.timezones import zone_named
from policydesk.storage import complaint_log
from policydesk.storage.engine import Sessions
from policydesk.storage.repositories import complaint_form
from policydesk.storage.schema import (
    Business,
    Complaint,
    ComplaintAction,
    ComplaintCategory,
    ComplaintChange,
    ComplaintDraft,
    Setting,
    Staff,
)

LAST_RECEIVER_KEY = "complaints.last_receiver"
MAX_CATEGORY_NAME = 100
MAX_STAFF_NAME = 200
FOLLOWUP_LIST_LIMIT = 500
_STATUS_FIELD = "status"
_DELETED_FIELD = "deleted"

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class LogPage:
    """The first screen of the log for a query: how many match, and the first rows.

    ``total`` is None when counting would hold up the first screen (a search ordered by
    number, read straight from the search index); the length of :meth:`ordered_ids` is then
    the count.
    """

    total: int | None
    rows: tuple[ComplaintRow, ...]


class ComplaintService:
    """The complaint log of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    # ------------------------------------------------------------------ the business

    def now(self) -> datetime:
        """The current instant, as this service sees it."""
        return self._clock()

    def zone(self) -> tzinfo:
        """The business's time zone (the computer's when none is set)."""
        with self._sessions.read() as session:
            return _zone(session)

    def currency(self) -> str:
        """The business's currency code (SEK when no business is entered yet)."""
        with self._sessions.read() as session:
            return _currency(session)

    def language(self) -> Language:
        """The business's language, which orders names in the log."""
        with self._sessions.read() as session:
            return _language(session)

    def today(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        """Today's start and end in the business's time zone, as aware instants."""
        with self._sessions.read() as session:
            return _day_bounds(session, now or self.now())

    # ------------------------------------------------------------------ lists

    def seed_categories(self, names: dict[DefaultCategory, str]) -> Changes:
        """Give a file without categories the default ones, named in the user's language.

        Does nothing when the file has categories already (the owner's list is theirs).
        """
        with self._sessions.write() as session:
            if session.scalar(select(func.count()).select_from(ComplaintCategory)):
                return Changes()
            for position, code in enumerate(DefaultCategory):
                name = " ".join(names.get(code, code.value).split())[:MAX_CATEGORY_NAME]
                session.add(
                    ComplaintCategory(code=code.value, name=name or code.value, position=position)
                )
        return Changes(complaints=True)

    def categories(self, *, include_inactive: bool = False) -> list[Category]:
        """The categories in their order (only the ones in use unless asked)."""
        with self._sessions.read() as session:
            statement = select(ComplaintCategory).order_by(
                ComplaintCategory.position, ComplaintCategory.id
            )
            if not include_inactive:
                statement = statement.where(ComplaintCategory.active)
            return [
                Category(row.id, row.name, row.code, row.active, row.position)
                for row in session.scalars(statement)
            ]

    def add_category(self, name: str) -> tuple[Category | None, list[Problem], Changes]:
        """Add a category at the end of the list; a name in use (ignoring case) is refused."""
        name = " ".join(name.split())
        problems = _check_name(name, "category", MAX_CATEGORY_NAME)
        if problems:
            return None, problems, Changes()
        with self._sessions.write() as session:
            if _category_named(session, name) is not None:
                return None, [Problem(ProblemCode.NAME_TAKEN, "category")], Changes()
            position = session.scalar(select(func.max(ComplaintCategory.position))) or 0
            row = ComplaintCategory(name=name, position=position + 1, active=True)
            session.add(row)
            session.flush()
            category = Category(row.id, row.name, row.code, True, row.position)
        return category, [], Changes(complaints=True)

    def rename_category(self, category_id: int, name: str) -> tuple[list[Problem], Changes]:
        """Rename a category; its complaints keep it."""
        name = " ".join(name.split())
        problems = _check_name(name, "category", MAX_CATEGORY_NAME)
        if problems:
            return problems, Changes()
        with self._sessions.write() as session:
            row = session.get(ComplaintCategory, category_id)
            if row is None:
                return [Problem(ProblemCode.NOT_FOUND, "category")], Changes()
            other = _category_named(session, name)
            if other is not None and other != category_id:
                return [Problem(ProblemCode.NAME_TAKEN, "category")], Changes()
            row.name = name
        return [], Changes(complaints=True)

    def set_category_active(self, category_id: int, active: bool) -> Changes:
        """Hide a category from new complaints (its complaints keep it), or bring it back."""
        with self._sessions.write() as session:
            row = session.get(ComplaintCategory, category_id)
            if row is None or row.active == active:
                return Changes()
            row.active = active
        return Changes(complaints=True)

    def move_category(self, category_id: int, step: int) -> Changes:
        """Move a category up (negative ``step``) or down the list."""
        with self._sessions.write() as session:
            rows = list(
                session.scalars(
                    select(ComplaintCategory).order_by(
                        ComplaintCategory.position, ComplaintCategory.id
                    )
                )
            )
            index = next((i for i, row in enumerate(rows) if row.id == category_id), None)
            if index is None:
                return Changes()
            target = max(0, min(len(rows) - 1, index + step))
            if target == index:
                return Changes()
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows):
                row.position = position
        return Changes(complaints=True)

    def staff(self, *, include_inactive: bool = False) -> list[StaffMember]:
        """The staff list in alphabet order (only current staff unless asked)."""
        with self._sessions.read() as session:
            language = _language(session)
            statement = select(Staff)
            if not include_inactive:
                statement = statement.where(Staff.active)
            members = [
                StaffMember(row.id, row.name, StaffRole(row.role), row.active)
                for row in session.scalars(statement)
            ]
        return sorted(members, key=lambda member: name_sort_key(member.name, language))

    def add_staff(
        self, name: str, role: StaffRole = StaffRole.STAFF
    ) -> tuple[StaffMember | None, list[Problem], Changes]:
        """Add a person to the staff list."""
        name = " ".join(name.split())
        problems = _check_name(name, "staff", MAX_STAFF_NAME)
        if problems:
            return None, problems, Changes()
        with self._sessions.write() as session:
            if _staff_named(session, name) is not None:
                return None, [Problem(ProblemCode.NAME_TAKEN, "staff")], Changes()
            row = Staff(name=name, role=role.value, active=True)
            session.add(row)
            session.flush()
            member = StaffMember(row.id, row.name, role, True)
        return member, [], Changes(staff=True)

    def update_staff(
        self,
        staff_id: int,
        *,
        name: str | None = None,
        role: StaffRole | None = None,
        active: bool | None = None,
    ) -> tuple[list[Problem], Changes]:
        """Rename a person, change their role, or mark them as no longer working here."""
        if name is not None:
            name = " ".join(name.split())
            problems = _check_name(name, "staff", MAX_STAFF_NAME)
            if problems:
                return problems, Changes()
        with self._sessions.write() as session:
            row = session.get(Staff, staff_id)
            if row is None:
                return [Problem(ProblemCode.NOT_FOUND, "staff")], Changes()
            other = _staff_named(session, name if name is not None else row.name)
            if other is not None and other != staff_id and (active or row.active):
                return [Problem(ProblemCode.NAME_TAKEN, "staff")], Changes()
            if name is not None:
                row.name = name
            if role is not None:
                row.role = role.value
            if active is not None:
                row.active = active
        return [], Changes(staff=True)

    def remember_receiver(self, staff_id: int) -> None:
        """Remember who is at the keyboard: the next complaint's "received by" starts there."""
        with self._sessions.write() as session:
            if session.get(Staff, staff_id) is not None:
                _remember_receiver(session, staff_id)

    def last_receiver(self) -> int | None:
        """The person who logged the last complaint here (the entry form's default)."""
        with self._sessions.read() as session:
            text = session.scalar(select(Setting.value).where(Setting.key == LAST_RECEIVER_KEY))
            try:
                staff_id = json.loads(text) if text else None
            except ValueError:
                return None
            if not isinstance(staff_id, int):
                return None
            active = session.scalar(select(Staff.active).where(Staff.id == staff_id))
            return staff_id if active else None

    # ------------------------------------------------------------------ one complaint

    def create(self, form: ComplaintForm, by: int | None) -> tuple[SaveOutcome, Changes]:
        """Log a new complaint; nothing is written when the form has problems.

        Args:
            form: the complaint as typed.
            by: the person logging it (also remembered as the form's next default).
        """
        now = self.now()
        form = form.cleaned()
        problems = validate_complaint(form, now)
        with self._sessions.write() as session:
            problems += _check_references(session, form)
            if problems:
                return SaveOutcome(None, tuple(problems)), Changes()
            row = Complaint(
                **new_complaint_values(
                    form,
                    status=status_after_save(form, ComplaintStatus.NEW),
                    received_by_id=form.received_by_id,
                    category_id=form.category_id,
                    language=_language(session),
                    currency=_currency(session),
                    now=now,
                )
            )
            session.add(row)
            session.flush()
            _remember_receiver(session, form.received_by_id or by)
            complaint_id = row.id
        return SaveOutcome(complaint_id), Changes(complaints=True)

    def update(
        self, complaint_id: int, form: ComplaintForm, by: int | None
    ) -> tuple[SaveOutcome, Changes]:
        """Save changes to a complaint, recording each changed field in its history."""
        now = self.now()
        form = form.cleaned()
        problems = validate_complaint(form, now)
        with self._sessions.write() as session:
            row = session.get(Complaint, complaint_id)
            if row is None:
                return SaveOutcome(None, (Problem(ProblemCode.NOT_FOUND, "id"),)), Changes()
            problems += _check_references(session, form)
            if problems:
                return SaveOutcome(None, tuple(problems)), Changes()
            before = complaint_form(row)
            if form.resolved_on_spot and form.resolved_at is None:
                form = _with(form, resolved_at=form.received_at)
            has_actions = _has_actions(session, complaint_id)
            status = status_after_save(form, ComplaintStatus(row.status), has_actions=has_actions)
            changed = [name for name in FORM_FIELDS if getattr(before, name) != getattr(form, name)]
            if not changed and status.value == row.status:
                return SaveOutcome(complaint_id), Changes()
            for name in changed:
                _record(
                    session,
                    complaint_id,
                    by=by,
                    now=now,
                    field=name,
                    old=getattr(before, name),
                    new=getattr(form, name),
                )
            _record_status(session, row, status, by, now)
            _apply(row, form, _language(session), _currency(session))
            row.updated_at = now
        return SaveOutcome(complaint_id), Changes(complaints=True)

    def add_action(
        self, complaint_id: int, text: str, by: int | None, at: datetime | None = None
    ) -> tuple[list[Problem], Changes]:
        """Add a step to a complaint's timeline (the timeline is never edited afterwards)."""
        text = text.strip()
        now = self.now()
        if not text:
            return [Problem(ProblemCode.TEXT_REQUIRED, "action")], Changes()
        if len(text) > 20_000:
            return [Problem(ProblemCode.TOO_LONG, "action", (("max", 20_000),))], Changes()
        taken_at = at or now
        with self._sessions.write() as session:
            row = session.get(Complaint, complaint_id)
            if row is None:
                return [Problem(ProblemCode.NOT_FOUND, "id")], Changes()
            if taken_at > now + timedelta(minutes=5):
                return [Problem(ProblemCode.IN_FUTURE, "action")], Changes()
            if taken_at < row.received_at:
                return [Problem(ProblemCode.BEFORE_RECEIVED, "action")], Changes()
            session.add(
                ComplaintAction(
                    complaint_id=complaint_id, taken_at=taken_at, staff_id=by, text=text
                )
            )
            if row.status == ComplaintStatus.NEW:
                _record_status(session, row, ComplaintStatus.IN_PROGRESS, by, now)
            if row.acknowledged_at is None:
                row.acknowledged_at = taken_at
            row.updated_at = now
        return [], Changes(complaints=True)

    def set_status(
        self, complaint_id: int, status: ComplaintStatus, by: int | None
    ) -> tuple[list[Problem], Changes]:
        """Move a complaint on by hand: start work, wait for the customer, resolve, reopen.

        Resolving stamps the resolution time; reopening takes back the resolution and the
        follow-up (both stay in the history), so the complaint is open again.
        """
        now = self.now()
        with self._sessions.write() as session:
            row = session.get(Complaint, complaint_id)
            if row is None:
                return [Problem(ProblemCode.NOT_FOUND, "id")], Changes()
            current = ComplaintStatus(row.status)
            if not can_move(current, status):
                return [
                    Problem(
                        ProblemCode.WRONG_STATUS,
                        _STATUS_FIELD,
                        (("from", current.value), ("to", status.value)),
                    )
                ], Changes()
            before = complaint_form(row)
            after = before
            if status is ComplaintStatus.RESOLVED and before.resolved_at is None:
                after = _with(after, resolved_at=max(now, row.received_at))
            if status is ComplaintStatus.CLOSED and before.followed_up_at is None:
                return [Problem(ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME, "followup_outcome")], (
                    Changes()
                )
            if not current.is_open and status.is_open:
                after = _with(
                    after,
                    resolved_on_spot=False,
                    resolved_at=None,
                    followed_up_at=None,
                    followup_outcome=None,
                )
            for name in FORM_FIELDS:
                old, new = getattr(before, name), getattr(after, name)
                if old != new:
                    _record(session, complaint_id, by=by, now=now, field=name, old=old, new=new)
            _apply(row, after, _language(session), _currency(session))
            _record_status(session, row, status, by, now)
            row.updated_at = now
        return [], Changes(complaints=True)

    def delete(self, complaint_id: int, by: int | None) -> Changes:
        """Move a complaint to the owner's bin; it leaves the log but nothing is lost."""
        now = self.now()
        with self._sessions.write() as session:
            row = session.get(Complaint, complaint_id)
            if row is None or row.deleted_at is not None:
                return Changes()
            row.deleted_at = now
            row.deleted_by_id = by
            _record(
                session, complaint_id, by=by, now=now, field=_DELETED_FIELD, old=False, new=True
            )
        return Changes(complaints=True)

    def restore(self, complaint_id: int, by: int | None) -> tuple[list[Problem], Changes]:
        """Take a complaint out of the bin; only an owner may."""
        now = self.now()
        with self._sessions.write() as session:
            role = session.scalar(select(Staff.role).where(Staff.id == by)) if by else None
            if role != StaffRole.OWNER:
                return [Problem(ProblemCode.OWNER_ONLY, "restore")], Changes()
            row = session.get(Complaint, complaint_id)
            if row is None:
                return [Problem(ProblemCode.NOT_FOUND, "id")], Changes()
            if row.deleted_at is None:
                return [], Changes()
            row.deleted_at = None
            row.deleted_by_id = None
            _record(
                session, complaint_id, by=by, now=now, field=_DELETED_FIELD, old=True, new=False
            )
        return [], Changes(complaints=True)

    def get(self, complaint_id: int) -> ComplaintRecord | None:
        """A complaint with its timeline, or None when there is no such complaint."""
        with self._sessions.read() as session:
            row = session.get(Complaint, complaint_id)
            if row is None:
                return None
            actions = session.execute(
                select(ComplaintAction, Staff.name)
                .outerjoin(Staff, Staff.id == ComplaintAction.staff_id)
                .where(ComplaintAction.complaint_id == complaint_id)
                .order_by(ComplaintAction.taken_at, ComplaintAction.id)
            ).all()
            return ComplaintRecord(
                id=row.id,
                status=ComplaintStatus(row.status),
                form=complaint_form(row),
                compensation_currency=row.compensation_currency,
                created_at=row.created_at,
                updated_at=row.updated_at,
                deleted_at=row.deleted_at,
                actions=tuple(
                    ActionEntry(
                        action.id, action.taken_at, action.staff_id, name or "", action.text
                    )
                    for action, name in actions
                ),
            )

    def history(self, complaint_id: int) -> list[ChangeEntry]:
        """Every recorded change to a complaint, oldest first."""
        with self._sessions.read() as session:
            rows = session.execute(
                select(ComplaintChange, Staff.name)
                .outerjoin(Staff, Staff.id == ComplaintChange.changed_by_id)
                .where(ComplaintChange.complaint_id == complaint_id)
                .order_by(ComplaintChange.changed_at, ComplaintChange.id)
            ).all()
            return [
                ChangeEntry(
                    change.changed_at, name or "", change.field, change.old_value, change.new_value
                )
                for change, name in rows
            ]

    # ------------------------------------------------------------------ drafts

    def save_draft(
        self, draft_id: int | None, complaint_id: int | None, payload: dict[str, Any]
    ) -> int:
        """Keep an entry form as typed so far; returns the draft's id (new or the same)."""
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
        now = self.now()
        with self._sessions.write() as session:
            row = session.get(ComplaintDraft, draft_id) if draft_id is not None else None
            if row is None:
                row = ComplaintDraft(complaint_id=complaint_id, payload=text, created_at=now)
                session.add(row)
            row.payload = text
            row.complaint_id = complaint_id
            row.updated_at = now
            session.flush()
            return row.id

    def drafts(self) -> list[Draft]:
        """The forms left open when the program last stopped, newest first."""
        with self._sessions.read() as session:
            rows = session.scalars(
                select(ComplaintDraft).order_by(ComplaintDraft.updated_at.desc())
            ).all()
            drafts: list[Draft] = []
            for row in rows:
                try:
                    payload = json.loads(row.payload)
                except ValueError:
                    payload = {}
                if isinstance(payload, dict):
                    drafts.append(Draft(row.id, row.complaint_id, payload, row.updated_at))
            return drafts

    def discard_draft(self, draft_id: int) -> None:
        """Forget a draft (after saving the complaint, or when the user throws it away)."""
        with self._sessions.write() as session:
            row = session.get(ComplaintDraft, draft_id)
            if row is not None:
                session.delete(row)

    # ------------------------------------------------------------------ the log

    def _where(self, session: Session, log_filter: LogFilter) -> list[Any]:
        now = self.now()
        _start, end = _day_bounds(session, now)
        return complaint_log.conditions(log_filter, day_end=end, now=now)

    def count(self, log_filter: LogFilter) -> int:
        """How many complaints the filter shows."""
        with self._sessions.read() as session:
            return complaint_log.count(session, self._where(session, log_filter))

    def first_page(self, query: LogQuery, limit: int) -> LogPage:
        """The count and the first ``limit`` rows for a query (one read, one snapshot).

        A search ordered by number is read from the search index in its own order, which
        stays fast however many complaints match; its count is left to :meth:`ordered_ids`.
        """
        words = fts_query(query.filter.search)
        with self._sessions.read() as session:
            if words is not None and query.sort is SortColumn.NUMBER:
                now = self.now()
                _start, end = _day_bounds(session, now)
                others = complaint_log.conditions(
                    query.filter, day_end=end, now=now, with_search=False
                )
                rows = complaint_log.search_first_rows(
                    session, words, others, descending=query.descending, limit=limit
                )
                return LogPage(len(rows) if len(rows) < limit else None, tuple(rows))
            where = self._where(session, query.filter)
            order = complaint_log.order_by(session, query, _language(session))
            total = complaint_log.count(session, where)
            rows = complaint_log.first_rows(session, where, order, limit)
            return LogPage(total, tuple(rows))

    def rows_at(self, query: LogQuery, offset: int, limit: int, total: int) -> list[ComplaintRow]:
        """Rows by position (read from the nearer end), before the id list is ready."""
        with self._sessions.read() as session:
            language = _language(session)
            return complaint_log.rows_at(
                session,
                where=self._where(session, query.filter),
                order=complaint_log.order_by(session, query, language),
                reversed_order=complaint_log.order_by(session, query, language, backwards=True),
                offset=offset,
                limit=limit,
                total=total,
            )

    def ordered_ids(self, query: LogQuery) -> array[int]:
        """Every id the query shows, in order (8 bytes each; a million take 8 MB)."""
        with self._sessions.read() as session:
            where = self._where(session, query.filter)
            order = complaint_log.order_by(session, query, _language(session))
            return complaint_log.ordered_ids(session, where, order)

    def rows(self, ids: Sequence[int]) -> list[ComplaintRow]:
        """The rows for ``ids`` in that order (a page of the log)."""
        with self._sessions.read() as session:
            return complaint_log.rows_by_ids(session, ids)

    def followups_due(self, limit: int = FOLLOWUP_LIST_LIMIT) -> tuple[int, list[ComplaintRow]]:
        """Follow-ups due today or overdue: how many, and the earliest ``limit`` of them."""
        query = LogQuery(LogFilter(followup=FollowUpFilter.DUE), SortColumn.FOLLOWUP, False)
        page = self.first_page(query, limit)
        return page.total or 0, list(page.rows)

    def top_problems(self, start: datetime, end: datetime) -> TopProblems:
        """Complaints per category received in ``[start, end)``, most first, all categories."""
        with self._sessions.read() as session:
            counts: dict[int | None, int] = dict(
                session.execute(
                    select(Complaint.category_id, func.count())
                    .where(
                        Complaint.deleted_at.is_(None),
                        Complaint.received_at >= start,
                        Complaint.received_at < end,
                    )
                    .group_by(Complaint.category_id)
                ).all()
            )
            categories = session.execute(
                select(
                    ComplaintCategory.id,
                    ComplaintCategory.name,
                    ComplaintCategory.code,
                    ComplaintCategory.position,
                    ComplaintCategory.active,
                )
            ).all()
        rows = [
            (CategoryCount(row.id, row.name, row.code, counts.get(row.id, 0)), row.position)
            for row in categories
            if row.active or counts.get(row.id, 0)
        ]
        if counts.get(None):
            rows.append((CategoryCount(None, "", None, counts[None]), 1 << 30))
        rows.sort(key=lambda item: (-item[0].count, item[1]))
        return TopProblems(start, end, sum(counts.values()), tuple(row for row, _ in rows))

    def rekey_names(self, language: Language) -> Changes:
        """Recompute the customers' sort keys for ``language`` (when the business's changes)."""
        with self._sessions.write() as session:
            rows = session.execute(select(Complaint.id, Complaint.customer_name)).all()
            for start in range(0, len(rows), 5000):
                session.execute(
                    update(Complaint),
                    [
                        {"id": row.id, "customer_sort": name_sort_key(row.customer_name, language)}
                        for row in rows[start : start + 5000]
                    ],
                )
        return Changes(complaints=True)


# ---------------------------------------------------------------------------- helpers


def _zone(session: Session) -> tzinfo:
    return zone_named(session.scalar(select(Business.timezone).where(Business.id == 1)))


def _day_bounds(session: Session, now: datetime) -> tuple[datetime, datetime]:
    zone = _zone(session)
    day: date = now.astimezone(zone).date()
    start = datetime.combine(day, datetime.min.time(), zone)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), zone)
    return start, end


def _currency(session: Session) -> str:
    return session.scalar(select(Business.currency).where(Business.id == 1)) or "SEK"


def _language(session: Session) -> Language:
    code = session.scalar(select(Business.language).where(Business.id == 1))
    return Language.parse(code, Language.SWEDISH)


def _check_name(name: str, field: str, limit: int) -> list[Problem]:
    if not name:
        return [Problem(ProblemCode.NAME_REQUIRED, field)]
    if len(name) > limit:
        return [Problem(ProblemCode.TOO_LONG, field, (("max", limit),))]
    return []


def _category_named(session: Session, name: str) -> int | None:
    for category_id, existing in session.execute(
        select(ComplaintCategory.id, ComplaintCategory.name)
    ):
        if existing.casefold() == name.casefold():
            return int(category_id)
    return None


def _staff_named(session: Session, name: str) -> int | None:
    """The current staff member called ``name``, ignoring case in any alphabet."""
    wanted = name.casefold()
    for staff_id, existing in session.execute(select(Staff.id, Staff.name).where(Staff.active)):
        if existing.casefold() == wanted:
            return int(staff_id)
    return None


def _check_references(session: Session, form: ComplaintForm) -> list[Problem]:
    problems: list[Problem] = []
    if form.category_id is not None and session.get(ComplaintCategory, form.category_id) is None:
        problems.append(Problem(ProblemCode.UNKNOWN_CATEGORY, "category_id"))
    if form.received_by_id is not None and session.get(Staff, form.received_by_id) is None:
        problems.append(Problem(ProblemCode.UNKNOWN_STAFF, "received_by_id"))
    return problems


def _remember_receiver(session: Session, staff_id: int | None) -> None:
    if staff_id is None:
        return
    setting = session.get(Setting, LAST_RECEIVER_KEY)
    if setting is None:
        session.add(Setting(key=LAST_RECEIVER_KEY, value=json.dumps(staff_id)))
    else:
        setting.value = json.dumps(staff_id)


def _has_actions(session: Session, complaint_id: int) -> bool:
    return (
        session.scalar(
            select(ComplaintAction.id).where(ComplaintAction.complaint_id == complaint_id).limit(1)
        )
        is not None
    )


def _with(form: ComplaintForm, **changes: Any) -> ComplaintForm:
    from dataclasses import replace

    return replace(form, **changes)


def new_complaint_columns(
    forms: FormColumns,
    *,
    status: Sequence[ComplaintStatus],
    received_by_id: Sequence[int | None],
    category_id: Sequence[int | None],
    language: Language,
    currency: Sequence[str | None],
    now: datetime,
) -> dict[str, Sequence[Any]]:
    """The column values of many new complaint rows, column by column.

    Each row holds what :func:`new_complaint_values` describes; that function is a batch of one
    of this, so the entry form and an import write exactly the same row for the same complaint.
    An import of a hundred thousand rows gets each column in one pass (names repeat, so each
    distinct one is keyed once).
    """
    count = forms.count
    values: dict[str, Sequence[Any]] = {name: forms.column(name) for name in FORM_FIELDS}
    values["received_by_id"] = received_by_id
    values["category_id"] = category_id
    values["channel"] = _codes(values["channel"])
    values["followup_outcome"] = _codes(values["followup_outcome"])
    values["compensation_kind"] = _codes(values["compensation_kind"])
    names = values["customer_name"]
    sort_keys = {name: name_sort_key(name, language) for name in dict.fromkeys(names)}
    values["customer_sort"] = [sort_keys[name] for name in names]
    values["phone_key"] = phone_keys(values["customer_phone"])
    values["compensation_currency"] = [
        code if amount is not None else None
        for code, amount in zip(currency, values["compensation_minor"], strict=True)
    ]
    received = values["received_at"]
    on_spot = values["resolved_on_spot"]
    if any(on_spot):
        values["resolved_at"] = [
            start if spot and moment is None else moment
            for start, spot, moment in zip(received, on_spot, values["resolved_at"], strict=True)
        ]
    values["acknowledged_at"] = [
        start if by is not None or agreed else None
        for start, by, agreed in zip(
            received, received_by_id, values["agreed_resolution"], strict=True
        )
    ]
    values["status"] = _codes(status)
    values["bought_again"] = values["deleted_at"] = values["deleted_by_id"] = [None] * count
    values["created_at"] = values["updated_at"] = [now] * count
    return values


def new_complaint_values(
    form: ComplaintForm,
    *,
    status: ComplaintStatus,
    received_by_id: int | None,
    category_id: int | None,
    language: Language,
    currency: str | None,
    now: datetime,
) -> dict[str, Any]:
    """The column values of a new complaint row, for the entry form and for imports alike.

    Copies the form (choices as their codes), adds the customer's sort key and the phone's
    search key, the compensation's currency when there is an amount, a resolution time for a
    complaint resolved on the spot, and the acknowledgement time (at receipt) when somebody
    took the complaint or a resolution was agreed. (A batch of one of
    :func:`new_complaint_columns`.)
    """
    columns = new_complaint_columns(
        FormColumns.of([form]),
        status=[status],
        received_by_id=[received_by_id],
        category_id=[category_id],
        language=language,
        currency=[currency],
        now=now,
    )
    return {name: column[0] for name, column in columns.items()}


def _codes(values: Sequence[StrEnum | None]) -> list[str | None]:
    # A dictionary look-up per value: an enum's ``.value`` is a slow descriptor.
    if values.count(None) == len(values):
        return [None] * len(values)
    return [None if value is None else _CODES[value] for value in values]


_CODES: dict[Any, str] = {
    member: member.value
    for kind in (Channel, FollowUpOutcome, CompensationKind, ComplaintStatus)
    for member in kind
}


def _apply(row: Complaint, form: ComplaintForm, language: Language, currency: str) -> None:
    """Copy a form onto a row, with the derived search and sort keys.

    An amount keeps the currency it was given in; only a new or changed amount takes the
    business's current currency.
    """
    amount_changed = row.compensation_minor != form.compensation_minor
    for field in fields(ComplaintForm):
        value = getattr(form, field.name)
        if isinstance(value, (Channel, FollowUpOutcome, CompensationKind)):
            value = value.value
        setattr(row, field.name, value)
    row.customer_sort = name_sort_key(form.customer_name, language)
    row.phone_key = phone_key(form.customer_phone)
    if form.compensation_minor is None:
        row.compensation_currency = None
    elif amount_changed or row.compensation_currency is None:
        row.compensation_currency = currency


def history_text(value: object) -> str | None:
    """How a field's value is written into the change history (codes, ISO instants)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (Channel, FollowUpOutcome, CompensationKind, ComplaintStatus)):
        return value.value
    return str(value)


def _record(
    session: Session,
    complaint_id: int,
    *,
    by: int | None,
    now: datetime,
    field: str,
    old: object,
    new: object,
) -> None:
    session.add(
        ComplaintChange(
            complaint_id=complaint_id,
            changed_at=now,
            changed_by_id=by,
            field=field,
            old_value=history_text(old),
            new_value=history_text(new),
        )
    )


def _record_status(
    session: Session, row: Complaint, status: ComplaintStatus, by: int | None, now: datetime
) -> None:
    if row.status != status.value:
        _record(
            session, row.id, by=by, now=now, field=_STATUS_FIELD, old=row.status, new=status.value
        )
        row.status = status.value
