"""The whole policy as one readable HTML document, for the review and the version viewer.

The review shows every answer of a version under its step, with the lists (channels, findings,
the top three problems, goals) written out in words: choices as their labels, numbers, dates
and amounts in the user's locale. Everything the owner typed is escaped, so text that looks
like markup (``<b>&amp;``) shows exactly as typed; line breaks are kept.

With ``links=True`` each step heading links to ``policy:step/<step>`` and each answer's label
to ``policy:answer/<key>``; :func:`parse_link` reads such a link back.

What the printed policy holds is decided here too (:func:`printed_length`): the business and
mission, the vision, the goals, the policy areas the owner keeps in print with each channel's
strategy and tone, the staff guidelines, the rollout and the approval. Today's figures, the
customer-needs material and the vision exercise are the owner's working notes: the review
shows them, marked as such, but they do not count towards the two A4 pages.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl

from policydesk.domain.goals import GoalTemplate
from policydesk.domain.money import currency_exponent
from policydesk.domain.policy import FieldKind, PolicyStep
from policydesk.domain.policy_content import (
    FIELDS_BY_KEY,
    ChannelPlanEntry,
    FindingEntry,
    GoalEntry,
    PolicyContent,
    TopProblemEntry,
    fields_of,
    parse_number,
)
from policydesk.domain.policy_words import estimated_pages, word_count
from policydesk.ui.complaint_texts import channel_label
from policydesk.ui.wizard import policy_texts as texts

translate = QCoreApplication.translate

LINK_SCHEME = "policy"
TWO_PAGES = 2.0
"""The aim: a policy people read fits on two A4 pages."""

# Steps whose content is the owner's working material rather than part of the printed policy.
WORKING_STEPS = frozenset({PolicyStep.TODAY, PolicyStep.NEEDS})
# The vision exercise leads to the vision; only the vision itself is printed.
WORKING_KEYS = frozenset(
    {"vision.success", "vision.reasons", "vision.customer_view", "vision.steps", "vision.summary"}
)
_BOOLEAN_FIELDS = frozenset({"frequent", "costly", "actionable"})
_DATE_FIELDS = frozenset(
    {"period_start", "period_end", "recorded_on", "baseline_from", "baseline_to"}
)
_CODE_FIELDS = frozenset(
    {"inflow_period", "source", "template", "direction", "channel", "cadence", "abandoned_rule"}
)
_NUMBER_FIELDS = frozenset(
    {
        "inflow_count",
        "value",
        "threshold_seconds",
        "baseline_value",
        "baseline_months",
        "minimum_value",
        "target_value",
        "short_abandon_seconds",
        "top_problem_rank",
    }
)
_MUTED = "color: #6b6b6b;"
# Links look like headings and labels that can be clicked, not like a web page's underlines.
_STYLE = "a { text-decoration: none; } h1 { font-size: x-large; } h2 { font-size: large; }"


# ---------------------------------------------------------------------------- links


def step_link(step: PolicyStep) -> str:
    """The link that leads back to a step."""
    return f"{LINK_SCHEME}:step/{step.value}"


def answer_link(key: str) -> str:
    """The link that leads back to one answer."""
    return f"{LINK_SCHEME}:answer/{key}"


def parse_link(link: QUrl | str) -> tuple[PolicyStep, str] | None:
    """The step a review link leads to, and the answer's key ('' for the step itself).

    Returns None for anything that is not such a link.
    """
    text = link.toString() if isinstance(link, QUrl) else link
    scheme, _, rest = text.partition(":")
    kind, _, target = rest.partition("/")
    if scheme != LINK_SCHEME:
        return None
    if kind == "step" and target in PolicyStep._value2member_map_:
        return PolicyStep(target), ""
    if kind == "answer":
        step = step_of_key(target)
        return None if step is None else (step, target)
    return None


def step_of_key(key: str) -> PolicyStep | None:
    """The step that asks for an answer or list entry (``mission.ambition``, ``goal.3``)."""
    if key in FIELDS_BY_KEY:
        return FIELDS_BY_KEY[key].step
    head = key.split(".", 1)[0]
    if head == "channel":
        tail = key.rsplit(".", 1)[-1]
        return PolicyStep.AREAS if tail in ("strategy", "tone") else PolicyStep.TODAY
    if head in PolicyStep._value2member_map_:
        return PolicyStep(head)
    return _LIST_STEPS.get(head)


_LIST_STEPS = {
    "business": PolicyStep.MISSION,
    "goal": PolicyStep.GOALS,
    "goals": PolicyStep.GOALS,
    "problem": PolicyStep.NEEDS,
    "finding": PolicyStep.NEEDS,
}


# ---------------------------------------------------------------------------- words for values


def escaped(text: str) -> str:
    """User text made safe for rich text: markup shows literally, line breaks stay."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(html.escape(line) for line in lines)


