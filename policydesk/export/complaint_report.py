"""The complaint report as a PDF: a period's (or the log filter's) complaints, summed up and listed.

:class:`ComplaintReport` holds everything the report shows; the documents service gathers it
from the file (:mod:`policydesk.services.report_documents`) and :func:`complaint_report_pdf`
lays it out in the house's frame (:mod:`policydesk.export.pdf`). Top to bottom:

- the period (or the filter, described in words) and a few key figures;
- the three most common problems, and the complaints per category as a chart and a table;
- the complaints per month as a chart;
- the service targets: how many complaints were acknowledged, resolved and followed up within
  target, and the median and 90th percentile handling time in business and in calendar hours
  (left out when no targets are set);
- the complaints themselves as a table (number, received, customer, category, status, the
  start of the complaint), oldest first, with its header on every page.

The complaints table is the one part that can be long: a year of a busy shop is a few
thousand rows. Its cells are laid out here, not by ReportLab's paragraphs and tables (which
take several seconds for 5,000 rows): every text is wrapped once, by the widths of the font's
glyphs, into plain lines that are drawn as they are, never read as markup, one text object per
page (:func:`_plain_table`, which the table of categories uses too). The table is cut page by
page as the document is laid out and reports how many rows are done, so that a progress bar
moves and Cancel works meanwhile. A row taller than a third of a page (a huge text) runs on
over the page's end instead of being cut; only the complaint's own text is cut, after two lines,
and a category's name after six (the table of categories shows it whole).

Every chart uses the Okabe–Ito colours of :mod:`policydesk.export.charts`, which stay apart
for colour-blind readers and in greyscale, and carries its values as text.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Final

from policydesk.domain.complaints import (
    CategoryCount,
    Channel,
    ComplaintRow,
    ComplaintStatus,
    FollowUpFilter,
)
from policydesk.domain.languages import Language
from policydesk.export.complaints_csv import channel_word, decimal_mark, status_word
from policydesk.export.pdf import (
    BOLD,
    FONT,
    DocumentInfo,
    PaperSize,
    Styles,
    build_pdf,
    format_day,
    marked,
    paragraph,
    safe,
    section,
    table,
)

if TYPE_CHECKING:  # the figures' module brings numpy, which drawing a table does not need
    from policydesk.domain.compliance import ComplianceFigures, Spread, TargetFigures

Progress = Callable[[int, int], None]
"""Told ``(rows laid out, rows in all)`` while the complaints table is laid out."""

CELL_SIZE: Final = 7.5  # points: the complaints table's type
CELL_LEADING: Final = 9.2
_CELL_PADDING: Final = 2.5  # above and below each cell's text
_SIDE_PADDING: Final = 4.0
_CATEGORY_LINES: Final = 6  # a category in the complaints table (its full name is above)
_COMPLAINT_LINES: Final = 2  # the start of the complaint is enough in a listing
_TALL_ROW: Final = 200.0  # points: a row taller than this may be split at a page's end
_ELLIPSIS: Final = "\u2026"
_CM: Final = 28.3465  # points
_NO_VALUE: Final = "\u2013"
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# ---------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """The complaint log's filter as the report describes it (names already looked up).

    Attributes:
        search: the search words.
        statuses, channels: the statuses and channels kept.
        categories, employees: the names of the categories and staff kept.
        followup: the follow-ups kept (due today, overdue or both).
        deleted: the owner's bin instead of the live complaints.
    """

    search: str = ""
    statuses: tuple[ComplaintStatus, ...] = ()
    categories: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    employees: tuple[str, ...] = ()
    followup: FollowUpFilter = FollowUpFilter.ANY
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class MonthCount:
    """How many complaints came in during one local month (``month`` is its first day)."""

    month: date
    count: int


@dataclass(frozen=True, slots=True)
class ServiceTargets:
    """The general service targets, as Settings → Service targets holds them.

    Attributes:
        acknowledge_hours: acknowledge within this many business hours (None: no target).
        resolve_days: resolve within this many business days.
        follow_up_days: follow up within this many days after the resolution.
        own_targets: how many categories have targets of their own.
        hours_set: whether office hours are set (without them every hour counts).
    """

    acknowledge_hours: float | None = None
    resolve_days: float | None = None
    follow_up_days: float | None = None
    own_targets: int = 0
    hours_set: bool = True


@dataclass(frozen=True, slots=True)
class ComplianceSection:
    """The service-target figures of the report's period.

    Attributes:
        figures: the figures (:meth:`ServiceClockService.period`).
        targets: the targets they are measured against.
        first, last: the period the figures are of (local dates, both included).
        whole_period: the figures are of every complaint received in the period, not only of
            those the report lists (a report of the log's filter says so).
    """

    figures: ComplianceFigures
    targets: ServiceTargets
    first: date
    last: date
    whole_period: bool = False


@dataclass(frozen=True, slots=True)
class ComplaintReport:
    """Everything the complaint report shows.

    Attributes:
        first, last: the period the complaints were received in (local dates, both
            included); None when a filter without dates shows no complaints.
        total: how many complaints the report is about.
        still_open: how many of them are still open (new, in progress or waiting).
        categories: complaints per category, most first (the first three are the top three).
        months: complaints per local month, oldest first, every month of the period.
        rows: the complaints the table lists, in order (at most the first few thousand;
            ``total - len(rows)`` are left out and the report says so).
        zone: the business's time zone (the table's times are local).
        log_filter: the log's filter the report is of; None for a plain period.
        compliance: the service-target figures; None leaves the section out.
    """

    first: date | None
    last: date | None
    total: int
    still_open: int
    categories: tuple[CategoryCount, ...]
    months: tuple[MonthCount, ...]
    rows: Sequence[ComplaintRow]
    zone: tzinfo
    log_filter: ReportFilter | None = None
    compliance: ComplianceSection | None = None


# ---------------------------------------------------------------------------- words

_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    # English, Swedish, Romanian
    "title": ("Complaint report", "Klagomålsrapport", "Raport privind reclamațiile"),
    "received": (
        "Complaints received from {first} to {last}",
        "Klagomål som kom in från {first} till {last}",
        "Reclamațiile primite între {first} și {last}",
    ),
    "received_on": (
        "Complaints received on {day}",
        "Klagomål som kom in {day}",
        "Reclamațiile primite pe {day}",
    ),
    "of_filter": (
        "The complaints the log's filter shows",
        "Klagomålen som filtret i klagomålsloggen visar",
        "Reclamațiile afișate de filtrul registrului de reclamații",
    ),
    "filter": ("Filter", "Filter", "Filtru"),
    "search": ("search “{text}”", "sökning ”{text}”", "căutare „{text}”"),
    "statuses": ("status: {items}", "status: {items}", "stare: {items}"),
    "categories_kept": ("category: {items}", "kategori: {items}", "categorie: {items}"),
    "channels": ("channel: {items}", "kanal: {items}", "canal: {items}"),
    "employees": ("received by: {items}", "mottaget av: {items}", "primită de: {items}"),
    "due_today": (
        "follow-up due today",
        "uppföljning som ska göras i dag",
        "urmărire programată pentru azi",
    ),
    "overdue": ("follow-up overdue", "försenad uppföljning", "urmărire întârziată"),
    "due": (
        "follow-up due today or overdue",
        "uppföljning i dag eller försenad",
        "urmărire programată azi sau întârziată",
    ),
    "deleted": (
        "deleted complaints (the bin)",
        "borttagna klagomål (papperskorgen)",
        "reclamații șterse (coșul de gunoi)",
    ),
    "no_filter": ("none", "inget", "niciunul"),
    "complaints": ("Complaints", "Klagomål", "Reclamații"),
    "still_open": ("Still open", "Fortfarande öppna", "Încă în curs"),
    "resolved_in_time": ("Resolved within target", "Lösta inom målet", "Rezolvate în termen"),
    "most_common": ("Most common problem", "Vanligaste problemet", "Cea mai frecventă problemă"),
    "none": (
        "No complaints were received in this period.",
        "Inga klagomål kom in under perioden.",
        "Nu a fost primită nicio reclamație în această perioadă.",
    ),
    "none_filter": (
        "The filter shows no complaints.",
        "Filtret visar inga klagomål.",
        "Filtrul nu afișează nicio reclamație.",
    ),
    "top": (
        "The three most common problems",
        "De tre vanligaste problemen",
        "Cele mai frecvente trei probleme",
    ),
    "top_note": (
        "The categories with most complaints: the number of complaints and their share of all.",
        "Kategorierna med flest klagomål: antal klagomål och deras andel av alla.",
        "Categoriile cu cele mai multe reclamații: numărul reclamațiilor și ponderea lor în total.",
    ),
    "per_category": ("Complaints per category", "Klagomål per kategori", "Reclamații pe categorii"),
    "category": ("Category", "Kategori", "Categorie"),
    "share": ("Share", "Andel", "Pondere"),
    "no_category": ("No category", "Ingen kategori", "Fără categorie"),
    "per_month": ("Complaints per month", "Klagomål per månad", "Reclamații pe luni"),
    "targets": ("Service targets", "Servicemål", "Ținte de servicii"),
    "whole_period": (
        "These figures are of every complaint received from {first} to {last}, not only of "
        "those the filter shows.",
        "Siffrorna gäller alla klagomål som kom in från {first} till {last}, inte bara dem "
        "som filtret visar.",
        "Aceste cifre privesc toate reclamațiile primite între {first} și {last}, nu doar pe "
        "cele afișate de filtru.",
    ),
    "step": ("Step", "Steg", "Etapă"),
    "target": ("Target", "Målvärde", "Țintă"),
    "met": ("Within target", "Inom målet", "În termen"),
    "missed": ("Missed", "Missat", "Depășit"),
    "open": ("Still open", "Fortfarande öppna", "Încă în curs"),
    "share_met": ("Share within target", "Andel inom målet", "Pondere în termen"),
    "acknowledged": ("Acknowledged", "Bekräftade", "Confirmate"),
    "resolved": ("Resolved", "Lösta", "Rezolvate"),
    "followed_up": ("Followed up", "Uppföljda", "Urmărite"),
    "own_targets": (
        "Categories with targets of their own: {count}. Their complaints are measured against "
        "those.",
        "Kategorier med egna målvärden: {count}. Deras klagomål mäts mot dem.",
        "Categorii cu ținte proprii: {count}. Reclamațiile lor sunt măsurate față de acestea.",
    ),
    "targets_note": (
        "A complaint still open has not met nor missed its target yet; the share within target "
        "is of the complaints whose outcome is known.",
        "Ett klagomål som fortfarande är öppet har varken nått eller missat målet än; andelen "
        "inom målet räknas på de klagomål där utfallet är känt.",
        "O reclamație încă în curs nu a atins și nici nu a depășit încă ținta; ponderea în "
        "termen se calculează din reclamațiile al căror rezultat este cunoscut.",
    ),
    "handling": (
        "Handling time of the resolved complaints ({count})",
        "Handläggningstid för de lösta klagomålen ({count})",
        "Timpul de soluționare a reclamațiilor rezolvate ({count})",
    ),
    "measured_in": ("Measured in", "Mätt i", "Măsurat în"),
    "median": ("Median", "Median", "Mediana"),
    "p90": ("90th percentile", "90:e percentilen", "Percentila 90"),
    "business_hours": ("Business hours", "Öppettid", "Ore de program"),
    "calendar_hours": ("Calendar hours", "Kalendertid", "Timp calendaristic"),
    "handling_note": (
        "Business hours count only the time the business is open, less the time spent waiting "
        "for the customer. Calendar time runs from receipt to resolution, nights and closed "
        "days included.",
        "I öppettid räknas bara tiden då vi har öppet, minus tiden då vi väntar på kunden. "
        "Kalendertid löper från mottagandet till lösningen, nätter och stängda dagar "
        "inräknade.",
        "Orele de program cuprind doar timpul în care firma este deschisă, fără timpul de "
        "așteptare a clientului. Timpul calendaristic merge de la primire la rezolvare, "
        "inclusiv nopțile și zilele de închidere.",
    ),
    "no_hours": (
        "No office hours are set, so every hour counts.",
        "Inga öppettider är angivna, så varje timme räknas.",
        "Nu este stabilit niciun program de lucru, așa că se numără fiecare oră.",
    ),
    "listing": ("The complaints", "Klagomålen", "Reclamațiile"),
    "listing_note": (
        "Oldest first. The complaint column shows the start of each complaint's text.",
        "Äldst först. Kolumnen Klagomål visar början av varje klagomåls text.",
        "Cele mai vechi primele. Coloana Reclamație arată începutul textului fiecărei reclamații.",
    ),
    "capped": (
        "The table lists the first {shown} of the {total} complaints; the other {more} are left "
        "out so that the document stays easy to use. Choose a shorter period or a narrower "
        "filter to print them.",
        "Tabellen visar de första {shown} av de {total} klagomålen; de övriga {more} är "
        "utelämnade så att dokumentet går att hantera. Välj en kortare period eller ett "
        "snävare filter för att skriva ut dem.",
        "Tabelul cuprinde primele {shown} din cele {total} {de}reclamații; celelalte {more} au "
        "fost omise pentru ca documentul să rămână ușor de folosit. Alegeți o perioadă mai "
        "scurtă sau un filtru mai restrâns pentru a le tipări.",
    ),
    "number": ("No.", "Nr", "Nr."),
    "received_column": ("Received", "Inkommet", "Primită"),
    "customer": ("Customer", "Kund", "Client"),
    "status": ("Status", "Status", "Stare"),
    "complaint": ("Complaint", "Klagomål", "Reclamație"),
}

# The units of a target, singular and plural (Romanian adds "de" from twenty on: _of()).
_UNITS: Final[dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]]] = {
    "hours": (
        ("business hour", "business hours"),
        ("öppettimme", "öppettimmar"),
        ("oră de program", "ore de program"),
    ),
    "business_days": (
        ("business day", "business days"),
        ("arbetsdag", "arbetsdagar"),
        ("zi lucrătoare", "zile lucrătoare"),
    ),
    "days_after": (
        ("day after the resolution", "days after the resolution"),
        ("dag efter lösningen", "dagar efter lösningen"),
        ("zi de la rezolvare", "zile de la rezolvare"),
    ),
}

_SHORT_MONTHS: Final = {
    Language.ENGLISH: (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ),
    Language.SWEDISH: (
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ),
    Language.ROMANIAN: (
        "ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sep.", "oct.", "nov.",
        "dec.",
    ),
}  # fmt: skip
_THOUSANDS: Final = {Language.ENGLISH: ",", Language.SWEDISH: "\u00a0", Language.ROMANIAN: "."}


def _word(key: str, language: Language, **values: object) -> str:
    text = _WORDS[key][list(Language).index(Language(language))]
    return text.format(**values) if values else text


def report_title(language: Language) -> str:
    """The report's title in ``language`` ("Complaint report")."""
    return _word("title", language)


