"""The printed customer service policy, and the words all three policy documents share.

The policy is the business's own, internal document: the vision at the top, then the business
and its mission, the promises (the goals, with baseline, minimum level and target, how and how
often each is measured and who owns it), the policy areas the owner keeps in print with each
channel's strategy and tone of voice, the staff guidelines, the rollout and follow-up, and the
approval with a signature block. It follows the order of the review step; today's figures,
the customer-needs material and the vision exercise are the owner's working notes and are not
printed. An empty answer prints nothing, and a section without answers has no heading.

A typical policy fits on two A4 pages: labels run into their paragraphs and the goals share
one table, so the space goes to what the owner wrote.

The customer charter (:mod:`policydesk.export.charter`) and the SLA
(:mod:`policydesk.export.sla`) print from the same version; the words they share (numbers,
amounts, durations, channels, review intervals, the goals' table) are here. Every text is in
the document's language (English, Swedish or Romanian); what the owner typed is printed as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final

from policydesk.domain.complaints import Channel
from policydesk.domain.goals import AbandonedCallRule, Cadence, Direction
from policydesk.domain.languages import Language
from policydesk.domain.money import currency_exponent
from policydesk.domain.policy import PolicyArea
from policydesk.domain.policy_content import GoalEntry, PolicyContent, parse_number
from policydesk.export.pdf import (
    FONT,
    Story,
    Styles,
    format_day,
    marked,
    paragraph,
    safe,
    signatures,
    table,
)

Progress = Callable[[int, int], None]
"""Told ``(parts done, parts in all)`` between the parts of a story (and may stop it)."""

# ---------------------------------------------------------------------------- words

_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    # English, Swedish, Romanian
    "title": ("Customer service policy", "Kundservicepolicy", "Politica de relații cu clienții"),
    "version": ("Version {number}", "Version {number}", "Versiunea {number}"),
    "vision": ("Our vision", "Vår vision", "Viziunea noastră"),
    "mission": ("Business and mission", "Företag och uppdrag", "Firma și misiunea"),
    "promises": ("Our promises", "Våra löften", "Promisiunile noastre"),
    "areas": ("Policy areas", "Policyområden", "Domeniile politicii"),
    "channels": ("Our channels", "Våra kanaler", "Canalele noastre"),
    "tone": ("Tone of voice:", "Tonläge:", "Tonul comunicării:"),
    "guidelines": ("Staff guidelines", "Riktlinjer för personalen", "Îndrumări pentru personal"),
    "compensation": (
        "Staff may give compensation worth up to {amount} without asking anyone.",
        "Du får ge ersättning för upp till {amount} utan att fråga någon.",
        "Personalul poate acorda despăgubiri de până la {amount} fără aprobare prealabilă.",
    ),
    "rollout": (
        "Rollout and follow-up",
        "Införande och uppföljning",
        "Punere în practică și urmărire",
    ),
    "approval": ("Approval", "Godkännande", "Aprobare"),
    "approved_by": ("Approved by", "Godkänd av", "Aprobată de"),
    "approval_date": ("Approval date", "Datum för godkännande", "Data aprobării"),
    "not_approved": (
        "This version is a draft and has not been approved yet.",
        "Den här versionen är ett utkast och är inte godkänd än.",
        "Această versiune este o ciornă și nu a fost încă aprobată.",
    ),
    # the goals' table
    "goal": ("Goal", "Mål", "Obiectiv"),
    "baseline": ("Baseline", "Utgångsvärde", "Valoare de referință"),
    "minimum": ("Minimum level", "Miniminivå", "Nivel minim"),
    "target": ("Target", "Målvärde", "Țintă"),
    "reviewed": ("Followed up", "Följs upp", "Frecvența analizei"),
    "owner": ("Owner", "Ansvarig", "Responsabil"),
    "measure_first": (
        "measured first for {months}",
        "mäts först i {months}",
        "se măsoară întâi {months}",
    ),
    "how_measured": (
        "How each goal is measured",
        "Så mäts målen",
        "Cum se măsoară fiecare obiectiv",
    ),
    "baseline_period": (
        "baseline measured {start} – {end}",
        "utgångsvärdet mättes {start}–{end}",
        "valoarea de referință a fost măsurată între {start} și {end}",
    ),
    "time_limit": ("time limit {duration}", "tidsgräns {duration}", "limită de timp: {duration}"),
    "channel": ("channel: {channel}", "kanal: {channel}", "canal: {channel}"),
    "lower_better": ("lower is better", "lägre är bättre", "mai mic e mai bine"),
    "abandoned_missed": (
        "calls hung up before an answer count as not answered in time",
        "samtal där kunden lägger på innan vi svarar räknas som inte besvarade i tid",
        "apelurile închise înainte de răspuns se socotesc ca apeluri fără răspuns la timp",
    ),
    "abandoned_excluded": (
        "calls hung up before an answer are left out of the figure",
        "samtal där kunden lägger på innan vi svarar räknas bort",
        "apelurile închise înainte de răspuns nu se iau în calcul",
    ),
    "abandoned_short": (
        "calls hung up within {duration} are left out of the figure",
        "samtal där kunden lägger på inom {duration} räknas bort",
        "apelurile închise în primele {duration} nu se iau în calcul",
    ),
    "abandoned_short_any": (
        "calls hung up quickly are left out of the figure",
        "samtal där kunden lägger på snabbt räknas bort",
        "apelurile închise repede nu se iau în calcul",
    ),
    "and": ("and", "och", "și"),
    "or": ("or", "eller", "sau"),
}

# The answers' labels, as the review step names them.
_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "mission.who_we_are": ("Who we are", "Vilka vi är", "Cine suntem"),
    "mission.for_whom": ("Who we are there for", "Vilka vi finns till för", "Pentru cine suntem"),
    "mission.perceived_as": (
        "How we want to be perceived",
        "Hur vi vill uppfattas",
        "Cum vrem să fim percepuți",
    ),
    "mission.view_of_service": (
        "Our view of service",
        "Vår syn på service",
        "Cum vedem serviciul pentru clienți",
    ),
    "mission.economics": (
        "The economic perspective",
        "Det ekonomiska perspektivet",
        "Perspectiva economică",
    ),
    "mission.ambition": ("Our level of ambition", "Vår ambitionsnivå", "Nivelul nostru de ambiție"),
    "mission.approach": (
        "Our basic approach",
        "Vårt grundläggande förhållningssätt",
        "Abordarea noastră de bază",
    ),
    "mission.strategic_mission": (
        "The strategic mission of customer service",
        "Kundservicens strategiska uppdrag",
        "Misiunea strategică a relațiilor cu clienții",
    ),
    f"areas.{PolicyArea.OVERVIEW.value}": (
        "Products and services",
        "Produkter och tjänster",
        "Produse și servicii",
    ),
    f"areas.{PolicyArea.SPEED.value}": ("Speed", "Snabbhet", "Rapiditate"),
    f"areas.{PolicyArea.COMMUNICATION.value}": ("Communication", "Kommunikation", "Comunicare"),
    f"areas.{PolicyArea.FOLLOW_UP.value}": ("Follow-up", "Uppföljning", "Urmărire"),
    f"areas.{PolicyArea.COMPLAINTS.value}": ("Complaints", "Klagomål", "Reclamații"),
    f"areas.{PolicyArea.RETENTION.value}": (
        "Keeping customers",
        "Behålla kunder",
        "Păstrarea clienților",
    ),
    f"areas.{PolicyArea.EMPLOYEE_MONITORING.value}": (
        "Staff feedback and recognition",
        "Återkoppling och uppskattning till personalen",
        "Feedback și aprecieri pentru personal",
    ),
    "guidelines.complaint_steps": (
        "Handling a complaint",
        "Att hantera ett klagomål",
        "Rezolvarea unei reclamații",
    ),
    "guidelines.discretion": (
        "What staff may decide alone",
        "Det personalen får bestämma själv",
        "Ce poate decide personalul singur",
    ),
    "guidelines.escalation": ("Escalation route", "Eskaleringsväg", "Cui se transmite cazul"),
    "guidelines.customer_asks": (
        "What we ask of customers",
        "Det vi ber kunderna om",
        "Ce le cerem clienților",
    ),
    "rollout.training": ("Training", "Utbildning", "Instruire"),
    "rollout.meeting_date": ("Mandatory meeting", "Obligatoriskt möte", "Ședință obligatorie"),
    "rollout.decider": ("Who decides", "Vem som beslutar", "Cine decide"),
    "rollout.decision": ("How the decision is taken", "Hur beslutet fattas", "Cum se ia decizia"),
    "rollout.cadence": ("Follow-up routine", "Uppföljningsrutin", "Rutina de urmărire"),
    "rollout.follow_up_owner": (
        "Responsible for follow-up",
        "Ansvarig för uppföljning",
        "Responsabil cu urmărirea",
    ),
    "rollout.follow_up": (
        "How results reach staff and management",
        "Hur resultaten når personal och ledning",
        "Cum ajung rezultatele la personal și la conducere",
    ),
}

_CHOICES: Final[dict[str, tuple[str, str, str]]] = {
    "owner": ("The owner", "Ägaren", "Proprietarul"),
    "management": ("The management team", "Ledningsgruppen", "Echipa de conducere"),
    "board": ("The board", "Styrelsen", "Consiliul de administrație"),
}

_CADENCES: Final[dict[Cadence, tuple[str, str, str]]] = {
    Cadence.MONTHLY: ("Monthly", "Varje månad", "Lunar"),
    Cadence.QUARTERLY: ("Quarterly", "Varje kvartal", "Trimestrial"),
    Cadence.YEARLY: ("Yearly", "Varje år", "Anual"),
}

_CHANNELS: Final[dict[Channel, tuple[str, str, str]]] = {
    Channel.COUNTER: ("At the counter", "I kassan", "La ghișeu"),
    Channel.PHONE: ("Phone", "Telefon", "Telefon"),
    Channel.EMAIL: ("E-mail", "E-post", "E-mail"),
    Channel.WEB: ("Web", "Webb", "Web"),
    Channel.SOCIAL: ("Social media", "Sociala medier", "Rețele sociale"),
    Channel.LETTER: ("Letter", "Brev", "Scrisoare"),
}

# Units counted: (singular, plural) in English and Swedish; Romanian adds "de" from 20 on.
_UNITS: Final[dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]]] = {
    "second": (("second", "seconds"), ("sekund", "sekunder"), ("secundă", "secunde")),
    "minute": (("minute", "minutes"), ("minut", "minuter"), ("minut", "minute")),
    "hour": (("hour", "hours"), ("timme", "timmar"), ("oră", "ore")),
    "business_hour": (
        ("business hour", "business hours"),
        ("öppettimme", "öppettimmar"),
        ("oră de program", "ore de program"),
    ),
    "business_day": (
        ("business day", "business days"),
        ("arbetsdag", "arbetsdagar"),
        ("zi lucrătoare", "zile lucrătoare"),
    ),
    "day": (("day", "days"), ("dag", "dagar"), ("zi", "zile")),
    "month": (("month", "months"), ("månad", "månader"), ("lună", "luni")),
}

_GROUPING: Final = {Language.ENGLISH: ",", Language.SWEDISH: "\u00a0", Language.ROMANIAN: "."}
_DECIMAL: Final = {Language.ENGLISH: ".", Language.SWEDISH: ",", Language.ROMANIAN: ","}
_ROMANIAN_DE_FROM: Final = 20  # "20 de ore": Romanian puts "de" after 20 and more


def pick(table: dict[Any, tuple[str, str, str]], key: object, language: Language) -> str:
    """The entry of a three-language word table in ``language``."""
    return table[key][list(Language).index(Language(language))]


def word(key: str, language: Language, **values: object) -> str:
    """A word or sentence of the policy documents in ``language``, with ``values`` filled in."""
    text = pick(_WORDS, key, language)
    return text.format(**values) if values else text


def label(key: str, language: Language) -> str:
    """What an answer of the policy is called (``mission.ambition``: "Our level of ambition")."""
    return pick(_LABELS, key, language)


def title(language: Language) -> str:
    """The policy's title as a document: "Customer service policy"."""
    return word("title", language)


