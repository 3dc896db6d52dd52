r"""Complaints as CSV: the columns, their names in three languages, writing, reading, parsing.

The file format (what :func:`write_header` and :func:`format_row` write, and what
:func:`parse_row` reads back exactly):

- **Encoding**: UTF-8 with a byte-order mark, which is how Excel recognises UTF-8. Reading also
  accepts UTF-8 without a BOM, UTF-16 with a BOM and, failing those, Windows-1252.
- **Separator**: ``;`` for Swedish and Romanian (their Excel expects it, since ``,`` is their
  decimal mark), ``,`` for English. Reading detects ``;``, ``,`` or tab from the header.
- **Header**: one row of column names in the export language. Reading matches names in English,
  Swedish or Romanian (and a few common synonyms), ignoring case, accents and punctuation.
- **Instants**: ISO 8601 in the business's time zone with its offset, written with a space
  (the RFC 3339 form, easier to read in a spreadsheet): ``2026-03-09 14:30:00+01:00``, with
  microseconds only when there are any. Reading also takes ``2026-03-09 14:30``,
  ``09.03.2026 14:30`` and ``09/03/2026 14:30`` (always day first), with or without the time;
  times without an offset are the business's local time.
- **Choices** (status, channel, outcome, compensation, yes/no) are words in the export
  language; reading takes the words of any of the three languages, or the stored code.
- **Amounts** are in major units with the language's decimal mark and no grouping
  (``1234,50``); reading also takes ``1 234,50``, ``1.234,50`` and ``1,234.50``.
- **Steps taken** share one cell, one step per line: ``ISO instant | staff | text``. In the staff
  name and the text a backslash is written ``\\``, a line break ``\n`` and a carriage return
  ``\r``; in the staff name ``|`` is written ``\|``. So any text round-trips exactly.
- **Formula injection**: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return would be run as a formula by Excel or LibreOffice. Such cells are written with a ``'``
  in front (the spreadsheets' own "this is text" mark, which they hide). Reading removes exactly
  one leading ``'`` when what follows it (after any further ``'``) starts with one of those
  characters, i.e. only where writing would have added it; ``'hello`` stays ``'hello``.

Nothing here touches the database or Qt: the transfer service turns stored complaints into
:class:`CsvComplaint` values and back.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import io
import re
import unicodedata
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintForm,
    ComplaintStatus,
    FollowUpOutcome,
    FormColumns,
    Problem,
)
from policydesk.domain.languages import Language
from policydesk.domain.money import currency_exponent, is_currency_code

_T = TypeVar("_T")


class CsvField(StrEnum):
    """What a column of the file holds. Values that match a form field use its name."""

    NUMBER = "number"
    STATUS = "status"
    RECEIVED_AT = "received_at"
    RECEIVED_BY = "received_by"
    CHANNEL = "channel"
    CATEGORY = "category"
    PRODUCT_REF = "product_ref"
    CUSTOMER_NAME = "customer_name"
    CUSTOMER_ADDRESS = "customer_address"
    CUSTOMER_PHONE = "customer_phone"
    CUSTOMER_EMAIL = "customer_email"
    DESCRIPTION = "description"
    CUSTOMER_REQUEST = "customer_request"
    AGREED_RESOLUTION = "agreed_resolution"
    RESOLVED_ON_SPOT = "resolved_on_spot"
    RESOLVED_AT = "resolved_at"
    PROMISED_AT = "promised_at"
    FOLLOWUP_DUE_AT = "followup_due_at"
    FOLLOWED_UP_AT = "followed_up_at"
    FOLLOWUP_OUTCOME = "followup_outcome"
    FOLLOWUP_NOTE = "followup_note"
    COMPENSATION_KIND = "compensation_kind"
    COMPENSATION_AMOUNT = "compensation_amount"
    COMPENSATION_CURRENCY = "compensation_currency"
    PREVENTION_SUGGESTION = "prevention_suggestion"
    STEPS = "steps"


COLUMNS: tuple[CsvField, ...] = tuple(CsvField)
"""The columns an export writes, in this order."""

REQUIRED_FIELDS = (CsvField.DESCRIPTION, CsvField.RECEIVED_AT)
"""Columns an import cannot do without."""

# A problem that the domain reports about a form field belongs to this column.
FORM_FIELD_COLUMNS: dict[str, CsvField] = {
    "received_by_id": CsvField.RECEIVED_BY,
    "category_id": CsvField.CATEGORY,
    "compensation_minor": CsvField.COMPENSATION_AMOUNT,
    "category": CsvField.CATEGORY,
    "staff": CsvField.RECEIVED_BY,
    "action": CsvField.STEPS,
    **{column.value: column for column in CsvField},
}

_TEXT_COLUMNS = {
    CsvField.PRODUCT_REF: "product_ref",
    CsvField.CUSTOMER_NAME: "customer_name",
    CsvField.CUSTOMER_ADDRESS: "customer_address",
    CsvField.CUSTOMER_PHONE: "customer_phone",
    CsvField.CUSTOMER_EMAIL: "customer_email",
    CsvField.DESCRIPTION: "description",
    CsvField.CUSTOMER_REQUEST: "customer_request",
    CsvField.AGREED_RESOLUTION: "agreed_resolution",
    CsvField.FOLLOWUP_NOTE: "followup_note",
    CsvField.PREVENTION_SUGGESTION: "prevention_suggestion",
}
_INSTANT_COLUMNS = {
    CsvField.RECEIVED_AT: "received_at",
    CsvField.RESOLVED_AT: "resolved_at",
    CsvField.PROMISED_AT: "promised_at",
    CsvField.FOLLOWUP_DUE_AT: "followup_due_at",
    CsvField.FOLLOWED_UP_AT: "followed_up_at",
}

# ---------------------------------------------------------------------------- names and words

_HEADERS: dict[Language, dict[CsvField, str]] = {
    Language.ENGLISH: {
        CsvField.NUMBER: "No.",
        CsvField.STATUS: "Status",
        CsvField.RECEIVED_AT: "Received",
        CsvField.RECEIVED_BY: "Received by",
        CsvField.CHANNEL: "Channel",
        CsvField.CATEGORY: "Category",
        CsvField.PRODUCT_REF: "Product or order",
        CsvField.CUSTOMER_NAME: "Customer name",
        CsvField.CUSTOMER_ADDRESS: "Customer address",
        CsvField.CUSTOMER_PHONE: "Customer phone",
        CsvField.CUSTOMER_EMAIL: "Customer e-mail",
        CsvField.DESCRIPTION: "Complaint",
        CsvField.CUSTOMER_REQUEST: "Customer asks for",
        CsvField.AGREED_RESOLUTION: "Agreed resolution",
        CsvField.RESOLVED_ON_SPOT: "Resolved on the spot",
        CsvField.RESOLVED_AT: "Resolved",
        CsvField.PROMISED_AT: "Promised by",
        CsvField.FOLLOWUP_DUE_AT: "Follow up on",
        CsvField.FOLLOWED_UP_AT: "Followed up",
        CsvField.FOLLOWUP_OUTCOME: "Follow-up outcome",
        CsvField.FOLLOWUP_NOTE: "Follow-up note",
        CsvField.COMPENSATION_KIND: "Compensation",
        CsvField.COMPENSATION_AMOUNT: "Amount",
        CsvField.COMPENSATION_CURRENCY: "Currency",
        CsvField.PREVENTION_SUGGESTION: "How to avoid it next time",
        CsvField.STEPS: "Steps taken",
    },
    Language.SWEDISH: {
        CsvField.NUMBER: "Nr",
        CsvField.STATUS: "Status",
        CsvField.RECEIVED_AT: "Mottaget",
        CsvField.RECEIVED_BY: "Mottaget av",
        CsvField.CHANNEL: "Kanal",
        CsvField.CATEGORY: "Kategori",
        CsvField.PRODUCT_REF: "Produkt eller order",
        CsvField.CUSTOMER_NAME: "Kundens namn",
        CsvField.CUSTOMER_ADDRESS: "Kundens adress",
        CsvField.CUSTOMER_PHONE: "Kundens telefon",
        CsvField.CUSTOMER_EMAIL: "Kundens e-post",
        CsvField.DESCRIPTION: "Klagomål",
        CsvField.CUSTOMER_REQUEST: "Kunden begär",
        CsvField.AGREED_RESOLUTION: "Överenskommen lösning",
        CsvField.RESOLVED_ON_SPOT: "Löst på plats",
        CsvField.RESOLVED_AT: "Löst",
        CsvField.PROMISED_AT: "Utlovat till",
        CsvField.FOLLOWUP_DUE_AT: "Följ upp",
        CsvField.FOLLOWED_UP_AT: "Uppföljt",
        CsvField.FOLLOWUP_OUTCOME: "Uppföljningens resultat",
        CsvField.FOLLOWUP_NOTE: "Uppföljningsanteckning",
        CsvField.COMPENSATION_KIND: "Ersättning",
        CsvField.COMPENSATION_AMOUNT: "Belopp",
        CsvField.COMPENSATION_CURRENCY: "Valuta",
        CsvField.PREVENTION_SUGGESTION: "Hur det kan undvikas",
        CsvField.STEPS: "Åtgärder",
    },
    Language.ROMANIAN: {
        CsvField.NUMBER: "Nr.",
        CsvField.STATUS: "Stare",
        CsvField.RECEIVED_AT: "Primită",
        CsvField.RECEIVED_BY: "Primită de",
        CsvField.CHANNEL: "Canal",
        CsvField.CATEGORY: "Categorie",
        CsvField.PRODUCT_REF: "Produs sau comandă",
        CsvField.CUSTOMER_NAME: "Numele clientului",
        CsvField.CUSTOMER_ADDRESS: "Adresa clientului",
        CsvField.CUSTOMER_PHONE: "Telefonul clientului",
        CsvField.CUSTOMER_EMAIL: "E-mailul clientului",
        CsvField.DESCRIPTION: "Reclamație",
        CsvField.CUSTOMER_REQUEST: "Clientul cere",
        CsvField.AGREED_RESOLUTION: "Soluția convenită",
        CsvField.RESOLVED_ON_SPOT: "Rezolvată pe loc",
        CsvField.RESOLVED_AT: "Rezolvată",
        CsvField.PROMISED_AT: "Promisă până la",
        CsvField.FOLLOWUP_DUE_AT: "Revenire planificată",
        CsvField.FOLLOWED_UP_AT: "Revenire făcută",
        CsvField.FOLLOWUP_OUTCOME: "Rezultatul revenirii",
        CsvField.FOLLOWUP_NOTE: "Nota revenirii",
        CsvField.COMPENSATION_KIND: "Despăgubire",
        CsvField.COMPENSATION_AMOUNT: "Sumă",
        CsvField.COMPENSATION_CURRENCY: "Monedă",
        CsvField.PREVENTION_SUGGESTION: "Cum se poate evita",
        CsvField.STEPS: "Pași făcuți",
    },
}

# Other names a shop's own spreadsheet may use for a column (matched like the headers).
_HEADER_SYNONYMS: dict[CsvField, tuple[str, ...]] = {
    CsvField.NUMBER: ("No", "Number", "Nummer", "Număr", "Id", "Nr"),
    CsvField.STATUS: ("State",),
    CsvField.RECEIVED_AT: (
        "Date",
        "Datum",
        "Data",
        "Received at",
        "Date received",
        "Mottagen",
        "Inkom",
        "Data primirii",
    ),
    CsvField.RECEIVED_BY: ("Staff", "Employee", "Personal", "Anställd", "Angajat"),
    CsvField.PRODUCT_REF: ("Product", "Order", "Produkt", "Produs", "Comandă"),
    CsvField.CUSTOMER_NAME: (
        "Customer",
        "Customer's name",
        "Name",
        "Kund",
        "Kundnamn",
        "Namn",
        "Client",
        "Nume",
        "Nume client",
    ),
    CsvField.CUSTOMER_ADDRESS: ("Address", "Adress", "Adresă", "Adresa"),
    CsvField.CUSTOMER_PHONE: ("Phone", "Telephone", "Telefon", "Telefonnummer", "Mobil"),
    CsvField.CUSTOMER_EMAIL: ("E-mail", "Email", "Mail", "E-post", "Epost", "E-mail client"),
    CsvField.DESCRIPTION: (
        "Description",
        "Beskrivning",
        "Descriere",
        "Complaint text",
        "Reklamation",
        "Ärende",
        "Plângere",
    ),
    CsvField.CUSTOMER_REQUEST: ("The customer asks for", "Request", "Önskemål", "Cerere"),
    CsvField.AGREED_RESOLUTION: ("Resolution", "Lösning", "Soluție"),
    CsvField.RESOLVED_ON_SPOT: ("On the spot", "På plats", "Pe loc"),
    CsvField.RESOLVED_AT: ("Resolved at",),
    CsvField.PROMISED_AT: ("Promised", "Utlovat", "Promisă"),
    CsvField.FOLLOWUP_DUE_AT: ("Follow-up due", "Follow up due at"),
    CsvField.FOLLOWUP_OUTCOME: ("Outcome", "Resultat", "Rezultat"),
    CsvField.COMPENSATION_AMOUNT: ("Compensation amount", "Summa"),
    CsvField.COMPENSATION_CURRENCY: ("Compensation currency",),
    CsvField.PREVENTION_SUGGESTION: ("Prevention", "Förebyggande", "Prevenire"),
    CsvField.STEPS: ("Steps", "Timeline", "Tidslinje", "Pași", "Istoric"),
}

_SEPARATORS = {Language.ENGLISH: ",", Language.SWEDISH: ";", Language.ROMANIAN: ";"}
_DECIMAL_MARKS = {Language.ENGLISH: ".", Language.SWEDISH: ",", Language.ROMANIAN: ","}

_STATUS_WORDS: dict[Language, dict[ComplaintStatus, str]] = {
    Language.ENGLISH: {
        ComplaintStatus.NEW: "New",
        ComplaintStatus.IN_PROGRESS: "In progress",
        ComplaintStatus.WAITING: "Waiting for the customer",
        ComplaintStatus.RESOLVED: "Resolved",
        ComplaintStatus.CLOSED: "Followed up",
    },
    Language.SWEDISH: {
        ComplaintStatus.NEW: "Ny",
        ComplaintStatus.IN_PROGRESS: "Pågår",
        ComplaintStatus.WAITING: "Väntar på kunden",
        ComplaintStatus.RESOLVED: "Löst",
        ComplaintStatus.CLOSED: "Uppföljt",
    },
    Language.ROMANIAN: {
        ComplaintStatus.NEW: "Nouă",
        ComplaintStatus.IN_PROGRESS: "În lucru",
        ComplaintStatus.WAITING: "Așteaptă clientul",
        ComplaintStatus.RESOLVED: "Rezolvată",
        ComplaintStatus.CLOSED: "Închisă",
    },
}
_CHANNEL_WORDS: dict[Language, dict[Channel, str]] = {
    Language.ENGLISH: {
        Channel.COUNTER: "At the counter",
        Channel.PHONE: "Phone",
        Channel.EMAIL: "E-mail",
        Channel.WEB: "Web",
        Channel.SOCIAL: "Social media",
        Channel.LETTER: "Letter",
    },
    Language.SWEDISH: {
        Channel.COUNTER: "I kassan",
        Channel.PHONE: "Telefon",
        Channel.EMAIL: "E-post",
        Channel.WEB: "Webb",
        Channel.SOCIAL: "Sociala medier",
        Channel.LETTER: "Brev",
    },
    Language.ROMANIAN: {
        Channel.COUNTER: "La ghișeu",
        Channel.PHONE: "Telefon",
        Channel.EMAIL: "E-mail",
        Channel.WEB: "Web",
        Channel.SOCIAL: "Rețele sociale",
        Channel.LETTER: "Scrisoare",
    },
}
_OUTCOME_WORDS: dict[Language, dict[FollowUpOutcome, str]] = {
    Language.ENGLISH: {
        FollowUpOutcome.SATISFIED: "Satisfied",
        FollowUpOutcome.NOT_SATISFIED: "Not satisfied",
        FollowUpOutcome.NOT_REACHED: "Could not reach",
    },
    Language.SWEDISH: {
        FollowUpOutcome.SATISFIED: "Nöjd",
        FollowUpOutcome.NOT_SATISFIED: "Inte nöjd",
        FollowUpOutcome.NOT_REACHED: "Nåddes inte",
    },
    Language.ROMANIAN: {
        FollowUpOutcome.SATISFIED: "Mulțumit",
        FollowUpOutcome.NOT_SATISFIED: "Nemulțumit",
        FollowUpOutcome.NOT_REACHED: "Nu a putut fi contactat",
    },
}
_COMPENSATION_WORDS: dict[Language, dict[CompensationKind, str]] = {
    Language.ENGLISH: {
        CompensationKind.REFUND: "Refund",
        CompensationKind.REPLACEMENT: "Replacement",
        CompensationKind.DISCOUNT: "Discount",
        CompensationKind.GIFT: "Gift",
        CompensationKind.OTHER: "Other",
    },
    Language.SWEDISH: {
        CompensationKind.REFUND: "Återbetalning",
        CompensationKind.REPLACEMENT: "Ersättningsvara",
        CompensationKind.DISCOUNT: "Rabatt",
        CompensationKind.GIFT: "Gåva",
        CompensationKind.OTHER: "Annat",
    },
    Language.ROMANIAN: {
        CompensationKind.REFUND: "Rambursare",
        CompensationKind.REPLACEMENT: "Înlocuire",
        CompensationKind.DISCOUNT: "Reducere",
        CompensationKind.GIFT: "Cadou",
        CompensationKind.OTHER: "Altceva",
    },
}
_YES_NO: dict[Language, tuple[str, str]] = {
    Language.ENGLISH: ("Yes", "No"),
    Language.SWEDISH: ("Ja", "Nej"),
    Language.ROMANIAN: ("Da", "Nu"),
}
# Words people type for these choices that are not the export's own.
_STATUS_SYNONYMS = {
    ComplaintStatus.WAITING: ("Waiting", "Väntar", "Așteaptă", "În așteptare"),
    ComplaintStatus.CLOSED: ("Closed", "Stängd", "Avslutad", "Urmărită"),
    ComplaintStatus.IN_PROGRESS: ("Pågående", "În curs"),
}
_CHANNEL_SYNONYMS = {
    Channel.COUNTER: (
        "Counter",
        "Disk",
        "I disken",
        "I butiken",
        "Kassan",
        "Butik",
        "Ghișeu",
        "Magazin",
        "In store",
    ),
    Channel.EMAIL: ("Email", "Mail", "Epost"),
    Channel.WEB: ("Website", "Webbplats", "Site"),
    Channel.SOCIAL: ("Social", "Facebook", "Instagram"),
    Channel.PHONE: ("Telephone", "Telefonic"),
}
_TRUE_WORDS = ("true", "1", "x", "y", "j", "d", "✓")
_FALSE_WORDS = ("false", "0", "n", "-")


# A file repeats the same few words thousands of times: remember how they fold.
@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Fold text for matching: lower case, no accents, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _words_table(
    tables: dict[Language, dict[Any, str]], synonyms: dict[Any, tuple[str, ...]]
) -> dict[str, Any]:
    words: dict[str, Any] = {}
    for table in tables.values():
        for code, word in table.items():
            words[normalise(word)] = code
            words[normalise(code.value)] = code
    for code, more in synonyms.items():
        for word in more:
            words.setdefault(normalise(word), code)
    return words


_STATUS_LOOKUP: dict[str, ComplaintStatus] = _words_table(_STATUS_WORDS, _STATUS_SYNONYMS)
_CHANNEL_LOOKUP: dict[str, Channel] = _words_table(_CHANNEL_WORDS, _CHANNEL_SYNONYMS)
_OUTCOME_LOOKUP: dict[str, FollowUpOutcome] = _words_table(_OUTCOME_WORDS, {})
_COMPENSATION_LOOKUP: dict[str, CompensationKind] = _words_table(_COMPENSATION_WORDS, {})
_BOOL_LOOKUP: dict[str, bool] = {
    **{normalise(word): True for word in _TRUE_WORDS},
    **{normalise(word): False for word in _FALSE_WORDS},
    **{normalise(yes): True for yes, _ in _YES_NO.values()},
    **{normalise(no): False for _, no in _YES_NO.values()},
}


def _header_table() -> dict[str, CsvField]:
    names: dict[str, CsvField] = {}
    for headers in _HEADERS.values():
        for column, name in headers.items():
            names[normalise(name)] = column
    for column in CsvField:
        names.setdefault(normalise(column.value), column)
    for column, more in _HEADER_SYNONYMS.items():
        for name in more:
            names.setdefault(normalise(name), column)
    return names


_HEADER_LOOKUP = _header_table()


def header_name(column: CsvField, language: Language) -> str:
    """The column's name in the header an export in ``language`` writes."""
    return _HEADERS[language][column]


