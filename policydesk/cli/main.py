"""``policydesk-cli``: the demo, checks, backups, CSV transfers, assessment reports, documents.

Exit codes: 0 success, 1 failure (a message on stderr says what to fix), 2 usage error.
Qt is never imported here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from policydesk import __version__
from policydesk.cli.messages import (
    DOCUMENT_NAMES,
    describe,
    describe_csv_problem,
    describe_document_error,
    describe_note,
    separator_name,
)
from policydesk.domain.complaints import ComplaintStatus
from policydesk.domain.datafile import SchemaState
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.domain.errors import ErrorCode, UserFacingError
from policydesk.domain.languages import Language
from policydesk.export.complaints_csv import parse_status, separator_for
from policydesk.services import datafiles

if TYPE_CHECKING:
    from policydesk.services.workspace import Workspace

PROG = "policydesk-cli"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(
            f"{PROG}: error: name a command (demo, check, backup, complaints, assessment, export)",
            file=sys.stderr,
        )
        return 2
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UserFacingError as error:
        _fail(describe(error))
        return 1
    except KeyboardInterrupt:
        _fail("interrupted; nothing was half-written")
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="PolicyDesk from the command line: the demo business, checks, backups, "
        "complaints to and from CSV, self-assessment reports, and the printable documents.",
    )
    parser.add_argument("--version", action="version", version=f"PolicyDesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="create a demo business in a new file",
        description="Create FILE holding a realistic demo business: a small Swedish bicycle "
        "shop with a policy, two years of complaints, staff, goals and three self-assessments.",
    )
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument(
        "--replace", action="store_true", help="replace FILE if it exists (not while it is open)"
    )
    demo.set_defaults(handler=_demo)

    check = commands.add_parser(
        "check",
        help="check a file's integrity and schema version",
        description="Run SQLite's full integrity and foreign-key checks on FILE and report its "
        "schema version. Changes nothing. Exit code 0 when the file is healthy and can be "
        "opened by this PolicyDesk, 1 otherwise.",
    )
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(handler=_check)

    backup = commands.add_parser(
        "backup",
        help="save a consistent copy of a file into a folder",
        description="Save a consistent, dated copy of FILE into DIR with SQLite's online "
        "backup. Safe while PolicyDesk has the file open.",
    )
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--to", type=Path, required=True, metavar="DIR", dest="folder")
    backup.set_defaults(handler=_backup)
    _add_complaint_commands(commands)
    _add_assessment_commands(commands)
    _add_export_command(commands)
    return parser


def _add_complaint_commands(commands: Any) -> None:
    complaints = commands.add_parser(
        "complaints",
        help="export complaints to CSV, or import them from CSV",
        description="Move complaints between a PolicyDesk file and a spreadsheet (CSV).",
    )
    complaints.set_defaults(handler=lambda _args: _usage(complaints, "name an action"))
    actions = complaints.add_subparsers(dest="action", metavar="ACTION")

    export = actions.add_parser(
        "export",
        help="save complaints as a CSV file that Excel and LibreOffice open",
        description="Save the complaints in FILE (all, or those the options choose) as a CSV "
        "file: UTF-8 with a byte-order mark, ';' between cells for Swedish and Romanian and ',' "
        "for English, every field and every step taken. The bin's complaints are left out.",
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--out", type=Path, required=True, metavar="X.csv", help="the CSV file")
    export.add_argument("--search", default="", metavar="TEXT", help="words the complaint holds")
    export.add_argument(
        "--status",
        action="append",
        default=[],
        type=_status,
        metavar="S",
        help="only this status (new, in_progress, waiting, resolved, closed, or the word in "
        "Swedish or Romanian); repeat for several",
    )
    export.add_argument(
        "--from",
        dest="first_day",
        type=_day,
        metavar="DATE",
        help="received on or after this day (YYYY-MM-DD, the business's time zone)",
    )
    export.add_argument(
        "--to",
        dest="last_day",
        type=_day,
        metavar="DATE",
        help="received on or before this day (YYYY-MM-DD, included)",
    )
    export.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="language of the header and words, which also picks the separator "
        "(default: the business's)",
    )
    export.set_defaults(handler=_complaints_export)

    import_ = actions.add_parser(
        "import",
        help="add the complaints in a CSV file, all or none",
        description="Add every complaint in X.csv to FILE, or none: a file with any bad row "
        "changes nothing, and every bad row is listed. Columns are matched by the names an "
        "export writes, in English, Swedish or Romanian; categories and staff names not yet in "
        "FILE are added.",
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("csv", type=Path, metavar="X.csv")
    import_.set_defaults(handler=_complaints_import)


def _add_assessment_commands(commands: Any) -> None:
    assessment = commands.add_parser(
        "assessment",
        help="export a self-assessment round as a PDF report or a CSV file",
        description="The yearly self-assessment (the customer-service quotient) of a "
        "PolicyDesk file.",
    )
    assessment.set_defaults(handler=lambda _args: _usage(assessment, "name an action"))
    actions = assessment.add_subparsers(dest="action", metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="save a round as a PDF report or a CSV file",
        description="Save the round labelled LABEL as a PDF report (the quotient, its band, "
        "the seven areas with the change since the previous round, charts, and every "
        "statement's mean) or as a CSV file (one row per statement with every respondent's "
        "rating, then the areas and the quotient; UTF-8 with a byte-order mark, ';' between "
        "cells for Swedish and Romanian and ',' for English). The suffix of --out picks the "
        "format. An existing file is replaced only once the new one is complete.",
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument(
        "--round", required=True, metavar="LABEL", dest="round_label", help="the round's label"
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="X.pdf", help="the file to write: .pdf or .csv"
    )
    export.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="language of the document (default: the business's)",
    )
    export.set_defaults(handler=_assessment_export, parser=export)


def _add_export_command(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="print a document as a PDF: the policy, the charter, the SLA or a report",
        description="Save one of FILE's printable documents as a PDF, laid out as PolicyDesk "
        "prints it: the customer service policy (policy), the one-page customer charter "
        "(charter), the service-level agreement (sla), the report of a self-assessment round "
        "(assessment), the complaint report of a period (complaints) or the pack of a review "
        "meeting (review_pack: a meeting held, or the next meeting's agenda). A policy version "
        "that "
        "is not approved yet prints with a DRAFT mark. OUT.pdf is replaced only once the new "
        "file is complete. FILE is only read.",
    )
    export.add_argument(
        "kind",
        choices=[kind.value for kind in DocumentKind],
        metavar="DOCUMENT",
        help="policy, charter, sla, assessment, complaints or review_pack",
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument(
        "--out", type=Path, required=True, metavar="OUT.pdf", help="the PDF file to write"
    )
    export.add_argument(
        "--lang",
        "--language",
        dest="language",
        choices=[language.value for language in Language],
        help="language of the document (default: the business's)",
    )
    export.add_argument(
        "--version",
        dest="policy_version",
        type=_version_number,
        metavar="N",
        help="the policy version to print (policy, charter, sla; default: the newest)",
    )
    export.add_argument(
        "--round",
        dest="round_label",
        metavar="LABEL",
        help="the self-assessment round to report on (assessment; default: the newest)",
    )
    export.add_argument(
        "--from",
        dest="first_day",
        type=_day,
        metavar="DATE",
        help="the complaint report's first day (YYYY-MM-DD; default: the last twelve months)",
    )
    export.add_argument(
        "--to",
        dest="last_day",
        type=_day,
        metavar="DATE",
        help="the complaint report's last day, included (YYYY-MM-DD)",
    )
    export.add_argument(
        "--meeting",
        type=_meeting_day,
        metavar="DATE|latest",
        help="the review meeting held on DATE (YYYY-MM-DD), or the latest one (review_pack; "
        "default: the next meeting's agenda)",
    )
    export.add_argument(
        "--paper",
        type=_paper,
        metavar="A4|Letter",
        help="lay the document out for this paper (default: the business's setting)",
    )
    export.set_defaults(handler=_export, parser=export)


def _version_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number such as 2")
    return number


def _meeting_day(text: str) -> date | str:
    if text.strip().casefold() == "latest":
        return "latest"
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is neither a date such as 2026-03-10 nor 'latest'"
        ) from None


def _paper(text: str) -> str:
    for paper in ("A4", "Letter"):
        if text.strip().casefold() == paper.casefold():
            return paper
    raise argparse.ArgumentTypeError(f"unknown paper {text!r} (use A4 or Letter)")


def _export_usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options for the document asked for, if anything."""
    kind = DocumentKind(args.kind)
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        return f"--out must end in .pdf, not {out.name!r}"
    policy_kinds = (DocumentKind.POLICY, DocumentKind.CHARTER, DocumentKind.SLA)
    dates = args.first_day is not None or args.last_day is not None
    misplaced = (
        (args.policy_version is not None and kind not in policy_kinds)
        and "--version is for the policy, the charter and the SLA",
        (args.round_label is not None and kind is not DocumentKind.ASSESSMENT)
        and "--round is for the assessment report",
        (args.meeting is not None and kind is not DocumentKind.REVIEW_PACK)
        and "--meeting is for the review meeting pack",
        (dates and kind is not DocumentKind.COMPLAINTS)
        and "--from and --to are for the complaint report",
    )
    problem = next((text for text in misplaced if text), None)
    if problem:
        return problem
    if args.first_day and args.last_day and args.first_day > args.last_day:
        return f"--from {args.first_day} is after --to {args.last_day}"
    return None


