"""The review pack: what a review meeting goes through, on paper, in the house's frame.

A pack is either of a meeting already held (its figures as they were frozen when it was
recorded, its agenda's plans as they stood then, its decisions, the feedback to staff and the
plans made at it) or the agenda of the next meeting (today's figures, every open plan and the
plans closed since the last meeting, the goals that need a plan, the figures still to enter,
and ruled space to write the decisions and the feedback by hand).

Top to bottom:

- the meeting (date, who came) or the agenda's heading (since the last meeting);
- the figures: a table of every goal (latest value and its period, minimum, target, and the
  standing in words, never by colour alone), then each goal's trend as a small chart with the
  minimum and target lines;
- the improvement plans with their actions (who, by when, how far), overdue ones marked;
- for the agenda: the goals that need a plan and the figures still to enter;
- decisions and feedback to staff (or lines to write them on), and the plans made.

:class:`ReviewPack` holds all of it; :mod:`policydesk.services.report_documents` gathers it
from the review service and :func:`review_pack_pdf` lays it out. All user text is escaped.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from policydesk.domain.goal_followup import GoalStanding, Period
from policydesk.domain.goals import ActionStatus, PlanStatus
from policydesk.domain.languages import Language
from policydesk.domain.reviews import SnapshotGoal
from policydesk.export.complaint_report import month_labels, quiet_missing_glyphs
from policydesk.export.complaints_csv import decimal_mark
from policydesk.export.pdf import (
    FONT,
    DocumentInfo,
    PaperSize,
    Styles,
    build_pdf,
    cell,
    chart,
    format_day,
    marked,
    paragraph,
    safe,
    table,
)

_NO_VALUE: Final = "\u2013"
_CHART_SIZE: Final = (4.0, 2.2)  # inches: a goal's trend, printed half the frame's width
_WRITING_LINES: Final = 5  # ruled lines under "Decisions" on the agenda


@dataclass(frozen=True, slots=True)
class PackAction:
    """An improvement action as the pack prints it."""

    description: str
    owner: str
    due_on: date | None
    status: ActionStatus
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class PackPlan:
    """An improvement plan as the pack prints it."""

    goal_title: str
    reason: str
    status: PlanStatus
    actions: tuple[PackAction, ...]


@dataclass(frozen=True, slots=True)
class PackPlanNeeded:
    """A goal below its minimum without an open plan."""

    goal_title: str
    unit: str
    value: float
    minimum: float
    period: Period


@dataclass(frozen=True, slots=True)
class PackFiguresDue:
    """A goal's periods that have ended without a value."""

    goal_title: str
    periods: tuple[Period, ...]


@dataclass(frozen=True, slots=True)
class ReviewPack:
    """Everything a review pack shows.

    Attributes:
        held_on: the meeting's day; None for the next meeting's agenda.
        today: the day the pack is printed.
        last_meeting: the agenda's previous meeting (None before the first).
        attendees, decisions, staff_feedback: as recorded ('' on the agenda).
        goals: the figures (frozen for a held meeting, today's on the agenda).
        figures_readable: False when a held meeting's frozen figures could not be read.
        plans: the plans on the agenda.
        plans_made: the plans made at the meeting (held meetings).
        plans_needed: goals needing a plan (agenda).
        figures_due: figures still to enter (agenda).
    """

    held_on: date | None
    today: date
    last_meeting: date | None = None
    attendees: str = ""
    decisions: str = ""
    staff_feedback: str = ""
    goals: tuple[SnapshotGoal, ...] = ()
    figures_readable: bool = True
    plans: tuple[PackPlan, ...] = ()
    plans_made: tuple[PackPlan, ...] = ()
    plans_needed: tuple[PackPlanNeeded, ...] = ()
    figures_due: tuple[PackFiguresDue, ...] = ()

    @property
    def is_agenda(self) -> bool:
        """Whether this is the next meeting's agenda rather than a meeting held."""
        return self.held_on is None


# ---------------------------------------------------------------------------- words

