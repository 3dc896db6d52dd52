"""The customer charter: one page for the wall or the counter, in large, friendly type.

What it says, from the same version of the policy as the printed policy:

- **our promise** in one sentence (the vision);
- **how to reach us**: the business's address, phone, e-mail and website for the channels the
  policy plans, then the **opening hours** ("Mon–Fri 10:00–18:00, Sat 10:00–15:00") and
  whose public holidays close the business;
- **how quickly we respond**: the service clock's general targets (acknowledge within N
  business hours, resolve within N business days, follow up within N days), those set only;
- **if something is wrong**: the ways to complain, and how a complaint is handled (the staff
  guideline for a complaint).

The policy has no answer for what the business asks of its customers, so the charter does not
print that part.

**Always one page.** The parts are laid out at full size when they fit; otherwise the type gets
smaller in steps, then the complaint guideline (the longest, least needed part) is left out, and
as a last resort what remains is scaled down until it fits. Nothing is cut: every text that
prints, prints as typed. The same holds on A4 and on US Letter.

The office hours and the clock's targets are passed in as plain data (:class:`OpeningHours`,
:class:`ClockTargets`), which the SLA (:mod:`policydesk.export.sla`) prints too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from policydesk.domain.complaints import Channel
from policydesk.domain.languages import Language
from policydesk.export.pdf import Story, Styles, paragraph, safe
from policydesk.export.policy_document import (
    PolicyPrint,
    Progress,
    count_text,
    listed,
    pick,
)

# ---------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Contact:
    """How customers reach the business, as entered in its details ('' when not entered)."""

    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """When the business is open.

    Attributes:
        weekly: the open intervals (``("10:00", "18:00")``) of each weekday, 0 = Monday.
        holiday_country: the country whose public holidays close the business, named in the
            document's language ('' for none).
        holiday_region: the region within it ('' for the whole country).
        customary_closed_days: closed on Sweden's Midsummer Eve, Christmas Eve and New
            Year's Eve too.
    """

    weekly: Mapping[int, Sequence[tuple[str, str]]] = field(default_factory=dict)
    holiday_country: str = ""
    holiday_region: str = ""
    customary_closed_days: bool = False


@dataclass(frozen=True, slots=True)
class Targets:
    """The service clock's targets for all complaints (``category`` '') or one category."""

    category: str = ""
    acknowledge_hours: float | None = None
    resolve_days: float | None = None
    follow_up_days: float | None = None

    @property
    def any_set(self) -> bool:
        """Whether any of the three targets is set."""
        return any(
            value is not None
            for value in (self.acknowledge_hours, self.resolve_days, self.follow_up_days)
        )


@dataclass(frozen=True, slots=True)
class ClockTargets:
    """The service clock: its targets and the rules it counts by.

    Attributes:
        general: the targets of every complaint without targets of its category's own.
        categories: the categories with targets of their own.
        pause_while_waiting: waiting for the customer stops the clock.
        day_hours: business hours in a business day.
        hours_set: office hours are set (without them every hour counts).
    """

    general: Targets = field(default_factory=Targets)
    categories: tuple[Targets, ...] = ()
    pause_while_waiting: bool = True
    day_hours: float = 8.0
    hours_set: bool = True


@dataclass(frozen=True, slots=True)
class CharterPrint:
    """Everything the charter prints."""

    policy: PolicyPrint
    contact: Contact = field(default_factory=Contact)
    hours: OpeningHours = field(default_factory=OpeningHours)
    clock: ClockTargets = field(default_factory=ClockTargets)


# ---------------------------------------------------------------------------- words