def version_text(number: int, language: Language) -> str:
    """The version as printed: "Version 2", "Versiunea 2"."""
    return word("version", language, number=number)


def channel_name(channel: Channel, language: Language) -> str:
    """A contact channel's name, as the program names it elsewhere."""
    return pick(_CHANNELS, channel, language)


def cadence_name(cadence: Cadence, language: Language) -> str:
    """How often something is reviewed: "Monthly", "Varje kvartal", "Anual"."""
    return pick(_CADENCES, cadence, language)


def listed(items: Sequence[str], language: Language, *, joiner: str = "and") -> str:
    """Items in running text: "a, b and c" ("a, b eller c" with ``joiner="or"``)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word(joiner, language)} {items[-1]}"


# ---------------------------------------------------------------------------- numbers


def number_text(value: float, language: Language, *, decimals: int = 2) -> str:
    """A number as the language writes it: at most ``decimals`` decimals, groups of thousands.

    "1,234.5" in English, "1 234,5" in Swedish, "1.234,5" in Romanian; whole numbers have no
    decimals. Rounded half up.
    """
    language = Language(language)
    try:
        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return str(value)  # not finite: never stored, but never a crash either
    whole, _, fraction = f"{abs(exact):,.{decimals}f}".partition(".")
    fraction = fraction.rstrip("0")
    text = whole.replace(",", _GROUPING[language])
    if fraction:
        text += _DECIMAL[language] + fraction
    return f"\u2212{text}" if exact < 0 else text


def count_text(value: float, unit: str, language: Language) -> str:
    """A number with its unit, in the right form: "1 hour", "4 timmar", "24 de ore"."""
    language = Language(language)
    one, many = _UNITS[unit][_index(language)]
    shown = number_text(value, language)
    if value == 1:
        return f"{shown} {one}"
    if language is Language.ROMANIAN and value == int(value):
        rest = int(abs(value)) % 100
        if int(value) != 0 and (rest == 0 or rest >= _ROMANIAN_DE_FROM):
            return f"{shown} de {many}"
    return f"{shown} {many}"


def duration_text(seconds: int, language: Language) -> str:
    """A time limit in the largest whole unit: "30 seconds", "8 timmar", "2 minute"."""
    if seconds and seconds % 3600 == 0:
        return count_text(seconds // 3600, "hour", language)
    if seconds and seconds % 60 == 0:
        return count_text(seconds // 60, "minute", language)
    return count_text(seconds, "second", language)


def amount_text(minor_text: str, currency: str, language: Language) -> str:
    """An amount stored in minor units (öre, bani) in major units: "1 000 SEK"."""
    minor = parse_number(minor_text)
    if minor is None:
        return minor_text
    exponent = currency_exponent(currency)
    major = minor / 10**exponent
    return f"{number_text(major, language, decimals=exponent)} {currency}".strip()


def measure_text(value: float, unit: str, language: Language) -> str:
    """A goal's figure with its unit as typed: "80 %", "4,5 min"."""
    unit = unit.strip()
    shown = number_text(value, language)
    return f"{shown}\u00a0{unit}" if unit else shown


