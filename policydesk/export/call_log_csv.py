"""A phone system's call log as CSV: finding its columns, reading its calls, listing bad rows.

The file has one row per call. What is read:

- **Encoding and separator** as a complaint import finds them (the helpers of
  :mod:`policydesk.export.complaints_csv`): UTF-8 with or without a BOM, UTF-16 with a BOM,
  else Windows-1252; ``;``, ``,`` or tab, chosen by which one splits the header into the most
  call-log column names; a first line ``sep=;`` (as Excel writes it) decides it outright.
- **Header**: column names in English, Swedish or Romanian, or as common phone systems spell
  them (``Start time``, ``Queue time``, ``Disposition``, ``Väntetid``, ``Durata convorbirii``...),
  matched ignoring case, accents and punctuation. Four columns: arrival time, answered or
  abandoned, waiting time (all three required) and talk time (optional: zero without it).
  Other columns are ignored.
- **Arrival time**: ISO 8601 (``2026-03-02T09:15:00+01:00``, ``2026-03-02 09:15:00``) or the
  day-first forms ``02.03.2026 09:15`` and ``02/03/2026 09:15``; a time of day is required.
  Times without an offset are the business's local time.
- **Durations**: seconds (``42``, ``42.5``, ``42,5``, ``42 s``), ``mm:ss`` or ``hh:mm:ss``; at
  most a day. An empty talk time is zero.
- **Answered**: yes/no, ja/nej, da/nu, 1/0, answered/abandoned (and a few more spellings such as
  missed, besvarat, obesvarat, preluat, abandonat).

A row that cannot be read is listed with its row number as a spreadsheet shows it (the header
is row 1) and the reason; the calls of the other rows are still returned, so a preview can show
everything at once. Whether to import anything is the caller's decision.

Nothing here touches the database or Qt.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from policydesk.domain.contact_centre import Call
from policydesk.export.complaints_csv import (
    CANDIDATE_SEPARATORS,
    SAMPLE_BYTES,
    CsvLayout,
    detect_encoding,
    map_header,
    normalise,
    parse_instant,
    read_records,
)

_ZERO: Final = timedelta(0)
#: The longest waiting or talk time read: a longer one is a mistake in the file.
MAX_DURATION: Final = timedelta(days=1)
#: Longest value shown in a problem (the rest is cut and ends in an ellipsis).
MAX_VALUE_SHOWN: Final = 60


class CallField(StrEnum):
    """What a column of a call log holds."""

    ARRIVED = "arrived"
    ANSWERED = "answered"
    WAITED = "waited"
    TALKED = "talked"


REQUIRED_FIELDS: Final = (CallField.ARRIVED, CallField.ANSWERED, CallField.WAITED)
"""Columns a call log cannot do without."""

_HEADER_NAMES: Final[dict[CallField, tuple[str, ...]]] = {
    CallField.ARRIVED: (
        # English and common phone-system spellings
        "Arrived",
        "Arrival",
        "Arrival time",
        "Arrived at",
        "Time",
        "Date",
        "Date time",
        "Datetime",
        "Timestamp",
        "Start",
        "Start time",
        "Started",
        "Call start",
        "Call time",
        "Call date",
        "Received",
        "Queued at",
        "Enter time",
        # Swedish
        "Ankomst",
        "Ankomsttid",
        "Inkom",
        "Tid",
        "Tidpunkt",
        "Datum",
        "Datum och tid",
        "Starttid",
        "Samtalets start",
        # Romanian
        "Sosire",
        "Ora sosirii",
        "Data",
        "Ora",
        "Data si ora",
        "Data și ora",
        "Ora apelului",
        "Început",
        "Ora începerii",
    ),
    CallField.ANSWERED: (
        "Answered",
        "Answered or abandoned",
        "Status",
        "Call status",
        "Result",
        "Outcome",
        "Disposition",
        "Call result",
        "Besvarat",
        "Besvarad",
        "Besvarat eller avbrutet",
        "Resultat",
        "Utfall",
        "Preluat",
        "Răspuns",
        "Răspunse",
        "Stare",
        "Stare apel",
        "Rezultat",
    ),
    CallField.WAITED: (
        "Waiting time",
        "Wait",
        "Wait time",
        "Waited",
        "Queue time",
        "Time in queue",
        "Hold time",
        "Ring time",
        "Speed of answer",
        "Time to answer",
        "Väntetid",
        "Väntat",
        "Tid i kö",
        "Kötid",
        "Timp de așteptare",
        "Timp așteptare",
        "Așteptare",
        "Timp în coadă",
    ),
    CallField.TALKED: (
        "Talk time",
        "Talk",
        "Talked",
        "Talk duration",
        "Call duration",
        "Duration",
        "Conversation time",
        "Samtalstid",
        "Samtalslängd",
        "Taltid",
        "Längd",
        "Durata convorbirii",
        "Durată convorbire",
        "Durata",
        "Durată",
        "Timp de convorbire",
    ),
}

_HEADER_LOOKUP: Final[dict[str, CallField]] = {
    normalise(name): field for field, names in _HEADER_NAMES.items() for name in names
}

_ANSWERED_WORDS: Final = (
    "yes",
    "y",
    "true",
    "1",
    "answered",
    "connected",
    "completed",
    "ja",
    "j",
    "besvarat",
    "besvarad",
    "da",
    "d",
    "preluat",
    "răspuns",
    "raspuns",
)
_ABANDONED_WORDS: Final = (
    "no",
    "n",
    "false",
    "0",
    "abandoned",
    "missed",
    "unanswered",
    "nej",
    "obesvarat",
    "obesvarad",
    "avbrutet",
    "avbruten",
    "missat",
    "lagt på",
    "nu",
    "abandonat",
    "nepreluat",
    "ratat",
    "pierdut",
)
_ANSWERED_LOOKUP: Final[dict[str, bool]] = {
    **{normalise(word): False for word in _ABANDONED_WORDS},
    **{normalise(word): True for word in _ANSWERED_WORDS},
}

_SECONDS: Final = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|seconds|sek|secunde)?")
_CLOCK: Final = re.compile(r"(?:(?P<hours>\d+):)?(?P<minutes>\d+):(?P<seconds>\d{1,2}(?:[.,]\d+)?)")
_SEP_LINE: Final = re.compile(r"sep=(.)\s*", re.IGNORECASE)
# A date followed by a time: the arrival time of a call needs its time of day.
_HAS_TIME: Final = re.compile(r"\S+[ T,]+\d")


class CallLogProblemCode(StrEnum):
    """What is wrong with a call log, its header or one of its rows."""

    EMPTY_FILE = "empty_file"  # nothing but white space
    NOT_TEXT = "not_text"  # a picture, an archive, a workbook...: param "kind"
    NO_ROWS = "no_rows"  # a header and nothing else
    MISSING_COLUMN = "missing_column"  # a required column is not in the header: field
    BAD_QUOTES = "bad_quotes"  # a quote in the wrong place
    UNCLOSED_QUOTE = "unclosed_quote"  # a quote opened and never closed: reading stops
    CELL_TOO_LONG = "cell_too_long"  # a cell over the reader's limit: reading stops; "max"
    TOO_FEW_COLUMNS = "too_few_columns"  # params "count", "expected"
    MISSING_VALUE = "missing_value"  # a required cell is empty: field
    BAD_DATE = "bad_date"  # not a date with a time of day: field, "value"
    BAD_DURATION = "bad_duration"  # not seconds, mm:ss or hh:mm:ss: field, "value"
    NEGATIVE_DURATION = "negative_duration"  # field, "value"
    DURATION_TOO_LONG = "duration_too_long"  # over a day: field, "value", "max" (seconds)
    BAD_ANSWERED = "bad_answered"  # neither answered nor abandoned: "value"
    TALK_ON_ABANDONED = "talk_on_abandoned"  # an abandoned call with talk time: "value"
    OUTSIDE_PERIOD = "outside_period"  # the call arrived outside the chosen period: "value"


@dataclass(frozen=True, slots=True)
class CallLogProblem:
    """One thing wrong with a call log, where the spreadsheet shows it.

    Attributes:
        row: the row as a spreadsheet numbers it (the header is row 1); 0 for the whole file.
        code: what is wrong.
        field: the column concerned (a :class:`CallField` value), if any.
        params: facts for the message (``value``, ``count``, ``expected``, ``kind``, ``max``).
    """

    row: int
    code: CallLogProblemCode
    field: str = ""
    params: tuple[tuple[str, str | int], ...] = ()

    def param(self, name: str) -> str:
        """Return a parameter as text ('' when absent)."""
        return next((str(value) for key, value in self.params if key == name), "")


@dataclass(frozen=True, slots=True)
class LoggedCall:
    """A call read from a row of the log."""

    row: int
    call: Call


@dataclass(frozen=True, slots=True)
class CallLog:
    """What a call log holds: its calls, its bad rows and how it is written.

    Attributes:
        calls: the calls of the rows that could be read, in file order.
        problems: what is wrong with the file or its rows, in row order.
        rows: the data rows read (good and bad; blank rows are not counted).
        encoding: the codec that reads the file ('' when it is not text).
        separator: the column separator ('' when the file could not be read).
        headers: the header row as written.
        mapping: for each column, the field it holds, or None when it is ignored.
    """

    calls: tuple[LoggedCall, ...]
    problems: tuple[CallLogProblem, ...]
    rows: int = 0
    encoding: str = ""
    separator: str = ""
    headers: tuple[str, ...] = ()
    mapping: tuple[CallField | None, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every row could be read."""
        return not self.problems

    @property
    def bad_rows(self) -> tuple[int, ...]:
        """The numbers of the rows with a problem (0 for the file as a whole), each once."""
        return tuple(dict.fromkeys(problem.row for problem in self.problems))

    @property
    def first(self) -> datetime | None:
        """The earliest arrival read, or None without calls."""
        return min((item.call.arrived for item in self.calls), default=None)

    @property
    def last(self) -> datetime | None:
        """The latest arrival read, or None without calls."""
        return max((item.call.arrived for item in self.calls), default=None)