_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "title": ("Review meeting", "Uppföljningsmöte", "Ședință de analiză"),
    "agenda_title": (
        "Review meeting: agenda",
        "Uppföljningsmöte: dagordning",
        "Ședință de analiză: ordinea de zi",
    ),
    "subject": (
        "The figures, improvement plans and decisions of a customer service review meeting",
        "Siffror, förbättringsplaner och beslut från ett uppföljningsmöte om kundservice",
        "Cifrele, planurile de îmbunătățire și deciziile unei ședințe de analiză a "
        "serviciului pentru clienți",
    ),
    "held_on": ("Held on {day}", "Hölls {day}", "Ținută pe {day}"),
    "printed_on": ("Printed on {day}", "Utskriven {day}", "Tipărită pe {day}"),
    "since": (
        "Since the last meeting on {day}",
        "Sedan förra mötet {day}",
        "De la ședința anterioară din {day}",
    ),
    "first_meeting": (
        "No review meeting has been held yet.",
        "Inget uppföljningsmöte har hållits ännu.",
        "Nu a avut loc încă nicio ședință de analiză.",
    ),
    "attendees": ("Attendees", "Deltagare", "Participanți"),
    "attendees_blank": (
        "Attendees: ____________________________________________",
        "Deltagare: ____________________________________________",
        "Participanți: _________________________________________",
    ),
    "figures": ("The figures", "Siffrorna", "Cifrele"),
    "figures_frozen": (
        "As they were shown at the meeting; figures corrected later are not included.",
        "Så som de visades på mötet; siffror som rättats senare finns inte med.",
        "Așa cum au fost prezentate la ședință; cifrele corectate ulterior nu sunt incluse.",
    ),
    "figures_today": (
        "As they stand on {day}.",
        "Så som de ser ut {day}.",
        "Așa cum arată pe {day}.",
    ),
    "figures_unreadable": (
        "The figures shown at this meeting could not be read from the file.",
        "Siffrorna som visades på mötet kunde inte läsas från filen.",
        "Cifrele prezentate la această ședință nu au putut fi citite din fișier.",
    ),
    "no_goals": (
        "The policy has no goals to follow up yet.",
        "Policyn har ännu inga mål att följa upp.",
        "Politica nu are încă obiective de urmărit.",
    ),
    "goal": ("Goal", "Mål", "Obiectiv"),
    "latest": ("Latest figure", "Senaste siffran", "Ultima cifră"),
    "minimum": ("Minimum", "Miniminivå", "Nivel minim"),
    "target": ("Target", "Målvärde", "Țintă"),
    "standing": ("Standing", "Läge", "Situație"),
    "measured": ("Measured", "Uppmätt", "Măsurat"),
    "no_figures_chart": (
        "No figures yet.",
        "Inga siffror ännu.",
        "Încă nu există cifre.",
    ),
    GoalStanding.ON_TRACK: ("✓ On track", "✓ Enligt plan", "✓ Conform planului"),
    GoalStanding.BELOW_TARGET: (
        "▽ Below target",
        "▽ Under målvärdet",
        "▽ Sub țintă",
    ),
    GoalStanding.BELOW_MINIMUM: (
        "✗ Below minimum",
        "✗ Under miniminivån",
        "✗ Sub nivelul minim",
    ),
    GoalStanding.NO_DATA: ("– No figures yet", "– Inga siffror ännu", "– Încă fără cifre"),
    GoalStanding.NO_LEVELS: ("○ No levels set", "○ Inga nivåer satta", "○ Fără niveluri"),
    "plans": ("Improvement plans", "Förbättringsplaner", "Planuri de îmbunătățire"),
    "no_plans": (
        "No improvement plan is open.",
        "Ingen förbättringsplan är öppen.",
        "Niciun plan de îmbunătățire nu este deschis.",
    ),
    "plans_then": (
        "Improvement plans on the agenda",
        "Förbättringsplaner på dagordningen",
        "Planuri de îmbunătățire pe ordinea de zi",
    ),
    "no_plans_then": (
        "No improvement plan was open before the meeting.",
        "Ingen förbättringsplan var öppen före mötet.",
        "Niciun plan de îmbunătățire nu era deschis înainte de ședință.",
    ),
    "plan_for": ("Plan for: {goal}", "Plan för: {goal}", "Plan pentru: {goal}"),
    "plan_closed": ("(closed)", "(avslutad)", "(închis)"),
    "why": ("Why", "Varför", "De ce"),
    "action": ("Action", "Åtgärd", "Acțiune"),
    "owner": ("Who", "Vem", "Cine"),
    "due": ("By", "Senast", "Până la"),
    "status": ("Status", "Status", "Stare"),
    ActionStatus.OPEN: ("Open", "Öppen", "Deschisă"),
    ActionStatus.DONE: ("✓ Done", "✓ Klar", "✓ Făcută"),
    ActionStatus.DROPPED: ("Dropped", "Struken", "Renunțată"),
    "overdue": ("✗ Overdue", "✗ Försenad", "✗ Întârziată"),
    "no_actions": (
        "No actions yet.",
        "Inga åtgärder ännu.",
        "Încă nu există acțiuni.",
    ),
    "needed": (
        "Goals that need an improvement plan",
        "Mål som behöver en förbättringsplan",
        "Obiective care au nevoie de un plan de îmbunătățire",
    ),
    "needed_line": (
        "{goal}: {value} in {period}, below the minimum of {minimum}.",
        "{goal}: {value} under {period}, under miniminivån {minimum}.",
        "{goal}: {value} în {period}, sub nivelul minim de {minimum}.",
    ),
    "due_title": (
        "Figures still to enter",
        "Siffror som ska föras in",
        "Cifre care trebuie introduse",
    ),
    "decisions": ("Decisions", "Beslut", "Decizii"),
    "feedback": ("Feedback to staff", "Återkoppling till personalen", "Feedback pentru personal"),
    "none_recorded": ("None recorded.", "Inget antecknat.", "Nimic consemnat."),
    "plans_made": (
        "Improvement plans made at this meeting",
        "Förbättringsplaner som gjordes på mötet",
        "Planuri de îmbunătățire stabilite la această ședință",
    ),
}