def _index(language: Language) -> int:
    return list(Language).index(Language(language))


# ---------------------------------------------------------------------------- the data


@dataclass(frozen=True, slots=True)
class PolicyPrint:
    """One version of the policy as the printed documents use it.

    Attributes:
        content: what the version says.
        number: the version's number.
        draft: the version is not approved (printed with the DRAFT mark).
        approved_on: the day it was approved; None for a draft.
        currency: the business's currency code (for the compensation limit).
    """

    content: PolicyContent
    number: int
    draft: bool
    approved_on: date | None
    currency: str = "SEK"


# ---------------------------------------------------------------------------- shared parts


def run_in(heading: str, text: str, style: Any) -> Any:
    """A paragraph that starts with its label in bold: "**Who we are.** We are six people…"."""
    return marked(f"<b>{safe(heading)}</b>\u2003{safe(text)}", style)


def goal_cells(goal: GoalEntry, language: Language) -> tuple[str, str, str]:
    """A goal's baseline, minimum level and target as the table shows them ('–' for none)."""
    sign = "\u2264\u00a0" if goal.direction is Direction.LOWER_IS_BETTER else "\u2265\u00a0"
    if goal.baseline_value is not None:
        baseline = measure_text(goal.baseline_value, goal.unit, language)
    elif goal.baseline_months is not None:
        months = count_text(goal.baseline_months, "month", language)
        baseline = word("measure_first", language, months=months)
    else:
        baseline = "\u2013"
    minimum = (
        sign + measure_text(goal.minimum_value, goal.unit, language)
        if goal.minimum_value is not None
        else "\u2013"
    )
    target = (
        sign + measure_text(goal.target_value, goal.unit, language)
        if goal.target_value is not None
        else "\u2013"
    )
    return baseline, minimum, target