# ---------------------------------------------------------------------------- words and values


def field_for_header(name: str) -> CallField | None:
    """The field a column name stands for, in any of the three languages; None if unknown."""
    return _HEADER_LOOKUP.get(normalise(name))


def auto_mapping(header: Sequence[str]) -> tuple[CallField | None, ...]:
    """Map header names to fields; a field named twice goes to the first column only."""
    return map_header(header, field_for_header)


def parse_answered(text: str) -> bool:
    """Whether a cell says the call was answered (True) or abandoned (False).

    Raises:
        ValueError: neither.
    """
    found = _ANSWERED_LOOKUP.get(normalise(text))
    if found is None:
        raise ValueError(f"neither answered nor abandoned: {text!r}")
    return found


def parse_duration(text: str) -> timedelta:
    """A waiting or talk time: seconds (``42``, ``42,5``, ``42 s``), ``mm:ss`` or ``hh:mm:ss``.

    A negative time is returned as such (a leading ``-``); the caller decides what it means.

    Raises:
        ValueError: none of those forms, or minutes or seconds of 60 or more after a colon.
    """
    written = text.strip()
    sign = -1 if written.startswith(("-", "\u2212")) else 1
    if sign < 0 or written.startswith("+"):
        written = written[1:].strip()
    seconds_only = _SECONDS.fullmatch(written.lower())
    if seconds_only is not None:
        return sign * timedelta(seconds=float(seconds_only["number"].replace(",", ".")))
    clock = _CLOCK.fullmatch(written)
    if clock is None:
        raise ValueError(f"not a duration: {text!r}")
    hours = int(clock["hours"] or 0)
    minutes = int(clock["minutes"])
    seconds = float(clock["seconds"].replace(",", "."))
    if seconds >= 60 or (clock["hours"] is not None and minutes >= 60):
        raise ValueError(f"not a duration: {text!r}")
    return sign * timedelta(hours=hours, minutes=minutes, seconds=seconds)