def _export(args: argparse.Namespace) -> int:
    from policydesk.services.documents import DocumentError, DocumentErrorCode
    from policydesk.services.workspace import Workspace

    problem = _export_usage_problem(args)
    if problem is not None:
        return _usage(args.parser, problem)
    path: Path = args.file
    out: Path = args.out
    kind = DocumentKind(args.kind)
    if out.resolve() == path.resolve():
        _fail(f"{out} is FILE itself: give another name for the PDF; nothing was written.")
        return 1
    _warn_if_network(path)
    with Workspace.open(path) as workspace:
        # Named outright, so that what is said afterwards is what was printed.
        version = _printed_version(workspace, kind, args.policy_version)
        round_label = _printed_round(workspace, kind, args.round_label)
        try:
            meeting = _printed_meeting(workspace, args.meeting)
        except LookupError:
            held = [info.held_on.isoformat() for info in workspace.reviews.meetings()]
            known = f" Its meetings were held on: {', '.join(held)}." if held else ""
            asked = (
                "no review meeting yet"
                if args.meeting == "latest"
                else (f"no review meeting held on {args.meeting}")
            )
            _fail(f"{path} has {asked}.{known} Nothing was written.")
            return 1
        request = DocumentRequest(
            kind,
            Language(args.language) if args.language else None,
            version=version,
            round_label=round_label,
            first=args.first_day,
            last=args.last_day,
            meeting=meeting,
        )
        try:
            if (
                round_label is not None
                and workspace.assessment_export.find_round(round_label) is None
            ):
                raise DocumentError(DocumentErrorCode.UNKNOWN_ROUND, round=round_label)
            document = workspace.documents.write(
                request, out, progress=_progress_printer("Printing"), paper=args.paper
            )
        except DocumentError as error:
            _end_progress()
            known = ""
            if error.code in (DocumentErrorCode.UNKNOWN_VERSION, DocumentErrorCode.UNKNOWN_ROUND):
                known = _what_there_is(workspace, kind)
            _fail(f"{describe_document_error(error, path)}{known} Nothing was written.")
            return 1
        except UserFacingError as error:
            _end_progress()
            about_file = error.path is not None and Path(error.path).resolve() == path.resolve()
            _fail(describe(error) if about_file else _target_problem(error, out))
            return 1
        paper = args.paper or str(workspace.documents.paper().value)
    _end_progress()
    _report_export(document, out, version=version, round_label=round_label, args=args, paper=paper)
    return 0


