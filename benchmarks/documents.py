"""The printable documents: how long the policy and a big complaint report take to build.

Usage: python benchmarks/documents.py [--complaints 5000] [--runs 5] [--file PATH] [--keep]

Makes the demo business in a new file (or copies ``--file``), then adds complaints until the
last twelve months hold ``--complaints`` of them: the demo's own complaints of that year are
exported to CSV and imported again as often as needed, so the added ones are as varied as the
demo's (every field, steps, follow-ups), all through the services the program uses. Then it
builds each document through ``DocumentService.build``, as Print & export and
``policydesk-cli export`` do. The goals (issue 7):

=============================================  =======
the customer service policy                    500 ms
the complaint report of 5,000 complaints       3 s
=============================================  =======

Each figure is the median of ``--runs`` builds after a first one, which is shown too: it pays
for importing ReportLab and matplotlib and loading the fonts, once per program run. The other
documents, the PDFs' sizes and pages, and PDFium's rendering of a first page for the preview
are shown without a goal. Prints one line per figure and exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from policydesk.domain.complaints import LogFilter
from policydesk.domain.documents import Document, DocumentKind, DocumentRequest
from policydesk.services.demo import create_demo_file
from policydesk.services.workspace import Workspace

TODAY = date(2026, 11, 23)  # the demo's "today"
POLICY_GOAL_MS = 500.0
COMPLAINTS_GOAL_MS = 3000.0


def timed(work: Callable[[], object]) -> tuple[float, object]:
    """Milliseconds ``work`` took, and what it returned."""
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def twelve_months(last: date) -> tuple[date, date]:
    """The complaint report's default period: the twelve months up to ``last``."""
    try:
        first = last.replace(year=last.year - 1)
    except ValueError:  # 29 February
        first = last.replace(year=last.year - 1, day=28)
    return first + timedelta(days=1), last


def top_up(workspace: Workspace, period: LogFilter, wanted: int, folder: Path) -> int:
    """Import copies of the period's complaints until it holds ``wanted``; returns the count."""
    have = workspace.complaints.count(period)
    if have >= wanted:
        return have
    exported = folder / "year.csv"
    summary = workspace.transfer.export_csv(exported, period)
    with exported.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";" if summary.language.value != "en" else ","))
    header, body = rows[0], rows[1:]
    if not body:
        raise SystemExit("the demo has no complaints in the period to copy")
    copies = [body[index % len(body)] for index in range(wanted - have)]
    extra = folder / "extra.csv"
    with extra.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";" if summary.language.value != "en" else ",")
        writer.writerow(header)
        writer.writerows(copies)
    outcome = workspace.transfer.import_csv(extra)
    if not outcome.imported:
        problems = "; ".join(str(problem.code) for problem in outcome.report.problems[:5])
        raise SystemExit(f"the copies could not be imported: {problems}")
    return workspace.complaints.count(period)


def build_figures(
    workspace: Workspace, request: DocumentRequest, runs: int
) -> tuple[float, float, Document]:
    """The first build's time, the median of ``runs`` more, and the document."""
    first, document = timed(lambda: workspace.documents.build(request))
    times = [timed(lambda: workspace.documents.build(request))[0] for _ in range(runs)]
    assert isinstance(document, Document)
    return first, statistics.median(times), document


def preview_figure(document: Document) -> float:
    """Milliseconds PDFium takes to open the PDF and draw its first page 800 pixels wide."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    def render() -> None:
        pdf = pdfium.PdfDocument(document.data)
        page = pdf[0]
        scale = 800 / page.get_width()
        page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True).close()
        page.close()
        pdf.close()

    render()  # the library loads once
    return min(timed(render)[0] for _ in range(3))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=5000, help="in the last twelve months")
    parser.add_argument("--runs", type=int, default=5, help="builds measured after the first")
    parser.add_argument("--file", type=Path, help="a PolicyDesk file to copy instead of the demo")
    parser.add_argument("--keep", action="store_true", help="keep the file made (its path)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="policydesk-documents-"))
    path = folder / "documents.policydesk"
    try:
        started = time.perf_counter()
        if args.file:
            shutil.copyfile(args.file, path)
        else:
            create_demo_file(path, today=TODAY)
        first_day, last_day = twelve_months(TODAY)
        with Workspace.open(path) as workspace:
            period = workspace.transfer.log_filter(first_day=first_day, last_day=last_day)
            count = top_up(workspace, period, args.complaints, folder)
            print(
                f"file ready in {time.perf_counter() - started:.1f} s: {count:,} complaints "
                f"from {first_day} to {last_day}"
            )
            missed = report(workspace, args.runs, first_day, last_day, count)
        if args.keep:
            kept = Path.cwd() / "documents-benchmark.policydesk"
            shutil.copyfile(path, kept)
            print(f"kept the file as {kept}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if missed:
        print(f"missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    print("every goal met")
    return 0


def report(
    workspace: Workspace, runs: int, first_day: date, last_day: date, count: int
) -> list[str]:
    """Build every document, print the figures; returns the goals missed."""
    missed: list[str] = []
    requests = [
        ("policy", DocumentRequest(DocumentKind.POLICY), POLICY_GOAL_MS),
        ("customer charter", DocumentRequest(DocumentKind.CHARTER), None),
        ("SLA", DocumentRequest(DocumentKind.SLA), None),
        ("self-assessment report", DocumentRequest(DocumentKind.ASSESSMENT), None),
        ("review meeting pack (agenda)", DocumentRequest(DocumentKind.REVIEW_PACK), None),
        (
            f"complaint report, {count:,} complaints",
            DocumentRequest(DocumentKind.COMPLAINTS, first=first_day, last=last_day),
            COMPLAINTS_GOAL_MS,
        ),
    ]
    biggest: Document | None = None
    for name, request, goal in requests:
        first, median, document = build_figures(workspace, request, runs)
        size = len(document.data) / 1024
        shape = f"{document.pages} page{'s' if document.pages != 1 else ''}, {size:,.0f} KiB"
        if goal is None:
            print(f"{name:<42} {median:8.0f} ms  (first {first:.0f} ms; {shape})")
        else:
            verdict = "ok" if median <= goal else "MISSED"
            print(
                f"{name:<42} {median:8.0f} ms  goal <= {goal:.0f} ms  {verdict}"
                f"  (first {first:.0f} ms; {shape})"
            )
            if median > goal:
                missed.append(name)
        if biggest is None or document.pages > biggest.pages:
            biggest = document
    if biggest is not None:
        print(
            f"{'preview: first page at 800 px (PDFium)':<42} {preview_figure(biggest):8.1f} ms"
            f"  (the {biggest.pages}-page {biggest.kind.value} document)"
        )
    return missed


if __name__ == "__main__":
    sys.exit(main())