def goal_facts(goal: GoalEntry, language: Language) -> list[str]:
    """How a goal is measured beyond its definition, as short phrases."""
    facts: list[str] = []
    if goal.channel is not None:
        facts.append(word("channel", language, channel=channel_name(goal.channel, language)))
    if goal.threshold_seconds is not None:
        facts.append(
            word("time_limit", language, duration=duration_text(goal.threshold_seconds, language))
        )
    if goal.abandoned_rule is AbandonedCallRule.MISSED:
        facts.append(word("abandoned_missed", language))
    elif goal.abandoned_rule is AbandonedCallRule.EXCLUDED:
        facts.append(word("abandoned_excluded", language))
    elif goal.abandoned_rule is AbandonedCallRule.IGNORE_SHORT:
        if goal.short_abandon_seconds:
            duration = duration_text(goal.short_abandon_seconds, language)
            facts.append(word("abandoned_short", language, duration=duration))
        else:
            facts.append(word("abandoned_short_any", language))
    if goal.baseline_value is not None and (goal.baseline_from or goal.baseline_to):
        start = format_day(goal.baseline_from, language) if goal.baseline_from else "…"
        end = format_day(goal.baseline_to, language) if goal.baseline_to else "…"
        facts.append(word("baseline_period", language, start=start, end=end))
    if goal.direction is Direction.LOWER_IS_BETTER:
        facts.append(word("lower_better", language))
    return facts