def _printed_version(workspace: Workspace, kind: DocumentKind, asked: int | None) -> int | None:
    """The policy version to print: the one asked for, else the one in force.

    That is what the documents service prints when none is named: the newest approved
    version, or the newest draft before any is approved (None: there is no policy).
    """
    from policydesk.domain.policy import PolicyStatus

    if kind not in (DocumentKind.POLICY, DocumentKind.CHARTER, DocumentKind.SLA):
        return None
    if asked is not None:
        return asked
    versions = workspace.policy.versions()  # newest first
    approved = [info for info in versions if info.status is PolicyStatus.APPROVED]
    chosen = approved or versions
    return chosen[0].number if chosen else None


def _printed_round(workspace: Workspace, kind: DocumentKind, asked: str | None) -> str | None:
    """The round to report on, as the file labels it: the one asked for, else the newest."""
    if kind is not DocumentKind.ASSESSMENT:
        return None
    if asked is None:
        rounds = workspace.assessment_export.rounds()  # newest first
        return rounds[0].label if rounds else None
    found = workspace.assessment_export.find_round(asked)  # "vår 2026" finds "Vår 2026"
    return found.label if found is not None else asked


def _printed_meeting(workspace: Workspace, asked: date | str | None) -> int | None:
    """The meeting whose pack to print: its id, or None for the next meeting's agenda.

    Raises:
        LookupError: no meeting was held on the day asked for (or none at all, for "latest").
    """
    if asked is None:
        return None
    meetings = workspace.reviews.meetings()  # latest first
    found = meetings[:1] if asked == "latest" else [m for m in meetings if m.held_on == asked]
    if not found:
        raise LookupError(asked)
    return found[0].id