def headers(language: Language) -> list[str]:
    """The header row an export in ``language`` writes."""
    return [_HEADERS[language][column] for column in COLUMNS]


def separator_for(language: Language) -> str:
    """The separator Excel expects in ``language``'s countries."""
    return _SEPARATORS[language]


def decimal_mark(language: Language) -> str:
    """The decimal mark amounts are written with in ``language``."""
    return _DECIMAL_MARKS[language]


def column_for_header(name: str) -> CsvField | None:
    """The column a header name stands for, in any of the three languages, or None."""
    return _HEADER_LOOKUP.get(normalise(name))


def status_word(status: ComplaintStatus, language: Language) -> str:
    """How a status is written in an export in ``language``."""
    return _STATUS_WORDS[language][status]


def channel_word(channel: Channel, language: Language) -> str:
    """How a channel is written in an export in ``language``."""
    return _CHANNEL_WORDS[language][channel]


def outcome_word(outcome: FollowUpOutcome, language: Language) -> str:
    """How a follow-up outcome is written in an export in ``language``."""
    return _OUTCOME_WORDS[language][outcome]


def compensation_word(kind: CompensationKind, language: Language) -> str:
    """How a kind of compensation is written in an export in ``language``."""
    return _COMPENSATION_WORDS[language][kind]