def _word(key: str, language: Language, **values: object) -> str:
    text = _WORDS[key][list(Language).index(Language(language))]
    return text.format(**values) if values else text


def pack_title(pack: ReviewPack, language: Language) -> str:
    """The pack's title: "Review meeting" or "Review meeting: agenda"."""
    return _word("agenda_title" if pack.is_agenda else "title", language)


def format_value(value: float | None, unit: str, language: Language) -> str:
    """A goal's value with one decimal at most and its unit: "92,3 %", "4 h"."""
    if value is None:
        return _NO_VALUE
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    text = text.replace(".", decimal_mark(language))
    unit = unit.strip()
    return f"{text}\u00a0{unit}" if unit else text


def period_text(period: Period, language: Language) -> str:
    """A period as short text: a month by name, a whole year by number, else both days."""
    start, end = period.start, period.end
    last_day = calendar.monthrange(end.year, end.month)[1]
    if (
        start.day == 1
        and end.day == last_day
        and (start.year, start.month) == (end.year, end.month)
    ):
        name = month_labels([start], language)[0].split("\n")[0]
        return f"{name} {start.year}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{format_day(start, language)} \u2013 {format_day(end, language)}"


def chart_labels(periods: Sequence[Period], language: Language) -> list[str]:
    """The periods' names under a chart.

    Months are short, with the year under the first and under each January; other periods are
    written as :func:`period_text` writes them.
    """
    months = [
        period.start
        for period in periods
        if period.start.day == 1
        and period.end.day == calendar.monthrange(period.end.year, period.end.month)[1]
        and (period.start.year, period.start.month) == (period.end.year, period.end.month)
    ]
    if len(months) == len(periods):
        return month_labels(months, language)
    return [period_text(period, language) for period in periods]


# ---------------------------------------------------------------------------- the PDF


def review_pack_pdf(
    pack: ReviewPack,
    *,
    business: str,
    language: Language,
    paper: PaperSize = PaperSize.A4,
) -> bytes:
    """The review pack as PDF bytes (see the module doc)."""
    language = Language(language)
    title = pack_title(pack, language)
    info = DocumentInfo(
        title=title,
        business=business,
        language=language,
        subject=_word("subject", language),
        paper=paper,
        keywords=("PolicyDesk", title),
    )

    def story(styles: Styles, width: float) -> list[Any]:
        return _Story(pack, language, styles, width).build()

    with quiet_missing_glyphs():
        return build_pdf(info, story)


