"""The self-assessment report and the complaint report, gathered from the file.

Both builders take the documents service's :class:`~policydesk.services.documents.DocumentContext`
and a :class:`~policydesk.domain.documents.DocumentRequest`, gather what the report shows
through the file's services, and lay it out with :mod:`policydesk.export.assessment_report` and
:mod:`policydesk.export.complaint_report` in the house's frame.

**The self-assessment report** is of one round: the one the request names by its label (as
the command line's ``--round``), or the newest. Its year-over-year chart shows the quotient of
every scored round up to this one.

**The complaint report** is of a period (local dates in the business's time zone, both
included; by default the twelve months up to today) or of exactly the complaints the log's
current filter shows. Nothing reads all complaints: the figures are counts the database makes
(per category, per month, still open) through the complaint service's filter, the top three
come from :meth:`ComplaintService.top_problems`, the service-target figures from
:meth:`ServiceClockService.period`, and only the rows the table lists are read, as plain rows,
at most :data:`TABLE_LIMIT` of them: a report of a hundred thousand complaints lists the oldest
five thousand and says how many more there are. Progress is reported, and Cancel honoured,
as the table is laid out.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Final

from policydesk.domain.complaints import (
    CategoryCount,
    ComplaintStatus,
    LogFilter,
    LogQuery,
    SortColumn,
)
from policydesk.domain.documents import Document, DocumentRequest
from policydesk.domain.quotient import add_months
from policydesk.services.documents import (
    DocumentContext,
    DocumentError,
    DocumentErrorCode,
    file_name,
    page_count,
)

if TYPE_CHECKING:
    from policydesk.export.complaint_report import (
        ComplianceSection,
        MonthCount,
        ReportFilter,
    )

TABLE_LIMIT: Final = 5000
"""The complaint report lists at most this many complaints (the oldest); it says so beyond."""

REPORT_MONTHS: Final = 12
"""A complaint report without dates is of this many months up to today."""

_OPEN: Final = (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING)


# ---------------------------------------------------------------------------- self-assessment


def build_assessment(context: DocumentContext, request: DocumentRequest) -> Document:
    """The report of a self-assessment round (the newest unless ``round_label`` names one).

    Raises:
        DocumentError: there is no round yet (``NO_ROUND``), no round has that label
            (``UNKNOWN_ROUND``), or the user cancelled.
    """
    from policydesk.export.assessment_report import report_title, round_pdf_bytes

    service = context.assessment_export
    language = request.language or context.business_language
    rounds = service.rounds()  # newest first
    if not rounds:
        raise DocumentError(DocumentErrorCode.NO_ROUND)
    if request.round_label is None:
        chosen = rounds[0]
    else:
        found = service.find_round(request.round_label)
        if found is None:
            raise DocumentError(DocumentErrorCode.UNKNOWN_ROUND, round=request.round_label)
        chosen = found
    context.step(0, 0)
    report = service.report(chosen.id)
    if report is None:  # deleted in another window a moment ago
        raise DocumentError(DocumentErrorCode.UNKNOWN_ROUND, round=chosen.label)
    history = service.history(chosen.id)
    data = round_pdf_bytes(
        report,
        language,
        history=history,
        business=context.business,
        paper=context.paper,
        progress=context.step,
    )
    title = report_title(report, language)
    return Document(
        request.kind,
        data,
        title,
        file_name(context.business, title),
        page_count(data),
        False,
        language,
    )


# ---------------------------------------------------------------------------- complaints


def build_complaints(context: DocumentContext, request: DocumentRequest) -> Document:
    """The complaint report of a period or of the log's filter (see the module doc).

    Raises:
        DocumentError: the period ends before it starts (``BAD_PERIOD``), or the user
            cancelled (``CANCELLED``).
    """
    from policydesk.export.complaint_report import (
        ComplaintReport,
        complaint_report_pdf,
        report_title,
    )

    language = request.language or context.business_language
    complaints = context.complaints
    zone = complaints.zone()
    context.step(0, 0)  # (0, 0): busy, no measure yet
    if request.log_filter is None:
        first, last = _period(request, context.now.astimezone(zone).date())
        log_filter = LogFilter(
            received_from=_day_start(first, zone), received_before=_day_start(_next(last), zone)
        )
        span: tuple[date, date] | None = (first, last)
    else:
        log_filter = request.log_filter
        span = _filter_period(context, log_filter, zone)
    total = complaints.count(log_filter)
    categories: tuple[CategoryCount, ...] = ()
    months: tuple[MonthCount, ...] = ()
    if total:
        if request.log_filter is None:
            assert span is not None
            top = complaints.top_problems(
                _day_start(span[0], zone), _day_start(_next(span[1]), zone)
            )
            categories = top.counts
        else:
            categories = _filter_categories(context, log_filter, total)
        if span is not None:
            months = _months(context, log_filter, span, zone)
    rows = []
    if total:
        query = LogQuery(log_filter, SortColumn.RECEIVED, descending=False)
        rows = list(complaints.first_page(query, min(total, TABLE_LIMIT)).rows)
    report = ComplaintReport(
        first=span[0] if span else None,
        last=span[1] if span else None,
        total=total,
        still_open=_still_open(context, log_filter) if total else 0,
        categories=categories,
        months=months,
        rows=rows,
        zone=zone,
        log_filter=None if request.log_filter is None else _described(context, log_filter),
        compliance=_compliance(context, request.log_filter, span) if total else None,
    )
    data = complaint_report_pdf(
        report,
        business=context.business,
        language=language,
        paper=context.paper,
        progress=context.step,
    )
    title = report_title(language)
    suffix = f"{span[0].isoformat()} {span[1].isoformat()}" if span else ""
    return Document(
        request.kind,
        data,
        title,
        file_name(context.business, title, suffix),
        page_count(data),
        False,
        language,
    )


def _period(request: DocumentRequest, today: date) -> tuple[date, date]:
    """The report's first and last day: as asked, else the twelve months up to today."""
    first, last = request.first, request.last
    if last is None:
        last = today if first is None or first <= today else first
    if first is None:
        first = add_months(last, -REPORT_MONTHS) + timedelta(days=1)
    if last < first:
        raise DocumentError(
            DocumentErrorCode.BAD_PERIOD, first=first.isoformat(), last=last.isoformat()
        )
    return first, last