def goals_table(
    goals: Sequence[GoalEntry],
    language: Language,
    sheet: Styles,
    width: float,
    *,
    owner: bool,
) -> list[Any]:
    """The goals as one numbered table, then how each is measured (nothing without goals).

    The table holds only short texts (titles, figures, names), so a row never outgrows a
    page; the definitions, which may be long, follow as numbered paragraphs that can break
    across pages.
    """
    if not goals:
        return []
    heads = [word("goal", language), word("baseline", language), word("minimum", language)]
    heads += [word("target", language), word("reviewed", language)]
    shares = [0.37, 0.17, 0.16, 0.15, 0.15]
    if owner:
        heads.append(word("owner", language))
        shares = [0.30, 0.15, 0.13, 0.12, 0.13, 0.17]
    head_style = _head_style(sheet)
    rows: list[list[Any]] = [[paragraph(head, head_style) for head in heads]]
    notes: list[Any] = []
    note_style = _note_style(sheet)
    for number, goal in enumerate(goals, start=1):
        baseline, minimum, target = goal_cells(goal, language)
        row = [
            marked(f"{number}.\u2002{safe(goal.title.strip())}", sheet.cell_bold),
            paragraph(baseline, sheet.cell),
            paragraph(minimum, sheet.cell),
            paragraph(target, sheet.cell),
            paragraph(cadence_name(goal.cadence, language), sheet.cell),
        ]
        if owner:
            row.append(paragraph(goal.owner_name.strip(), sheet.cell))
        rows.append(row)
        text = goal.definition.strip()
        facts = "; ".join(goal_facts(goal, language))
        if text or facts:
            markup = f"<b>{number}.</b>\u2002{safe(text)}"
            if facts:
                markup += f" <font color='#555555'>({safe(facts)})</font>"
            notes.append(marked(markup, note_style))
    parts: list[Any] = [table(rows, [width * share for share in shares])]
    if notes:
        parts.append(paragraph(word("how_measured", language), _small_heading(sheet)))
        parts.extend(notes)
    return parts