def parse_arrival(text: str, zone: tzinfo) -> datetime:
    """An arrival time with its time of day; naive times are local time in ``zone``.

    Raises:
        ValueError: not a date, or a date without a time of day.
    """
    written = text.strip()
    if not _HAS_TIME.match(written):
        raise ValueError(f"not a date with a time: {text!r}")
    try:
        return parse_instant(written, zone)
    except OverflowError as exc:
        raise ValueError(f"not a date: {text!r}") from exc


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_VALUE_SHOWN else value[: MAX_VALUE_SHOWN - 1] + "…"


# ---------------------------------------------------------------------------- reading a file


def _first_record(text: str, separator: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=separator), [])
    except csv.Error:
        return text.splitlines()[0].split(separator) if text else []


def _layout(path: Path) -> tuple[CsvLayout, CallLogProblem | None]:
    """Encoding, separator, header and header row of a call log, or what stops reading it."""
    encoding, problem = detect_encoding(path)
    if problem is not None:
        code = CallLogProblemCode(problem.code.value)
        return CsvLayout("", ""), CallLogProblem(0, code, "", problem.params)
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    header_row = 1
    candidates: tuple[str, ...] = CANDIDATE_SEPARATORS
    forced = _SEP_LINE.fullmatch(text.split("\n", 1)[0].rstrip("\r"))
    if forced is not None and forced.group(1) in CANDIDATE_SEPARATORS:
        text = text.split("\n", 1)[1] if "\n" in text else ""
        candidates = (forced.group(1),)
        header_row += 1
    # Blank lines above the header are rows too, as a spreadsheet shows them.
    while text.startswith(("\n", "\r\n")):
        text = text.split("\n", 1)[1]
        header_row += 1
    best: tuple[int, int, str, list[str]] | None = None
    for separator in candidates:
        record = [cell.strip() for cell in _first_record(text, separator)]
        known = sum(1 for name in record if field_for_header(name) is not None)
        if best is None or (known, len(record)) > best[:2]:
            best = (known, len(record), separator, record)
    assert best is not None
    _, _, separator, header = best
    return CsvLayout(encoding, separator, tuple(header), header_row=header_row), None


