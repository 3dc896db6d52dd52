"""Complaints: the codes a complaint record is made of.

Choices are stored as these codes, never as translated labels.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast


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


_PHONE_CHARACTER = "[0-9+\\-./() \u00a0]"
_PHONE_CHARACTERS = re.compile(f"{_PHONE_CHARACTER}*")
_NOT_DIGITS = re.compile("[^0-9]")
# The same rules for many numbers at once, one per line (see check_phones).
_PHONE_LINES = re.compile(f"{_PHONE_CHARACTER}*(?:\n{_PHONE_CHARACTER}*)*")
_PLUS_INSIDE = re.compile("[^\n]\\+")
_NOT_DIGITS_NOR_LINES = re.compile("[^0-9\n]")
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


def check_phones(phones: Sequence[str], field: str = "customer_phone") -> dict[int, list[Problem]]:
    """:func:`check_phone` for many numbers: the problems by index (numbers without, left out).

    An import checks a hundred thousand numbers. Joined one per line, all of them are checked
    with the rules of :func:`check_phone` by three regular expressions over the lot; only when
    one of them finds something is each number checked on its own.
    """
    present = [phone.strip() for phone in phones]
    numbers = [phone for phone in present if phone]
    if not numbers:
        return {}
    joined = "\n".join(numbers)
    if (
        joined.count("\n") == len(numbers) - 1  # no number holds a line break itself
        and _PHONE_LINES.fullmatch(joined)
        and not _PLUS_INSIDE.search(joined)
    ):
        digits = [len(line) for line in _NOT_DIGITS_NOR_LINES.sub("", joined).split("\n")]
        if min(digits) >= _MIN_PHONE_DIGITS and max(digits) <= _MAX_PHONE_DIGITS:
            return {}
    found: dict[int, list[Problem]] = {}
    for index, phone in enumerate(present):
        problems = check_phone(phone, field)
        if problems:
            found[index] = problems
    return found


_DOMAIN_LABEL = re.compile(r"^[^\W_](?:[\w-]{0,61}[^\W_])?$", re.UNICODE)
_WHITE_SPACE = re.compile(r"\s")  # the characters str.isspace() calls white space


def check_email(email: str, field: str = "customer_email") -> list[Problem]:
    """Check an e-mail address loosely: one ``@``, no spaces, a domain with a dot.

    Letters such as ``å`` or ``ș`` are allowed on both sides (international addresses).
    """
    text = email.strip()
    if not text:
        return []
    if _WHITE_SPACE.search(text):
        return [Problem(ProblemCode.EMAIL_HAS_SPACES, field)]
    local, at, domain = text.rpartition("@")
    if not at or not local or "@" in local:
        return [Problem(ProblemCode.EMAIL_NO_AT, field)]
    if not _domain_ok(domain):
        return [Problem(ProblemCode.EMAIL_BAD_DOMAIN, field, (("domain", domain),))]
    return []


# An import names the same few mail domains thousands of times.
@functools.lru_cache(maxsize=1024)
def _domain_ok(domain: str) -> bool:
    labels = domain.split(".")
    return len(labels) >= 2 and all(_DOMAIN_LABEL.match(label) for label in labels)


# Unicode's control characters (category Cc) except tab, line feed and carriage return; a
# regular expression, because checking character by character made imports crawl.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _has_control_characters(text: str) -> bool:
    return _CONTROL_CHARACTERS.search(text) is not None


_FIELD_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(ComplaintForm)}


@dataclass(frozen=True, slots=True)
class FormColumns:
    """Many entry forms held column by column: for each field, one value per form.

    An import checks a hundred thousand complaints at a time. Held as columns, each rule of
    :func:`validate_forms` can look at a whole column at once (one regular expression over every
    description, one comparison with the latest receipt time) and go form by form only where
    something may be wrong; building a :class:`ComplaintForm` per row cost more than the checks.
    A field that is left out holds its default in every form (a file without that column), so
    the rules about it cost nothing.

    Attributes:
        count: how many forms.
        columns: field name -> its values, one per form, in order.
    """

    count: int
    columns: Mapping[str, Sequence[Any]]

    @classmethod
    def of(cls, forms: Sequence[ComplaintForm]) -> FormColumns:
        """The forms as columns (every field given)."""
        return cls(
            len(forms), {name: [getattr(form, name) for form in forms] for name in FORM_FIELDS}
        )

    def column(self, name: str) -> Sequence[Any]:
        """A field's values; a field left out holds its default in every form."""
        values = self.columns.get(name)
        return [_FIELD_DEFAULTS[name]] * self.count if values is None else values

    def given(self, name: str) -> Sequence[Any] | None:
        """A field's values, or None when it was left out (its default in every form)."""
        return self.columns.get(name)

    def form(self, index: int) -> ComplaintForm:
        """One of the forms."""
        return ComplaintForm(**{name: values[index] for name, values in self.columns.items()})


def validate_complaint(form: ComplaintForm, now: datetime) -> list[Problem]:
    """Return everything wrong with ``form`` (empty when it can be saved).

    The rules are those of :func:`validate_forms`, which this is a batch of one of: the entry
    form and an import check complaints with the very same code.

    Args:
        form: the complaint as typed (texts may still carry white space).
        now: the current instant, aware; times more than a few minutes after it are refused.
    """
    return validate_forms(FormColumns.of([form]), now).get(0, [])