def yes_no_word(value: bool, language: Language) -> str:
    """``Yes``/``No`` (``Ja``/``Nej``, ``Da``/``Nu``)."""
    yes, no = _YES_NO[language]
    return yes if value else no


def parse_status(text: str) -> ComplaintStatus:
    """A status from its word in any of the three languages, or its code.

    Raises:
        ValueError: the word is not a status.
    """
    return _lookup(_STATUS_LOOKUP, text)


def parse_channel(text: str) -> Channel:
    """A channel from its word in any of the three languages, or its code.

    Raises:
        ValueError: the word is not a channel.
    """
    return _lookup(_CHANNEL_LOOKUP, text)


def parse_outcome(text: str) -> FollowUpOutcome:
    """A follow-up outcome from its word in any of the three languages, or its code.

    Raises:
        ValueError: the word is not an outcome.
    """
    return _lookup(_OUTCOME_LOOKUP, text)


def parse_compensation(text: str) -> CompensationKind:
    """A kind of compensation from its word in any of the three languages, or its code.

    Raises:
        ValueError: the word is not a kind of compensation.
    """
    return _lookup(_COMPENSATION_LOOKUP, text)


def parse_yes_no(text: str) -> bool:
    """Yes or no in any of the three languages (also ``1``/``0``, ``x``, true/false).

    Raises:
        ValueError: the word is neither.
    """
    return _lookup(_BOOL_LOOKUP, text)


