"""Complaints: the codes a complaint record is made of.

Choices are stored as these codes, never as translated labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class Channel(StrEnum):
    """How the complaint reached the business."""

    COUNTER = "counter"
    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    SOCIAL = "social"
    LETTER = "letter"


class ComplaintStatus(StrEnum):
    """Where a complaint is in its life: new, in progress, waiting, resolved, closed."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting for the customer: pauses the service clock
    RESOLVED = "resolved"
    CLOSED = "closed"  # followed up

    @property
    def is_open(self) -> bool:
        """Whether work on the complaint is still going on."""
        return self in (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING)


class FollowUpOutcome(StrEnum):
    """What the follow-up call or message found."""

    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"
    NOT_REACHED = "not_reached"


class CompensationKind(StrEnum):
    """What the customer was given to make up for the problem."""

    REFUND = "refund"
    REPLACEMENT = "replacement"
    DISCOUNT = "discount"
    GIFT = "gift"
    OTHER = "other"


class DefaultCategory(StrEnum):
    """The complaint categories a new file starts with; the owner can rename and add more."""

    DEFECTIVE = "defective"
    DELIVERY = "delivery"
    WAITING_TIME = "waiting_time"
    STAFF_CONDUCT = "staff_conduct"
    PRICE_BILLING = "price_billing"
    INFORMATION = "information"
    RETURNS = "returns"
    OTHER = "other"


# ---------------------------------------------------------------------------- the record

STATUS_ORDER = (
    ComplaintStatus.NEW,
    ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.WAITING,
    ComplaintStatus.RESOLVED,
    ComplaintStatus.CLOSED,
)

# Where a complaint may go from each status. Reopening (from resolved or closed) goes back to
# in progress; the change history keeps what the complaint was before.
_TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.NEW: frozenset(
        {ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING, ComplaintStatus.RESOLVED}
    ),
    ComplaintStatus.IN_PROGRESS: frozenset({ComplaintStatus.WAITING, ComplaintStatus.RESOLVED}),
    ComplaintStatus.WAITING: frozenset({ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.IN_PROGRESS}),
    ComplaintStatus.CLOSED: frozenset({ComplaintStatus.IN_PROGRESS}),
}


def can_move(current: ComplaintStatus, new: ComplaintStatus) -> bool:
    """Return whether a complaint may go from ``current`` to ``new`` (reopening included)."""
    return new in _TRANSITIONS[current]


def next_statuses(current: ComplaintStatus) -> tuple[ComplaintStatus, ...]:
    """The statuses a complaint may move to from ``current``, in workflow order."""
    return tuple(status for status in STATUS_ORDER if status in _TRANSITIONS[current])


# Longest text accepted per field; far above real use, low enough to keep the file sane.
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 20_000
# A clock a few minutes fast must not make "now" look like the future.
CLOCK_TOLERANCE = timedelta(minutes=5)
# Compensation above this many minor units (10 million in major units) is surely a typing slip.
MAX_COMPENSATION_MINOR = 1_000_000_000


@dataclass(frozen=True, slots=True)
class ComplaintForm:
    """Everything a person fills in about a complaint, as the entry form holds it.

    Instants are aware datetimes. Text fields are stripped by :meth:`cleaned`.
    """

    description: str = ""
    received_at: datetime | None = None
    received_by_id: int | None = None
    channel: Channel = Channel.COUNTER
    category_id: int | None = None
    product_ref: str = ""
    customer_name: str = ""
    customer_address: str = ""
    customer_phone: str = ""
    customer_email: str = ""
    customer_request: str = ""
    agreed_resolution: str = ""
    resolved_on_spot: bool = False
    resolved_at: datetime | None = None
    promised_at: datetime | None = None
    followup_due_at: datetime | None = None
    followed_up_at: datetime | None = None
    followup_outcome: FollowUpOutcome | None = None
    followup_note: str = ""
    compensation_kind: CompensationKind | None = None
    compensation_minor: int | None = None
    prevention_suggestion: str = ""

    def cleaned(self) -> ComplaintForm:
        """Return the form with surrounding white space removed from every text."""
        changes: dict[str, Any] = {}
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and value != (stripped := value.strip()):
                changes[name] = stripped
        return replace(self, **changes) if changes else self