def validate_forms(forms: FormColumns, now: datetime) -> dict[int, list[Problem]]:
    """Return everything wrong with each of many forms: the rules every complaint must pass.

    Each form's problems come in the same order whatever else is in the batch: description,
    texts (in :data:`TEXT_FIELDS` order), times, follow-up, phone, e-mail, compensation.
    Texts are checked stripped of surrounding white space, as :meth:`ComplaintForm.cleaned`
    leaves them.

    Args:
        forms: the complaints as typed, column by column.
        now: the current instant, aware; times more than a few minutes after it are refused.

    Returns:
        The problems by the form's index; forms without problems are left out.
    """
    found: dict[int, list[Problem]] = {}
    if not forms.count:
        return found
    texts: dict[str, list[str] | None] = {}
    for name in TEXT_FIELDS:
        given = forms.given(name)
        texts[name] = None if given is None else list(map(str.strip, given))
    _check_description(texts["description"], forms.count, found)
    _check_texts(texts, found)
    _check_times(forms, now + CLOCK_TOLERANCE, found)
    _check_followup(forms, texts, found)
    _check_contacts(texts, found)
    _check_compensation(forms, found)
    return found


def _add(found: dict[int, list[Problem]], index: int, problem: Problem) -> None:
    found.setdefault(index, []).append(problem)


def _check_description(
    descriptions: list[str] | None, count: int, found: dict[int, list[Problem]]
) -> None:
    if descriptions is None:
        descriptions = [""] * count
    if all(descriptions):
        return
    for index, description in enumerate(descriptions):
        if not description:
            _add(found, index, Problem(ProblemCode.DESCRIPTION_REQUIRED, "description"))


def _check_texts(texts: dict[str, list[str] | None], found: dict[int, list[Problem]]) -> None:
    for name in TEXT_FIELDS:
        values = texts[name]
        if values is None:
            continue
        limit = MAX_SHORT_TEXT if name in SHORT_TEXT_FIELDS else MAX_LONG_TEXT
        # One look at the whole column; only a column with a problem is gone through value by
        # value (joining texts makes no new control character).
        if max(map(len, values)) <= limit and not _has_control_characters("".join(values)):
            continue
        for index, value in enumerate(values):
            if len(value) > limit:
                _add(
                    found,
                    index,
                    Problem(ProblemCode.TOO_LONG, name, (("max", limit), ("length", len(value)))),
                )
            elif _has_control_characters(value):
                _add(found, index, Problem(ProblemCode.CONTROL_CHARACTERS, name))


def _check_times(forms: FormColumns, latest: datetime, found: dict[int, list[Problem]]) -> None:
    count = forms.count
    received: Sequence[datetime | None] = forms.column("received_at")
    if None in received or max(cast("Sequence[datetime]", received)) > latest:
        for index, moment in enumerate(received):
            if moment is None:
                _add(found, index, Problem(ProblemCode.RECEIVED_REQUIRED, "received_at"))
            elif moment > latest:
                _add(found, index, Problem(ProblemCode.IN_FUTURE, "received_at"))
    # Things that already happened may not be in the future nor before the complaint came in;
    # promises and plans lie ahead, but never before the complaint came in.
    for name, past in (
        ("resolved_at", True),
        ("followed_up_at", True),
        ("promised_at", False),
        ("followup_due_at", False),
    ):
        moments = forms.given(name)
        if moments is None or moments.count(None) == count:
            continue
        for index, moment in enumerate(moments):
            if moment is None:
                continue
            start = received[index]
            if past and moment > latest:
                _add(found, index, Problem(ProblemCode.IN_FUTURE, name))
            elif start is not None and moment < start:
                _add(found, index, Problem(ProblemCode.BEFORE_RECEIVED, name))


def _check_followup(
    forms: FormColumns, texts: dict[str, list[str] | None], found: dict[int, list[Problem]]
) -> None:
    count = forms.count
    due = forms.given("followup_due_at")
    if due is not None and due.count(None) != count:
        phones = texts["customer_phone"] or [""] * count
        emails = texts["customer_email"] or [""] * count
        for index, moment in enumerate(due):
            if moment is not None and not (phones[index] or emails[index]):
                _add(found, index, Problem(ProblemCode.CONTACT_REQUIRED, "customer_phone"))
    outcomes = forms.column("followup_outcome")
    followed = forms.column("followed_up_at")
    if outcomes.count(None) == count and followed.count(None) == count:
        return
    for index, (outcome, moment) in enumerate(zip(outcomes, followed, strict=True)):
        if outcome is not None and moment is None:
            _add(found, index, Problem(ProblemCode.OUTCOME_WITHOUT_TIME, "followed_up_at"))
        if moment is not None and outcome is None:
            _add(found, index, Problem(ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME, "followup_outcome"))


def _check_contacts(texts: dict[str, list[str] | None], found: dict[int, list[Problem]]) -> None:
    phones = texts["customer_phone"]
    if phones is not None:
        for index, problems in check_phones(phones).items():
            found.setdefault(index, []).extend(problems)
    for index, email in enumerate(texts["customer_email"] or ()):
        if email:
            problems = check_email(email)
            if problems:
                found.setdefault(index, []).extend(problems)


def _check_compensation(forms: FormColumns, found: dict[int, list[Problem]]) -> None:
    amounts = forms.given("compensation_minor")
    if amounts is None or amounts.count(None) == forms.count:
        return
    kinds = forms.column("compensation_kind")
    for index, amount in enumerate(amounts):
        if amount is None:
            continue
        if amount < 0:
            _add(found, index, Problem(ProblemCode.COMPENSATION_NEGATIVE, "compensation_minor"))
        elif amount > MAX_COMPENSATION_MINOR:
            _add(found, index, Problem(ProblemCode.COMPENSATION_TOO_LARGE, "compensation_minor"))
        elif amount > 0 and kinds[index] is None:
            _add(found, index, Problem(ProblemCode.COMPENSATION_WITHOUT_KIND, "compensation_kind"))


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