def read_call_log(path: Path, zone: tzinfo) -> CallLog:
    """Read a call log's calls and list its bad rows.

    Args:
        path: the CSV file.
        zone: the business's time zone, for arrival times without an offset.

    Returns:
        The calls of the good rows and every problem found; a problem with the file as a whole
        (not text, empty, a required column missing) comes alone, with no calls.

    Raises:
        OSError: the file cannot be read.
    """
    layout, problem = _layout(path)
    if problem is not None:
        return CallLog((), (problem,))
    mapping = auto_mapping(layout.headers)
    found = CallLog(
        (),
        (),
        encoding=layout.encoding,
        separator=layout.separator,
        headers=layout.headers,
        mapping=mapping,
    )
    missing = [
        CallLogProblem(layout.header_row, CallLogProblemCode.MISSING_COLUMN, field.value)
        for field in REQUIRED_FIELDS
        if field not in mapping
    ]
    if missing:
        return _with(found, (), tuple(missing), 0)
    columns = {field: index for index, field in enumerate(mapping) if field is not None}
    needed = max(columns.values()) + 1
    calls: list[LoggedCall] = []
    problems: list[CallLogProblem] = []
    rows = 0
    for record in read_records(path, layout):
        rows += 1
        if record.cells is None:
            assert record.problem is not None
            read = record.problem
            problems.append(
                CallLogProblem(read.row, CallLogProblemCode(read.code.value), "", read.params)
            )
            continue
        if len(record.cells) < needed and not _fits(record.cells, columns):
            problems.append(
                CallLogProblem(
                    record.row,
                    CallLogProblemCode.TOO_FEW_COLUMNS,
                    "",
                    (("count", len(record.cells)), ("expected", len(layout.headers))),
                )
            )
            continue
        call, row_problems = _call(record.row, record.cells, columns, zone)
        if call is not None:
            calls.append(LoggedCall(record.row, call))
        problems.extend(row_problems)
    if rows == 0:
        problems.append(CallLogProblem(layout.header_row, CallLogProblemCode.NO_ROWS))
    return _with(found, tuple(calls), tuple(problems), rows)


