"""Reminders without a server: an iCalendar file of what the follow-up waits for.

The owner imports (or subscribes to) the file in any calendar application. The events and the
rules for their dates (``today`` is the business's today):

- **Next review meeting**: the last meeting's date plus the follow-up routine of the policy
  (``rollout.cadence`` of the newest approved version, else of the draft, else quarterly):
  one, three or twelve months. With no meeting held yet, the same span after the approval of
  the policy in force; with neither, no event. It recurs by the routine
  (``FREQ=MONTHLY;INTERVAL=1|3`` or ``FREQ=YEARLY``).
- **Yearly self-assessment**: twelve months after the newest round, or today when there has
  been none. It recurs yearly.
- **Goal measurements**: per goal in force, the day its next period's figure is due
  (:attr:`GoalOverview.next_due` ``.due_on``, the day after the period ends); no recurrence,
  an export made later moves it on.

A date already past is put on today (an overdue meeting is still to be held; the description
says since when). Every event reminds the day before.

UIDs are derived from the file (a hash of the business record's creation instant, which a
file keeps all its life) and the event's kind (plus the goal's id), not from its date: when
a meeting is held and the next one moves on, importing the new file updates the event that
the calendar already holds instead of adding a second one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import func, select

from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.goals import Cadence
from policydesk.domain.languages import Language
from policydesk.domain.policy import PolicyStatus
from policydesk.domain.quotient import MONTHS_BETWEEN_ROUNDS, add_months
from policydesk.export.ics import CalendarEvent, calendar_bytes
from policydesk.export.pdf import write_atomically
from policydesk.services.goals import GoalsService
from policydesk.services.policy import PolicyService
from policydesk.storage.engine import Sessions, sqlite_error_code
from policydesk.storage.schema import AssessmentRound, Business, ReviewMeeting

Clock = Callable[[], datetime]
DEFAULT_CADENCE: Final = Cadence.QUARTERLY
_MONTHS: Final = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3, Cadence.YEARLY: 12}
_RRULES: Final = {
    Cadence.MONTHLY: "FREQ=MONTHLY;INTERVAL=1",
    Cadence.QUARTERLY: "FREQ=MONTHLY;INTERVAL=3",
    Cadence.YEARLY: "FREQ=YEARLY",
}


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ReminderKind(StrEnum):
    """What an event reminds of."""

    REVIEW_MEETING = "review-meeting"
    SELF_ASSESSMENT = "self-assessment"
    MEASUREMENT = "measurement"


# English, Swedish, Romanian; {placeholders} filled with str.format.
_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "calendar": ("PolicyDesk reminders", "PolicyDesk-påminnelser", "Mementouri PolicyDesk"),
    "review": ("Review meeting", "Uppföljningsmöte", "Ședință de evaluare"),
    "review_after": (
        "Follow-up of the customer service policy: the goals' figures, improvement plans and "
        "feedback to staff. Last meeting: {last}.",
        "Uppföljning av kundservicepolicyn: målens siffror, förbättringsplaner och återkoppling "
        "till personalen. Senaste mötet: {last}.",
        "Urmărirea politicii de relații cu clienții: cifrele obiectivelor, planurile de "
        "îmbunătățire și feedbackul pentru personal. Ultima ședință: {last}.",
    ),
    "review_first": (
        "The first follow-up of the customer service policy approved on {approved}.",
        "Den första uppföljningen av kundservicepolicyn som godkändes {approved}.",
        "Prima urmărire a politicii de relații cu clienții aprobate pe {approved}.",
    ),
    "decisions": ("Decisions then", "Beslut då", "Decizii atunci"),
    "feedback": ("Feedback to staff", "Återkoppling till personalen", "Feedback pentru personal"),
    "assessment": (
        "Yearly self-assessment",
        "Årlig självskattning",
        "Autoevaluarea anuală",
    ),
    "assessment_after": (
        "Twelve months since the last round ({last}).",
        "Tolv månader sedan förra omgången ({last}).",
        "Douăsprezece luni de la runda anterioară ({last}).",
    ),
    "assessment_first": (
        "No self-assessment has been made yet.",
        "Ingen självskattning har gjorts ännu.",
        "Nu s-a făcut încă nicio autoevaluare.",
    ),
    "measurement": (
        "Enter figure: {title}",
        "Fyll i siffra: {title}",
        "Introduceți cifra: {title}",
    ),
    "measurement_detail": (
        "The figure for {start} – {end}.",
        "Siffran för {start} – {end}.",
        "Cifra pentru {start} – {end}.",
    ),
    "overdue": ("Due since {day}.", "Skulle ha gjorts {day}.", "Scadent din {day}."),
}
_INDEX: Final = {Language.ENGLISH: 0, Language.SWEDISH: 1, Language.ROMANIAN: 2}


def word(key: str, language: Language, **params: object) -> str:
    """A reminder text in ``language``, its placeholders filled."""
    return _WORDS[key][_INDEX[Language(language)]].format(**params)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One event of the calendar, before it is written.

    Attributes:
        kind: what it reminds of.
        day: the day it is on (today when it is overdue).
        due_on: the day it was due by the rules (before today when overdue).
        subject: the goal's id for a measurement, None otherwise.
        cadence: how it recurs, or None for a one-off.
        event: the calendar event as written.
    """

    kind: ReminderKind
    day: date
    due_on: date
    subject: int | None
    cadence: Cadence | None
    event: CalendarEvent