def _lookup(table: dict[str, _T], text: str) -> _T:
    try:
        return table[normalise(text)]
    except KeyError:
        raise ValueError(f"unknown word: {text!r}") from None


# ---------------------------------------------------------------------------- values


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def protect(text: str) -> str:
    """Put ``'`` before a cell a spreadsheet would run as a formula (see the module doc)."""
    if text.startswith(_FORMULA_STARTS) or (
        text.startswith("'") and text.lstrip("'").startswith(_FORMULA_STARTS)
    ):
        return "'" + text
    return text


def unprotect(text: str) -> str:
    """Remove the ``'`` that :func:`protect` added, and only that."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def format_instant(moment: datetime | None, zone: tzinfo) -> str:
    """An instant as ISO 8601 in the business's local time with its offset ('' for none)."""
    if moment is None:
        return ""
    return moment.astimezone(zone).isoformat(sep=" ")


_DAY_FIRST = re.compile(
    r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{4})"
    r"(?:[ T,]+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
)
_YEAR_FIRST = re.compile(
    r"(?P<year>\d{4})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})"
    r"(?:[ T,]+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
)


def parse_instant(text: str, zone: tzinfo) -> datetime:
    """Read a date, with or without a time, as an aware instant.

    Takes ISO 8601 (``2026-03-09``, ``2026-03-09 14:30``, ``2026-03-09T14:30:00+01:00``, ``Z``),
    and the day-first forms ``09.03.2026 14:30`` and ``09/03/2026 14:30``. A time without an
    offset, and a date without a time (midnight), are local time in ``zone``.

    Raises:
        ValueError: the text is not such a date.
    """
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        match = _DAY_FIRST.fullmatch(text) or _YEAR_FIRST.fullmatch(text)
        if match is None:
            raise ValueError(f"not a date: {text!r}") from None
        moment = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment


def format_amount(minor: int | None, currency: str, language: Language) -> str:
    """An amount in major units with ``language``'s decimal mark, no grouping ('' for none)."""
    if minor is None:
        return ""
    exponent = currency_exponent(currency)
    text = str(Decimal(minor).scaleb(-exponent).quantize(Decimal(1).scaleb(-exponent)))
    return text.replace(".", decimal_mark(language))


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_AMOUNT = re.compile(r"(?P<sign>[-+]?)(?P<body>\d[\d.,]*)")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def parse_amount(text: str, currency: str, decimal_hint: str = ",") -> int:
    """Read an amount in major units and return it in minor units.

    ``1 234,50``, ``1.234,50``, ``1,234.50``, ``1234.5`` and ``250`` are all understood. When a
    lone ``,`` or ``.`` is followed by exactly three digits it could be either a decimal mark or
    a thousands separator; ``decimal_hint`` (the file's language's decimal mark) decides.

    Raises:
        ValueError: not an amount, or more decimals than the currency has.
    """
    match = _AMOUNT.fullmatch(_SPACES.sub("", text))
    if match is None:
        raise ValueError(f"not an amount: {text!r}")
    body = match["body"]
    marks = [ch for ch in body if ch in ".,"]
    if not marks:
        whole, fraction = body, ""
    else:
        last = marks[-1]
        head, _, tail = body.rpartition(last)
        lone = marks.count(last) == 1
        if lone and (len(tail) != 3 or last == decimal_hint or "," in head or "." in head):
            whole, fraction = head, tail
        else:
            whole, fraction = body, ""
        if not whole or (any(ch in ".," for ch in whole) and not _GROUPED.fullmatch(whole)):
            raise ValueError(f"not an amount: {text!r}")
        if len({ch for ch in whole if ch in ".,"}) > 1 or (fraction and not fraction.isdigit()):
            raise ValueError(f"not an amount: {text!r}")
        whole = whole.replace(".", "").replace(",", "")
    exponent = currency_exponent(currency)
    if len(fraction.rstrip("0")) > exponent:
        raise ValueError(f"more than {exponent} decimals: {text!r}")
    try:
        value = Decimal(f"{match['sign']}{whole}.{fraction or '0'}")
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    return int(value.scaleb(exponent))


# ---------------------------------------------------------------------------- the timeline


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """A step taken on a complaint, as the file holds it (the staff member by name)."""

    taken_at: datetime
    staff_name: str
    text: str


def _escape(text: str, *, pipe: bool) -> str:
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return text.replace("|", "\\|") if pipe else text