SHORT_TEXT_FIELDS = (
    "product_ref",
    "customer_name",
    "customer_phone",
    "customer_email",
)
LONG_TEXT_FIELDS = (
    "description",
    "customer_address",
    "customer_request",
    "agreed_resolution",
    "followup_note",
    "prevention_suggestion",
)
TEXT_FIELDS = SHORT_TEXT_FIELDS + LONG_TEXT_FIELDS
FORM_FIELDS = tuple(f.name for f in fields(ComplaintForm))


class ProblemCode(StrEnum):
    """What is wrong with a complaint as typed; the user interface words each one."""

    DESCRIPTION_REQUIRED = "description_required"
    RECEIVED_REQUIRED = "received_required"
    IN_FUTURE = "in_future"
    BEFORE_RECEIVED = "before_received"
    CONTACT_REQUIRED = "contact_required"
    PHONE_HAS_LETTERS = "phone_has_letters"
    PHONE_TOO_SHORT = "phone_too_short"
    PHONE_TOO_LONG = "phone_too_long"
    EMAIL_NO_AT = "email_no_at"
    EMAIL_HAS_SPACES = "email_has_spaces"
    EMAIL_BAD_DOMAIN = "email_bad_domain"
    COMPENSATION_NEGATIVE = "compensation_negative"
    COMPENSATION_TOO_LARGE = "compensation_too_large"
    COMPENSATION_WITHOUT_KIND = "compensation_without_kind"
    OUTCOME_WITHOUT_TIME = "outcome_without_time"
    FOLLOWED_UP_WITHOUT_OUTCOME = "followed_up_without_outcome"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    UNKNOWN_CATEGORY = "unknown_category"
    UNKNOWN_STAFF = "unknown_staff"
    WRONG_STATUS = "wrong_status"
    NOT_FOUND = "not_found"
    TEXT_REQUIRED = "text_required"
    OWNER_ONLY = "owner_only"
    NAME_REQUIRED = "name_required"
    NAME_TAKEN = "name_taken"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix: a code, the field it is about, and facts for the message."""

    code: ProblemCode
    field: str
    params: tuple[tuple[str, str | int], ...] = ()

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")


_PHONE_CHARACTERS = re.compile("[0-9+\\-./() \u00a0]*")
_NOT_DIGITS = re.compile("[^0-9]")
_MIN_PHONE_DIGITS = 6  # short local numbers; Swedish numbers without area code have 5-8
_MAX_PHONE_DIGITS = 15  # ITU E.164


def check_phone(phone: str, field: str = "customer_phone") -> list[Problem]:
    """Check a phone number loosely: Swedish, Romanian and international forms all pass.

    ``08-123 456 78``, ``070-123 45 67``, ``0721 123 456``, ``+40 721 123 456`` and
    ``0046 70 123 45 67`` are fine; letters, too few or too many digits are not.
    """
    text = phone.strip()
    if not text:
        return []
    if not _PHONE_CHARACTERS.fullmatch(text) or "+" in text[1:]:
        return [Problem(ProblemCode.PHONE_HAS_LETTERS, field)]
    digits = len(_NOT_DIGITS.sub("", text))
    if digits < _MIN_PHONE_DIGITS:
        return [Problem(ProblemCode.PHONE_TOO_SHORT, field, (("min", _MIN_PHONE_DIGITS),))]
    if digits > _MAX_PHONE_DIGITS:
        return [Problem(ProblemCode.PHONE_TOO_LONG, field, (("max", _MAX_PHONE_DIGITS),))]
    return []


_DOMAIN_LABEL = re.compile(r"^[^\W_](?:[\w-]{0,61}[^\W_])?$", re.UNICODE)


def check_email(email: str, field: str = "customer_email") -> list[Problem]:
    """Check an e-mail address loosely: one ``@``, no spaces, a domain with a dot.

    Letters such as ``å`` or ``ș`` are allowed on both sides (international addresses).
    """
    text = email.strip()
    if not text:
        return []
    if any(ch.isspace() for ch in text):
        return [Problem(ProblemCode.EMAIL_HAS_SPACES, field)]
    local, at, domain = text.rpartition("@")
    if not at or not local or "@" in local:
        return [Problem(ProblemCode.EMAIL_NO_AT, field)]
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return [Problem(ProblemCode.EMAIL_BAD_DOMAIN, field, (("domain", domain),))]
    return []


# Unicode's control characters (category Cc) except tab, line feed and carriage return; a
# regular expression, because checking character by character made imports crawl.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _has_control_characters(text: str) -> bool:
    return _CONTROL_CHARACTERS.search(text) is not None


def validate_complaint(form: ComplaintForm, now: datetime) -> list[Problem]:
    """Return everything wrong with ``form`` (empty when it can be saved).

    Args:
        form: the complaint as typed (texts may still carry white space).
        now: the current instant, aware; times more than a few minutes after it are refused.
    """
    form = form.cleaned()
    problems: list[Problem] = []
    if not form.description:
        problems.append(Problem(ProblemCode.DESCRIPTION_REQUIRED, "description"))
    problems += _check_texts(form)
    problems += _check_times(form, now + CLOCK_TOLERANCE)
    if form.followup_due_at is not None and not (form.customer_phone or form.customer_email):
        problems.append(Problem(ProblemCode.CONTACT_REQUIRED, "customer_phone"))
    if form.followup_outcome is not None and form.followed_up_at is None:
        problems.append(Problem(ProblemCode.OUTCOME_WITHOUT_TIME, "followed_up_at"))
    if form.followed_up_at is not None and form.followup_outcome is None:
        problems.append(Problem(ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME, "followup_outcome"))
    problems += check_phone(form.customer_phone)
    problems += check_email(form.customer_email)
    problems += _check_compensation(form)
    return problems


def _check_texts(form: ComplaintForm) -> list[Problem]:
    problems: list[Problem] = []
    for name in TEXT_FIELDS:
        value: str = getattr(form, name)
        limit = MAX_SHORT_TEXT if name in SHORT_TEXT_FIELDS else MAX_LONG_TEXT
        if len(value) > limit:
            problems.append(
                Problem(ProblemCode.TOO_LONG, name, (("max", limit), ("length", len(value))))
            )
        elif _has_control_characters(value):
            problems.append(Problem(ProblemCode.CONTROL_CHARACTERS, name))
    return problems


def _check_times(form: ComplaintForm, latest: datetime) -> list[Problem]:
    problems: list[Problem] = []
    received = form.received_at
    if received is None:
        problems.append(Problem(ProblemCode.RECEIVED_REQUIRED, "received_at"))
    elif received > latest:
        problems.append(Problem(ProblemCode.IN_FUTURE, "received_at"))
    # Things that already happened may not be in the future nor before the complaint came in.
    for name in ("resolved_at", "followed_up_at"):
        moment: datetime | None = getattr(form, name)
        if moment is None:
            continue
        if moment > latest:
            problems.append(Problem(ProblemCode.IN_FUTURE, name))
        elif received is not None and moment < received:
            problems.append(Problem(ProblemCode.BEFORE_RECEIVED, name))
    # Promises and plans lie ahead, but never before the complaint came in.
    for name in ("promised_at", "followup_due_at"):
        moment = getattr(form, name)
        if moment is not None and received is not None and moment < received:
            problems.append(Problem(ProblemCode.BEFORE_RECEIVED, name))
    return problems


def _check_compensation(form: ComplaintForm) -> list[Problem]:
    amount = form.compensation_minor
    if amount is None:
        return []
    if amount < 0:
        return [Problem(ProblemCode.COMPENSATION_NEGATIVE, "compensation_minor")]
    if amount > MAX_COMPENSATION_MINOR:
        return [Problem(ProblemCode.COMPENSATION_TOO_LARGE, "compensation_minor")]
    if amount > 0 and form.compensation_kind is None:
        return [Problem(ProblemCode.COMPENSATION_WITHOUT_KIND, "compensation_kind")]
    return []


def status_after_save(
    form: ComplaintForm, current: ComplaintStatus, *, has_actions: bool = False
) -> ComplaintStatus:
    """The status a complaint should have once ``form`` is saved, following the work done.

    A follow-up with an outcome closes it; a resolution time resolves it; a new complaint with
    steps taken or an agreed resolution is in progress. A status set by hand (waiting) stays
    until the work moves it on.
    """
    if form.followed_up_at is not None and form.followup_outcome is not None:
        return ComplaintStatus.CLOSED
    if form.resolved_at is not None or form.resolved_on_spot:
        return ComplaintStatus.RESOLVED
    if current in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        # The resolution or follow-up was taken back: the complaint is being worked on again.
        return ComplaintStatus.IN_PROGRESS
    if current is ComplaintStatus.NEW and (has_actions or form.agreed_resolution.strip()):
        return ComplaintStatus.IN_PROGRESS
    return current


# ---------------------------------------------------------------------------- the log


class SortColumn(StrEnum):
    """The columns the log can be sorted by (each sort is done by the database)."""

    NUMBER = "number"
    RECEIVED = "received"
    CUSTOMER = "customer"
    CATEGORY = "category"
    CHANNEL = "channel"
    STATUS = "status"
    EMPLOYEE = "employee"
    FOLLOWUP = "followup"


class FollowUpFilter(StrEnum):
    """Which complaints to show by their planned follow-up."""

    ANY = "any"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    DUE = "due"  # due today or overdue


@dataclass(frozen=True, slots=True)
class LogFilter:
    """What part of the log to show. Empty tuples mean "all".

    Attributes:
        search: free text, matched word by word as prefixes, ignoring case and accents.
        statuses, category_ids, channels, employee_ids: keep only these.
        received_from, received_before: instants bounding the receipt time.
        followup: follow-ups due today, overdue, or both ("today" in the business's time zone).
        deleted: show the deleted complaints (the owner's bin) instead of the live ones.
    """

    search: str = ""
    statuses: tuple[ComplaintStatus, ...] = ()
    category_ids: tuple[int, ...] = ()
    channels: tuple[Channel, ...] = ()
    employee_ids: tuple[int, ...] = ()
    received_from: datetime | None = None
    received_before: datetime | None = None
    followup: FollowUpFilter = FollowUpFilter.ANY
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class LogQuery:
    """A filter and an order: everything the log's table model asks the database for."""

    filter: LogFilter = LogFilter()
    sort: SortColumn = SortColumn.RECEIVED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """One line of the log, ready to be formatted."""

    id: int
    received_at: datetime
    customer_name: str
    customer_phone: str
    category: str
    category_code: str | None
    channel: Channel
    status: ComplaintStatus
    employee: str
    followup_due_at: datetime | None
    followed_up_at: datetime | None
    description: str  # the first line or so; the full text is in the record

    def followup_overdue(self, now: datetime) -> bool:
        """Whether a planned follow-up is late."""
        return (
            self.followed_up_at is None
            and self.followup_due_at is not None
            and self.followup_due_at < now
        )


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """A step taken on a complaint: when, by whom, what."""

    id: int
    taken_at: datetime
    staff_id: int | None
    staff_name: str
    text: str


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One recorded change: who changed which field, from what, to what."""

    changed_at: datetime
    staff_name: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    """A whole complaint as stored, with its timeline."""

    id: int
    status: ComplaintStatus
    form: ComplaintForm
    compensation_currency: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    actions: tuple[ActionEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """How many complaints a category had in a period."""

    category_id: int | None
    name: str
    code: str | None
    count: int


@dataclass(frozen=True, slots=True)
class TopProblems:
    """Complaints per category over a period, most first; the first three are the top three."""

    start: datetime
    end: datetime
    total: int
    counts: tuple[CategoryCount, ...]

    @property
    def top_three(self) -> tuple[CategoryCount, ...]:
        """The three categories with most complaints (fewer when fewer had any)."""
        return tuple(count for count in self.counts[:3] if count.count > 0)


@dataclass(frozen=True, slots=True)
class Category:
    """A complaint category: a default one carries a code, the owner's own ones do not."""

    id: int
    name: str
    code: str | None = None
    active: bool = True
    position: int = 0


@dataclass(frozen=True, slots=True)
class Draft:
    """An entry form kept while it is typed (``complaint_id`` set when editing a complaint)."""

    id: int
    complaint_id: int | None
    payload: dict[str, object]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What saving a complaint did: its id when saved, or the problems that stopped it."""

    complaint_id: int | None
    problems: tuple[Problem, ...] = ()

    @property
    def saved(self) -> bool:
        """Whether the complaint was written."""
        return self.complaint_id is not None and not self.problems