def _what_there_is(workspace: Workspace, kind: DocumentKind) -> str:
    """The versions or rounds the file has, to follow an unknown one."""
    if kind is DocumentKind.ASSESSMENT:
        labels = [info.label for info in workspace.assessment_export.rounds()]
        return f" Its rounds are: {', '.join(labels)}." if labels else ""
    numbers = [f"{info.number} ({info.status.value})" for info in workspace.policy.versions()]
    return f" Its versions are: {', '.join(numbers)}." if numbers else ""


def _report_export(
    document: Document,
    out: Path,
    *,
    version: int | None,
    round_label: str | None,
    args: argparse.Namespace,
    paper: str,
) -> None:
    details = [f"{document.pages} page{'s' if document.pages != 1 else ''}"]
    if version is not None:
        details.append(f"version {version}")
    if round_label is not None:
        details.append(f"round {round_label}")
    if document.kind is DocumentKind.COMPLAINTS:
        if args.first_day and args.last_day:
            details.append(f"{args.first_day} to {args.last_day}")
        elif args.first_day:
            details.append(f"from {args.first_day}")
        elif args.last_day:
            details.append(f"the twelve months up to {args.last_day}")
        else:
            details.append("the last twelve months")
    details += [document.language.native_name, paper]
    print(f"Exported the {DOCUMENT_NAMES[document.kind]} to {out} ({', '.join(details)}).")
    if document.draft:
        which = f"version {version}" if version is not None else "the policy"
        print(f"{PROG}: note: {which} is a draft: printed with a DRAFT mark.")
    for code in document.notes:
        if code != "draft":
            print(f"{PROG}: note: {describe_note(code, document.kind)}")


def _assessment_export(args: argparse.Namespace) -> int:
    from policydesk.services.assessment_export import ReportFormat, open_for_export

    path: Path = args.file
    out: Path = args.out
    kind = ReportFormat.of(out)
    if kind is None:
        return _usage(args.parser, f"--out must end in .pdf or .csv, not {out.name!r}")
    _warn_if_network(path)
    with open_for_export(path) as service:
        found = service.find_round(args.round_label)
        if found is None:
            labels = [info.label for info in service.rounds()]
            known = (
                "its rounds are: " + ", ".join(labels)
                if labels
                else "it has no self-assessment rounds yet"
            )
            _fail(f"{path} has no round labelled {args.round_label!r}; {known}.")
            return 1
        try:
            exported = service.export(
                out,
                found.id,
                kind=kind,
                language=Language(args.language) if args.language else None,
            )
        except UserFacingError as error:
            _fail(_target_problem(error, out))
            return 1
    if exported is None:  # deleted in another window between finding and exporting it
        _fail(f"the round {args.round_label!r} was deleted meanwhile; nothing was written.")
        return 1
    details = f"{exported.format.value.upper()}, {exported.language.native_name}"
    if exported.format is ReportFormat.CSV:
        separator = separator_name(separator_for(exported.language))
        details += f", {separator}-separated, UTF-8"
    if exported.compared_with:
        details += f"; compared with {exported.compared_with}"
    print(f"Exported round {exported.round_label} to {exported.path} ({details}).")
    if not found.closed:
        print(f"{PROG}: note: round {found.label} is still open; its figures may change.")
    return 0


def _target_problem(error: UserFacingError, out: Path) -> str:
    """Say what is wrong with the file to write (the general sentences are about data files)."""
    where = error.path or out
    if error.code is ErrorCode.READ_ONLY_FOLDER:
        return f"The folder {where} cannot be written to: save {out.name} somewhere else."
    if error.code is ErrorCode.READ_ONLY_FILE:
        return f"{where} is read-only: choose another name, or make it writable."
    if error.code is ErrorCode.NOT_A_FILE:
        return f"{where} is a folder: give the name of the file to write, such as report.pdf."
    return f"{describe(error)} Nothing was written to {out}."


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return 2


def _status(text: str) -> ComplaintStatus:
    try:
        return parse_status(text)
    except ValueError:
        codes = ", ".join(status.value for status in ComplaintStatus)
        raise argparse.ArgumentTypeError(f"unknown status {text!r} (use {codes})") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-09") from None


