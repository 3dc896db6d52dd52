"""A self-assessment round as a PDF report and as a CSV file, in English, Swedish or Romanian.

:class:`RoundReport` holds everything either document shows; the assessment export service
builds it from the data file. Both writers build the whole document in memory (a report is a
few pages), write it under a temporary name in the target's folder, flush it to the disk and
rename it into place: a crash, a full disk or a cancelled write never leaves half a file under
the real name, and an existing file stays as it was until the new one is complete.

**The PDF** is laid out in the house's frame (:mod:`policydesk.export.pdf`: the bundled DejaVu
Sans embedded, the business and the title on top of every page, "page X of Y" at the bottom,
the PDF's metadata, A4 or US Letter): the round's label, date and respondents; the quotient
with two decimals in the language's number format, its band and what the band means (or that
nobody has answered yet); a table of the seven areas with the change since the previous round;
the two weakest areas; the area bars and the radar, with the previous round beside this one;
the quotient year by year over the rounds up to this one, on the three bands; how the owner and
the staff rate each area and how far the respondents' own scores lie apart; and every
statement's mean rating. The charts are pictures at 300 dpi in the Okabe–Ito colours. Every
text a user typed (labels, names, notes) is escaped, so ``<b>&`` in a label prints as written.

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

import csv
import io
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any
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
from policydesk.export.complaint_report import quiet_missing_glyphs
from policydesk.export.complaints_csv import decimal_mark, protect, separator_for
from policydesk.export.pdf import BOLD, FONT, chart, format_day, marked, paragraph, safe, table

if TYPE_CHECKING:
    from policydesk.export.pdf import PaperSize, Styles

__all__ = [
    "ComparedRound",
    "ReportRespondent",
    "RoundReport",
    "format_day",
    "format_number",
    "report_title",
    "respondent_labels",
    "round_csv_text",
    "round_pdf_bytes",
    "write_round_csv",
    "write_round_pdf",
]

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
    "change": ("Since {label}", "Sedan {label}", "Față de {label}"),
    "bars": ("Score per area", "Poäng per område", "Scorul pe domenii"),
    "radar": ("{before} and {after}", "{before} och {after}", "{before} și {after}"),
    "radar_alone": ("The areas in {label}", "Områdena {label}", "Domeniile în {label}"),
    "subject": (
        "Self-assessment of the customer service, round {label}",
        "Självskattning av kundservicen, omgång {label}",
        "Autoevaluarea serviciului pentru clienți, runda {label}",
    ),
    "no_answers": (
        "No answers yet: nobody has rated the statements of this round.",
        "Inga svar än: ingen har bedömt påståendena i den här omgången.",
        "Încă nu există răspunsuri: nimeni nu a notat afirmațiile din această rundă.",
    ),
    "history": (
        "The quotient year by year",
        "Kvoten år för år",
        "Coeficientul de la an la an",
    ),
    "history_note": (
        "The rounds up to this one. The shaded bands: below 21 at risk, 21 to 28 adequate, "
        "28 and above an asset.",
        "Omgångarna fram till den här. De skuggade fälten: under 21 i riskzonen, 21 till 28 "
        "godtagbart, 28 och uppåt en tillgång.",
        "Rundele de până la aceasta inclusiv. Benzile colorate: sub 21 în pericol, de la 21 la "
        "28 acceptabil, de la 28 în sus un atu.",
    ),
    "spread_heading": (
        "How the owner and the staff see it",
        "Så ser ägaren och personalen det",
        "Cum văd lucrurile proprietarul și personalul",
    ),
    "owner": ("Owner", "Ägare", "Proprietar"),
    "staff": ("Staff", "Personal", "Personal"),
    "difference": ("Difference", "Skillnad", "Diferență"),
    "range": ("Lowest–highest", "Lägst–högst", "Minim–maxim"),
    "spread_note": (
        "Difference: how much higher (+) or lower (−) the owner rated an area than the "
        "staff did. Where you see an area differently (bold: half a point or more), talk it "
        "over together. Lowest–highest: the lowest and the highest of the respondents' own "
        "scores for the area.",
        "Skillnad: hur mycket högre (+) eller lägre (−) ägaren bedömde ett område än "
        "personalen. Där ni ser olika på ett område (fetstil: en halv poäng eller mer), prata "
        "igenom det tillsammans. Lägst–högst: den lägsta och den högsta av de svarandes egna "
        "poäng för området.",
        "Diferență: cu cât mai sus (+) sau mai jos (−) a notat proprietarul un domeniu "
        "decât personalul. Acolo unde vedeți un domeniu diferit (îngroșat: o jumătate de punct "
        "sau mai mult), discutați împreună. Minim–maxim: cel mai mic și cel mai mare dintre "
        "scorurile proprii ale respondenților pentru domeniul respectiv.",
    ),
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
}

_MINUS = "\u2212"  # a real minus sign in print; the CSV keeps "-" so spreadsheets read numbers


def _word(key: str, language: Language, **values: object) -> str:
    text = _WORDS[key][list(Language).index(Language(language))]
    return text.format(**values) if values else text


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
    from policydesk.export.pdf import write_atomically

    write_atomically(path, round_csv_text(report, language).encode("utf-8-sig"))


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

_BAND_TINTS = {Band.ASSET: "#d7efe6", Band.ADEQUATE: "#fbedcf", Band.AT_RISK: "#f8dccb"}
_RULE = "#9a9a9a"
_AREA_TINT = "#f3f3f3"
_CM = 28.3465  # points
_SHORT_LABEL = 24  # a round's label in a table heading, a box or a chart legend
_LONGEST_LABEL = 100  # the longest label a round may have; a longer one is not in the title
_PIECE = 1500  # characters: user text longer than this is printed as several paragraphs
_WIDE_SPREAD = Fraction(1, 2)  # owner and staff this far apart on an area: talk it over


def report_title(report: RoundReport, language: Language) -> str:
    """The report's title: "Customer-service quotient: 2026", in ``language``.

    A label longer than a round's label may be (a damaged file) is cut with an ellipsis; the
    report prints it whole below its title.
    """
    return f"{_word('title', language)}: {_short(report.label, _LONGEST_LABEL)}"


def write_round_pdf(
    path: Path,
    report: RoundReport,
    language: Language,
    *,
    history: Sequence[tuple[str, Fraction]] = (),
    paper: PaperSize | None = None,
) -> None:
    """Write the round's PDF report (see the module doc), replacing ``path`` atomically.

    ``history`` and ``paper`` are as for :func:`round_pdf_bytes`.

    Raises:
        OSError: the file could not be written (the folder is missing or read-only, the disk
            is full); ``path`` is then as it was before.
    """
    from policydesk.export.pdf import write_atomically

    write_atomically(path, round_pdf_bytes(report, language, history=history, paper=paper))


def round_pdf_bytes(
    report: RoundReport,
    language: Language,
    *,
    history: Sequence[tuple[str, Fraction]] = (),
    business: str | None = None,
    paper: PaperSize | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The PDF report as bytes, in the house's frame (:mod:`policydesk.export.pdf`).

    Args:
        report: the round.
        language: the report's language.
        history: ``(label, quotient)`` of the scored rounds up to this one, oldest first, for
            the year-over-year chart (drawn from two rounds on).
        business: the business's name for the header and the metadata; the report's own
            when None.
        paper: A4 (the default) or US Letter.
        progress: told ``(parts done, parts in all)`` as the charts and tables are made; it
            may raise to stop the build (the exception comes out of this call).
    """
    from policydesk.export.pdf import DocumentInfo, PaperSize, build_pdf

    language = Language(language)
    info = DocumentInfo(
        title=report_title(report, language),
        business=report.business_name if business is None else business,
        language=language,
        subject=_word("subject", language, label=report.label),
        paper=paper or PaperSize.A4,
        keywords=("PolicyDesk", _word("title", language)),
    )

    def story(styles: Styles, width: float) -> list[Any]:
        return _Story(
            report, language, styles, width, history=tuple(history), progress=progress
        ).build()

    return build_pdf(info, story)