_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    # English, Swedish, Romanian
    "title": ("Customer charter", "Servicelöfte", "Carta clientului"),
    "promise": (
        "Our promise to you",
        "Vårt löfte till dig",
        "Angajamentul nostru față de dumneavoastră",
    ),
    "reach": ("How to reach us", "Så når du oss", "Cum ne puteți contacta"),
    "hours": ("Opening hours", "Öppettider", "Program de lucru"),
    "holidays": (
        "Closed on public holidays in {country}.",
        "Stängt på allmänna helgdagar i {country}.",
        "Închis în zilele de sărbătoare legală din {country}.",
    ),
    "holidays_customary": (
        "Closed on public holidays in {country}, and on Midsummer Eve, Christmas Eve and "
        "New Year's Eve.",
        "Stängt på allmänna helgdagar i {country} samt på midsommarafton, julafton och nyårsafton.",
        "Închis în zilele de sărbătoare legală din {country}, precum și în Ajunul "
        "Midsommar, în Ajunul Crăciunului și în Ajunul Anului Nou.",
    ),
    "times": ("How quickly we respond", "Så snabbt hör vi av oss", "Cât de repede vă răspundem"),
    "acknowledge": (
        "We confirm that we have received your complaint within {time}.",
        "Vi bekräftar att vi har tagit emot ditt klagomål inom {time}.",
        "Vă confirmăm primirea reclamației în cel mult {time}.",
    ),
    "resolve": (
        "We resolve your complaint within {time}.",
        "Vi löser ditt klagomål inom {time}.",
        "Vă rezolvăm reclamația în cel mult {time}.",
    ),
    "follow_up": (
        "Within {time} of resolving it, we contact you to make sure all is well.",
        "Inom {time} efter att det är löst hör vi av oss och frågar om allt är bra.",
        "În cel mult {time} de la rezolvare vă contactăm, ca să ne asigurăm că totul "
        "este în regulă.",
    ),
    "open_time": (
        "Business hours and business days count while we are open.",
        "Öppettimmar och arbetsdagar räknas när vi har öppet.",
        "Orele de program și zilele lucrătoare se socotesc doar cât timp suntem deschiși.",
    ),
    "wrong": ("If something is wrong", "Om något inte blir rätt", "Dacă ceva nu este în regulă"),
    "complain": (
        "Tell us: every complaint helps us do better. You can complain {ways}.",
        "Säg till: varje klagomål hjälper oss att bli bättre. Du kan klaga {ways}.",
        "Spuneți-ne: fiecare reclamație ne ajută să devenim mai buni. Puteți face o "
        "reclamație {ways}.",
    ),
    "complain_any": (
        "Tell us: every complaint helps us do better.",
        "Säg till: varje klagomål hjälper oss att bli bättre.",
        "Spuneți-ne: fiecare reclamație ne ajută să devenim mai buni.",
    ),
    "handling": (
        "How we handle your complaint",
        "Så tar vi hand om ditt klagomål",
        "Cum tratăm reclamația dumneavoastră",
    ),
    "and": ("and", "och", "și"),
    "asks": ("What we ask of you", "Det vi ber dig om", "Ce vă rugăm"),
}

# How to reach the business through a channel: the words before the detail, and which detail.
_REACH: Final[dict[Channel, tuple[tuple[str, str, str], str]]] = {
    Channel.COUNTER: (("Visit us", "Besök oss", "Vizitați-ne"), "address"),
    Channel.PHONE: (("Call us", "Ring oss", "Sunați-ne"), "phone"),
    Channel.EMAIL: (("E-mail us", "Mejla oss", "Scrieți-ne"), "email"),
    Channel.WEB: (("Online", "På webben", "Online"), "website"),
    Channel.SOCIAL: (("Social media", "Sociala medier", "Rețele sociale"), ""),
    Channel.LETTER: (("Write to us", "Skriv till oss", "Trimiteți-ne o scrisoare"), "address"),
}
# The same details when the policy plans no channels: each under its plain name.
_DETAILS: Final[tuple[tuple[str, tuple[str, str, str]], ...]] = (
    ("address", ("Address", "Adress", "Adresă")),
    ("phone", ("Phone", "Telefon", "Telefon")),
    ("email", ("E-mail", "E-post", "E-mail")),
    ("website", ("Web", "Webb", "Web")),
)
# "You can complain …": the ways, in running text.
_WAYS: Final[dict[Channel, tuple[str, str, str]]] = {
    Channel.COUNTER: ("at the counter", "i butiken", "la ghișeu"),
    Channel.PHONE: ("by phone", "på telefon", "la telefon"),
    Channel.EMAIL: ("by e-mail", "via e-post", "prin e-mail"),
    Channel.WEB: ("on our website", "via vår webbplats", "pe site-ul nostru"),
    Channel.SOCIAL: ("on social media", "i sociala medier", "pe rețelele sociale"),
    Channel.LETTER: ("by letter", "per brev", "prin scrisoare"),
}
_WEEKDAYS: Final = (
    ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
    ("lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."),
)
# Country names for the holidays sentence; others are named as the holidays package names them.
_COUNTRIES: Final[dict[str, tuple[str, str, str]]] = {
    "AT": ("Austria", "Österrike", "Austria"),
    "BE": ("Belgium", "Belgien", "Belgia"),
    "BG": ("Bulgaria", "Bulgarien", "Bulgaria"),
    "CH": ("Switzerland", "Schweiz", "Elveția"),
    "CZ": ("Czechia", "Tjeckien", "Cehia"),
    "DE": ("Germany", "Tyskland", "Germania"),
    "DK": ("Denmark", "Danmark", "Danemarca"),
    "EE": ("Estonia", "Estland", "Estonia"),
    "ES": ("Spain", "Spanien", "Spania"),
    "FI": ("Finland", "Finland", "Finlanda"),
    "FR": ("France", "Frankrike", "Franța"),
    "GB": ("the United Kingdom", "Storbritannien", "Regatul Unit"),
    "GR": ("Greece", "Grekland", "Grecia"),
    "HU": ("Hungary", "Ungern", "Ungaria"),
    "IE": ("Ireland", "Irland", "Irlanda"),
    "IS": ("Iceland", "Island", "Islanda"),
    "IT": ("Italy", "Italien", "Italia"),
    "LT": ("Lithuania", "Litauen", "Lituania"),
    "LV": ("Latvia", "Lettland", "Letonia"),
    "MD": ("Moldova", "Moldavien", "Republica Moldova"),
    "NL": ("the Netherlands", "Nederländerna", "Țările de Jos"),
    "NO": ("Norway", "Norge", "Norvegia"),
    "PL": ("Poland", "Polen", "Polonia"),
    "PT": ("Portugal", "Portugal", "Portugalia"),
    "RO": ("Romania", "Rumänien", "România"),
    "SE": ("Sweden", "Sverige", "Suedia"),
    "US": ("the United States", "USA", "Statele Unite ale Americii"),
}
_TIME: Final = re.compile(r"^\s*(\d{1,2})\s*[:.]\s*(\d{2})\s*$")
_DASH: Final = "\u2013"