def _head_style(sheet: Styles) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("goal_head", sheet.cell_bold, fontSize=7.8, leading=9.5)


def _note_style(sheet: Styles) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "goal_note",
        sheet.small,
        fontSize=8,
        leading=10.2,
        spaceAfter=1.5,
        leftIndent=10,
        firstLineIndent=-10,
    )


def _small_heading(sheet: Styles) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("goal_notes_heading", sheet.subheading, fontSize=9, spaceBefore=5)


_APPROVER_SPLIT: Final = re.compile(r"\s*[;,\n]\s*")
_MOST_SIGNATURES: Final = 4


def approver_names(text: str) -> list[str]:
    """The approvers as separate names, for one signature line each (at most four)."""
    names = [name for name in _APPROVER_SPLIT.split(text.strip()) if name]
    if len(names) > _MOST_SIGNATURES:
        return [text.strip()]
    return names


# ---------------------------------------------------------------------------- the story


def policy_story(data: PolicyPrint, language: Language, progress: Progress | None = None) -> Story:
    """The policy's flowables (see the module doc), for :func:`~policydesk.export.pdf.build_pdf`.

    Args:
        data: the version to print.
        language: the document's language.
        progress: told ``(parts done, parts in all)`` between the parts; it may raise to stop.
    """
    language = Language(language)

    def story(sheet: Styles, width: float) -> list[Any]:
        local = CompactStyles.make(sheet)
        makers: list[Callable[[], Section]] = [
            lambda: ("", _head(data, language, local)),
            lambda: _mission(data.content, language, local),
            lambda: _promises(data.content, language, sheet, width),
            lambda: _areas(data.content, language, local),
            lambda: _guidelines(data, language, local),
            lambda: _rollout(data.content, language, local),
            lambda: _approval(data, language, local, width),
        ]
        return assemble(makers, local.heading, progress)

    return story


Section = tuple[str, list[Any]]
"""A section of a document: its heading ('' for none) and its flowables (none: left out)."""


def assemble(
    makers: Sequence[Callable[[], Section]], style: Any, progress: Progress | None
) -> list[Any]:
    """The sections made one by one, with progress between them, their headings numbered.

    A section without flowables is left out, heading and all, and the numbers run on.
    """
    flowables: list[Any] = []
    number = 0
    for done, make in enumerate(makers):
        if progress is not None:
            progress(done, len(makers))
        heading, parts = make()
        if not parts:
            continue
        if heading:
            number += 1
            flowables.append(paragraph(f"{number}. {heading}", style))
        flowables += parts
    if progress is not None:
        progress(len(makers), len(makers))
    return flowables