def _day_start(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), zone)


def _next(day: date) -> date:
    return day + timedelta(days=1)


def _local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def _filter_period(
    context: DocumentContext, log_filter: LogFilter, zone: tzinfo
) -> tuple[date, date] | None:
    """The days a filter spans: its own dates, else those of the first and last complaint."""
    complaints = context.complaints
    first = last = None
    if log_filter.received_from is not None:
        first = _local_day(log_filter.received_from, zone)
    if log_filter.received_before is not None:
        last = _local_day(log_filter.received_before - timedelta(microseconds=1), zone)
    if first is None:
        oldest = complaints.first_page(LogQuery(log_filter, SortColumn.RECEIVED, False), 1).rows
        first = _local_day(oldest[0].received_at, zone) if oldest else None
    if last is None:
        newest = complaints.first_page(LogQuery(log_filter, SortColumn.RECEIVED, True), 1).rows
        last = _local_day(newest[0].received_at, zone) if newest else None
    if first is None or last is None or last < first:
        return None
    return first, last


def _filter_categories(
    context: DocumentContext, log_filter: LogFilter, total: int
) -> tuple[CategoryCount, ...]:
    """Complaints per category among those the filter shows, most first (one count each)."""
    complaints = context.complaints
    kept = set(log_filter.category_ids)
    found: list[tuple[CategoryCount, int]] = []
    for category in complaints.categories(include_inactive=True):
        if kept and category.id not in kept:
            continue
        count = complaints.count(replace(log_filter, category_ids=(category.id,)))
        if count or (category.active and not kept) or category.id in kept:
            found.append(
                (CategoryCount(category.id, category.name, category.code, count), category.position)
            )
    if not kept:  # the complaints without a category are the rest
        rest = total - sum(count.count for count, _ in found)
        if rest > 0:
            found.append((CategoryCount(None, "", None, rest), 1 << 30))
    found.sort(key=lambda item: (-item[0].count, item[1]))  # as top_problems orders them
    return tuple(count for count, _ in found)