def word(key: str, language: Language, **values: object) -> str:
    """A word or sentence of the charter in ``language``, with ``values`` filled in."""
    text = pick(_WORDS, key, language)
    return text.format(**values) if values else text


def title(language: Language) -> str:
    """The charter's title as a document: "Customer charter"."""
    return word("title", language)


def country_name(code: str, language: Language) -> str | None:
    """A country's name in ``language`` (None for a country the documents do not name)."""
    code = code.strip().upper()
    return pick(_COUNTRIES, code, language) if code in _COUNTRIES else None


# ---------------------------------------------------------------------------- hours


def hours_groups(
    weekly: Mapping[int, Sequence[tuple[str, str]]], language: Language
) -> list[tuple[str, str]]:
    """The open days as runs with the same hours: ``[("Mon–Fri", "10:00–18:00"), …]``.

    Days in a row (Monday first) with the same intervals share a run; a day with more than one
    interval lists them all ("09:00–12:00 and 13:00–17:00"). Closed days are left out.
    """
    language = Language(language)
    names = _WEEKDAYS[list(Language).index(language)]
    runs: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    for day in range(7):
        intervals = tuple((str(opens), str(closes)) for opens, closes in weekly.get(day, ()))
        if not intervals:
            continue
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == intervals:
            runs[-1] = (runs[-1][0], day, intervals)
        else:
            runs.append((day, day, intervals))
    groups: list[tuple[str, str]] = []
    for first, last, intervals in runs:
        days = names[first] if first == last else f"{names[first]}{_DASH}{names[last]}"
        times = listed(
            [f"{_clock_time(opens)}{_DASH}{_clock_time(closes)}" for opens, closes in intervals],
            language,
        )
        groups.append((days, times))
    return groups


def hours_text(weekly: Mapping[int, Sequence[tuple[str, str]]], language: Language) -> str:
    """The weekly hours on one line: "Mon–Fri 10:00–18:00, Sat 10:00–15:00" ('' for none)."""
    groups = hours_groups(weekly, language)
    text = ", ".join(f"{days} {times}" for days, times in groups)
    return _capitalised(text)


def holiday_text(hours: OpeningHours, language: Language) -> str:
    """The holidays rule: "Closed on public holidays in Sweden." ('' for no country)."""
    country = hours.holiday_country.strip()
    if not country:
        return ""
    if hours.holiday_region.strip():
        country = f"{country} ({hours.holiday_region.strip()})"
    key = "holidays_customary" if hours.customary_closed_days else "holidays"
    return word(key, language, country=country)


