"""The service-level agreement: at most two pages, signed by both sides.

It follows the seven steps of an SLA: the service in one sentence (the business's trade, with
the vision as its promise); what is measured (the goals: metric, baseline, minimum level and
target, and how each is measured); the person ultimately responsible (the one responsible for
follow-up); the office hours and the holidays that close the business; the service clock's
targets and the rules it counts by (business hours only, the length of a business day, whether
waiting for the customer stops the clock, a reopened complaint continuing its clock); the review
meetings, where a figure below its minimum level gets an improvement plan; and signature lines
for the business and for the customer.

The parties block names the business with its registration number and contact details and
leaves a line for the customer. Sections without content are left out and the others numbered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from policydesk.domain.goals import Cadence
from policydesk.domain.languages import Language
from policydesk.export.charter import (
    ClockTargets,
    Contact,
    OpeningHours,
    Targets,
    holiday_text,
    hours_text,
)
from policydesk.export.pdf import Story, Styles, format_day, marked, paragraph, safe, signatures
from policydesk.export.policy_document import (
    CompactStyles,
    PolicyPrint,
    Progress,
    Section,
    assemble,
    count_text,
    facts_line,
    goals_table,
    pick,
)


@dataclass(frozen=True, slots=True)
class SlaPrint:
    """Everything the SLA prints.

    Attributes:
        policy: the version of the policy it is based on.
        business: the business's name (the service provider).
        org_number: its registration number ('' when not entered).
        contact: its address, phone, e-mail and website.
        hours: its office hours and holidays.
        clock: the service clock's targets and rules.
    """

    policy: PolicyPrint
    business: str = ""
    org_number: str = ""
    contact: Contact = field(default_factory=Contact)
    hours: OpeningHours = field(default_factory=OpeningHours)
    clock: ClockTargets = field(default_factory=ClockTargets)


_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    # English, Swedish, Romanian
    "title": (
        "Service-level agreement",
        "Servicenivåavtal",
        "Acord privind nivelul serviciilor",
    ),
    "intro": (
        "This agreement describes the service {business} provides and the service levels it "
        "promises. It is based on our customer service policy, version {number}{approved}.",
        "Det här avtalet beskriver den service som {business} ger och vilka servicenivåer vi "
        "lovar. Det bygger på vår kundservicepolicy, version {number}{approved}.",
        "Acest acord descrie serviciile oferite de {business} și nivelurile de serviciu pe care "
        "le garantăm. Are la bază politica noastră de relații cu clienții, versiunea "
        "{number}{approved}.",
    ),
    "intro_plain": (
        "This agreement describes our service and the service levels we promise. It is based "
        "on our customer service policy, version {number}{approved}.",
        "Det här avtalet beskriver vår service och vilka servicenivåer vi lovar. Det bygger på "
        "vår kundservicepolicy, version {number}{approved}.",
        "Acest acord descrie serviciile noastre și nivelurile de serviciu pe care le garantăm. "
        "Are la bază politica noastră de relații cu clienții, versiunea {number}{approved}.",
    ),
    "approved": (", approved on {day}", ", godkänd {day}", ", aprobată la {day}"),
    "parties": ("The parties", "Parter", "Părțile"),
    "provider": ("Service provider", "Leverantör", "Furnizorul serviciilor"),
    "customer": ("Customer", "Kund", "Clientul"),
    "org_number": ("reg. no. {number}", "org.nr {number}", "nr. de înregistrare {number}"),
    "service": ("The service", "Tjänsten", "Serviciul"),
    "promise": ("Our promise", "Vårt löfte", "Angajamentul nostru"),
    "measured": ("Measured parameters", "Det här mäter vi", "Parametrii măsurați"),
    "responsibility": ("Responsibility", "Ansvar", "Responsabilitate"),
    "responsible": (
        "Ultimately responsible",
        "Ytterst ansvarig",
        "Responsabil în ultimă instanță",
    ),
    "hours": ("Office hours", "Öppettider", "Program de lucru"),
    "no_hours": (
        "No office hours are set, so every hour of the day counts.",
        "Inga öppettider är angivna, så alla dygnets timmar räknas.",
        "Nu este stabilit un program de lucru, deci se socotește fiecare oră din zi.",
    ),
    "clock": (
        "Response times and how they are counted",
        "Svarstider och hur de räknas",
        "Termene de răspuns și modul de calcul",
    ),
    "complaints": ("Complaints", "Klagomål", "Reclamații"),
    "all_complaints": ("All complaints", "Alla klagomål", "Toate reclamațiile"),
    "acknowledge": ("Acknowledged within", "Bekräftas inom", "Confirmare în cel mult"),
    "resolve": ("Resolved within", "Löses inom", "Rezolvare în cel mult"),
    "follow_up": ("Followed up within", "Följs upp inom", "Urmărire în cel mult"),
    "rule_start": (
        "The clock starts when a complaint reaches us.",
        "Klockan startar när ett klagomål når oss.",
        "Timpul începe să curgă din momentul în care reclamația ajunge la noi.",
    ),
    "rule_open": (
        "Only business hours count: the clock stands still while we are closed, at night, on "
        "closed days and on public holidays.",
        "Bara öppettid räknas: klockan står still när vi har stängt, på nätter, stängda dagar "
        "och helgdagar.",
        "Se socotesc doar orele de program: timpul nu curge cât timp suntem închiși, noaptea, "
        "în zilele libere și în sărbătorile legale.",
    ),
    "rule_day": (
        "A business day is {hours}, the length of our usual open day.",
        "En arbetsdag är {hours}, lika lång som vår vanliga öppetdag.",
        "O zi lucrătoare înseamnă {hours}, cât durează de obicei o zi de program.",
    ),
    "rule_pause": (
        "While we wait for an answer from the customer, the clock stops: the time that was "
        "left when the wait began is still left when it ends.",
        "Medan vi väntar på svar från kunden står klockan still: den tid som var kvar när "
        "väntan började finns kvar när den slutar.",
        "Cât timp așteptăm răspunsul clientului, timpul se oprește: timpul rămas la începutul "
        "așteptării rămâne disponibil și după aceea.",
    ),
    "rule_no_pause": (
        "The clock keeps running while we wait for an answer from the customer.",
        "Klockan går även medan vi väntar på svar från kunden.",
        "Timpul curge și cât timp așteptăm răspunsul clientului.",
    ),
    "rule_reopen": (
        "A complaint that is reopened continues its clock from when it was received: the time "
        "it has already used still counts.",
        "Ett klagomål som öppnas igen fortsätter på sin klocka från när det togs emot: den tid "
        "som redan har gått räknas.",
        "O reclamație redeschisă își continuă timpul de la primire: timpul deja consumat se "
        "socotește în continuare.",
    ),
    "rule_follow_up": (
        "Follow-up is counted in calendar days after the complaint is resolved.",
        "Uppföljningen räknas i kalenderdagar efter att klagomålet är löst.",
        "Urmărirea se socotește în zile calendaristice de la rezolvarea reclamației.",
    ),
    "review": ("Review meetings", "Uppföljningsmöten", "Ședințe de analiză"),
    "review_when": (
        "We hold a review meeting {when} to go through the measured parameters.",
        "Vi håller ett uppföljningsmöte {when} och går igenom måtten.",
        "Ținem o ședință de analiză {when}, în care discutăm parametrii măsurați.",
    ),
    "improvement": (
        "If a parameter falls below its minimum level, an improvement plan is presented at the "
        "next review meeting.",
        "Om ett mått hamnar under sin miniminivå läggs en förbättringsplan fram på nästa "
        "uppföljningsmöte.",
        "Dacă un parametru scade sub nivelul minim, la următoarea ședință de analiză se "
        "prezintă un plan de îmbunătățire.",
    ),
    "signatures": ("Signatures", "Underskrifter", "Semnături"),
    "for_business": ("For {business}", "För {business}", "Pentru {business}"),
    "for_customer": ("For the customer", "För kunden", "Pentru client"),
}
_WHEN: Final[dict[Cadence, tuple[str, str, str]]] = {
    Cadence.MONTHLY: ("every month", "varje månad", "în fiecare lună"),
    Cadence.QUARTERLY: ("every quarter", "varje kvartal", "în fiecare trimestru"),
    Cadence.YEARLY: ("every year", "varje år", "în fiecare an"),
}
_BLANK: Final = "_" * 48  # a line to write on


def word(key: str, language: Language, **values: object) -> str:
    """A word or sentence of the SLA in ``language``, with ``values`` filled in."""
    text = pick(_WORDS, key, language)
    return text.format(**values) if values else text


def title(language: Language) -> str:
    """The SLA's title as a document: "Service-level agreement"."""
    return word("title", language)