_UNESCAPES = {"\\": "\\", "n": "\n", "r": "\r", "|": "|"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _UNESCAPES:
            out.append(_UNESCAPES[text[index + 1]])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def format_steps(steps: Sequence[TimelineStep], zone: tzinfo) -> str:
    """The steps as one cell: ``instant | staff | text`` lines (see the module doc)."""
    return "\n".join(
        f"{format_instant(step.taken_at, zone)} | {_escape(step.staff_name, pipe=True)} | "
        f"{_escape(step.text, pipe=False)}"
        for step in steps
    )


def _unescaped_pipe(text: str) -> int:
    """The index of the first ``|`` not escaped by a backslash, or -1."""
    index = text.find("|")
    while index >= 0:
        backslashes = len(text[:index]) - len(text[:index].rstrip("\\"))
        if backslashes % 2 == 0:
            return index
        index = text.find("|", index + 1)
    return -1


def parse_steps(cell: str, zone: tzinfo) -> tuple[list[TimelineStep], list[str]]:
    """Read the steps cell; returns the steps and the lines that could not be read.

    A line is ``instant | staff | text``; ``instant | text`` (nobody named) is accepted too.
    Blank lines are skipped.
    """
    steps: list[TimelineStep] = []
    bad: list[str] = []
    for line in cell.split("\n"):
        line = line.removesuffix("\r")  # noqa: PLW2901 - a spreadsheet may write CRLF
        if not line.strip():
            continue
        moment_text, bar, rest = line.partition("|")
        if not bar:
            bad.append(line)
            continue
        try:
            moment = parse_instant(moment_text, zone)
        except ValueError:
            bad.append(line)
            continue
        cut = _unescaped_pipe(rest)
        if cut < 0:
            staff, text = "", rest
        else:
            staff, text = rest[:cut], rest[cut + 1 :]
        staff = staff.removeprefix(" ").removesuffix(" ")
        text = text.removeprefix(" ")
        steps.append(TimelineStep(moment, _unescape(staff), _unescape(text)))
    return steps, bad


# ---------------------------------------------------------------------------- a complaint


@dataclass(frozen=True, slots=True)
class CsvComplaint:
    """One complaint as a row of the file: the form, with people and categories by name.

    Attributes:
        number: the complaint's number in the file it came from (not kept on import).
        status: where it is in its life; None when the file leaves it empty.
        form: every field of the entry form (``received_by_id`` and ``category_id`` unused).
        received_by: who received it, by name ('' for nobody).
        category: its category, by name ('' for none).
        currency: the compensation's currency, when there is an amount.
        steps: the timeline, oldest first.
    """

    number: int | None
    status: ComplaintStatus | None
    form: ComplaintForm
    received_by: str = ""
    category: str = ""
    currency: str | None = None
    steps: tuple[TimelineStep, ...] = ()


def format_row(complaint: CsvComplaint, language: Language, zone: tzinfo) -> list[str]:
    """The cells of one complaint in the order of :data:`COLUMNS`, protected against formulas."""
    form = complaint.form
    currency = complaint.currency or ""
    values: dict[CsvField, str] = {
        CsvField.NUMBER: "" if complaint.number is None else str(complaint.number),
        CsvField.STATUS: status_word(complaint.status, language) if complaint.status else "",
        CsvField.RECEIVED_BY: complaint.received_by,
        CsvField.CHANNEL: channel_word(form.channel, language),
        CsvField.CATEGORY: complaint.category,
        CsvField.RESOLVED_ON_SPOT: yes_no_word(form.resolved_on_spot, language),
        CsvField.FOLLOWUP_OUTCOME: (
            outcome_word(form.followup_outcome, language) if form.followup_outcome else ""
        ),
        CsvField.COMPENSATION_KIND: (
            compensation_word(form.compensation_kind, language) if form.compensation_kind else ""
        ),
        CsvField.COMPENSATION_AMOUNT: format_amount(
            form.compensation_minor, currency or "SEK", language
        ),
        CsvField.COMPENSATION_CURRENCY: currency,
        CsvField.STEPS: format_steps(complaint.steps, zone),
    }
    for column, name in _TEXT_COLUMNS.items():
        values[column] = getattr(form, name)
    for column, name in _INSTANT_COLUMNS.items():
        values[column] = format_instant(getattr(form, name), zone)
    return [protect(values[column]) for column in COLUMNS]


# ---------------------------------------------------------------------------- problems


class CsvProblemCode(StrEnum):
    """What is wrong with a file, its header or one of its rows."""

    EMPTY_FILE = "empty_file"  # nothing but white space
    NOT_TEXT = "not_text"  # a picture, an archive, a workbook...: param "kind"
    NO_ROWS = "no_rows"  # a header and nothing else
    NO_KNOWN_COLUMNS = "no_known_columns"  # no column name is one PolicyDesk knows
    MISSING_COLUMN = "missing_column"  # a required column is not mapped: field
    DUPLICATE_COLUMN = "duplicate_column"  # two columns mapped to one field: field
    BAD_QUOTES = "bad_quotes"  # a quote in the wrong place
    UNCLOSED_QUOTE = "unclosed_quote"  # a quote opened and never closed: reading stops
    CELL_TOO_LONG = "cell_too_long"  # a cell over the reader's limit: reading stops; "max"
    TOO_MANY_COLUMNS = "too_many_columns"  # params "count", "expected"
    TOO_FEW_COLUMNS = "too_few_columns"  # params "count", "expected"
    BAD_DATE = "bad_date"  # field, "value"
    BAD_WORD = "bad_word"  # unknown status/channel/outcome/compensation/yes-no word
    BAD_AMOUNT = "bad_amount"  # field, "value"
    BAD_CURRENCY = "bad_currency"  # field, "value"
    BAD_STEP = "bad_step"  # a line of the steps cell: "value"
    INVALID = "invalid"  # the domain's check found ``problem``


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """One thing wrong with a CSV file, where the spreadsheet shows it.

    Attributes:
        row: the row as a spreadsheet numbers it (the header is row 1); 0 for the whole file.
        code: what is wrong.
        field: the column concerned (a :class:`CsvField` value), if any.
        params: facts for the message (``value``, ``count``, ``expected``, ``kind``...).
        problem: for :attr:`CsvProblemCode.INVALID`, the domain's problem.
    """

    row: int
    code: CsvProblemCode
    field: str = ""
    params: tuple[tuple[str, str | int], ...] = ()
    problem: Problem | None = None

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")

    @property
    def column(self) -> CsvField | None:
        """The column the problem is about (for a domain problem, the one holding its field)."""
        name = self.problem.field if self.problem is not None else self.field
        return FORM_FIELD_COLUMNS.get(name)


MAX_VALUE_SHOWN = 60


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_VALUE_SHOWN else value[: MAX_VALUE_SHOWN - 1] + "…"


# ---------------------------------------------------------------------------- detecting

SAMPLE_BYTES = 64 * 1024
_VERIFY_CHUNK = 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files people pick by mistake: said by name in the message.
_SIGNATURES = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "xls"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x1f\x8b", "gzip"),
)
# More control characters than this share of a sample means the file is not text.
_CONTROL_SHARE = 0.01
CANDIDATE_SEPARATORS = (";", ",", "\t")


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """How a file is written and what each of its columns holds.

    Attributes:
        encoding: the Python codec that reads it ('' when it is not text).
        separator: ``;``, ``,`` or tab.
        headers: the header row as written.
        mapping: for each column of the file, the field it holds, or None to ignore it.
        language: the language the header looks written in; its decimal mark breaks ties
            when reading amounts.
        header_row: the row the header is on (2 when a ``sep=`` line comes first).
        problems: what is wrong with the file as a whole (not text, empty).
    """

    encoding: str
    separator: str
    headers: tuple[str, ...] = ()
    mapping: tuple[CsvField | None, ...] = ()
    language: Language = Language.ENGLISH
    header_row: int = 1
    problems: tuple[CsvProblem, ...] = ()

    def with_mapping(self, mapping: Sequence[CsvField | None]) -> CsvLayout:
        """The same layout with other fields for the columns (the user's choice)."""
        if len(mapping) != len(self.headers):
            raise ValueError("one field (or None) per column")
        return replace(self, mapping=tuple(mapping))

    def mapping_problems(self) -> list[CsvProblem]:
        """What is wrong with the mapping: nothing known, a required field missing, twins."""
        if self.problems:
            return list(self.problems)
        if not any(self.mapping):
            return [CsvProblem(self.header_row, CsvProblemCode.NO_KNOWN_COLUMNS)]
        problems = [
            CsvProblem(self.header_row, CsvProblemCode.MISSING_COLUMN, column.value)
            for column in REQUIRED_FIELDS
            if column not in self.mapping
        ]
        seen: set[CsvField] = set()
        for column in self.mapping:
            if column is None:
                continue
            if column in seen:
                problems.append(
                    CsvProblem(self.header_row, CsvProblemCode.DUPLICATE_COLUMN, column.value)
                )
            seen.add(column)
        return problems