def _clock_time(text: str) -> str:
    """A stored time as "HH:MM" ("9:00" becomes "09:00"); anything else as stored."""
    match = _TIME.match(text)
    return f"{int(match[1]):02d}:{match[2]}" if match else text.strip()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------- promises


def response_promises(targets: Targets, language: Language) -> list[str]:
    """The response times the charter promises, one sentence each, for the targets set."""
    promises: list[str] = []
    if targets.acknowledge_hours is not None:
        time = count_text(targets.acknowledge_hours, "business_hour", language)
        promises.append(word("acknowledge", language, time=time))
    if targets.resolve_days is not None:
        time = count_text(targets.resolve_days, "business_day", language)
        promises.append(word("resolve", language, time=time))
    if targets.follow_up_days is not None:
        time = count_text(targets.follow_up_days, "day", language)
        promises.append(word("follow_up", language, time=time))
    return promises


def offered_channels(data: PolicyPrint) -> list[Channel]:
    """The channels the policy plans (an inflow, a strategy or a tone), in the usual order."""
    offered = {
        plan.channel
        for plan in data.content.channels
        if (plan.inflow_count or 0) > 0 or plan.strategy.strip() or plan.tone.strip()
    }
    return [channel for channel in Channel if channel in offered]


def reach_lines(
    channels: Sequence[Channel], contact: Contact, language: Language
) -> list[tuple[str, str]]:
    """How to reach the business: ``(words, detail)`` per channel, or per detail without any."""
    index = list(Language).index(Language(language))
    if not channels:
        return [
            (names[index], _detail(contact, name))
            for name, names in _DETAILS
            if _detail(contact, name)
        ]
    lines: list[tuple[str, str]] = []
    for channel in channels:
        words, detail = _REACH[channel]
        found = _detail(contact, detail)
        if found:  # a way in without an address or number tells the customer nothing
            lines.append((words[index], found))
    return lines


def _detail(contact: Contact, name: str) -> str:
    return str(getattr(contact, name)).strip() if name else ""


# ---------------------------------------------------------------------------- the story

_SCALES: Final = (1.0, 0.9, 0.8, 0.7)  # the type sizes tried before anything is left out
_SLACK: Final = 6.0  # points kept free under the content, so rounding never spills a page
_SHRINK_STEP: Final = 1.12
_MOST_SHRINK: Final = 2.0**14


def charter_story(
    data: CharterPrint, language: Language, progress: Progress | None = None
) -> Story:
    """The charter's flowables: one block that always fits the page (see the module doc).

    Args:
        data: what the charter prints.
        language: the document's language.
        progress: told ``(parts done, parts in all)`` while the parts are made.
    """
    language = Language(language)

    layouts = [(scale, True) for scale in _SCALES] + [(_SCALES[-1], False)]

    def story(sheet: Styles, width: float) -> list[Any]:
        if progress is not None:
            progress(0, 1)

        def layout(index: int) -> list[Any]:
            scale, guideline = layouts[index]
            return _content(data, language, sheet, width, scale, guideline=guideline)

        if progress is not None:
            progress(1, 1)
        return [_one_page(layout, len(layouts))]

    return story


@dataclass(frozen=True, slots=True)
class _CharterStyles:
    name: Any
    kicker: Any
    promise: Any
    heading: Any
    body: Any
    line: Any
    cell: Any
    cell_bold: Any

    @classmethod
    def make(cls, sheet: Styles, scale: float) -> _CharterStyles:
        from reportlab.lib.colors import Color, HexColor
        from reportlab.lib.styles import ParagraphStyle

        ink = HexColor("#1F3B57")

        def sized(name: str, parent: Any, size: float, leading: float, **more: Any) -> Any:
            return ParagraphStyle(
                name, parent, fontSize=size * scale, leading=leading * scale, **more
            )

        body = sized("charter_body", sheet.body, 12.5, 16.5, spaceAfter=4 * scale)
        return cls(
            name=sized(
                "charter_name",
                sheet.title,
                26,
                31,
                alignment=1,
                textColor=ink,
                spaceAfter=2 * scale,
            ),
            kicker=sized(
                "charter_kicker", sheet.subtitle, 13, 17, alignment=1, spaceAfter=10 * scale
            ),
            promise=sized(
                "charter_promise",
                sheet.big,
                20,
                26,
                alignment=1,
                textColor=ink,
                backColor=Color(
                    0xEE / 255, 0xF3 / 255, 0xF8 / 255, alpha=0.75
                ),  # a draft mark shows
                borderPadding=11 * scale,
                leftIndent=12 * scale,
                rightIndent=12 * scale,
                spaceBefore=10 * scale,
                spaceAfter=18 * scale,
            ),
            heading=sized(
                "charter_heading",
                sheet.heading,
                15,
                19,
                textColor=ink,
                spaceBefore=12 * scale,
                spaceAfter=5 * scale,
            ),
            body=body,
            line=ParagraphStyle(
                "charter_line",
                body,
                leftIndent=14 * scale,
                bulletIndent=0,
                spaceAfter=3 * scale,
            ),
            cell=sized("charter_cell", sheet.body, 12.5, 16, spaceAfter=0),
            cell_bold=sized("charter_cell_bold", sheet.cell_bold, 12.5, 16, spaceAfter=0),
        )