def period_text(first: date, last: date, language: Language) -> str:
    """The period in words ("Complaints received from 1 March 2026 to 31 March 2026")."""
    if first == last:
        return _word("received_on", language, day=format_day(first, language))
    return _word(
        "received",
        language,
        first=format_day(first, language),
        last=format_day(last, language),
    )


def report_subject(report: ComplaintReport, language: Language) -> str:
    """A sentence for the PDF's metadata: what the report is of."""
    if report.log_filter is not None:
        return _word("of_filter", language)
    if report.first is None or report.last is None:
        return report_title(language)
    return period_text(report.first, report.last, language)


# ---------------------------------------------------------------------------- numbers


def format_count(count: int, language: Language) -> str:
    """A whole number with the language's thousands separator: 1,036 / 1 036 / 1.036."""
    return f"{count:,}".replace(",", _THOUSANDS[Language(language)])


def format_share(share: float, language: Language) -> str:
    """A share (0 to 1) as whole percent: "88%", in Swedish "88 %"."""
    percent = f"{math.floor(share * 100 + 0.5)}"
    return f"{percent}\u00a0%" if Language(language) is Language.SWEDISH else f"{percent}%"


def _decimal(value: float, language: Language, *, whole: bool = False) -> str:
    """One decimal with the language's mark; ``whole``: 4.0 is written 4 (a target)."""
    text = f"{value:.1f}"
    if whole and text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal_mark(language))