def _complaints_export(args: argparse.Namespace) -> int:
    from policydesk.services.complaint_transfer import open_data_file

    path: Path = args.file
    _warn_if_network(path)
    with open_data_file(path) as service:
        log_filter = service.log_filter(
            search=args.search,
            statuses=args.status,
            first_day=args.first_day,
            last_day=args.last_day,
        )
        summary = service.export_csv(
            args.out,
            log_filter,
            language=Language(args.language) if args.language else None,
            progress=_progress_printer("Exporting"),
        )
    _end_progress()
    separator = separator_name(separator_for(summary.language))
    print(
        f"Exported {summary.rows:,} complaints to {summary.path} "
        f"({summary.language.native_name}, {separator}-separated, UTF-8)."
    )
    return 0


def _complaints_import(args: argparse.Namespace) -> int:
    from policydesk.services.complaint_transfer import open_data_file

    path: Path = args.file
    source: Path = args.csv
    _warn_if_network(path)
    with open_data_file(path) as service:
        outcome = service.import_csv(source, progress=_progress_printer("Importing"))
    _end_progress()
    report = outcome.report
    if not outcome.imported:
        for problem in report.problems:
            print(describe_csv_problem(problem, report.layout), file=sys.stderr)
        if report.problem_count > len(report.problems):
            more = report.problem_count - len(report.problems)
            print(f"... and {more:,} more problems", file=sys.stderr)
        _fail(
            f"{source} was not imported ({report.problem_count:,} problem(s)); "
            f"{path} was not changed."
        )
        return 1
    added = []
    if report.new_categories:
        added.append(f"{len(report.new_categories)} new categories")
    if report.new_staff:
        added.append(f"{len(report.new_staff)} new staff names")
    also = f", with {' and '.join(added)}" if added else ""
    print(f"Imported {outcome.imported:,} complaints from {source} into {path}{also}.")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from policydesk.services.demo import create_demo_file

    target: Path = args.file
    _warn_if_network(target.parent if target.parent.is_dir() else Path.cwd())
    summary = create_demo_file(target, replace=args.replace, progress=_progress_printer("Creating"))
    _end_progress()
    print(
        f"Created {target}: {summary.business_name}, {summary.staff} staff, "
        f"{summary.complaints} complaints, {summary.assessment_rounds} self-assessment rounds."
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    path: Path = args.file
    _warn_if_network(path)
    report = datafiles.check_file(path)
    print(f"File:       {report.path}")
    print(f"Size:       {report.size_bytes:,} bytes")
    revision = report.revision or "none (empty file)"
    print(f"Schema:     {revision} (this PolicyDesk writes {report.app_revision})")
    state_notes = {
        SchemaState.NEW: "empty: PolicyDesk will set it up when it opens it",
        SchemaState.CURRENT: "up to date",
        SchemaState.OLDER: "older: PolicyDesk will back it up and upgrade it when it opens it",
        SchemaState.NEWER: "from a newer PolicyDesk: update PolicyDesk to open it",
    }
    print(f"Status:     {state_notes[report.state]}")
    if report.problems:
        print(f"Integrity:  {len(report.problems)} problem(s):")
        for problem in report.problems[:20]:
            print(f"  - {problem}")
        if len(report.problems) > 20:
            print(f"  ... and {len(report.problems) - 20} more")
        _fail(f"{path} is damaged; open a backup instead.")
    else:
        print("Integrity:  ok")
    if report.state is SchemaState.NEWER:
        _fail(f"{path} needs a newer PolicyDesk.")
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace) -> int:
    source: Path = args.file
    # Refuse anything that is not a readable PolicyDesk file before writing a copy of it.
    datafiles.inspect_file(source, for_writing=False)
    _warn_if_network(source)
    copy = datafiles.copy_into_folder(source, args.folder, progress=_progress_printer("Copying"))
    _end_progress()
    print(copy)
    return 0


def _warn_if_network(path: Path) -> None:
    location = datafiles.location_of(path)
    if location.on_network:
        print(
            f"{PROG}: warning: {path} is on a network share ({location.filesystem}). SQLite "
            "cannot lock files reliably there; keep PolicyDesk files on this computer's own "
            "disk and use backups to share them.",
            file=sys.stderr,
        )


def _progress_printer(verb: str, stream: TextIO | None = None) -> Callable[[int, int], None]:
    out = stream or sys.stderr

    def show(done: int, total: int) -> None:
        if out.isatty() and total:
            out.write(f"\r{verb}... {100 * done // total:3d}%")
            out.flush()

    return show


def _end_progress(stream: TextIO | None = None) -> None:
    out = stream or sys.stderr
    if out.isatty():
        out.write("\r" + " " * 30 + "\r")
        out.flush()


def _fail(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