def _content(
    data: CharterPrint,
    language: Language,
    sheet: Styles,
    width: float,
    scale: float,
    *,
    guideline: bool,
) -> list[Any]:
    from reportlab.platypus import Spacer

    look = _CharterStyles.make(sheet, scale)
    content = data.policy.content
    parts: list[Any] = []
    name = content.business_name.strip()
    if name:
        parts.append(paragraph(name, look.name))
    parts.append(paragraph(word("promise", language), look.kicker))
    vision = content.text("vision.final")
    parts.append(paragraph(vision, look.promise) if vision else Spacer(1, 6 * scale))
    channels = offered_channels(data.policy)
    parts += _reach(data, channels, language, look, width, scale)
    parts += _times(data.clock, language, look, scale)
    parts += _complaints(data, channels, language, look, scale, guideline=guideline)
    asks = content.text("guidelines.customer_asks")
    if asks:
        parts += [paragraph(word("asks", language), look.heading), paragraph(asks, look.body)]
    return parts


def _reach(  # noqa: PLR0917 (the part and what it is laid out with)
    data: CharterPrint,
    channels: Sequence[Channel],
    language: Language,
    look: _CharterStyles,
    width: float,
    scale: float,
) -> list[Any]:
    from reportlab.platypus import Paragraph

    reach: list[Any] = []
    for words, detail in reach_lines(channels, data.contact, language):
        markup = f"<b>{safe(words)}</b>"
        if detail:
            markup += f"\u2003{safe(detail)}"
        reach.append(Paragraph(markup, look.line, bulletText="\u2022"))
    groups = hours_groups(data.hours.weekly, language)
    if groups:
        reach.append(paragraph(word("hours", language), _bold(look.body, scale)))
        reach.append(_hours_table(groups, look, width, scale))
    holidays = holiday_text(data.hours, language)
    if holidays:
        reach.append(paragraph(holidays, look.body))
    return [paragraph(word("reach", language), look.heading), *reach] if reach else []


def _times(
    clock: ClockTargets, language: Language, look: _CharterStyles, scale: float
) -> list[Any]:
    from reportlab.platypus import Paragraph

    promises = response_promises(clock.general, language)
    if not promises:
        return []
    parts: list[Any] = [paragraph(word("times", language), look.heading)]
    parts += [Paragraph(safe(text), look.line, bulletText="\u2022") for text in promises]
    counted = clock.general.acknowledge_hours is not None or clock.general.resolve_days is not None
    if clock.hours_set and counted:
        parts.append(paragraph(word("open_time", language), _quiet(look.body, scale)))
    return parts


def _complaints(
    data: CharterPrint,
    channels: Sequence[Channel],
    language: Language,
    look: _CharterStyles,
    scale: float,
    *,
    guideline: bool,
) -> list[Any]:
    ways = [pick(_WAYS, channel, language) for channel in channels]
    parts: list[Any] = [paragraph(word("wrong", language), look.heading)]
    if ways:
        text = word("complain", language, ways=listed(ways, language, joiner="or"))
        parts.append(paragraph(text, look.body))
    else:
        parts.append(paragraph(word("complain_any", language), look.body))
    steps = data.policy.content.text("guidelines.complaint_steps")
    if steps and guideline:
        parts.append(paragraph(word("handling", language), _bold(look.body, scale)))
        parts.append(paragraph(steps, look.body))
    return parts