class ReminderService:
    """The reminder calendar of one open file.

    Args:
        sessions: the file's sessions.
        clock: returns the current instant (tests pass a fixed one).
    """

    def __init__(self, sessions: Sessions, clock: Clock = _utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._goals = GoalsService(sessions, clock)
        self._policy = PolicyService(sessions, clock)

    def review_cadence(self) -> Cadence:
        """How often review meetings are held: the policy's follow-up routine, else quarterly."""
        versions = self._policy.versions()
        chosen = next((v for v in versions if v.status is PolicyStatus.APPROVED), None)
        for version in (chosen, versions[0] if versions else None):
            if version is None:
                continue
            content = self._policy.content_of(version.id)
            answer = content.text("rollout.cadence") if content is not None else ""
            try:
                return Cadence(answer)
            except ValueError:
                continue
        return DEFAULT_CADENCE

    def reminders(self, language: Language = Language.ENGLISH) -> list[Reminder]:
        """The events to put in the calendar, in the order described in the module."""
        language = Language(language)
        today = self._goals.today()
        seed = self._file_seed()
        found: list[Reminder] = []
        review = self._review(language, today, seed)
        if review is not None:
            found.append(review)
        found.append(self._assessment(language, today, seed))
        for goal in self._goals.overview(today):
            due = goal.next_due.due_on
            text = word(
                "measurement_detail",
                language,
                start=goal.next_due.start.isoformat(),
                end=goal.next_due.end.isoformat(),
            )
            found.append(
                _reminder(
                    ReminderKind.MEASUREMENT,
                    due,
                    today,
                    seed,
                    word("measurement", language, title=goal.title),
                    text,
                    language,
                    subject=goal.id,
                )
            )
        return found

    def events(self, language: Language = Language.ENGLISH) -> list[CalendarEvent]:
        """The calendar events (see :meth:`reminders` for what they came from)."""
        return [reminder.event for reminder in self.reminders(language)]

    def calendar(self, language: Language = Language.ENGLISH) -> bytes:
        """The whole iCalendar file."""
        return calendar_bytes(
            self.events(language), self._clock(), word("calendar", Language(language))
        )

    def write_ics(self, path: Path, language: Language = Language.ENGLISH) -> None:
        """Write the calendar to ``path`` all at once (never half a file under the name).

        Raises:
            UserFacingError: the folder is missing or read-only, the disk is full...
        """
        data = self.calendar(language)
        try:
            write_atomically(path, data)
        except FileNotFoundError as exc:
            raise UserFacingError(ErrorCode.FOLDER_NOT_FOUND, path.parent) from exc
        except IsADirectoryError as exc:
            raise UserFacingError(ErrorCode.NOT_A_FILE, path) from exc
        except PermissionError as exc:
            raise UserFacingError(ErrorCode.READ_ONLY_FOLDER, path.parent) from exc
        except OSError as exc:
            raise UserFacingError(sqlite_error_code(exc), path, {"detail": str(exc)}) from exc

    # ------------------------------------------------------------------ the events

    def _review(self, language: Language, today: date, seed: str) -> Reminder | None:
        cadence = self.review_cadence()
        months = _MONTHS[cadence]
        with self._sessions.read() as session:
            last = session.scalars(
                select(ReviewMeeting).order_by(
                    ReviewMeeting.held_on.desc(), ReviewMeeting.id.desc()
                )
            ).first()
            if last is not None:
                due = add_months(last.held_on, months)
                parts = [word("review_after", language, last=last.held_on.isoformat())]
                if last.decisions.strip():
                    parts.append(f"{word('decisions', language)}: {last.decisions.strip()}")
                if last.staff_feedback.strip():
                    parts.append(f"{word('feedback', language)}: {last.staff_feedback.strip()}")
                text = "\n\n".join(parts)
        if last is None:
            approved = next(
                (v.approved_at for v in self._policy.versions() if v.approved_at is not None),
                None,
            )
            if approved is None:
                return None
            approved_on = approved.astimezone(UTC).date()
            due = add_months(approved_on, months)
            text = word("review_first", language, approved=approved_on.isoformat())
        return _reminder(
            ReminderKind.REVIEW_MEETING,
            due,
            today,
            seed,
            word("review", language),
            text,
            language,
            cadence=cadence,
        )

    def _assessment(self, language: Language, today: date, seed: str) -> Reminder:
        with self._sessions.read() as session:
            last = session.scalar(select(func.max(AssessmentRound.held_on)))
        if last is None:
            due, text = today, word("assessment_first", language)
        else:
            due = add_months(last, MONTHS_BETWEEN_ROUNDS)
            text = word("assessment_after", language, last=last.isoformat())
        return _reminder(
            ReminderKind.SELF_ASSESSMENT,
            due,
            today,
            seed,
            word("assessment", language),
            text,
            language,
            cadence=Cadence.YEARLY,
        )

    def _file_seed(self) -> str:
        """A short hash that names the file in UIDs (the same on every export)."""
        with self._sessions.read() as session:
            created = session.scalar(select(Business.created_at).where(Business.id == 1))
        identity = created.isoformat() if created is not None else "policydesk"
        return hashlib.sha256(identity.encode()).hexdigest()[:16]


def _reminder(  # noqa: PLR0917 - a private helper with the event's parts
    kind: ReminderKind,
    due: date,
    today: date,
    seed: str,
    summary: str,
    description: str,
    language: Language,
    *,
    subject: int | None = None,
    cadence: Cadence | None = None,
) -> Reminder:
    day = max(due, today)
    if due < today:
        description = f"{word('overdue', language, day=due.isoformat())}\n\n{description}"
    name = kind.value if subject is None else f"{kind.value}-{subject}"
    event = CalendarEvent(
        uid=f"{name}-{seed}@policydesk",
        day=day,
        summary=summary,
        description=description,
        rrule=None if cadence is None else _RRULES[cadence],
    )
    return Reminder(kind, day, due, subject, cadence, event)