def auto_mapping(header: Sequence[str]) -> tuple[CsvField | None, ...]:
    """Map header names to fields; a field named twice goes to the first column only."""
    return map_header(header, column_for_header)


def map_header(
    header: Sequence[str], field_of: Callable[[str], _T | None]
) -> tuple[_T | None, ...]:
    """Each column's field by its name (``field_of``); a field named twice keeps the first."""
    mapping: list[_T | None] = []
    taken: set[_T] = set()
    for name in header:
        found = field_of(name)
        if found in taken:
            found = None
        if found is not None:
            taken.add(found)
        mapping.append(found)
    return tuple(mapping)


def _header_language(header: Sequence[str], default: Language) -> Language:
    scores = dict.fromkeys(Language, 0)
    for name in header:
        folded = normalise(name)
        for language, names in _HEADERS.items():
            if any(normalise(known) == folded for known in names.values()):
                scores[language] += 1
    best = max(scores.values())
    if best == 0 or scores[default] == best:
        return default
    return next(language for language, score in scores.items() if score == best)


def _signature_kind(head: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            if kind == "zip" and (b"xl/" in head or b"[Content_Types]" in head):
                return "xlsx"
            if kind == "zip" and b"opendocument" in head:
                return "ods"
            return kind
    return None


def _decodes(handle: IO[bytes], encoding: str) -> bool:
    """Whether the whole file reads as ``encoding`` (read in chunks, not all at once)."""
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        while chunk := handle.read(_VERIFY_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> tuple[str, CsvProblem | None]:
    """Find the file's encoding: a BOM's, else UTF-8 if the whole file is, else Windows-1252.

    Returns:
        The codec name ('' when the file is not text) and what is wrong, if anything.

    Raises:
        OSError: the file cannot be read.
    """
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
        if not head.strip():
            return "", CsvProblem(0, CsvProblemCode.EMPTY_FILE)
        encoding, kind = _sniff(handle, head)
    if not kind:
        sample = head.decode(encoding, errors="ignore")
        controls = sum(
            1 for ch in sample if ch not in "\t\r\n\f" and unicodedata.category(ch) == "Cc"
        )
        if controls > len(sample) * _CONTROL_SHARE:
            kind = "binary"
        elif not sample.strip().lstrip("\ufeff"):
            return "", CsvProblem(0, CsvProblemCode.EMPTY_FILE)
    if kind:
        return "", CsvProblem(0, CsvProblemCode.NOT_TEXT, "", (("kind", kind),))
    return encoding, None


def _sniff(handle: IO[bytes], head: bytes) -> tuple[str, str]:
    """The encoding of a file, or what kind of not-text it is."""
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "")
    if not encoding:
        kind = _signature_kind(head)
        if kind is not None:
            return "", kind
        if head.count(b"\x00") > len(head) * _CONTROL_SHARE:
            return "", "binary"
        encoding = "utf-8" if _decodes(handle, "utf-8") else "cp1252"
    if not _decodes(handle, encoding):
        return "", "binary"
    return encoding, ""


_SEP_LINE = re.compile(r"sep=(.)\s*", re.IGNORECASE)


def _first_record(text: str, separator: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=separator), [])
    except csv.Error:
        return text.splitlines()[0].split(separator) if text else []


def inspect(path: Path, default_language: Language = Language.ENGLISH) -> CsvLayout:
    """Detect a file's encoding, separator and header, and map its columns by their names.

    Reads the whole file once to check its encoding (in chunks); the header comes from the
    first 64 KiB. Problems with the file as a whole are in the layout's ``problems``.

    Raises:
        OSError: the file cannot be read.
    """
    encoding, problem = detect_encoding(path)
    if problem is not None:
        return CsvLayout("", "", problems=(problem,))
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    header_row = 1
    forced = _SEP_LINE.fullmatch(text.split("\n", 1)[0].rstrip("\r"))
    if forced is not None and forced.group(1) in CANDIDATE_SEPARATORS:
        text = text.split("\n", 1)[1] if "\n" in text else ""
        candidates: tuple[str, ...] = (forced.group(1),)
    else:
        candidates = CANDIDATE_SEPARATORS
        forced = None
    # Blank lines above the header are rows too, as a spreadsheet shows them.
    while text.startswith(("\n", "\r\n")):
        text = text.split("\n", 1)[1]
        header_row += 1
    best: tuple[int, int, str, list[str]] | None = None
    for separator in candidates:
        record = [cell.strip() for cell in _first_record(text, separator)]
        known = sum(1 for name in record if column_for_header(name) is not None)
        score = (known, len(record), separator, record)
        if best is None or score[:2] > best[:2]:
            best = score
    assert best is not None
    _, _, separator, header = best
    return CsvLayout(
        encoding=encoding,
        separator=separator,
        headers=tuple(header),
        mapping=auto_mapping(header),
        language=_header_language(header, default_language),
        header_row=header_row + (1 if forced is not None else 0),
    )


# ---------------------------------------------------------------------------- reading


class CsvRecord(NamedTuple):
    """A data row as read: its number as the spreadsheet shows it, and its cells or a problem.

    A record whose problem is :attr:`CsvProblemCode.UNCLOSED_QUOTE` or ``CELL_TOO_LONG`` is the
    last one: the rest of the file cannot be read reliably.
    """

    row: int
    cells: list[str] | None
    problem: CsvProblem | None = None


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it (for progress)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._handle.read(len(buffer))
        buffer[: len(data)] = data
        self.done += len(data)
        return len(data)


Progress = Callable[[int, int], None]


def read_records(
    path: Path, layout: CsvLayout, progress: Progress | None = None
) -> Generator[CsvRecord, None, None]:
    """Read the data rows after the header, one at a time (blank rows are skipped).

    Args:
        path: the file.
        layout: its encoding, separator and header row (from :func:`inspect`).
        progress: told ``(bytes read, file size)`` every thousand rows or so.

    Raises:
        OSError: the file cannot be read.
    """
    # One record at a time: a caller that stops early has read no further than it took.
    chunks = read_chunks(path, layout, progress, size=1)
    with contextlib.closing(chunks):
        for chunk in chunks:
            yield from chunk


def read_chunks(
    path: Path, layout: CsvLayout, progress: Progress | None = None, *, size: int
) -> Generator[list[CsvRecord], None, None]:
    """Read the data rows as :func:`read_records` does, ``size`` records at a time.

    An import handles its rows a chunk at a time; reading them so saves a step per row.

    Raises:
        OSError: the file cannot be read.
    """
    total = path.stat().st_size
    with path.open("rb") as raw:
        counting = _CountingReader(raw)
        buffered = io.BufferedReader(counting, buffer_size=256 * 1024)
        text = io.TextIOWrapper(buffered, encoding=layout.encoding, newline="", errors="strict")
        reader = csv.reader(text, delimiter=layout.separator, strict=True)
        # The header is taken from inspect(); here the rows up to it are passed over.
        yield from _records(reader, layout, lambda: counting.done, total, progress, size=size)