def _hours(value: float | None, language: Language) -> str:
    return _NO_VALUE if value is None else f"{_decimal(value, language)}\u00a0h"


def _of(count: float) -> str:
    """Romanian's "de" between a number from twenty on and its noun ("20 de reclamații")."""
    whole = int(count)
    if whole != count or whole < 20:
        return ""
    rest = whole % 100
    return "de " if rest == 0 or rest >= 20 else ""


def _amount(value: float, unit: str, language: Language) -> str:
    language = Language(language)
    singular, plural = _UNITS[unit][list(Language).index(language)]
    noun = singular if value == 1 else plural
    if language is Language.ROMANIAN:
        noun = _of(value) + noun
    return f"{_decimal(value, language, whole=True)} {noun}"


# ---------------------------------------------------------------------------- plain text


@functools.cache
def _glyph_widths(font: str) -> tuple[dict[int, float], float]:
    """A face's advance widths in points at the table's size, by code point, and the default."""
    from reportlab.pdfbase import pdfmetrics

    from policydesk.export.pdf import register_fonts

    register_fonts()
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]  # a TTFont's
    scale = CELL_SIZE / 1000.0
    return {code: width * scale for code, width in face.charWidths.items()}, (
        face.defaultWidth * scale
    )


@functools.lru_cache(maxsize=1 << 16)
def _measure(text: str, font: str = FONT) -> float:
    """How wide ``text`` is in the table's type, in points (words repeat: kept)."""
    widths, fallback = _glyph_widths(font)
    return sum([widths.get(ord(character), fallback) for character in text])