def _months(
    context: DocumentContext, log_filter: LogFilter, span: tuple[date, date], zone: tzinfo
) -> tuple[MonthCount, ...]:
    """Complaints per local month of the span, every month (one count each)."""
    from policydesk.export.complaint_report import MonthCount

    found: list[MonthCount] = []
    month = span[0].replace(day=1)
    while month <= span[1]:
        following = add_months(month, 1)
        start = _day_start(month, zone)
        end = _day_start(following, zone)
        if log_filter.received_from is not None:
            start = max(start, log_filter.received_from)
        if log_filter.received_before is not None:
            end = min(end, log_filter.received_before)
        context.step(0, 0)  # years of months take a while: Cancel works between them
        count = context.complaints.count(
            replace(log_filter, received_from=start, received_before=end)
        )
        found.append(MonthCount(month, count))
        month = following
    return tuple(found)


def _still_open(context: DocumentContext, log_filter: LogFilter) -> int:
    statuses = tuple(
        status for status in _OPEN if not log_filter.statuses or status in log_filter.statuses
    )
    if not statuses:
        return 0
    return context.complaints.count(replace(log_filter, statuses=statuses))


def _described(context: DocumentContext, log_filter: LogFilter) -> ReportFilter:
    """The filter with names for the categories and staff it keeps."""
    from policydesk.export.complaint_report import ReportFilter

    complaints = context.complaints
    categories = {item.id: item.name for item in complaints.categories(include_inactive=True)}
    staff = {member.id: member.name for member in complaints.staff(include_inactive=True)}
    return ReportFilter(
        search=log_filter.search,
        statuses=log_filter.statuses,
        categories=tuple(categories.get(id_, "") for id_ in log_filter.category_ids),
        channels=log_filter.channels,
        employees=tuple(staff.get(id_, "") for id_ in log_filter.employee_ids),
        followup=log_filter.followup,
        deleted=log_filter.deleted,
    )


def _narrowed(log_filter: LogFilter) -> bool:
    """Whether a filter keeps fewer complaints than all those received in its period."""
    bare = LogFilter(
        received_from=log_filter.received_from, received_before=log_filter.received_before
    )
    return log_filter != bare


def _compliance(
    context: DocumentContext, log_filter: LogFilter | None, span: tuple[date, date] | None
) -> ComplianceSection | None:
    """The service-target figures of the period; None when no targets are set."""
    from policydesk.export.complaint_report import ComplianceSection, ServiceTargets

    if span is None or (log_filter is not None and log_filter.deleted):
        return None
    settings = context.service_clock.settings()
    own = [
        target
        for target in settings.categories
        if (target.acknowledge_hours, target.resolve_days, target.follow_up_days)
        != (None, None, None)
    ]
    general = settings.general
    if not own and (general.acknowledge_hours, general.resolve_days, general.follow_up_days) == (
        None,
        None,
        None,
    ):
        return None
    figures = context.service_clock.period(span[0], span[1])
    if not figures.received:
        return None
    return ComplianceSection(
        figures=figures,
        targets=ServiceTargets(
            acknowledge_hours=general.acknowledge_hours,
            resolve_days=general.resolve_days,
            follow_up_days=general.follow_up_days,
            own_targets=len(own),
            hours_set=settings.hours_set,
        ),
        first=span[0],
        last=span[1],
        whole_period=log_filter is not None and _narrowed(log_filter),
    )