# A record of a row that was read, made as a tuple of its class: a NamedTuple's own __new__
# costs a Python call for each of an import's hundred thousand rows.
_read_record: Callable[[tuple[int, list[str], None]], CsvRecord] = functools.partial(
    tuple.__new__, CsvRecord
)


def _unreadable(row: int, exc: UnicodeDecodeError | csv.Error) -> tuple[CsvRecord, bool]:
    """The record of a row the reader failed on, and whether reading has to stop there."""
    if isinstance(exc, UnicodeDecodeError):
        problem = CsvProblem(row, CsvProblemCode.NOT_TEXT, "", (("kind", "binary"),))
        return CsvRecord(row, None, problem), True
    message = str(exc)
    if "field larger than field limit" in message:
        limit = csv.field_size_limit()
        problem = CsvProblem(row, CsvProblemCode.CELL_TOO_LONG, "", (("max", limit),))
        return CsvRecord(row, None, problem), True
    if "unexpected end of data" in message:
        return CsvRecord(row, None, CsvProblem(row, CsvProblemCode.UNCLOSED_QUOTE)), True
    return CsvRecord(row, None, CsvProblem(row, CsvProblemCode.BAD_QUOTES)), False


def _records(
    reader: Iterator[list[str]],
    layout: CsvLayout,
    done: Callable[[], int],
    total: int,
    progress: Progress | None,
    *,
    size: int,
) -> Iterator[list[CsvRecord]]:
    row = 0
    skip = layout.header_row
    chunk: list[CsvRecord] = []
    rows = iter(reader)
    while True:
        try:
            # The reader goes on after a row it could not read: the loop is entered again.
            for cells in rows:
                row += 1
                if row <= skip:
                    continue
                if progress is not None and row % 1000 == 0:
                    progress(done(), total)
                # A blank row: every cell white space (as is all of them joined).
                if cells and (cells[0].strip() or "".join(cells).strip()):
                    chunk.append(_read_record((row, cells, None)))
                    if len(chunk) >= size:
                        yield chunk
                        chunk = []
            break
        except (UnicodeDecodeError, csv.Error) as exc:
            row += 1
            record, last = _unreadable(row, exc)
            if last or row > skip:
                chunk.append(record)
            if last:
                yield chunk
                return
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk
    if progress is not None:
        progress(total, total)


# ---------------------------------------------------------------------------- parsing a row


@dataclass(frozen=True, slots=True)
class RowContext:
    """What parsing a row needs to know about the business.

    Attributes:
        zone: the time zone of times written without an offset.
        currency: the currency of amounts in a file without a currency column.
        decimal_hint: the decimal mark that decides ``1,234`` (see :func:`parse_amount`).
    """

    zone: tzinfo
    currency: str
    decimal_hint: str = ","


_WORD_PARSERS: dict[CsvField, Callable[[str], Any]] = {
    CsvField.STATUS: parse_status,
    CsvField.CHANNEL: parse_channel,
    CsvField.FOLLOWUP_OUTCOME: parse_outcome,
    CsvField.COMPENSATION_KIND: parse_compensation,
    CsvField.RESOLVED_ON_SPOT: parse_yes_no,
}
_WORD_DEFAULTS: dict[CsvField, Any] = {
    CsvField.STATUS: None,
    CsvField.CHANNEL: Channel.COUNTER,
    CsvField.FOLLOWUP_OUTCOME: None,
    CsvField.COMPENSATION_KIND: None,
    CsvField.RESOLVED_ON_SPOT: False,
}


@dataclass(frozen=True, slots=True)
class CsvRows:
    """Rows of a file parsed column by column: what :func:`parse_rows` makes of them.

    Only the rows that fit the header are held; the others are in ``unfit``. Index ``i`` of
    every list is the row ``rows[i]``.

    Attributes:
        rows: each row's number as the spreadsheet shows it.
        forms: the entry-form fields (``received_by_id`` and ``category_id`` unused); a field
            the file has no column for is left out, so it holds its default.
        number, status, received_by, category, currency, steps: as in :class:`CsvComplaint`.
        problems: what could not be read, by index, in the order :func:`parse_row` gives.
        unfit: the rows whose cells do not fit the header, by row number.
    """

    rows: list[int]
    forms: FormColumns
    number: list[int | None]
    status: list[ComplaintStatus | None]
    received_by: list[str]
    category: list[str]
    currency: list[str | None]
    steps: list[tuple[TimelineStep, ...]]
    problems: dict[int, list[CsvProblem]]
    unfit: dict[int, CsvProblem]

    def complaint(self, index: int) -> CsvComplaint:
        """One of the rows as a complaint."""
        return CsvComplaint(
            number=self.number[index],
            status=self.status[index],
            form=self.forms.form(index),
            received_by=self.received_by[index],
            category=self.category[index],
            currency=self.currency[index],
            steps=self.steps[index],
        )


def parse_row(
    row: int, cells: Sequence[str], layout: CsvLayout, context: RowContext
) -> tuple[CsvComplaint | None, list[CsvProblem]]:
    """Turn a row's cells into a complaint, or say what cannot be read.

    Texts are stripped of surrounding white space (as the entry form does); the domain's
    checks are left to the caller, who also knows which names exist. A cell that cannot be read
    is a problem and is left empty in the complaint, so that the caller can still check the
    rest of the row (its problems with the unread cells' fields are then beside the point).
    This is :func:`parse_rows` for one row.

    Returns:
        The complaint (None when the row's cells do not fit the header) and the problems.
    """
    parsed = parse_rows([(row, cells)], layout, context)
    if row in parsed.unfit:
        return None, [parsed.unfit[row]]
    return parsed.complaint(0), parsed.problems.get(0, [])