def _bold(style: Any, scale: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    from policydesk.export.pdf import BOLD

    return ParagraphStyle(
        f"{style.name}_bold", style, fontName=BOLD, spaceBefore=4 * scale, keepWithNext=1
    )


def _quiet(style: Any, scale: float) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}_quiet",
        style,
        fontSize=style.fontSize * 0.8,
        leading=style.leading * 0.8,
        textColor=HexColor("#555555"),
        spaceBefore=2 * scale,
    )


def _hours_table(
    groups: Sequence[tuple[str, str]], look: _CharterStyles, width: float, scale: float
) -> Any:
    from reportlab.platypus import Table, TableStyle

    from policydesk.export.pdf import FONT

    rows = [
        [paragraph(_capitalised(days), look.cell_bold), paragraph(times, look.cell)]
        for days, times in groups
    ]
    grid = Table(rows, colWidths=[width * 0.3, width * 0.7 - 14 * scale], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 14 * scale),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * scale),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    grid.spaceAfter = 4 * scale
    return grid


def _one_page(layout: Callable[[int], list[Any]], count: int) -> Any:
    """A flowable that draws the first of ``count`` layouts that fits, or shrinks the last.

    ``layout(i)`` makes the i-th layout's flowables, fullest first; they are made only when
    tried (a long text takes a while to set). The first that fits the space the page offers is
    drawn as it is; when none does, the last is drawn scaled down just enough to fit (its text
    laid out on a wider, taller virtual page, then drawn smaller), so it never needs a second
    page.
    """
    from reportlab.platypus import Flowable, Frame

    class OnePage(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self._chosen: list[Any] = []
            self._scale = 1.0
            self._size = (0.0, 0.0)
            self._asked: tuple[float, float] | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            if self._asked == (available_width, available_height):
                return self._size
            room = max(available_height - _SLACK, 1.0)
            shortest = layout(count - 1)  # the smallest type and the fewest parts
            needed = _height(shortest, available_width, self.canv)
            self._chosen, self._scale = shortest, 1.0
            if needed > room:  # then none of the others fits either
                self._scale, needed = _shrink(shortest, available_width, room, needed, self.canv)
            else:
                for index in range(count - 1):
                    option = layout(index)
                    height = _height(option, available_width, self.canv)
                    if height <= room:
                        self._chosen, needed = option, height
                        break
            self._asked = (available_width, available_height)
            self._size = (available_width, min(needed + _SLACK, available_height))
            return self._size

        def split(self, available_width: float, available_height: float) -> list[Any]:
            return []  # it is made to fit; never half of it on another page

        def draw(self) -> None:
            width, height = self._size
            scale = self._scale
            canvas = self.canv
            canvas.saveState()
            canvas.scale(1 / scale, 1 / scale)
            frame = Frame(
                0,
                0,
                width * scale,
                height * scale,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                showBoundary=0,
            )
            frame.addFromList(list(self._chosen), canvas)
            canvas.restoreState()

    return OnePage()


def _height(flowables: Sequence[Any], width: float, canvas: Any) -> float:
    """How tall ``flowables`` are laid out ``width`` wide (space between them counted in full)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        _, high = flowable.wrapOn(canvas, width, 10.0**7)
        total += high + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _shrink(
    flowables: Sequence[Any], width: float, room: float, needed: float, canvas: Any
) -> tuple[float, float]:
    """A scale (above 1) at which ``flowables`` fit ``room`` points high, and their height then.

    Laid out ``scale`` times wider, text takes about ``1 / scale`` of the height, and drawn
    ``scale`` times smaller another ``1 / scale``: the square root of ``needed / room`` is
    the first guess. Each layout of a long text takes a while, so few are tried.
    """
    found: dict[float, float] = {}

    def fits(scale: float) -> bool:
        found[scale] = _height(flowables, width * scale, canvas) / scale
        return found[scale] <= room

    high = max(math.sqrt(needed / room), 1.0)
    while not fits(high) and high < _MOST_SHRINK:
        high *= _SHRINK_STEP
    low = max(high / _SHRINK_STEP, 1.0)
    for _ in range(2):  # then a little closer to the least that fits
        middle = (low + high) / 2
        if fits(middle):
            high = middle
        else:
            low = middle
    return high, found[high]


__all__ = [
    "CharterPrint",
    "ClockTargets",
    "Contact",
    "OpeningHours",
    "Targets",
    "charter_story",
    "country_name",
    "holiday_text",
    "hours_groups",
    "hours_text",
    "response_promises",
    "title",
]