@dataclass(frozen=True, slots=True)
class CompactStyles:
    """The tighter styles of the policy and the SLA, which aim at two pages."""

    heading: Any
    body: Any
    vision: Any
    title: Any
    subtitle: Any
    label: Any

    @classmethod
    def make(cls, sheet: Styles) -> CompactStyles:
        """The compact styles, made from the house's ``sheet``."""
        from reportlab.lib.colors import Color, HexColor
        from reportlab.lib.styles import ParagraphStyle

        return cls(
            heading=ParagraphStyle(
                "policy_heading",
                sheet.heading,
                fontSize=11,
                leading=13.5,
                spaceBefore=5,
                spaceAfter=2.5,
            ),
            body=ParagraphStyle(
                "policy_body", sheet.body, fontSize=8.5, leading=10.8, spaceAfter=2
            ),
            vision=ParagraphStyle(
                "policy_vision",
                sheet.body,
                fontName=sheet.title.fontName,
                fontSize=12.5,
                leading=16,
                alignment=1,
                textColor=HexColor("#1F3B57"),
                backColor=Color(
                    0xEE / 255, 0xF3 / 255, 0xF8 / 255, alpha=0.75
                ),  # a draft mark shows
                borderPadding=7,
                leftIndent=8,
                rightIndent=8,
                spaceBefore=10,
                spaceAfter=10,
            ),
            title=ParagraphStyle("policy_title", sheet.title, fontSize=15, leading=19),
            subtitle=ParagraphStyle("policy_subtitle", sheet.subtitle, fontSize=9.5, leading=12),
            label=ParagraphStyle(
                "policy_label", sheet.subheading, fontSize=8.5, leading=10.8, spaceBefore=2
            ),
        )


def _answers(
    content: PolicyContent, keys: Sequence[str], language: Language, local: CompactStyles
) -> list[Any]:
    parts: list[Any] = []
    for key in keys:
        text = content.text(key)
        if text:
            parts += labelled(label(key, language), text, local)
    return parts


def labelled(heading: str, text: str, local: CompactStyles) -> list[Any]:
    """A labelled answer: run in when it is one paragraph, the label above when it has lines."""
    if "\n" in text.strip():
        return [paragraph(heading, local.label), paragraph(text, local.body)]
    return [run_in(heading, text, local.body)]


def _head(data: PolicyPrint, language: Language, local: CompactStyles) -> list[Any]:
    content = data.content
    parts: list[Any] = [paragraph(content.title.strip() or title(language), local.title)]
    about = " \u2014 ".join(
        text for text in (content.business_name.strip(), content.trade.strip()) if text
    )
    if about:
        parts.append(paragraph(about, local.subtitle))
    vision = content.text("vision.final")
    if vision:
        kicker = safe(word("vision", language).upper())
        markup = f"<font name='{FONT}' size='7.5' color='#555555'>{kicker}</font><br/>"
        parts.append(marked(markup + safe(vision), local.vision))
    return parts


_MISSION_KEYS: Final = (
    "mission.who_we_are",
    "mission.for_whom",
    "mission.perceived_as",
    "mission.view_of_service",
    "mission.economics",
    "mission.ambition",
    "mission.approach",
    "mission.strategic_mission",
)


def _mission(content: PolicyContent, language: Language, local: CompactStyles) -> Section:
    return (word("mission", language), _answers(content, _MISSION_KEYS, language, local))


def _promises(content: PolicyContent, language: Language, sheet: Styles, width: float) -> Section:
    return (
        word("promises", language),
        goals_table(content.goals, language, sheet, width, owner=True),
    )


def _areas(content: PolicyContent, language: Language, local: CompactStyles) -> Section:
    keys = [f"areas.{area.value}" for area in PolicyArea if content.printed(f"areas.{area.value}")]
    parts = _answers(content, keys, language, local)
    voices: list[Any] = []
    for plan in content.channels:
        strategy, tone = plan.strategy.strip(), plan.tone.strip()
        if not strategy and not tone:
            continue
        markup = f"<b>{safe(channel_name(plan.channel, language))}</b>\u2003{safe(strategy)}"
        if tone:
            markup += f" <i>{safe(word('tone', language))}</i> {safe(tone)}"
        voices.append(marked(markup, local.body))
    if voices:
        parts += [paragraph(word("channels", language), local.label), *voices]
    return (word("areas", language), parts)