def parse_rows(
    records: Sequence[tuple[int, Sequence[str]]], layout: CsvLayout, context: RowContext
) -> CsvRows:
    """Parse many rows at once, column by column, exactly as :func:`parse_row` does each.

    An import reads a hundred thousand rows: going through a column at a time (a word or a name
    is looked up once per distinct spelling, a column the file lacks costs nothing) takes a
    fraction of the time that building each row's complaint on its own took.

    Args:
        records: ``(row number, cells)`` of each row, in file order.
        layout: the file's columns and what they hold.
        context: what parsing needs to know about the business.
    """
    expected = len(layout.mapping)
    rows: list[int] = []
    fitting: list[Sequence[str]] = []
    unfit: dict[int, CsvProblem] = {}
    for row, cells in records:
        count = len(cells)
        if count == expected or (count > expected and not "".join(cells[expected:]).strip()):
            rows.append(row)
            fitting.append(cells)
        else:
            code = (
                CsvProblemCode.TOO_FEW_COLUMNS
                if count < expected
                else CsvProblemCode.TOO_MANY_COLUMNS
            )
            unfit[row] = CsvProblem(row, code, "", (("count", count), ("expected", expected)))
    # A field mapped twice takes the last column, as a row's cells read into a dict would.
    indexes = {column: index for index, column in enumerate(layout.mapping) if column is not None}

    def cells_of(column: CsvField) -> list[str] | None:
        index = indexes.get(column)
        return None if index is None else _unprotected(list(map(itemgetter(index), fitting)))

    def stripped(column: CsvField) -> list[str] | None:
        cells = cells_of(column)
        return None if cells is None else list(map(str.strip, cells))

    total = len(rows)
    problems: dict[int, list[CsvProblem]] = {}
    forms: dict[str, list[Any]] = {}
    for column, name in _TEXT_COLUMNS.items():
        texts = stripped(column)
        if texts is not None:
            forms[name] = texts
    for column, name in _INSTANT_COLUMNS.items():
        texts = stripped(column)
        if texts is not None:
            forms[name] = _instants(rows, texts, column, context, problems)
    words: dict[CsvField, list[Any]] = {}
    for column, parser in _WORD_PARSERS.items():
        texts = stripped(column)
        default = _WORD_DEFAULTS[column]
        words[column] = (
            [default] * total
            if texts is None
            else _words(rows, texts, column, problems, parser=parser, default=default)
        )
    for column, name in _FORM_WORDS.items():
        forms[name] = words[column]
    currency, amounts = _money(rows, stripped, context, problems)
    forms["compensation_minor"] = amounts
    return CsvRows(
        rows=rows,
        forms=FormColumns(total, forms),
        number=_numbers(stripped(CsvField.NUMBER), total),
        status=words[CsvField.STATUS],
        received_by=_names(cells_of(CsvField.RECEIVED_BY), total),
        category=_names(cells_of(CsvField.CATEGORY), total),
        currency=(
            [None] * total
            if amounts.count(None) == total
            else [
                (code or context.currency) if amount is not None else None
                for code, amount in zip(currency, amounts, strict=True)
            ]
        ),
        steps=_steps(rows, cells_of(CsvField.STEPS), context, problems),
        problems=problems,
        unfit=unfit,
    )


_FORM_WORDS = {
    CsvField.CHANNEL: "channel",
    CsvField.RESOLVED_ON_SPOT: "resolved_on_spot",
    CsvField.FOLLOWUP_OUTCOME: "followup_outcome",
    CsvField.COMPENSATION_KIND: "compensation_kind",
}


def _unprotected(cells: list[str]) -> list[str]:
    # One search over the column finds whether any cell starts with a quote (a cell with a
    # quote after a line break sends it through the exact, cell by cell, path for nothing).
    if "\n'" not in "\n" + "\n".join(cells):
        return cells
    return [unprotect(cell) for cell in cells]


def _note(problems: dict[int, list[CsvProblem]], index: int, problem: CsvProblem) -> None:
    problems.setdefault(index, []).append(problem)


def _instants(
    rows: list[int],
    texts: list[str],
    column: CsvField,
    context: RowContext,
    problems: dict[int, list[CsvProblem]],
) -> list[datetime | None]:
    zone = context.zone
    instants: list[datetime | None] = []
    for index, text in enumerate(texts):
        moment = None
        if text:
            try:
                moment = parse_instant(text, zone)
            except (ValueError, OverflowError):
                _note(problems, index, _bad(rows[index], CsvProblemCode.BAD_DATE, column, text))
        instants.append(moment)
    return instants


def _words(
    rows: list[int],
    texts: list[str],
    column: CsvField,
    problems: dict[int, list[CsvProblem]],
    *,
    parser: Callable[[str], Any],
    default: Any,
) -> list[Any]:
    # A file spells its few choices the same way thousands of times: each spelling once.
    known: dict[str, Any] = {}
    unknown: set[str] = set()
    for text in dict.fromkeys(texts):
        known[text] = default
        if text:
            try:
                known[text] = parser(text)
            except ValueError:
                unknown.add(text)
    if unknown:
        for index, text in enumerate(texts):
            if text in unknown:
                _note(problems, index, _bad(rows[index], CsvProblemCode.BAD_WORD, column, text))
    return [known[text] for text in texts]


def _money(
    rows: list[int],
    stripped: Callable[[CsvField], list[str] | None],
    context: RowContext,
    problems: dict[int, list[CsvProblem]],
) -> tuple[list[str], list[int | None]]:
    count = len(rows)
    codes = stripped(CsvField.COMPENSATION_CURRENCY)
    currencies = [""] * count if codes is None else [code.upper() for code in codes]
    bad = {code for code in set(currencies) if code and not is_currency_code(code)}
    if bad:
        for index, code in enumerate(currencies):
            if code in bad:
                column = CsvField.COMPENSATION_CURRENCY
                _note(problems, index, _bad(rows[index], CsvProblemCode.BAD_CURRENCY, column, code))
                currencies[index] = ""
    texts = stripped(CsvField.COMPENSATION_AMOUNT)
    amounts: list[int | None] = [None] * count
    for index, text in enumerate(texts or ()):
        if text:
            try:
                amounts[index] = parse_amount(
                    text, currencies[index] or context.currency, context.decimal_hint
                )
            except ValueError:
                column = CsvField.COMPENSATION_AMOUNT
                _note(problems, index, _bad(rows[index], CsvProblemCode.BAD_AMOUNT, column, text))
    return currencies, amounts


def _steps(
    rows: list[int],
    cells: list[str] | None,
    context: RowContext,
    problems: dict[int, list[CsvProblem]],
) -> list[tuple[TimelineStep, ...]]:
    found: list[tuple[TimelineStep, ...]] = [()] * len(rows)
    for index, cell in enumerate(cells or ()):
        if not cell:
            continue
        steps, bad_lines = parse_steps(cell, context.zone)
        for line in bad_lines:
            _note(problems, index, _bad(rows[index], CsvProblemCode.BAD_STEP, CsvField.STEPS, line))
        found[index] = tuple(
            TimelineStep(step.taken_at, " ".join(step.staff_name.split()), step.text.strip())
            for step in steps
        )
    return found


def _names(cells: list[str] | None, count: int) -> list[str]:
    if cells is None:
        return [""] * count
    names = {cell: " ".join(cell.split()) for cell in dict.fromkeys(cells)}
    return [names[cell] for cell in cells]


def _numbers(texts: list[str] | None, count: int) -> list[int | None]:
    if texts is None:
        return [None] * count
    return [int(text) if text.isdigit() and len(text) < 19 else None for text in texts]


def _bad(row: int, code: CsvProblemCode, column: CsvField, value: str) -> CsvProblem:
    return CsvProblem(row, code, column.value, (("value", _shown(value)),))


# ---------------------------------------------------------------------------- writing


class CsvWriter:
    """Writes complaints to an open text file in the layout of an export in ``language``.

    The file must be opened with ``encoding="utf-8-sig"`` and ``newline=""``.
    """

    def __init__(self, handle: IO[str], language: Language, zone: tzinfo) -> None:
        self._writer = csv.writer(handle, delimiter=separator_for(language), lineterminator="\r\n")
        self._language = language
        self._zone = zone

    def write_header(self) -> None:
        """Write the header row."""
        self._writer.writerow(headers(self._language))

    def write(self, complaint: CsvComplaint) -> None:
        """Write one complaint."""
        self._writer.writerow(format_row(complaint, self._language, self._zone))


ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
}
"""How the encodings :func:`detect_encoding` finds are called on screen (not translated)."""