def plain(text: object) -> str:
    """User text for a one-line field of the table: control characters out, spaces single."""
    return " ".join(_CONTROL.sub("", str(text)).split())


def wrap_lines(text: str, width: float, *, lines: int | None = None, font: str = FONT) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points in the table's type.

    Lines break between words; a word wider than the column is broken between letters. Text
    that needs more than ``lines`` lines is cut, and the last line ends with an ellipsis;
    without ``lines`` all of it is kept, however long.
    """
    if lines is None:
        lines = len(text) + 1
    widths, fallback = _glyph_widths(font)
    space = _measure(" ", font)
    found: list[str] = []
    current, used = "", 0.0
    for word in text.split():
        if len(found) > lines:
            break
        wide = _measure(word, font) if len(word) < 64 else width + 1
        if current and used + space + wide <= width:
            current, used = f"{current} {word}", used + space + wide
            continue
        if current:
            found.append(current)
            current, used = "", 0.0
        if wide <= width:
            current, used = word, wide
            continue
        for character in word:  # a word wider than the column, broken between letters
            step = widths.get(ord(character), fallback)
            if current and used + step > width:
                found.append(current)
                current, used = "", 0.0
                if len(found) > lines:
                    break
            current, used = current + character, used + step
    if current:
        found.append(current)
    if len(found) > lines:
        found = found[:lines]
        last = found[-1]
        while last and _measure(last + _ELLIPSIS, font) > width:
            last = last[:-1]
        found[-1] = last.rstrip() + _ELLIPSIS
    return found or [""]


def _shortened(text: str, limit: int) -> str:
    """A name cut to ``limit`` characters (with an ellipsis), where room is short."""
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


# ---------------------------------------------------------------------------- the document


def complaint_report_pdf(
    report: ComplaintReport,
    *,
    business: str,
    language: Language,
    paper: PaperSize = PaperSize.A4,
    progress: Progress | None = None,
) -> bytes:
    """The complaint report as PDF bytes (see the module doc).

    Args:
        report: what to show.
        business: the business's name (the header and the PDF's author).
        language: the report's language.
        paper: A4 or US Letter.
        progress: told ``(rows laid out, rows in all)`` as the complaints table is laid out;
            it may raise to stop the build (the exception comes out of this call).
    """
    language = Language(language)
    info = DocumentInfo(
        title=report_title(language),
        business=business,
        language=language,
        subject=report_subject(report, language),
        paper=paper,
        keywords=("PolicyDesk", report_title(language)),
    )
    total_rows = len(report.rows)
    if progress is not None:
        progress(0, total_rows)

    def story(styles: Styles, width: float) -> list[Any]:
        return _Story(report, language, styles, width, progress).build()

    data = build_pdf(info, story)
    if progress is not None:
        progress(total_rows, total_rows)
    return data


class _Story:
    """Builds the report's flowables, top to bottom."""

    def __init__(
        self,
        report: ComplaintReport,
        language: Language,
        styles: Styles,
        width: float,
        progress: Progress | None,
    ) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.report = report
        self.language = language
        self.styles = styles
        self.width = width
        self.progress = progress
        self.figure_style = ParagraphStyle(
            "figure", styles.big, fontSize=18, leading=22, spaceAfter=0
        )
        self.note = ParagraphStyle("complaint-note", styles.note, spaceBefore=3)

    def word(self, key: str, **values: object) -> str:
        return _word(key, self.language, **values)

    def count(self, value: int) -> str:
        return format_count(value, self.language)

    def category_name(self, category: CategoryCount) -> str:
        return category.name if category.name.strip() else self.word("no_category")

    # ------------------------------------------------------------------ parts

    def build(self) -> list[Any]:
        report = self.report
        story: list[Any] = self.heading()
        if report.total == 0:
            none = "none_filter" if report.log_filter is not None else "none"
            story.append(paragraph(self.word(none), self.styles.body))
            return story
        story.append(self.key_figures())
        story += self.top_three()
        story += self.categories()
        story += self.months()
        story += self.compliance()
        story += self.listing()
        return story

    def heading(self) -> list[Any]:
        from reportlab.platypus import Spacer

        report, styles = self.report, self.styles
        parts: list[Any] = [paragraph(self.word("title"), styles.title)]
        period = (
            period_text(report.first, report.last, self.language)
            if report.first is not None and report.last is not None
            else ""
        )
        if report.log_filter is None:
            if period:
                parts.append(paragraph(period, styles.subtitle))
        else:
            parts.append(paragraph(self.word("of_filter"), styles.subtitle))
            if period:
                parts.append(paragraph(period, styles.small))
            described = self.filter_text(report.log_filter)
            parts.append(
                marked(f"<b>{safe(self.word('filter'))}:</b> {safe(described)}", styles.small)
            )
        parts.append(Spacer(1, 6))
        return parts

    def filter_text(self, chosen: ReportFilter) -> str:
        language = self.language
        parts: list[str] = []
        if chosen.deleted:
            parts.append(self.word("deleted"))
        if chosen.search.strip():
            parts.append(self.word("search", text=plain(chosen.search)))
        if chosen.statuses:
            items = ", ".join(status_word(status, language) for status in chosen.statuses)
            parts.append(self.word("statuses", items=items))
        if chosen.categories:
            items = ", ".join(name or self.word("no_category") for name in chosen.categories)
            parts.append(self.word("categories_kept", items=items))
        if chosen.channels:
            items = ", ".join(channel_word(channel, language) for channel in chosen.channels)
            parts.append(self.word("channels", items=items))
        if chosen.employees:
            parts.append(self.word("employees", items=", ".join(chosen.employees)))
        if chosen.followup is not FollowUpFilter.ANY:
            parts.append(self.word(chosen.followup.value))
        return "; ".join(parts) if parts else self.word("no_filter")

    def key_figures(self) -> Any:
        from reportlab.platypus import Table, TableStyle

        report, styles = self.report, self.styles
        figures: list[tuple[str, str]] = [
            (self.count(report.total), self.word("complaints")),
            (self.count(report.still_open), self.word("still_open")),
        ]
        compliance = report.compliance
        share = None
        if compliance is not None and not compliance.whole_period:  # else not the report's own
            share = compliance.figures.resolve.share_met
        if share is not None:
            figures.append((format_share(share, self.language), self.word("resolved_in_time")))
        cells = [
            [paragraph(value, self.figure_style), paragraph(label, styles.note)]
            for value, label in figures
        ]
        top = [count for count in report.categories[:1] if count.count > 0]
        if top:
            cells.append(
                [
                    paragraph(_shortened(plain(self.category_name(top[0])), 40), styles.subheading),
                    paragraph(self.word("most_common"), styles.note),
                ]
            )
        column = self.width / len(cells)
        grid = Table([cells], colWidths=[column] * len(cells), hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), "#F1F5F9"),
                    ("LINEBEFORE", (1, 0), (-1, -1), 2, "#FFFFFF"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return grid

    def top_three(self) -> list[Any]:
        report, styles = self.report, self.styles
        top = [count for count in report.categories[:3] if count.count > 0]
        lines = [
            marked(
                f"<b>{index}.</b> {safe(_shortened(plain(self.category_name(count)), 300))}: "
                f"<b>{safe(self.count(count.count))}</b> "
                f"({safe(format_share(count.count / report.total, self.language))})",
                styles.body,
            )
            for index, count in enumerate(top, start=1)
        ]
        if lines:
            lines.append(paragraph(self.word("top_note"), styles.note))
        return section(self.word("top"), lines, styles.heading)

    def categories(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        from policydesk.export.charts import category_chart

        report, styles = self.report, self.styles
        counts = [
            CategoryCount(count.category_id, plain(count.name), count.code, count.count)
            for count in report.categories
        ]
        if not counts:
            return []
        with quiet_missing_glyphs():
            figure = category_chart(
                counts,
                title="",
                no_category=self.word("no_category"),
                format_count=self.count,
            )
        picture = _picture(figure, self.width, 0.92)
        number = 2.6 * _CM
        widths = [self.width * 0.62 - 2 * number, number, number]
        room = [width - 2 * _SIDE_PADDING for width in widths]
        header = [
            wrap_lines(self.word(key), space, font=BOLD)
            for key, space in zip(("category", "complaints", "share"), room, strict=True)
        ]
        cells = [
            [
                wrap_lines(plain(self.category_name(count)), room[0]),
                [self.count(count.count)],
                [format_share(count.count / report.total, self.language)],
            ]
            for count in report.categories
        ]
        listing = _plain_table(_Rows.of(header, cells, widths, right={1, 2}), None)
        return [
            KeepTogether([paragraph(self.word("per_category"), styles.heading), picture]),
            listing,
        ]

    def months(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        months = self.report.months
        if not months:
            return []
        with quiet_missing_glyphs():
            figure = months_chart(months, self.language)
        picture = _picture(figure, self.width)
        return [KeepTogether([paragraph(self.word("per_month"), self.styles.heading), picture])]

    def compliance(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        found = self.report.compliance
        if found is None:
            return []
        styles = self.styles
        figures, targets = found.figures, found.targets
        steps = [
            ("acknowledged", figures.acknowledge, targets.acknowledge_hours, "hours"),
            ("resolved", figures.resolve, targets.resolve_days, "business_days"),
            ("followed_up", figures.follow_up, targets.follow_up_days, "days_after"),
        ]
        shown = [
            (key, outcome, target, unit)
            for key, outcome, target, unit in steps
            if target is not None or outcome.decided or outcome.still_open
        ]
        if not shown:
            return []
        header = ["step", "target", "met", "missed", "open", "share_met"]
        rows: list[list[Any]] = [
            [
                paragraph(
                    self.word(key), styles.cell_bold if index < 2 else _right(styles.cell_bold)
                )
                for index, key in enumerate(header)
            ]
        ]
        for key, outcome, target, unit in shown:
            rows.append(self.target_row(key, outcome, target, unit))
        number, wide, target = 2.5 * _CM, 2.6 * _CM, 3.9 * _CM
        first = self.width - 3 * number - wide - target
        grid = table(rows, [first, target, number, number, number, wide])
        parts: list[Any] = [
            KeepTogether([paragraph(self.word("targets"), styles.heading), grid]),
        ]
        notes = [self.word("targets_note")]
        if targets.own_targets:
            notes.append(self.word("own_targets", count=targets.own_targets))
        if found.whole_period:
            notes.append(
                self.word(
                    "whole_period",
                    first=format_day(found.first, self.language),
                    last=format_day(found.last, self.language),
                )
            )
        parts += [paragraph(note, self.note) for note in notes]
        parts += self.handling(figures)
        return parts

    def target_row(
        self, key: str, outcome: TargetFigures, target: float | None, unit: str
    ) -> list[Any]:
        styles = self.styles
        share = outcome.share_met
        return [
            paragraph(self.word(key), styles.cell),
            paragraph(
                _NO_VALUE if target is None else _amount(target, unit, self.language), styles.cell
            ),
            paragraph(self.count(outcome.met), styles.numeric),
            paragraph(self.count(outcome.missed), styles.numeric),
            paragraph(self.count(outcome.still_open), styles.numeric),
            paragraph(
                _NO_VALUE if share is None else format_share(share, self.language), styles.numeric
            ),
        ]

    def handling(self, figures: ComplianceFigures) -> list[Any]:
        from reportlab.platypus import KeepTogether

        styles, language = self.styles, self.language
        handling = figures.handling
        if not handling.resolved:
            return []

        def row(label: str, spread: Spread) -> list[Any]:
            return [
                paragraph(label, styles.cell),
                paragraph(_hours(spread.median, language), styles.numeric),
                paragraph(_hours(spread.p90, language), styles.numeric),
            ]

        rows = [
            [
                paragraph(self.word("measured_in"), styles.cell_bold),
                paragraph(self.word("median"), _right(styles.cell_bold)),
                paragraph(self.word("p90"), _right(styles.cell_bold)),
            ],
            row(self.word("business_hours"), handling.business_hours),
            row(self.word("calendar_hours"), handling.calendar_hours),
        ]
        number = 3.3 * _CM
        grid = table(rows, [self.width * 0.62 - 2 * number, number, number])
        title = self.word("handling", count=self.count(handling.resolved))
        notes = [self.word("handling_note")]
        if not self.report.compliance or not self.report.compliance.targets.hours_set:
            notes.append(self.word("no_hours"))
        return [
            KeepTogether([paragraph(title, styles.subheading), grid]),
            *(paragraph(note, self.note) for note in notes),
        ]

    def listing(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        report, styles = self.report, self.styles
        if not report.rows:
            return []
        parts: list[Any] = [
            PageBreak(),
            paragraph(self.word("listing"), styles.heading),
            paragraph(self.word("listing_note"), styles.note),
        ]
        left_out = report.total - len(report.rows)
        if left_out > 0:
            parts.append(
                paragraph(
                    self.word(
                        "capped",
                        shown=self.count(len(report.rows)),
                        total=self.count(report.total),
                        more=self.count(left_out),
                        de=_of(report.total),
                    ),
                    styles.small,
                )
            )
        parts.append(_plain_table(self.table_rows(), self.progress))
        return parts

    def table_rows(self) -> _Rows:
        """The table's header and rows as wrapped plain lines, with the rows' heights."""
        language, zone = self.language, self.report.zone
        fixed = [1.1, 2.1, 3.1, 2.8, 2.0]  # centimetres; the complaint takes the rest
        widths = [value * _CM for value in fixed]
        widths.append(self.width - sum(widths))
        room = [width - 2 * _SIDE_PADDING for width in widths]
        keys = ["number", "received_column", "customer", "category", "status", "complaint"]
        header = [
            wrap_lines(self.word(key), space, font=BOLD)
            for key, space in zip(keys, room, strict=True)
        ]
        no_category = self.word("no_category")
        # Categories and statuses repeat row after row: each is wrapped once.
        statuses = {
            status: wrap_lines(status_word(status, language), room[4]) for status in ComplaintStatus
        }
        categories: dict[str, list[str]] = {}
        cells: list[list[list[str]]] = []
        for row in self.report.rows:
            local = row.received_at.astimezone(zone)
            category = categories.get(row.category)
            if category is None:
                text = plain(row.category) or no_category
                category = wrap_lines(text, room[3], lines=_CATEGORY_LINES)
                categories[row.category] = category
            cells.append(
                [
                    [str(row.id)],
                    [_short_day(local.date(), language), f"{local.hour:02d}:{local.minute:02d}"],
                    wrap_lines(plain(row.customer_name) or _NO_VALUE, room[2]),
                    category,
                    statuses[row.status],
                    wrap_lines(plain(row.description), room[5], lines=_COMPLAINT_LINES),
                ]
            )
        return _Rows.of(header, cells, widths, right={0})


@dataclass(frozen=True, slots=True)
class _Rows:
    """A table of plain text, laid out: each cell's lines, the columns, the rows' heights.

    Attributes:
        header: the header row's cells, each a list of lines.
        cells: the rows' cells, each a list of lines.
        widths: the columns' widths in points.
        right: the columns whose lines end at the right edge (numbers).
        lines: each row's number of lines (its tallest cell's).
        ends: ``ends[i]`` is the height of rows ``0 .. i-1`` together (``ends[0]`` is 0).
    """

    header: list[list[str]]
    cells: list[list[list[str]]]
    widths: list[float]
    right: frozenset[int]
    lines: list[int]
    ends: list[float]

    @classmethod
    def of(
        cls,
        header: list[list[str]],
        cells: list[list[list[str]]],
        widths: list[float],
        *,
        right: set[int],
    ) -> _Rows:
        """The table of these cells, with each row's height worked out."""
        lines = [max(map(len, row)) for row in cells]
        ends = [0.0, *accumulate(_row_height(count) for count in lines)]
        return cls(header, cells, widths, frozenset(right), lines, ends)

    @property
    def header_height(self) -> float:
        """The header row's height."""
        return _row_height(max(map(len, self.header)))


def _row_height(lines: int) -> float:
    return lines * CELL_LEADING + 2 * _CELL_PADDING


def _right(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-right", style, alignment=2)


def _short_day(day: date, language: Language) -> str:
    language = Language(language)
    if language is Language.SWEDISH:
        return day.isoformat()
    if language is Language.ROMANIAN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_SHORT_MONTHS[language][day.month - 1]} {day.year}"


def _plain_table(rows: _Rows, progress: Progress | None) -> Any:
    """A table of plain text as one flowable that is cut into one table per page.

    Its header is drawn at the top of each page. A row taller than :data:`_TALL_ROW` (a huge
    text) runs on over the page's end; shorter rows move to the next page whole.
    """
    return _table_classes()[0](rows, 0, 0, progress)


# The look of pdf.table(), drawn here by hand: the header's tint and rule, light zebra rows.
_HEADER_TINT: Final = "#E8EEF4"
_ZEBRA_TINT: Final = "#F5F5F5"
_HEADER_RULE: Final = "#333333"
_END_RULE: Final = "#999999"

Piece = tuple[int, int, int]
"""A row on a page: its index, and its first and end line (the lines shown are first..end-1)."""


@functools.cache
def _table_classes() -> tuple[type, type]:
    # Made on first use: a Flowable subclass needs ReportLab, which the module does not load.
    from reportlab.platypus import Flowable

    class PlainTable(Flowable):
        """Rows from ``start`` on (its first ``skip`` lines already shown); splits by page."""

        def __init__(self, rows: _Rows, start: int, skip: int, progress: Progress | None) -> None:
            super().__init__()
            self.rows = rows
            self.start = start
            self.skip = skip
            self.progress = progress
            self.width = sum(rows.widths)

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            rows = self.rows
            rest = rows.ends[-1] - rows.ends[self.start] - self.skip * CELL_LEADING
            self.height = rows.header_height + rest
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            rows, start, skip = self.rows, self.start, self.skip
            count = len(rows.cells)
            room = available_height - rows.header_height
            pieces: list[Piece] = []
            first = rows.ends[start + 1] - rows.ends[start] - skip * CELL_LEADING
            if first <= room:
                # Whole rows: the last one that ends within the room (slack for rounding).
                base = rows.ends[start] + skip * CELL_LEADING
                end = min(bisect_right(rows.ends, base + room + 0.01) - 1, count)
                pieces = [(start, skip, rows.lines[start])]
                pieces += [(index, 0, rows.lines[index]) for index in range(start + 1, end)]
                room -= rows.ends[end] - base
                start, skip = end, 0
            if start < count:
                # A tall row runs on into the rest of the page, line by line.
                left = rows.lines[start] - skip
                fit = int((room - 2 * _CELL_PADDING) // CELL_LEADING)
                if _row_height(left) > _TALL_ROW and fit >= 3:
                    pieces.append((start, skip, skip + fit))
                    skip += fit
            if not pieces:
                return []  # not even a line: the next page
            self._report(start)
            page = TablePage(rows, pieces)
            if start >= count:
                return [page]
            return [page, PlainTable(rows, start, skip, self.progress)]

        def draw(self) -> None:
            rows = self.rows
            count = len(rows.cells)
            pieces = [(self.start, self.skip, rows.lines[self.start])] if self.start < count else []
            pieces += [(index, 0, rows.lines[index]) for index in range(self.start + 1, count)]
            self._report(count)
            TablePage(rows, pieces).drawOn(self.canv, 0, 0)

        def _report(self, done: int) -> None:
            if self.progress is not None:
                self.progress(done, len(self.rows.cells))

    class TablePage(Flowable):
        """One page's part of the table: the header, then the pieces of rows."""

        def __init__(self, rows: _Rows, pieces: list[Piece]) -> None:
            super().__init__()
            self.rows = rows
            self.pieces = pieces
            self.width = sum(rows.widths)
            self.height = rows.header_height + sum(
                _row_height(end - first) for _, first, end in pieces
            )

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            # One text object for the whole page: a paragraph or a table cell per line of
            # text would take seconds for a few thousand rows.
            rows, canvas = self.rows, self.canv
            below_header = self.height - rows.header_height
            canvas.saveState()
            canvas.setFillColor(_HEADER_TINT)
            canvas.rect(0, below_header, self.width, rows.header_height, stroke=0, fill=1)
            canvas.setFillColor(_ZEBRA_TINT)
            top = below_header
            tops: list[float] = []
            for index, first, end in self.pieces:
                tops.append(top)
                height = _row_height(end - first)
                if index % 2:
                    canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
                top -= height
            canvas.setStrokeColor(_HEADER_RULE)
            canvas.setLineWidth(0.8)
            canvas.line(0, below_header, self.width, below_header)
            canvas.setStrokeColor(_END_RULE)
            canvas.setLineWidth(0.4)
            canvas.line(0, 0, self.width, 0)
            canvas.setFillColorRGB(0, 0, 0)
            text = canvas.beginText()
            text.setFont(BOLD, CELL_SIZE, CELL_LEADING)
            self._row(text, rows.header, self.height, BOLD)
            text.setFont(FONT, CELL_SIZE, CELL_LEADING)
            for (index, first, end), row_top in zip(self.pieces, tops, strict=True):
                cells = [lines[first:end] for lines in rows.cells[index]]
                self._row(text, cells, row_top, FONT)
            canvas.drawText(text)
            canvas.restoreState()

        def _row(self, text: Any, cells: list[list[str]], top: float, font: str) -> None:
            baseline = top - _CELL_PADDING - CELL_SIZE
            left = 0.0
            for column, (lines, width) in enumerate(zip(cells, self.rows.widths, strict=True)):
                if column in self.rows.right:  # numbers end at the column's right edge
                    for number, line in enumerate(lines):
                        x = left + width - _SIDE_PADDING - _measure(line, font)
                        text.setTextOrigin(x, baseline - number * CELL_LEADING)
                        text.textOut(line)
                elif lines:
                    text.setTextOrigin(left + _SIDE_PADDING, baseline)
                    for line in lines:
                        text.textLine(line)
                left += width

    return PlainTable, TablePage


# ---------------------------------------------------------------------------- charts

_MONTH_SIZE: Final = (7.0, 2.7)  # inches: a low, wide chart under its heading
_LABELLED_MONTHS: Final = 24  # more bars than this carry no values (they would overlap)


def month_labels(months: Sequence[date], language: Language) -> list[str]:
    """Each month's short name, with the year under the first month and under each January."""
    names = _SHORT_MONTHS[Language(language)]
    labels = []
    for index, month in enumerate(months):
        name = names[month.month - 1]
        labels.append(f"{name}\n{month.year}" if index == 0 or month.month == 1 else f"{name}\n ")
    return labels


def months_chart(months: Sequence[MonthCount], language: Language) -> Any:
    """Complaints per month as bars in the palette's blue, each carrying its count.

    Beyond two years of months, only every few months are named and the bars carry no
    values (the axis then gives the scale).
    """
    from matplotlib.figure import Figure

    from policydesk.export.charts import ChartStyle

    style = ChartStyle.light()
    figure = Figure(figsize=_MONTH_SIZE, layout="constrained")
    figure.set_facecolor(style.background)
    axes = figure.add_subplot()
    axes.set_facecolor(style.background)
    positions = list(range(len(months)))
    counts = [month.count for month in months]
    axes.bar(positions, counts, width=0.7, color=style.emphasis, gid="month")
    largest = max(counts, default=0)
    labelled = len(months) <= _LABELLED_MONTHS
    if labelled:
        for position, count in zip(positions, counts, strict=True):
            axes.text(
                position,
                count + max(largest, 1) * 0.02,
                format_count(count, language),
                ha="center",
                va="bottom",
                fontsize="small",
                color=style.foreground,
                parse_math=False,
                gid="value",
            )
        axes.yaxis.set_visible(False)
        axes.spines["left"].set_visible(False)
    else:
        axes.grid(axis="y", color=style.foreground, alpha=0.15, linewidth=0.8)
        axes.set_axisbelow(True)
    axes.set_ylim(0, max(largest, 1) * (1.18 if labelled else 1.05))
    step = 1 if labelled else math.ceil(len(months) / _LABELLED_MONTHS)
    labels = month_labels([month.month for month in months], language)
    shown = positions[::step]
    axes.set_xticks(shown, [labels[index] for index in shown], parse_math=False, fontsize="small")
    axes.set_xlim(-0.6, max(len(months), 6) - 0.4)
    axes.tick_params(axis="x", length=0, colors=style.foreground)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(style.foreground)
    return figure


def _picture(figure: Any, width: float, share: float = 1.0) -> Any:
    from policydesk.export.pdf import chart

    return chart(figure, width, share=share)


@contextlib.contextmanager
def quiet_missing_glyphs() -> Iterator[None]:
    """Charts drawn inside: no warning for a letter the chart's font lacks (a box shows it).

    User text (a category's or a round's name) may hold any character; matplotlib warns for
    each one its font has no glyph for, which says nothing the printed box does not.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        yield