def _guidelines(data: PolicyPrint, language: Language, local: CompactStyles) -> Section:
    content = data.content
    parts = _answers(content, ("guidelines.complaint_steps",), language, local)
    discretion = content.text("guidelines.discretion")
    limit = content.text("guidelines.compensation_limit")
    compensation = ""
    if limit:
        amount = amount_text(limit, data.currency, language)
        compensation = word("compensation", language, amount=amount)
    if discretion:
        # The limit belongs with what staff may decide alone: one paragraph, one line less.
        text = (
            f"{discretion} {compensation}"
            if compensation and "\n" not in discretion
            else discretion
        )
        parts += labelled(label("guidelines.discretion", language), text, local)
        if compensation and text == discretion:
            parts.append(paragraph(compensation, local.body))
    elif compensation:
        parts.append(paragraph(compensation, local.body))
    parts += _answers(
        content, ("guidelines.escalation", "guidelines.customer_asks"), language, local
    )
    return (word("guidelines", language), parts)


def _rollout(content: PolicyContent, language: Language, local: CompactStyles) -> Section:
    parts = _answers(content, ("rollout.training",), language, local)
    facts: list[tuple[str, str]] = []
    meeting = _iso_day(content.text("rollout.meeting_date"))
    if meeting is not None:
        facts.append((label("rollout.meeting_date", language), _whole_day(meeting, language)))
    decider = content.text("rollout.decider")
    if decider:
        shown = pick(_CHOICES, decider, language) if decider in _CHOICES else decider
        facts.append((label("rollout.decider", language), shown))
    cadence = content.text("rollout.cadence")
    if cadence:
        known = cadence in Cadence._value2member_map_
        shown = cadence_name(Cadence(cadence), language) if known else cadence
        facts.append((label("rollout.cadence", language), shown))
    owner = content.text("rollout.follow_up_owner")
    if owner:
        facts.append((label("rollout.follow_up_owner", language), owner))
    if facts:
        parts.append(facts_line(facts, local.body))
    parts += _answers(content, ("rollout.decision", "rollout.follow_up"), language, local)
    return (word("rollout", language), parts)


def facts_line(facts: Sequence[tuple[str, str]], style: Any) -> Any:
    """Short labelled facts on one line: "**Mandatory meeting** 5 October 2025 · **Who…**"."""
    return marked(
        "\u2003\u00b7\u2003".join(
            f"<b>{safe(name)}</b>\u2002{safe(value)}" for name, value in facts
        ),
        style,
    )


def _approval(data: PolicyPrint, language: Language, local: CompactStyles, width: float) -> Section:
    content = data.content
    approvers = content.text("approval.approvers")
    version = version_text(data.number, language)
    parts: list[Any] = []
    if data.draft:
        parts.append(paragraph(f"{version}. {word('not_approved', language)}", local.body))
    facts = [] if data.draft else [(version, "")]
    if approvers:
        facts.append((word("approved_by", language), approvers))
    if data.approved_on is not None and not data.draft:
        facts.append((word("approval_date", language), _whole_day(data.approved_on, language)))
    if facts:
        parts.append(facts_line(facts, local.body))
    names = approver_names(approvers) or [""]
    role = word("approved_by", language)
    parts.append(signatures([(role, name) for name in names], language, width))
    return (word("approval", language), parts)


def _whole_day(day: date, language: Language) -> str:
    """A date that never breaks over two lines ("23 September 2025" stays together)."""
    return format_day(day, language).replace(" ", "\u00a0")


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


__all__ = [
    "CompactStyles",
    "PolicyPrint",
    "Section",
    "amount_text",
    "assemble",
    "channel_name",
    "count_text",
    "facts_line",
    "goals_table",
    "number_text",
    "policy_story",
    "title",
    "word",
]