def _with(
    log: CallLog, calls: tuple[LoggedCall, ...], problems: tuple[CallLogProblem, ...], rows: int
) -> CallLog:
    return CallLog(
        calls,
        problems,
        rows=rows,
        encoding=log.encoding,
        separator=log.separator,
        headers=log.headers,
        mapping=log.mapping,
    )


def _fits(cells: list[str], columns: dict[CallField, int]) -> bool:
    # A short row is still whole when only the optional talk time is cut off (some systems
    # end an abandoned call's row at its last filled cell).
    return all(columns[field] < len(cells) for field in REQUIRED_FIELDS)


def _call(
    row: int, cells: list[str], columns: dict[CallField, int], zone: tzinfo
) -> tuple[Call | None, list[CallLogProblem]]:
    """The call of one row, or the row's problems (every one of them, not just the first)."""
    problems: list[CallLogProblem] = []

    def cell(field: CallField) -> str | None:
        index = columns.get(field)
        return None if index is None or index >= len(cells) else cells[index].strip()

    def bad(code: CallLogProblemCode, field: CallField, value: str, *more: tuple[str, int]) -> None:
        problems.append(CallLogProblem(row, code, field.value, (("value", _shown(value)), *more)))

    def required(field: CallField) -> str | None:
        text = cell(field)
        if not text:
            problems.append(CallLogProblem(row, CallLogProblemCode.MISSING_VALUE, field.value))
            return None
        return text

    arrived: datetime | None = None
    text = required(CallField.ARRIVED)
    if text is not None:
        try:
            arrived = parse_arrival(text, zone)
        except ValueError:
            bad(CallLogProblemCode.BAD_DATE, CallField.ARRIVED, text)
    answered: bool | None = None
    text = required(CallField.ANSWERED)
    if text is not None:
        try:
            answered = parse_answered(text)
        except ValueError:
            bad(CallLogProblemCode.BAD_ANSWERED, CallField.ANSWERED, text)
    waited: timedelta | None = None
    text = required(CallField.WAITED)
    if text is not None:
        waited = _duration(text, CallField.WAITED, bad)
    talk_text = cell(CallField.TALKED) or ""
    talked = _duration(talk_text, CallField.TALKED, bad) if talk_text else _ZERO
    if answered is False and talked is not None and talked > _ZERO:
        bad(CallLogProblemCode.TALK_ON_ABANDONED, CallField.TALKED, talk_text)
    if problems or arrived is None or answered is None or waited is None or talked is None:
        return None, problems
    return Call(arrived, answered, waited, talked), []


def _duration(text: str, field: CallField, bad: _Bad) -> timedelta | None:
    """A duration cell read, or None after noting why it cannot be."""
    try:
        value = parse_duration(text)
    except (ValueError, OverflowError):
        bad(CallLogProblemCode.BAD_DURATION, field, text)
        return None
    if value < _ZERO:
        bad(CallLogProblemCode.NEGATIVE_DURATION, field, text)
        return None
    if value > MAX_DURATION:
        bad(
            CallLogProblemCode.DURATION_TOO_LONG,
            field,
            text,
            ("max", int(MAX_DURATION.total_seconds())),
        )
        return None
    return value


class _Bad(Protocol):
    """The shape of the ``bad`` helper of :func:`_call` (a callable noting a cell's problem)."""

    def __call__(
        self, code: CallLogProblemCode, field: CallField, value: str, *more: tuple[str, int]
    ) -> None: ...  # pragma: no cover
