"""English sentences for user-facing errors, for the command line.

The GUI has its own, translated, sentences for the same codes (``policydesk.ui.messages``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from policydesk.domain.complaints import (
    Channel,
    CompensationKind,
    ComplaintStatus,
    FollowUpOutcome,
    Problem,
    ProblemCode,
)
from policydesk.domain.documents import DocumentKind
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.export.complaints_csv import (
    CsvField,
    CsvLayout,
    CsvProblem,
    CsvProblemCode,
    channel_word,
    compensation_word,
    header_name,
    outcome_word,
    status_word,
    yes_no_word,
)
from policydesk.services.documents import DocumentError, DocumentErrorCode

_TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.FILE_NOT_FOUND: "{path} does not exist.",
    ErrorCode.FOLDER_NOT_FOUND: "The folder {path} does not exist.",
    ErrorCode.NOT_A_FILE: "{path} is a folder or a device, not a PolicyDesk file.",
    ErrorCode.EMPTY_FILE: "{path} is empty (0 bytes), so it is not a PolicyDesk file.",
    ErrorCode.NOT_A_DATABASE: "{path} is not a PolicyDesk file: it is not a database at all.",
    ErrorCode.TRUNCATED: (
        "{path} is incomplete: the file ends early, perhaps from an interrupted copy. "
        "Open a backup instead; the file was not changed."
    ),
    ErrorCode.CORRUPT: (
        "{path} is damaged ({detail}). Open a backup instead; the file was not changed."
    ),
    ErrorCode.NOT_POLICYDESK: "{path} is another program's database, not a PolicyDesk file.",
    ErrorCode.NEWER_SCHEMA: (
        "{path} was saved by a newer PolicyDesk (schema {revision}; this one knows up to "
        "{app_revision}). Update PolicyDesk to open it; the file was not changed."
    ),
    ErrorCode.UNREADABLE: "PolicyDesk may not read {path}: check the file's permissions.",
    ErrorCode.READ_ONLY_FILE: (
        "{path} is read-only. PolicyDesk must be able to write to it: make it writable, "
        "or save a copy somewhere else and open that."
    ),
    ErrorCode.READ_ONLY_FOLDER: (
        "The folder {path} cannot be written to. PolicyDesk keeps a lock and SQLite's journal "
        "next to the file: move the file to a folder you can write to."
    ),
    ErrorCode.LOCKED: ("{path} is open in another PolicyDesk ({holder}). Close it there first."),
    ErrorCode.BUSY: "{path} is busy: another program is writing to it. Try again in a moment.",
    ErrorCode.DISK_FULL: (
        "The disk is full, so {path} could not be written. Free some space and try again; "
        "nothing was half-written."
    ),
    ErrorCode.MIGRATION_FAILED: (
        "Upgrading {path} failed ({detail}). The file is as it was before; "
        "a copy taken before the upgrade is at {backup}."
    ),
    ErrorCode.ALREADY_EXISTS: "{path} already exists. Choose another name.",
    ErrorCode.SAME_FILE: "A copy cannot be saved over the file itself ({path}).",
    ErrorCode.IO_ERROR: "{path} could not be read or written: {detail}.",
}


def describe(error: UserFacingError) -> str:
    """Return one English sentence (or two) saying what is wrong and what to do."""
    template = _TEMPLATES.get(error.code, "{path}: {code}")
    return template.format(
        path=error.path or "the file",
        code=error.code.value,
        detail=error.param("detail") or "no details",
        revision=error.param("revision") or "unknown",
        app_revision=error.param("app_revision") or "unknown",
        backup=error.param("backup") or "(no copy was needed)",
        holder=describe_holder(error),
    )


def describe_holder(error: UserFacingError) -> str:
    """Say which process holds a locked file, as far as it is known."""
    parts = []
    if error.param("pid"):
        parts.append(f"process {error.param('pid')}")
    if error.param("host"):
        parts.append(f"on {error.param('host')}")
    since = error.param("since")
    if since:
        try:
            parts.append(f"since {datetime.fromisoformat(since).astimezone():%Y-%m-%d %H:%M}")
        except ValueError:
            parts.append(f"since {since}")
    return " ".join(parts) or "another process"


# ---------------------------------------------------------------------------- CSV files

_NOT_TEXT = {
    "png": "it is a picture (PNG), not a CSV file",
    "jpeg": "it is a picture (JPEG), not a CSV file",
    "gif": "it is a picture (GIF), not a CSV file",
    "pdf": "it is a PDF document, not a CSV file",
    "xlsx": "it is an Excel workbook (.xlsx): open it in Excel and save it as 'CSV UTF-8' first",
    "xls": "it is an old Excel workbook (.xls): open it in Excel and save it as 'CSV UTF-8' first",
    "ods": "it is a LibreOffice spreadsheet (.ods): save it as 'Text CSV' first",
    "zip": "it is a ZIP archive, not a CSV file",
    "gzip": "it is a compressed (gzip) file, not a CSV file",
    "sqlite": "it is a database (perhaps a PolicyDesk file), not a CSV file",
}

_DOMAIN_SENTENCES: dict[ProblemCode, str] = {
    ProblemCode.DESCRIPTION_REQUIRED: "the complaint text is empty; write what the customer "
    "complained about.",
    ProblemCode.RECEIVED_REQUIRED: "give the date and time the complaint came in.",
    ProblemCode.IN_FUTURE: "{column} is in the future.",
    ProblemCode.BEFORE_RECEIVED: "{column} is before the complaint came in.",
    ProblemCode.CONTACT_REQUIRED: "a follow-up is planned but there is no phone number or "
    "e-mail address.",
    ProblemCode.PHONE_HAS_LETTERS: "the phone number may hold only digits, spaces, dashes, "
    "brackets and a leading +.",
    ProblemCode.PHONE_TOO_SHORT: "the phone number is too short: it needs at least {min} digits.",
    ProblemCode.PHONE_TOO_LONG: "the phone number has more than {max} digits.",
    ProblemCode.EMAIL_NO_AT: "the e-mail address needs one @, as in name@example.se.",
    ProblemCode.EMAIL_HAS_SPACES: "the e-mail address may not contain spaces.",
    ProblemCode.EMAIL_BAD_DOMAIN: "the part after @ ({domain}) is not a complete domain.",
    ProblemCode.COMPENSATION_NEGATIVE: "the compensation cannot be a negative amount.",
    ProblemCode.COMPENSATION_TOO_LARGE: "the compensation amount is implausibly large.",
    ProblemCode.COMPENSATION_WITHOUT_KIND: "there is an amount but no kind of compensation "
    "(refund, replacement, discount, gift or other).",
    ProblemCode.OUTCOME_WITHOUT_TIME: "there is a follow-up outcome but no follow-up date.",
    ProblemCode.FOLLOWED_UP_WITHOUT_OUTCOME: "there is a follow-up date but no outcome "
    "(satisfied, not satisfied or could not reach).",
    ProblemCode.TOO_LONG: "{column} is too long: at most {max} characters.",
    ProblemCode.CONTROL_CHARACTERS: "{column} contains invisible control characters.",
    ProblemCode.TEXT_REQUIRED: "a step has no text saying what was done.",
}


def _column_name(column: CsvField | None, layout: CsvLayout) -> str:
    if column is None:
        return "a cell"
    if column in layout.mapping:
        name = layout.headers[layout.mapping.index(column)]
        if name:
            return name
    return header_name(column, Language.ENGLISH)


def _choices(column: CsvField | None) -> str:
    english = Language.ENGLISH
    words: dict[CsvField, list[str]] = {
        CsvField.STATUS: [status_word(s, english) for s in ComplaintStatus],
        CsvField.CHANNEL: [channel_word(c, english) for c in Channel],
        CsvField.FOLLOWUP_OUTCOME: [outcome_word(o, english) for o in FollowUpOutcome],
        CsvField.COMPENSATION_KIND: [compensation_word(k, english) for k in CompensationKind],
        CsvField.RESOLVED_ON_SPOT: [yes_no_word(True, english), yes_no_word(False, english)],
    }
    return ", ".join(words.get(column, []) if column else [])


def describe_csv_problem(problem: CsvProblem, layout: CsvLayout) -> str:
    """One English line for a problem in a CSV file: ``row 7: Amount: ...``."""
    where = f"row {problem.row}" if problem.row else "file"
    column = problem.column
    name = _column_name(column, layout)
    value = problem.param("value")
    code = problem.code
    texts: dict[CsvProblemCode, str] = {
        CsvProblemCode.EMPTY_FILE: "the file is empty.",
        CsvProblemCode.NOT_TEXT: _NOT_TEXT.get(
            problem.param("kind"), "it is not a text file, so not a CSV file"
        )
        + ".",
        CsvProblemCode.NO_ROWS: "the file has a header but no complaints.",
        CsvProblemCode.NO_KNOWN_COLUMNS: (
            "none of the column names is one PolicyDesk knows; name the columns as an export "
            "does (for example Received, Complaint, Customer name)."
        ),
        CsvProblemCode.MISSING_COLUMN: (f"there is no '{name}' column; every complaint needs one."),
        CsvProblemCode.DUPLICATE_COLUMN: f"two columns are both '{name}'.",
        CsvProblemCode.BAD_QUOTES: (
            'a quote (") is in the wrong place: a cell in quotes must end with one, and a '
            "quote inside it is written twice."
        ),
        CsvProblemCode.UNCLOSED_QUOTE: (
            'a quote (") opens a cell that never ends; the rest of the file cannot be read.'
        ),
        CsvProblemCode.CELL_TOO_LONG: (
            f"a cell is longer than {problem.param('max')} characters (is a quote not "
            "closed?); the rest of the file cannot be read."
        ),
        CsvProblemCode.TOO_MANY_COLUMNS: (
            f"the row has {problem.param('count')} cells but the header has "
            f"{problem.param('expected')} (a separator in a text that is not in quotes?)."
        ),
        CsvProblemCode.TOO_FEW_COLUMNS: (
            f"the row has {problem.param('count')} cells but the header has "
            f"{problem.param('expected')} (another separator on this row?)."
        ),
        CsvProblemCode.BAD_DATE: (
            f"{name}: '{value}' is not a date; write 2026-03-09 14:30, 09.03.2026 14:30 or "
            "09/03/2026 14:30 (day first)."
        ),
        CsvProblemCode.BAD_WORD: f"{name}: '{value}' is not one of: {_choices(column)}.",
        CsvProblemCode.BAD_AMOUNT: (
            f"{name}: '{value}' is not an amount; write for example 1234,50 or 1 234.50."
        ),
        CsvProblemCode.BAD_CURRENCY: (
            f"{name}: '{value}' is not a currency code such as SEK, RON or EUR."
        ),
        CsvProblemCode.BAD_STEP: (
            f"{name}: the line '{value}' is not 'date | staff | what was done'."
        ),
    }
    if code is CsvProblemCode.INVALID and problem.problem is not None:
        text = _domain_sentence(problem.problem, name)
    else:
        text = texts.get(code, code.value)
    return f"{where}: {text}"


def _domain_sentence(problem: Problem, column: str) -> str:
    if problem.code is ProblemCode.UNKNOWN_CATEGORY:
        return f"{column}: the category does not exist."
    if problem.code is ProblemCode.UNKNOWN_STAFF:
        return f"{column}: that person is not on the staff list."
    template = _DOMAIN_SENTENCES.get(problem.code, f"{column}: {problem.code.value}.")
    sentence = template.format(
        column=column,
        min=problem.param("min"),
        max=problem.param("max"),
        domain=problem.param("domain"),
    )
    if "{column}" in template:
        return sentence[0].upper() + sentence[1:]
    return f"{column}: {sentence}"


def separator_name(separator: str) -> str:
    """How a CSV separator is called in a message."""
    return {";": "semicolon", ",": "comma", "\t": "tab"}.get(separator, repr(separator))


# ---------------------------------------------------------------------------- documents

DOCUMENT_NAMES: dict[DocumentKind, str] = {
    DocumentKind.POLICY: "customer service policy",
    DocumentKind.CHARTER: "customer charter",
    DocumentKind.SLA: "service-level agreement",
    DocumentKind.ASSESSMENT: "self-assessment report",
    DocumentKind.COMPLAINTS: "complaint report",
    DocumentKind.REVIEW_PACK: "review meeting pack",
}

_NOTES: dict[str, str] = {
    "over_two_pages": "the {what} runs over two pages; {fits}, so shorter answers in the "
    "policy wizard would make it fit.",
}


def describe_document_error(error: DocumentError, path: Path) -> str:
    """One English sentence saying why a document of ``path`` cannot be printed as asked."""
    params = error.params
    sentences = {
        DocumentErrorCode.NO_POLICY: (
            f"{path} has no policy yet: write it in PolicyDesk's policy wizard first "
            "(the policy, the charter and the SLA are printed from its answers)."
        ),
        DocumentErrorCode.UNKNOWN_VERSION: (
            f"{path} has no policy version {params.get('version', '?')}."
        ),
        DocumentErrorCode.NO_ROUND: (
            f"{path} has no self-assessment rounds yet, so there is no report to print."
        ),
        DocumentErrorCode.UNKNOWN_ROUND: (
            f"{path} has no round labelled {str(params.get('round', '?'))!r}."
        ),
        DocumentErrorCode.UNKNOWN_MEETING: f"{path} has no such review meeting.",
        DocumentErrorCode.BAD_PERIOD: (
            f"the period ends ({params.get('last', '?')}) before it begins "
            f"({params.get('first', '?')}): give a --to on or after --from."
        ),
    }
    return sentences.get(error.code, "cancelled; nothing was written.")


def describe_note(code: str, kind: DocumentKind) -> str:
    """What to know about a printed document, from the code the service gives it."""
    template = _NOTES.get(code)
    if template is None:
        return code.replace("_", " ") + "."
    if kind is DocumentKind.SLA:
        return template.format(what="SLA", fits="it is meant to fit on two")
    return template.format(what="policy", fits="a typical policy fits on two")
