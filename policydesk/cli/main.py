"""``policydesk-cli``: create the demo, check and back up files from a shell or a script.

Exit codes: 0 success, 1 failure (a message on stderr says what to fix), 2 usage error.
Qt is never imported here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from policydesk import __version__
from policydesk.cli.messages import describe
from policydesk.domain.datafile import SchemaState
from policydesk.domain.errors import UserFacingError
from policydesk.services import datafiles

PROG = "policydesk-cli"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: name a command (demo, check, backup)", file=sys.stderr)
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
        description="PolicyDesk from the command line: the demo business, checks and backups.",
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
    return parser


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