def sla_story(data: SlaPrint, language: Language, progress: Progress | None = None) -> Story:
    """The SLA's flowables (see the module doc), for :func:`~policydesk.export.pdf.build_pdf`.

    Args:
        data: what the SLA prints.
        language: the document's language.
        progress: told ``(parts done, parts in all)`` between the parts; it may raise to stop.
    """
    language = Language(language)

    def story(sheet: Styles, width: float) -> list[Any]:
        local = CompactStyles.make(sheet)
        return assemble(
            [
                lambda: ("", _head(data, language, local)),
                lambda: (word("parties", language), _parties(data, language, local)),
                lambda: (word("service", language), _service(data, language, local)),
                lambda: (word("measured", language), _measured(data, language, sheet, width)),
                lambda: (word("responsibility", language), _responsible(data, language, local)),
                lambda: (word("hours", language), _hours(data, language, local)),
                lambda: (word("clock", language), _clock(data, language, sheet, local, width)),
                lambda: (word("review", language), _review(data, language, local)),
                lambda: _signatures(data, language, width),
            ],
            local.heading,
            progress,
        )

    return story


def _head(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    approved = ""
    if data.policy.approved_on is not None and not data.policy.draft:
        approved = word("approved", language, day=format_day(data.policy.approved_on, language))
    business = data.business.strip()
    intro = word(
        "intro" if business else "intro_plain",
        language,
        business=business,
        number=data.policy.number,
        approved=approved,
    )
    return [paragraph(title(language), local.title), paragraph(intro, local.body)]


def _parties(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    contact = data.contact
    details = [data.business.strip()]
    if data.org_number.strip():
        details.append(word("org_number", language, number=data.org_number.strip()))
    details += [contact.address, contact.phone, contact.email, contact.website]
    provider = ", ".join(detail.strip() for detail in details if detail.strip())
    parts: list[Any] = []
    if provider:
        parts.append(
            marked(f"<b>{safe(word('provider', language))}:</b>\u2002{safe(provider)}", local.body)
        )
    parts.append(marked(f"<b>{safe(word('customer', language))}:</b>\u2002{_BLANK}", local.body))
    return parts


def _service(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    content = data.policy.content
    parts: list[Any] = []
    trade = content.trade.strip()
    if trade:
        parts.append(paragraph(trade, local.body))
    vision = content.text("vision.final")
    if vision:
        parts.append(
            marked(f"<b>{safe(word('promise', language))}:</b>\u2002{safe(vision)}", local.body)
        )
    return parts


def _measured(data: SlaPrint, language: Language, sheet: Styles, width: float) -> list[Any]:
    return goals_table(data.policy.content.goals, language, sheet, width, owner=False)


def _responsible(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    owner = data.policy.content.text("rollout.follow_up_owner")
    if not owner:
        return []
    return [facts_line([(word("responsible", language), owner)], local.body)]


def _hours(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    parts: list[Any] = []
    weekly = hours_text(data.hours.weekly, language)
    if weekly:
        parts.append(paragraph(weekly, local.body))
    holidays = holiday_text(data.hours, language)
    if holidays:
        parts.append(paragraph(holidays, local.body))
    return parts


def _clock(
    data: SlaPrint, language: Language, sheet: Styles, local: CompactStyles, width: float
) -> list[Any]:
    from policydesk.export.pdf import bullets, table

    clock = data.clock
    rows = [targets for targets in (clock.general, *clock.categories) if targets.any_set]
    if not rows:
        return []
    heads = [word(key, language) for key in ("complaints", "acknowledge", "resolve", "follow_up")]
    grid: list[list[Any]] = [[paragraph(head, sheet.cell_bold) for head in heads]]
    for targets in rows:
        grid.append([paragraph(text, sheet.cell) for text in _target_cells(targets, language)])
    parts: list[Any] = [table(grid, [width * share for share in (0.34, 0.22, 0.22, 0.22)])]
    rules = [word("rule_start", language)]
    if clock.hours_set:
        rules.append(word("rule_open", language))
        day = count_text(clock.day_hours, "business_hour", language)
        rules.append(word("rule_day", language, hours=day))
    else:
        rules.append(word("no_hours", language))
    rules.append(word("rule_pause" if clock.pause_while_waiting else "rule_no_pause", language))
    rules.append(word("rule_reopen", language))
    if any(targets.follow_up_days is not None for targets in rows):
        rules.append(word("rule_follow_up", language))
    parts.append(_gap())
    parts += bullets(rules, _bullet_style(local.body))
    return parts


def _target_cells(targets: Targets, language: Language) -> Sequence[str]:
    name = targets.category.strip() or word("all_complaints", language)

    def shown(value: float | None, unit: str) -> str:
        return "\u2013" if value is None else count_text(value, unit, language)

    return (
        name,
        shown(targets.acknowledge_hours, "business_hour"),
        shown(targets.resolve_days, "business_day"),
        shown(targets.follow_up_days, "day"),
    )


def _review(data: SlaPrint, language: Language, local: CompactStyles) -> list[Any]:
    content = data.policy.content
    parts: list[Any] = []
    cadence = content.text("rollout.cadence")
    if cadence in Cadence._value2member_map_:
        when = pick(_WHEN, Cadence(cadence), language)
        parts.append(paragraph(word("review_when", language, when=when), local.body))
    follow_up = content.text("rollout.follow_up")
    if follow_up:
        parts.append(paragraph(follow_up, local.body))
    if any(goal.minimum_value is not None for goal in content.goals):
        parts.append(paragraph(word("improvement", language), local.body))
    return parts


def _signatures(data: SlaPrint, language: Language, width: float) -> Section:
    business = data.business.strip()
    provider = (
        word("for_business", language, business=business)
        if business
        else word("provider", language)
    )
    parties = [(provider, ""), (word("for_customer", language), "")]
    return (word("signatures", language), [signatures(parties, language, width)])


def _gap() -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, 4)


def _bullet_style(body: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("sla_rule", body, leftIndent=11, bulletIndent=1, spaceAfter=1.5)


__all__ = ["SlaPrint", "sla_story", "title"]