def _short(label: str, limit: int = _SHORT_LABEL) -> str:
    """A round's label where room is short (a table heading, the quotient box, a chart)."""
    text = " ".join(label.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


class _Story:
    """Builds the report's flowables, top to bottom."""

    def __init__(
        self,
        report: RoundReport,
        language: Language,
        styles: Styles,
        width: float,
        *,
        history: tuple[tuple[str, Fraction], ...] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.report = report
        self.language = language
        self.width = width
        self.history = history
        self.progress = progress
        self.styles = styles
        self.body = styles.body
        self.small = styles.small
        self.note = ParagraphStyle("assessment-note", styles.note, spaceBefore=3)
        self.heading = styles.heading
        self.cell = styles.cell
        self.cell_bold = styles.cell_bold
        self.numeric = styles.numeric
        self.numeric_bold = ParagraphStyle("numeric_bold", styles.numeric, fontName=BOLD)
        self.big = styles.big

    # ------------------------------------------------------------------ helpers

    def word(self, key: str, **values: object) -> str:
        """A fixed word of the report, escaped (the values filled in may be user text)."""
        return escape(_word(key, self.language, **{k: str(v) for k, v in values.items()}))

    def number(self, value: Fraction | None, *, signed: bool = False) -> str:
        """A number as the report prints it (a dash for none)."""
        if value is None:
            return "\u2013"
        return format_number(value, self.language, signed=signed, minus=_MINUS)

    def paragraph(self, text: str, style: Any = None) -> Any:
        """A paragraph of the report's own markup (any user text in it is already escaped)."""
        return marked(text, style or self.body)

    def _previous_scored(self) -> ComparedRound | None:
        previous = self.report.previous
        if previous is None or previous.result.result is None:
            return None
        return previous

    # ------------------------------------------------------------------ parts

    def build(self) -> list[Any]:
        """The whole report."""
        from reportlab.platypus import KeepTogether, Spacer

        story: list[Any] = [*self.header(), Spacer(1, 8), self.quotient_box()]
        if not self.report.respondents:
            story += self.history_chart()
            return story
        story += self.areas()
        weakest = self.weakest()
        if weakest:
            story.append(KeepTogether(weakest))
        # The charts take most of the time: progress (and Cancel) between them.
        parts = (self.charts, self.history_chart, self.spread, self.statements)
        for done, part in enumerate(parts):
            self.step(done, len(parts))
            story += part()
        self.step(len(parts), len(parts))
        return story

    def step(self, done: int, total: int) -> None:
        """Tell the caller how far the report has come (it may stop the build by raising)."""
        if self.progress is not None:
            self.progress(done, total)

    def header(self) -> list[Any]:
        report, language = self.report, self.language
        parts = [self.paragraph(safe(report_title(report, language)), self.styles.title)]
        if len(report.label) > _LONGEST_LABEL:  # in full, but in small type
            parts += self.flowing(report.label, self.small)
        facts = [
            self.word("held_on", day=format_day(report.held_on, language)),
            self.word("version", version=report.statement_set_version),
        ]
        parts.append(self.paragraph(" \u00b7 ".join(facts), self.styles.subtitle))
        if not report.closed:
            parts.append(self.paragraph(f"<i>{self.word('open')}</i>", self.small))
        # An anonymous respondent's label is already their role.
        people = [  # plain text: escaped where it goes into a paragraph
            f"{label} ({_role(person, language)})"
            for label, person in zip(
                respondent_labels(report.respondents, language), report.respondents, strict=True
            )
        ]
        if people:
            heading = f"<b>{self.word('respondents', count=len(people))}:</b>"
            if sum(map(len, people)) <= _PIECE:
                people_markup = ", ".join(safe(person) for person in people)
                parts.append(self.paragraph(f"{heading} {people_markup}", self.small))
            else:  # names far longer than names are: one after the other
                parts.append(self.paragraph(heading, self.small))
                for person in people:
                    parts += self.flowing(person, self.small)
        if len(report.note) <= _PIECE and report.note.strip():
            parts.append(
                self.paragraph(f"<b>{self.word('note')}:</b> {safe(report.note)}", self.small)
            )
        elif report.note.strip():
            parts.append(self.paragraph(f"<b>{self.word('note')}:</b>", self.small))
            parts += self.flowing(report.note, self.small)
        return parts

    def flowing(self, text: str, style: Any) -> list[Any]:
        """User text as paragraphs of at most :data:`_PIECE` characters, one after the other.

        ReportLab lays a paragraph that runs over a page's end out again from the start of
        what is left, on every page; cut in pieces, a huge text takes a second, not minutes.
        """
        from reportlab.lib.styles import ParagraphStyle

        pieces = _pieces(text)
        tight = ParagraphStyle(f"{style.name}-tight", style, spaceAfter=0)
        return [
            paragraph(piece, style if index == len(pieces) - 1 else tight)
            for index, piece in enumerate(pieces)
        ]

    def quotient_box(self) -> Any:
        from reportlab.platypus import Table, TableStyle

        report = self.report
        scored = report.result.result
        content: list[list[Any]]
        if not report.respondents:
            content = [[self.paragraph(self.word("no_answers"))]]
            tint = _AREA_TINT
        elif scored is None:
            missing = len(STATEMENTS) - len(report.result.means)
            content = [[self.paragraph(self.word("not_scored", count=missing))]]
            tint = _AREA_TINT
        else:
            value = self.word("of_total", value=self.number(scored.total), total=int(HIGHEST_TOTAL))
            lines = [
                self.paragraph(f"{self.word('quotient')}: {value}", self.big),
                self.paragraph(
                    f"<b>{escape(band_name(scored.band, self.language))}.</b> "
                    f"{escape(band_meaning(scored.band, self.language))}"
                ),
            ]
            previous = self._previous_scored()
            if previous is not None and previous.result.result is not None:
                change = scored.total - previous.result.result.total
                lines.append(
                    self.paragraph(
                        self.word(
                            "change_since",
                            label=_short(previous.label),
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
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
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

    def areas(self) -> list[Any]:
        report, language = self.report, self.language
        scored = report.result.result
        previous = self._previous_scored()
        compared = previous is not None and previous.result.result is not None and scored
        header = [self.word("area"), self.word("score")]
        if compared and previous is not None:
            header.append(self.word("change", label=_short(previous.label)))
        rows: list[list[Any]] = [
            [
                self.paragraph(text, self.cell_bold if index == 0 else _right(self.cell_bold))
                for index, text in enumerate(header)
            ]
        ]
        weakest = set(scored.weakest(2)) if scored else set()
        for index, area in enumerate(Area):
            score = scored.areas[index] if scored else _area_mean(report.result.means, area)
            style = self.cell_bold if area in weakest else self.cell
            numbers = [self.number(score)]
            if compared and previous is not None and previous.result.result is not None:
                assert scored is not None
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
        column = 3.4 * _CM
        grid = table(rows, [self.width - extra * column - 4 * _CM] + [column] * extra)
        parts: list[Any] = [self.paragraph(self.word("areas"), self.heading), grid]
        if previous is not None and previous.statement_set_version != report.statement_set_version:
            parts.append(
                self.paragraph(
                    f"<i>{self.word('other_version', label=previous.label)}</i>", self.note
                )
            )
        return parts

    def weakest(self) -> list[Any]:
        scored = self.report.result.result
        if scored is None:
            return []
        first, second = scored.weakest(2)

        def named(area: Area) -> str:
            name = escape(area_name(area, self.language))
            return f"<b>{name}</b> ({self.number(scored.area(area))})"

        return [
            self.paragraph(self.word("weakest"), self.heading),
            self.paragraph(
                escape(_word("weakest_text", self.language, first="\x00", second="\x01"))
                .replace("\x00", named(first))
                .replace("\x01", named(second))
            ),
        ]

    def charts(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        from policydesk.export.charts import ChartStyle, area_bars_chart, radar_chart

        report, language = self.report, self.language
        scored = report.result.result
        if scored is None:
            return []
        names = [area_name(area, language) for area in Area]
        series: list[tuple[str, Sequence[float]]] = []
        previous = self._previous_scored()
        if previous is not None and previous.result.result is not None:
            series.append((_chart_label(previous.label), _floats(previous.result.result.areas)))
        series.append((_chart_label(report.label), _floats(scored.areas)))
        style = ChartStyle.light()

        def two(value: float) -> str:
            return format_number(Fraction(value).limit_denominator(10_000), language)

        with quiet_missing_glyphs():
            bars = chart(area_bars_chart(names, series, style, format_value=two), self.width)
            if previous is not None:
                title = _word(
                    "radar",
                    language,
                    before=_chart_label(previous.label),
                    after=_chart_label(report.label),
                )
            else:
                title = _word("radar_alone", language, label=_chart_label(report.label))
            radar = chart(radar_chart(names, series, style), self.width, share=0.85)
        return [
            KeepTogether([self.paragraph(self.word("bars"), self.heading), bars]),
            KeepTogether([self.paragraph(escape(title), self.heading), radar]),
        ]

    def history_chart(self) -> list[Any]:
        from reportlab.platypus import KeepTogether

        from policydesk.export.charts import BandLabels, ChartStyle, quotient_history_chart

        if len(self.history) < 2:
            return []
        language = self.language
        labels = BandLabels(
            asset=band_name(Band.ASSET, language),
            adequate=band_name(Band.ADEQUATE, language),
            at_risk=band_name(Band.AT_RISK, language),
        )
        points = [(_chart_label(label, 16), float(total)) for label, total in self.history]

        def two(value: float) -> str:
            return format_number(Fraction(value).limit_denominator(10_000), language)

        with quiet_missing_glyphs():
            figure = quotient_history_chart(points, ChartStyle.light(), labels, format_value=two)
            picture = chart(figure, self.width)
        return [
            KeepTogether(
                [
                    self.paragraph(self.word("history"), self.heading),
                    picture,
                    self.paragraph(self.word("history_note"), self.note),
                ]
            )
        ]

    def spread(self) -> list[Any]:
        """How the owner and the staff rate each area, and how far apart the answers lie."""
        from reportlab.platypus import KeepTogether

        report, language = self.report, self.language
        people = report.respondents
        if len(people) < 2:
            return []
        owners = [p.ratings for p in people if p.role is RespondentRole.OWNER]
        others = [p.ratings for p in people if p.role is not RespondentRole.OWNER]
        owner_areas = area_means(owners) if owners else (None,) * len(Area)
        other_areas = area_means(others) if others else (None,) * len(Area)
        own = [area_means([p.ratings]) for p in people]
        header = ["owner", "staff", "difference", "range"]
        rows: list[list[Any]] = [
            [self.paragraph(self.word("area"), self.cell_bold)]
            + [self.paragraph(self.word(key), _right(self.cell_bold)) for key in header]
        ]
        for index, area in enumerate(Area):
            difference = report.spread[index]
            apart = difference is not None and abs(difference) >= _WIDE_SPREAD
            scores = [score for areas in own if (score := areas[index]) is not None]
            span = (
                f"{self.number(min(scores))}\u2013{self.number(max(scores))}"
                if scores
                else "\u2013"
            )
            numbers = [
                self.number(owner_areas[index]),
                self.number(other_areas[index]),
                self.number(difference, signed=True),
                span,
            ]
            rows.append(
                [self.paragraph(escape(area_name(area, language)), self.cell)]
                + [
                    self.paragraph(
                        text, self.numeric_bold if apart and position == 2 else self.numeric
                    )
                    for position, text in enumerate(numbers)
                ]
            )
        column, wide = 2.3 * _CM, 3.3 * _CM
        grid = table(rows, [self.width - 3 * column - wide] + [column] * 3 + [wide])
        return [
            KeepTogether([self.paragraph(self.word("spread_heading"), self.heading), grid]),
            self.paragraph(self.word("spread_note"), self.note),
        ]

    def statements(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        report, language = self.report, self.language
        means = report.result.means
        previous = self._previous_scored()
        header = [self.word("statement"), self.word("mean")]
        if previous is not None:
            header.append(self.word("change", label=_short(previous.label)))
        extra = len(header) - 1
        column = 2.6 * _CM
        widths = [self.width - extra * column] + [column] * extra
        scale = ", ".join(
            f"{rating} = {escape(scale_label(rating, language))}"
            for rating in range(LOWEST_RATING, HIGHEST_RATING + 1)
        )
        parts: list[Any] = []
        head = table(
            [
                [
                    self.paragraph(text, self.cell_bold if index == 0 else _right(self.cell_bold))
                    for index, text in enumerate(header)
                ]
            ],
            widths,
            zebra=False,
        )
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
            grid = Table(rows, colWidths=widths)
            grid.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), _AREA_TINT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#d0d0d0"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ]
                )
            )
            if index == 0:  # the heading never ends a page either
                heading = self.paragraph(self.word("statements"), self.heading)
                note = self.paragraph(f"{self.word('scale')}: {scale}.", self.note)
                parts.append(KeepTogether([heading, note, head, grid]))
            else:
                parts.append(KeepTogether([grid]))
        return parts


def _role(person: ReportRespondent, language: Language) -> str:
    return _word("anonymous", language) if person.anonymous else role_name(person.role, language)


def _pieces(text: str, limit: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at a space where one is near."""
    limit = limit or _PIECE
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = limit if cut < 0 else cut
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    pieces.append(text)
    return pieces


def _floats(values: Sequence[Fraction]) -> list[float]:
    return [float(value) for value in values]


def _chart_label(label: str, limit: int = _SHORT_LABEL) -> str:
    """A round's label as a chart writes it: one line, control characters out, cut if long."""
    text = " ".join("".join(c for c in label if c.isprintable() or c.isspace()).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _right(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-right", style, alignment=2)