def number_words(value: float) -> str:
    """A number in the user's locale: whole numbers without decimals, others with up to two."""
    locale = QLocale()
    if value == int(value) and abs(value) < 2**63:
        return locale.toString(int(value))
    shown = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    return shown.rstrip("0").rstrip(point) if point in shown else shown


def date_words(day: date, *, long: bool = False) -> str:
    """A day in the user's locale (the long form for a single date, short ones in lists)."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def amount_words(minor_text: str, currency: str) -> str:
    """An amount stored in minor units (öre, bani), in major units with the currency code."""
    minor = parse_number(minor_text)
    if minor is None:
        return minor_text
    exponent = currency_exponent(currency)
    major = minor / 10**exponent
    shown = QLocale().toString(major, "f", exponent) if exponent else number_words(major)
    return f"{shown} {currency}".strip()


def value_words(key: str, value: str, currency: str = "") -> str:
    """Any answer, or any value :meth:`PolicyContent.flatten` makes, as plain words.

    Codes become their labels, numbers and dates follow the locale, amounts get the currency,
    and free text is returned as typed.
    """
    spec = FIELDS_BY_KEY.get(key)
    text = value.strip()
    if spec is not None:
        return _field_words(spec.kind, value, currency)
    name = key.rsplit(".", 1)[-1]
    if name in _CODE_FIELDS:
        return texts.choice_label(text)
    if name in _BOOLEAN_FIELDS:
        return translate("PolicyHtml", "Yes") if text else ""
    if name in _DATE_FIELDS:
        day = _iso_date(text)
        return date_words(day) if day else value
    if name in _NUMBER_FIELDS:
        number = parse_number(text)
        return number_words(number) if number is not None else value
    return value


def _field_words(kind: FieldKind, value: str, currency: str) -> str:
    text = value.strip()
    if not text:
        return ""
    if kind is FieldKind.CHOICE:
        return texts.choice_label(text)
    if kind is FieldKind.DATE:
        day = _iso_date(text)
        return date_words(day, long=True) if day else value
    if kind is FieldKind.AMOUNT:
        return amount_words(text, currency)
    if kind in (FieldKind.NUMBER, FieldKind.INTEGER):
        number = parse_number(text)
        return number_words(number) if number is not None else value
    return value


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- the document


def policy_html(content: PolicyContent, *, links: bool, currency: str = "") -> str:
    """The whole policy as an HTML document.

    Args:
        content: what the version says.
        links: link each step heading and answer label back to the wizard (the review).
        currency: the business's currency code, for the compensation limit.
    """
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    title = content.title.strip() or translate("PolicyHtml", "Customer service policy")
    parts.append(f"<h1>{escaped(title)}</h1>")
    business = " — ".join(
        escaped(text) for text in (content.business_name.strip(), content.trade.strip()) if text
    )
    if business:
        parts.append(f"<p><b>{business}</b></p>")
    for number, step in enumerate(PolicyStep, start=1):
        blocks = _step_blocks(step, content, links=links, currency=currency)
        if not blocks and not links:
            continue  # an old version shows what it says; the review also shows what is empty
        heading = escaped(f"{number}. {texts.step_title(step)}")
        if links:
            heading = f'<a href="{step_link(step)}">{heading}</a>'
        parts.append(f"<h2>{heading}</h2>")
        if step in WORKING_STEPS and blocks:
            parts.append(
                f'<p style="{_MUTED}"><i>'
                + escaped(translate("PolicyHtml", "Working notes: not part of the printed policy."))
                + "</i></p>"
            )
        if not blocks:
            parts.append(
                f'<p style="{_MUTED}"><i>'
                + escaped(translate("PolicyHtml", "Nothing is written here yet."))
                + "</i></p>"
            )
        parts.extend(blocks)
    parts.append("</body></html>")
    return "\n".join(parts)


def _step_blocks(
    step: PolicyStep, content: PolicyContent, *, links: bool, currency: str
) -> list[str]:
    blocks: list[str] = []
    for spec in fields_of(step):
        raw = content.text(spec.key)
        if not raw:
            continue
        words = _field_words(spec.kind, raw, currency)
        note = ""
        muted = False
        if spec.printable and not content.printed(spec.key):
            note = translate("PolicyHtml", "(left out of the printed policy)")
            muted = True
        elif spec.key in WORKING_KEYS:
            note = translate("PolicyHtml", "(working notes, not printed)")
        blocks.append(
            _answer_block(
                spec.key,
                texts.answer_label(spec.key),
                words,
                note=note,
                links=links,
                muted=muted,
            )
        )
    if step is PolicyStep.TODAY:
        blocks += _inflow_blocks(content.channels)
    elif step is PolicyStep.NEEDS:
        blocks += [_finding_block(finding) for finding in content.findings]
        problems = sorted(
            (problem for problem in content.top_problems if not problem.is_empty),
            key=lambda problem: problem.rank,
        )
        if problems:
            blocks.append(
                "<p><b>"
                + escaped(translate("PolicyHtml", "The three most important problems"))
                + "</b></p>"
            )
            blocks += [_top_problem_block(problem) for problem in problems]
    elif step is PolicyStep.GOALS:
        blocks += [_goal_block(goal) for goal in content.goals]
    elif step is PolicyStep.AREAS:
        blocks += _voice_blocks(content.channels)
    return blocks


def _answer_block(key: str, label: str, words: str, *, note: str, links: bool, muted: bool) -> str:
    shown = escaped(label)
    if links:
        shown = f'<a href="{answer_link(key)}">{shown}</a>'
    if note:
        shown += f' <i style="{_MUTED}">{escaped(note)}</i>'
    style = f' style="{_MUTED}"' if muted else ""
    return f"<p><b>{shown}</b><br><span{style}>{escaped(words)}</span></p>"


def _inflow_blocks(channels: Iterable[ChannelPlanEntry]) -> list[str]:
    lines = [
        escaped(
            translate("PolicyHtml", "%1: %2 %3")
            .replace("%1", channel_label(plan.channel))
            .replace("%2", number_words(plan.inflow_count))
            .replace("%3", texts.choice_label(plan.inflow_period.value))
        )
        for plan in channels
        if plan.inflow_count is not None
    ]
    if not lines:
        return []
    heading = escaped(translate("PolicyHtml", "Contacts today, per channel"))
    return [f"<p><b>{heading}</b><br>{'<br>'.join(lines)}</p>"]


def _voice_blocks(channels: Iterable[ChannelPlanEntry]) -> list[str]:
    blocks: list[str] = []
    for plan in channels:
        strategy, tone = plan.strategy.strip(), plan.tone.strip()
        if not strategy and not tone:
            continue
        lines = []
        if strategy:
            lines.append(_labelled(translate("PolicyHtml", "Strategy"), strategy))
        if tone:
            lines.append(_labelled(translate("PolicyHtml", "Tone of voice"), tone))
        name = escaped(channel_label(plan.channel))
        blocks.append(f"<p><b>{name}</b><br>{'<br>'.join(lines)}</p>")
    return blocks


def _labelled(label: str, text: str) -> str:
    return f"<i>{escaped(label)}:</i> {escaped(text)}"


def _finding_block(finding: FindingEntry) -> str:
    head = escaped(texts.source_label(finding.source))
    if finding.title.strip():
        head += ": " + escaped(finding.title.strip())
    lines = [f"<b>{head}</b>"]
    if finding.detail.strip():
        lines.append(escaped(finding.detail.strip()))
    facts = []
    if finding.value is not None:
        facts.append(_with_unit(finding.value, finding.unit))
    period = _period(finding.period_start, finding.period_end)
    if period:
        facts.append(period)
    if finding.source_name.strip():
        facts.append(finding.source_name.strip())
    if finding.recorded_on is not None:
        facts.append(
            translate("PolicyHtml", "recorded on %1").replace("%1", date_words(finding.recorded_on))
        )
    if facts:
        lines.append(escaped(" · ".join(facts)))
    return f"<p>{'<br>'.join(lines)}</p>"


def _top_problem_block(problem: TopProblemEntry) -> str:
    head = escaped(f"{problem.rank}. {problem.title.strip()}")
    lines = [f"<b>{head}</b>"]
    if problem.detail.strip():
        lines.append(escaped(problem.detail.strip()))
    lines.append(f"<i>{escaped(rule_verdict(problem))}</i>")
    return f"<p>{'<br>'.join(lines)}</p>"


def rule_verdict(problem: TopProblemEntry) -> str:
    """Whether a top problem passes the rule (frequent, costly, actionable), in words."""
    if problem.passes_rule:
        return translate("PolicyHtml", "Passes the rule: frequent, costly and actionable.")
    missing = [
        word
        for marked, word in (
            (problem.frequent, translate("PolicyHtml", "frequent")),
            (problem.costly, translate("PolicyHtml", "costly")),
            (problem.actionable, translate("PolicyHtml", "actionable")),
        )
        if not marked
    ]
    return translate("PolicyHtml", "Does not pass the rule yet; not marked as %1.").replace(
        "%1", ", ".join(missing)
    )


def _goal_block(goal: GoalEntry) -> str:
    head = escaped(goal.title.strip())
    if goal.template is not GoalTemplate.CUSTOM:
        head += f' <span style="{_MUTED}">({escaped(texts.template_label(goal.template))})</span>'
    lines = [f"<b>{head}</b>"]
    if goal.definition.strip():
        lines.append(escaped(goal.definition.strip()))
    lines.append(escaped(" · ".join(goal_facts(goal))))
    return f"<p>{'<br>'.join(line for line in lines if line)}</p>"


def goal_facts(goal: GoalEntry) -> list[str]:
    """A goal's figures and who follows it up, as short phrases in the user's language."""
    facts: list[str] = []
    if goal.target_value is not None:
        facts.append(
            translate("PolicyHtml", "target %1").replace(
                "%1", _with_unit(goal.target_value, goal.unit)
            )
        )
    if goal.minimum_value is not None:
        facts.append(
            translate("PolicyHtml", "minimum level %1").replace(
                "%1", _with_unit(goal.minimum_value, goal.unit)
            )
        )
    if goal.baseline_value is not None:
        baseline = translate("PolicyHtml", "baseline %1").replace(
            "%1", _with_unit(goal.baseline_value, goal.unit)
        )
        period = _period(goal.baseline_from, goal.baseline_to)
        facts.append(f"{baseline} ({period})" if period else baseline)
    elif goal.baseline_months is not None:
        facts.append(
            translate("PolicyHtml", "measure first for %1 months").replace(
                "%1", number_words(goal.baseline_months)
            )
        )
    if goal.threshold_seconds is not None:
        facts.append(
            translate("PolicyHtml", "within %1 seconds").replace(
                "%1", number_words(goal.threshold_seconds)
            )
        )
    if goal.channel is not None:
        facts.append(channel_label(goal.channel))
    if goal.abandoned_rule is not None:
        rule = translate("PolicyHtml", "abandoned calls: %1").replace(
            "%1", texts.choice_label(goal.abandoned_rule.value)
        )
        if goal.short_abandon_seconds:
            rule += " " + translate("PolicyHtml", "(within %1 seconds)").replace(
                "%1", number_words(goal.short_abandon_seconds)
            )
        facts.append(rule)
    facts.append(texts.choice_label(goal.direction.value))
    if goal.owner_name.strip():
        facts.append(translate("PolicyHtml", "owner: %1").replace("%1", goal.owner_name.strip()))
    facts.append(
        translate("PolicyHtml", "review: %1").replace("%1", texts.choice_label(goal.cadence.value))
    )
    if goal.top_problem_rank is not None:
        facts.append(
            translate("PolicyHtml", "for top problem %1").replace(
                "%1", number_words(goal.top_problem_rank)
            )
        )
    return facts


def _with_unit(value: float, unit: str) -> str:
    unit = unit.strip()
    return f"{number_words(value)} {unit}" if unit else number_words(value)


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{date_words(start) if start else '…'} – {date_words(end) if end else '…'}"


# ---------------------------------------------------------------------------- printed length


@dataclass(frozen=True, slots=True)
class PrintedLength:
    """How long the printed policy would be.

    Attributes:
        words: words of running text the printed policy holds.
        headings: headings and answer labels it prints.
        pages: estimated A4 pages.
    """

    words: int
    headings: int
    pages: float

    @property
    def too_long(self) -> bool:
        """Whether the policy runs past the two pages it aims for."""
        return self.pages > TWO_PAGES


def printed_texts(content: PolicyContent) -> tuple[list[str], int]:
    """The texts the printed policy holds, and how many headings and labels go with them."""
    found: list[str] = [content.title, content.business_name, content.trade]
    headings = 1
    for step in PolicyStep:
        if step in WORKING_STEPS:
            continue
        before = len(found)
        for spec in fields_of(step):
            text = content.text(spec.key)
            if not text or spec.key in WORKING_KEYS or not content.printed(spec.key):
                continue
            found.append(text)
            headings += 1
        if step is PolicyStep.GOALS:
            for goal in content.goals:
                found += [goal.title, goal.definition, " ".join(goal_facts(goal))]
                headings += 1
        elif step is PolicyStep.AREAS:
            for plan in content.channels:
                if plan.strategy.strip() or plan.tone.strip():
                    found += [plan.strategy, plan.tone]
                    headings += 1
        if len(found) > before:
            headings += 1  # the step's own heading
    return [text for text in found if text.strip()], headings


def printed_length(content: PolicyContent) -> PrintedLength:
    """Count the printed policy's words and estimate its A4 pages."""
    found, headings = printed_texts(content)
    words = sum(word_count(text) for text in found)
    return PrintedLength(words, headings, estimated_pages(words, headings))