class _Story:
    """Builds the pack's flowables, top to bottom."""

    def __init__(self, pack: ReviewPack, language: Language, styles: Styles, width: float) -> None:
        self.pack = pack
        self.language = language
        self.styles = styles
        self.width = width

    def word(self, key: str, **values: object) -> str:
        return _word(key, self.language, **values)

    def day(self, day: date) -> str:
        return format_day(day, self.language)

    def build(self) -> list[Any]:
        parts = self.heading()
        parts += self.figures()
        plans_title = self.word("plans" if self.pack.is_agenda else "plans_then")
        empty = self.word("no_plans" if self.pack.is_agenda else "no_plans_then")
        parts += self.plans(plans_title, self.pack.plans, empty=empty)
        if self.pack.is_agenda:
            parts += self.needed()
            parts += self.due()
        parts += self.writing(self.word("decisions"), self.pack.decisions)
        parts += self.writing(self.word("feedback"), self.pack.staff_feedback)
        if not self.pack.is_agenda:
            parts += self.plans(self.word("plans_made"), self.pack.plans_made)
        return parts

    def heading(self) -> list[Any]:
        pack, styles = self.pack, self.styles
        parts: list[Any] = [paragraph(pack_title(pack, self.language), styles.title)]
        if pack.held_on is not None:
            parts.append(
                paragraph(self.word("held_on", day=self.day(pack.held_on)), styles.subtitle)
            )
            attendees = pack.attendees.strip() or _NO_VALUE
            parts.append(
                marked(f"<b>{safe(self.word('attendees'))}:</b> {safe(attendees)}", styles.body)
            )
            return parts
        parts.append(paragraph(self.word("printed_on", day=self.day(pack.today)), styles.subtitle))
        if pack.last_meeting is not None:
            parts.append(
                paragraph(self.word("since", day=self.day(pack.last_meeting)), styles.body)
            )
        else:
            parts.append(paragraph(self.word("first_meeting"), styles.body))
        parts.append(paragraph(self.word("attendees_blank"), styles.body))
        return parts

    # ------------------------------------------------------------------ figures

    def figures(self) -> list[Any]:
        styles = self.styles
        parts: list[Any] = [paragraph(self.word("figures"), styles.heading)]
        if not self.pack.figures_readable:
            return [*parts, paragraph(self.word("figures_unreadable"), styles.body)]
        if self.pack.is_agenda:
            parts.append(
                paragraph(self.word("figures_today", day=self.day(self.pack.today)), styles.note)
            )
        else:
            parts.append(paragraph(self.word("figures_frozen"), styles.note))
        if not self.pack.goals:
            return [*parts, paragraph(self.word("no_goals"), styles.body)]
        header = [
            cell(self.word(key), styles.cell_bold)
            for key in ("goal", "latest", "minimum", "target", "standing")
        ]
        rows = [header]
        for goal in self.pack.goals:
            latest = goal.latest
            latest_text = _NO_VALUE
            if latest is not None:
                latest_text = (
                    f"{format_value(latest.value, goal.unit, self.language)} "
                    f"({period_text(latest.period, self.language)})"
                )
            rows.append(
                [
                    cell(goal.title, styles.cell),
                    cell(latest_text, styles.cell),
                    cell(format_value(goal.minimum, goal.unit, self.language), styles.numeric),
                    cell(format_value(goal.target, goal.unit, self.language), styles.numeric),
                    cell(_word(goal.standing, self.language), styles.cell),
                ]
            )
        shares = (0.32, 0.23, 0.13, 0.11, 0.21)
        parts.append(table(rows, [self.width * share for share in shares]))
        parts += self.trends()
        return parts

    def trends(self) -> list[Any]:
        """Each goal's trend, two charts side by side."""
        from reportlab.platypus import Spacer, Table, TableStyle

        charts: list[Any] = [self.trend(goal) for goal in self.pack.goals if goal.values]
        if not charts:
            return []
        rows = [charts[index : index + 2] for index in range(0, len(charts), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        grid = Table(
            rows,
            colWidths=[self.width / 2] * 2,
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica is referenced
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        return [Spacer(1, 6), grid]

    def trend(self, goal: SnapshotGoal) -> list[Any]:
        """A goal's name over its trend chart (a cell of the grid)."""
        from matplotlib.figure import Figure

        from policydesk.export.charts import ChartStyle, goal_trend_chart

        figure = Figure(figsize=_CHART_SIZE, layout="constrained")
        goal_trend_chart(
            chart_labels([value.period for value in goal.values], self.language),
            [value.value for value in goal.values],
            ChartStyle.light(),
            goal.minimum,
            goal.target,
            value_label=self.word("measured"),
            minimum_label=self.word("minimum"),
            target_label=self.word("target"),
            empty_text=self.word("no_figures_chart"),
            format_value=lambda value: format_value(value, goal.unit, self.language),
            figure=figure,
        )
        # Half a page has no room for the legend: the lines are named at their ends, and the
        # levels' values are in the table above.
        for legend in list(figure.legends):
            legend.remove()
        return [paragraph(goal.title, self.styles.subheading), chart(figure, self.width / 2 - 6)]

    # ------------------------------------------------------------------ plans

    def plans(self, title: str, plans: Sequence[PackPlan], *, empty: str = "") -> list[Any]:
        styles = self.styles
        if not plans and not empty:
            return []
        parts: list[Any] = [paragraph(title, styles.heading)]
        if not plans:
            return [*parts, paragraph(empty, styles.body)]
        for plan in plans:
            name = self.word("plan_for", goal=plan.goal_title)
            if plan.status is PlanStatus.CLOSED:
                name = f"{name} {self.word('plan_closed')}"
            parts.append(paragraph(name, styles.subheading))
            if plan.reason.strip():
                parts.append(
                    marked(f"<b>{safe(self.word('why'))}:</b> {safe(plan.reason)}", styles.body)
                )
            parts.append(self.actions(plan.actions))
        return parts

    def actions(self, actions: Sequence[PackAction]) -> Any:
        styles = self.styles
        if not actions:
            return paragraph(self.word("no_actions"), styles.note)
        header = [
            cell(self.word(key), styles.cell_bold) for key in ("action", "owner", "due", "status")
        ]
        rows = [header]
        for action in actions:
            status = self.word("overdue") if action.overdue else _word(action.status, self.language)
            rows.append(
                [
                    cell(action.description, styles.cell),
                    cell(action.owner or _NO_VALUE, styles.cell),
                    cell(self.day(action.due_on) if action.due_on else _NO_VALUE, styles.cell),
                    cell(status, styles.cell_bold if action.overdue else styles.cell),
                ]
            )
        shares = (0.48, 0.2, 0.17, 0.15)
        return table(rows, [self.width * share for share in shares])

    # ------------------------------------------------------------------ the agenda's lists

    def needed(self) -> list[Any]:
        lines = [
            self.word(
                "needed_line",
                goal=item.goal_title,
                value=format_value(item.value, item.unit, self.language),
                period=period_text(item.period, self.language),
                minimum=format_value(item.minimum, item.unit, self.language),
            )
            for item in self.pack.plans_needed
        ]
        return self.list_section(self.word("needed"), lines)

    def due(self) -> list[Any]:
        lines = [
            f"{item.goal_title}: "
            + ", ".join(period_text(period, self.language) for period in item.periods)
            for item in self.pack.figures_due
        ]
        return self.list_section(self.word("due_title"), lines)

    def list_section(self, title: str, lines: Sequence[str]) -> list[Any]:
        from reportlab.platypus import Paragraph

        if not lines:
            return []
        return [
            paragraph(title, self.styles.heading),
            *(Paragraph(safe(line), self.styles.bullet, bulletText="\u2022") for line in lines),
        ]

    def writing(self, title: str, text: str) -> list[Any]:
        """A recorded text, or on the agenda ruled lines to write it by hand."""
        from reportlab.platypus import Spacer

        styles = self.styles
        parts: list[Any] = [paragraph(title, styles.heading)]
        if not self.pack.is_agenda:
            return [*parts, paragraph(text.strip() or self.word("none_recorded"), styles.body)]
        for _ in range(_WRITING_LINES):
            parts.append(Spacer(1, 16))
            parts.append(_ruled_line(self.width))
        return parts


def _ruled_line(width: float) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width=width, thickness=0.5, color=HexColor("#999999"), spaceBefore=0)


__all__ = [
    "PackAction",
    "PackFiguresDue",
    "PackPlan",
    "PackPlanNeeded",
    "ReviewPack",
    "chart_labels",
    "format_value",
    "pack_title",
    "period_text",
    "review_pack_pdf",
]
