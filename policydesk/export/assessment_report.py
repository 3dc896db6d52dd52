"""A self-assessment round as a PDF report and as a CSV file, in English, Swedish or Romanian.

:class:`RoundReport` holds everything either document shows; the assessment export service
builds it from the data file. Both writers build the whole document in memory (a report is a
few pages), write it under a temporary name in the target's folder, flush it to the disk and
rename it into place: a crash, a full disk or a cancelled write never leaves half a file under
the real name, and an existing file stays as it was until the new one is complete.

**The PDF** (ReportLab's platypus, A4): the round's label, date and respondents; the quotient
with two decimals in the language's number format, its band and what the band means; a table of
the seven areas (score, how much higher the owner rates each area than everyone else, and the
change since the previous round when one is given); the area bars (and, with a previous round,
the radar of both), the two weakest areas, and every statement's mean rating. The text is set
in the bundled DejaVu Sans, since ReportLab's standard fonts have no ș, ț or ă; every text a
user typed (labels, names, notes) is escaped before it goes into a paragraph, so ``<b>&`` in a
label prints as written.

**The CSV**: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), ``;`` between cells for
Swedish and Romanian and ``,`` for English, numbers with the language's decimal mark. A header
row, one row per statement (area, statement, mean, then one column of ratings per respondent,
headed by the respondent's name or, for an anonymous one, their role), then one row per area
(its score, and each respondent's own mean for it) and a last row with the quotient and its
band. Text cells that a spreadsheet would run as a formula get a leading ``'`` as in the
complaints export (:func:`~policydesk.export.complaints_csv.protect`).

Numbers are rounded half up from the exact fractions, so 27.125 is written 27.13 whatever the
floating-point form of it would round to.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from policydesk.domain.languages import Language
from policydesk.domain.quotient import (
    HIGHEST_RATING,
    HIGHEST_TOTAL,
    LOWEST_RATING,
    STATEMENTS,
    Area,
    Band,
    RespondentRole,
    RoundResult,
    area_means,
    round_result,
    statements_in,
)
from policydesk.domain.quotient_texts import (
    area_name,
    band_meaning,
    band_name,
    role_name,
    scale_label,
    statement_text,
)
from policydesk.export.complaints_csv import decimal_mark, protect, separator_for

# ---------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class ReportRespondent:
    """Somebody who rated the statements, as the report names them.

    Attributes:
        name: their name, or '' for somebody who answered anonymously (shown by role only).
        role: owner, manager or staff.
        ratings: their ratings by statement code (the CSV's columns).
    """

    name: str
    role: RespondentRole
    ratings: Mapping[str, int] = field(default_factory=dict)

    @property
    def anonymous(self) -> bool:
        """Whether the respondent is shown by role only."""
        return not self.name


@dataclass(frozen=True, slots=True)
class ComparedRound:
    """The round a report compares with (normally the one before it).

    Attributes:
        label: its label, such as "2025".
        held_on: when it was held.
        statement_set_version: the version of the statements it used.
        result: its means and score.
    """

    label: str
    held_on: date
    statement_set_version: int
    result: RoundResult


@dataclass(frozen=True, slots=True)
class RoundReport:
    """Everything the PDF report and the CSV file of one round show.

    Attributes:
        label: the round's label, such as "2026" (any text a user typed).
        held_on: the day the round was held.
        statement_set_version: the version of the statements the round used.
        respondents: who rated, in the order they answered.
        result: each statement's mean over the respondents and, once every statement has a
            rating, the quotient.
        spread: per area, how much higher the owner rates it than everyone else does (None
            where either side has no ratings).
        previous: the round to compare with, if any.
        business_name: the business the report is about ('' leaves it out).
        note: the round's note ('' leaves it out).
        closed: whether the round is closed (an open round's figures may still change).
    """

    label: str
    held_on: date
    statement_set_version: int
    respondents: tuple[ReportRespondent, ...]
    result: RoundResult
    spread: tuple[Fraction | None, ...]
    previous: ComparedRound | None = None
    business_name: str = ""
    note: str = ""
    closed: bool = True


# ---------------------------------------------------------------------------- words

_WORDS: dict[str, tuple[str, str, str]] = {
    "title": (
        "Customer-service quotient",
        "Kundservicekvot",
        "Coeficientul serviciului pentru clienți",
    ),
    "round": ("Round {label}", "Omgång {label}", "Runda {label}"),
    "held_on": ("Held on {day}", "Genomförd {day}", "Desfășurată pe {day}"),
    "version": (
        "statement set version {version}",
        "påståendenas version {version}",
        "versiunea afirmațiilor {version}",
    ),
    "open": (
        "This round is still open: its figures may change.",
        "Omgången är fortfarande öppen: siffrorna kan ändras.",
        "Runda este încă deschisă: cifrele se pot schimba.",
    ),
    "respondents": ("Respondents ({count})", "Svarande ({count})", "Respondenți ({count})"),
    "anonymous": ("anonymous", "anonym", "anonim"),
    "note": ("Note", "Anteckning", "Notă"),
    "quotient": ("Quotient", "Kvot", "Coeficient"),
    "of_total": ("{value} of {total}", "{value} av {total}", "{value} din {total}"),
    "change_since": (
        "Change since {label}: {change}",
        "Förändring sedan {label}: {change}",
        "Schimbare față de {label}: {change}",
    ),
    "not_scored": (
        "Not scored yet: {count} statement(s) have no rating.",
        "Ännu inte beräknad: {count} påstående(n) saknar bedömning.",
        "Încă necalculat: {count} afirmație(i) nu au nicio notă.",
    ),
    "other_version": (
        "{label} used another version of the statements: compare with care.",
        "{label} använde en annan version av påståendena: jämför med försiktighet.",
        "{label} a folosit altă versiune a afirmațiilor: comparați cu grijă.",
    ),
    "areas": ("The seven areas", "De sju områdena", "Cele șapte domenii"),
    "area": ("Area", "Område", "Domeniu"),
    "score": ("Score", "Poäng", "Scor"),
    "spread": ("Owner vs. others", "Ägare mot övriga", "Proprietar față de ceilalți"),
    "change": ("Since {label}", "Sedan {label}", "Față de {label}"),
    "spread_note": (
        "Owner vs. others: how much higher the owner rates an area than everyone else does "
        "on average (below zero: lower).",
        "Ägare mot övriga: hur mycket högre ägaren bedömer ett område än övriga gör i "
        "genomsnitt (under noll: lägre).",
        "Proprietar față de ceilalți: cu cât mai sus notează proprietarul un domeniu decât "
        "ceilalți, în medie (sub zero: mai jos).",
    ),
    "bars": ("Score per area", "Poäng per område", "Scorul pe domenii"),
    "radar": ("{before} and {after}", "{before} och {after}", "{before} și {after}"),
    "weakest": (
        "Where to improve first",
        "Det här bör förbättras först",
        "Ce trebuie îmbunătățit mai întâi",
    ),
    "weakest_text": (
        "The two weakest areas are {first} and {second}.",
        "De två svagaste områdena är {first} och {second}.",
        "Cele mai slabe două domenii sunt {first} și {second}.",
    ),
    "statements": ("Statements", "Påståenden", "Afirmații"),
    "statement": ("Statement", "Påstående", "Afirmație"),
    "mean": ("Mean", "Medel", "Media"),
    "scale": ("Scale", "Skala", "Scala"),
    "page": ("Page {page}", "Sida {page}", "Pagina {page}"),
}

_MONTHS = {
    Language.ENGLISH: (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    Language.SWEDISH: (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    Language.ROMANIAN: (
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie",
        "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie",
    ),
}  # fmt: skip

_MINUS = "\u2212"  # a real minus sign in print; the CSV keeps "-" so spreadsheets read numbers


def _word(key: str, language: Language, **values: object) -> str:
    text = _WORDS[key][list(Language).index(Language(language))]
    return text.format(**values) if values else text


def format_day(day: date, language: Language) -> str:
    """A date as the language writes it in running text: "9 March 2026", "9 mars 2026"."""
    return f"{day.day} {_MONTHS[Language(language)][day.month - 1]} {day.year}"


def format_number(
    value: Fraction | int | float,
    language: Language,
    *,
    decimals: int = 2,
    signed: bool = False,
    minus: str = "-",
) -> str:
    """A number with ``decimals`` decimals (half up) and the language's decimal mark.

    Args:
        value: the number; a Fraction is rounded exactly.
        language: decides the decimal mark (``,`` for Swedish and Romanian).
        decimals: how many decimals to show.
        signed: put ``+`` before a positive number (a change).
        minus: the sign of a negative number (the PDF uses a real minus sign).
    """
    exact = Fraction(value)
    scale = 10**decimals
    units = int(abs(exact) * scale + Fraction(1, 2))  # half up, on the exact value
    whole, part = divmod(units, scale)
    text = str(whole) if not decimals else f"{whole}{decimal_mark(language)}{part:0{decimals}d}"
    if units and exact < 0:
        return minus + text
    if units and signed:
        return "+" + text
    return text


def respondent_labels(respondents: Sequence[ReportRespondent], language: Language) -> list[str]:
    """What to call each respondent: the name, or the role for an anonymous one.

    Labels that would repeat (two anonymous staff, two people of the same name) get a number,
    "Staff member (2)", so each CSV column has its own heading.
    """
    labels = [person.name or role_name(person.role, language) for person in respondents]
    counts = Counter(labels)
    seen: Counter[str] = Counter()
    unique: list[str] = []
    for label in labels:
        seen[label] += 1
        unique.append(f"{label} ({seen[label]})" if counts[label] > 1 else label)
    return unique


# ---------------------------------------------------------------------------- CSV


def write_round_csv(path: Path, report: RoundReport, language: Language) -> None:
    """Write the round as a CSV file (see the module doc), replacing ``path`` atomically.

    Raises:
        OSError: the file could not be written (the folder is missing or read-only, the disk
            is full); ``path`` is then as it was before.
    """
    _write_atomically(path, round_csv_text(report, language).encode("utf-8-sig"))


def round_csv_text(report: RoundReport, language: Language) -> str:
    """The CSV file's text (without the byte-order mark, which the encoding adds)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator_for(language), lineterminator="\r\n")
    people = report.respondents
    means = report.result.means
    writer.writerow(
        [
            protect(text)
            for text in (
                _word("area", language),
                _word("statement", language),
                _word("mean", language),
                *respondent_labels(people, language),
            )
        ]
    )

    def number(value: Fraction | None) -> str:
        return "" if value is None else format_number(value, language)

    for statement in STATEMENTS:
        code = statement.code
        writer.writerow(
            [
                protect(area_name(statement.area, language)),
                protect(statement_text(code, language)),
                number(means.get(code)),
                *(str(person.ratings.get(code, "")) for person in people),
            ]
        )
    own_areas = [area_means([person.ratings]) for person in people]
    scored = report.result.result
    for index, area in enumerate(Area):
        writer.writerow(
            [
                protect(area_name(area, language)),
                "",
                number(scored.areas[index] if scored else _area_mean(means, area)),
                *(number(areas[index]) for areas in own_areas),
            ]
        )
    own_totals = [round_result([person.ratings]).result for person in people]
    writer.writerow(
        [
            protect(_word("quotient", language)),
            protect(band_name(scored.band, language)) if scored else "",
            number(scored.total if scored else None),
            *(number(total.total if total else None) for total in own_totals),
        ]
    )
    return buffer.getvalue()


def _area_mean(means: Mapping[str, Fraction], area: Area) -> Fraction | None:
    rated = [means[s.code] for s in statements_in(area) if s.code in means]
    return sum(rated, Fraction(0)) / len(rated) if rated else None


# ---------------------------------------------------------------------------- PDF

_FONT = "PolicyDeskSans"
_BAND_TINTS = {Band.ASSET: "#d7efe6", Band.ADEQUATE: "#fbedcf", Band.AT_RISK: "#f8dccb"}
_RULE = "#9a9a9a"
_HEADER_TINT = "#e8eef4"
_AREA_TINT = "#f3f3f3"


def write_round_pdf(path: Path, report: RoundReport, language: Language) -> None:
    """Write the round's PDF report (see the module doc), replacing ``path`` atomically.

    Raises:
        OSError: the file could not be written (the folder is missing or read-only, the disk
            is full); ``path`` is then as it was before.
    """
    _write_atomically(path, round_pdf_bytes(report, language))


def round_pdf_bytes(report: RoundReport, language: Language) -> bytes:
    """The PDF report as bytes."""
    # Imported here: ReportLab and matplotlib take a while to load, and only documents need them.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import SimpleDocTemplate

    language = Language(language)
    _register_fonts()
    buffer = io.BytesIO()
    title = f"{_word('title', language)}: {report.label}"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=title,
        author=report.business_name or "PolicyDesk",
        creator="PolicyDesk",
        lang={"en": "en-GB", "sv": "sv-SE", "ro": "ro-RO"}[language.value],
    )

    def footer(canvas: Any, doc: Any) -> None:
        page = _word("page", language, page=doc.page)
        canvas.saveState()
        canvas.setFont(_FONT, 8)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        room = doc.width - stringWidth(page, _FONT, 8) - 0.8 * cm
        canvas.drawString(doc.leftMargin, 1.1 * cm, _fitted(title, room, 8))
        canvas.drawRightString(A4[0] - doc.rightMargin, 1.1 * cm, page)
        canvas.restoreState()

    story = _Story(report, language, document.width).build()
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _fitted(text: str, width: float, size: float) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` points in the report's font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, _FONT, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "\u2026", _FONT, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "\u2026"


@cache
def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from policydesk.resources import resource_path

    faces: dict[str, tuple[str, Literal[0, 1], Literal[0, 1]]] = {
        _FONT: ("DejaVuSans.ttf", 0, 0),
        f"{_FONT}-Bold": ("DejaVuSans-Bold.ttf", 1, 0),
        f"{_FONT}-Oblique": ("DejaVuSans-Oblique.ttf", 0, 1),
        f"{_FONT}-BoldOblique": ("DejaVuSans-BoldOblique.ttf", 1, 1),
    }
    for name, (file_name, bold, italic) in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # So that <b> and <i> in a paragraph pick the right face of the family.
        addMapping(_FONT, bold, italic, name)


class _Story:
    """Builds the report's flowables, top to bottom."""

    def __init__(self, report: RoundReport, language: Language, width: float) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        self.report = report
        self.language = language
        self.width = width
        base = ParagraphStyle("body", fontName=_FONT, fontSize=9.5, leading=12.5)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11)
        self.note = ParagraphStyle(
            "note", base, fontSize=8, leading=10, textColor=HexColor("#555555"), spaceBefore=3
        )
        self.title = ParagraphStyle(
            "title", base, fontName=f"{_FONT}-Bold", fontSize=18, leading=22, spaceAfter=4
        )
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=f"{_FONT}-Bold",
            fontSize=12,
            leading=15,
            spaceBefore=12,
            spaceAfter=5,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.numeric = ParagraphStyle("numeric", self.cell, alignment=2)  # right-aligned
        self.numeric_bold = ParagraphStyle("numeric_bold", self.numeric, fontName=f"{_FONT}-Bold")
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=f"{_FONT}-Bold")
        self.big = ParagraphStyle(
            "big", base, fontName=f"{_FONT}-Bold", fontSize=22, leading=27, spaceAfter=2
        )

    # ------------------------------------------------------------------ helpers

    def word(self, key: str, **values: object) -> str:
        """A fixed word of the report, escaped (the values filled in may be user text)."""
        return escape(_word(key, self.language, **{k: str(v) for k, v in values.items()}))

    def number(self, value: Fraction | None, *, signed: bool = False) -> str:
        """A number as the report prints it ('' for none)."""
        if value is None:
            return "\u2013"
        return format_number(value, self.language, signed=signed, minus=_MINUS)

    def paragraph(self, text: str, style: Any = None) -> Any:
        """A paragraph of text that is already escaped (it may carry <b> markup)."""
        from reportlab.platypus import Paragraph

        return Paragraph(text, style or self.body)

    # ------------------------------------------------------------------ parts

    def build(self) -> list[Any]:
        """The whole report."""
        from reportlab.platypus import KeepTogether, Spacer

        story: list[Any] = [*self.header(), Spacer(1, 8), self.quotient_box()]
        story += self.areas()
        weakest = self.weakest()
        if weakest:
            story.append(KeepTogether(weakest))
        story += self.charts()
        story += self.statements()
        return story

    def header(self) -> list[Any]:
        report, language = self.report, self.language
        parts = [self.paragraph(f"{self.word('title')}: {escape(report.label)}", self.title)]
        facts = [
            self.word("held_on", day=format_day(report.held_on, language)),
            self.word("version", version=report.statement_set_version),
        ]
        if report.business_name:
            facts.insert(0, f"<b>{escape(report.business_name)}</b>")
        parts.append(self.paragraph(" \u00b7 ".join(facts)))
        if not report.closed:
            parts.append(self.paragraph(f"<i>{self.word('open')}</i>", self.small))
        # An anonymous respondent's label is already their role.
        people = [
            escape(label)
            + " ("
            + (
                self.word("anonymous")
                if person.anonymous
                else escape(role_name(person.role, language))
            )
            + ")"
            for label, person in zip(
                respondent_labels(report.respondents, language), report.respondents, strict=True
            )
        ]
        parts.append(
            self.paragraph(
                f"<b>{self.word('respondents', count=len(people))}:</b> " + ", ".join(people),
                self.small,
            )
        )
        if report.note:
            note = escape(report.note).replace("\n", "<br/>")
            parts.append(self.paragraph(f"<b>{self.word('note')}:</b> {note}", self.small))
        return parts

    def quotient_box(self) -> Any:
        from reportlab.platypus import Table, TableStyle

        report, language = self.report, self.language
        scored = report.result.result
        if scored is None:
            missing = len(STATEMENTS) - len(report.result.means)
            content = [[self.paragraph(self.word("not_scored", count=missing))]]
            tint = _AREA_TINT
        else:
            value = self.word("of_total", value=self.number(scored.total), total=int(HIGHEST_TOTAL))
            lines = [
                self.paragraph(f"{self.word('quotient')}: {value}", self.big),
                self.paragraph(
                    f"<b>{escape(band_name(scored.band, language))}.</b> "
                    f"{escape(band_meaning(scored.band, language))}"
                ),
            ]
            previous = report.previous
            if previous is not None and previous.result.result is not None:
                change = scored.total - previous.result.result.total
                lines.append(
                    self.paragraph(
                        self.word(
                            "change_since",
                            label=previous.label,
                            change=self.number(change, signed=True),
                        )
                    )
                )
            content = [[lines]]
            tint = _BAND_TINTS[scored.band]
        box = Table(content, colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), tint),
                    ("BOX", (0, 0), (-1, -1), 0.6, _RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        return box

    def _previous_scored(self) -> ComparedRound | None:
        previous = self.report.previous
        if previous is None or previous.result.result is None:
            return None
        return previous

    def areas(self) -> list[Any]:
        from reportlab.platypus import Table

        report, language = self.report, self.language
        scored = report.result.result
        previous = self._previous_scored()
        header = [self.word("area"), self.word("score"), self.word("spread")]
        if previous is not None and scored is not None:
            header.append(self.word("change", label=previous.label))
        rows: list[list[Any]] = [[self.paragraph(text, self.cell_bold) for text in header]]
        weakest = set(scored.weakest(2)) if scored else set()
        for index, area in enumerate(Area):
            score = scored.areas[index] if scored else _area_mean(report.result.means, area)
            style = self.cell_bold if area in weakest else self.cell
            numbers = [self.number(score), self.number(report.spread[index], signed=True)]
            if previous is not None and previous.result.result is not None and scored:
                change = scored.areas[index] - previous.result.result.areas[index]
                numbers.append(self.number(change, signed=True))
            rows.append(
                [
                    self.paragraph(escape(area_name(area, language)), style),
                    *(
                        self.paragraph(text, self.numeric_bold if area in weakest else self.numeric)
                        for text in numbers
                    ),
                ]
            )
        extra = len(header) - 1
        name_width = self.width - extra * 3.1 * 28.35
        table = Table(rows, colWidths=[name_width] + [3.1 * 28.35] * extra, repeatRows=1)
        table.setStyle(self.table_style())
        parts: list[Any] = [self.paragraph(self.word("areas"), self.heading), table]
        if previous is not None and previous.statement_set_version != report.statement_set_version:
            parts.append(
                self.paragraph(
                    f"<i>{self.word('other_version', label=previous.label)}</i>", self.note
                )
            )
        parts.append(self.paragraph(self.word("spread_note"), self.note))
        return parts

    def table_style(self) -> Any:
        from reportlab.platypus import TableStyle

        return TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, _RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#d0d0d0"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )

    def charts(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        from policydesk.export.charts import ChartStyle, area_bars_chart, radar_chart

        report, language = self.report, self.language
        names = [area_name(area, language) for area in Area]
        scored = report.result.result
        if scored is None:
            return []
        series: list[tuple[str, Sequence[float]]] = []
        previous = self._previous_scored()
        if previous is not None and previous.result.result is not None:
            series.append((previous.label, [float(x) for x in previous.result.result.areas]))
        series.append((report.label, [float(x) for x in scored.areas]))
        style = ChartStyle.light()

        def two(value: float) -> str:
            return format_number(Fraction(value).limit_denominator(10_000), language)

        bars = self.image(area_bars_chart(names, series, style, format_value=two))
        parts: list[Any] = [KeepTogether([self.paragraph(self.word("bars"), self.heading), bars])]
        if previous is not None:
            title = _word("radar", language, before=previous.label, after=report.label)
            parts.append(self.image(radar_chart(names, series, style, title=title), share=0.8))
        return parts

    def image(self, figure: Any, share: float = 1.0) -> Any:
        """A matplotlib figure as a picture ``share`` of the text's width (PNG, in memory)."""
        from reportlab.platypus import Image

        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=150, facecolor=figure.get_facecolor())
        buffer.seek(0)
        inches_wide, inches_high = figure.get_size_inches()
        width = self.width * share
        return Image(buffer, width=width, height=width * inches_high / inches_wide)

    def weakest(self) -> list[Any]:
        report, language = self.report, self.language
        scored = report.result.result
        if scored is None:
            return []
        first, second = scored.weakest(2)

        def named(area: Area) -> str:
            name = escape(area_name(area, language))
            return f"<b>{name}</b> ({self.number(scored.area(area))})"

        return [
            self.paragraph(self.word("weakest"), self.heading),
            self.paragraph(
                escape(_word("weakest_text", language, first="\x00", second="\x01"))
                .replace("\x00", named(first))
                .replace("\x01", named(second))
            ),
        ]

    def statements(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        report, language = self.report, self.language
        means = report.result.means
        previous = self._previous_scored()
        header = [self.word("statement"), self.word("mean")]
        if previous is not None:
            header.append(self.word("change", label=previous.label))
        extra = len(header) - 1
        column = 2.3 * 28.35
        widths = [self.width - extra * column] + [column] * extra
        scale = ", ".join(
            f"{rating} = {escape(scale_label(rating, language))}"
            for rating in range(LOWEST_RATING, HIGHEST_RATING + 1)
        )
        parts: list[Any] = []
        head = Table([[self.paragraph(text, self.cell_bold) for text in header]], colWidths=widths)
        head.setStyle(self.table_style())
        for index, area in enumerate(Area):
            # One small table per area, kept on one page: an area's name never ends a page.
            rows: list[list[Any]] = [
                [self.paragraph(escape(area_name(area, language)), self.cell_bold)] + [""] * extra
            ]
            for statement in statements_in(area):
                mean = means.get(statement.code)
                cells = [
                    self.paragraph(escape(statement_text(statement.code, language)), self.cell),
                    self.paragraph(self.number(mean), self.numeric),
                ]
                if previous is not None:
                    before = previous.result.means.get(statement.code)
                    change = None if mean is None or before is None else mean - before
                    cells.append(self.paragraph(self.number(change, signed=True), self.numeric))
                rows.append(cells)
            table = Table(rows, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), _AREA_TINT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#d0d0d0"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            if index == 0:  # the heading never ends a page either
                heading = self.paragraph(self.word("statements"), self.heading)
                note = self.paragraph(f"{self.word('scale')}: {scale}.", self.note)
                parts.append(KeepTogether([heading, note, head, table]))
            else:
                parts.append(KeepTogether([table]))
        return parts


# ---------------------------------------------------------------------------- writing


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file, flushed, renamed into place."""
    target = path.absolute()
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    # O_EXCL: never write through somebody else's file or link; 0o666 leaves the rest to umask.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename durable; NTFS journals renames itself and cannot open folders.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
